/**
 * Restore, all or nothing: a backup is checked whole (built-in profile ids included) and staged
 * before the live library changes; a full disk at any write leaves the old library or the new one,
 * whole, once the folder is opened again; an interrupted switch is finished or rolled back on open.
 * Outside files are bounded: devices, pipes, zip bombs and lying headers are refused at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { builtinProfile } from '../../src/shared/profile/builtin';
import { ServiceError } from '../../src/backend/errors/serviceError';
import { renderDocx } from '../../src/backend/export/renderDocx';
import type { FileSystem } from '../../src/backend/storage/fileSystem';
import { SWITCH_DIR } from '../../src/backend/storage/librarySwitch';
import { zipParts } from '../../src/backend/zip/writer';
import { fullDisk } from '../fixtures/storage/fullDisk';
import { openServices, removeDir, seedMeeting, tempDir } from '../fixtures/storage/helpers';
import {
  expectedFollowup,
  followupOf,
  makeRestoreFixtures,
  NEW_IDS,
  resetLibrary,
  stateOf,
} from '../fixtures/storage/restoreLibrary';

let work: string;
let template: string;
let zip: string;
let run = 0;
const freshLibrary = () => {
  const dir = join(work, `thu-vien-${run++}`);
  resetLibrary(template, dir);
  return dir;
};
const manifest = (meetings: number) =>
  JSON.stringify({ format: 'bienban-backup', version: 1, createdAt: '', appVersion: '', meetings });

beforeAll(async () => {
  work = tempDir('bienban-restore-');
  ({ template, zip } = await makeRestoreFixtures(work));
});
afterAll(async () => {
  await removeDir(work);
});

/** A ZIP whose headers say what the test wants about deflated data it already has. */
function rawZip(entries: { name: string; packed: Buffer; size: number; crc?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.packed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.packed);
    centrals.push(central, name);
    offset += 30 + name.length + e.packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function refusal(dataDir: string, file: string): Promise<ServiceError> {
  const s = await openServices(dataDir);
  try {
    const err = await s.backup.restoreFrom(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    return err as ServiceError;
  } finally {
    await s.close();
  }
}

function expectUntouched(dataDir: string): void {
  expect(stateOf(dataDir)).toBe('old');
  expect(readdirSync(join(dataDir, 'backups'))).toEqual([]);
  expect(existsSync(join(dataDir, SWITCH_DIR))).toBe(false);
}

it('replaces the library with the backup: its meetings, profiles and settings; the others go to the trash', async () => {
  const dir = freshLibrary();
  const s = await openServices(dir);
  const { meetings } = await s.backup.restoreFrom(zip);
  expect(meetings).toBe(3);
  expect(s.library.list().map((m) => m.id)).toEqual(expect.arrayContaining(NEW_IDS));
  expect(s.settings.get().defaultProfileId).toBe('nd30-2020');
  expect(s.profiles.get('van-phong-moi')).toBeDefined();
  expect((await s.library.trash()).map((t) => t.id).sort()).toEqual(['cu-a', 'cu-c', 'da-xoa']);
  await s.close();
  expect(stateOf(dir)).toBe('new');
  // The meeting both libraries hold keeps its pre-restore version as its previous copy.
  const previous = JSON.parse(readFileSync(join(dir, 'meetings', 'chung-b.json.bak'), 'utf8')) as { subject: string };
  expect(previous.subject).toBe('cũ chung-b');
});

it('refuses a profile under a built-in id, naming it, before anything of the library changes', async () => {
  const dir = freshLibrary();
  const bad = join(work, 'the-thuc-co-san.zip');
  const hd36 = { ...builtinProfile('hd36-2018')!, builtIn: false };
  writeFileSync(
    bad,
    zipParts(
      [
        ['meetings/moi-d.json', JSON.stringify({ ...seedMeeting(), id: 'moi-d' })],
        ['profiles/hd36-2018.json', JSON.stringify(hd36)],
        ['bienban-backup.json', manifest(1)],
      ],
      new Date(),
    ),
  );
  const err = await refusal(dir, bad);
  expect(err.code).toBe('invalid_backup');
  expect(err.message).toContain('profiles/hd36-2018.json: mã thể thức "hd36-2018" trùng một thể thức có sẵn');
  expect(err.message).toContain('Thư viện không bị thay đổi.');
  expectUntouched(dir);
});

it('a full disk at any write of a restore leaves the old library or the new one, whole, once reopened', async () => {
  // Count the writes of a whole restore, then fail at each one in turn.
  const counting = fullDisk();
  const first = freshLibrary();
  let s = await openServices(first, { fs: counting.fs });
  counting.arm(Infinity);
  await s.backup.restoreFrom(zip);
  const total = counting.writes();
  counting.free();
  await s.close();
  expect(total).toBeGreaterThan(30);

  const seen = { old: 0, new: 0 };
  for (let n = 1; n <= total; n++) {
    const dir = freshLibrary();
    const disk = fullDisk();
    s = await openServices(dir, { fs: disk.fs });
    disk.arm(n);
    let err: unknown = null;
    await s.backup.restoreFrom(zip).catch((e: unknown) => (err = e));
    disk.free();
    await s.close().catch(() => undefined);
    // Either it failed with a Vietnamese message naming the full disk, or the failure hit only derived data.
    if (err) {
      expect(err, `write ${n}`).toBeInstanceOf(ServiceError);
      expect((err as Error).message, `write ${n}`).toMatch(/ổ đĩa đã đầy/);
    }
    // Without a journal the disk is settled already: what the failure left (tasks.json included) is one library, whole.
    const settled = existsSync(join(dir, SWITCH_DIR, 'journal.json')) ? null : stateOf(dir);
    const reopened = await openServices(dir);
    const ids = reopened.library.list().map((m) => m.id);
    const notices = reopened.notices().map((x) => x.message);
    const tasks = await followupOf(reopened);
    await reopened.close();
    const state = stateOf(dir);
    seen[state]++;
    if (settled) expect(settled, `write ${n}, before reopening`).toBe(state);
    expect(ids.sort(), `write ${n}`).toEqual(state === 'new' ? [...NEW_IDS].sort() : ['chung-b', 'cu-a', 'cu-c']);
    expect(tasks, `write ${n}: Theo dõi`).toEqual(expectedFollowup(state));
    expect(
      notices.filter((m) => /bị hỏng/.test(m)),
      `write ${n}`,
    ).toEqual([]);
    expect(existsSync(join(dir, SWITCH_DIR)), `write ${n}`).toBe(false);
    await removeDir(dir);
  }
  console.log(`full-disk test: ${total} write positions; the old library after ${seen.old}, the new after ${seen.new}`);
  expect(seen.old).toBeGreaterThan(0);
  expect(seen.new).toBeGreaterThan(0);
}, 120_000);

describe('an interrupted switch, on the next open', () => {
  it('is finished when the journal was written, and says so', async () => {
    // Find the write that renames the staged meetings into place, then fail right after it.
    const counting = fullDisk();
    let s = await openServices(freshLibrary(), { fs: counting.fs });
    counting.arm(Infinity);
    const renames: number[] = [];
    const rename = counting.fs.rename;
    counting.fs.rename = async (from, to) => {
      await rename(from, to);
      if (String(from) === join(String(to), '..', SWITCH_DIR, 'new', 'meetings')) renames.push(counting.writes());
    };
    await s.backup.restoreFrom(zip);
    await s.close();
    expect(renames).toHaveLength(1);

    const dir = freshLibrary();
    const disk = fullDisk();
    s = await openServices(dir, { fs: disk.fs });
    disk.arm(renames[0]! + 1);
    await expect(s.backup.restoreFrom(zip)).rejects.toThrow(/Khôi phục bị gián đoạn: ổ đĩa đã đầy/);
    disk.free();
    await s.close().catch(() => undefined);
    expect(existsSync(join(dir, SWITCH_DIR, 'journal.json'))).toBe(true);

    const reopened = await openServices(dir);
    expect(reopened.notices().map((x) => x.message)).toContainEqual(
      expect.stringMatching(/đã hoàn tất: thư viện là thư viện của bản sao lưu/),
    );
    await reopened.close();
    expect(stateOf(dir)).toBe('new');
  });

  it('is rolled back when only the staging was written, and says so', async () => {
    const dir = freshLibrary();
    mkdirSync(join(dir, SWITCH_DIR, 'new', 'meetings'), { recursive: true });
    writeFileSync(join(dir, SWITCH_DIR, 'new', 'meetings', 'moi-d.json'), '{"id": "moi-d", "cắt');
    const s = await openServices(dir);
    expect(s.notices().map((x) => x.message)).toContainEqual(
      expect.stringMatching(/thư viện vẫn như trước khi khôi phục/),
    );
    await s.close();
    expectUntouched(dir);
  });
});

describe('a failure once the switch is committed', () => {
  /** The real file system, but removing the restore folder fails once the new meetings are live, `times` times. */
  function failingCleanup(dir: string, times: number): FileSystem {
    let left = times;
    return {
      ...fsp,
      rm: async (path, options) => {
        const cleanup = String(path) === join(dir, SWITCH_DIR) && existsSync(join(dir, 'meetings', 'moi-d.json'));
        if (cleanup && !existsSync(join(dir, SWITCH_DIR, 'journal.json')) && left-- > 0)
          throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
        return fsp.rm(path, options);
      },
    };
  }

  it('while only the emptied restore folder was being removed: the restore succeeded and shows the new library', async () => {
    const dir = freshLibrary();
    const s = await openServices(dir, { fs: failingCleanup(dir, 1), renderDocx });
    const { meetings } = await s.backup.restoreFrom(zip);
    expect(meetings).toBe(3);
    // What this window shows is the backup's library: meetings, register, Theo dõi.
    expect(
      s.library
        .list()
        .map((m) => m.id)
        .sort(),
    ).toEqual([...NEW_IDS].sort());
    expect(s.register.list().entries.map((e) => [e.meetingId, e.number])).toEqual([['moi-d', 12]]);
    expect(await followupOf(s)).toEqual(expectedFollowup('new'));
    await s.close();
    expect(stateOf(dir)).toBe('new');
    expect(existsSync(join(dir, SWITCH_DIR))).toBe(false);
  });

  it('that cannot be finished: this window saves nothing more, so nothing of the old library lands in the new one', async () => {
    const dir = freshLibrary();
    const s = await openServices(dir, { fs: failingCleanup(dir, Infinity), renderDocx });
    // Theo dõi was open: this window holds the old library's task facts.
    expect(await followupOf(s)).toEqual(expectedFollowup('old'));
    await expect(s.backup.restoreFrom(zip)).rejects.toThrow(/Khôi phục bị gián đoạn.*mở lại ứng dụng/s);
    // The old settings and register this window still holds are not written over the new library's.
    await expect(s.settings.update({ followupDueSoonDays: 3 })).rejects.toBeInstanceOf(ServiceError);
    await expect(s.register.issue('moi-e', 'notice', { date: '2026-06-30' })).rejects.toBeInstanceOf(ServiceError);
    await s.close();
    expect(existsSync(join(dir, 'tasks.json'))).toBe(false);

    const reopened = await openServices(dir, { renderDocx });
    expect(reopened.register.list().entries.map((e) => [e.meetingId, e.number])).toEqual([['moi-d', 12]]);
    expect(await followupOf(reopened)).toEqual(expectedFollowup('new'));
    await reopened.close();
    expect(stateOf(dir)).toBe('new');
    expect(existsSync(join(dir, SWITCH_DIR))).toBe(false);
  });
});

describe('outside files are bounded', () => {
  it('refuses /dev/zero and a pipe at once, without reading them', async () => {
    const dir = freshLibrary();
    const fifo = join(work, 'ong-dan.zip');
    execFileSync('mkfifo', [fifo]);
    for (const file of ['/dev/zero', fifo]) {
      const started = Date.now();
      const err = await refusal(dir, file);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(err.message).toMatch(/không phải tệp thông thường .*Thư viện không bị thay đổi\./);
    }
    expectUntouched(dir);
  });

  it('refuses a 1 MB zip of 900 MB of spaces within two seconds, without inflating it', async () => {
    const dir = freshLibrary();
    const bomb = join(work, 'bom.zip');
    const spaces = Buffer.alloc(1024 * 1024, 0x20);
    const packed = await new Promise<Buffer>((resolve, reject) => {
      const z = createDeflateRaw({ level: 9 });
      const chunks: Buffer[] = [];
      z.on('data', (c: Buffer) => chunks.push(c));
      z.on('end', () => resolve(Buffer.concat(chunks)));
      z.on('error', reject);
      for (let i = 0; i < 900; i++) z.write(spaces);
      z.end();
    });
    expect(packed.length).toBeLessThan(1024 * 1024);
    const declare = (size: number) =>
      writeFileSync(
        bomb,
        rawZip([
          {
            name: 'bienban-backup.json',
            packed: deflateRawSync(manifest(1)),
            size: manifest(1).length,
            crc: crc32(manifest(1)),
          },
          { name: 'meetings/x.json', packed, size },
        ]),
      );
    declare(900 * 1024 * 1024);

    const before = process.memoryUsage().rss;
    const started = Date.now();
    const err = await refusal(dir, bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(err.message).toMatch(
      /meetings\/x\.json: giải nén ra 900 MB, quá giới hạn 16 MB cho một tệp\. Thư viện không bị thay đổi\./,
    );
    expectUntouched(dir);

    // The same bytes under a header that lies (16 MB, the most one entry may hold): inflating stops there.
    declare(16 * 1024 * 1024);
    const liar = await refusal(dir, bomb);
    expect(liar.message).toMatch(/meetings\/x\.json: giải nén ra nhiều hơn kích thước ghi trong mục lục/);
    expectUntouched(dir);
  }, 30_000);

  it('refuses an archive that lists more entries than a library can have, before reading them', async () => {
    const dir = freshLibrary();
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(60_001, 8);
    end.writeUInt16LE(60_001, 10);
    const many = join(work, 'nhieu.zip');
    writeFileSync(many, end);
    const err = await refusal(dir, many);
    expect(err.message).toMatch(/có 60\.001 tệp, quá giới hạn 60\.000/);
    expectUntouched(dir);
  });
});
