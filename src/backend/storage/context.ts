/** Everything a store needs: the data folder, the file system, one write queue, notices, a clock. */
import { ServiceError } from '../errors/serviceError';
import { ioError } from '../errors/ioErrors';
import { WriteQueue } from './atomicFile';
import { dataPaths, type DataPaths } from './dataPaths';
import { errorCode, type FileSystem, isMissing, nodeFileSystem } from './fileSystem';
import type { JsonFileContext } from './jsonFile';
import { NoticeLog } from './notices';

export type StorageContext = JsonFileContext;

export interface StorageOptions {
  dataDir: string;
  fs?: FileSystem;
  now?: () => Date;
  notices?: NoticeLog;
  /**
   * Create the data folder when it does not exist (default true: the app's own folder, a writing
   * command). Reading commands pass false, so that a mistyped folder is an error, not a new library.
   */
  create?: boolean;
}

/**
 * Errno codes that mean "this folder cannot be written", not "something broke". Not EPERM: on
 * Windows an antivirus holding a file gives it for a moment, and the library must not turn read-only.
 */
export const READ_ONLY_CODES = new Set(['EACCES', 'EROFS']);

export const missingDataDir = (dir: string) =>
  new ServiceError(
    'not_found',
    `Không có thư mục dữ liệu ${dir}. Hãy kiểm tra lại đường dẫn; lệnh chỉ đọc không tạo thư viện mới.`,
  );

export async function openStorageContext(options: StorageOptions): Promise<StorageContext & { created: boolean }> {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const paths: DataPaths = dataPaths(options.dataDir);
  let created = false;
  try {
    if (!(await fs.stat(paths.root)).isDirectory())
      throw new ServiceError('invalid_input', `Thư mục dữ liệu ${paths.root} là một tệp, không phải thư mục.`);
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    if (!isMissing(e)) throw ioError(e, `Không mở được thư mục dữ liệu ${paths.root}`, '', { op: 'read' });
    if (options.create === false) throw missingDataDir(paths.root);
    created = true;
  }
  let readOnly = false;
  for (const dir of [paths.root, paths.meetings, paths.snapshots, paths.trash, paths.profiles, paths.backups]) {
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (e) {
      // An existing folder that cannot be written is still readable: it opens read-only.
      if (created || !READ_ONLY_CODES.has(errorCode(e)))
        throw ioError(e, `Không tạo được thư mục dữ liệu ${dir}`, '', { path: dir });
      readOnly = true;
    }
  }
  const notices = options.notices ?? new NoticeLog(now);
  return { fs, paths, now, notices, queue: new WriteQueue(), readOnly, created };
}
