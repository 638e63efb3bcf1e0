/** Writing an output file all at once: a temp file in the same folder renamed over the target, removed on failure. */
import { dirname } from 'node:path';
import { writeFileAtomic } from '../backend/storage/atomicFile';
import { CliError } from './errors';

export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new CliError(`Không ghi được tệp ${path}: thư mục ${dirname(path)} không tồn tại.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new CliError(`Không ghi được tệp ${path}: không có quyền ghi vào thư mục ${dirname(path)}.`);
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST')
      throw new CliError(`Không ghi được tệp ${path}: đó là một thư mục.`);
    if (code === 'ENOSPC') throw new CliError(`Không ghi được tệp ${path}: ổ đĩa đã đầy.`);
    throw new CliError(`Không ghi được tệp ${path}.`);
  }
}
