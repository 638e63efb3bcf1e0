/**
 * Outline operations on the conclusions, written as changes to a draft (immer) or a plain copy.
 * Each keeps every word and every task's tracking data, and keeps print order: indenting an item
 * makes it (and its sub-items) the last sub-items of the item above; outdenting a sub-item makes it
 * an item right after its parent, taking the sub-items below it along. Each returns the id of the
 * entry to keep the focus on, or null when the move is not possible there.
 */
import type { Conclusions, Item, SubItem } from '../../shared/model/meeting';

/** Where an entry sits: part, item, and sub-item (absent for an item). */
export interface EntryAt {
  pi: number;
  ii: number;
  si?: number;
}

const asSub = (e: Item | SubItem): SubItem => ({ id: e.id, text: e.text, task: e.task });

/** Item → the last sub-item of the item above (its own sub-items follow it). */
export function indent(c: Conclusions, at: EntryAt): string | null {
  if (at.si !== undefined) return null; // two levels only: a sub-item has no deeper level
  const items = c.parts[at.pi]?.items;
  const item = items?.[at.ii];
  const above = items?.[at.ii - 1];
  if (!items || !item || !above) return null;
  items.splice(at.ii, 1);
  above.items.push(asSub(item), ...item.items);
  return item.id;
}

/** Sub-item → an item right after its parent, with the sub-items that were below it. */
export function outdent(c: Conclusions, at: EntryAt): string | null {
  if (at.si === undefined) return null;
  const items = c.parts[at.pi]?.items;
  const parent = items?.[at.ii];
  const sub = parent?.items[at.si];
  if (!items || !parent || !sub) return null;
  const below = parent.items.splice(at.si);
  below.shift();
  items.splice(at.ii + 1, 0, { id: sub.id, text: sub.text, task: sub.task, items: below });
  return sub.id;
}

/**
 * One step up (-1) or down (+1). At the edge of its list an item moves into the neighbouring
 * part and a sub-item under the neighbouring item, so an entry can travel anywhere by keyboard.
 */
export function move(c: Conclusions, at: EntryAt, delta: -1 | 1): string | null {
  const parts = c.parts;
  if (at.si === undefined) {
    const items = parts[at.pi]?.items;
    const item = items?.[at.ii];
    if (!items || !item) return null;
    const to = at.ii + delta;
    if (to >= 0 && to < items.length) {
      items.splice(at.ii, 1);
      items.splice(to, 0, item);
      return item.id;
    }
    const next = parts[at.pi + delta];
    if (!next) return null;
    items.splice(at.ii, 1);
    if (delta < 0) next.items.push(item);
    else next.items.unshift(item);
    return item.id;
  }
  const part = parts[at.pi];
  const subs = part?.items[at.ii]?.items;
  const sub = subs?.[at.si];
  if (!part || !subs || !sub) return null;
  const to = at.si + delta;
  if (to >= 0 && to < subs.length) {
    subs.splice(at.si, 1);
    subs.splice(to, 0, sub);
    return sub.id;
  }
  const neighbour = part.items[at.ii + delta];
  if (!neighbour) return null;
  subs.splice(at.si, 1);
  if (delta < 0) neighbour.items.push(sub);
  else neighbour.items.unshift(sub);
  return sub.id;
}

/** `fresh` (a new empty entry) right after this one, at the same level. */
export function insertAfter(c: Conclusions, at: EntryAt, fresh: Item): string | null {
  const items = c.parts[at.pi]?.items;
  if (!items) return null;
  if (at.si === undefined) {
    items.splice(at.ii + 1, 0, fresh);
    return fresh.id;
  }
  const subs = items[at.ii]?.items;
  if (!subs) return null;
  subs.splice(at.si + 1, 0, asSub(fresh));
  return fresh.id;
}

/** Remove an entry (an item goes with its sub-items: the button says so). */
export function remove(c: Conclusions, at: EntryAt): void {
  const items = c.parts[at.pi]?.items;
  if (!items) return;
  if (at.si === undefined) items.splice(at.ii, 1);
  else items[at.ii]?.items.splice(at.si, 1);
}
