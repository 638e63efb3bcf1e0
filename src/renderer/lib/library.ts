/** The years offered by the library's year filter. */
import type { MeetingSummary } from '../../shared/model/library';

/** Years present in the list merged with those seen before, newest first. */
export function yearsOf(list: readonly MeetingSummary[], previous: readonly number[] = []): number[] {
  const years = new Set(previous);
  for (const m of list) {
    const y = Number(m.date.slice(0, 4));
    if (/^\d{4}-/.test(m.date) && y >= 1900 && y <= 2200) years.add(y);
  }
  const out = [...years].sort((a, b) => b - a);
  return out.length === previous.length && out.every((y, i) => y === previous[i]) ? (previous as number[]) : out;
}
