import { existsSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { isTracked, openTasks, outlineEntries } from '../../src/shared/model/meeting';
import { CHANNELS } from '../../src/shared/ipc/contract';
import { resolveProfile } from '../../src/shared/profile/resolve';
import { safeFileName, safeFileStem } from '../../src/shared/text/fileName';
import { createHandlers } from '../../src/backend/ipc/handlers';
import { SNAPSHOTS_PER_MEETING } from '../../src/backend/storage/meetingStore';
import { ServiceError } from '../../src/backend/errors/serviceError';
import type { Services } from '../../src/backend/services';
import { fakePorts, openServices, removeDir, seedMeeting, tempDir, type FakePorts } from '../fixtures/storage/helpers';

let dir: string;
let ports: FakePorts;
let s: Services;
beforeEach(async () => {
  dir = tempDir();
  ports = fakePorts();
  s = await openServices(join(dir, 'data'), { ports });
});
afterEach(async () => {
  await s.close();
  await removeDir(dir);
});

describe('meeting service', () => {
  it('saving NFC-normalises and strips XML-forbidden characters from every text', async () => {
    const m = seedMeeting();
    const decomposed = 'Long Biên'.normalize('NFD');
    await s.meeting.save(
      { ...m, host: `${decomposed}\u0001`, presiding: { ...m.presiding, name: 'Vũ Đức Bảo'.normalize('NFD') } },
      'auto',
    );
    const got = await s.meeting.get(m.id);
    expect(got.host).toBe('Long Biên'.normalize('NFC'));
    expect(got.presiding.name).toBe('Vũ Đức Bảo'.normalize('NFC'));
  });

  it('refuses an invalid meeting with a Vietnamese message and writes nothing', async () => {
    const err = await s.meeting.save({ ...seedMeeting(), date: '2021-02-30' }, 'auto').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).message).toMatch(/ngày có thật/);
    expect(readdirSync(join(dir, 'data', 'meetings'))).toEqual([]);
  });

  it('explicit saves take snapshots, auto saves do not; snapshots stay bounded', async () => {
    const m = seedMeeting();
    await s.meeting.save(m, 'auto');
    expect(await s.meeting.snapshots(m.id)).toEqual([]);
    for (let i = 0; i < SNAPSHOTS_PER_MEETING + 5; i++) await s.meeting.save({ ...m, subject: `bản ${i}` }, 'explicit');
    const snaps = await s.meeting.snapshots(m.id);
    expect(snaps).toHaveLength(SNAPSHOTS_PER_MEETING);
    expect(snaps[0]!.label).toBe('Lưu thủ công');
    // Newest first, the oldest five dropped.
    const newest = await s.meeting.restoreSnapshot(m.id, snaps[0]!.id);
    expect(newest.subject).toBe(`bản ${SNAPSHOTS_PER_MEETING + 4}`);
  });

  it('a temp file a crash left among the snapshots goes at the next snapshot; one still being written stays', async () => {
    const m = seedMeeting();
    await s.meeting.save(m, 'explicit');
    const folder = join(dir, 'data', 'snapshots', m.id);
    const abandoned = join(folder, '.2026-01-01T00-00-00-000Z-save.json.4242.7.tmp');
    const inFlight = join(folder, '.2026-11-28T03-00-00-000Z-save.json.4243.1.tmp');
    writeFileSync(abandoned, '{"info":');
    writeFileSync(inFlight, '{"info":');
    utimesSync(abandoned, new Date('2026-01-01'), new Date('2026-01-01'));
    const now = new Date(ports.clock.t);
    utimesSync(inFlight, now, now);
    await s.meeting.save({ ...m, subject: 'lần hai' }, 'explicit');
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(inFlight)).toBe(true);
    expect(await s.meeting.snapshots(m.id)).toHaveLength(2);
  });

  it('restoring a snapshot brings its content back and snapshots the current state first', async () => {
    const m = seedMeeting();
    await s.meeting.save({ ...m, subject: 'lần đầu' }, 'explicit');
    await s.meeting.save({ ...m, subject: 'lần hai' }, 'auto');
    const [first] = await s.meeting.snapshots(m.id);
    const restored = await s.meeting.restoreSnapshot(m.id, first!.id);
    expect(restored.subject).toBe('lần đầu');
    expect((await s.meeting.get(m.id)).subject).toBe('lần đầu');
    const snaps = await s.meeting.snapshots(m.id);
    expect(snaps[0]!.reason).toBe('restore');
    expect((await s.meeting.restoreSnapshot(m.id, snaps[0]!.id)).subject).toBe('lần hai');
    await expect(s.meeting.restoreSnapshot(m.id, '../../settings')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('explicit saves teach the directory the people of the meeting, without duplicates', async () => {
    const m = seedMeeting();
    await s.meeting.save(m, 'explicit');
    await s.meeting.save(m, 'explicit');
    const bao = s.directory.list().filter((e) => e.name === 'Vũ Đức Bảo');
    expect(bao).toHaveLength(1);
    expect(bao[0]!.useCount).toBe(2);
    expect(bao[0]!.unit).toBe('Ban Tổ chức Thành ủy');
  });
});

describe('library service', () => {
  it('createNext carries only the tasks the secretary chose, each marked with the session it comes from', async () => {
    const m = seedMeeting();
    await s.meeting.save(m, 'auto');
    const [first, second] = openTasks(m);
    const none = await s.library.createNext(m.id);
    expect(outlineEntries(none.conclusions)).toEqual([]);
    const next = await s.library.createNext(m.id, [second!.id]);
    // The chosen task becomes an item of the new outline, its text and tracking data kept, marked as carried.
    expect(outlineEntries(next.conclusions)).toEqual([
      {
        id: second!.id,
        text: second!.text,
        items: [],
        task: { ...second!.task, carriedFrom: { meetingId: m.id, date: m.date } },
      },
    ]);
    expect(outlineEntries(next.conclusions).map((d) => d.id)).not.toContain(first!.id);
    // Follow-up data only: the notice prints the task's text, not where it came from.
    const { layoutDocument } = await import('../../src/shared/layout/layoutDocument');
    const { HD36_2018 } = await import('../../src/shared/profile/builtin');
    expect(layoutDocument(next, 'notice', HD36_2018).plainText).not.toMatch(/chuyển từ/);
  });

  it("a new blank meeting starts from the office's default format, issuing body and signers", async () => {
    const issuer = {
      parentBody: '',
      name: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ',
      code: 'UBND',
      placeName: 'Minh Phú',
      officeName: 'Văn phòng Ủy ban nhân dân xã',
    };
    const signer = {
      heading: '',
      authority: 'TM' as const,
      authorityOf: 'ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Lê Văn Hòa',
    };
    await s.settings.update({
      defaultProfileId: 'nd30-2020',
      defaultIssuer: issuer,
      defaultSigners: { notice: [signer], minutes: [] },
      defaultIssuance: {
        notice: { recipients: [{ text: 'Thường trực Đảng ủy', note: '(b/c)' }], archive: 'VT, VP' },
        minutes: { recipients: [], archive: 'Hồ sơ' },
      },
    });
    const m = await s.library.create({ template: 'blank' });
    expect(m.profile.id).toBe('nd30-2020');
    expect(m.issuer).toEqual(issuer);
    expect(m.notice.signers).toEqual([signer]);
    expect(m.notice.recipients).toEqual([{ text: 'Thường trực Đảng ủy', note: '(b/c)' }]);
    expect(m.notice.archive).toBe('VT, VP');
    expect(m.minutes.archive).toBe('Hồ sơ');
  });

  it('createNext carries issuer, people, signers, recipients, profile and the open directives chosen', async () => {
    const m = seedMeeting();
    const tasks = outlineEntries(m.conclusions).filter(isTracked);
    tasks[0]!.task.status = 'done';
    await s.meeting.save(m, 'auto');
    // The done one is never carried, even when asked for.
    const next = await s.library.createNext(
      m.id,
      outlineEntries(m.conclusions).map((d) => d.id),
    );
    expect(next.id).not.toBe(m.id);
    expect(next.previousId).toBe(m.id);
    expect(next.issuer).toEqual(m.issuer);
    expect(next.attendeeGroups).toEqual(m.attendeeGroups);
    expect(next.presiding).toEqual(m.presiding);
    expect(next.secretary).toEqual(m.secretary);
    expect(next.notice.signers).toEqual(m.notice.signers);
    expect(next.notice.recipients).toEqual(m.notice.recipients);
    expect(next.minutes.signers).toEqual(m.minutes.signers);
    expect(next.profile).toEqual(m.profile);
    expect(outlineEntries(next.conclusions).map((d) => d.text)).toEqual(tasks.slice(1).map((d) => d.text));
    expect(next.date).toBe('');
    expect(next.reports).toEqual([]);
    expect(next.discussion).toEqual([]);
    expect(next.notice.number).toBe('');
    expect(next.notice.status).toBe('draft');
    expect(
      s.library
        .list()
        .map((x) => x.id)
        .sort(),
    ).toEqual([m.id, next.id].sort());
  });

  it('creates blank meetings with the default profile and the examples by rule book', async () => {
    // The Party default follows the rules in force on the day (the fake clock is in 2026): Quy định 399.
    const blank = await s.library.create({});
    expect(blank.profile.id).toBe('dang-2026');
    expect(blank.subject).toBe('');
    const state = await s.library.create({ template: 'example-state' });
    expect(state.profile.id).toBe('nd30-2020');
    expect(state.subject).not.toBe('');
    // The newest example: a body of the two-level local government, not a district of 2021.
    const party = await s.library.create({ template: 'example-party' });
    expect(party.profile.id).toBe('dang-2026');
    expect(party.host).toBe('');
    expect(new Set([blank.id, state.id, party.id]).size).toBe(3);
  });

  it('delete moves to the trash, restore brings it back, nothing is erased', async () => {
    const m = await s.meeting.save(seedMeeting(), 'auto');
    await s.library.remove(m.id);
    expect(s.library.list()).toEqual([]);
    expect(existsSync(join(dir, 'data', 'trash', `${m.id}.json`))).toBe(true);
    const trash = await s.library.trash();
    expect(trash).toEqual([expect.objectContaining({ id: m.id, subject: m.subject, date: m.date })]);
    await expect(s.meeting.get(m.id)).rejects.toMatchObject({ code: 'not_found' });
    const summary = await s.library.restore(m.id);
    expect(summary.subject).toBe(m.subject);
    expect(await s.library.trash()).toEqual([]);
    expect((await s.meeting.get(m.id)).subject).toBe(m.subject);
  });

  it('filters by year, profile and status', async () => {
    const m = seedMeeting();
    await s.meeting.save(m, 'auto');
    await s.meeting.save(
      {
        ...m,
        id: 'b2024',
        date: '2024-05-01',
        profile: { id: 'nd30-2020', version: 1 },
        notice: { ...m.notice, status: 'issued' },
      },
      'auto',
    );
    expect(s.library.list({ year: 2021 }).map((x) => x.id)).toEqual([m.id]);
    expect(s.library.list({ profileId: 'nd30-2020' }).map((x) => x.id)).toEqual(['b2024']);
    expect(s.library.list({ status: 'issued' }).map((x) => x.id)).toEqual(['b2024']);
    expect(s.library.list().map((x) => x.id)).toEqual(['b2024', m.id]);
  });

  it('lists search results newest first too, and gives the first screen of a list with its total', async () => {
    const m = seedMeeting();
    const dates = ['2019-03-01', '2023-07-15', '', '2021-11-30', '2022-01-02'];
    for (const [i, date] of dates.entries()) await s.meeting.save({ ...m, id: `lb-${i}`, date }, 'auto');
    const newest = ['lb-2', 'lb-1', 'lb-4', 'lb-3', 'lb-0'];
    expect(s.library.list({ search: 'long bien' }).map((x) => x.id)).toEqual(newest);
    const h = createHandlers(s, { platform: 'linux' });
    const page = await h['library:list']({ search: 'long bien', limit: 2 });
    expect(page.items.map((x) => x.id)).toEqual(newest.slice(0, 2));
    expect(page.total).toBe(5);
    expect((await h['library:list']({ year: 2022, limit: 10 })).items.map((x) => x.id)).toEqual(['lb-4']);
  });
});

describe('search', () => {
  beforeEach(async () => {
    const m = seedMeeting();
    await s.meeting.save(m, 'auto');
    await s.meeting.save(
      {
        ...m,
        id: 'gia-lam',
        host: 'Huyện ủy Gia Lâm',
        subject: 'đầu tư trường học',
        place: 'Gia Lâm',
        attendeeGroups: [],
        presiding: { ...m.presiding, name: 'Trần Văn Đông' },
        conclusions: { parts: [], after: '' },
      },
      'auto',
    );
  });

  it('`long bien` finds Long Biên without accents, and only it', () => {
    expect(s.library.list({ search: 'long bien' }).map((x) => x.id)).toEqual(['long-bien-2021-02-23']);
  });

  it('`d` matches `đ`: `dau tu` and `dong` find the meeting spelt with đ', () => {
    expect(s.library.list({ search: 'dau tu' }).map((x) => x.id)).toEqual(['gia-lam']);
    expect(s.library.list({ search: 'tran van dong' }).map((x) => x.id)).toEqual(['gia-lam']);
  });

  it('prefix search as you type, over people and directive text', () => {
    expect(s.library.list({ search: 'Vũ Đức B' }).map((x) => x.id)).toEqual(['long-bien-2021-02-23']);
    expect(s.library.list({ search: 'vu duc x' })).toEqual([]);
    expect(s.library.list({ search: 'Gia L' }).map((x) => x.id)).toEqual(['gia-lam']);
    expect(s.library.list({ search: 'quy che lam vi' }).map((x) => x.id)).toEqual(['long-bien-2021-02-23']);
    expect(s.library.list({ search: 'khong co dau' })).toEqual([]);
  });

  it('follows saves and deletes', async () => {
    const ids = (q: string) => s.library.list({ search: q }).map((x) => x.id);
    expect(ids('huyen uy gia lam')).toEqual(['gia-lam']);
    await s.meeting.save(
      { ...(await s.meeting.get('gia-lam')), host: 'Quận ủy Hoàn Kiếm', place: 'Hoàn Kiếm' },
      'auto',
    );
    expect(ids('huyen uy gia lam')).toEqual([]);
    expect(ids('hoan kiem')).toEqual(['gia-lam']);
    await s.library.remove('gia-lam');
    expect(ids('hoan kiem')).toEqual([]);
  });
});

describe('backups', () => {
  it('round trip: backup, change the library, restore: everything as at backup time', async () => {
    const m = await s.meeting.save(seedMeeting(), 'explicit');
    await s.settings.update({ defaultProfileId: 'nd30-2020' });
    const out = join(dir, 'sao-luu.zip');
    ports.saveAnswers.push(out);
    expect(await s.backup.create()).toEqual({ canceled: false, path: out });

    await s.meeting.save({ ...m, subject: 'đã sửa sau sao lưu' }, 'auto');
    const extra = await s.library.create({});
    await s.settings.update({ defaultProfileId: 'hd36-2018' });

    ports.openAnswers.push(out);
    expect(await s.backup.restore()).toEqual({ canceled: false, meetings: 1 });
    expect((await s.meeting.get(m.id)).subject).toBe(m.subject);
    expect(s.library.list().map((x) => x.id)).toEqual([m.id]);
    expect(s.settings.get().defaultProfileId).toBe('nd30-2020');
    // The meeting not in the backup went to the trash, and a safety backup was made first.
    expect((await s.library.trash()).map((t) => t.id)).toEqual([extra.id]);
    const safety = (await s.backup.list()).find((b) => b.file.includes('truoc-khi-khoi-phuc'));
    expect(safety?.meetings).toBe(2);
  });

  const bad: [string, () => Uint8Array][] = [
    ['not a zip', () => strToU8('không phải tệp nén')],
    [
      'a damaged meeting inside',
      () =>
        zipSync({
          'bienban-backup.json': strToU8(
            JSON.stringify({ format: 'bienban-backup', version: 1, createdAt: '', appVersion: '', meetings: 1 }),
          ),
          'meetings/x.json': strToU8('{"id": "x",'),
        }),
    ],
    ['no manifest', () => zipSync({ 'meetings/x.json': strToU8('{}') })],
    [
      'a stray file (path escaping the folder)',
      () =>
        zipSync({
          'bienban-backup.json': strToU8(
            JSON.stringify({ format: 'bienban-backup', version: 1, createdAt: '', appVersion: '', meetings: 0 }),
          ),
          '../evil.json': strToU8('{}'),
        }),
    ],
  ];
  for (const [what, make] of bad) {
    it(`a bad backup (${what}) is refused with a Vietnamese message and the library is untouched`, async () => {
      const m = await s.meeting.save(seedMeeting(), 'explicit');
      await s.flush();
      const before = readFileSync(join(dir, 'data', 'meetings', `${m.id}.json`));
      const zip = join(dir, 'xau.zip');
      writeFileSync(zip, make());
      const err = await s.backup.restoreFrom(zip).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServiceError);
      expect((err as ServiceError).code).toBe('invalid_backup');
      expect((err as ServiceError).message).toMatch(/Thư viện không bị thay đổi/);
      expect(readFileSync(join(dir, 'data', 'meetings', `${m.id}.json`))).toEqual(before);
      expect(readdirSync(join(dir, 'data', 'backups'))).toEqual([]);
      expect(s.library.list().map((x) => x.id)).toEqual([m.id]);
    });
  }

  it('automatic backup runs once per day and keeps the last ten', async () => {
    await s.meeting.save(seedMeeting(), 'auto');
    expect(await s.backup.autoBackupIfDue()).not.toBeNull();
    expect(await s.backup.autoBackupIfDue()).toBeNull();
    for (let day = 1; day <= 12; day++) {
      ports.clock.t += 24 * 3600 * 1000;
      expect(await s.backup.autoBackupIfDue()).not.toBeNull();
    }
    const autos = readdirSync(join(dir, 'data', 'backups')).filter((n) => n.startsWith('tu-dong-'));
    expect(autos).toHaveLength(10);
    const files = unzipSync(readFileSync(join(dir, 'data', 'backups', autos[9]!)));
    expect(Object.keys(files)).toContain('meetings/long-bien-2021-02-23.json');
  });
});

