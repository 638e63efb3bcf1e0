/**
 * Schema migrations run on read. Each step takes the raw JSON of version N and returns version N+1.
 * A file without `schemaVersion` is version 0 (the pre-release draft shape).
 */
import { problemsOf, type FieldProblem } from './errors';
import { SCHEMA_VERSION } from './meeting';
import { Meeting as MeetingV1 } from './v1/schema';
import { meetingV1toV2 } from './v1/toV2';

type Raw = Record<string, unknown>;

export class MigrationError extends Error {
  /** Problems found in the file's own version, with that version's field paths. */
  readonly problems: FieldProblem[];
  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }
}

/** migrations[n] upgrades version n to n+1. */
const migrations: Record<number, (m: Raw) => Raw> = {
  // 0 -> 1: pre-release drafts named the chair `chair` and kept the profile as a bare id string.
  0: (m) => {
    const { chair, profile, ...rest } = m;
    return {
      ...rest,
      presiding: rest.presiding ?? chair,
      profile: typeof profile === 'string' ? { id: profile, version: 1 } : profile,
      schemaVersion: 1,
    };
  },
  // 1 -> 2: read through the frozen version 1 schema (defaults filled in), then restructured.
  1: (m) => {
    const v1 = MeetingV1.safeParse(m);
    if (!v1.success)
      throw new MigrationError('Tệp phiên bản 1 không hợp lệ, chưa chuyển đổi được.', problemsOf(v1.error));
    return meetingV1toV2(v1.data) as Raw;
  },
};

export function migrateMeeting(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw; // the schema reports it
  let m = raw as Raw;
  let version = m.schemaVersion === undefined ? 0 : m.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return raw;
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(
      `Tệp được tạo bởi phiên bản Biên Bản mới hơn (schemaVersion ${version}); hãy cập nhật ứng dụng để mở.`,
    );
  }
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new MigrationError(`Không có bước chuyển đổi từ schemaVersion ${version}.`);
    m = step(m);
    version += 1;
  }
  return m;
}

/** The schema version a raw meeting file was written in (0 when it has none), or null when unreadable. */
export function schemaVersionOf(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const v = (raw as Raw).schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}
