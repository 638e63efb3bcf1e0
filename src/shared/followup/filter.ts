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

/** `YYYY-MM-DD` as the number YYYYMMDD (compares like the text), 0 when empty; null when not a day. */
function dayKey(day: string): number | null {
  if (!day) return 0;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/**
 * Which characters and pairs of adjacent characters a text holds, hashed into 96 bits (three
 * numbers): a text can contain a word only if it holds every bit of the word's signature, so most
 * rows are passed over with three ANDs instead of a substring search.
 */
const SIGNATURE_WORDS = 3;
function signatureInto(text: string, out: Uint32Array, at: number): void {
  let a = 0;
  let b = 0;
  let c = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    c |= 1 << (ch & 31);
    if (prev >= 0) {
      const h = (prev * 31 + ch) & 63;
      if (h < 32) a |= 1 << h;
      else b |= 1 << (h - 32);
    }
    prev = ch;
  }
  out[at] = a >>> 0;
  out[at + 1] = b >>> 0;
  out[at + 2] = c >>> 0;
}

/**
 * The rows with their folded text, filtered without folding again. The state, due day and year of
 * every row are kept in typed columns, so a filter on them reads no row object. Units and presiding
 * officials are folded on first use of their filter, each distinct name once; the texts (and their
 * signatures) on the first search.
 */
export class FollowupTable {
  private units: string[] | null = null;
  private presiding: string[] | null = null;
  private all: string[] | null = null;
  private signatures: Uint32Array | null = null;
  private readonly cache = new FoldCache();
  /** Position of each row's state in TASK_STATES. */
  private readonly states: Uint8Array;
  /** Due day as YYYYMMDD, 0 when none. */
  private readonly due: Int32Array;
  /** Year of the assigning notice, 0 when it has no date. */
  private readonly years: Int16Array;
  /** A due date that is not a plain day (never written so, but then filters compare the text). */
  private readonly oddDue: boolean;

  constructor(readonly rows: readonly FollowupRow[]) {
    const n = rows.length;
    this.states = new Uint8Array(n);
    this.due = new Int32Array(n);
    this.years = new Int16Array(n);
    const code = new Map(TASK_STATES.map((st, i) => [st, i]));
    let odd = false;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      this.states[i] = code.get(r.state)!;
      const d = dayKey(r.dueDate);
      if (d === null) odd = true;
      this.due[i] = d ?? 0;
      this.years[i] = /^\d{4}/.test(r.source.date) ? Number(r.source.date.slice(0, 4)) : 0;
    }
    this.oddDue = odd;
  }

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

  private searchKeys(): { texts: string[]; signatures: Uint32Array } {
    if (!this.all || !this.signatures) {
      const units = this.unitKeys();
      const texts = this.rows.map(
        (r, i) =>
          `${foldVietnamese(r.text)}\n${units[i]}\n${this.cache.fold(r.source.number)}\n${r.lastNote ? foldVietnamese(r.lastNote) : ''}`,
      );
      const signatures = new Uint32Array(texts.length * SIGNATURE_WORDS);
      for (let i = 0; i < texts.length; i++) signatureInto(texts[i]!, signatures, i * SIGNATURE_WORDS);
      this.all = texts;
      this.signatures = signatures;
    }
    return { texts: this.all, signatures: this.signatures };
  }

  /** Indices of the rows that pass every filter but, when `ignoreStates`, the states (for the tiles). */
  private matching(f: FollowupFilter, ignoreStates: boolean): number[] {
    const unit = f.unit ? foldVietnamese(f.unit) : '';
    const presiding = f.presiding ? foldVietnamese(f.presiding) : '';
    const words = f.search ? foldVietnamese(f.search).split(' ').filter(Boolean) : [];
    let states: Uint8Array | null = null;
    if (!ignoreStates && f.states?.length) {
      states = new Uint8Array(TASK_STATES.length);
      for (const st of f.states) states[TASK_STATES.indexOf(st)] = 1;
    }
    const year = f.year ?? 0;
    // Due window on the typed column; a window or a due date that is not a plain day compares the text.
    const from = f.dueFrom ? dayKey(f.dueFrom) : 0;
    const before = f.dueBefore ? dayKey(f.dueBefore) : 0;
    const textWindow = from === null || before === null || (this.oddDue && (!!f.dueFrom || !!f.dueBefore));
    const units = unit ? this.unitKeys() : null;
    const people = presiding ? this.presidingKeys() : null;
    const search = words.length ? this.searchKeys() : null;
    const want = new Uint32Array(SIGNATURE_WORDS);
    if (search) {
      const one = new Uint32Array(SIGNATURE_WORDS);
      for (const w of words) {
        signatureInto(w, one, 0);
        for (let k = 0; k < SIGNATURE_WORDS; k++) want[k]! |= one[k]!;
      }
    }
    const [wa, wb, wc] = [want[0]!, want[1]!, want[2]!];
    const { states: st, due, years } = this;
    const out: number[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      if (states && !states[st[i]!]) continue;
      if (year && years[i] !== year) continue;
      if (textWindow) {
        const r = this.rows[i]!;
        if (f.dueFrom && !(r.dueDate && r.dueDate >= f.dueFrom)) continue;
        if (f.dueBefore && !(r.dueDate && r.dueDate < f.dueBefore)) continue;
      } else {
        if (from && !(due[i]! && due[i]! >= from)) continue;
        if (before && !(due[i]! && due[i]! < before)) continue;
      }
      if (units && !units[i]!.includes(unit)) continue;
      if (people && !people[i]!.includes(presiding)) continue;
      if (search) {
        const sig = search.signatures;
        const at = i * SIGNATURE_WORDS;
        if ((sig[at]! & wa) >>> 0 !== wa || (sig[at + 1]! & wb) >>> 0 !== wb || (sig[at + 2]! & wc) >>> 0 !== wc)
          continue;
        const text = search.texts[i]!;
        if (!words.every((w) => text.includes(w))) continue;
      }
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
    const byState = new Uint32Array(TASK_STATES.length);
    for (const i of base) byState[this.states[i]!]! += 1;
    const counts = emptyCounts();
    counts.total = base.length;
    TASK_STATES.forEach((st, k) => (counts[st] = byState[k]!));
    if (!f.states?.length) return { indices: base, counts };
    const wanted = new Uint8Array(TASK_STATES.length);
    for (const st of f.states) wanted[TASK_STATES.indexOf(st)] = 1;
    return { indices: base.filter((i) => wanted[this.states[i]!]), counts };
  }
}
