/**
 * A file name every platform accepts, built from a document's title: Windows forbids `<>:"/\|?*`,
 * control characters, trailing dots/spaces and device names (CON, NUL, COM1...), and long paths.
 */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
/** Leaves room for the folder path under Windows' 260-character limit. */
export const MAX_FILE_STEM = 120;

/** A safe stem (no extension); `fallback` when nothing usable is left. */
export function safeFileStem(text: string, fallback = 'van-ban'): string {
  let stem = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  stem = Array.from(stem).slice(0, MAX_FILE_STEM).join('');
  stem = stem.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (!stem) stem = fallback;
  // `CON.docx` is as reserved as `CON`: the device name is checked before the first dot.
  const head = stem.split('.')[0] ?? '';
  if (RESERVED.test(head.trim())) stem = `_${stem}`;
  return stem;
}

/** `stem` + extension (given with or without the dot). */
export function safeFileName(stem: string, extension: string, fallback?: string): string {
  const ext = extension.startsWith('.') ? extension : `.${extension}`;
  return safeFileStem(stem, fallback) + ext;
}
