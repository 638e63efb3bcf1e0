/**
 * The body of `word/document.xml` written directly as text, byte for byte what the `docx` library
 * writes for the same blocks (`docxWriter.ts` builds them the docx way: that stays the reference).
 *
 * Why it exists: docx's XML preparation (`prepForXml`, its object spreads, `resolve`/`format`)
 * costs ≈ 0.2 ms a paragraph and the garbage it leaves, so a 900-paragraph notice took ≈ 180 ms
 * where the layout itself takes 15. Only the body is written here, for our four block kinds
 * (paragraphs of runs, rule paragraphs, borderless one-row tables, the closing empty paragraph);
 * the section properties and every other part still come from docx's compiler.
 * test/backend/docx-fastpath.test.ts pins the identity on every example, random meetings and the
 * bench's outline notice: a docx upgrade that writes differently fails it.
 */
import type {
  Align,
  LayoutColumns,
  LayoutParagraph,
  LayoutRule,
  LayoutRun,
  OfficialLayout,
} from '../../shared/layout/types';
import { ptToEighthPoints, ptToHalfPoints, ptToTwip } from '../../shared/layout/units';
import { cleanText } from '../../shared/text/vietnamese';

/** docx's `escapeAll`: the five XML entities, and C0 controls XML forbids dropped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const escapeXml = (value: string): string =>
  value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** docx's `decimalNumber`: whole numbers, rounded down; anything else is refused as docx refuses it. */
function decimal(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`Invalid value '${value}' specified. Must be an integer.`);
  return Math.floor(value);
}

