/** Content keys: identical blocks get identical keys, so measurements and renders can be reused across edits. */
import type { LayoutBlock } from '../../shared/layout/types';

export interface BlockKeys {
  /** Exact serialisation: the measurement cache key. */
  content: string[];
  /** Short, unique within the document: React keys that survive insertions above. */
  react: string[];
}

/** FNV-1a, 32 bit: short React keys; a collision only costs a re-render, uniqueness is enforced below. */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function blockKeys(blocks: readonly LayoutBlock[]): BlockKeys {
  const content = blocks.map((b) => JSON.stringify(b));
  const seen = new Map<string, number>();
  const react = content.map((c) => {
    const base = hashString(c);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}~${n}`;
  });
  return { content, react };
}
