/**
 * The due date of a task's deadline, for follow-up: a date is its own due date; a relative phrase
 * is computed where it says how long and from when (`trong thời hạn 03 ngày làm việc kể từ ngày
 * kết thúc cuộc họp`, `trong 2 tuần kể từ ngày ký`, `trong tháng 6/2026`, `trong quý II năm 2026`); a period has none.
 */
import { foldVietnamese, parseIsoDate } from '../text/vietnamese';
import type { Deadline } from './meeting';

const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

function dateOf(isoDate: string): Date | null {
  const d = parseIsoDate(isoDate);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

/** `n` working days after `from` (Saturdays and Sundays skipped; public holidays are not known here). */
export function addWorkingDays(from: string, n: number): string {
  const d = dateOf(from);
  if (!d) return '';
  for (let left = n; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return iso(d);
}

/** `YYYY-MM-DD` when the deadline allows one, else empty. */
export function dueDate(deadline: Deadline, dates: { date: string; noticeDate: string }): string {
  if (deadline.kind === 'date') return deadline.date;
  if (deadline.kind !== 'relative') return '';
  const f = foldVietnamese(deadline.text);
  const month = /trong thang (\d{1,2})\s*[/.-]\s*(\d{4})/.exec(f);
  if (month) {
    const last = new Date(Date.UTC(Number(month[2]), Number(month[1]), 0));
    return Number(month[1]) >= 1 && Number(month[1]) <= 12 ? iso(last) : '';
  }
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\s*(?:nam\s+|[/.-]\s*)?(\d{4})/.exec(f);
  if (quarter) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4 }[quarter[1]!] ?? Number(quarter[1]);
    return iso(new Date(Date.UTC(Number(quarter[2]), 3 * q, 0)));
  }
  const span = /(\d+)\s*(ngay lam viec|ngay|tuan|thang)/.exec(f);
  if (!span) return '';
  // From the signing of the notice when the phrase says so, else from the meeting.
  const from = /ngay ky\b|ban hanh/.test(f.slice(span.index)) ? dates.noticeDate : dates.date;
  const start = dateOf(from);
  if (!start) return '';
  const n = Number(span[1]);
  if (span[2] === 'ngay lam viec') return addWorkingDays(from, n);
  if (span[2] === 'ngay') start.setUTCDate(start.getUTCDate() + n);
  else if (span[2] === 'tuan') start.setUTCDate(start.getUTCDate() + 7 * n);
  else start.setUTCMonth(start.getUTCMonth() + n);
  return iso(start);
}
