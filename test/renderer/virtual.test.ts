import { scrollToRow, visibleRange } from '../../src/renderer/lib/virtual';

describe('virtual list window', () => {
  it('renders only the rows in view plus overscan for 10,000 meetings', () => {
    const r = visibleRange(52 * 5000, 600, 52, 10_000, 6);
    expect(r.end - r.start).toBeLessThan(40);
    expect(r.start).toBe(5000 - 6);
    expect(r.offsetTop).toBe(r.start * 52);
    expect(r.totalHeight).toBe(520_000);
  });

  it('clamps at both ends and handles an empty list', () => {
    expect(visibleRange(-100, 600, 52, 100).start).toBe(0);
    const end = visibleRange(1e9, 600, 52, 100);
    expect(end.end).toBe(100);
    expect(visibleRange(0, 600, 52, 0)).toEqual({ start: 0, end: 0, offsetTop: 0, totalHeight: 0 });
  });

  it('covers the viewport at every scroll position', () => {
    for (let top = 0; top < 52 * 200; top += 37) {
      const r = visibleRange(top, 500, 52, 200, 0);
      expect(r.start * 52).toBeLessThanOrEqual(top);
      expect(r.end * 52).toBeGreaterThanOrEqual(Math.min(top + 500, 200 * 52));
    }
  });

  it('scrolls just enough to show the active row', () => {
    expect(scrollToRow(0, 100, 500, 50)).toBe(0);
    expect(scrollToRow(20, 0, 500, 50)).toBe(20 * 50 + 50 - 500);
    expect(scrollToRow(3, 100, 500, 50)).toBe(100);
  });
});
