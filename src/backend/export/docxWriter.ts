/**
 * DOCX writer: translates an OfficialLayout block by block with the `docx` library. It takes no
 * format decision of its own; it only encodes what the layout decided in the ways Word,
 * LibreOffice and Word Online all honour (DXA widths everywhere, fixed tables, borders as data).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { IRunOptions } from 'docx';
import type {
  Align,
  LayoutColumns,
  LayoutPage,
  LayoutParagraph,
  LayoutRule,
  LayoutRun,
  OfficialLayout,
} from '../../shared/layout/types';
import { ptToEighthPoints, ptToHalfPoints, ptToTwip } from '../../shared/layout/units';
import { cleanText } from '../../shared/text/vietnamese';
import { zipParts, type ZipPart } from '../zip/writer';
import { bodyXml, spliceBody } from './documentXml';
import { docxCompiler, packDocx } from './packDocx';

const DOCUMENT_PART = 'word/document.xml';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;

export interface Ctx {
  font: { ascii: string; hAnsi: string; cs: string; eastAsia: string };
  lang: string;
}

function runOptions(r: LayoutRun, ctx: Ctx): IRunOptions {
  return {
    text: cleanText(r.text),
    size: Math.round(r.sizePt * 2),
    // Vietnamese is a Latin script: Word never reads the complex-script size, bold or italic, so
    // they are left out (a third fewer elements per run, which is most of the export's time).
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic ? { italics: true } : {}),
    ...(r.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    font: ctx.font,
    language: { value: ctx.lang, eastAsia: ctx.lang },
  };
}

export function paragraphOf(p: LayoutParagraph, ctx: Ctx): Paragraph {
  const markSize = p.runs[0] ? Math.round(p.runs[0].sizePt * 2) : undefined;
  return new Paragraph({
    alignment: ALIGN[p.align],
    children: p.runs.map((r) => new TextRun(runOptions(r, ctx))),
    // The paragraph mark takes the first run's size so empty lines (signature space) have the intended height.
    ...(markSize ? { run: { size: markSize, font: ctx.font } } : {}),
    spacing: {
      before: Math.round((p.spacingBeforePt ?? 0) * 20),
      after: Math.round((p.spacingAfterPt ?? 0) * 20),
      line: Math.round((p.lineSpacing ?? 1) * 240),
      lineRule: LineRuleType.AUTO,
    },
    indent: {
      left: p.indentLeftTwip ?? 0,
      firstLine: p.firstLineIndentTwip ?? 0,
    },
    keepNext: !!p.keepWithNext,
  });
}

/** A rule is an empty paragraph whose bottom border is shortened to `widthTwip` by equal indents. */
export function ruleOf(r: LayoutRule, availableTwip: number, ctx: Ctx): Paragraph {
  const width = Math.min(r.widthTwip, availableTwip);
  const side = Math.max(0, Math.floor((availableTwip - width) / 2));
  const markSize = ptToHalfPoints(r.emptyLineSizePt);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: ptToEighthPoints(r.thicknessPt),
        color: '000000',
        // OOXML gives the border's distance from the text in whole points.
        space: r.borderGapPt,
      },
    },
    indent: { left: side, right: side },
    spacing: {
      before: ptToTwip(r.spacingBeforePt ?? 0),
      after: ptToTwip(r.spacingAfterPt ?? 0),
      line: 240,
      lineRule: LineRuleType.AUTO,
    },
    run: { size: markSize, font: ctx.font },
    children: [new TextRun({ text: '', size: markSize, font: ctx.font })],
  });
}

export function tableOf(block: LayoutColumns, ctx: Ctx): Table {
  const widths = block.columns.map((c) => Math.round(c.widthTwip));
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0, marginUnitType: WidthType.DXA },
    rows: [
      new TableRow({
        // A header or signature block is one unit: never split it across pages.
        cantSplit: true,
        children: block.columns.map((col, i) => {
          const w = widths[i] ?? 0;
          const children = col.blocks.map((b) => (b.type === 'rule' ? ruleOf(b, w, ctx) : paragraphOf(b, ctx)));
          // Word reports unreadable content for a cell without a paragraph.
          if (!children.length) children.push(new Paragraph({}));
          return new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NO_CELL_BORDERS, children });
        }),
      }),
    ],
  });
}

