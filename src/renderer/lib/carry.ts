/** Tasks carried from one session to the next ("Phiên tiếp theo"). */
import type { Meeting } from '../../shared/model/meeting';
import { formatShortDate } from '../../shared/text/vietnamese';

/** Each item and sub-item of the outline by id, named as the editor names it: `Mục 2, phần 1`, `Ý 1, mục 2, phần 1`. */
export function outlineNames(m: Meeting): Map<string, string> {
  const names = new Map<string, string>();
  m.conclusions.parts.forEach((p, pi) =>
    p.items.forEach((item, ii) => {
      names.set(item.id, `Mục ${ii + 1}, phần ${pi + 1}`);
      item.items.forEach((sub, si) => names.set(sub.id, `Ý ${si + 1}, mục ${ii + 1}, phần ${pi + 1}`));
    }),
  );
  return names;
}

/** `phiên ngày 23/02/2021`, or `phiên trước` for an undated one. */
export function sessionName(date: string): string {
  return date ? `phiên ngày ${formatShortDate(date)}` : 'phiên trước';
}
