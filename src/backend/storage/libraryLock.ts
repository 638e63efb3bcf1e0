/**
 * One writer per data folder: the app and the `bienban` CLI take `bienban.lock` before touching
 * anything (start-up alone removes temp files and may rebuild the index, which would race another
 * writer). Hand-rolled rather than proper-lockfile, whose locks are judged stale by age only: after
 * a crash the app must reopen at once, so a lock whose process is gone is taken over immediately.
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ioError } from '../errors/ioErrors';
import { ServiceError } from '../errors/serviceError';
import { errorCode, type FileSystem, nodeFileSystem } from './fileSystem';
import {
  createExclusive,
  inspectEntry,
  type LockEntry,
  type LockOwner,
  type PresentEntry,
  sameEntry,
} from './lockEntry';

export type { LockOwner } from './lockEntry';

export const LOCK_FILE = 'bienban.lock';
/** The holder refreshes the lock's time this often, for a folder shared between machines. */
const HEARTBEAT_MS = 20_000;
/** A lock not refreshed for this long is left over from a crash: from another machine, or unreadable. */
const FOREIGN_STALE_MS = 90_000;
/** A lock file still empty or garbled this long after creation was left by a crash between create and write. */
const UNREADABLE_STALE_MS = 10_000;
/**
 * A takeover claim still empty this long was left by a taker killed between creating and writing
 * it (a crash test hits that instant): shorter than TAKEOVER_WAIT_MS, so the next opening supersedes
 * it instead of reporting the folder busy. Superseding a live but slow taker stays safe: each taker
 * re-checks the lock before moving it aside and puts back a lock it did not judge stale.
 */
const EMPTY_CLAIM_STALE_MS = 1_500;
const POLL_MS = 200;
/** How long a takeover in progress by a live process is waited for, beyond the caller's own wait. */
const TAKEOVER_WAIT_MS = 2_000;
const TAKEOVER_POLL_MS = 20;
/** Takeover claims are kept this long after use (see `sweepOldClaims`). */
const CLAIM_KEEP_MS = 60 * 60_000;
/** Takeovers in one opening: a dead lock that is back each time it is removed is not fought forever. */
const MAX_TAKEOVERS = 5;
/** Claims superseding dead claims in one takeover: each is a taker that died half-way. */
const MAX_CLAIM_DEPTH = 8;
/** Rounds in a row that found the lock gone or moved before the next round waits a little. */
const MAX_QUICK_ROUNDS = 3;
/** Beyond every wait above: an opening ends by then whatever the folder does. */
const HARD_STOP_MS = 1_000;

