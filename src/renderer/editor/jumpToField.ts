/**
 * Take the secretary to the field a check names: the control marked with its `data-field` path,
 * or, when that item has no control of its own (an empty list), the nearest enclosing path's.
 */
import { flushSync } from 'react-dom';

const FOCUSABLE = 'input, select, textarea, button';

export function jumpToField(path: string, root: ParentNode = document): boolean {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const el = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"]`);
    if (!el) continue;
    const target = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
    (target ?? el).scrollIntoView({ block: 'center' });
    // Focus never moves the caret or selects text: the field is left exactly as typed.
    (target ?? el).focus({ preventScroll: true });
    return true;
  }
  return false;
}

/**
 * After a button adds an item, put the caret in the item's first field (marked `data-field=path`)
 * once it is on screen, so typing goes on without reaching for the mouse. Tries a few frames: the
 * item renders after the edit that adds it.
 */
export function focusFieldSoon(path: string, frames = 10): void {
  requestAnimationFrame(() => {
    if (!focusFieldNow(path) && frames > 0) focusFieldSoon(path, frames - 1);
  });
}

/**
 * Add an item and put the caret in its first field before the next key is handled: the item is
 * rendered at once (flushSync), so letters typed right after the click or Enter go into it, however
 * slow the machine, never into the field that was focused before.
 */
export function addThenFocus(add: () => void, path: string | undefined): void {
  flushSync(add);
  if (path && !focusFieldNow(path)) focusFieldSoon(path);
}

/** The caret in the field marked `data-field=path` if it is on screen now; false when it is not. */
export function focusFieldNow(path: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`);
  const target = el && (el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE));
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
