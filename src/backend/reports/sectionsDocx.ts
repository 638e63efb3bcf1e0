/**
 * A DOCX of several sections in the profile's page, fonts and sizes: portrait parts made of layout
 * blocks (header, title, paragraphs, signature: the same blocks and writer as the notice) and
 * landscape parts holding one ruled table whose header row repeats on every page. Generic: the
 * follow-up report and the document register give columns and rows; nothing here knows tasks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ISectionOptions,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { pageOf } from '../../shared/layout/layoutDocument';
import type { Align, LayoutBlock, LayoutPage, LayoutParagraph } from '../../shared/layout/types';
import type { FormatProfile } from '../../shared/profile/schema';
import { cleanText } from '../../shared/text/vietnamese';
import { type Ctx, marginsOf, paragraphOf, ruleOf, tableOf } from '../export/docxWriter';
import { paragraphXml, sharedOf } from '../export/documentXml';
import { docxCompiler, packDocx } from '../export/packDocx';
import { zipParts } from '../zip/writer';
import { para, plain, run } from '../../shared/layout/runs';

export interface TableColumn {
  /** The header cell's text (`STT`, `Nội dung nhiệm vụ`). */
  header: string;
  /** Share of the landscape text width; the shares are scaled to fill it. */
  width: number;
  align?: Align;
}

/** Cell text as typed: each line is a paragraph of the cell. */
export type TableRowCells = readonly string[];

export interface PortraitPart {
  kind: 'portrait';
  blocks: readonly LayoutBlock[];
}

export interface LandscapeTablePart {
  kind: 'landscape-table';
  /** Paragraphs above the table on its first page (a caption such as `BẢNG TỔNG HỢP ...`). */
  caption?: readonly LayoutParagraph[];
  columns: readonly TableColumn[];
  rows: readonly TableRowCells[];
  /** Font size of the cells (default: the profile's body size minus 1 pt, 13 pt in both formats). */
  sizePt?: number;
}

export type ReportPart = PortraitPart | LandscapeTablePart;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_MARGIN_TWIP = 80;

export function ctxOfProfile(profile: FormatProfile): Ctx {
  const f = profile.font.family;
  return { font: { ascii: f, hAnsi: f, cs: f, eastAsia: f }, lang: profile.font.lang };
}

/** The profile's page turned a quarter: the long side across, margins kept on the same edges of the text. */
export function landscapePageOf(profile: FormatProfile): LayoutPage {
  const p = pageOf(profile);
  const widthTwip = p.heightTwip;
  return {
    ...p,
    widthTwip,
    heightTwip: p.widthTwip,
    textWidthTwip: widthTwip - p.marginLeftTwip - p.marginRightTwip,
  };
}

/** Column widths in twips filling `total`; the rounding remainder goes to the widest column. */
export function columnWidthsTwip(columns: readonly TableColumn[], total: number): number[] {
  const sum = columns.reduce((a, c) => a + c.width, 0) || 1;
  const widths = columns.map((c) => Math.floor((c.width / sum) * total));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(text: string, sizePt: number, align: Align, bold: boolean, ctx: Ctx): Paragraph[] {
  const lines = cleanText(text).split('\n');
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        run: { size: Math.round(sizePt * 2), font: ctx.font },
        children: [
          new TextRun({
            text: line,
            size: Math.round(sizePt * 2),
            ...(bold ? { bold: true } : {}),
            font: ctx.font,
            language: { value: ctx.lang, eastAsia: ctx.lang },
          }),
        ],
      }),
  );
}

/** One ruled table: the header row repeats on each page (`tableHeader`), no row splits across pages. */
export function landscapeTable(part: LandscapeTablePart, profile: FormatProfile, ctx: Ctx): Table {
  const page = landscapePageOf(profile);
  const widths = columnWidthsTwip(part.columns, page.textWidthTwip);
  const size = part.sizePt ?? profile.body.sizePt - 1;
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      children: cellParagraphs(text, size, header ? 'center' : (part.columns[i]?.align ?? 'left'), header, ctx),
    });
  return new Table({
    width: { size: page.textWidthTwip, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: {
      top: 40,
      bottom: 40,
      left: CELL_MARGIN_TWIP,
      right: CELL_MARGIN_TWIP,
      marginUnitType: WidthType.DXA,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: part.columns.map((c, i) => cell(c.header, i, true)),
      }),
      ...part.rows.map(
        (r) => new TableRow({ cantSplit: true, children: part.columns.map((_, i) => cell(r[i] ?? '', i, false)) }),
      ),
    ],
  });
}

