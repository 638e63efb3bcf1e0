/**
 * OfficialLayout: a document with every format decision already taken (sizes, weights, indents,
 * rules, widths). The DOCX writer and the HTML page renderer only translate these blocks, so the
 * preview, the print-out and the Word file agree by construction.
 */

export interface LayoutRun {
  text: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Keep on one line: the national title and the motto must never wrap. */
  noWrap?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface LayoutParagraph {
  type: 'paragraph';
  runs: LayoutRun[];
  align: Align;
  firstLineIndentTwip?: number;
  indentLeftTwip?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  /** Multiple of single line spacing. */
  lineSpacing?: number;
  keepWithNext?: boolean;
  /** A semantic role, for tests and for the preview's styling hooks (`national-title`, `number`...). */
  role?: string;
}

/** A short horizontal rule (a bottom-bordered empty paragraph in DOCX), centred in its column. */
export interface LayoutRule {
  type: 'rule';
  widthTwip: number;
  align: 'center';
  /** Gap between the text above and the line, so the rule never touches descenders. */
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  role?: string;
}

/** A borderless table of columns with absolute widths (header block, signature block). */
export interface LayoutColumns {
  type: 'columns';
  role: string;
  columns: { widthTwip: number; blocks: Array<LayoutParagraph | LayoutRule> }[];
}

export type LayoutBlock = LayoutParagraph | LayoutRule | LayoutColumns;

export interface LayoutPage {
  widthTwip: number;
  heightTwip: number;
  marginTopTwip: number;
  marginBottomTwip: number;
  marginLeftTwip: number;
  marginRightTwip: number;
  headerTwip: number;
  /** Width available to text: page width minus left and right margins. */
  textWidthTwip: number;
}

export interface OfficialLayout {
  kind: 'notice' | 'minutes';
  profileId: string;
  profileVersion: number;
  page: LayoutPage;
  font: { family: string; lang: string };
  pageNumbers: { sizePt: number; firstPage: boolean };
  body: { sizePt: number; lineSpacing: number };
  blocks: LayoutBlock[];
  /** Suggested file name stem: `TB-15-BTCTU-2021-02-23`. */
  fileStem: string;
  /** Plain text of every run, in order (search, tests, accessibility). */
  plainText: string;
}

export const TWIP_PER_MM = 56.7;
export const TWIP_PER_CM = 567;
export const TWIP_PER_PT = 20;
export const mmToTwip = (mm: number) => Math.round(mm * TWIP_PER_MM);
