/** Everything a store needs: the data folder, the file system, one write queue, notices, a clock. */
import { WriteQueue } from './atomicFile';
import { dataPaths, type DataPaths } from './dataPaths';
import { type FileSystem, nodeFileSystem } from './fileSystem';
import { NoticeLog } from './notices';
import type { RecoveryContext } from './recovery';

export interface StorageContext extends RecoveryContext {
  queue: WriteQueue;
}

export interface StorageOptions {
  dataDir: string;
  fs?: FileSystem;
  now?: () => Date;
  notices?: NoticeLog;
}

export async function openStorageContext(options: StorageOptions): Promise<StorageContext> {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const paths: DataPaths = dataPaths(options.dataDir);
  for (const dir of [paths.root, paths.meetings, paths.snapshots, paths.trash, paths.profiles, paths.backups]) {
    await fs.mkdir(dir, { recursive: true });
  }
  return { fs, paths, now, notices: options.notices ?? new NoticeLog(now), queue: new WriteQueue() };
}
