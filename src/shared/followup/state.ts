/**
 * A task's follow-up state, computed against a given day (the clock is the caller's, so tests fix
 * it), as government follow-up systems count them: not started or in progress is `trong hạn`,
 * `sắp đến hạn` (due within N days, the deadline day included), `quá hạn` or `không thời hạn`;
 * done is `hoàn thành đúng hạn` or `hoàn thành quá hạn` by the completion date; paused is `tạm dừng`.
 */
import { dueDate } from '../model/deadline';
import type { Deadline, Meeting, Task } from '../model/meeting';
import { parseIsoDate } from '../text/vietnamese';

export const TASK_STATES = [
  'not_due',
  'due_soon',
  'overdue',
  'no_deadline',
  'done_on_time',
  'done_late',
  'paused',
] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  not_due: 'trong hạn',
  due_soon: 'sắp đến hạn',
  overdue: 'quá hạn',
  no_deadline: 'không thời hạn',
  done_on_time: 'hoàn thành đúng hạn',
  done_late: 'hoàn thành quá hạn',
  paused: 'tạm dừng',
};

/** Days before the deadline a task counts as `sắp đến hạn` unless Settings say otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 3;

/** Whole days from `a` to `b` (`YYYY-MM-DD` both); null when either is not a date. */
export function daysBetween(a: string, b: string): number | null {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? null : y - x;
}

/** Days since 1970-01-01 of each date seen: 100,000 tasks share a few thousand dates. */
const dayNumbers = new Map<string, number | null>();
function dayNumber(iso: string): number | null {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    const d = parseIsoDate(iso);
    n = d ? Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000) : null;
    if (dayNumbers.size >= 50_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** The calendar day of `now` where the user is (the local date, not UTC). */
export function isoDay(now: Date): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/**
 * The deadline follow-up counts against: the last extension's new deadline, else the one the
 * notice gave (which stays as issued: an extension never rewrites the document).
 */
export function effectiveDeadline(task: Task): Deadline {
  for (let i = task.history.length - 1; i >= 0; i--) {
    const e = task.history[i]!;
    if (e.kind === 'extension' && e.deadline) return e.deadline;
  }
  return task.deadline;
}

/** The due date of a task of `meeting` (`YYYY-MM-DD`), or empty when its deadline gives none. */
export function taskDueDate(task: Task, meeting: Pick<Meeting, 'date'> & { notice: { date: string } }): string {
  return dueDate(effectiveDeadline(task), { date: meeting.date, noticeDate: meeting.notice.date });
}

/**
 * The state of a task whose due date is `due` (empty: none) on `today`. A done task without a
 * completion date, or without a due date, counts as done on time: nothing says it was late.
 */
export function taskState(
  task: Pick<Task, 'status' | 'doneOn'>,
  due: string,
  today: string,
  dueSoonDays = DEFAULT_DUE_SOON_DAYS,
): TaskState {
  if (task.status === 'paused') return 'paused';
  if (task.status === 'done') {
    const late = due && task.doneOn ? daysBetween(due, task.doneOn) : null;
    return late !== null && late > 0 ? 'done_late' : 'done_on_time';
  }
  const left = due ? daysBetween(today, due) : null;
  if (left === null) return 'no_deadline';
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due_soon' : 'not_due';
}
