/** Issue dates as a secretary types them, the day possibly not yet known. */
import { formatShortDate, parsePartialDate, parseVietnameseDate } from '../../shared/text/vietnamese';

/**
 * `23/02/2021` gives `2021-02-23`; `6/2026`, `06/2026`, `tháng 6/2026`, `tháng 6 năm 2026` give
 * `2026-06`; empty gives `''`; anything else (incomplete, month 13) null.
 */
export function parseDocDate(text: string): string | null {
  const full = parseVietnameseDate(text);
  if (full !== null) return full;
  const m = /^(?:tháng\s*)?(\d{1,2})\s*(?:[/.-]|\s+năm\s+|\s+)\s*(\d{4})$/iu.exec(text.trim().normalize('NFC'));
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
}

/** `23/02/2021`, or `6/2026` for a month and year. */
export function formatDocDate(value: string): string {
  const partial = parsePartialDate(value);
  return partial ? `${partial.month}/${partial.year}` : formatShortDate(value);
}