export interface LockOptions {
  holder: LockOwner['holder'];
  /** How long to wait for a `bienban` command holding the folder to finish, ms (never for the app). */
  waitMs?: number;
  now?: () => Date;
  /** Whether a process of this machine is running; injectable for tests. */
  isRunning?: (pid: number) => boolean;
  fs?: FileSystem;
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

/** Whether no live Biên Bản can be behind `found`, so that it may be moved aside. */
function isStale(found: PresentEntry, isRunning: (pid: number) => boolean, claim = false): boolean {
  const { owner, ageMs } = found;
  switch (found.kind) {
    case 'foreign':
      return true;
    case 'folder':
      return false;
    case 'garbage':
      return ageMs > (claim && found.text === '' ? EMPTY_CLAIM_STALE_MS : UNREADABLE_STALE_MS);
    case 'unreadable':
      // Perhaps a live holder of another user: it refreshes the lock's time like any holder.
      return ageMs > FOREIGN_STALE_MS;
    case 'owner':
      if (!owner) return false;
      // A second opening in the same process replaces the first (the way tests simulate a restart).
      if (owner.pid === process.pid && owner.host === hostname()) return true;
      if (owner.host === hostname()) return !isRunning(owner.pid);
      return ageMs > FOREIGN_STALE_MS;
  }
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

const locked = (message: string) => new ServiceError('locked', message);

const folderMessage = (path: string) =>
  `Không mở được thư mục dữ liệu: ${path} là một thư mục chứ không phải tệp khóa của Biên Bản. Hãy chuyển thư mục đó đi nơi khác rồi thử lại.`;

const unsettledMessage = (path: string) =>
  `Không mở được thư mục dữ liệu: tệp khóa ${path} cứ xuất hiện lại sau khi được gỡ bỏ, hoặc thay đổi liên tục (có thể do một chương trình đồng bộ tệp). Hãy tạm dừng chương trình đó, hoặc xóa tệp này, rồi thử lại.`;

const tooManyClaimsMessage = (path: string) =>
  `Không mở được thư mục dữ liệu: có quá nhiều lần gỡ tệp khóa ${path} bị bỏ dở. Nếu chắc chắn không còn chương trình Biên Bản nào đang chạy, hãy xóa tệp khóa và các tệp ${LOCK_FILE}.*.takeover bên cạnh rồi thử lại.`;

const unreadableError = (found: PresentEntry, path: string) =>
  ioError(
    found.error,
    `Không mở được thư mục dữ liệu vì không đọc được tệp khóa ${path}`,
    'Có thể một chương trình Biên Bản khác đang dùng thư mục này. Nếu chắc chắn không còn chương trình nào đang chạy, hãy xóa tệp đó rồi thử lại.',
  );

/** The name of the claim on removing one stale file: derived from its content, unique per lock via its token. */
export function claimPath(path: string, staleText: string, depth = 0): string {
  // The depth keeps a chain of claims from naming a claim after itself (an empty claim on an empty lock).
  const named = depth === 0 ? staleText : `${depth}\n${staleText}`;
  return `${path}.${createHash('sha256').update(named).digest('hex').slice(0, 16)}.takeover`;
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
  fs: FileSystem,
  path: string,
  stale: PresentEntry,
  me: LockOwner,
  isRunning: (pid: number) => boolean,
): Promise<'retry' | 'wait'> {
  let claimed = stale.text;
  for (let depth = 0; ; depth++) {
    if (depth >= MAX_CLAIM_DEPTH) throw locked(tooManyClaimsMessage(path));
    const claim = claimPath(path, claimed, depth);
    if (await createExclusive(fs, claim, JSON.stringify(me))) break;
    const other = await inspectEntry(fs, claim);
    if (other.kind === 'absent') return 'retry'; // swept as old meanwhile
    // Won in an earlier round of this opening: still ours to act on.
    if (other.owner?.token === me.token) break;
    // A claim is only ever read: anything but a live taker's claim is superseded, never removed.
    if (other.kind !== 'folder' && !isStale(other, isRunning, true)) return 'wait';
    claimed = other.text;
  }
  if (!sameEntry(await inspectEntry(fs, path), stale)) return 'retry';
  const aside = `${path}.${me.token}.stale`;
  try {
    await fs.rename(path, aside);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return 'retry';
    throw ioError(
      e,
      `Không mở được thư mục dữ liệu vì không gỡ được tệp khóa cũ ${path}`,
      'Chưa có gì trong thư mục dữ liệu bị thay đổi.',
    );
  }
  // Only a holder on another machine judged gone but back could have replaced it: put theirs back.
  const moved = await inspectEntry(fs, aside);
  if (moved.kind === 'owner' && !sameEntry(moved, stale)) {
    await createExclusive(fs, path, moved.text).catch(() => undefined);
  }
  // A link or a pipe is removed as a name only: what it points to is never touched.
  await fs.rm(aside, { force: true }).catch(() => undefined);
  return 'retry';
}

/** Claims outlive their takeover so that a late taker cannot win one again; sweep the old ones. */
async function sweepOldClaims(fs: FileSystem, dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  const cutoff = Date.now() - CLAIM_KEEP_MS;
  for (const name of names) {
    if (!name.startsWith(`${LOCK_FILE}.`) || !/\.(takeover|stale)$/.test(name)) continue;
    const file = join(dataDir, name);
    const info = await fs.lstat(file).catch(() => null);
    // A folder under such a name is not ours to empty.
    if (info && !info.isDirectory() && info.mtimeMs < cutoff) await fs.rm(file, { force: true }).catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireLibraryLock(dataDir: string, options: LockOptions): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE);
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? processIsRunning;
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    holder: options.holder,
    since: now().toISOString(),
    token: randomUUID(),
  };
  const text = JSON.stringify(owner);
  const deadline = Date.now() + (options.waitMs ?? 0);
  const hardStop = deadline + TAKEOVER_WAIT_MS + HARD_STOP_MS;
  let takeovers = 0;
  let quickRounds = 0;
  /** The round found the lock gone or moved: look again at once, but not in a tight loop. */
  const quickly = async () => {
    if (Date.now() >= hardStop) throw locked(unsettledMessage(path));
    if (++quickRounds > MAX_QUICK_ROUNDS) await sleep(TAKEOVER_POLL_MS);
  };

  for (;;) {
    if (await createExclusive(fs, path, text)) break;
    const found: LockEntry = await inspectEntry(fs, path);
    if (found.kind === 'absent') {
      await quickly(); // released meanwhile
      continue;
    }
    if (found.kind === 'folder') throw locked(folderMessage(path));
    if (isStale(found, isRunning)) {
      if (++takeovers > MAX_TAKEOVERS) throw locked(unsettledMessage(path));
      if ((await takeOver(fs, path, found, owner, isRunning)) === 'retry') {
        await quickly();
        continue;
      }
      // Another live process is removing it: a matter of milliseconds.
      if (Date.now() >= deadline + TAKEOVER_WAIT_MS) throw locked(lockedMessage(found.owner, path));
      takeovers--;
      await sleep(TAKEOVER_POLL_MS);
      continue;
    }
    quickRounds = 0;
    // The app holds a folder for hours: only a short `bienban` command is worth waiting for.
    const worthWaiting = found.owner?.holder !== 'app';
    if (!worthWaiting || Date.now() >= deadline) {
      throw found.kind === 'unreadable' ? unreadableError(found, path) : locked(lockedMessage(found.owner, path));
    }
    await sleep(POLL_MS);
  }

  await sweepOldClaims(fs, dataDir);
  const heartbeat = setInterval(() => {
    const t = new Date();
    // Never through a link put in its place.
    fs.lutimes(path, t, t).catch(() => undefined);
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
      const found = await inspectEntry(fs, path);
      if (found.kind === 'owner' && found.owner?.token === owner.token) await fs.rm(path, { force: true });
    },
  };
}
