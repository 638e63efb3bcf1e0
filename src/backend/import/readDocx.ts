/**
 * A .docx read as a person sees it on the page: paragraphs with their runs and the numbering
 * label Word draws, tables as rows of cells (a borderless one marked as a layout table, like the
 * header and signature blocks of an official document), headers and footers. Legacy Vietnamese
 * fonts (TCVN3, VNI) are decoded per run and every text is NFC. The container is opened with the
 * bounded ZIP reader, so a hostile file is refused before it is inflated.
 */
import { posix } from 'node:path';
import { ServiceError } from '../errors/serviceError';
import { LIMITS } from '../io/limits';
import { readOutsideFile } from '../io/outsideFile';
import { bufferSource, readZipDirectory, readZipEntry, ZipError, type ZipEntry, type ZipSource } from '../zip/reader';
import { runTextToUnicode } from '../../shared/text/legacyVietnamese';
import { NumberingCounter, readNumbering } from './numbering';
import { readThemeFonts, Styles } from './styles';
import type {
  DocxBlock,
  DocxCell,
  DocxContent,
  DocxHeaderFooter,
  DocxParagraph,
  DocxRun,
  DocxTable,
  DocxTextBox,
} from './types';
import { child, children, intAttr, isTooDeep, parseXml, val, type XmlNode } from './xml';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Offices run Word in Vietnamese and in English: both names of the command.
const SAVE_AS_DOCX =
  'Hãy mở tệp trong Word, chọn Lưu Như (Save As) với kiểu tệp Tài liệu Word (*.docx), rồi nhập tệp .docx đó.';

const refuse = (code: string, message: string) => new ServiceError(code, message);

/** Refuse what is not a .docx with advice: a Word 97-2003 .doc (or a password-protected .docx), RTF. */
function checkSignature(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b))
    throw refuse(
      'docx_legacy_doc',
      `Đây là tệp Word 97-2003 (.doc) hoặc tệp Word có đặt mật khẩu, chưa đọc được. ${SAVE_AS_DOCX} Nếu tệp có mật khẩu, hãy bỏ mật khẩu trước khi lưu.`,
    );
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf')
    throw refuse('docx_rtf', `Đây là tệp RTF, không phải tệp Word .docx. ${SAVE_AS_DOCX}`);
}

const ZIP_LIMITS = {
  entries: LIMITS.docxEntries,
  entryBytes: LIMITS.docxPartBytes,
  totalBytes: LIMITS.docxUnzippedBytes,
};

class Package {
  private readonly byName: Map<string, ZipEntry>;
  constructor(
    private readonly source: ZipSource,
    entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  async xml(name: string): Promise<XmlNode | undefined> {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const bytes = await readZipEntry(this.source, entry);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw refuse('docx_damaged', `Tệp Word bị hỏng: phần ${name} không phải văn bản UTF-8.`);
    }
    try {
      return parseXml(text);
    } catch (e) {
      const why = isTooDeep(e) ? 'các thành phần lồng nhau quá sâu' : 'cấu trúc XML hỏng';
      throw refuse('docx_damaged', `Tệp Word bị hỏng: phần ${name} không đọc được (${why}).`);
    }
  }

  /** Relationship id -> part name, for the part `name` (`word/document.xml`). */
  async relationships(name: string): Promise<Map<string, { type: string; target: string }>> {
    const rels = await this.xml(posix.join(posix.dirname(name), '_rels', `${posix.basename(name)}.rels`));
    const out = new Map<string, { type: string; target: string }>();
    for (const r of children(rels, 'Relationship')) {
      const { Id: id, Type: type = '', Target: target, TargetMode: mode } = r.attrs;
      if (!id || !target || mode === 'External') continue;
      const resolved = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(name), target);
      out.set(id, { type, target: posix.normalize(resolved) });
    }
    return out;
  }
}

/** Paragraphs and tables of one story (body, header, footer, cell), in order. */
class StoryReader {
  constructor(
    private readonly styles: Styles,
    private readonly counter: NumberingCounter,
  ) {}

  blocks(container: XmlNode | undefined): DocxBlock[] {
    const out: DocxBlock[] = [];
    for (const node of container?.children ?? []) {
      if (node.name === 'p') out.push(this.paragraph(node), ...this.textBoxes(node));
      else if (node.name === 'tbl') out.push(this.table(node));
      // Content controls and custom XML wrap ordinary blocks.
      else if (node.name === 'sdt') out.push(...this.blocks(child(node, 'sdtContent')));
      else if (node.name === 'customXml') out.push(...this.blocks(node));
    }
    return out;
  }