/** The body's children the docx way: the reference `bodyXml` (documentXml.ts) is pinned to. */
function bodyChildren(layout: OfficialLayout, ctx: Ctx): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [];
  for (const b of layout.blocks) {
    if (b.type === 'paragraph') children.push(paragraphOf(b, ctx));
    else if (b.type === 'rule') children.push(ruleOf(b, layout.page.textWidthTwip, ctx));
    else children.push(tableOf(b, ctx));
  }
  // A table must never be the last element of the body.
  if (!children.length || children[children.length - 1] instanceof Table) children.push(new Paragraph({}));
  return children;
}

/** A section's margins in docx's terms; the footer sits as far from the edge as the header. */
export function marginsOf(page: LayoutPage) {
  return {
    top: page.marginTopTwip,
    bottom: page.marginBottomTwip,
    left: page.marginLeftTwip,
    right: page.marginRightTwip,
    header: page.headerTwip,
    footer: page.headerTwip,
  };
}

export const ctxOf = (layout: OfficialLayout): Ctx => {
  const family = layout.font.family;
  return { font: { ascii: family, hAnsi: family, cs: family, eastAsia: family }, lang: layout.font.lang };
};

/** The whole document (styles, page, headers) around `children`. */
function documentOf(layout: OfficialLayout, ctx: Ctx, children: Array<Paragraph | Table>): Document {
  const page = layout.page;
  const pageNumberSize = Math.round(layout.pageNumbers.sizePt * 2);
  const numberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            size: pageNumberSize,
            font: ctx.font,
            language: { value: ctx.lang },
          }),
        ],
      }),
    ],
  });
  return new Document({
    creator: 'Biên Bản',
    title: layout.fileStem,
    styles: {
      default: {
        document: {
          run: {
            font: ctx.font,
            size: Math.round(layout.body.sizePt * 2),
            sizeComplexScript: Math.round(layout.body.sizePt * 2),
            language: { value: ctx.lang, eastAsia: ctx.lang },
            color: '000000',
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: !layout.pageNumbers.firstPage,
          page: {
            size: { width: page.widthTwip, height: page.heightTwip },
            margin: marginsOf(page),
          },
        },
        headers: layout.pageNumbers.firstPage
          ? { default: numberHeader }
          : { default: numberHeader, first: new Header({ children: [new Paragraph({})] }) },
        children,
      },
    ],
  });
}

/** DOCX bytes made by docx alone, body included: the reference the fast path is tested against. */
export async function writeDocxReference(layout: OfficialLayout, now: Date = new Date()): Promise<Uint8Array> {
  const ctx = ctxOf(layout);
  return packDocx(documentOf(layout, ctx, bodyChildren(layout, ctx)), now);
}

/**
 * Every part from docx's compiler, with the body of `word/document.xml` written by `bodyXml` (the
 * same bytes, far faster); null when docx's compiler or that part's shape is not the one known here.
 */
export function fastDocxParts(layout: OfficialLayout): Map<string, ZipPart> | null {
  const compiler = docxCompiler();
  if (!compiler) return null;
  const parts = compiler.compile(documentOf(layout, ctxOf(layout), []), undefined, []);
  const shell = parts.get(DOCUMENT_PART);
  const document = typeof shell === 'string' ? spliceBody(shell, bodyXml(layout)) : null;
  if (document === null) return null;
  parts.set(DOCUMENT_PART, document);
  return parts;
}

/** DOCX bytes: the fast parts, or docx alone when the fast path does not apply. */
export async function writeDocx(layout: OfficialLayout, now: Date = new Date()): Promise<Uint8Array> {
  const parts = fastDocxParts(layout);
  return parts ? zipParts(parts, now) : writeDocxReference(layout, now);
}
