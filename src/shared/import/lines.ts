/** Small tests on lines of official text, shared by the recognisers. */
import { foldVietnamese, nfc } from '../text/vietnamese';
import type { SourceLine } from './types';

/**
 * Pasted text as lines, numbered from 1, NFC. A table copied out of Word (the header and signature
 * blocks) comes as cells separated by tabs: each cell is a line of its own, left to right.
 */
export function linesFromText(text: string): SourceLine[] {
  return nfc(text)
    .split(/\r\n|\r|\n/)
    .flatMap((line) => {
      const cells = line.split(/\t+/).map((t) => t.trim());
      const filled = cells.filter(Boolean);
      return filled.length > 1 ? filled : [cells.join(' ').trim()];
    })
    .map((text, i) => ({ n: i + 1, text }));
}

export const fold = foldVietnamese;

/** True when the line has letters and none of them is lower case (`BAN TỔ CHỨC`, `T/L TRƯỞNG BAN`). */
export function isUpperLine(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi-VN');
}

/** A separator drawn with characters: `-----`, `*`, `___`. */
export function isSeparator(text: string): boolean {
  return /^[\s\-–—_*=.]+$/.test(text) && !/^\.+$/.test(text.trim());
}

/** The official closing mark at the end (`./.`) removed; the sentence keeps its full stop. */
export function withoutClosingMark(text: string): { text: string; marked: boolean } {
  const m = /\s*\.\/\.\s*$/.exec(text);
  return m ? { text: `${text.slice(0, m.index)}.`, marked: true } : { text, marked: false };
}

/** The form's blank (`.....`) means unknown: empty. */
export function unblank(text: string): string {
  const t = text.trim();
  return /^[.…\s]*$/.test(t) ? '' : t;
}

/** Drop the end mark of a list line (`;`, `,`, `.`). */
export function trimEnd(text: string): string {
  return text
    .trim()
    .replace(/(\.\/\.|[.;,:])+$/u, '')
    .trimEnd();
}

/** `ngày 05 tháng 02 năm 2021` (or blanks) anywhere in the text -> `2021-02-05`, `2021-02` or ''. */
export function officialDateIn(text: string): { iso: string; found: boolean } {
  const m = /ngày\s*(\d{1,2})?[\s.…]*tháng\s*(\d{1,2})?[\s.…]*năm\s*(\d{4})?/iu.exec(text);
  if (!m) return { iso: '', found: false };
  const [, d, mo, y] = m;
  if (y && mo && d) return { iso: isoOf(+y, +mo, +d), found: true };
  if (y && mo) return { iso: `${y}-${String(+mo).padStart(2, '0')}`, found: true };
  return { iso: '', found: true };
}

/** `23/02/2021` or `5/6/2026` anywhere in the text -> ISO, '' when none. */
export function shortDateIn(text: string): string {
  const m = /(?:^|\D)(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)/.exec(text);
  return m ? isoOf(+m[3]!, +m[2]!, +m[1]!) : '';
}

function isoOf(y: number, mo: number, d: number): string {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return '';
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `08 giờ 30 phút`, `8 giờ`, `8h30` in the text -> `08:30`; '' when none. */
export function clockIn(text: string): string {
  const m = /(\d{1,2})\s*(?:giờ|h|g)\s*(\d{1,2})?\s*(?:phút)?/iu.exec(text);
  if (!m) return '';
  const h = +m[1]!;
  const min = m[2] === undefined ? 0 : +m[2];
  if (h > 23 || min > 59) return '';
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** `buổi làm việc` / `cuộc họp` / `hội nghị` named in the text, first one wins. */
export function meetingKindIn(text: string): 'working_session' | 'meeting' | 'conference' | null {
  const f = fold(text);
  const at = (s: string) => {
    const i = f.indexOf(s);
    return i < 0 ? Infinity : i;
  };
  const found = [
    ['working_session', at('buoi lam viec')],
    ['meeting', at('cuoc hop')],
    ['conference', at('hoi nghi')],
  ] as const;
  const best = [...found].sort((a, b) => a[1] - b[1])[0]!;
  return best[1] === Infinity ? null : best[0];
}
