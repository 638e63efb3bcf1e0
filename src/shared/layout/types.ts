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

/**
 * A short horizontal rule, centred in its column: the bottom border of an empty line, which is how
 * Word draws it. From the top: `spacingBeforePt`, an empty line set in `emptyLineSizePt`,
 * `borderGapPt`, the line itself (`thicknessPt`), `spacingAfterPt`.
 */
export interface LayoutRule {
  type: 'rule';
  widthTwip: number;
  align: 'center';
  thicknessPt: number;
  /** Font size of the empty line the border sits under: kept tiny so the line hugs the text above. */
  emptyLineSizePt: number;
  borderGapPt: number;
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
