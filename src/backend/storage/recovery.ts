/**
 * Reading with recovery: a file that fails to parse or validate is moved aside to `quarantine/`
 * (never overwritten), its `.bak` copy is restored when that one is good, and the user is told.
 */
import { basename, join, relative } from 'node:path';
import type { ParseResult } from '../../shared/model/parse';
import { describeProblems } from '../../shared/model/errors';
import { BACKUP_SUFFIX, writeFileAtomic } from './atomicFile';
import type { DataPaths } from './dataPaths';
import { type FileSystem, isMissing } from './fileSystem';
import { decodeJson } from './jsonText';
import type { NoticeLog } from './notices';

export interface RecoveryContext {
  fs: FileSystem;
  paths: DataPaths;
  notices: NoticeLog;
  now: () => Date;
}

export interface ReadSubject<T> {
  /** Vietnamese phrase for the notice: `tệp cài đặt`, `buổi làm việc abc`. */
  what: string;
  meetingId?: string;
  validate(raw: unknown): ParseResult<T>;
  /** Extra words about the recovered value, e.g. its subject and date. */
  describeRecovered?(value: T): string;
  /** Last resort when `.bak` is unusable too, e.g. the newest snapshot; `from` names it for the notice. */
  fallback?(): Promise<{ value: T; from: string } | null>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Decode bytes as JSON (strict UTF-8, depth-limited, no prototype keys) and validate; the reason is Vietnamese. */
export function checkJson<T>(bytes: Uint8Array | string, validate: (raw: unknown) => ParseResult<T>): Checked<T> {
  const decoded = decodeJson(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const r = validate(decoded.value);
  return r.ok
    ? { ok: true, value: r.value }
    : { ok: false, reason: `dữ liệu không hợp lệ (${describeProblems(r.problems.slice(0, 3)).replace(/\n/g, '; ')})` };
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** Move a bad file aside under a name that is never reused, keeping where it came from. */
export async function quarantine(ctx: RecoveryContext, file: string): Promise<string> {
  await ctx.fs.mkdir(ctx.paths.quarantine, { recursive: true });
  const origin = relative(ctx.paths.root, file).replace(/[\\/]/g, '__');
  let target = join(ctx.paths.quarantine, `${stamp(ctx.now())}-${origin}`);
  for (let n = 2; await exists(ctx.fs, target); n++)
    target = join(ctx.paths.quarantine, `${stamp(ctx.now())}-${n}-${origin}`);
  await ctx.fs.rename(file, target);
  return target;
}

async function exists(fs: FileSystem, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (e) {
    if (isMissing(e)) return false;
    throw e;
  }
}

/**
 * Read and validate `file`. Missing: null. Bad: quarantined, recovered from `.bak` when possible
 * (returned), otherwise null; a notice says what happened either way.
 */
export async function readWithRecovery<T>(
  ctx: RecoveryContext,
  file: string,
  subject: ReadSubject<T>,
): Promise<T | null> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.fs.readFile(file);
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
  const checked = checkJson(bytes, (raw) => subject.validate(raw));
  if (checked.ok) return checked.value;

  const moved = await quarantine(ctx, file);
  const rel = relative(ctx.paths.root, file);
  const movedRel = relative(ctx.paths.root, moved);
  const head = `Tệp ${subject.what} (${rel}) bị hỏng: ${checked.reason}. Tệp hỏng đã được chuyển sang ${movedRel}, không bị xóa.`;

  const bakFile = file + BACKUP_SUFFIX;
  let bak: Uint8Array | null = null;
  try {
    bak = await ctx.fs.readFile(bakFile);
  } catch (e) {
    if (!isMissing(e)) throw e;
  }
  const fromBak = bak ? checkJson(bak, (raw) => subject.validate(raw)) : null;
  if (bak && fromBak?.ok) {
    await writeFileAtomic(file, bak, { fs: ctx.fs });
    const extra = subject.describeRecovered?.(fromBak.value);
    ctx.notices.add(
      rel,
      `${head} Đã khôi phục bản lưu tốt trước đó${extra ? ` (${extra})` : ''}; các thay đổi sau lần lưu đó có thể bị mất.`,
      subject.meetingId,
    );
    return fromBak.value;
  }
  const why = bak ? `bản sao ${basename(bakFile)} cũng không dùng được` : 'không có bản sao trước đó';
  const last = await subject.fallback?.();
  if (last) {
    await writeFileAtomic(file, JSON.stringify(last.value, null, 2) + '\n', { fs: ctx.fs });
    const extra = subject.describeRecovered?.(last.value);
    ctx.notices.add(
      rel,
      `${head} Vì ${why}, đã khôi phục từ ${last.from}${extra ? ` (${extra})` : ''}; các thay đổi sau thời điểm đó có thể bị mất.`,
      subject.meetingId,
    );
    return last.value;
  }
  ctx.notices.add(
    rel,
    `${head} Không khôi phục được vì ${why}; có thể lấy lại từ bản chụp hoặc bản sao lưu.`,
    subject.meetingId,
  );
  return null;
}
