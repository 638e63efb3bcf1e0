/** Built-in fixed phrases of a conclusion notice (documents.md); settings add more. */
import type { Snippet } from '../../shared/model/library';

export const DEFAULT_SNIPPETS: readonly Snippet[] = [
  { id: 'builtin-chu-tri', label: 'Chủ trì buổi làm việc', text: 'chủ trì buổi làm việc với ... về ...' },
  { id: 'builtin-cung-du', label: 'Cùng dự có', text: 'Cùng dự có ...' },
  {
    id: 'builtin-sau-khi-nghe',
    label: 'Sau khi nghe báo cáo',
    text: 'Sau khi nghe ... báo cáo ..., ý kiến phát biểu của ..., đồng chí ... kết luận như sau:',
  },
  { id: 'builtin-ghi-nhan', label: 'Ghi nhận và đánh giá cao', text: 'ghi nhận và đánh giá cao ...' },
  { id: 'builtin-tuy-nhien', label: 'Tuy nhiên', text: 'Tuy nhiên, ...' },
  {
    id: 'builtin-de-nghi',
    label: 'Đề nghị tập trung',
    text: 'đề nghị ... tập trung thực hiện tốt một số nhiệm vụ sau:',
  },
  {
    id: 'builtin-giao',
    label: 'Giao chủ trì, phối hợp',
    text: 'giao ... chủ trì, phối hợp với ..., báo cáo ... trước ngày ...',
  },
  { id: 'builtin-tren-day', label: 'Trên đây là kết luận', text: 'Trên đây là kết luận của đồng chí ...' },
  {
    id: 'builtin-thong-bao-de',
    label: 'Thông báo để biết, thực hiện',
    text: '... thông báo để ... biết, thực hiện./.',
  },
];

/** Built-ins first, then the office's own; an office snippet with a built-in's id replaces it. */
export function allSnippets(custom: readonly Snippet[]): Snippet[] {
  const ids = new Set(custom.map((s) => s.id));
  return [...DEFAULT_SNIPPETS.filter((s) => !ids.has(s.id)), ...custom];
}
