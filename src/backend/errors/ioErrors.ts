/** Turn file-system failures into messages a secretary can act on. */
import { errorCode } from './errno';
import { ServiceError } from './serviceError';

const CAUSES: Record<string, string> = {
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã hết hạn mức dung lượng',
  EACCES: 'không có quyền ghi vào thư mục dữ liệu',
  EPERM: 'tệp đang bị chương trình khác giữ hoặc không có quyền ghi',
  EBUSY: 'tệp đang bị chương trình khác giữ',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  EIO: 'lỗi đọc/ghi ổ đĩa',
};

/** `action`: what failed, e.g. `Không lưu được buổi làm việc`. */
export function ioError(e: unknown, action: string, reassurance = 'Bản đã lưu trước đó vẫn còn nguyên.'): ServiceError {
  if (e instanceof ServiceError) return e;
  const cause = CAUSES[errorCode(e)] ?? 'lỗi hệ thống tệp';
  return new ServiceError('io_error', `${action}: ${cause}. ${reassurance}`);
}

export async function guardIo<T>(action: string, fn: () => Promise<T>, reassurance?: string): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw ioError(e, action, reassurance);
  }
}
