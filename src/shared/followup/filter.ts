/**
 * Filters and counts over the follow-up rows: by unit (accent-insensitive, unit in charge or a
 * supporting unit), state, due-date window, year of the assigning notice, presiding official and
 * free text. The folded text of each row is computed once, on the first filter that needs it, so a
 * filter over 100,000 tasks is a plain scan of short strings and the first screen folds nothing.
 */
import { z } from 'zod';
import { foldVietnamese } from '../text/vietnamese';
import type { FollowupRow } from './rows';
import { TASK_STATES, type TaskState } from './state';

export const FollowupFilter = z.object({
  /** A unit in charge or supporting unit containing this (accents, case and spacing ignored). */
  unit: z.string().max(500).optional(),
  states: z.array(z.enum(TASK_STATES)).max(TASK_STATES.length).optional(),
  /** Due on or after this day (`YYYY-MM-DD`). */
  dueFrom: z.string().max(10).optional(),
  /** Due strictly before this day (`YYYY-MM-DD`). */
  dueBefore: z.string().max(10).optional(),
  /** The year of the notice that assigned the task. */
  year: z.number().int().min(1900).max(2200).optional(),
  presiding: z.string().max(500).optional(),
  search: z.string().max(500).optional(),
});
export type FollowupFilter = z.infer<typeof FollowupFilter>;

/** How many tasks are in each state, and in all. */
export type StateCounts = Record<TaskState, number> & { total: number };

export function emptyCounts(): StateCounts {
  const c = { total: 0 } as StateCounts;
  for (const s of TASK_STATES) c[s] = 0;
  return c;
}

/** Folds each distinct string once: units and names repeat across thousands of tasks. */
class FoldCache {
  private readonly map = new Map<string, string>();
  fold(text: string): string {
    let f = this.map.get(text);
    if (f === undefined) {
      f = foldVietnamese(text);
      this.map.set(text, f);
    }
    return f;
  }
}

/**
 * The rows with their folded text, filtered without folding again. Units and presiding officials
 * are folded on first use of their filter, each distinct name once; the texts on the first search.
 */
export class FollowupTable {
  private units: string[] | null = null;
  private presiding: string[] | null = null;
  private all: string[] | null = null;
  private readonly cache = new FoldCache();

  constructor(readonly rows: readonly FollowupRow[]) {}

  private unitKeys(): string[] {
    this.units ??= this.rows.map((r) =>
      r.support.length ? [r.lead, ...r.support].map((u) => this.cache.fold(u)).join('\n') : this.cache.fold(r.lead),
    );
    return this.units;
  }

  private presidingKeys(): string[] {
    this.presiding ??= this.rows.map((r) => this.cache.fold(r.presiding));
    return this.presiding;
  }

  private searchKeys(): string[] {
    const units = this.unitKeys();
    this.all ??= this.rows.map(
      (r, i) =>
        `${foldVietnamese(r.text)}\n${units[i]}\n${this.cache.fold(r.source.number)}\n${r.lastNote ? foldVietnamese(r.lastNote) : ''}`,
    );
    return this.all;
  }

  /** Indices of the rows that pass every filter but, when `ignoreStates`, the states (for the tiles). */
  private matching(f: FollowupFilter, ignoreStates: boolean): number[] {
    const unit = f.unit ? foldVietnamese(f.unit) : '';
    const presiding = f.presiding ? foldVietnamese(f.presiding) : '';
    const words = f.search ? foldVietnamese(f.search).split(' ').filter(Boolean) : [];
    const states = !ignoreStates && f.states?.length ? new Set<TaskState>(f.states) : null;
    const year = f.year === undefined ? '' : `${f.year}-`;
    const units = unit ? this.unitKeys() : null;
    const people = presiding ? this.presidingKeys() : null;
    const texts = words.length ? this.searchKeys() : null;
    const out: number[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i]!;
      if (states && !states.has(r.state)) continue;
      if (units && !units[i]!.includes(unit)) continue;
      if (people && !people[i]!.includes(presiding)) continue;
      if (year && !r.source.date.startsWith(year)) continue;
      if (f.dueFrom && !(r.dueDate && r.dueDate >= f.dueFrom)) continue;
      if (f.dueBefore && !(r.dueDate && r.dueDate < f.dueBefore)) continue;
      if (texts && !words.every((w) => texts[i]!.includes(w))) continue;
      out.push(i);
    }
    return out;
  }

  /** The rows passing `f`, in library order. */
  filter(f: FollowupFilter): FollowupRow[] {
    return this.matching(f, false).map((i) => this.rows[i]!);
  }

  /** Row indices passing `f` and the state counts of the rows passing every filter but the states. */
  query(f: FollowupFilter): { indices: number[]; counts: StateCounts } {
    const base = this.matching(f, true);
    const counts = emptyCounts();
    counts.total = base.length;
    for (const i of base) counts[this.rows[i]!.state] += 1;
    const states = f.states?.length ? new Set<TaskState>(f.states) : null;
    return { indices: states ? base.filter((i) => states.has(this.rows[i]!.state)) : base, counts };
  }
}
