/** The numbering engine: numbering.xml definitions + paragraphs in order -> the labels Word draws. */
import { describe, expect, it } from 'vitest';
import { formatNumber, NumberingCounter, readNumbering } from '../../../src/backend/import/numbering';
import { parseXml } from '../../../src/backend/import/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface Lvl {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
  legal?: boolean;
}
const lvl = (ilvl: number, l: Lvl) =>
  `<w:lvl w:ilvl="${ilvl}">${l.start !== undefined ? `<w:start w:val="${l.start}"/>` : ''}<w:numFmt w:val="${l.fmt}"/>` +
  `${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.legal ? '<w:isLgl/>' : ''}` +
  `<w:lvlText w:val="${l.text}"/></w:lvl>`;
const abstract = (id: number, levels: Lvl[]) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels.map((l, i) => lvl(i, l)).join('')}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const numberingXml = (...parts: string[]) => `<?xml version="1.0"?><w:numbering ${W}>${parts.join('')}</w:numbering>`;

function counter(xml: string): NumberingCounter {
  return new NumberingCounter(readNumbering(parseXml(xml)));
}
/** Labels of paragraphs given as [numId, level] in order. */
const labels = (c: NumberingCounter, paragraphs: [number, number][]) => paragraphs.map(([n, l]) => c.next(n, l)?.label);

/** The outline of an official conclusion notice: I. / 1. / a) / -. */
const OUTLINE = abstract(1, [
  { fmt: 'upperRoman', text: '%1.', start: 1 },
  { fmt: 'decimal', text: '%2.', start: 1 },
  { fmt: 'lowerLetter', text: '%3)', start: 1 },
  { fmt: 'bullet', text: '-' },
]);

describe('labels of a multi-level list', () => {
  it('I. 1. 2. a) b) - then II. restarts 1. and a)', () => {
    const c = counter(numberingXml(OUTLINE, num(5, 1)));
    expect(
      labels(c, [
        [5, 0],
        [5, 1],
        [5, 1],
        [5, 2],
        [5, 2],
        [5, 3],
        [5, 0],
        [5, 1],
        [5, 2],
      ]),
    ).toEqual(['I.', '1.', '2.', 'a)', 'b)', '-', 'II.', '1.', 'a)']);
  });

  it('level text %1.%2. shows the parent number; a level not reached yet shows its start', () => {
    const c = counter(
      numberingXml(
        abstract(2, [
          { fmt: 'decimal', text: '%1.', start: 1 },
          { fmt: 'decimal', text: '%1.%2.', start: 1 },
          { fmt: 'decimal', text: '%1.%2.%3.', start: 1 },
        ]),
        num(1, 2),
      ),
    );
    expect(
      labels(c, [
        [1, 1],
        [1, 0],
        [1, 1],
        [1, 1],
        [1, 2],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual(['1.1.', '2.', '2.1.', '2.2.', '2.2.1.', '3.', '3.1.']);
  });

  it('start values, and a level that never restarts (lvlRestart 0)', () => {
    const c = counter(
      numberingXml(
        abstract(3, [
          { fmt: 'upperLetter', text: '%1.', start: 3 },
          { fmt: 'decimal', text: '(%2)', start: 5, restart: 0 },
        ]),
        num(1, 3),
      ),
    );
    expect(
      labels(c, [
        [1, 0],
        [1, 1],
        [1, 1],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual(['C.', '(5)', '(6)', 'D.', '(7)']);
  });

  it('legal numbering (isLgl) shows a roman parent in decimal', () => {
    const c = counter(
      numberingXml(
        abstract(4, [
          { fmt: 'upperRoman', text: '%1.', start: 1 },
          { fmt: 'decimal', text: '%1.%2.', start: 1, legal: true },
        ]),
        num(1, 4),
      ),
    );
    expect(
      labels(c, [
        [1, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual(['I.', 'II.', '2.1.']);
  });
});

describe('instances and overrides', () => {
  it('two instances of one definition continue one list; one with startOverride starts again', () => {
    const restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>';
    const c = counter(numberingXml(OUTLINE, num(1, 1), num(2, 1), num(3, 1, restart)));
    expect(
      labels(c, [
        [1, 0],
        [2, 0],
        [3, 0],
        [3, 0],
        [1, 0],
      ]),
    ).toEqual(['I.', 'II.', 'I.', 'II.', 'III.']);
  });

  it('a startOverride of 4 and a whole level replaced by lvlOverride', () => {
    const overrides =
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride>' +
      `<w:lvlOverride w:ilvl="1">${lvl(1, { fmt: 'lowerRoman', text: '%2/', start: 1 })}</w:lvlOverride>`;
    const c = counter(numberingXml(OUTLINE, num(7, 1, overrides)));
    expect(
      labels(c, [
        [7, 0],
        [7, 1],
        [7, 1],
      ]),
    ).toEqual(['IV.', 'i/', 'ii/']);
  });

  it('numId 0 and unknown instances have no label', () => {
    const c = counter(numberingXml(OUTLINE, num(1, 1)));
    expect(c.next(0, 0)).toBeUndefined();
    expect(c.next(99, 0)).toBeUndefined();
    expect(c.next(1, 0)?.label).toBe('I.');
  });
});

describe('number formats', () => {
  it.each([
    [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'],
    [2024, 'upperRoman', 'MMXXIV'],
    [1, 'lowerLetter', 'a'],
    [27, 'lowerLetter', 'aa'],
    [28, 'upperLetter', 'BB'],
    [7, 'decimalZero', '07'],
    [12, 'decimal', '12'],
    [3, 'none', ''],
  ])('%i as %s is %s', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });

  it('a Symbol-font bullet is the bullet a reader sees', () => {
    const c = counter(numberingXml(abstract(9, [{ fmt: 'bullet', text: '\uf0b7' }]), num(1, 9)));
    expect(c.next(1, 0)?.label).toBe('•');
  });
});
