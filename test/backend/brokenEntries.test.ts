/**
 * Entries of the data folder that are not what their name says (a folder, a link, a pipe, a file
 * that cannot be read), a read-only data folder and a missing one: reported and skipped, never a
 * raw errno for every command.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSystem } from '../../src/backend/storage/fileSystem';
import { ServiceError } from '../../src/backend/errors/serviceError';
import { cliInProcess as cli, EXAMPLES_DIR, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';

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
const BOTH = ['long-bien-2021-02-23', 'ubnd-gia-lam-2024-03-12'];
const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

async function listIds(): Promise<{ code: number; ids: string[]; err: string }> {
  const r = await cli('library', 'list', '--json', '--data-dir', data);
  return {
    code: r.code,
    ids: r.code === 0 ? (JSON.parse(r.out) as { id: string }[]).map((m) => m.id).sort() : [],
    err: r.err,
  };
}

async function importBoth(): Promise<void> {
  expect((await cli('library', 'import', '--data-dir', data, LONG_BIEN, GIA_LAM)).code).toBe(0);
  // A second save, so that each meeting has a previous copy (.bak) to come back from.
  expect((await cli('library', 'import', '--data-dir', data, LONG_BIEN, GIA_LAM)).code).toBe(0);
}

describe('a folder, a link or a pipe where a file should be', () => {
  it('index.jsonl as a folder: the library opens, the folder goes to quarantine and the index is written again', async () => {
    await importBoth();
    rmSync(join(data, 'index.jsonl'));
    mkdirSync(join(data, 'index.jsonl', 'con'), { recursive: true });
    const r = await listIds();
    expect(r.err).not.toMatch(/EISDIR/);
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(BOTH);
    expect(r.err).toMatch(/Chỉ mục thư viện bị hỏng/);
    expect(statSync(join(data, 'index.jsonl')).isFile()).toBe(true);
    expect(readdirSync(join(data, 'quarantine'))).toEqual([expect.stringMatching(/-index\.jsonl$/)]);
    expect((await listIds()).err).toBe(''); // fixed for good
  });

  it('directory.json as a folder: reported and quarantined, every meeting still listed', async () => {
    await importBoth();
    mkdirSync(join(data, 'directory.json'));
    const r = await listIds();
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(BOTH);
    expect(r.err).toMatch(/Tệp danh bạ \(directory\.json\) bị hỏng: đây là một thư mục, không phải tệp/);
    expect(readdirSync(join(data, 'quarantine'))).toEqual([expect.stringMatching(/-directory\.json$/)]);
  });

  it('one meeting file as a folder: moved aside and the meeting recovered from its previous copy', async () => {
    await importBoth();
    const file = join(data, 'meetings', 'ubnd-gia-lam-2024-03-12.json');
    rmSync(file);
    mkdirSync(file);
    const r = await cli('library', 'check', '--data-dir', data);
    expect(r.err).not.toMatch(/EISDIR/);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /ubnd-gia-lam-2024-03-12.*đây là một thư mục, không phải tệp.*Đã khôi phục bản lưu tốt trước đó/,
    );
    expect(statSync(file).isFile()).toBe(true);
    expect((await listIds()).ids).toEqual(BOTH);
  });

  it('a dangling link as a meeting file: the link (only the name) is moved aside, the rest opens', async () => {
    await importBoth();
    const file = join(data, 'meetings', 'long-bien-2021-02-23.json');
    rmSync(file);
    symlinkSync(join(dir, 'khong-co.json'), file);
    const r = await listIds();
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(BOTH);
    expect(r.err).toMatch(/long-bien-2021-02-23.*liên kết \(symlink\)/);
  });

  it('a file where the trash folder should be: the library opens, the trash reads empty with a notice', async () => {
    await importBoth();
    rmSync(join(data, 'trash'), { recursive: true });
    writeFileSync(join(data, 'trash'), 'không phải thư mục');
    const r = await listIds();
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(BOTH);
    const s = await openServices(data);
    try {
      expect(await s.library.trash()).toEqual([]);
      expect(s.notices().map((n) => n.message)).toEqual([
        'Không đọc được thư mục trash: một phần của đường dẫn là tệp chứ không phải thư mục. Các tệp trong đó tạm thời bị bỏ qua, không bị thay đổi.',
      ]);
    } finally {
      await s.close();
    }
  });

  it('a named pipe as a meeting file: never waited on, moved aside and the meeting recovered', async () => {
    await importBoth();
    const file = join(data, 'meetings', 'ubnd-gia-lam-2024-03-12.json');
    rmSync(file);
    execFileSync('mkfifo', [file]);
    const r = await cli('library', 'check', '--data-dir', data);
    expect(r.err).toMatch(/ubnd-gia-lam-2024-03-12.*đây không phải tệp thông thường/);
    expect(statSync(file).isFile()).toBe(true);
    expect((await listIds()).ids).toEqual(BOTH);
  }, 10_000);

  it('a named pipe as settings.json: never waited on', async () => {
    await importBoth();
    rmSync(join(data, 'settings.json'), { force: true });
    execFileSync('mkfifo', [join(data, 'settings.json')]);
    const r = await listIds();
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(BOTH);
    expect(r.err).toMatch(/Tệp cài đặt \(settings\.json\) bị hỏng: đây không phải tệp thông thường/);
  }, 10_000);
});

describe('a file that cannot be read', () => {
  /** Reading `denied` fails as it would without permission (the tests run as root, where chmod does not bite). */
  const denying = (denied: (p: string) => boolean): FileSystem => ({
    ...fsp,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      if (denied(String(args[0]))) throw fail('EACCES');
      return fsp.open(...args);
    }) as typeof fsp.open,
  });

  it('is reported in Vietnamese, left as it is and skipped; the rest of the library opens', async () => {
    await importBoth();
    const file = join(data, 'meetings', 'long-bien-2021-02-23.json');
    const before = readFileSync(file, 'utf8');
    rmSync(join(data, 'index.jsonl'));
    const s = await openServices(data, { fs: denying((p) => p === file) });
    try {
      expect(s.library.list().map((m) => m.id)).toEqual(['ubnd-gia-lam-2024-03-12']);
      expect(s.notices().map((n) => n.message)).toEqual([
        'Không đọc được tệp buổi làm việc long-bien-2021-02-23 (meetings/long-bien-2021-02-23.json): không có quyền đọc; hãy kiểm tra quyền truy cập của tệp và thư mục. Tệp được bỏ qua và để nguyên.',
      ]);
    } finally {
      await s.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(data, 'quarantine'))).toBe(false);
  });

  it('a folder that cannot be listed is reported once and skipped; the rest of the library opens', async () => {
    await importBoth();
    const fs: FileSystem = {
      ...fsp,
      readdir: (async (path: string) => {
        if (path === join(data, 'profiles')) throw fail('EACCES');
        return fsp.readdir(path);
      }) as typeof fsp.readdir,
    };
    const s = await openServices(data, { fs });
    try {
      expect(
        s.library
          .list()
          .map((m) => m.id)
          .sort(),
      ).toEqual(BOTH);
      expect(s.notices().map((n) => n.message)).toEqual([
        'Không đọc được thư mục profiles: không có quyền đọc; hãy kiểm tra quyền truy cập của tệp và thư mục. Các tệp trong đó tạm thời bị bỏ qua, không bị thay đổi.',
      ]);
    } finally {
      await s.close();
    }
  });

  it('a meetings folder that cannot be listed makes a backup fail, never an empty backup that replaces good ones', async () => {
    await importBoth();
    const s = await openServices(data, {
      fs: {
        ...fsp,
        readdir: (async (path: string) => {
          if (path === join(data, 'meetings')) throw fail('EACCES');
          return fsp.readdir(path);
        }) as typeof fsp.readdir,
      },
    });
    try {
      const out = join(dir, 'sao-luu.zip');
      await expect(s.backup.createTo(out)).rejects.toThrow(
        /^Không tạo được bản sao lưu vì không đọc được thư mục meetings: không có quyền đọc; .*Thư viện và các bản sao lưu cũ không bị thay đổi\.$/,
      );
      expect(existsSync(out)).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('an unreadable index is rebuilt from the meeting files', async () => {
    await importBoth();
    const s = await openServices(data, { fs: denying((p) => p === join(data, 'index.jsonl')) });
    try {
      expect(
        s.library
          .list()
          .map((m) => m.id)
          .sort(),
      ).toEqual(BOTH);
      expect(s.notices()[0]!.message).toMatch(/^Không đọc được chỉ mục thư viện \(index\.jsonl\): không có quyền đọc/);
    } finally {
      await s.close();
    }
  });
});

describe('a read-only data folder', () => {
  /** Every change refused as a read-only folder refuses it; reading untouched. */
  const readOnlyFs: FileSystem = {
    ...fsp,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const flags = args[1];
      if (typeof flags === 'string' && /[wax+]/.test(flags)) throw fail('EACCES');
      return fsp.open(...args);
    }) as typeof fsp.open,
    mkdir: (async (path: string) => {
      if (existsSync(path)) return undefined;
      throw fail('EACCES');
    }) as typeof fsp.mkdir,
    rename: async () => Promise.reject(fail('EACCES')),
    link: async () => Promise.reject(fail('EACCES')),
    unlink: async () => Promise.reject(fail('EACCES')),
    rm: async () => Promise.reject(fail('EACCES')),
    copyFile: async () => Promise.reject(fail('EACCES')),
  };

  it('opens for reading: list, search and read work, with no raw EACCES', async () => {
    await importBoth();
    rmSync(join(data, 'index.jsonl')); // the index cannot be written either: kept in memory
    const s = await openServices(data, { fs: readOnlyFs, holder: 'cli' });
    try {
      expect(s.readOnly).toBe(true);
      expect(
        s.library
          .list()
          .map((m) => m.id)
          .sort(),
      ).toEqual(BOTH);
      expect(s.library.list({ search: 'long bien' }).map((m) => m.id)).toEqual(['long-bien-2021-02-23']);
      expect((await s.meeting.get('long-bien-2021-02-23')).id).toBe('long-bien-2021-02-23');
      expect(s.notices()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('shows a version 1 meeting upgraded, without trying to write the upgrade', async () => {
    await importBoth();
    const v1 = readFileSync(join(__dirname, '..', 'fixtures', 'v1', 'ubnd-gia-lam-2024-03-12.json'), 'utf8');
    writeFileSync(join(data, 'meetings', 'ubnd-gia-lam-2024-03-12.json'), v1);
    const s = await openServices(data, { fs: readOnlyFs, holder: 'cli' });
    try {
      const m = await s.meeting.get('ubnd-gia-lam-2024-03-12');
      expect(m.schemaVersion).toBe(2);
      expect(m.issuer.name).toBe('ỦY BAN NHÂN DÂN HUYỆN GIA LÂM');
      expect(readFileSync(join(data, 'meetings', 'ubnd-gia-lam-2024-03-12.json'), 'utf8')).toBe(v1);
    } finally {
      await s.close();
    }
  });

  it('the app says so as it opens, before any change fails', async () => {
    await importBoth();
    const s = await openServices(data, { fs: readOnlyFs });
    try {
      expect(s.notices().map((n) => n.message)).toEqual([
        `Thư mục dữ liệu ${data} chỉ cho phép đọc: có thể xem, tìm và xuất văn bản, nhưng thay đổi sẽ không được lưu. Hãy cấp quyền ghi cho thư mục đó rồi mở lại ứng dụng.`,
      ]);
    } finally {
      await s.close();
    }
  });

  it('a change is refused naming the folder and saying that reading still works', async () => {
    await importBoth();
    const s = await openServices(data, { fs: readOnlyFs, holder: 'cli' });
    try {
      const m = await s.meeting.get('long-bien-2021-02-23');
      const err = await s.meeting.save({ ...m, subject: 'Sửa' }, 'explicit').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServiceError);
      expect((err as Error).message).toBe(
        `Không lưu được buổi làm việc: thư mục dữ liệu ${data} chỉ cho phép đọc: vẫn xem, tìm và xuất văn bản được, nhưng không lưu được thay đổi; hãy cấp quyền ghi cho thư mục đó rồi thử lại. Bản đã lưu trước đó vẫn còn nguyên.`,
      );
    } finally {
      await s.close();
    }
    expect(JSON.parse(readFileSync(join(data, 'meetings', 'long-bien-2021-02-23.json'), 'utf8')).subject).not.toBe(
      'Sửa',
    );
  });
});

describe('a missing data folder', () => {
  it('is an error for reading commands, and nothing is created', async () => {
    const typo = join(dir, 'du-lieu-go-sai');
    for (const argv of [
      ['library', 'list'],
      ['library', 'check'],
      ['backup', '--out', join(dir, 'b.zip')],
      ['export', 'long-bien-2021-02-23', '--document', 'notice', '--out', join(dir, 'tb.docx')],
    ]) {
      const r = await cli(...argv, '--data-dir', typo);
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        `Lỗi: Không có thư mục dữ liệu ${typo}. Hãy kiểm tra lại đường dẫn; lệnh chỉ đọc không tạo thư viện mới.`,
      );
    }
    expect(existsSync(typo)).toBe(false);
  });

  it('is created by a writing command, which says so', async () => {
    const r = await cli('library', 'import', '--data-dir', data, LONG_BIEN);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`Chú ý: Chưa có thư mục dữ liệu ${data}; đã tạo thư viện mới ở đó.`);
    expect((await listIds()).ids).toEqual(['long-bien-2021-02-23']);
  });
});
