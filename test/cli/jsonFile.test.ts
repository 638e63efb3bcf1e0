/** Where a broken JSON file breaks, from whatever V8 says about it. */
import { jsonErrorOffset, lineColumn } from '../../src/cli/jsonFile';

function offsetOf(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonErrorOffset((e as Error).message, text);
  }
  throw new Error('expected invalid JSON');
}

describe('JSON error location', () => {
  it('finds a missing colon', () => {
    const text = '{\n  "schemaVersion": 1,\n  "id" "x"\n}';
    expect(lineColumn(text, offsetOf(text)!)).toEqual({ line: 3, column: 8 });
  });

  it('points past the end of a truncated file', () => {
    const text = '{\n  "id": "x",\n  "host": "Ban';
    expect(lineColumn(text, offsetOf(text)!)).toEqual({ line: 3, column: 15 });
  });

  it('finds a bad token in the middle of a long file', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `  "k${i}": "giá trị ${i}",`);
    lines.splice(25, 0, '  "host": tru,');
    const text = `{\n${lines.join('\n')}\n  "z": 1\n}`;
    expect(lineColumn(text, offsetOf(text)!)).toEqual({ line: 27, column: 14 });
  });

  it('finds a bad token near the start of a long file', () => {
    const text = `{"a": tru, ${'"b": 1, '.repeat(20)}"c": 2}`;
    expect(offsetOf(text)).toBe(9);
  });

  it('gives up rather than guess in a short file it cannot place', () => {
    expect(offsetOf('[1,]')).toBeUndefined();
  });

  it('reads the position Node 22 adds as well', () => {
    expect(
      jsonErrorOffset(
        "Expected ',' or '}' after property value in JSON at position 18 (line 3 column 8)",
        'x'.repeat(30),
      ),
    ).toBe(18);
  });

  it('counts columns from 1 and lines from 1', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