const LINE_XML = 'w:val="single" w:color="000000" w:sz="4"';
const GRID_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${LINE_XML}/>`)
  .join('');

/**
 * The same table as `landscapeTable`, written as XML directly: docx's object tree took seconds for
 * a 2,000-row table, this takes milliseconds (the notice's body is written the same way).
 */
export function landscapeTableXml(part: LandscapeTablePart, profile: FormatProfile): string {
  const page = landscapePageOf(profile);
  const widths = columnWidthsTwip(part.columns, page.textWidthTwip);
  const size = part.sizePt ?? profile.body.sizePt - 1;
  const shared = sharedOf(profile.font);
  const cell = (text: string, i: number, header: boolean): string => {
    const align = header ? 'center' : (part.columns[i]?.align ?? 'left');
    const paragraphs = cleanText(text)
      .split('\n')
      .map((line) =>
        paragraphXml(
          para([run(line, plain(size, { bold: header }))], align, { spacingAfterPt: 0, spacingBeforePt: 0 }),
          shared,
        ),
      )
      .join('');
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i]}"/>` +
      `<w:vAlign w:val="${header ? 'center' : 'top'}"/></w:tcPr>${paragraphs}</w:tc>`
    );
  };
  const row = (cells: readonly string[], header: boolean): string =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>` +
    part.columns.map((_, i) => cell(cells[i] ?? '', i, header)).join('') +
    '</w:tr>';
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${page.textWidthTwip}"/><w:tblBorders>${GRID_BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="${CELL_MARGIN_TWIP}"/>` +
    `<w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="${CELL_MARGIN_TWIP}"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(
      part.columns.map((c) => c.header),
      true,
    ) +
    part.rows.map((r) => row(r, false)).join('') +
    '</w:tbl>'
  );
}

const placeholder = (i: number) => `BIENBAN-TABLE-${i}-PLACEHOLDER`;

/** Replaces the paragraph holding each placeholder by its table's XML; null when one is not found once. */
function spliceTables(xml: string, tables: Map<number, string>): string | null {
  let out = xml;
  for (const [i, table] of tables) {
    const at = out.indexOf(placeholder(i));
    if (at < 0 || out.indexOf(placeholder(i), at + 1) >= 0) return null;
    const start = out.lastIndexOf('<w:p>', at);
    const end = out.indexOf('</w:p>', at);
    if (start < 0 || end < 0) return null;
    out = out.slice(0, start) + table + out.slice(end + '</w:p>'.length);
  }
  return out;
}

function blockChildren(blocks: readonly LayoutBlock[], width: number, ctx: Ctx): Array<Paragraph | Table> {
  return blocks.map((b) =>
    b.type === 'paragraph' ? paragraphOf(b, ctx) : b.type === 'rule' ? ruleOf(b, width, ctx) : tableOf(b, ctx),
  );
}

function pageNumberHeader(profile: FormatProfile, ctx: Ctx): Header {
  const size = Math.round(profile.pageNumber.sizePt * 2);
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], size, font: ctx.font, language: { value: ctx.lang } }),
        ],
      }),
    ],
  });
}

/** The parts as DOCX bytes: each part its own section, page numbers from page 2 as in the profile. */
export async function writeSectionsDocx(
  parts: readonly ReportPart[],
  profile: FormatProfile,
  title: string,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (compiler) {
    const doc = sectionsDocument(parts, profile, title, true);
    const files = compiler.compile(doc, undefined, []);
    const xml = files.get('word/document.xml');
    const tables = new Map<number, string>();
    parts.forEach((p, i) => p.kind === 'landscape-table' && tables.set(i, landscapeTableXml(p, profile)));
    const spliced = typeof xml === 'string' ? spliceTables(xml, tables) : null;
    if (spliced !== null) {
      files.set('word/document.xml', spliced);
      return zipParts(files, now);
    }
  }
  return packDocx(sectionsDocument(parts, profile, title, false), now);
}

/** The document; with `placeholders`, each landscape table is a paragraph its XML replaces. */
function sectionsDocument(
  parts: readonly ReportPart[],
  profile: FormatProfile,
  title: string,
  placeholders: boolean,
): Document {
  const ctx = ctxOfProfile(profile);
  const numbers = pageNumberHeader(profile, ctx);
  const sections: ISectionOptions[] = parts.map((part, i) => {
    const landscape = part.kind === 'landscape-table';
    const page = landscape ? landscapePageOf(profile) : pageOf(profile);
    const table = (p: LandscapeTablePart) =>
      placeholders ? new Paragraph({ children: [new TextRun(placeholder(i))] }) : landscapeTable(p, profile, ctx);
    const children: Array<Paragraph | Table> =
      part.kind === 'landscape-table'
        ? [...blockChildren(part.caption ?? [], page.textWidthTwip, ctx), table(part)]
        : blockChildren(part.blocks, page.textWidthTwip, ctx);
    // A table must never be the last element of a section.
    if (!children.length || landscape || children[children.length - 1] instanceof Table)
      children.push(new Paragraph({}));
    const first = i === 0 && !profile.pageNumber.firstPage;
    return {
      properties: {
        titlePage: first,
        page: {
          // docx swaps width and height itself for a landscape section.
          size: {
            width: pageOf(profile).widthTwip,
            height: pageOf(profile).heightTwip,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: marginsOf(page),
        },
      },
      headers: first
        ? { default: numbers, first: new Header({ children: [new Paragraph({})] }) }
        : { default: numbers },
      children,
    };
  });
  return new Document({
    creator: 'Biên Bản',
    title,
    styles: {
      default: {
        document: {
          run: {
            font: ctx.font,
            size: Math.round(profile.body.sizePt * 2),
            language: { value: ctx.lang, eastAsia: ctx.lang },
            color: '000000',
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections,
  });
}
