/**
 * The preview follows the field being edited: the paragraph of the previewed document that shows
 * the text around the caret is scrolled into the middle of the preview and marked for a moment.
 * Found by text (case and spacing aside, as headings print in capitals), so it needs no map from
 * fields to blocks; a field whose text is not printed leaves the preview where it is.
 */
import { useEffect } from 'react';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text to look for: the line the caret is on (a paragraph of a text area), at most 60 characters. */
export function needleOf(value: string, caret: number): string {
  const start = value.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
  const end = value.indexOf('\n', caret);
  const line = collapse(value.slice(start, end < 0 ? undefined : end)).replace(/^-\s+/, '');
  return line.length >= 3 ? line.slice(0, 60) : '';
}

/** Index of the first paragraph whose text contains `needle`, or -1. */
export function findParagraph(texts: readonly string[], needle: string): number {
  if (!needle) return -1;
  return texts.findIndex((t) => collapse(t).includes(needle));
}

/** Mark and bring into sight the paragraph showing the caret's line; false when none shows it (yet). */
function follow(preview: HTMLElement, field: HTMLInputElement | HTMLTextAreaElement): boolean {
  const needle = needleOf(field.value, field.selectionStart ?? field.value.length);
  const paragraphs = [...preview.querySelectorAll<HTMLElement>('section[data-page] .pv-p')];
  const i = findParagraph(
    paragraphs.map((p) => p.textContent ?? ''),
    needle,
  );
  const target = paragraphs[i];
  if (!target) return !needle;
  for (const el of preview.querySelectorAll('[data-editing]')) el.removeAttribute('data-editing');
  target.setAttribute('data-editing', '');
  // Only the preview's own scroll moves: in a narrow window the preview sits under the form in one
  // scroll, and scrolling there would carry the field being typed in out of sight.
  const overflow = getComputedStyle(preview).overflowY;
  if (!(overflow === 'auto' || overflow === 'scroll') || preview.scrollHeight <= preview.clientHeight) return true;
  const box = preview.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  // Only when it is out of sight: a preview already showing it does not jump at every keystroke.
  if (r.top < box.top + 40 || r.bottom > box.bottom)
    preview.scrollTop += r.top - box.top - Math.max(40, (box.height - r.height) / 2);
  return true;
}

/** Follow the focused field of `form` in `preview` (on focus, and after typing settles). */
export function usePreviewFollow(enabled: boolean, settleMs = 400): void {
  useEffect(() => {
    if (!enabled) return;
    const form = document.querySelector<HTMLElement>('form.editor-form');
    const preview = document.querySelector<HTMLElement>('aside.editor-preview');
    if (!form || !preview) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (ms: number) => (e: Event) => {
      const field = e.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
      clearTimeout(timer);
      // The preview lays out a debounced copy of the meeting (and paginates it in steps): look once
      // it has caught up, and a few times more while the text is not there yet.
      let tries = 4;
      const look = () => {
        if (!follow(preview, field) && tries-- > 0 && document.activeElement === field) timer = setTimeout(look, 300);
      };
      timer = setTimeout(look, ms);
    };
    const onFocus = later(60);
    const onInput = later(settleMs);
    form.addEventListener('focusin', onFocus);
    form.addEventListener('input', onInput);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('focusin', onFocus);
      form.removeEventListener('input', onInput);
    };
  }, [enabled, settleMs]);
}
