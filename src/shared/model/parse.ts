/** One way in for a meeting from outside (file, IPC, import): migrate, clean text, validate. */
import { cleanDeep } from '../text/vietnamese';
import { type FieldProblem, problemsOf } from './errors';
import { Meeting } from './meeting';
import { MigrationError, migrateMeeting } from './migrate';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function parseMeeting(raw: unknown): ParseResult<Meeting> {
  let migrated: unknown;
  try {
    migrated = migrateMeeting(raw);
  } catch (e) {
    if (e instanceof MigrationError)
      return { ok: false, problems: e.problems.length ? e.problems : [{ path: 'schemaVersion', message: e.message }] };
    throw e;
  }
  const result = Meeting.safeParse(cleanDeep(migrated));
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsOf(result.error) };
}
