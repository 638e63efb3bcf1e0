/**
 * Legacy Vietnamese encodings, checked against the published code charts typed here a second time,
 * independently of the module: every Vietnamese letter with every tone, lower case and capital,
 * decoded alone, inside words, and after encoding a whole text with the test's own chart.
 */
import { describe, expect, it } from 'vitest';
import {
  legacyEncodingOfFont,
  runTextToUnicode,
  tcvn3ToUnicode,
  vniToUnicode,
} from '../../../src/shared/text/legacyVietnamese';

/** TCVN 5712:1993 (VN3), as the chart prints it: letter, then its Latin-1 glyph in a .VnTime font. */
const TCVN3_CHART = `
ă ¨ â © ê ª ô « ơ ¬ ư \u00ad đ ®
Ă ¡ Â ¢ Ê £ Ô ¤ Ơ ¥ Ư ¦ Đ §
à µ ả ¶ ã · á ¸ ạ ¹
ằ » ẳ ¼ ẵ ½ ắ ¾ ặ Æ
ầ Ç ẩ È ẫ É ấ Ê ậ Ë
è Ì ẻ Î ẽ Ï é Ð ẹ Ñ
ề Ò ể Ó ễ Ô ế Õ ệ Ö
ì × ỉ Ø ĩ Ü í Ý ị Þ
ò ß ỏ á õ â ó ã ọ ä
ồ å ổ æ ỗ ç ố è ộ é
ờ ê ở ë ỡ ì ớ í ợ î
ù ï ủ ñ ũ ò ú ó ụ ô
ừ õ ử ö ữ ÷ ứ ø ự ù
ỳ ú ỷ û ỹ ü ý ý ỵ þ
`;

/** The VNI chart: letter, then what VNI types for it (capitals: the same, upper-cased). */
const VNI_CHART = `
á aù à aø ả aû ã aõ ạ aï
ă aê ắ aé ằ aè ẳ aú ẵ aü ặ aë
â aâ ấ aá ầ aà ẩ aå ẫ aã ậ aä
é eù è eø ẻ eû ẽ eõ ẹ eï
ê eâ ế eá ề eà ể eå ễ eã ệ eä
í í ì ì ỉ æ ĩ ó ị ò
ó où ò oø ỏ oû õ oõ ọ oï
ô oâ ố oá ồ oà ổ oå ỗ oã ộ oä
ơ ô ớ ôù ờ ôø ở ôû ỡ ôõ ợ ôï
ú uù ù uø ủ uû ũ uõ ụ uï
ư ö ứ öù ừ öø ử öû ữ öõ ự öï
ý yù ỳ yø ỷ yû ỹ yõ ỵ î
đ ñ
`;

function pairs(chart: string): [letter: string, code: string][] {
  const words = chart.split(/[ \n]+/).filter(Boolean);
  const out: [string, string][] = [];
  for (let i = 0; i < words.length; i += 2) out.push([words[i]!, words[i + 1]!]);
  return out;
}

const TCVN3 = pairs(TCVN3_CHART);
const VNI_LOWER = pairs(VNI_CHART);
const VNI = [
  ...VNI_LOWER,
  ...VNI_LOWER.map(([letter, code]) => [letter.toUpperCase(), code.toUpperCase()] as [string, string]),
];

/** Every Vietnamese letter with a diacritic: 12 vowels x 6 tones minus the plain ones, plus đ. */
const TONED_LETTERS = 'aăâeêioôơuưy'
  .split('')
  .flatMap((v) => ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((t) => (v + t).normalize('NFC')))
  .filter((l) => !'aeiouy'.includes(l))
  .concat('đ');

const encoder = (chart: [string, string][]) => {
  const map = new Map(chart);
  return (text: string) => Array.from(text.normalize('NFC'), (c) => map.get(c) ?? c).join('');
};
const toTcvn3 = encoder(TCVN3);
const toVni = encoder(VNI);

const SAMPLE =
  'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Thường trực Quận ủy kết luận: ' +
  'khẩn trương giải phóng mặt bằng, đảm bảo tiến độ; những người được giao nhiệm vụ thực hiện ngay.';

