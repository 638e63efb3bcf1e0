/** Tasks carried from one session to the next ("Phiên tiếp theo"). */
import type { Directive, Meeting } from '../../shared/model/meeting';
import { formatShortDate } from '../../shared/text/vietnamese';

/** The tasks a next session may carry: those not done. */
export function openTasks(m: Meeting): Directive[] {
  return m.conclusions.directives.filter((d) => d.status !== 'done');
}

/** `phiên ngày 23/02/2021`, or `phiên trước` for an undated one. */
export function sessionName(date: string): string {
  return date ? `phiên ngày ${formatShortDate(date)}` : 'phiên trước';
}
