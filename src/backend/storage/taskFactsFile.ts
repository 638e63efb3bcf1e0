/**
 * tasks.json: the follow-up facts of every meeting (see shared/followup/facts.ts), so the first
 * Theo dõi view reads one file instead of every meeting file. Derived data like the index: each
 * meeting's facts carry its `updatedAt`, and facts whose meeting has another one (saved since,
 * restored, recovered) are taken again from the meeting file; a missing or damaged file is simply
 * rebuilt. Kept compact for 100,000 tasks: arrays instead of objects, and the names that repeat
 * (units, presiding officials, issuer codes, profiles) in one table referred to by position.
 *
 *   {"schemaVersion":1,"names":[…],"meetings":[[id, updatedAt, number, issuerCode#, profileId#,
 *     sourceDate, meetingDate, presiding#, [[taskId, text, lead#, [support#…], deadline, dueDate,
 *     status#, doneOn, pauseReason, extended 0|1, lastNote, carriedFrom], …]], …]}
 *
 * Reading checks every value's type by hand (zod over 100,000 rows costs more than the read itself);
 * one wrong value discards the whole file.
 */
import type { MeetingFacts, TaskFacts } from '../../shared/followup/facts';
import { TASK_STATUSES } from '../../shared/followup/schema';
import { type JsonFileContext, readRegularFile, writeFileText } from './jsonFile';
import { decodeJson } from './jsonText';

const SCHEMA_VERSION = 1;

/** The file's text for the facts of every meeting. */
export function serializeTaskFacts(all: Iterable<MeetingFacts>): string {
  const names: string[] = [];
  const at = new Map<string, number>();
  const name = (s: string) => {
    let i = at.get(s);
    if (i === undefined) {
      i = names.length;
      names.push(s);
      at.set(s, i);
    }
    return i;
  };
  const meetings: unknown[] = [];
  for (const f of all) {
    meetings.push([
      f.meetingId,
      f.updatedAt,
      f.notice.number,
      name(f.notice.issuerCode),
      name(f.notice.profileId),
      f.sourceDate,
      f.meetingDate,
      name(f.presiding),
      f.tasks.map((t) => [
        t.taskId,
        t.text,
        name(t.lead),
        t.support.map(name),
        t.deadline,
        t.dueDate,
        TASK_STATUSES.indexOf(t.status),
        t.doneOn,
        t.pauseReason,
        t.extended ? 1 : 0,
        t.lastNote,
        t.carriedFrom,
      ]),
    ]);
  }
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, names, meetings })}\n`;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The facts in `text`, or null when anything in it is not as written (then it is rebuilt). */
export function parseTaskFacts(bytes: Uint8Array | string): MeetingFacts[] | null {
  const decoded = decodeJson(bytes);
  if (!decoded.ok) return null;
  const root = decoded.value as { schemaVersion?: unknown; names?: unknown; meetings?: unknown };
  if (root === null || typeof root !== 'object' || root.schemaVersion !== SCHEMA_VERSION) return null;
  const { names, meetings } = root;
  if (!Array.isArray(names) || !names.every(isString) || !Array.isArray(meetings)) return null;
  const name = (v: unknown): string => {
    const s = typeof v === 'number' ? (names[v] as string | undefined) : undefined;
    if (s === undefined) throw new Broken();
    return s;
  };
  const str = (v: unknown): string => {
    if (typeof v !== 'string') throw new Broken();
    return v;
  };
  const list = (v: unknown, length?: number): unknown[] => {
    if (!Array.isArray(v) || (length !== undefined && v.length !== length)) throw new Broken();
    return v;
  };
  try {
    return meetings.map((raw): MeetingFacts => {
      const m = list(raw, 9);
      return {
        meetingId: str(m[0]),
        updatedAt: str(m[1]),
        notice: { number: str(m[2]), issuerCode: name(m[3]), profileId: name(m[4]) },
        sourceDate: str(m[5]),
        meetingDate: str(m[6]),
        presiding: name(m[7]),
        tasks: list(m[8]).map((rawTask): TaskFacts => {
          const t = list(rawTask, 12);
          const status = Number.isInteger(t[6]) ? TASK_STATUSES[t[6] as number] : undefined;
          if (status === undefined || (t[9] !== 0 && t[9] !== 1)) throw new Broken();
          return {
            taskId: str(t[0]),
            text: str(t[1]),
            lead: name(t[2]),
            support: list(t[3]).map(name),
            deadline: str(t[4]),
            dueDate: str(t[5]),
            status,
            doneOn: str(t[7]),
            pauseReason: str(t[8]),
            extended: t[9] === 1,
            lastNote: str(t[10]),
            carriedFrom: str(t[11]),
          };
        }),
      };
    });
  } catch (e) {
    if (e instanceof Broken) return null;
    throw e;
  }
}

class Broken extends Error {}

/** The facts on disk, or null when there are none usable (missing, damaged, not a file, unreadable). */
export async function readTaskFacts(ctx: JsonFileContext): Promise<MeetingFacts[] | null> {
  const read = await readRegularFile(ctx.fs, ctx.paths.tasks);
  return read.state === 'ok' ? parseTaskFacts(read.bytes) : null;
}

/** Written atomically; a failure is the caller's to ignore (derived data: the next view rebuilds it). */
export async function writeTaskFacts(ctx: JsonFileContext, all: Iterable<MeetingFacts>): Promise<void> {
  if (ctx.readOnly) return;
  await writeFileText(ctx, ctx.paths.tasks, serializeTaskFacts(all));
}
