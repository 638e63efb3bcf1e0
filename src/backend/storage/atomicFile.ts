/**
 * Atomic, durable file replacement: temp file in the same folder, fsync, keep the previous copy as
 * `<file>.bak`, rename over the target, fsync the folder. A crash at any instant leaves either the
 * old or the new content under the target name, never a mix.
 */
import { basename, dirname, join } from 'node:path';
import { errorCode, type FileSystem, isMissing, nodeFileSystem } from './fileSystem';

export const BACKUP_SUFFIX = '.bak';
export const TEMP_SUFFIX = '.tmp';

export interface AtomicWriteOptions {
  fs?: FileSystem;
  /** Keep the replaced content as `<file>.bak` (a hard link: no extra bytes written). */
  keepBackup?: boolean;
  /** Test hook: how long to wait between rename retries (ms). */
  retryDelayMs?: number;
}

/** Windows reports a file held open by an antivirus or indexer with these; they clear within moments. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 6;

let tempCounter = 0;

export function tempPathFor(file: string): string {
  tempCounter = (tempCounter + 1) % 1_000_000;
  return join(dirname(file), `.${basename(file)}.${process.pid}.${tempCounter}${TEMP_SUFFIX}`);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function renameWithRetry(fs: FileSystem, from: string, to: string, delayMs: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      if (attempt >= RENAME_ATTEMPTS || !TRANSIENT_RENAME_CODES.has(errorCode(e))) throw e;
      await sleep(delayMs * 2 ** (attempt - 1));
    }
  }
}

/** fsync a folder so the rename itself survives power loss; not possible on Windows, harmless to skip. */
export async function syncDir(fs: FileSystem, dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows: the platform gives no way to do it.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Point `<file>.bak` at the current content before it is replaced. */
async function keepPreviousCopy(fs: FileSystem, file: string): Promise<void> {
  const bak = file + BACKUP_SUFFIX;
  const staging = tempPathFor(bak);
  try {
    try {
      await fs.link(file, staging);
    } catch (e) {
      if (isMissing(e)) return; // first write: nothing to keep
      // File systems without hard links (FAT32 USB sticks): copy instead.
      await fs.copyFile(file, staging);
    }
    await renameWithRetry(fs, staging, bak, 20);
  } catch (e) {
    await fs.rm(staging, { force: true }).catch(() => undefined);
    throw e;
  }
}

export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const tmp = tempPathFor(file);
  try {
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The copy is a second line of defence: failing to refresh it must not refuse the save itself.
    if (options.keepBackup) await keepPreviousCopy(fs, file).catch(() => undefined);
    await renameWithRetry(fs, tmp, file, options.retryDelayMs ?? 20);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDir(fs, dirname(file));
}

/**
 * One writer per file: writes to the same path run one after another in call order, so a slow
 * earlier write can never land after a later one.
 */
export class WriteQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(file: string, job: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(job);
    const tail = next.catch(() => undefined);
    this.tails.set(file, tail);
    void tail.then(() => {
      if (this.tails.get(file) === tail) this.tails.delete(file);
    });
    return next;
  }

  /** Resolves when every queued write has settled. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
