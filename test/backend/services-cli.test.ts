/** The CLI's library, backup and restore commands over a real data folder. */
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../../src/cli/commands/libraryData';
import { cliInProcess as cli, EXAMPLES_DIR, removeDir, tempDir } from '../fixtures/storage/helpers';

let dir: string;
let data: string;
beforeEach(() => {
  dir = tempDir();
  data = join(dir, 'data');
});
afterEach(async () => {
  await removeDir(dir);
});

const LONG_BIEN = join(EXAMPLES_DIR, 'long-bien-2021-02-23.json');
const GIA_LAM = join(EXAMPLES_DIR, 'ubnd-gia-lam-2024-03-12.json');

it('imports, lists, searches without accents, and lists as JSON', async () => {
  expect((await cli('library', 'import', '--data-dir', data, LONG_BIEN, GIA_LAM)).code).toBe(0);
  const list = await cli('library', 'list', '--data-dir', data);
  expect(list.out).toMatch(/long-bien-2021-02-23\t2021-02-23\tnháp\tchương trình công tác năm 2021/);
  expect(list.out).toMatch(/2 buổi làm việc\./);
  const found = await cli('library', 'list', '--data-dir', data, '--search', 'long bien', '--json');
  expect(JSON.parse(found.out).map((m: { id: string }) => m.id)).toEqual(['long-bien-2021-02-23']);
  // Imported again as new: a second copy with a fresh id.
  await cli('library', 'import', '--as-new', '--data-dir', data, LONG_BIEN);
  expect(JSON.parse((await cli('library', 'list', '--json', '--data-dir', data)).out)).toHaveLength(3);
});

it('check quarantines a damaged file, reports it in Vietnamese and exits 1; a clean library exits 0', async () => {
  await cli('library', 'import', '--data-dir', data, LONG_BIEN, GIA_LAM);
  expect((await cli('library', 'check', '--data-dir', data)).code).toBe(0);
  writeFileSync(join(data, 'meetings', 'ubnd-gia-lam-2024-03-12.json'), '{"schemaVersion":1,');
  const r = await cli('library', 'check', '--data-dir', data);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/ubnd-gia-lam-2024-03-12.*bị hỏng/);
  // The import snapshot is the last resort when there is no .bak.
  expect(r.err).toMatch(/đã khôi phục từ bản chụp/);
  expect(readdirSync(join(data, 'quarantine'))).toHaveLength(1);
  expect(JSON.parse((await cli('library', 'list', '--json', '--data-dir', data)).out)).toHaveLength(2);
});

it('backup then restore; a file that is not a backup is refused with exit 1', async () => {
  await cli('library', 'import', '--data-dir', data, LONG_BIEN);
  const zip = join(dir, 'sao-luu.zip');
  expect((await cli('backup', '--data-dir', data, '--out', zip)).out).toMatch(/Đã sao lưu 1 buổi làm việc/);
  await cli('library', 'import', '--data-dir', data, GIA_LAM);
  const r = await cli('restore', '--data-dir', data, zip);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Đã khôi phục 1 buổi làm việc/);
  expect(
    JSON.parse((await cli('library', 'list', '--json', '--data-dir', data)).out).map((m: { id: string }) => m.id),
  ).toEqual(['long-bien-2021-02-23']);
  const bad = await cli('restore', '--data-dir', data, LONG_BIEN);
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/Thư viện không bị thay đổi/);
  expect((await cli('backup', '--data-dir', data)).code).toBe(2);
});

it('refuses /dev/zero and oversized JSON inputs at once, in Vietnamese, without reading them', async () => {
  mkdirSync(data, { recursive: true }); // an existing library: restore refuses before it writes anything
  const started = Date.now();
  const zero = await cli('restore', '--data-dir', data, '/dev/zero');
  expect(zero.code).toBe(1);
  expect(zero.err).toBe(
    'Lỗi: Tệp sao lưu /dev/zero không phải tệp thông thường (thiết bị, ống dẫn hoặc socket): không đọc. Thư viện không bị thay đổi.',
  );
  const validate = await cli('validate', '/dev/zero');
  expect(validate.code).toBe(1);
  expect(validate.err).toMatch(/^Lỗi: Tệp cuộc họp \/dev\/zero không phải tệp thông thường/);
  // 17 MB of nothing (a sparse file): refused from its size, before a byte is read.
  const big = join(dir, 'lon.json');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 17 * 1024 * 1024);
  closeSync(fd);
  const exported = await cli('export', big, '--document', 'notice', '--out', join(dir, 'tb.docx'));
  expect(exported.code).toBe(1);
  expect(exported.err).toBe(`Lỗi: Tệp cuộc họp ${big} quá lớn (17 MB; tối đa 16 MB).`);
  const imported = await cli('library', 'import', '--data-dir', data, big);
  expect(imported.code).toBe(1);
  expect(imported.err).toContain(`Tệp cuộc họp ${big} quá lớn (17 MB; tối đa 16 MB)`);
  expect(Date.now() - started).toBeLessThan(2000);
});

it('library check finishes a restore that was committed but not switched, and says so', async () => {
  await cli('library', 'import', '--data-dir', data, GIA_LAM);
  // What a kill right after the journal was written leaves: the staged library and the journal.
  const staged = join(data, 'restore', 'new', 'meetings');
  mkdirSync(staged, { recursive: true });
  writeFileSync(join(staged, 'long-bien-2021-02-23.json'), readFileSync(LONG_BIEN));
  writeFileSync(join(data, 'restore', 'journal.json'), '{"format":"bienban-library-switch","version":1}');
  const r = await cli('library', 'check', '--data-dir', data);
  expect(r.err).toMatch(/Chú ý: Lần khôi phục trước bị gián đoạn .*đã hoàn tất: thư viện là thư viện của bản sao lưu/);
  expect(r.out).toMatch(/Đã kiểm tra 1 tệp buổi làm việc; 1 dùng được/);
  expect(r.out).toMatch(/Không phát hiện tệp hỏng\./);
  expect(r.code).toBe(0);
  expect(
    JSON.parse((await cli('library', 'list', '--json', '--data-dir', data)).out).map((m: { id: string }) => m.id),
  ).toEqual(['long-bien-2021-02-23']);
  expect(existsSync(join(data, 'restore'))).toBe(false);
});

it("the default data folder is the app's user-data library folder", () => {
  expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
    join('C:\\Users\\a\\AppData\\Roaming', 'Biên Bản', 'library'),
  );
  expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/Biên Bản/library');
  expect(existsSync(join(dir, 'nothing'))).toBe(false);
});
