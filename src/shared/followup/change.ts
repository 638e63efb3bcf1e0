/**
 * A follow-up change to one task (status, completion date, a progress note, an extension) applied
 * as the task's new tracking data plus dated history entries. The printed text and the deadline the
 * notice gave are never touched: an extension is an entry of the history, which follow-up reads.
 */
import { z } from 'zod';
import { DirectiveStatus, IsoDate, type Task, type TaskEvent } from '../model/meeting';

export const TaskChange = z.object({
  status: DirectiveStatus.optional(),
  /** The completion date (`YYYY-MM-DD`); with `done` and no date, today. */
  doneOn: IsoDate.optional(),
  /** A progress note, and the report it comes from. */
  note: z.string().max(100_000).optional(),
  reportNumber: z.string().max(2_000).optional(),
  reportDate: IsoDate.optional(),
  /** An extension: the new deadline (`YYYY-MM-DD`) and whose decision it is. */
  deadline: IsoDate.optional(),
  decidedBy: z.string().max(2_000).optional(),
  pauseReason: z.string().max(2_000).optional(),
});
export type TaskChange = z.infer<typeof TaskChange>;

/** True when the change would record nothing. */
export function isEmptyChange(c: TaskChange): boolean {
  return c.status === undefined && !c.doneOn && !c.note?.trim() && !c.deadline && c.pauseReason === undefined;
}

/** The task after `change`, recorded on `today` by `by`. */
export function applyTaskChange(task: Task, change: TaskChange, today: string, by = ''): Task {
  const events: TaskEvent[] = [];
  const event = (e: Partial<TaskEvent> & Pick<TaskEvent, 'kind'>): TaskEvent => ({
    date: today,
    text: '',
    reportNumber: '',
    reportDate: '',
    decidedBy: '',
    by,
    ...e,
  });
  const next: Task = { ...task };
  if (change.deadline) {
    events.push(
      event({
        kind: 'extension',
        deadline: { kind: 'date', date: change.deadline },
        decidedBy: change.decidedBy ?? '',
      }),
    );
  }
  if (change.note?.trim()) {
    events.push(
      event({
        kind: 'note',
        text: change.note,
        reportNumber: change.reportNumber ?? '',
        reportDate: change.reportDate ?? '',
      }),
    );
  }
  const status = change.status ?? task.status;
  if (status === 'done') {
    const doneOn = change.doneOn || (task.status === 'done' && task.doneOn) || today;
    if (task.status !== 'done' || doneOn !== task.doneOn) events.push(event({ kind: 'done', status, text: doneOn }));
    next.doneOn = doneOn;
  } else {
    next.doneOn = '';
  }
  if (status === 'paused') {
    const reason = change.pauseReason ?? task.pauseReason;
    if (task.status !== 'paused' || reason !== task.pauseReason)
      events.push(event({ kind: 'pause', status, text: reason }));
    next.pauseReason = reason;
  } else if (status !== task.status && status !== 'done') {
    events.push(event({ kind: 'status', status }));
  }
  next.status = status;
  next.history = [...task.history, ...events];
  return next;
}
