/**
 * Every task of the library as flat rows for follow-up: the task, the notice that assigned it, its
 * unit in charge and supporting units, deadline, due date and state. A task carried to a next
 * session is one task: only its latest session's row is listed, with the notice that first
 * assigned it as its source.
 */
import type { Meeting } from '../model/meeting';
import { meetingFacts, type MeetingFacts, type NoticeRef } from './facts';
import type { FollowupRow } from './schema';
import { DEFAULT_DUE_SOON_DAYS, taskState } from './state';

/** The notice number as it prints, without `Số`: `15-TB/QU`, `245/TB-VPCP` (called only when a number is set). */
export type NoticeNumberOf = (n: NoticeRef) => string;

export interface RowOptions {
  today: string;
  dueSoonDays?: number;
  numberOf: NoticeNumberOf;
}

/** A row as one meeting sees it: where a carried task came from is kept until `resolveCarried`. */
export type MeetingTaskRow = FollowupRow & { carriedFrom?: { meetingId: string } };

/** The rows of one meeting's tracked tasks on `o.today` (source: this meeting; `resolveCarried` fixes carried ones). */
export function factsRows(f: MeetingFacts, o: RowOptions): MeetingTaskRow[] {
  const source = { number: f.notice.number.trim() ? o.numberOf(f.notice) : '', date: f.sourceDate };
  const dueSoon = o.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  return f.tasks.map((t) => ({
    meetingId: f.meetingId,
    taskId: t.taskId,
    text: t.text,
    lead: t.lead,
    support: t.support,
    deadline: t.deadline,
    dueDate: t.dueDate,
    state: taskState(t, t.dueDate, o.today, dueSoon),
    status: t.status,
    doneOn: t.doneOn,
    pauseReason: t.pauseReason,
    extended: t.extended,
    source,
    sourceMeetingId: f.meetingId,
    meetingDate: f.meetingDate,
    presiding: f.presiding,
    lastNote: t.lastNote,
    ...(t.carriedFrom ? { carriedFrom: { meetingId: t.carriedFrom } } : {}),
  }));
}

/** The rows of one meeting's tracked tasks. */
export function meetingTaskRows(m: Meeting, o: RowOptions): MeetingTaskRow[] {
  return factsRows(meetingFacts(m), o);
}

const key = (meetingId: string, taskId: string) => `${meetingId}\u0000${taskId}`;

/**
 * Every task of the library: rows of each meeting, then a task carried on to a later session is
 * dropped in favour of its latest holder, which takes the first notice's number and date.
 */
export function taskRows(meetings: Iterable<Meeting>, o: RowOptions): FollowupRow[] {
  const all: MeetingTaskRow[] = [];
  for (const m of meetings) all.push(...meetingTaskRows(m, o));
  return resolveCarried(all).sort(byDueDate);
}

/** Soonest due first, tasks without a due date last; then by the assigning notice's date. */
export function byDueDate(a: FollowupRow, b: FollowupRow): number {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.source.date < b.source.date ? -1 : a.source.date > b.source.date ? 1 : 0;
}

/**
 * Drops rows carried on to later sessions and gives carried rows the source of the first notice.
 * Only the meetings carried from are looked at: a library without carried tasks costs one scan.
 */
export function resolveCarried(all: readonly MeetingTaskRow[]): FollowupRow[] {
  const carried = all.filter((r) => r.carriedFrom);
  if (!carried.length) return all.slice();
  // The meetings a carried task came from, and (transitively) theirs.
  const wanted = new Set(carried.map((r) => r.carriedFrom!.meetingId));
  const byMeeting = new Map<string, MeetingTaskRow[]>();
  for (let size = -1; size !== wanted.size;) {
    size = wanted.size;
    for (const r of all) {
      if (!wanted.has(r.meetingId) || byMeeting.get(r.meetingId)?.includes(r)) continue;
      byMeeting.set(r.meetingId, [...(byMeeting.get(r.meetingId) ?? []), r]);
      if (r.carriedFrom) wanted.add(r.carriedFrom.meetingId);
    }
  }
  const find = (meetingId: string, taskId: string) => byMeeting.get(meetingId)?.find((x) => x.taskId === taskId);
  const carriedOn = new Set(carried.map((r) => key(r.carriedFrom!.meetingId, r.taskId)));
  const out: FollowupRow[] = [];
  for (const r of all) {
    if (wanted.has(r.meetingId) && carriedOn.has(key(r.meetingId, r.taskId))) continue;
    if (!r.carriedFrom) {
      out.push(r);
      continue;
    }
    let origin = r;
    const seen = new Set<string>();
    while (origin.carriedFrom && !seen.has(origin.meetingId)) {
      seen.add(origin.meetingId);
      const prev = find(origin.carriedFrom.meetingId, r.taskId);
      if (!prev) break;
      origin = prev;
    }
    const { carriedFrom: _carried, ...row } = r;
    out.push(
      origin === r
        ? row
        : { ...row, source: origin.source, sourceMeetingId: origin.meetingId, presiding: origin.presiding },
    );
  }
  return out;
}
