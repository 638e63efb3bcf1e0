/**
 * A file the app made (a register, a follow-up report, a letter) saved where the user picks: the
 * save dialog, a refusal of places that would overwrite the library or an input, then one atomic
 * write (an existing file is replaced whole or left as it was).
 */
import { safeFileName } from '../../shared/text/fileName';
import { guardIo } from '../errors/ioErrors';
import { ServiceError } from '../errors/serviceError';
import type { Ports } from '../ports';
import { writeFileAtomic } from '../storage/atomicFile';
import type { StorageContext } from '../storage/context';
import { outputRefusal } from '../storage/outputTarget';

export interface SaveRequest {
  /** The dialog's title: `Lưu sổ đăng ký văn bản đi`. */
  title: string;
  /** The file name offered, without extension. */
  stem: string;
  format: 'docx' | 'xlsx';
  /** What the error says could not be written: `Không ghi được tệp sổ đăng ký`. */
  failure: string;
}

export async function saveThroughDialog(
  ctx: StorageContext,
  ports: Ports,
  request: SaveRequest,
  bytes: Uint8Array,
): Promise<{ canceled: boolean; path: string }> {
  const path = await ports.dialogs.showSave({
    title: request.title,
    defaultName: safeFileName(request.stem, request.format),
    filters: [{ name: request.format === 'docx' ? 'Tài liệu Word' : 'Bảng tính Excel', extensions: [request.format] }],
  });
  if (!path) return { canceled: true, path: '' };
  const refusal = await outputRefusal(path, { inputs: [], dataDir: ctx.paths.root });
  if (refusal) throw new ServiceError('forbidden', refusal);
  await guardIo(request.failure, () => writeFileAtomic(path, bytes, { fs: ctx.fs }), 'Tệp cũ (nếu có) vẫn còn nguyên.');
  return { canceled: false, path };
}
