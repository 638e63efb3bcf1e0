/**
 * What is found at a lock or takeover-claim path, looked at without trusting it: never following a
 * link, never opening anything but a regular file, never reading more than an owner can hold. And
 * the exclusive creation of such a file, which leaves nothing half-written behind when it fails.
 */
import { constants } from 'node:fs';
import { z } from 'zod';
import { ioError } from '../errors/ioErrors';
import { errorCode, type FileSystem } from './fileSystem';

export const ownerSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  /** `app` or `cli`: who to ask the user to close. */
  holder: z.enum(['app', 'cli']),
  since: z.string(),
  token: z.string(),
});
export type LockOwner = z.infer<typeof ownerSchema>;

/** An owner is about 150 bytes; a larger file is garbage and is not read into memory. */
const MAX_OWNER_BYTES = 4096;

/**
 * `owner`: a regular file naming its holder. `garbage`: a regular file that does not (empty, cut
 * short, too large). `unreadable`: a regular file that cannot be read (permissions, a disk error).
 * `foreign`: a link, a pipe or a device, which Biên Bản never makes. `folder`: a folder.
 */
export type LockEntry =
  | { kind: 'absent' }
  | {
      kind: 'owner' | 'garbage' | 'unreadable' | 'foreign' | 'folder';
      /** Tells this entry from another at the same path; names its takeover claim. */
      text: string;
      owner: LockOwner | null;
      ageMs: number;
      ino: number;
      error?: unknown;
    };
export type PresentEntry = Exclude<LockEntry, { kind: 'absent' }>;

/** No link is followed and a pipe opened by mistake never blocks (flags absent on Windows count as 0). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export async function inspectEntry(fs: FileSystem, path: string): Promise<LockEntry> {
  let info;
  try {
    info = await fs.lstat(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unreadable', text: `unreadable ${errorCode(e)}`, owner: null, ageMs: 0, ino: 0, error: e };
  }
  const seen = { owner: null, ageMs: Date.now() - info.mtimeMs, ino: info.ino };
  if (info.isDirectory()) return { kind: 'folder', text: `folder ${info.ino}`, ...seen };
  if (!info.isFile()) return { kind: 'foreign', text: `foreign ${info.ino}`, ...seen };
  if (info.size > MAX_OWNER_BYTES) return { kind: 'garbage', text: `${info.size} bytes ${info.ino}`, ...seen };

  let handle;
  try {
    handle = await fs.open(path, READ_FLAGS);
  } catch (e) {
    // Removed or replaced by a link since the look above: what is there now is looked at again.
    if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ELOOP') return { kind: 'absent' };
    return { kind: 'unreadable', text: `unreadable ${info.ino}`, ...seen, error: e };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== info.ino) return { kind: 'absent' };
    const buffer = Buffer.alloc(MAX_OWNER_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const owner = parseOwner(text);
    return { kind: owner ? 'owner' : 'garbage', text, owner, ageMs: Date.now() - opened.mtimeMs, ino: opened.ino };
  } catch (e) {
    return { kind: 'unreadable', text: `unreadable ${info.ino}`, ...seen, error: e };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = ownerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The same file, unchanged: it may be acted on as judged. */
export function sameEntry(a: LockEntry, b: LockEntry): boolean {
  return a.kind !== 'absent' && b.kind !== 'absent' && a.kind === b.kind && a.text === b.text && a.ino === b.ino;
}

/**
 * Create `file` holding `content` unless it exists: `wx` is atomic on every file system, FAT32
 * sticks included. A write that fails (a full disk) removes the file it created, so that no one
 * takes an empty or cut-short lock for a live holder; the error names the real cause.
 */
export async function createExclusive(fs: FileSystem, file: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    throw lockWriteError(e, file);
  }
  const mine = await handle.stat().catch(() => null);
  try {
    await handle.writeFile(content);
    await handle.close();
    return true;
  } catch (e) {
    await handle.close().catch(() => undefined);
    // Only the very file created above: never one another process put there since.
    const there = await fs.lstat(file).catch(() => null);
    if (mine && there && there.ino === mine.ino && there.dev === mine.dev) await fs.unlink(file).catch(() => undefined);
    throw lockWriteError(e, file);
  }
}

const lockWriteError = (e: unknown, file: string) =>
  ioError(
    e,
    `Không mở được thư mục dữ liệu vì không ghi được tệp khóa ${file}`,
    'Chưa có gì trong thư mục dữ liệu bị thay đổi.',
  );
