/**
 * What a meeting says about its tasks, independent of the day, of Settings and of the format
 * profiles: the part of a follow-up row that only changes when the meeting is saved. The backend
 * keeps these on disk between runs (tasks.json) so the first Theo dõi view does not read every
 * meeting file; the state and the printed notice number are computed from them on each view.
 */
import { isTracked, type Meeting, outlineEntries, type Task } from '../model/meeting';
import type { FollowupRow } from './schema';
import { effectiveDeadline, taskDueDate } from './state';

/** A row without what depends on the day (its state) or on the meeting (source, presiding, dates). */
export type TaskFacts = Omit<
  FollowupRow,
  'meetingId' | 'state' | 'source' | 'sourceMeetingId' | 'meetingDate' | 'presiding'
> & {
  /** The meeting this task was carried from, or empty. */
  carriedFrom: string;
};

/** The parts the notice number is printed from (the profile decides the shape: `15-TB/QU`, `245/TB-VPCP`). */
export interface NoticeRef {
  number: string;
  issuerCode: string;
  profileId: string;
}

export interface MeetingFacts {
  meetingId: string;
  /** The meeting's `updatedAt` when these were taken: a different one means they are stale. */
  updatedAt: string;
  notice: NoticeRef;
  /** The notice's date, else the meeting's. */
  sourceDate: string;
  meetingDate: string;
  presiding: string;
  tasks: TaskFacts[];
}

function deadlineText(task: Task): string {
  const d = effectiveDeadline(task);
  return d.kind === 'date' ? d.date : d.kind === 'none' ? '' : d.text;
}

function lastNote(task: Task): string {
  for (let i = task.history.length - 1; i >= 0; i--) {
    const e = task.history[i]!;
    if (e.kind === 'note' && e.text.trim()) return e.text;
  }
  return '';
}

export function meetingFacts(m: Meeting): MeetingFacts {
  return {
    meetingId: m.id,
    updatedAt: m.updatedAt,
    notice: { number: m.notice.number, issuerCode: m.issuer.code, profileId: m.profile.id },
    sourceDate: m.notice.date || m.date,
    meetingDate: m.date,
    presiding: m.presiding.name,
    tasks: outlineEntries(m.conclusions)
      .filter(isTracked)
      .map((e) => {
        const t = e.task;
        return {
          taskId: e.id,
          text: e.text,
          lead: t.lead,
          support: t.support,
          deadline: deadlineText(t),
          dueDate: taskDueDate(t, m),
          status: t.status,
          doneOn: t.doneOn,
          pauseReason: t.pauseReason,
          extended: effectiveDeadline(t) !== t.deadline,
          lastNote: lastNote(t),
          carriedFrom: t.carriedFrom?.meetingId ?? '',
        };
      }),
  };
}