  private paragraph(p: XmlNode): DocxParagraph {
    const pPr = child(p, 'pPr');
    const styleId = this.styles.paragraphStyleOf(val(pPr, 'pStyle'));
    const runs = mergeRuns(this.runs(p, styleId));
    const paragraph: DocxParagraph = { kind: 'paragraph', text: runs.map((r) => r.text).join(''), runs };
    if (styleId !== undefined) paragraph.styleId = styleId;
    const alignment = this.styles.alignment(styleId, pPr);
    if (alignment) paragraph.alignment = alignment;
    const { numId, ilvl } = this.styles.numbering(styleId, pPr);
    if (numId !== undefined && numId !== 0) {
      const level = ilvl ?? (styleId !== undefined ? this.counter.levelOfStyle(numId, styleId) : undefined) ?? 0;
      const numbering = this.counter.next(numId, level);
      if (numbering) paragraph.numbering = numbering;
    }
    return paragraph;
  }

  /**
   * Text boxes anchored in a paragraph, each read once: Word writes a box twice, as DrawingML
   * (`mc:Choice`) and as VML for old readers (`mc:Fallback`); the first is taken.
   */
  private textBoxes(p: XmlNode): DocxTextBox[] {
    const found: XmlNode[] = [];
    const walk = (node: XmlNode) => {
      if (node.name === 'txbxContent') return void found.push(node);
      if (node.name === 'AlternateContent') {
        const choice = child(node, 'Choice') ?? child(node, 'Fallback');
        if (choice) walk(choice);
        return;
      }
      node.children.forEach(walk);
    };
    p.children.forEach(walk);
    return found.map((box) => ({ kind: 'textBox', blocks: this.blocks(box) }));
  }

  /** Runs inside the paragraph, through hyperlinks, insertions, fields and content controls. */
  private runs(parent: XmlNode, styleId: string | undefined): DocxRun[] {
    const out: DocxRun[] = [];
    for (const node of parent.children) {
      switch (node.name) {
        case 'r':
          out.push(...this.run(node, styleId));
          break;
        case 'hyperlink':
        case 'ins':
        case 'moveTo':
        case 'smartTag':
        case 'fldSimple':
        case 'customXml':
        case 'bdo':
        case 'dir':
          out.push(...this.runs(node, styleId));
          break;
        case 'sdt':
          out.push(...this.runs(child(node, 'sdtContent') ?? node, styleId));
          break;
        // Deleted text (tracked changes), proofing marks, bookmarks: nothing a reader sees.
      }
    }
    return out;
  }

  private run(r: XmlNode, styleId: string | undefined): DocxRun[] {
    const format = this.styles.runFormat(styleId, child(r, 'rPr'));
    let raw = '';
    for (const node of r.children) {
      if (node.name === 't') raw += node.children.map((t) => t.text ?? '').join('');
      else if (node.name === 'tab' || node.name === 'ptab') raw += '\t';
      else if (node.name === 'br') raw += node.attrs.type === 'page' || node.attrs.type === 'column' ? '' : '\n';
      else if (node.name === 'cr') raw += '\n';
      else if (node.name === 'noBreakHyphen') raw += '-';
      // In a TCVN3 font the soft-hyphen code is the letter ư, which Word may store as this element.
      else if (node.name === 'softHyphen') raw += '\u00ad';
    }
    if (raw === '' || format.hidden) return [];
    const text = runTextToUnicode(raw, format.font);
    const run: DocxRun = {
      // All-caps formatting: the page shows capitals, so the reader gives them.
      text: format.caps ? text.toLocaleUpperCase('vi') : text,
      bold: format.bold ?? false,
      italic: format.italic ?? false,
      underline: format.underline ?? false,
    };
    if (format.sizePt !== undefined) run.sizePt = format.sizePt;
    if (format.font !== undefined) run.font = format.font;
    return [run];
  }

  private table(tbl: XmlNode): DocxTable {
    const tblPr = child(tbl, 'tblPr');
    let bordered = [tblPr, ...this.styles.tableProperties(val(tblPr, 'tblStyle'))].some((pr) =>
      drawsBorder(child(pr, 'tblBorders')),
    );
    const rows: DocxCell[][] = [];
    for (const tr of rowsOf(tbl)) {
      const cells: DocxCell[] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'tcPr');
        if (drawsBorder(child(tcPr, 'tcBorders'))) bordered = true;
        const vMerge = child(tcPr, 'vMerge');
        cells.push({
          blocks: this.blocks(tc),
          colSpan: Math.max(1, intAttr(val(tcPr, 'gridSpan')) ?? 1),
          mergedAbove: vMerge !== undefined && (vMerge.attrs.val ?? 'continue') === 'continue',
        });
      }
      rows.push(cells);
    }
    return { kind: 'table', rows, layout: !bordered };
  }
}

