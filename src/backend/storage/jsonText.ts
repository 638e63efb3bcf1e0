/**
 * Bytes to a JSON value, for every JSON file the backend and the CLI read. Strict UTF-8: an invalid
 * byte is an error naming its offset, never silently replaced by U+FFFD. After JSON.parse (iterative
 * in V8, so any depth parses), one iterative walk refuses nesting deeper than a real file ever has,
 * before a recursive clean-up or zod could overflow the stack on it, and removes `__proto__`,
 * `constructor` and `prototype` keys, which would otherwise reach object prototypes.
 */

/** A meeting nests about 6 levels; a hostile file 10,000. */
export const MAX_JSON_DEPTH = 64;

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

export type JsonFailure =
  | { kind: 'empty' | 'zeros' | 'depth'; reason: string }
  | { kind: 'utf8'; reason: string; byteOffset: number }
  /** `text` and `parseMessage` let a caller point at the line and column. */
  | { kind: 'syntax'; reason: string; text: string; parseMessage: string };

export type JsonDecoded = { ok: true; value: unknown } | ({ ok: false } & JsonFailure);

const rejectsPrefix = (bytes: Uint8Array, n: number) => {
  try {
    // Streaming: a prefix that merely ends inside a character is accepted.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return false;
  } catch {
    return true;
  }
};

const decodesWhole = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Start of the character that `end` cuts: its lead byte (at most 3 continuation bytes back). */
function characterStart(bytes: Uint8Array, end: number): number {
  let i = end - 1;
  while (i > 0 && end - i < 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  return Math.max(i, 0);
}

/** Offset of the first byte that is not part of a valid UTF-8 character (the decoder does not say). */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  if (!rejectsPrefix(bytes, bytes.length)) return characterStart(bytes, bytes.length); // cut short at the end
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rejectsPrefix(bytes, mid)) hi = mid;
    else lo = mid + 1;
  }
  // Byte lo-1 is where decoding failed; a character left unfinished before it is the culprit.
  return decodesWhole(bytes.subarray(0, lo - 1)) ? lo - 1 : characterStart(bytes, lo - 1);
}

/** Strict UTF-8 text of `bytes` (a leading byte order mark dropped, as Notepad writes one). */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; byteOffset: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, byteOffset: invalidUtf8Offset(bytes) };
  }
}

/**
 * Remove forbidden keys everywhere and check the depth, without recursion. False when deeper than
 * `maxDepth`.
 */
export function sanitiseParsed(root: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth } = item;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return false;
    if (Array.isArray(value)) {
      for (const v of value) if (v !== null && typeof v === 'object') stack.push({ value: v, depth: depth + 1 });
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const k of FORBIDDEN_KEYS) if (Object.hasOwn(record, k)) delete record[k];
    for (const k in record) {
      const v = record[k];
      if (v !== null && typeof v === 'object') stack.push({ value: v, depth: depth + 1 });
    }
  }
  return true;
}

/** Parse JSON text; reasons are Vietnamese phrases (`tệp rỗng`) for a sentence the caller builds. */
export function parseJsonText(text: string): JsonDecoded {
  if (text.trim().length === 0) return { ok: false, kind: 'empty', reason: 'tệp rỗng' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (/^\0+$/.test(text))
      return { ok: false, kind: 'zeros', reason: 'tệp chỉ chứa byte 0 (có thể do mất điện khi đang ghi)' };
    return {
      ok: false,
      kind: 'syntax',
      reason: 'nội dung không phải JSON hợp lệ (có thể bị cắt cụt hoặc hỏng)',
      text,
      parseMessage: e instanceof Error ? e.message : String(e),
    };
  }
  if (!sanitiseParsed(value)) {
    return {
      ok: false,
      kind: 'depth',
      reason: `dữ liệu lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng), không phải tệp do Biên Bản tạo ra`,
    };
  }
  return { ok: true, value };
}

/** Bytes of a JSON file to its value: strict UTF-8, then parseJsonText. */
export function decodeJson(bytes: Uint8Array | string): JsonDecoded {
  if (typeof bytes === 'string') return parseJsonText(bytes);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      kind: 'utf8',
      reason: `tệp không phải văn bản UTF-8 hợp lệ (byte lỗi ở vị trí ${decoded.byteOffset})`,
      byteOffset: decoded.byteOffset,
    };
  }
  return parseJsonText(decoded.text);
}
