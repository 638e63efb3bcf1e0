import fc from 'fast-check';
import { paginate, type BlockMeasure, type PageSlices } from '../../src/renderer/preview/paginate';

const lines = (n: number, lh = 20, padTop = 0): number[] => Array.from({ length: n }, (_, k) => padTop + (k + 1) * lh);
const para = (n: number, opts: Partial<BlockMeasure> = {}): BlockMeasure => ({
  height: n * 20,
  lineBottoms: lines(n),
  ...opts,
});
const blocksOn = (page: PageSlices) => page.map((s) => s.block);

describe('paginate', () => {
  it('fills a page, then starts the next one', () => {
    const pages = paginate([para(3), para(3), para(3)], 130);
    expect(pages.map(blocksOn)).toEqual([[0, 1], [2]]);
    expect(pages.flat().every((s) => s.whole)).toBe(true);
  });

  it('lets the space after a paragraph hang below the bottom margin, as Word does', () => {
    const withSpace = { height: 60, trailingSpace: 10, lineBottoms: lines(2, 25) };
    expect(paginate([withSpace, withSpace], 115)).toHaveLength(1);
    expect(paginate([withSpace, withSpace], 105)).toHaveLength(2);
  });

  it('splits a long paragraph between lines, keeping two lines on each side', () => {
    // Page holds 5 lines; first paragraph 3 lines, second 6 lines -> 2 of them fit on page 1.
    const pages = paginate([para(3), para(6)], 100);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toEqual([
      { block: 0, offset: 0, height: 60, whole: true },
      { block: 1, offset: 0, height: 40, whole: false },
    ]);
    expect(pages[1]).toEqual([{ block: 1, offset: 40, height: 80, whole: false }]);
  });

  it('does not leave a single orphan line at the bottom of a page', () => {
    // Only one line of the 6-line paragraph would fit: it moves whole to the next page.
    const pages = paginate([para(4), para(6)], 100);
    expect(pages.map(blocksOn)).toEqual([[0], [1], [1]]);
    // On the fresh page it breaks 4 + 2, not 5 + a lone widow line.
    expect(pages[1]![0]).toMatchObject({ offset: 0, height: 80 });
    expect(pages[2]![0]).toMatchObject({ offset: 80, height: 40 });
  });

  it('keeps a heading with the paragraph that follows it', () => {
    const heading = { height: 20, keepWithNext: true };
    const pages = paginate([para(4), heading, { height: 40 }], 100);
    expect(pages.map(blocksOn)).toEqual([[0], [1, 2]]);
    // Without keepWithNext the heading would stay alone at the bottom of page 1.
    expect(paginate([para(4), { height: 20 }, { height: 40 }], 100).map(blocksOn)).toEqual([[0, 1], [2]]);
  });

  it('ignores keepWithNext when the chain could never fit on one page', () => {
    const pages = paginate([{ height: 30 }, { height: 60, keepWithNext: true }, { height: 80 }], 100);
    expect(pages.map(blocksOn)).toEqual([[0, 1], [2]]);
  });

  it('cuts a block taller than a page that has no lines (a huge table) instead of dropping it', () => {
    const pages = paginate([{ height: 10 }, { height: 250 }], 100);
    expect(pages.map(blocksOn)).toEqual([[0], [1], [1], [1]]);
    expect(pages.slice(1).map((p) => p[0]!.height)).toEqual([100, 100, 50]);
  });

  it('never returns an empty page, even for an empty document', () => {
    expect(paginate([], 100)).toEqual([[]]);
    expect(paginate([{ height: 100 }, { height: 100 }], 100).every((p) => p.length > 0)).toBe(true);
  });

  it('never loses or reorders content, and never overfills a page (property)', () => {
    const block = fc.oneof(
      fc
        .record({ n: fc.integer({ min: 1, max: 40 }), keep: fc.boolean(), trail: fc.integer({ min: 0, max: 10 }) })
        .map(({ n, keep, trail }): BlockMeasure => ({
          height: n * 20 + trail,
          trailingSpace: trail,
          keepWithNext: keep,
          lineBottoms: lines(n),
        })),
      fc.integer({ min: 1, max: 700 }).map((h): BlockMeasure => ({ height: h })),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), fc.integer({ min: 100, max: 600 }), (blocks, content) => {
        const pages = paginate(blocks, content);
        const flat = pages.flat();
        // Order: blocks appear in order and slices of a block are contiguous.
        flat.forEach((s, i) => {
          if (i > 0) expect(s.block).toBeGreaterThanOrEqual(flat[i - 1]!.block);
        });
        // Coverage: the slices of each block tile it exactly from 0 to its height.
        blocks.forEach((b, i) => {
          const mine = flat.filter((s) => s.block === i);
          expect(mine.length).toBeGreaterThan(0);
          let at = 0;
          for (const s of mine) {
            expect(s.offset).toBeCloseTo(at, 6);
            at += s.height;
          }
          expect(at).toBeCloseTo(Math.max(0, b.height), 6);
        });
        // Fill: apart from hanging spacing after, a page's content fits its height.
        for (const page of pages) {
          const last = page[page.length - 1];
          const hang =
            last && last.offset + last.height >= blocks[last.block]!.height
              ? (blocks[last.block]!.trailingSpace ?? 0)
              : 0;
          const used = page.reduce((sum, s) => sum + s.height, 0);
          expect(used - hang).toBeLessThanOrEqual(content + 0.5);
        }
        expect(pages.length === 1 || pages.every((p) => p.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