describe('profiles and settings', () => {
  it('lists built-ins plus custom; built-ins cannot be overwritten or deleted', async () => {
    const base = s.profiles.get('nd30-2020')!;
    await s.profiles.save({ ...base, id: 'nd30-so-gd', name: 'Sở GD&ĐT', builtIn: false });
    expect(s.profiles.list().map((p) => p.id)).toEqual(['nd30-2020', 'hd36-2018', 'dang-2026', 'nd30-so-gd']);
    await expect(s.profiles.save({ ...base, name: 'đè' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(s.profiles.remove('hd36-2018')).rejects.toMatchObject({ code: 'forbidden' });
    await s.profiles.remove('nd30-so-gd');
    expect(s.profiles.list()).toHaveLength(3);
  });
});

describe('export', () => {
  it('saves the rendered bytes under a safe default name, snapshots, opens when asked', async () => {
    const bytes = strToU8('PK fake docx');
    const s2 = await openServices(join(dir, 'data2'), {
      ports,
      renderDocx: async (_m, kind) => ({ bytes, layout: { fileStem: `Thông báo: ${kind}/CON?` } as never }),
    });
    const m = await s2.meeting.save(seedMeeting(), 'auto');
    const target = join(dir, 'tb.docx');
    ports.saveAnswers.push(target);
    expect(await s2.export.docx(m.id, 'notice')).toEqual({ canceled: false, path: target });
    expect(ports.saveRequests[0]!.defaultName).toBe('Thông báo notice CON.docx');
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(ports.opened).toEqual([target]);
    expect((await s2.meeting.snapshots(m.id))[0]!.reason).toBe('export');
    expect(await s2.export.docx(m.id, 'minutes')).toEqual({ canceled: true, path: '' });
    await s2.close();
  });
});

describe('export: the profile', () => {
  const fakeRender = () => ({
    renderDocx: async (_m: unknown, _k: unknown, profile: { id: string }) => ({
      bytes: strToU8(`docx ${profile.id}`),
      layout: { fileStem: 'tb' } as never,
    }),
  });

  it('refuses a meeting whose profile was deleted with the message the preview shows, and asks nothing', async () => {
    const s2 = await openServices(join(dir, 'data2'), { ports, ...fakeRender() });
    const base = s2.profiles.get('hd36-2018')!;
    await s2.profiles.save({ ...base, id: 'hd36-tinh-uy', name: 'Tỉnh ủy', builtIn: false });
    const m = await s2.meeting.save({ ...seedMeeting(), profile: { id: 'hd36-tinh-uy', version: 1 } }, 'auto');
    await s2.profiles.remove('hd36-tinh-uy');
    ports.saveAnswers.push(join(dir, 'tb.docx'));
    const err = await s2.export.docx(m.id, 'notice').catch((e: unknown) => e);
    const expected = resolveProfile(m.profile, s2.profiles.list());
    expect(expected.ok).toBe(false);
    expect(err).toMatchObject({ code: 'not_found', message: !expected.ok && expected.message });
    expect(ports.saveRequests).toEqual([]);
    expect(existsSync(join(dir, 'tb.docx'))).toBe(false);
    await s2.close();
  });

  it('refuses a newer profile version and explains an older one beside the saved path', async () => {
    const s2 = await openServices(join(dir, 'data2'), { ports, ...fakeRender() });
    const base = s2.profiles.get('nd30-2020')!;
    await s2.profiles.save({ ...base, id: 'nd30-so-gd', name: 'Sở GD&ĐT', version: 2, builtIn: false });
    const newer = await s2.meeting.save({ ...seedMeeting(), profile: { id: 'nd30-so-gd', version: 3 } }, 'auto');
    await expect(s2.export.docx(newer.id, 'notice')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('phiên bản 3, mới hơn phiên bản 2') as unknown,
    });
    const older = await s2.meeting.save({ ...seedMeeting(), profile: { id: 'nd30-so-gd', version: 1 } }, 'auto');
    const target = join(dir, 'tb.docx');
    ports.saveAnswers.push(target);
    const r = await s2.export.docx(older.id, 'notice');
    expect(r).toMatchObject({ canceled: false, path: target, note: expect.stringContaining('phiên bản 1 thành 2') });
    expect(readFileSync(target, 'utf8')).toBe('docx nd30-so-gd');
    await s2.close();
  });

  it('an explicit profile id exports a meeting whose own profile is missing', async () => {
    const s2 = await openServices(join(dir, 'data2'), { ports, ...fakeRender() });
    const m = await s2.meeting.save({ ...seedMeeting(), profile: { id: 'khong-co', version: 1 } }, 'auto');
    const target = join(dir, 'tb.docx');
    ports.saveAnswers.push(target);
    expect(await s2.export.docx(m.id, 'notice', 'nd30-2020')).toEqual({ canceled: false, path: target });
    expect(readFileSync(target, 'utf8')).toBe('docx nd30-2020');
    await s2.close();
  });
});

describe('export: the output file', () => {
  it('refuses a path inside the data folder, however it is spelled, and leaves the meeting file whole', async () => {
    const data = join(dir, 'data2');
    const s2 = await openServices(data, {
      ports,
      renderDocx: async () => ({ bytes: strToU8('docx'), layout: { fileStem: 'tb' } as never }),
    });
    const m = await s2.meeting.save(seedMeeting(), 'auto');
    const own = join(data, 'meetings', `${m.id}.json`);
    const before = readFileSync(own, 'utf8');
    symlinkSync(join(data, 'meetings'), join(dir, 'loi-tat'));
    for (const answer of [own, join(dir, 'loi-tat', `${m.id}.json`), join(data, 'backups', 'moi.docx')]) {
      ports.saveAnswers.push(answer);
      await expect(s2.export.docx(m.id, 'notice')).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringContaining('nằm trong thư mục dữ liệu của Biên Bản') as unknown,
      });
    }
    expect(readFileSync(own, 'utf8')).toBe(before);
    expect(existsSync(join(data, 'backups', 'moi.docx'))).toBe(false);
    await s2.close();
  });
});

