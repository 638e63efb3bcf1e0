import * as fsp from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WriteQueue, writeFileAtomic } from '../../src/backend/storage/atomicFile';
import { openStorageContext } from '../../src/backend/storage/context';
import type { FileSystem } from '../../src/backend/storage/fileSystem';
import { LibraryIndex } from '../../src/backend/storage/libraryIndex';
import { LOCK_FILE } from '../../src/backend/storage/libraryLock';
import { MeetingStore } from '../../src/backend/storage/meetingStore';
import { ServiceError } from '../../src/backend/errors/serviceError';
import { SCHEMA_VERSION } from '../../src/shared/model/meeting';
import { fakePorts, openServices, removeDir, seedMeeting, tempDir } from '../fixtures/storage/helpers';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

/** Names and bytes of every file under `root`, to prove a recovery touched nothing else. */
function treeOf(root: string, except: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${n.name}` : n.name;
      if (n.isDirectory()) walk(join(d, n.name), r);
      else if (!except(r)) out[r] = readFileSync(join(d, n.name), 'utf8');
    }
  };
  walk(root, '');
  return out;
}

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the previous one as .bak and leaves no temp file', async () => {
    const f = join(dir, 'a.json');
    await writeFileAtomic(f, '{"v":1}', { keepBackup: true });
    await writeFileAtomic(f, '{"v":2}', { keepBackup: true });
    expect(readFileSync(f, 'utf8')).toBe('{"v":2}');
    expect(readFileSync(f + '.bak', 'utf8')).toBe('{"v":1}');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.json.bak']);
  });

  it('copies instead of hard-linking where links are unsupported, and a failed copy does not refuse the save', async () => {
    const f = join(dir, 'd.json');
    let copyFails = false;
    const fs: FileSystem = {
      ...fsp,
      link: async () => Promise.reject(Object.assign(new Error('no links on FAT32'), { code: 'EPERM' })),
      copyFile: async (a, b) =>
        copyFails ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : fsp.copyFile(a, b),
    };
    await writeFileAtomic(f, 'một', { fs, keepBackup: true });
    await writeFileAtomic(f, 'hai', { fs, keepBackup: true });
    expect(readFileSync(f + '.bak', 'utf8')).toBe('một');
    copyFails = true;
    await writeFileAtomic(f, 'ba', { fs, keepBackup: true });
    expect(readFileSync(f, 'utf8')).toBe('ba');
    expect(readFileSync(f + '.bak', 'utf8')).toBe('một');
    expect(readdirSync(dir).sort()).toEqual(['d.json', 'd.json.bak']);
  });

  it('retries a rename refused for a moment (Windows EBUSY) and then succeeds', async () => {
    let refusals = 2;
    const fs: FileSystem = {
      ...fsp,
      rename: async (a, b) => {
        if (refusals-- > 0) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        return fsp.rename(a, b);
      },
    };
    const f = join(dir, 'b.json');
    await writeFileAtomic(f, 'x', { fs, retryDelayMs: 1 });
    expect(readFileSync(f, 'utf8')).toBe('x');
  });

  it('the per-file queue lands writes in call order even when an earlier one is slower', async () => {
    const q = new WriteQueue();
    const f = join(dir, 'c.json');
    const slow = q.run(f, async () => {
      await new Promise((r) => setTimeout(r, 30));
      await writeFileAtomic(f, 'first');
    });
    const fast = q.run(f, () => writeFileAtomic(f, 'second'));
    await Promise.all([slow, fast]);
    expect(readFileSync(f, 'utf8')).toBe('second');
  });
});

describe('a full disk', () => {
  it('reports a Vietnamese io_error and the previous content stays', async () => {
    let full = false;
    const fs: FileSystem = {
      ...fsp,
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const h = await fsp.open(...args);
        if (full) h.writeFile = async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
        return h;
      }) as typeof fsp.open,
    };
    const s = await openServices(dir, { fs });
    const m = seedMeeting();
    await s.meeting.save(m, 'explicit');
    full = true;
    const err = await s.meeting.save({ ...m, subject: 'nội dung mới' }, 'auto').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe('io_error');
    expect((err as ServiceError).message).toContain('ổ đĩa đã đầy');
    expect((err as ServiceError).message).toContain('Bản đã lưu trước đó vẫn còn nguyên');
    full = false;
    expect((await s.meeting.get(m.id)).subject).toBe(m.subject);
    expect(readdirSync(join(dir, 'meetings')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await s.close();
  });
});

describe('reading with recovery', () => {
  const damage: [string, (good: string) => string | Buffer][] = [
    ['malformed JSON', (g) => g.replace('{', '{{')],
    ['a truncated file', (g) => g.slice(0, Math.floor(g.length / 2))],
    ['a zero-filled file', (g) => Buffer.alloc(g.length)],
    ['wrong types', (g) => JSON.stringify({ ...JSON.parse(g), date: 20210223, attendeeGroups: 'nhiều người' })],
  ];

  for (const [what, corrupt] of damage) {
    it(`${what}: quarantined, restored from .bak, notice given, nothing else touched`, async () => {
      const m = seedMeeting();
      const other = { ...seedMeeting(), id: 'other-meeting', subject: 'việc khác' };
      let s = await openServices(dir);
      await s.meeting.save({ ...m, subject: 'bản một' }, 'auto');
      await s.meeting.save({ ...m, subject: 'bản hai' }, 'auto');
      await s.meeting.save(other, 'auto');
      await s.close();

      const file = join(dir, 'meetings', `${m.id}.json`);
      const good = readFileSync(file, 'utf8');
      writeFileSync(file, corrupt(good));
      const damaged = readFileSync(file);
      const before = treeOf(dir, (r) => r === `meetings/${m.id}.json` || r === 'index.jsonl');

      s = await openServices(dir);
      const got = await s.meeting.get(m.id);
      expect(got.subject).toBe('bản một'); // the .bak copy: the save before the damaged one
      const notices = s.notices();
      expect(notices).toHaveLength(1);
      expect(notices[0]!.meetingId).toBe(m.id);
      expect(notices[0]!.message).toMatch(/bị hỏng/);
      expect(notices[0]!.message).toMatch(/Đã khôi phục bản lưu tốt trước đó/);
      const q = readdirSync(join(dir, 'quarantine'));
      expect(q).toHaveLength(1);
      expect(readFileSync(join(dir, 'quarantine', q[0]!))).toEqual(damaged);
      // The open library's own lock aside.
      const after = treeOf(
        dir,
        (r) => r === `meetings/${m.id}.json` || r === 'index.jsonl' || r.startsWith('quarantine/') || r === LOCK_FILE,
      );
      expect(after).toEqual(before);
      expect((await s.meeting.get('other-meeting')).subject).toBe('việc khác');
      await s.close();
    });
  }

  it('a damaged file without a usable copy is quarantined, reported and left out of the library', async () => {
    const s0 = await openServices(dir);
    const m = await s0.meeting.save(seedMeeting(), 'auto');
    await s0.close();
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), '{"schemaVersion": 1, "id": ');
    const s = await openServices(dir);
    // Start-up trusts a fresh index; opening the meeting finds the damage.
    await expect(s.meeting.get(m.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(s.library.list().map((x) => x.id)).toEqual([]);
    expect(s.notices()[0]!.message).toMatch(/Không khôi phục được vì không có bản sao trước đó/);
    expect(readdirSync(join(dir, 'quarantine'))).toHaveLength(1);
    await s.close();
  });

  it('when the .bak copy is damaged too, the newest snapshot is restored', async () => {
    const s0 = await openServices(dir);
    const m = seedMeeting();
    await s0.meeting.save({ ...m, subject: 'lưu thủ công' }, 'explicit');
    await s0.meeting.save({ ...m, subject: 'tự lưu' }, 'auto');
    await s0.close();
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), Buffer.alloc(100));
    writeFileSync(join(dir, 'meetings', `${m.id}.json.bak`), '{"cắt cụt');
    const s = await openServices(dir);
    expect((await s.meeting.get(m.id)).subject).toBe('lưu thủ công');
    expect(s.notices()[0]!.message).toMatch(/cũng không dùng được, đã khôi phục từ bản chụp lúc/);
    await s.close();
  });

  it('a second quarantine of the same file never overwrites the first', async () => {
    const s0 = await openServices(dir);
    const m = await s0.meeting.save(seedMeeting(), 'auto');
    await s0.close();
    const ctx = await openStorageContext({ dataDir: dir, now: () => new Date(Date.UTC(2026, 0, 1)) });
    const store = new MeetingStore(ctx);
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), 'hỏng 1');
    await store.read(m.id);
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), 'hỏng 2');
    rmBak(m.id);
    await store.read(m.id);
    const q = readdirSync(join(dir, 'quarantine'))
      .map((n) => readFileSync(join(dir, 'quarantine', n), 'utf8'))
      .sort();
    expect(q).toEqual(['hỏng 1', 'hỏng 2']);
  });

  function rmBak(id: string) {
    const bak = join(dir, 'meetings', `${id}.json.bak`);
    if (existsSync(bak)) writeFileSync(bak, 'cũng hỏng');
  }

  it('damaged settings fall back to the .bak copy with a notice', async () => {
    let s = await openServices(dir);
    await s.settings.update({ openAfterExport: false });
    await s.settings.update({ openAfterExport: false, defaultProfileId: 'nd30-2020' });
    await s.close();
    writeFileSync(join(dir, 'settings.json'), '\0\0\0\0');
    s = await openServices(dir);
    expect(s.settings.get().openAfterExport).toBe(false);
    expect(s.settings.get().defaultProfileId).toBe('hd36-2018');
    expect(s.notices()[0]!.file).toBe('settings.json');
    await s.close();
  });

  it('a damaged directory falls back to its .bak; a damaged custom profile is quarantined and left out', async () => {
    let s = await openServices(dir);
    await s.meeting.save(seedMeeting(), 'explicit');
    await s.directory.upsert({
      id: 'p1',
      name: 'Lê Thị Hoa',
      position: 'Chánh Văn phòng',
      unit: '',
      title: 'đồng chí',
      useCount: 0,
      lastUsedAt: '',
    });
    const base = s.profiles.get('nd30-2020')!;
    await s.profiles.save({ ...base, id: 'rieng', name: 'Thể thức riêng', builtIn: false });
    await s.close();
    writeFileSync(join(dir, 'directory.json'), '{"schemaVersion":1,"entries":[{"id":');
    writeFileSync(join(dir, 'profiles', 'rieng.json'), JSON.stringify({ ...base, id: 'rieng', page: 'A4' }));
    s = await openServices(dir);
    // The copy from before the last change: learned from the meeting, without the later upsert.
    expect(s.directory.list().some((e) => e.name === 'Vũ Đức Bảo')).toBe(true);
    expect(s.directory.list().some((e) => e.id === 'p1')).toBe(false);
    expect(s.profiles.list().map((p) => p.id)).toEqual(['nd30-2020', 'hd36-2018', 'dang-2026']);
    expect(
      s
        .notices()
        .map((n) => n.file)
        .sort(),
    ).toEqual(['directory.json', join('profiles', 'rieng.json')]);
    expect(readdirSync(join(dir, 'quarantine'))).toHaveLength(2);
    await s.close();
  });

  it('migrates an old (schemaVersion 0) meeting file on read', async () => {
    const m = seedMeeting();
    // Version 0 was version 1 with `chair` and a bare profile id.
    const v1 = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'v1', `${m.id}.json`), 'utf8'));
    const { presiding, schemaVersion: _v, profile, ...rest } = v1;
    const v0 = { ...rest, chair: presiding, profile: profile.id };
    const s0 = await openServices(dir);
    await s0.close();
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), JSON.stringify(v0));
    const s = await openServices(dir);
    const got = await s.meeting.get(m.id);
    expect(got.schemaVersion).toBe(SCHEMA_VERSION);
    expect(got.presiding.name).toBe(presiding.name);
    expect(got.profile).toEqual({ id: profile.id, version: 1 });
    expect(s.notices()).toEqual([]);
    await s.close();
  });
});

describe('a library of version 1 files', () => {
  it('upgrades each file when it is opened, keeping the version 1 file as a version to restore', async () => {
    const s0 = await openServices(dir);
    await s0.close();
    const v1Text = readFileSync(join(__dirname, '..', 'fixtures', 'v1', 'ubnd-gia-lam-2024-03-12.json'), 'utf8');
    const id = JSON.parse(v1Text).id as string;
    writeFileSync(join(dir, 'meetings', `${id}.json`), v1Text);
    const s = await openServices(dir);
    const got = await s.meeting.get(id);
    expect(got.schemaVersion).toBe(SCHEMA_VERSION);
    // Upgraded on disk, not just in memory.
    expect(JSON.parse(readFileSync(join(dir, 'meetings', `${id}.json`), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    const snaps = await s.meeting.snapshots(id);
    const original = snaps.filter((x) => x.reason === 'upgrade');
    expect(original).toHaveLength(1);
    expect(original[0]!.label).toBe('Bản gốc trước khi nâng cấp định dạng dữ liệu');
    // Opening again does not take another copy.
    await s.meeting.get(id);
    expect((await s.meeting.snapshots(id)).filter((x) => x.reason === 'upgrade')).toHaveLength(1);
    // The kept file is the version 1 file byte for byte (as JSON), and restoring it gives the same meeting.
    const file = readdirSync(join(dir, 'snapshots', id)).find((f) => f.endsWith('-upgrade.json'))!;
    expect(JSON.parse(readFileSync(join(dir, 'snapshots', id, file), 'utf8')).meeting).toEqual(JSON.parse(v1Text));
    const restored = await s.meeting.restoreSnapshot(id, original[0]!.id);
    expect({ ...restored, updatedAt: '' }).toEqual({ ...got, updatedAt: '' });
    await s.close();
  });
});

describe('the index', () => {
  async function libraryWith(n: number) {
    const s = await openServices(dir);
    for (let i = 0; i < n; i++)
      await s.meeting.save({ ...seedMeeting(), id: `m${i}`, subject: `việc số ${i}` }, 'auto');
    await s.close();
  }

  it('a corrupt index is rebuilt from the meeting files, with a notice, nothing lost', async () => {
    await libraryWith(3);
    writeFileSync(join(dir, 'index.jsonl'), '{"schemaVersion":1,"entries":[{"summ');
    const meetingsBefore = treeOf(join(dir, 'meetings'));
    const s = await openServices(dir);
    expect(s.startup.index.state).toBe('rebuilt');
    expect(
      s.library
        .list()
        .map((x) => x.id)
        .sort(),
    ).toEqual(['m0', 'm1', 'm2']);
    expect(s.notices()[0]!.message).toMatch(/Chỉ mục thư viện bị hỏng/);
    expect(treeOf(join(dir, 'meetings'))).toEqual(meetingsBefore);
    expect(JSON.parse(readFileSync(join(dir, 'index.jsonl'), 'utf8').split('\n')[0]!).summaries).toHaveLength(3);
    await s.close();
  });

  const indexLines = () => readFileSync(join(dir, 'index.jsonl'), 'utf8').split('\n');
  const searchIds = (s: Awaited<ReturnType<typeof openServices>>, q: string) =>
    s.library
      .list({ search: q })
      .map((x) => x.id)
      .sort();

  it('keeps the search words on a second line, so opening parses only the summaries', async () => {
    await libraryWith(2);
    const [head, words, end] = indexLines();
    expect(JSON.parse(head!)).toMatchObject({ schemaVersion: 2, summaries: [{ id: 'm0' }, { id: 'm1' }] });
    expect(head).not.toContain('tran dinh canh');
    expect(JSON.parse(words!).words.m0).toContain('tran dinh canh');
    expect(end).toBe('');
  });

  it('damaged search words: the list opens at once, the words are re-read from the meeting files, with a notice', async () => {
    await libraryWith(3);
    const [head] = indexLines();
    writeFileSync(join(dir, 'index.jsonl'), `${head}\n{"words":{"m0":"tran`);
    const meetingsBefore = treeOf(join(dir, 'meetings'));
    const s = await openServices(dir);
    expect(s.startup.index).toEqual({ state: 'fresh', reread: 0 });
    expect(s.library.list()).toHaveLength(3);
    searchIds(s, 'tran dinh canh'); // the first search finds the damage
    await s.flush();
    expect(s.notices().map((n) => n.message)).toEqual([expect.stringMatching(/Chỉ mục tìm kiếm bị hỏng/)]);
    expect(searchIds(s, 'tran dinh canh')).toEqual(['m0', 'm1', 'm2']);
    expect(JSON.parse(indexLines()[1]!).words.m2).toContain('tran dinh canh');
    expect(treeOf(join(dir, 'meetings'))).toEqual(meetingsBefore);
    await s.close();
  });

  it('reads the previous version’s one-line index without re-reading meeting files', async () => {
    await libraryWith(2);
    const [head, words] = indexLines();
    const { capturedAt, dirMtimeMs, summaries } = JSON.parse(head!) as {
      capturedAt: number;
      dirMtimeMs: number;
      summaries: { id: string }[];
    };
    const byId = (JSON.parse(words!) as { words: Record<string, string> }).words;
    const entries = summaries.map((summary) => ({ summary, search: { words: byId[summary.id] } }));
    // Written under the name the previous version used.
    await fsp.rm(join(dir, 'index.jsonl'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 1, capturedAt, dirMtimeMs, entries }));
    const s = await openServices(dir);
    expect(s.startup.index).toEqual({ state: 'fresh', reread: 0 });
    expect(searchIds(s, 'tran dinh canh')).toEqual(['m0', 'm1']);
    expect(s.notices()).toEqual([]);
    await s.close();
    expect(existsSync(join(dir, 'index.json'))).toBe(false);
    expect(indexLines()).toHaveLength(3);
  });

  it('index.json, the two-line file of earlier builds, is read once under its old name, then renamed index.jsonl', async () => {
    await libraryWith(2);
    const before = readFileSync(join(dir, 'index.jsonl'), 'utf8');
    await fsp.rename(join(dir, 'index.jsonl'), join(dir, 'index.json'));
    const s = await openServices(dir);
    expect(s.startup.index).toEqual({ state: 'fresh', reread: 0 });
    expect(searchIds(s, 'tran dinh canh')).toEqual(['m0', 'm1']);
    await s.close();
    expect(existsSync(join(dir, 'index.json'))).toBe(false);
    const summaries = (text: string) => (JSON.parse(text.split('\n')[0]!) as { summaries: unknown }).summaries;
    expect(summaries(readFileSync(join(dir, 'index.jsonl'), 'utf8'))).toEqual(summaries(before));
  });

  it('a meeting saved before the first search is found by its new words, not the stored ones', async () => {
    await libraryWith(2);
    const s = await openServices(dir);
    await s.meeting.save({ ...seedMeeting(), id: 'm1', place: 'Hội trường Ngọc Thụy' }, 'auto');
    expect(searchIds(s, 'ngoc thuy')).toEqual(['m1']);
    await s.close();
    const again = await openServices(dir);
    expect(searchIds(again, 'ngoc thuy')).toEqual(['m1']);
    await again.close();
  });

  it('a missing index is rebuilt silently', async () => {
    await libraryWith(2);
    await fsp.rm(join(dir, 'index.jsonl'));
    const s = await openServices(dir);
    expect(s.library.list()).toHaveLength(2);
    expect(s.notices()).toEqual([]);
    await s.close();
  });

  it('a meeting file newer than the index (a crash before the index was written) is picked up', async () => {
    await libraryWith(2);
    const ctx = await openStorageContext({ dataDir: dir });
    const store = new MeetingStore(ctx);
    // Written behind the index's back: a new meeting and a changed one.
    await store.write({ ...seedMeeting(), id: 'm9', subject: 'mới thêm' });
    await store.write({ ...seedMeeting(), id: 'm0', subject: 'đã sửa' });
    const index = new LibraryIndex(ctx, store);
    const report = await index.open();
    expect(report.state).toBe('refreshed');
    expect(index.get('m9')?.subject).toBe('mới thêm');
    expect(index.get('m0')?.subject).toBe('đã sửa');
    expect(index.size).toBe(3);
  });

  it('an up-to-date index is used without re-reading meeting files', async () => {
    await libraryWith(2);
    const ctx = await openStorageContext({ dataDir: dir });
    const index = new LibraryIndex(ctx, new MeetingStore(ctx));
    expect(await index.open()).toEqual({ state: 'fresh', reread: 0 });
    expect(statSync(join(dir, 'index.jsonl')).size).toBeGreaterThan(0);
  });
});

describe('fake ports', () => {
  it('clock moves forward', () => {
    const p = fakePorts();
    expect(p.now().getTime()).toBeLessThan(p.now().getTime());
  });
});
