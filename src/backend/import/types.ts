/** What the .docx reader gives: the blocks a person sees, in document order. */

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface DocxRun {
  /** As a reader sees it: legacy fonts decoded, NFC; tabs as `\t`, line breaks as `\n`. */
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Points, when the document says. */
  sizePt?: number;
  font?: string;
}

export interface DocxNumbering {
  /** The label Word draws before the paragraph: `I.`, `1.2.`, `a)`, `-`, `•`; empty for format `none`. */
  label: string;
  numId: number;
  /** 0-based list level. */
  level: number;
  format: string;
}

export interface DocxParagraph {
  kind: 'paragraph';
  /** The runs' text joined (the numbering label is not part of it). */
  text: string;
  runs: DocxRun[];
  styleId?: string;
  alignment?: Alignment;
  numbering?: DocxNumbering;
}

export interface DocxCell {
  blocks: DocxBlock[];
  /** Grid columns the cell spans. */
  colSpan: number;
  /** A cell merged into the one above (`vMerge` continue): it draws nothing of its own. */
  mergedAbove: boolean;
}

export interface DocxTable {
  kind: 'table';
  rows: DocxCell[][];
  /** No border drawn anywhere: a layout table (header block, signature block), not a grid of data. */
  layout: boolean;
}

/** A text box (shape with text) anchored in the paragraph just before it. */
export interface DocxTextBox {
  kind: 'textBox';
  blocks: DocxBlock[];
}

export type DocxBlock = DocxParagraph | DocxTable | DocxTextBox;

export interface DocxHeaderFooter {
  /** `default`, `first` or `even`, as the section references it. */
  type: string;
  blocks: DocxBlock[];
}

export interface DocxContent {
  body: DocxBlock[];
  headers: DocxHeaderFooter[];
  footers: DocxHeaderFooter[];
}
