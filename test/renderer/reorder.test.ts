import fc from 'fast-check';
import { moveBy, moveItem, removeAt, replaceAt } from '../../src/renderer/lib/reorder';

describe('list reordering', () => {
  it('moves directive 3 to the top', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('Lên on the first item and Xuống on the last change nothing', () => {
    expect(moveBy(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveBy(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveBy(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('never loses or duplicates an item and does not mutate the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 30 }),
        fc.integer({ min: -3, max: 33 }),
        fc.integer({ min: -3, max: 33 }),
        (xs, from, to) => {
          const copy = xs.slice();
          const out = moveItem(xs, from, to);
          expect(xs).toEqual(copy);
          expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
          if (from >= 0 && from < xs.length) expect(out[Math.max(0, Math.min(xs.length - 1, to))]).toBe(xs[from]);
        },
      ),
    );
  });

  it('removes and replaces by index', () => {
    expect(removeAt([1, 2, 3], 1)).toEqual([1, 3]);
    expect(replaceAt([1, 2, 3], 2, 9)).toEqual([1, 2, 9]);
  });
});
