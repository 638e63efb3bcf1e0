/** Directory suggestions as the secretary types: accent-insensitive, word-prefix first, then substring. */
import { foldVietnamese } from '../../shared/text/vietnamese';
import type { DirectoryEntry } from '../../shared/model/library';

export type SuggestField = 'name' | 'position' | 'unit';

export interface Suggestion {
  entry: DirectoryEntry;
  /** The text shown (and inserted) for the field being typed. */
  value: string;
}

function score(folded: string, q: string): number {
  if (folded.startsWith(q)) return 0;
  if (folded.split(' ').some((w) => w.startsWith(q))) return 1;
  if (folded.includes(q)) return 2;
  return -1;
}

export function suggestEntries(
  entries: readonly DirectoryEntry[],
  query: string,
  field: SuggestField,
  limit = 8,
): Suggestion[] {
  const q = foldVietnamese(query);
  if (!q) return [];
  const seen = new Set<string>();
  const scored: { s: Suggestion; rank: number; use: number }[] = [];
  for (const entry of entries) {
    const value = entry[field];
    if (!value) continue;
    const folded = foldVietnamese(value);
    const rank = score(folded, q);
    if (rank < 0) continue;
    // An exact match of what is typed suggests nothing new.
    if (folded === q && value === query) continue;
    // Positions and units repeat across people: list each once.
    const dedupe = field === 'name' ? entry.id : folded;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    scored.push({ s: { entry, value }, rank, use: entry.useCount });
  }
  scored.sort((a, b) => a.rank - b.rank || b.use - a.use || a.s.value.localeCompare(b.s.value, 'vi'));
  return scored.slice(0, limit).map((x) => x.s);
}
