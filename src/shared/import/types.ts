/** What recognition reads and what it gives: neutral lines in, a meeting with the source of each field out. */
import type { DocumentKind, Meeting } from '../model/meeting';

/** One line a person sees in the original: a paragraph of a .docx, or a line of pasted text. */
export interface SourceLine {
  /** 1-based, as the review and the CLI name it. */
  n: number;
  /** NFC; a Word numbering label stands before the text as it is drawn (`2.1. Hoàn thành ...`). */
  text: string;
  /** Every visible run bold / italic (unknown for pasted text). */
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** The cell of a layout table the line sits in (header and signature blocks). */
  cell?: { table: number; row: number; col: number };
}

export interface FieldSource {
  /** Where in the meeting: `notice.summary`, `presiding`, `conclusions.<id>`. */
  field: string;
  /** What the secretary calls it, in Vietnamese. */
  label: string;
  /** The lines it came from (`SourceLine.n`). */
  lines: number[];
  /** Read by a guess that may be wrong: the review marks it. */
  uncertain: boolean;
}

export type ProfileId = 'nd30-2020' | 'hd36-2018';

export interface Recognition {
  meeting: Meeting;
  /** The document read: a notice, minutes, or neither (a news report, notes). */
  kind: DocumentKind | null;
  profileId: ProfileId;
  fields: FieldSource[];
  /** Labels of the fields the text did not give (left empty, nothing invented). */
  empty: string[];
  lines: SourceLine[];
}
