/**
 * Schema migrations run on read. Each step takes the raw JSON of version N and returns version N+1.
 * A file without `schemaVersion` is version 0 (the pre-release draft shape).
 */
import { SCHEMA_VERSION } from './meeting';

type Raw = Record<string, unknown>;

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
};

export class MigrationError extends Error {}

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
