/**
 * One writer per data folder: the app and the `bienban` CLI take `bienban.lock` before touching
 * anything (start-up alone removes temp files and may rebuild the index, which would race another
 * writer). Hand-rolled rather than proper-lockfile, whose locks are judged stale by age only: after
 * a crash the app must reopen at once, so a lock whose process is gone is taken over immediately.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../errors/serviceError';
import { errorCode } from './fileSystem';

export const LOCK_FILE = 'bienban.lock';
/** The holder refreshes the lock's time this often, for a folder shared between machines. */
const HEARTBEAT_MS = 20_000;
/** A lock from another machine not refreshed for this long is left over from a crash. */
const FOREIGN_STALE_MS = 90_000;
/** A lock file still empty this long after creation was left by a crash between create and write. */
const UNREADABLE_STALE_MS = 10_000;
const POLL_MS = 200;
/** How long a takeover in progress by a live process is waited for, beyond the caller's own wait. */
const TAKEOVER_WAIT_MS = 2_000;
const TAKEOVER_POLL_MS = 20;
/** Takeover claims are kept this long after use (see `sweepOldClaims`). */
const CLAIM_KEEP_MS = 60 * 60_000;

const ownerSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  /** `app` or `cli`: who to ask the user to close. */
  holder: z.enum(['app', 'cli']),
  since: z.string(),
  token: z.string(),
});
export type LockOwner = z.infer<typeof ownerSchema>;

export interface LockOptions {
  holder: LockOwner['holder'];
  /** How long to wait for a `bienban` command holding the folder to finish, ms (never for the app). */
  waitMs?: number;
  now?: () => Date;
  /** Whether a process of this machine is running; injectable for tests. */
  isRunning?: (pid: number) => boolean;
}

export interface LibraryLock {
  path: string;
  owner: LockOwner;
  release(): Promise<void>;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return errorCode(e) === 'EPERM';
  }
}

interface FoundLock {
  text: string;
  owner: LockOwner | null;
  ageMs: number;
  /** Tells a lock from a later one with the same text (an empty file left by a crash, say). */
  ino: number;
}

async function readOwner(path: string): Promise<FoundLock | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let owner: LockOwner | null = null;
    try {
      const parsed = ownerSchema.safeParse(JSON.parse(text));
      if (parsed.success) owner = parsed.data;
    } catch {
      owner = null;
    }
    return { text, owner, ageMs: Date.now() - info.mtimeMs, ino: info.ino };
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw e;
  }
}

function isStale(found: FoundLock, isRunning: (pid: number) => boolean): boolean {
  const { owner, ageMs } = found;
  if (!owner) return ageMs > UNREADABLE_STALE_MS;
  // A second opening in the same process replaces the first (the way tests simulate a restart).
  if (owner.pid === process.pid && owner.host === hostname()) return true;
  if (owner.host === hostname()) return !isRunning(owner.pid);
  return ageMs > FOREIGN_STALE_MS;
}

/** The Vietnamese message for a folder someone else holds, saying who and what to do. */
export function lockedMessage(owner: LockOwner | null, lockPath: string): string {
  const since = owner ? new Date(owner.since) : null;
  const two = (n: number) => String(n).padStart(2, '0');
  const when =
    since && !Number.isNaN(since.getTime())
      ? ` từ ${two(since.getHours())}:${two(since.getMinutes())} ngày ${two(since.getDate())}/${two(since.getMonth() + 1)}/${since.getFullYear()}`
      : '';
  const who = !owner
    ? 'một chương trình Biên Bản khác'
    : owner.holder === 'app'
      ? `ứng dụng Biên Bản (tiến trình ${owner.pid}${owner.host === hostname() ? '' : ` trên máy ${owner.host}`}${when})`
      : `một lệnh bienban khác (tiến trình ${owner.pid}${when})`;
  const advice =
    owner?.holder === 'app' ? 'Hãy đóng ứng dụng rồi thử lại.' : 'Hãy chờ chương trình đó xong rồi thử lại.';
  return `Thư mục dữ liệu đang được ${who} sử dụng. ${advice} Nếu chắc chắn không còn chương trình nào đang chạy, hãy xóa tệp ${lockPath}.`;
}

