/** The one errno-to-Vietnamese mapping: every code a disk can give, reading told apart from writing. */
import { ioCause, ioError } from '../../src/backend/errors/ioErrors';
import { ServiceError } from '../../src/backend/errors/serviceError';
import { cliInProcess as cli, removeDir, tempDir } from '../fixtures/storage/helpers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
const CODES = [
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EISDIR',
  'ENOTDIR',
  'ELOOP',
  'ENAMETOOLONG',
  'EMFILE',
  'EBUSY',
  'EIO',
  'ENOENT',
];

describe('ioCause', () => {
  it('says every code in Vietnamese, never the raw code or English', () => {
    for (const code of CODES) {
      for (const op of ['read', 'write'] as const) {
        const cause = ioCause(err(code), { op, path: '/a/b.json' });
        expect(cause, `${code} ${op}`).not.toMatch(/raw|E[A-Z]{3,}/);
        expect(cause.normalize('NFC')).toBe(cause);
      }
    }
  });

  it('tells a refused read from a refused write, and names a read-only data folder', () => {
    expect(ioCause(err('EACCES'), { op: 'read' })).toMatch(/^không có quyền đọc/);
    expect(ioCause(err('EACCES'), { op: 'write', path: '/x/tb.docx' })).toBe('không có quyền ghi vào thư mục /x');
    expect(ioCause(err('EROFS'), { dataDir: '/du-lieu' })).toMatch(
      /^thư mục dữ liệu \/du-lieu chỉ cho phép đọc \(ổ đĩa chỉ đọc\): vẫn xem, tìm và xuất văn bản được/,
    );
    expect(ioCause(err('ENOENT'), { op: 'read' })).toBe('không tìm thấy tệp');
    expect(ioCause(err('ENOENT'), { op: 'write', path: '/khong-co/tb.docx' })).toBe('thư mục /khong-co không tồn tại');
  });

  it('gives advice where there is something to do', () => {
    expect(ioCause(err('ENOSPC'))).toBe('ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại');
    expect(ioCause(err('EMFILE'))).toMatch(/hãy đóng bớt chương trình/);
    expect(ioCause(err('EBUSY'))).toMatch(/hãy đóng chương trình đó/);
  });

  it('an unknown failure still reads as Vietnamese, naming the code for support', () => {
    expect(ioCause(err('EXDEV'))).toBe('lỗi hệ thống tệp (EXDEV)');
    expect(ioCause(new Error('boom'))).toBe('lỗi hệ thống tệp');
  });

  it('ioError keeps the cause, so a caller can tell a read-only folder', () => {
    const e = ioError(err('EACCES'), 'Không lưu được', '');
    expect(e).toBeInstanceOf(ServiceError);
    expect(e.message).toBe('Không lưu được: không có quyền ghi.');
    expect((e.cause as { code: string }).code).toBe('EACCES');
  });
});

describe('the CLI uses it for its input files', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('a folder given as the meeting file', async () => {
    const folder = join(dir, 'cuoc-hop.json');
    mkdirSync(folder);
    const r = await cli('validate', folder);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`Lỗi: Không đọc được tệp ${folder}: đó là một thư mục, không phải tệp.`);
  });
});
