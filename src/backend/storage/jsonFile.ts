/**
 * The one persistence path for every JSON file of the data folder (meetings, settings, directory,
 * profiles, snapshots, trash, the index): reads take regular files only and decode them strictly
 * (jsonText.ts); writes are atomic and queued per file (atomicFile.ts); a file that fails to parse or
 * validate is moved to `quarantine/` (never overwritten), its `.bak` copy or a fallback is restored,
 * and the user is told. An entry that cannot be read at all is reported and skipped: it never stops
 * the rest of the library from opening.
 */
import { constants } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ParseResult } from '../../shared/model/parse';
import { describeProblems } from '../../shared/model/errors';
import { ioCause } from '../errors/ioErrors';
import { BACKUP_SUFFIX, writeFileAtomic, type WriteQueue } from './atomicFile';
import type { DataPaths } from './dataPaths';
import { errorCode, type FileSystem, isMissing } from './fileSystem';
import { decodeJson } from './jsonText';
import type { NoticeLog } from './notices';

export interface JsonFileContext {
  fs: FileSystem;
  paths: DataPaths;
  notices: NoticeLog;
  now: () => Date;
  queue: WriteQueue;
  /** The data folder cannot be written (and is not locked): every write is refused before it starts. */
  readOnly: boolean;
}

export type FileRead =
  | { state: 'ok'; bytes: Uint8Array }
  | { state: 'missing' }
  /** Something else under a file's name (a folder, a link, a pipe): moved aside like a damaged file. */
  | { state: 'not-a-file'; reason: string }
  /** Present but refused (permissions, a disk error): reported, left as it is. */
  | { state: 'unreadable'; error: unknown };