/** docx's `unsignedDecimalNumber` (twips, half-points, eighth-points, points). */
function unsigned(value: number): number {
  const v = decimal(value);
  if (v < 0) throw new Error(`Invalid value '${value}' specified. Must be a positive integer.`);
  return v;
}

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const NONE = 'w:val="none" w:color="auto" w:sz="0"';
const TABLE_PROPS_TAIL =
  `<w:tblBorders><w:top ${NONE}/><w:left ${NONE}/><w:bottom ${NONE}/><w:right ${NONE}/>` +
  `<w:insideH ${NONE}/><w:insideV ${NONE}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
  '<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/>' +
  '<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tblCellMar></w:tblPr>';
const CELL_BORDERS = `<w:tcBorders><w:top ${NONE}/><w:left ${NONE}/><w:bottom ${NONE}/><w:right ${NONE}/></w:tcBorders>`;
const EMPTY_PARAGRAPH = '<w:p/>';

/** What every run of one document shares: its fonts and its language, already as XML. */
export interface Shared {
  fonts: string;
  lang: string;
}

export function sharedOf(font: { family: string; lang: string }): Shared {
  const f = escapeXml(font.family);
  const lang = escapeXml(font.lang);
  return {
    fonts: `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`,
    lang: `<w:lang w:val="${lang}" w:eastAsia="${lang}"/>`,
  };
}

/** `<w:sz>` and, unless the size is 0 (docx skips it then), `<w:szCs>`. */
function sizes(halfPoints: number): string {
  const v = unsigned(halfPoints);
  return halfPoints ? `<w:sz w:val="${v}"/><w:szCs w:val="${v}"/>` : `<w:sz w:val="${v}"/>`;
}

function runXml(r: LayoutRun, s: Shared): string {
  return (
    `<w:r><w:rPr>${s.fonts}` +
    (r.bold ? '<w:b/><w:bCs/>' : '') +
    (r.italic ? '<w:i/><w:iCs/>' : '') +
    sizes(Math.round(r.sizePt * 2)) +
    (r.underline ? '<w:u w:val="single"/>' : '') +
    `${s.lang}</w:rPr><w:t xml:space="preserve">${escapeXml(cleanText(r.text))}</w:t></w:r>`
  );
}

export function paragraphXml(p: LayoutParagraph, s: Shared): string {
  const markSize = p.runs[0] ? Math.round(p.runs[0].sizePt * 2) : undefined;
  return (
    '<w:p><w:pPr>' +
    (p.keepWithNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>') +
    `<w:spacing w:after="${Math.round((p.spacingAfterPt ?? 0) * 20)}" w:before="${Math.round((p.spacingBeforePt ?? 0) * 20)}"` +
    ` w:line="${Math.round((p.lineSpacing ?? 1) * 240)}" w:lineRule="auto"/>` +
    `<w:ind w:left="${decimal(p.indentLeftTwip ?? 0)}" w:firstLine="${unsigned(p.firstLineIndentTwip ?? 0)}"/>` +
    `<w:jc w:val="${JC[p.align]}"/>` +
    (markSize ? `<w:rPr>${s.fonts}${sizes(markSize)}</w:rPr>` : '') +
    '</w:pPr>' +
    p.runs.map((r) => runXml(r, s)).join('') +
    '</w:p>'
  );
}

/** The same shortened bottom border as `ruleOf` in docxWriter.ts. */
function ruleXml(r: LayoutRule, availableTwip: number, s: Shared): string {
  const width = Math.min(r.widthTwip, availableTwip);
  const side = decimal(Math.max(0, Math.floor((availableTwip - width) / 2)));
  const mark = `<w:rPr>${s.fonts}${sizes(ptToHalfPoints(r.emptyLineSizePt))}</w:rPr>`;
  return (
    '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:color="000000"' +
    ` w:sz="${unsigned(ptToEighthPoints(r.thicknessPt))}" w:space="${unsigned(r.borderGapPt)}"/></w:pBdr>` +
    `<w:spacing w:after="${ptToTwip(r.spacingAfterPt ?? 0)}" w:before="${ptToTwip(r.spacingBeforePt ?? 0)}"` +
    ' w:line="240" w:lineRule="auto"/>' +
    `<w:ind w:left="${side}" w:right="${side}"/><w:jc w:val="center"/>${mark}</w:pPr>` +
    `<w:r>${mark}<w:t xml:space="preserve"></w:t></w:r></w:p>`
  );
}

function tableXml(block: LayoutColumns, s: Shared): string {
  const widths = block.columns.map((c) => Math.round(c.widthTwip));
  const total = widths.reduce((a, b) => a + b, 0);
  const cells = block.columns.map((col, i) => {
    const w = widths[i] ?? 0;
    const children = col.blocks.map((b) => (b.type === 'rule' ? ruleXml(b, w, s) : paragraphXml(b, s)));
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${decimal(w)}"/>${CELL_BORDERS}</w:tcPr>` +
      (children.length ? children.join('') : EMPTY_PARAGRAPH) +
      '</w:tc>'
    );
  });
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${decimal(total)}"/>${TABLE_PROPS_TAIL}` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${unsigned(w)}"/>`).join('')}</w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr></w:tbl>`
  );
}

/** The content of `<w:body>` before its section properties, as docx writes it for `writeDocx`'s blocks. */
export function bodyXml(layout: OfficialLayout): string {
  const s = sharedOf(layout.font);
  const out: string[] = [];
  for (const b of layout.blocks) {
    if (b.type === 'paragraph') out.push(paragraphXml(b, s));
    else if (b.type === 'rule') out.push(ruleXml(b, layout.page.textWidthTwip, s));
    else out.push(tableXml(b, s));
  }
  // A table must never be the last element of the body.
  const last = layout.blocks[layout.blocks.length - 1];
  if (!last || last.type === 'columns') out.push(EMPTY_PARAGRAPH);
  return out.join('');
}

const BODY_OPEN = '<w:body><w:sectPr';

/**
 * Puts `body` into the `word/document.xml` docx wrote for the same document with an empty body;
 * null when that part does not have the one shape this was written against.
 */
export function spliceBody(emptyDocumentXml: string, body: string): string | null {
  const at = emptyDocumentXml.indexOf(BODY_OPEN);
  if (at < 0 || emptyDocumentXml.indexOf(BODY_OPEN, at + 1) >= 0) return null;
  const cut = at + '<w:body>'.length;
  return emptyDocumentXml.slice(0, cut) + body + emptyDocumentXml.slice(cut);
}
