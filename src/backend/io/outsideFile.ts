/**
 * Reading a file that comes from outside the library (a backup to restore, a meeting or profile
 * file given to the CLI) without trusting its size: it is looked at first and refused, in
 * Vietnamese, when it is not a regular file (a device such as /dev/zero, a pipe, a folder) or is
 * larger than the limit, before any byte is held in memory. Errno failures (missing file, no
 * permission) are passed through for the caller's own message.
 */
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { ServiceError } from '../errors/serviceError';
import { formatMegabytes } from './limits';

export type OutsideFileSystem = Pick<typeof fsp, 'open'>;

export interface OutsideFile {
  handle: fsp.FileHandle;
  size: number;
}

function tooLarge(path: string, what: string, size: number, maxBytes: number): ServiceError {
  return new ServiceError(
    'too_large',
    `${what} ${path} quá lớn (${formatMegabytes(size)}; tối đa ${formatMegabytes(maxBytes)}).`,
  );
}

/**
 * Open `path` for reading after checking it is a regular file of at most `maxBytes`. The checks
 * are made on the opened handle (fstat), so a file swapped after a look by name is still caught;
 * O_NONBLOCK keeps a pipe from blocking the open itself. The caller closes the handle.
 */
export async function openOutsideFile(
  path: string,
  maxBytes: number,
  what = 'Tệp',
  fs: OutsideFileSystem = fsp,
): Promise<OutsideFile> {
  const handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await handle.stat();
    // Worded by the one errno mapping (errors/ioErrors.ts), as reading a folder by name would be.
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR', path });
    if (!st.isFile())
      throw new ServiceError(
        'not_a_file',
        `${what} ${path} không phải tệp thông thường (thiết bị, ống dẫn hoặc socket): không đọc.`,
      );
    if (st.size > maxBytes) throw tooLarge(path, what, st.size, maxBytes);
    return { handle, size: st.size };
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw e;
  }
}

/** The whole file, at most `maxBytes`; a file that grows while read is refused, never cut short. */
export async function readOutsideFile(
  path: string,
  maxBytes: number,
  what = 'Tệp',
  fs: OutsideFileSystem = fsp,
): Promise<Buffer> {
  const { handle, size } = await openOutsideFile(path, maxBytes, what, fs);
  try {
    // One byte more than announced tells a file that grew since fstat from one that did not.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > size)
      throw new ServiceError('changed', `${what} ${path} đang thay đổi trong lúc đọc; hãy thử lại khi đã ghi xong.`);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
