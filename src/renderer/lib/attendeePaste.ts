/**
 * A list of attendees pasted in one go, read into people for the secretary to review before they
 * are taken: `đồng chí A - chức vụ; đồng chí B - chức vụ` (a sentence of a report or an invitation),
 * one person a line, or rows copied from a Word or Excel table (cells separated by tabs). Words are
 * kept as pasted; only the separators, a leading number and the honorific (kept as the person's
 * `title`) are taken off.
 */
import { foldVietnamese } from '../../shared/text/vietnamese';

export interface PastedPerson {
  name: string;
  position: string;
  unit: string;
  /** `đồng chí`, `ông`, `bà` when the text said so; empty leaves the meeting's default. */
  title: string;
}

/** Honorifics at the start of an entry, longest first, and the title each stands for. */
const HONORIFICS: readonly [RegExp, string][] = [
  [/^(?:các\s+)?đồng\s+chí\s+/iu, 'đồng chí'],
  [/^đ\/c\s*/iu, 'đồng chí'],
  [/^ông\s+/iu, 'ông'],
  [/^bà\s+/iu, 'bà'],
];

/** `1.`, `2)`, `-`, `+`, `•` before an entry. */
const LEADING_MARK = /^\s*(?:\d{1,3}\s*[.)/-]\s*|[-+•*–]\s+)/u;

function splitHonorific(text: string): { title: string; rest: string } {
  for (const [re, title] of HONORIFICS) {
    const m = re.exec(text);
    if (m) return { title, rest: text.slice(m[0].length) };
  }
  return { title: '', rest: text };
}

/** One entry of a running list: `đồng chí Trần Văn A - Phó Chủ tịch UBND xã`. */
function personFromPhrase(raw: string): PastedPerson | null {
  const text = raw.replace(LEADING_MARK, '').trim();
  if (!text) return null;
  const { title, rest } = splitHonorific(text);
  // The name ends at the first dash (or comma) with spaces; what follows is the position as written.
  const m = /^(.+?)\s*(?:\s[-–—]\s|,\s)\s*(.+)$/u.exec(rest);
  const name = (m ? m[1]! : rest).trim();
  const position = (m ? m[2]! : '').trim();
  return name ? { name, position, unit: '', title } : null;
}

/** Column of a header cell, by its folded words. */
function columnOf(cell: string): keyof PastedPerson | 'skip' | null {
  const f = foldVietnamese(cell);
  if (/^(stt|tt|so tt)$/.test(f)) return 'skip';
  if (/ho (va )?ten|^ten$/.test(f)) return 'name';
  if (/chuc vu|chuc danh/.test(f)) return 'position';
  if (/don vi|co quan|noi cong tac/.test(f)) return 'unit';
  if (/danh xung/.test(f)) return 'title';
  return null;
}

/** Rows of a table copied from Word or Excel: cells split by tabs, an optional header row. */
function peopleFromTable(lines: string[]): PastedPerson[] {
  const rows = lines.map((l) => l.split('\t').map((c) => c.trim()));
  const header = rows[0]!.map(columnOf);
  const hasHeader = header.includes('name');
  const body = hasHeader ? rows.slice(1) : rows;
  // Without a header: a first column of numbers is the STT; then name, position, unit.
  const numbered = !hasHeader && body.every((r) => /^\d{0,3}\.?$/.test(r[0] ?? ''));
  const columns: (keyof PastedPerson | 'skip' | null)[] = hasHeader
    ? header
    : [...(numbered ? ['skip' as const] : []), 'name', 'position', 'unit'];
  const out: PastedPerson[] = [];
  for (const r of body) {
    const p: PastedPerson = { name: '', position: '', unit: '', title: '' };
    r.forEach((cell, i) => {
      const col = columns[i];
      if (col && col !== 'skip') p[col] = cell;
    });
    const { title, rest } = splitHonorific(p.name);
    if (!rest.trim()) continue;
    out.push({ ...p, name: rest.trim(), title: p.title || title });
  }
  return out;
}

/** The people in `text`, in order. */
export function parseAttendeeList(text: string): PastedPerson[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim());
  if (lines.length === 0) return [];
  if (lines.some((l) => l.includes('\t'))) return peopleFromTable(lines);
  return lines
    .flatMap((l) => l.split(/;/))
    .map((e) => personFromPhrase(e.replace(/[.,;]\s*$/u, '')))
    .filter((p): p is PastedPerson => p !== null);
}

/** Whether pasted text is a list of people rather than one name (then the review is offered). */
export function isAttendeeList(text: string): boolean {
  return /[\t\n;]/.test(text.trim()) && parseAttendeeList(text).length >= 2;
}