describe('safe file names', () => {
  it('strips characters Windows refuses, trailing dots and spaces, reserved names; caps length', () => {
    expect(safeFileStem('Biên bản: 12/BB-VP <mật> | "a"?*')).toBe('Biên bản 12 BB-VP mật a');
    expect(safeFileStem('Thông báo...  ')).toBe('Thông báo');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('lpt1.báo cáo')).toBe('_lpt1.báo cáo');
    expect(safeFileStem('a\u0000b\u001fc')).toBe('a b c');
    expect(safeFileStem('///')).toBe('van-ban');
    expect(Array.from(safeFileStem('Đ'.repeat(500)))).toHaveLength(120);
    expect(safeFileName('x', 'docx')).toBe('x.docx');
  });
});

describe('IPC handlers', () => {
  it('cover every channel of the contract', () => {
    const handlers = createHandlers(s, { platform: 'linux' });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('run through the services: save, list, get, info', async () => {
    const h = createHandlers(s, { platform: 'linux' });
    const m = seedMeeting();
    const { updatedAt } = await h['meeting:save']({ meeting: m, reason: 'explicit' });
    expect(updatedAt).not.toBe('');
    expect((await h['library:list']({ search: 'long bien' })).items.map((x) => x.id)).toEqual([m.id]);
    expect((await h['meeting:get']({ id: m.id })).subject).toBe(m.subject);
    expect(await h['app:info']({})).toEqual({ version: '0.1.0-test', dataDir: join(dir, 'data'), platform: 'linux' });
    expect(await h['app:notices']({})).toEqual([]);
  });
});

describe('start-up', () => {
  it('makes the daily automatic backup in the background, once per day', async () => {
    const data = join(dir, 'auto');
    const p = fakePorts();
    const a = await openServices(data, { ports: p, autoBackup: true });
    await a.meeting.save(seedMeeting(), 'auto');
    const first = await a.startup.autoBackup;
    expect(first).toMatch(/tu-dong-.*\.zip$/);
    await a.close();
    const b = await openServices(data, { ports: p, autoBackup: true });
    expect(await b.startup.autoBackup).toBeNull();
    await b.close();
    expect(readdirSync(join(data, 'backups'))).toHaveLength(1);
  });
});