/** Never follow a link, never wait on a pipe (both flags are 0 where the platform lacks them). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The bytes of `file` when it is a regular file; what stands there otherwise. */
export async function readRegularFile(fs: FileSystem, file: string): Promise<FileRead> {
  let handle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (e) {
    if (isMissing(e)) return { state: 'missing' };
    if (errorCode(e) === 'ELOOP')
      return { state: 'not-a-file', reason: 'đây là một liên kết (symlink), không phải tệp' };
    if (errorCode(e) === 'EISDIR') return { state: 'not-a-file', reason: 'đây là một thư mục, không phải tệp' };
    return { state: 'unreadable', error: e };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { state: 'not-a-file', reason: 'đây là một thư mục, không phải tệp' };
    if (!info.isFile()) return { state: 'not-a-file', reason: 'đây không phải tệp thông thường' };
    return { state: 'ok', bytes: await handle.readFile() };
  } catch (e) {
    return { state: 'unreadable', error: e };
  } finally {
    await handle.close().catch(() => undefined);
  }
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

/** What a write finds when the data folder is read-only: mapped like the operating system's refusal. */
function readOnlyRefusal(ctx: JsonFileContext): Error {
  return Object.assign(new Error(`read-only data folder ${ctx.paths.root}`), { code: 'EACCES' });
}

/** Write text (or bytes) atomically through the file's queue: the last call always wins on disk. */
export function writeFileText(
  ctx: JsonFileContext,
  file: string,
  data: string | Uint8Array,
  options: { keepBackup?: boolean } = {},
): Promise<void> {
  if (ctx.readOnly) return Promise.reject(readOnlyRefusal(ctx));
  return ctx.queue.run(file, () => writeFileAtomic(file, data, { fs: ctx.fs, keepBackup: options.keepBackup }));
}

/** Serialise now, write atomically; pretty by default (small files a person may need to read). */
export function writeJsonFile(
  ctx: JsonFileContext,
  file: string,
  value: unknown,
  options: { keepBackup?: boolean; compact?: boolean } = {},
): Promise<void> {
  const text = options.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2) + '\n';
  return writeFileText(ctx, file, text, options);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** Move a bad entry aside under a name that is never reused, keeping where it came from. */
export async function quarantine(ctx: JsonFileContext, file: string): Promise<string> {
  if (ctx.readOnly) throw readOnlyRefusal(ctx);
  await ctx.fs.mkdir(ctx.paths.quarantine, { recursive: true });
  const origin = relative(ctx.paths.root, file).replace(/[\\/]/g, '__');
  let target = join(ctx.paths.quarantine, `${stamp(ctx.now())}-${origin}`);
  for (let n = 2; (await ctx.fs.lstat(target).catch(() => null)) !== null; n++)
    target = join(ctx.paths.quarantine, `${stamp(ctx.now())}-${n}-${origin}`);
  await ctx.fs.rename(file, target);
  return target;
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
  /** Where to look for the lost content when nothing could be recovered (default: snapshots or backups). */
  whereElse?: string;
}

/**
 * Read and validate `file`. Missing: null. Unreadable: reported and null, left as it is. Damaged (or
 * a folder, link or pipe in its place): quarantined, recovered from `.bak` or the fallback when
 * possible (returned, and written back unless the folder is read-only), otherwise null; a notice
 * says what happened either way.
 */
export async function readWithRecovery<T>(
  ctx: JsonFileContext,
  file: string,
  subject: ReadSubject<T>,
): Promise<T | null> {
  const read = await readRegularFile(ctx.fs, file);
  if (read.state === 'missing') return null;
  const rel = relative(ctx.paths.root, file);
  if (read.state === 'unreadable') {
    ctx.notices.add(
      rel,
      `Không đọc được tệp ${subject.what} (${rel}): ${ioCause(read.error, { op: 'read' })}. Tệp được bỏ qua và để nguyên.`,
      subject.meetingId,
    );
    return null;
  }
  let reason: string;
  if (read.state === 'ok') {
    const checked = checkJson(read.bytes, (raw) => subject.validate(raw));
    if (checked.ok) return checked.value;
    reason = checked.reason;
  } else {
    reason = read.reason;
  }

  let head = `Tệp ${subject.what} (${rel}) bị hỏng: ${reason}.`;
  let moved = false;
  try {
    head += ` Tệp hỏng đã được chuyển sang ${relative(ctx.paths.root, await quarantine(ctx, file))}, không bị xóa.`;
    moved = true;
  } catch (e) {
    head += ` Không chuyển được tệp hỏng sang quarantine (${ioCause(e, { dataDir: ctx.paths.root })}); tệp được để nguyên.`;
  }

  const bakFile = file + BACKUP_SUFFIX;
  const bak = await readRegularFile(ctx.fs, bakFile);
  const fromBak = bak.state === 'ok' ? checkJson(bak.bytes, (raw) => subject.validate(raw)) : null;
  const why =
    bak.state !== 'missing' ? `bản sao ${basename(bakFile)} cũng không dùng được` : 'không có bản sao trước đó';
  let recovered: { value: T; bytes: string | Uint8Array; said: string };
  if (bak.state === 'ok' && fromBak?.ok) {
    const extra = subject.describeRecovered?.(fromBak.value);
    recovered = {
      value: fromBak.value,
      bytes: bak.bytes,
      said: `Đã khôi phục bản lưu tốt trước đó${extra ? ` (${extra})` : ''}; các thay đổi sau lần lưu đó có thể bị mất.`,
    };
  } else {
    const last = await subject.fallback?.();
    if (!last) {
      ctx.notices.add(
        rel,
        `${head} Không khôi phục được vì ${why}; ${subject.whereElse ?? 'có thể lấy lại từ bản chụp hoặc bản sao lưu'}.`,
        subject.meetingId,
      );
      return null;
    }
    const extra = subject.describeRecovered?.(last.value);
    recovered = {
      value: last.value,
      bytes: JSON.stringify(last.value, null, 2) + '\n',
      said: `Vì ${why}, đã khôi phục từ ${last.from}${extra ? ` (${extra})` : ''}; các thay đổi sau thời điểm đó có thể bị mất.`,
    };
  }
  let kept = '';
  if (moved) {
    try {
      await writeFileText(ctx, file, recovered.bytes);
    } catch (e) {
      kept = ` Chưa ghi lại được bản khôi phục (${ioCause(e, { dataDir: ctx.paths.root })}).`;
    }
  }
  ctx.notices.add(rel, `${head} ${recovered.said}${kept}`, subject.meetingId);
  return recovered.value;
}
