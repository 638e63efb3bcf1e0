import { describe, expect, it } from 'vitest';
import { findParagraph, needleOf } from '../../src/renderer/editor/previewFollow';

describe('the preview follows the caret', () => {
  it('looks for the line the caret is on, without its bullet, spacing and case aside', () => {
    const text = 'Đoạn một.\n- Bám sát,  thực hiện theo Quy chế\nĐoạn ba.';
    expect(needleOf(text, text.indexOf('thực'))).toBe('bám sát, thực hiện theo quy chế');
    expect(needleOf(text, text.length)).toBe('đoạn ba.');
    expect(needleOf('ab', 2)).toBe('');
  });

  it('finds the first paragraph showing it, headings printed in capitals included', () => {
    const texts = ['THÔNG BÁO', 'kết luận của đồng chí Vũ Đức Bảo', '1. Bám sát, thực hiện theo Quy chế làm việc'];
    expect(findParagraph(texts, needleOf('Bám sát, thực hiện theo Quy chế', 0))).toBe(2);
    expect(findParagraph(texts, needleOf('thông báo', 0))).toBe(0);
    expect(findParagraph(texts, needleOf('không có ở đây', 0))).toBe(-1);
  });
});