describe('the charts typed in this test cover every letter', () => {
  it('TCVN3 has each of the 67 letters with a diacritic and the capitals it encodes', () => {
    const lettersInChart = new Set(TCVN3.map(([l]) => l));
    for (const l of TONED_LETTERS) expect(lettersInChart.has(l), l).toBe(true);
    expect(TONED_LETTERS).toHaveLength(67);
  });
  it('VNI has each of the 67 letters, lower case and capital', () => {
    const lettersInChart = new Set(VNI.map(([l]) => l));
    for (const l of TONED_LETTERS) {
      expect(lettersInChart.has(l), l).toBe(true);
      expect(lettersInChart.has(l.toUpperCase()), l.toUpperCase()).toBe(true);
    }
  });
});

describe('TCVN3', () => {
  it.each(TCVN3)('%s is read from %s', (letter, code) => {
    expect(tcvn3ToUnicode(code)).toBe(letter);
    expect(tcvn3ToUnicode(`x${code}y`)).toBe(`x${letter}y`);
  });
  it.each(TCVN3)('%s in an H font (.VnTimeH) is its capital', (letter, code) => {
    expect(runTextToUnicode(code, '.VnTimeH')).toBe(letter.toUpperCase());
  });
  it('a whole text encoded with the chart reads back', () => {
    const legacy = toTcvn3(SAMPLE.toLowerCase());
    expect(legacy).toContain('céng hßa x· héi'); // what a .VnTime document holds
    expect(runTextToUnicode(legacy, '.VnTime')).toBe(SAMPLE.toLowerCase());
    expect(runTextToUnicode(legacy, '.VnTimeH')).toBe(SAMPLE.toUpperCase());
  });
  it('reads the classic national motto as typed in the 1990s', () => {
    expect(runTextToUnicode('Céng hoµ x· héi chñ nghÜa ViÖt Nam', '.VnTime')).toBe(
      'Cộng hoà xã hội chủ nghĩa Việt Nam',
    );
    expect(runTextToUnicode('§éc lËp - Tù do - H¹nh phóc', '.VnTime')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(runTextToUnicode('uû ban nh©n d©n', '.VnArialH')).toBe('UỶ BAN NHÂN DÂN');
  });
  it('a font stored with the symbol charset (U+F0xx) reads the same', () => {
    const symbol = Array.from('Hµ Néi', (c) => String.fromCharCode(0xf000 + c.charCodeAt(0))).join('');
    expect(runTextToUnicode(symbol, '.VnTime')).toBe('Hà Nội');
  });
});

describe('VNI', () => {
  it.each(VNI)('%s is read from %s', (letter, code) => {
    expect(vniToUnicode(code)).toBe(letter);
    expect(vniToUnicode(`nh${code}n`)).toBe(`nh${letter}n`);
  });
  it('a whole text encoded with the chart reads back, mixed case', () => {
    expect(runTextToUnicode(toVni(SAMPLE), 'VNI-Times')).toBe(SAMPLE);
    expect(runTextToUnicode(toVni(SAMPLE.toUpperCase()), 'VNI-Helve')).toBe(SAMPLE.toUpperCase());
  });
  it('reads the classic motto and ươ', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(vniToUnicode('tröôøng, ngöôøi, ñöôïc')).toBe('trường, người, được');
  });
});

describe('font names and Unicode runs', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial NarrowH', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve-Condense', 'vni'],
    ['Times New Roman', undefined],
    ['Arial', undefined],
    [undefined, undefined],
  ])('%s means %s', (font, encoding) => {
    expect(legacyEncodingOfFont(font)).toBe(encoding);
  });
  it('a Unicode run stays as typed, NFD becomes NFC', () => {
    const nfd = SAMPLE.normalize('NFD');
    expect(nfd).not.toBe(SAMPLE);
    expect(runTextToUnicode(nfd, 'Times New Roman')).toBe(SAMPLE);
    expect(runTextToUnicode('Hµ Néi', 'Times New Roman')).toBe('Hµ Néi');
  });
});
