/** A follow-up row as the screen, the CLI and the IPC contract see it (checked at the boundary). */
import { z } from 'zod';
import { TASK_STATES } from './state';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'paused'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TaskStateSchema = z.enum(TASK_STATES);

export const FollowupRow = z.object({
  meetingId: z.string(),
  taskId: z.string(),
  /** The task's text as typed in the notice. */
  text: z.string(),
  lead: z.string(),
  support: z.array(z.string()),
  /** The deadline follow-up counts against, as typed: a date `YYYY-MM-DD`, a phrase, or empty. */
  deadline: z.string(),
  /** Its due date `YYYY-MM-DD`, or empty when the deadline gives none. */
  dueDate: z.string(),
  state: TaskStateSchema,
  status: z.enum(TASK_STATUSES),
  doneOn: z.string(),
  pauseReason: z.string(),
  /** True when the deadline is an extension's, not the notice's. */
  extended: z.boolean(),
  /** The notice that assigned the task: its number as printed (`15-TB/QU`, empty while unassigned) and date. */
  source: z.object({ number: z.string(), date: z.string() }),
  /** The meeting whose notice assigned the task (the one it was first carried from), else `meetingId`. */
  sourceMeetingId: z.string(),
  /** The meeting the task was assigned at and the one that holds it now (they differ once carried). */
  meetingDate: z.string(),
  presiding: z.string(),
  /** The latest progress note's text, or empty. */
  lastNote: z.string(),
});
export type FollowupRow = z.infer<typeof FollowupRow>;
