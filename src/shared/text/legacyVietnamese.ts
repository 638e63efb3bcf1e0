/**
 * Vietnamese text typed before Unicode, in the two 8-bit font encodings offices used for decades:
 * TCVN3 (TCVN 5712:1993 "ABC", fonts `.VnTime`, `.VnArial`…; the `…H` fonts draw the same codes as
 * capitals) and VNI (fonts `VNI-Times`, `VNI-Helve`…, a base letter followed by a mark character).
 * A .docx keeps such text as the Latin-1 characters of the bytes (`Hµ Néi`, `Haø Noäi`); only the
 * run's font says how to read them, so conversion is chosen per run by its font name.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The legacy encoding a font name means, or undefined for a Unicode font. */
export function legacyEncodingOfFont(font: string | undefined): LegacyEncoding | undefined {
  if (!font) return undefined;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[- ]/i.test(name)) return 'vni';
  return undefined;
}

/** TCVN3 `…H` fonts (`.VnTimeH`, `.VnArialH`) draw every letter as a capital. */
export function isTcvn3CapitalFont(font: string): boolean {
  return legacyEncodingOfFont(font) === 'tcvn3' && /H$/.test(font.trim());
}

/**
 * TCVN 5712:1993 (VN3) code chart, bytes 0xA1-0xFE: per letter, its codes for the tones
 * grave, hook, tilde, acute, dot below (the order of the chart).
 */
const TCVN3_LETTERS: [letter: string, codes: number[]][] = [
  ['Ă', [0xa1]],
  ['Â', [0xa2]],
  ['Ê', [0xa3]],
  ['Ô', [0xa4]],
  ['Ơ', [0xa5]],
  ['Ư', [0xa6]],
  ['Đ', [0xa7]],
  ['ă', [0xa8]],
  ['â', [0xa9]],
  ['ê', [0xaa]],
  ['ô', [0xab]],
  ['ơ', [0xac]],
  ['ư', [0xad]],
  ['đ', [0xae]],
];
const TCVN3_TONED: [base: string, codes: [number, number, number, number, number]][] = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Combining marks of the five tones, in the chart's order: grave, hook, tilde, acute, dot below. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

const TCVN3 = new Map<string, string>();
for (const [letter, [code]] of TCVN3_LETTERS) TCVN3.set(String.fromCharCode(code!), letter);
for (const [base, codes] of TCVN3_TONED)
  codes.forEach((code, tone) => TCVN3.set(String.fromCharCode(code), (base + TONES[tone]).normalize('NFC')));

/**
 * VNI code chart: the mark characters that follow a base letter, lower-case and capital forms.
 * `â` after a/e/o is the circumflex series, `ê` after a the breve series; ô/ö alone are ơ/ư.
 */
const VNI_MARKS: [lower: string, upper: string, marks: string][] = [
  ['ø', 'Ø', '\u0300'],
  ['û', 'Û', '\u0309'],
  ['õ', 'Õ', '\u0303'],
  ['ù', 'Ù', '\u0301'],
  ['ï', 'Ï', '\u0323'],
  ['â', 'Â', '\u0302'],
  ['à', 'À', '\u0302\u0300'],
  ['å', 'Å', '\u0302\u0309'],
  ['ã', 'Ã', '\u0302\u0303'],
  ['á', 'Á', '\u0302\u0301'],
  ['ä', 'Ä', '\u0302\u0323'],
  ['ê', 'Ê', '\u0306'],
  ['è', 'È', '\u0306\u0300'],
  ['ú', 'Ú', '\u0306\u0309'],
  ['ü', 'Ü', '\u0306\u0303'],
  ['é', 'É', '\u0306\u0301'],
  ['ë', 'Ë', '\u0306\u0323'],
];
/** Base letters (as typed in VNI) and the series of marks each takes. */
const VNI_BASES: [lower: string, upper: string, letter: string, series: 'tone' | 'circumflex' | 'all'][] = [
  ['a', 'A', 'a', 'all'],
  ['e', 'E', 'e', 'circumflex'],
  ['o', 'O', 'o', 'circumflex'],
  ['u', 'U', 'u', 'tone'],
  ['y', 'Y', 'y', 'tone'],
  ['ô', 'Ô', 'ơ', 'tone'],
  ['ö', 'Ö', 'ư', 'tone'],
];
/** Letters VNI writes as one character. */
const VNI_SINGLE: [lower: string, upper: string, letter: string][] = [
  ['ô', 'Ô', 'ơ'],
  ['ö', 'Ö', 'ư'],
  ['ñ', 'Ñ', 'đ'],
  ['ì', 'Ì', 'ì'],
  ['æ', 'Æ', 'ỉ'],
  ['ó', 'Ó', 'ĩ'],
  ['í', 'Í', 'í'],
  ['ò', 'Ò', 'ị'],
  ['î', 'Î', 'ỵ'],
];

const VNI_PAIRS = new Map<string, string>();
const VNI_ONE = new Map<string, string>();
for (const [lower, upper, letter] of VNI_SINGLE) {
  VNI_ONE.set(lower, letter);
  VNI_ONE.set(upper, letter.toUpperCase());
}
for (const [lower, upper, letter, series] of VNI_BASES)
  VNI_MARKS.forEach(([markLower, markUpper, marks], i) => {
    const fits = i < 5 || (i < 11 ? series !== 'tone' : series === 'all');
    if (!fits) return;
    const composed = (letter + marks).normalize('NFC');
    // Capital base with capital mark is the chart; a mixed pair is still what the font draws.
    for (const [base, mark, capital] of [
      [lower, markLower, false],
      [lower, markUpper, false],
      [upper, markUpper, true],
      [upper, markLower, true],
    ] as const)
      VNI_PAIRS.set(base + mark, capital ? composed.toUpperCase() : composed);
  });

/**
 * A font stored with the symbol charset keeps its bytes in U+F000-U+F0FF: read them as the byte.
 * NBSP and other characters outside the charts stay as they are.
 */
function byteChar(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xf000 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : c;
}

export function tcvn3ToUnicode(text: string, capitals = false): string {
  let out = '';
  for (const c of text) {
    const b = byteChar(c);
    out += TCVN3.get(b) ?? b;
  }
  return (capitals ? out.toUpperCase() : out).normalize('NFC');
}

export function vniToUnicode(text: string): string {
  const chars = Array.from(text, byteChar);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? VNI_PAIRS.get(chars[i]! + chars[i + 1]!) : undefined;
    if (pair) {
      out += pair;
      i++;
    } else out += VNI_ONE.get(chars[i]!) ?? chars[i]!;
  }
  return out.normalize('NFC');
}

/** A run's text as a reader sees it: legacy fonts decoded, everything in NFC. */
export function runTextToUnicode(text: string, font: string | undefined): string {
  switch (legacyEncodingOfFont(font)) {
    case 'tcvn3':
      return tcvn3ToUnicode(text, isTcvn3CapitalFont(font!));
    case 'vni':
      return vniToUnicode(text);
    default:
      return text.normalize('NFC');
  }
}
