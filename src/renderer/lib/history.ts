/**
 * Model-level undo/redo. Consecutive edits of the same field within a short window coalesce into one
 * step, so undo after typing a sentence restores the sentence's start, not one letter.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Field key and time of the last recorded edit, for coalescing. */
  lastKey: string;
  lastAt: number;
}

export const COALESCE_MS = 1500;
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: '', lastAt: 0 };
}

/** Record `next` as the new present; `key` names the edited field ('' never coalesces). */
export function record<T>(h: History<T>, next: T, key: string, now: number): History<T> {
  if (next === h.present) return h;
  const coalesce = key !== '' && key === h.lastKey && now - h.lastAt <= COALESCE_MS && h.past.length > 0;
  const past = coalesce ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

/** Replace the present without an undo step (e.g. the server's updatedAt after a save). */
export function replacePresent<T>(h: History<T>, next: T): History<T> {
  return { ...h, present: next };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], lastKey: '', lastAt: 0 };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1), lastKey: '', lastAt: 0 };
}

export const canUndo = <T>(h: History<T>) => h.past.length > 0;
export const canRedo = <T>(h: History<T>) => h.future.length > 0;
