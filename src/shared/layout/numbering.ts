/** Outline numbers in the styles official documents use: `I.`, `1.`, `2.1.`, `a)`, `-`, `Một là,`. */
import type { NumberingStyle } from '../profile/schema';

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

const WORDS = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];

/** `Một là`, ..., `Mười là`, then `Thứ 11` (no document counts further in words). */
function ordinalWords(n: number): string {
  return n <= WORDS.length ? `${WORDS[n - 1]!} là,` : `Thứ ${n},`;
}

/** `a`, ..., `z`, `aa`: official practice letters items a) b) c) straight through. */
function alpha(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * The label of the `n`th (1-based) entry of a level; `parent` is the parent's decimal path for
 * `nested` (`2` gives `2.1.`), empty at the top.
 */
export function numberLabel(style: NumberingStyle, n: number, parent: string): string {
  switch (style) {
    case 'roman':
      return `${roman(n)}.`;
    case 'decimal':
      return `${n}.`;
    case 'nested':
      return parent ? `${parent}.${n}.` : `${n}.`;
    case 'alpha':
      return `${alpha(n)})`;
    case 'dash':
      return '-';
    case 'words':
      return ordinalWords(n);
  }
}

/** Numbers that stand out in bold (`1.`, `2.1.`, `a)`); a dash or `Một là,` is part of the sentence. */
export function isBoldNumber(style: NumberingStyle): boolean {
  return style !== 'dash' && style !== 'words';
}
