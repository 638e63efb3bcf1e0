/** Library list helpers: newest first, and the years offered by the year filter. */
import type { MeetingSummary } from '../../shared/model/library';

/** Newest meeting date first; undated drafts (most likely in progress) on top; ties by last edit. */
export function newestFirst(list: readonly MeetingSummary[]): MeetingSummary[] {
  return list.slice().sort((a, b) => {
    if (a.date !== b.date) {
      if (!a.date) return -1;
      if (!b.date) return 1;
      return a.date < b.date ? 1 : -1;
    }
    return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  });
}

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
