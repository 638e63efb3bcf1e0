/**
 * The one translation of file-system failures (errno codes) into Vietnamese a secretary can act on,
 * with advice; the services, the lock, the CLI's input and output files and its data folder all use
 * it. Reading and writing differ: EACCES on a read is "không có quyền đọc"; on a write into the data
 * folder it names the folder and says that reading still works.
 */
import { dirname } from 'node:path';
import { errorCode } from './errno';
import { ServiceError } from './serviceError';

export interface IoPlace {
  /** What was being done; most guarded operations save something, so `write` unless told. */
  op?: 'read' | 'write';
  /** The file concerned: its folder is named when that folder is missing or not writable. */
  path?: string;
  /** The data folder, when the file is in it: a refused write names it and says reading still works. */
  dataDir?: string;
}

/** Why a file operation failed and what to do, as a clause: `ổ đĩa đã đầy; hãy giải phóng…`. */
export function ioCause(e: unknown, place: IoPlace = {}): string {
  const code = errorCode(e);
  const reading = place.op === 'read';
  const folder = place.path ? dirname(place.path) : '';
  switch (code) {
    case 'EACCES':
    case 'EROFS':
      if (reading) return 'không có quyền đọc; hãy kiểm tra quyền truy cập của tệp và thư mục';
      if (place.dataDir)
        return `thư mục dữ liệu ${place.dataDir} chỉ cho phép đọc${code === 'EROFS' ? ' (ổ đĩa chỉ đọc)' : ''}: vẫn xem, tìm và xuất văn bản được, nhưng không lưu được thay đổi; hãy cấp quyền ghi cho thư mục đó rồi thử lại`;
      if (code === 'EROFS') return 'ổ đĩa chỉ cho phép đọc; hãy chọn nơi lưu khác';
      return folder ? `không có quyền ghi vào thư mục ${folder}` : 'không có quyền ghi';
    case 'EPERM':
      return reading
        ? 'không có quyền đọc, hoặc tệp đang bị chương trình khác giữ'
        : 'tệp đang bị chương trình khác giữ (ví dụ phần mềm diệt virus) hoặc không có quyền ghi; hãy thử lại sau giây lát';
    case 'EBUSY':
      return 'tệp đang bị chương trình khác giữ; hãy đóng chương trình đó rồi thử lại';
    case 'ENOSPC':
      return 'ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại';
    case 'EDQUOT':
      return 'đã hết hạn mức dung lượng; hãy giải phóng dung lượng rồi thử lại';
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return reading ? 'đó là một thư mục, không phải tệp' : 'đó là một thư mục';
    case 'ENOTDIR':
      return 'một phần của đường dẫn là tệp chứ không phải thư mục';
    case 'ELOOP':
      return 'đường dẫn là liên kết (symlink) vòng hoặc liên kết không được phép đi theo';
    case 'ENAMETOOLONG':
      return 'đường dẫn quá dài; hãy dùng thư mục nông hơn hoặc tên ngắn hơn';
    case 'EMFILE':
    case 'ENFILE':
      return 'có quá nhiều tệp đang mở; hãy đóng bớt chương trình rồi thử lại';
    case 'EIO':
      return 'lỗi đọc/ghi ổ đĩa (ổ đĩa có thể hỏng hoặc đã bị rút ra); hãy kiểm tra ổ đĩa';
    case 'ENOENT':
      if (reading) return 'không tìm thấy tệp';
      return folder ? `thư mục ${folder} không tồn tại` : 'thư mục chứa tệp không tồn tại';
    default:
      return code ? `lỗi hệ thống tệp (${code})` : 'lỗi hệ thống tệp';
  }
}

/** `action`: what failed, e.g. `Không lưu được buổi làm việc`. */
export function ioError(
  e: unknown,
  action: string,
  reassurance = 'Bản đã lưu trước đó vẫn còn nguyên.',
  place: IoPlace = {},
): ServiceError {
  if (e instanceof ServiceError) return e;
  return new ServiceError('io_error', `${action}: ${ioCause(e, place)}.${reassurance ? ` ${reassurance}` : ''}`, {
    cause: e,
  });
}

export async function guardIo<T>(
  action: string,
  fn: () => Promise<T>,
  reassurance?: string,
  place?: IoPlace,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw ioError(e, action, reassurance, place);
  }
}