/** Create `file` holding `owner` unless it exists: `wx` is atomic on every file system, FAT32 sticks included. */
async function createExclusive(file: string, owner: LockOwner): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(owner), { flag: 'wx' });
    return true;
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    throw e;
  }
}

/** The name of the claim on removing one stale file: derived from its content, unique per lock via its token. */
export function claimPath(path: string, staleText: string): string {
  return `${path}.${createHash('sha256').update(staleText).digest('hex').slice(0, 16)}.takeover`;
}

/**
 * Remove the stale lock `stale`, or learn that another process is doing so. Several processes may
 * judge the same lock stale at once; moving it aside is safe only for one of them, so each first
 * creates (`wx`) a claim named after the stale lock. Exactly one wins it; a claim left by a taker
 * that died is superseded by a claim on that claim, never removed, so no two takers act at once.
 * The winner checks that the lock is still the one judged stale: a slow taker arriving after the
 * lock was replaced touches nothing.
 */
async function takeOver(
  path: string,
  stale: FoundLock,
  me: LockOwner,
  isRunning: (pid: number) => boolean,
): Promise<'retry' | 'wait'> {
  let claimed = stale.text;
  for (;;) {
    const claim = claimPath(path, claimed);
    if (await createExclusive(claim, me)) break;
    const other = await readOwner(claim);
    if (!other) continue; // swept as old meanwhile
    if (!isStale(other, isRunning)) return 'wait';
    claimed = other.text;
  }
  const now = await readOwner(path);
  if (!now || now.text !== stale.text || now.ino !== stale.ino) return 'retry';
  const aside = `${path}.${me.token}.stale`;
  try {
    await rename(path, aside);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return 'retry';
    throw e;
  }
  // Only a holder on another machine judged gone but back could have replaced it: put theirs back.
  const moved = await readFile(aside, 'utf8').catch(() => stale.text);
  if (moved !== stale.text) await writeFile(path, moved, { flag: 'wx' }).catch(() => undefined);
  await rm(aside, { force: true });
  return 'retry';
}

/** Claims outlive their takeover so that a late taker cannot win one again; sweep the old ones. */
async function sweepOldClaims(dataDir: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const cutoff = Date.now() - CLAIM_KEEP_MS;
  for (const name of names) {
    if (!name.startsWith(`${LOCK_FILE}.`) || !/\.(takeover|stale)$/.test(name)) continue;
    const file = join(dataDir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireLibraryLock(dataDir: string, options: LockOptions): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE);
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? processIsRunning;
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    holder: options.holder,
    since: now().toISOString(),
    token: randomUUID(),
  };
  const deadline = Date.now() + (options.waitMs ?? 0);

  for (;;) {
    if (await createExclusive(path, owner)) break;
    const found = await readOwner(path);
    if (!found) continue; // released meanwhile
    if (isStale(found, isRunning)) {
      if ((await takeOver(path, found, owner, isRunning)) === 'retry') continue;
      // Another live process is removing it: a matter of milliseconds.
      if (Date.now() >= deadline + TAKEOVER_WAIT_MS) throw new ServiceError('locked', lockedMessage(found.owner, path));
      await sleep(TAKEOVER_POLL_MS);
      continue;
    }
    // The app holds a folder for hours: only a short `bienban` command is worth waiting for.
    const worthWaiting = found.owner?.holder !== 'app';
    if (!worthWaiting || Date.now() >= deadline) throw new ServiceError('locked', lockedMessage(found.owner, path));
    await sleep(POLL_MS);
  }

  await sweepOldClaims(dataDir);
  const heartbeat = setInterval(() => {
    const t = new Date();
    utimes(path, t, t).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();

  let released = false;
  return {
    path,
    owner,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      // Only our own lock: a later opening in this process may have taken it over.
      const found = await readOwner(path).catch(() => null);
      if (found?.owner?.token === owner.token) await rm(path, { force: true });
    },
  };
}
