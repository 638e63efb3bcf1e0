/**
 * Vietnamese text rules shared by every runtime: NFC, XML-safe text, accent folding,
 * official dates and document numbers. Pure functions, no imports beyond the language.
 */

/** Characters XML 1.0 forbids (Word refuses the file): C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Normalise to NFC: text typed with some keyboards or pasted from Word may be decomposed (NFD). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Remove characters XML forbids. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** What every text run goes through before it reaches a document: NFC, then XML-safe. */
export function cleanText(text: string): string {
  return stripXmlForbidden(nfc(text));
}

/** Keys never copied: assigned, `__proto__` would set the copy's prototype and fill its missing fields. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Recursively NFC-normalise and XML-clean every string in a JSON-shaped value (for saving). An `id`
 * is left as typed: the schema refuses a bad one, where stripping `a\u0000b` to `ab` could make it
 * name another meeting.
 */
export function cleanDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (key === 'id' ? value : cleanText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      if (!PROTOTYPE_KEYS.has(k)) out[k] = cleanDeep(v, k);
    return out as T;
  }
  return value;
}

/**
 * Fold for accent-insensitive search: `Long Biên` and `long bien` fold alike, `Đ`/`đ` fold to `d`.
 * Lower-cases, strips combining marks after NFD, maps đ to d, collapses white space.
 */
export function foldVietnamese(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // U+00D0/U+00F0 (Ð/ð) stand in for Đ/đ in text converted from legacy Vietnamese encodings.
      .replace(/[đĐðÐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD` into a calendar date; null when empty or not a real date. */
export function parseIsoDate(iso: string | undefined | null): CivilDate | null {
  if (!iso) return null;
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

const PARTIAL_DATE = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM` (month and year known, day not yet): `{ year, month }`, or null. */
export function parsePartialDate(text: string | undefined | null): { year: number; month: number } | null {
  const m = PARTIAL_DATE.exec(text ?? '');
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** True for a real calendar date in `YYYY-MM-DD`. */
export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Day below 10 gets a leading zero (`05`), otherwise as is. */
export function officialDay(day: number): string {
  return day < 10 ? pad2(day) : String(day);
}

/** Months 1 and 2 get a leading zero (`01`, `02`); 3 to 12 do not (`6`, `12`). */
export function officialMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/**
 * `ngày 05 tháng 02 năm 2021`; with no date, the blanks an official form leaves; with only month
 * and year (`2026-06`), the day's blank: `ngày      tháng 6 năm 2026`.
 */
export function formatOfficialDate(iso: string | undefined | null): string {
  const d = parseIsoDate(iso);
  const partial = d ? null : parsePartialDate(iso);
  if (partial) return `ngày      tháng ${officialMonth(partial.month)} năm ${partial.year}`;
  if (!d) return 'ngày      tháng      năm      ';
  return `ngày ${officialDay(d.day)} tháng ${officialMonth(d.month)} năm ${d.year}`;
}

/** `Hà Nội, ngày 05 tháng 02 năm 2021` (the place-and-date line). */
export function formatPlaceDate(place: string, iso: string | undefined | null): string {
  const date = formatOfficialDate(iso);
  return place.trim() ? `${place.trim()}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/**
 * `23/02/2021`, `05/6/2026` (short form used inside running text, e.g. deadlines and the notice's
 * opening), with the date line's zero rule: before days under 10 and months 1 and 2 only.
 */
export function formatShortDate(iso: string | undefined | null): string {
  const d = parseIsoDate(iso);
  if (!d) return '';
  return `${officialDay(d.day)}/${officialMonth(d.month)}/${d.year}`;
}

/** `11 giờ 30 phút` from `11:30`; empty when absent. */
export function formatClockTime(hhmm: string | undefined | null): string {
  if (!hhmm) return '';
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return '';
  const h = Number(m[1]);
  const min = Number(m[2]);
  return min === 0 ? `${pad2(h)} giờ 00 phút` : `${pad2(h)} giờ ${pad2(min)} phút`;
}

/** The local calendar day of `d` as `YYYY-MM-DD` (the day the secretary sees, not UTC's). */
export function localIsoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export type NumberStyle = 'nd30' | 'hd36';

/** Numbers below 10 get a leading zero (`05`); a blank number is left as spaces for the clerk to fill. */
export function padDocNumber(num: string): string {
  const t = num.trim();
  if (/^\d$/.test(t)) return `0${t}`;
  return t;
}

/**
 * The document number line.
 * ND30: `Số: 05/TB-UBND` (colon; number / type code - issuer code).
 * HD36: `Số 15-TB/BTCTU` (no colon; number - type code / issuer code).
 * An unassigned number stays blank: `Số:      /TB-VP`, never invented.
 */
export function formatDocNumber(style: NumberStyle, num: string, typeCode: string, issuerCode: string): string {
  return `${style === 'nd30' ? 'Số:' : 'Số'} ${docSymbol(style, padDocNumber(num) || '     ', typeCode, issuerCode)}`;
}

/** Number and symbol as the register writes them: ND30 `05/TB-UBND`, HD36 `15-TB/BTCTU`. */
export function docSymbol(style: NumberStyle, num: string, typeCode: string, issuerCode: string): string {
  const type = typeCode.trim();
  const issuer = issuerCode.trim();
  if (style === 'nd30') return `${num}/${[type, issuer].filter(Boolean).join('-')}`;
  return `${num}-${[type, issuer].filter(Boolean).join('/')}`;
}

/** Upper-case Vietnamese correctly (locale-aware), for headings and signature lines. */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** Lower-case the first letter (HD36 summaries start lower-case: `kết luận của ...`). */
export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1) : text;
}

/** Capitalise the first letter (ND30 summaries start with a capital). */
export function upperFirst(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1) : text;
}

/** Ensure a sentence ends with the official closing mark `./.` exactly once. */
export function withClosingMark(text: string, mark = './.'): string {
  const t = text.trimEnd().replace(/(\.\/\.|[.;,:])+$/u, '');
  return t ? `${t}${mark}` : t;
}

/**
 * A date as Vietnamese secretaries type it, day first: `23/02/2021`, `5/2/2021`, `05-02-2021`,
 * `5.2.2021`. Returns the ISO date, `''` for an empty field, or null while incomplete or not a
 * real date (the field keeps what was typed and the model keeps its last good value).
 */
export function parseVietnameseDate(text: string): string | null {
  const t = text.trim();
  if (t === '') return '';
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A 24-hour time as typed: `08:00`, `8:00`, `8h30`, `14g`, `8 giờ 30`. Returns `HH:MM`, `''` for an
 * empty field, or null while incomplete or out of range.
 */
export function parseClockTime(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (t === '') return '';
  const m = /^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})?\s*(?:phút)?$/u.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${pad2(h)}:${pad2(min)}`;
}
