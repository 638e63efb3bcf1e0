/**
 * Take the secretary to the field a check names: the control marked with its `data-field` path,
 * or, when that item has no control of its own (an empty list), the nearest enclosing path's.
 */
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
