/** Small text helpers for the UI (never applied to a field while it is being typed in). */

/** Insert `text` over the selection [start, end) and return the new value and caret. */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  return { value: value.slice(0, s) + text + value.slice(e), caret: s + text.length };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `Đã lưu lúc 10:42` in local time. */
export function savedAtLabel(at: Date): string {
  return `Đã lưu lúc ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** Paragraph lists are edited as one textarea: one paragraph per non-empty line. */
export function splitParagraphs(text: string): string[] {
  return text.split('\n');
}
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n');
}

/** Supporting units (phối hợp) edited in one field, separated by `;` and kept as typed; the layout skips blank ones. */
export function splitList(text: string): string[] {
  return text === '' ? [] : text.split(';');
}
export function joinList(items: readonly string[]): string {
  return items.join(';');
}