const rowsOf = (tbl: XmlNode): XmlNode[] =>
  tbl.children.flatMap((n) =>
    n.name === 'tr' ? [n] : n.name === 'sdt' || n.name === 'customXml' ? rowsOf(child(n, 'sdtContent') ?? n) : [],
  );
const cellsOf = (tr: XmlNode): XmlNode[] =>
  tr.children.flatMap((n) =>
    n.name === 'tc' ? [n] : n.name === 'sdt' || n.name === 'customXml' ? cellsOf(child(n, 'sdtContent') ?? n) : [],
  );

/** A borders element draws something when one of its sides is not `nil`/`none`. */
function drawsBorder(borders: XmlNode | undefined): boolean {
  return (borders?.children ?? []).some(
    (side) => side.name !== '#text' && !['nil', 'none'].includes(side.attrs.val ?? 'none'),
  );
}

/** Word splits runs for its own bookkeeping (revision ids): join neighbours that look the same. */
function mergeRuns(runs: DocxRun[]): DocxRun[] {
  const out: DocxRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (
      last &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.underline === run.underline &&
      last.sizePt === run.sizePt &&
      last.font === run.font
    )
      last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/** The main document part, from the package's own relationships (`word/document.xml` by convention). */
async function mainPart(pkg: Package): Promise<string> {
  for (const { type, target } of (await pkg.relationships('')).values())
    if (type.endsWith('/officeDocument')) return target;
  return 'word/document.xml';
}

/** Read a .docx held in memory. Errors are ServiceErrors with a Vietnamese message. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  checkSignature(bytes);
  const source = bufferSource(bytes);
  let pkg: Package;
  let documentName: string;
  let document: XmlNode | undefined;
  try {
    pkg = new Package(source, await readZipDirectory(source, ZIP_LIMITS));
    documentName = await mainPart(pkg);
    document = await pkg.xml(documentName);
  } catch (e) {
    if (e instanceof ZipError)
      throw refuse(
        e.tooLarge ? 'too_large' : 'docx_damaged',
        `Không đọc được tệp Word: ${e.message}. Tệp phải là tài liệu Word .docx. ${SAVE_AS_DOCX}`,
      );
    throw e;
  }
  const body = child(document, 'body');
  if (document?.name !== 'document' || !body)
    throw refuse('docx_damaged', `Tệp không có nội dung văn bản Word (thiếu ${documentName}). ${SAVE_AS_DOCX}`);

  const rels = await pkg.relationships(documentName);
  const partOf = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stylesName = partOf('/styles');
  const numberingName = partOf('/numbering');
  const themeName = partOf('/theme');
  const theme = readThemeFonts(themeName ? await pkg.xml(themeName) : undefined);
  const styles = new Styles(stylesName ? await pkg.xml(stylesName) : undefined, theme);
  const numbering = readNumbering(numberingName ? await pkg.xml(numberingName) : undefined);
  const linked = (styleId: string) => {
    const numId = styles.numIdOfStyle(styleId);
    return numId !== undefined ? numbering.instances.get(numId)?.abstractId : undefined;
  };

  const content: DocxContent = {
    body: new StoryReader(styles, new NumberingCounter(numbering, linked)).blocks(body),
    headers: [],
    footers: [],
  };

  // Headers and footers in the order the sections name them, each part once.
  const sections = [
    ...children(body, 'p').flatMap((p) => child(child(p, 'pPr'), 'sectPr') ?? []),
    ...children(body, 'sectPr'),
  ];
  const seen = new Set<string>();
  for (const sectPr of sections)
    for (const ref of sectPr.children) {
      const list =
        ref.name === 'headerReference' ? content.headers : ref.name === 'footerReference' ? content.footers : null;
      const rel = list && ref.attrs.id ? rels.get(ref.attrs.id) : undefined;
      if (!list || !rel || seen.has(rel.target)) continue;
      seen.add(rel.target);
      const part = await pkg.xml(rel.target);
      const story = new StoryReader(styles, new NumberingCounter(numbering, linked));
      const entry: DocxHeaderFooter = { type: ref.attrs.type ?? 'default', blocks: story.blocks(part) };
      list.push(entry);
    }
  return content;
}

/** Read a .docx file, refusing one larger than LIMITS.docxFileBytes before reading it. */
export async function readDocxFile(path: string): Promise<DocxContent> {
  return readDocx(await readOutsideFile(path, LIMITS.docxFileBytes, 'Tệp Word'));
}

/** Every paragraph of the blocks, tables, cells and text boxes walked in order. */
export function paragraphsOf(blocks: DocxBlock[]): DocxParagraph[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [b];
    if (b.kind === 'textBox') return paragraphsOf(b.blocks);
    return b.rows.flatMap((row) => row.flatMap((cell) => paragraphsOf(cell.blocks)));
  });
}
