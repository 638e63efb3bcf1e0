/** Tasks carried from one session to the next ("Phiên tiếp theo"). */
import { formatShortDate } from '../../shared/text/vietnamese';

/** `phiên ngày 23/02/2021`, or `phiên trước` for an undated one. */
export function sessionName(date: string): string {
  return date ? `phiên ngày ${formatShortDate(date)}` : 'phiên trước';
}
