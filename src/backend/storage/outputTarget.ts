/**
 * An exported document must never replace what it was made from: the input file, or any file of
 * the data folder (a meeting, the index, a backup). Paths are compared by file identity (device
 * and inode), never by their text: `alias/in.json` with `alias` a link to `.`, `./IN.json` on a
 * case-insensitive disk or a hard link all name the same file.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

interface Identity {
  dev: bigint;
  ino: bigint;
}

async function identity(path: string): Promise<Identity | null> {
  try {
    const s = await stat(path, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

const same = (a: Identity | null, b: Identity | null) => !!a && !!b && a.dev === b.dev && a.ino === b.ino;

export interface ProtectedFiles {
  /** Files the export reads, each with what it is (`tệp cuộc họp`); missing ones are ignored. */
  inputs: readonly { path: string; what: string }[];
  /** The data folder: nothing inside it may be replaced; ignored when it does not exist. */
  dataDir?: string;
}

/**
 * Why `out` may not be written (Vietnamese), or null. A folder that cannot be resolved is left to
 * the write itself, which reports it with its own message.
 */
export async function outputRefusal(out: string, guard: ProtectedFiles): Promise<string | null> {
  let folder: string;
  try {
    folder = await realpath(dirname(out));
  } catch {
    return null;
  }
  const data = guard.dataDir === undefined ? null : await identity(guard.dataDir);
  // The folder is a real path now: walking up its parents meets the data folder if it lies inside it.
  for (let dir = folder; data; dir = dirname(dir)) {
    if (same(await identity(dir), data))
      return `Không ghi ra ${out}: tệp nằm trong thư mục dữ liệu của Biên Bản (${guard.dataDir}), nơi ứng dụng giữ thư viện; ghi vào đó có thể làm hỏng thư viện. Hãy chọn thư mục khác.`;
    if (dirname(dir) === dir) break;
  }
  const target = await identity(join(folder, basename(out)));
  for (const input of guard.inputs) {
    if (same(target, await identity(input.path)))
      return `Không ghi ra ${out}: đó chính là ${input.what} ${input.path} (cùng một tệp dù viết khác đường dẫn). Hãy chọn tệp .docx khác.`;
  }
  return null;
}
