import {
  insertAt,
  joinList,
  joinParagraphs,
  savedAtLabel,
  splitList,
  splitParagraphs,
} from '../../src/renderer/lib/text';
import { allSnippets, DEFAULT_SNIPPETS } from '../../src/renderer/lib/snippets';

describe('UI text helpers', () => {
  it('inserts a snippet at the caret or over the selection', () => {
    expect(insertAt('Ghi nhận. ', 10, 10, 'Tuy nhiên, ...')).toEqual({ value: 'Ghi nhận. Tuy nhiên, ...', caret: 24 });
    expect(insertAt('abcdef', 2, 4, 'XY')).toEqual({ value: 'abXYef', caret: 4 });
    expect(insertAt('ab', 10, 20, '!')).toEqual({ value: 'ab!', caret: 3 });
  });

  it('shows the save time as HH:MM', () => {
    expect(savedAtLabel(new Date(2021, 1, 23, 10, 42, 5))).toBe('Đã lưu lúc 10:42');
    expect(savedAtLabel(new Date(2021, 1, 23, 7, 5))).toBe('Đã lưu lúc 07:05');
  });

  it('paragraph and unit lists round-trip exactly what was typed (no rewriting while typing)', () => {
    for (const typed of ['', 'a', 'a\n', 'a\n\nb', '\n']) expect(joinParagraphs(splitParagraphs(typed))).toBe(typed);
    for (const typed of ['', 'Sở Nội vụ', 'Sở Nội vụ;', 'A; B;C']) expect(joinList(splitList(typed))).toBe(typed);
    expect(splitList('')).toEqual([]);
  });

  it('office snippets come after the built-ins and may replace one', () => {
    const mine = { id: 'builtin-tuy-nhien', label: 'Tuy nhiên (sửa)', text: 'Tuy nhiên, bên cạnh đó, ' };
    const extra = { id: 'x', label: 'Riêng', text: 'riêng' };
    const all = allSnippets([mine, extra]);
    expect(all).toHaveLength(DEFAULT_SNIPPETS.length + 1);
    expect(all.filter((s) => s.id === 'builtin-tuy-nhien')).toEqual([mine]);
    expect(all[all.length - 1]).toEqual(extra);
  });
});
