/**
 * Backups as .zip, written by the one ZIP writer and read by the bounded reader (../zip):
 * automatic once a day at start-up (last 10 kept), on demand to a chosen file, and restore.
 * A restore is all or nothing: every entry is checked while the new library is staged beside the
 * live one (storage/librarySwitch.ts), a safety backup of the live library is made, and only then is
 * the library switched in one step; meetings missing from the backup go to the trash.
 */
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/model/library';
import { DirectoryEntry } from '../../shared/model/library';
import { builtinProfile } from '../../shared/profile/builtin';
import { parseProfile } from '../../shared/profile/load';
import { guardIo, ioCause, ioError } from '../errors/ioErrors';
import { ServiceError } from '../errors/serviceError';
import { LIMITS } from '../io/limits';
import { openOutsideFile, type OutsideFile } from '../io/outsideFile';
import type { Ports } from '../ports';
import { BACKUP_SUFFIX, writeFileAtomic } from '../storage/atomicFile';
import type { StorageContext } from '../storage/context';
import { isMissing } from '../storage/fileSystem';
import type { LibraryIndex } from '../storage/libraryIndex';
import { finishInterruptedSwitch, LibraryStaging } from '../storage/librarySwitch';
import { meetingValidator, type MeetingStore } from '../storage/meetingStore';
import { checkJson, readRegularFile } from '../storage/jsonFile';
import { parseRegister } from '../storage/registerStore';
import { parseMeeting } from '../../shared/model/parse';
import { RegisterFile } from '../../shared/register/schema';
import { fileSource, readZipDirectory, readZipEntry, ZipError, type ZipEntry, type ZipSource } from '../zip/reader';
import { zipParts } from '../zip/writer';
import type { DirectoryService } from './directory';
import type { ProfilesService } from './profiles';
import type { RegisterService } from './register';
import { parseSettings, type SettingsService } from './settings';

export const MANIFEST = 'bienban-backup.json';
export const AUTO_BACKUPS_KEPT = 10;

const ISSUED_FILE = /^issued\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_.-]+\.(docx|json))$/;

/** A frozen issued DOCX may be an imported original, as large as a Word file may be; JSON stays at its own bound. */
const ZIP_LIMITS = {
  entries: LIMITS.backupEntries,
  entryBytes: (name: string) => (ISSUED_FILE.exec(name)?.[3] === 'docx' ? LIMITS.docxFileBytes : LIMITS.jsonFileBytes),
  totalBytes: LIMITS.backupUnzippedBytes,
};

const UNCHANGED = 'Thư viện không bị thay đổi.';

const Manifest = z.object({
  format: z.literal('bienban-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  meetings: z.number().int().min(0),
});
type Manifest = z.infer<typeof Manifest>;

const DirectoryFile = z.object({ schemaVersion: z.literal(1), entries: z.array(DirectoryEntry) });

/** What a checked backup put into the staging area. */
interface StagedBackup {
  meetings: Set<string>;
  profiles: Set<string>;
  register: boolean;
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);
/** How the library's own JSON files are written (pretty, a final newline), so staged files read the same. */
const jsonText = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

function refused(problems: string[]): ServiceError {
  const shown = problems
    .slice(0, 10)
    .map((p) => `- ${p}`)
    .join('\n');
  const more = problems.length > 10 ? `\n- … và ${problems.length - 10} lỗi khác` : '';
  return new ServiceError(
    'invalid_backup',
    `Không khôi phục: bản sao lưu có ${problems.length} lỗi. ${UNCHANGED}\n${shown}${more}`,
  );
}

/** A limit passed or an archive that cannot be read at all: refused as a whole, at once. */
function refusedArchive(e: ZipError): ServiceError {
  return new ServiceError(
    'invalid_backup',
    e.tooLarge
      ? `Không khôi phục: bản sao lưu ${e.message}. ${UNCHANGED}`
      : `Tệp không phải bản sao lưu Biên Bản hợp lệ (${e.message}). ${UNCHANGED}`,
  );
}

async function readManifest(source: ZipSource, entries: ZipEntry[]): Promise<Manifest | null> {
  const entry = entries.find((e) => e.name === MANIFEST);
  if (!entry) return null;
  const r = checkJson(await readZipEntry(source, entry), (raw) => {
    const m = Manifest.safeParse(raw);
    return m.success ? { ok: true, value: m.data } : { ok: false, problems: [] };
  });
  return r.ok ? r.value : null;
}

/**
 * Check every entry of a backup, one at a time, and stage the good ones; throws one Vietnamese
 * message listing what is wrong (then the staging is to be discarded). Nothing live is touched.
 */
async function stageBackup(source: ZipSource, staging: LibraryStaging): Promise<StagedBackup> {
  const staged: StagedBackup = { meetings: new Set(), profiles: new Set(), register: false };
  try {
    const entries = await readZipDirectory(source, ZIP_LIMITS);
    const manifest = await readManifest(source, entries);
    if (!manifest) throw refused([`${MANIFEST}: thiếu hoặc sai (không phải bản sao lưu Biên Bản)`]);
    const problems: string[] = [];
    // Once something is wrong nothing more is staged, but every entry is still checked and listed.
    const stage = async (...args: Parameters<LibraryStaging['write']>) => {
      if (problems.length === 0) await staging.write(...args);
    };
    for (const entry of entries) {
      const name = entry.name;
      if (name === MANIFEST || name.endsWith('/')) continue;
      const meeting = /^meetings\/([A-Za-z0-9_-]+)\.json$/.exec(name);
      const profile = /^profiles\/([a-z0-9][a-z0-9._-]*)\.json$/.exec(name);
      const issued = ISSUED_FILE.exec(name);
      const known = meeting || profile || issued || ['settings.json', 'directory.json', 'register.json'].includes(name);
      if (!known) {
        problems.push(`${name}: tệp lạ, không thuộc bản sao lưu`);
        continue;
      }
      let data: Buffer;
      try {
        data = await readZipEntry(source, entry);
      } catch (e) {
        if (!(e instanceof ZipError) || e.tooLarge) throw e;
        problems.push(e.message);
        continue;
      }
      if (issued) {
        const r = issued[3] === 'json' ? checkJson(data, parseMeeting) : null;
        if (r && !r.ok) problems.push(`${name}: ${r.reason}`);
        else await stage('issued', `${issued[1]}/${issued[2]}`, data);
      } else if (name === 'register.json') {
        const r = checkJson(data, parseRegister);
        if (!r.ok) problems.push(`${name}: ${r.reason}`);
        else {
          await stage('register.json', undefined, jsonText(r.value));
          staged.register = true;
        }
      } else if (meeting) {
        const r = checkJson(data, meetingValidator(meeting[1]!));
        if (!r.ok) problems.push(`${name}: ${r.reason}`);
        else {
          await stage('meetings', `${r.value.id}.json`, jsonText(r.value));
          staged.meetings.add(r.value.id);
        }
      } else if (profile) {
        const id = profile[1]!;
        const r = checkJson(data, parseProfile);
        if (builtinProfile(id))
          problems.push(`${name}: mã thể thức "${id}" trùng một thể thức có sẵn, không được ghi đè`);
        else if (!r.ok) problems.push(`${name}: ${r.reason}`);
        else if (r.value.id !== id) problems.push(`${name}: mã thể thức không khớp tên tệp`);
        else {
          await stage('profiles', `${id}.json`, jsonText(r.value));
          staged.profiles.add(id);
        }
      } else if (name === 'settings.json') {
        const r = checkJson(data, parseSettings);
        if (r.ok) await stage('settings.json', undefined, jsonText(r.value));
        else problems.push(`${name}: ${r.reason}`);
      } else {
        const r = checkJson(data, (raw) => {
          const d = DirectoryFile.safeParse(raw);
          return d.success
            ? { ok: true, value: d.data }
            : { ok: false, problems: [{ path: '(gốc)', message: 'Sai cấu trúc danh bạ.' }] };
        });
        if (r.ok) await stage('directory.json', undefined, jsonText(r.value));
        else problems.push(`${name}: ${r.reason}`);
      }
    }
    if (problems.length === 0 && manifest.meetings !== staged.meetings.size)
      problems.push(`${MANIFEST}: ghi ${manifest.meetings} buổi làm việc nhưng tệp nén có ${staged.meetings.size}`);
    if (problems.length > 0) throw refused(problems);
    return staged;
  } catch (e) {
    if (e instanceof ZipError) throw refusedArchive(e);
    throw e;
  }
}

export class BackupService {
  constructor(
    private readonly ctx: StorageContext,
    private readonly ports: Ports,
    private readonly store: MeetingStore,
    private readonly index: LibraryIndex,
    private readonly settings: SettingsService,
    private readonly directory: DirectoryService,
    private readonly profiles: ProfilesService,
    private readonly register: RegisterService,
    private readonly appVersion: string,
  ) {}

  /** The whole library as zip bytes; meetings are read with recovery, so the archive is valid. */
  async build(): Promise<{ bytes: Uint8Array; meetings: number }> {
    const files: [string, string | Uint8Array][] = [];
    let meetings = 0;
    const ids = await this.store.ids({
      strict: {
        action: 'Không tạo được bản sao lưu vì không đọc được thư mục meetings',
        reassurance: 'Thư viện và các bản sao lưu cũ không bị thay đổi.',
      },
    });
    for (const id of ids) {
      const m = await this.store.read(id);
      if (!m) continue;
      files.push([`meetings/${id}.json`, JSON.stringify(m, null, 2)]);
      meetings++;
    }
    files.push(['settings.json', JSON.stringify(this.settings.get(), null, 2)]);
    files.push(['directory.json', JSON.stringify({ schemaVersion: 1, entries: this.directory.list() }, null, 2)]);
    for (const p of this.profiles.list())
      if (!p.builtIn) files.push([`profiles/${p.id}.json`, JSON.stringify(p, null, 2)]);
    files.push(['register.json', JSON.stringify({ schemaVersion: 1, entries: this.register.entries() })]);
    files.push(...(await this.issuedFiles()));
    const now = this.ctx.now();
    const manifest: Manifest = {
      format: 'bienban-backup',
      version: 1,
      createdAt: now.toISOString(),
      appVersion: this.appVersion,
      meetings,
    };
    files.push([MANIFEST, JSON.stringify(manifest, null, 2)]);
    return { bytes: zipParts(files, now), meetings };
  }

  /** The frozen issued documents, byte for byte; anything else under `issued/` is not the library's. */
  private async issuedFiles(): Promise<[string, Uint8Array][]> {
    const { fs, paths } = this.ctx;
    const out: [string, Uint8Array][] = [];
    const names = async (dir: string) => fs.readdir(dir).catch((e: unknown) => (isMissing(e) ? [] : Promise.reject(e)));
    for (const meetingId of (await names(paths.issued)).sort()) {
      for (const file of (await names(join(paths.issued, meetingId)).catch(() => [])).sort()) {
        const name = `issued/${meetingId}/${file}`;
        if (!ISSUED_FILE.test(name)) continue;
        const read = await readRegularFile(fs, join(paths.issued, meetingId, file));
        if (read.state === 'ok') out.push([name, read.bytes]);
        else if (read.state === 'unreadable') throw read.error;
      }
    }
    return out;
  }

  async createTo(path: string): Promise<{ path: string; meetings: number }> {
    await this.index.flush();
    const { bytes, meetings } = await guardIo(
      'Không tạo được bản sao lưu',
      () => this.build(),
      'Thư viện không bị thay đổi.',
    );
    await guardIo(
      'Không ghi được tệp sao lưu',
      () => writeFileAtomic(path, bytes, { fs: this.ctx.fs }),
      'Thư viện không bị thay đổi.',
    );
    return { path, meetings };
  }

  async create(): Promise<{ canceled: boolean; path: string }> {
    const path = await this.ports.dialogs.showSave({
      title: 'Sao lưu thư viện',
      defaultName: `Bien Ban - sao luu ${this.ctx.now().toISOString().slice(0, 10)}.zip`,
      filters: [{ name: 'Tệp nén ZIP', extensions: ['zip'] }],
    });
    if (!path) return { canceled: true, path: '' };
    await this.createTo(path);
    return { canceled: false, path };
  }

  /** At start-up: one backup per calendar day (local time), keeping the last ten. */
  async autoBackupIfDue(): Promise<string | null> {
    const now = this.ctx.now();
    const last = this.settings.get().lastAutoBackupAt;
    if (last && new Date(last).toDateString() === now.toDateString()) return null;
    const path = join(this.ctx.paths.backups, `tu-dong-${stamp(now)}.zip`);
    await this.createTo(path);
    await this.settings.update({ lastAutoBackupAt: now.toISOString() });
    const autos = (await this.ctx.fs.readdir(this.ctx.paths.backups)).filter((n) => /^tu-dong-.*\.zip$/.test(n)).sort();
    for (const old of autos.slice(0, Math.max(0, autos.length - AUTO_BACKUPS_KEPT))) {
      await this.ctx.fs.rm(join(this.ctx.paths.backups, old), { force: true });
    }
    return path;
  }

  async list(): Promise<BackupInfo[]> {
    const out: BackupInfo[] = [];
    for (const n of (await this.ctx.fs.readdir(this.ctx.paths.backups))
      .filter((n) => n.endsWith('.zip'))
      .sort()
      .reverse()) {
      const file = join(this.ctx.paths.backups, n);
      let opened: OutsideFile | null = null;
      try {
        opened = await openOutsideFile(file, LIMITS.backupArchiveBytes, 'Tệp sao lưu', this.ctx.fs);
        const source = fileSource(opened.handle, opened.size);
        const m = await readManifest(source, await readZipDirectory(source, ZIP_LIMITS));
        if (m) out.push({ file, createdAt: m.createdAt, sizeBytes: opened.size, meetings: m.meetings });
      } catch {
        // Not a readable backup: not listed.
      } finally {
        await opened?.handle.close().catch(() => undefined);
      }
    }
    return out;
  }

  async restore(): Promise<{ canceled: boolean; meetings: number }> {
    const path = await this.ports.dialogs.showOpen({
      title: 'Khôi phục từ bản sao lưu',
      filters: [{ name: 'Tệp nén ZIP', extensions: ['zip'] }],
    });
    if (!path) return { canceled: true, meetings: 0 };
    const { meetings } = await this.restoreFrom(path);
    return { canceled: false, meetings };
  }

  /**
   * Replace the library with a backup's, all or nothing: checked and staged first, then a safety
   * backup, then one switch. A failure before the switch leaves the library as it was; a failure
   * or a kill during it is finished on the next open (see storage/librarySwitch.ts).
   */
  async restoreFrom(path: string): Promise<{ meetings: number; safetyBackup: string }> {
    await finishInterruptedSwitch(this.ctx);
    let archive: OutsideFile;
    try {
      archive = await openOutsideFile(path, LIMITS.backupArchiveBytes, 'Tệp sao lưu', this.ctx.fs);
    } catch (e) {
      if (e instanceof ServiceError) throw new ServiceError(e.code, `${e.message} ${UNCHANGED}`);
      throw new ServiceError(
        isMissing(e) ? 'not_found' : 'io_error',
        `Không đọc được tệp sao lưu ${basename(path)}: ${ioCause(e, { op: 'read', path })}. ${UNCHANGED}`,
      );
    }
    let staging: LibraryStaging | null = null;
    let staged: StagedBackup;
    const safetyBackup = join(this.ctx.paths.backups, `truoc-khi-khoi-phuc-${stamp(this.ctx.now())}.zip`);
    try {
      staging = await LibraryStaging.begin(this.ctx);
      staged = await stageBackup(fileSource(archive.handle, archive.size), staging);
      await this.createTo(safetyBackup);
      await this.index.flush();
      await this.stageWhatStays(staging, staged);
    } catch (e) {
      await staging?.discard().catch(() => undefined);
      throw ioError(e, 'Không khôi phục được', UNCHANGED);
    } finally {
      await archive.handle.close().catch(() => undefined);
    }

    try {
      await staging.commit();
    } catch (e) {
      // The journal tells whether the switch was committed: finish it, or drop the staging. Once it
      // was written the library is the backup's even if only the removal of the emptied staging
      // failed (which the retry, finding no journal, reports as a roll-back).
      const outcome = await finishInterruptedSwitch(this.ctx).catch(() => null);
      if (!staging.committed && (outcome === 'rolled-back' || outcome === 'none'))
        throw ioError(e, 'Không khôi phục được', `${UNCHANGED} Bản an toàn: ${safetyBackup}.`);
      if (outcome === null) {
        // The folder holds the new library, or part of it, while this window still holds the old
        // one (settings, register, index, task facts): anything it wrote would mix the two.
        this.ctx.readOnly = true;
        throw ioError(
          e,
          'Khôi phục bị gián đoạn',
          `Hãy đóng rồi mở lại ứng dụng; đến lúc đó mọi thay đổi sẽ không được lưu. Lần mở thư viện tiếp theo sẽ hoàn tất hoặc hủy lần khôi phục này: thư viện cũ hoặc thư viện mới, luôn nguyên vẹn. Bản an toàn: ${safetyBackup}.`,
        );
      }
    }
    await this.reload();
    return { meetings: staged.meetings.size, safetyBackup };
  }

  /**
   * Stage what the switch must carry over from the live library: the current version of each
   * meeting the backup replaces (as its `.bak`), the trash, every live meeting the backup does not
   * bring (into the trash, as deleting it would), and the profiles the backup does not replace.
   * Settings and the directory are switched only when the backup holds them.
   */
  private async stageWhatStays(staging: LibraryStaging, staged: StagedBackup): Promise<void> {
    const { paths, fs } = this.ctx;
    const live = await this.store.ids();
    // A meeting the backup replaces keeps its current version as its previous copy, as a save would.
    for (const id of live.filter((id) => staged.meetings.has(id)))
      await staging.keep(paths.meeting(id), 'meetings', `${id}.json${BACKUP_SUFFIX}`);
    const leaving = live.filter((id) => !staged.meetings.has(id));
    const trashedNow = new Set(leaving);
    for (const n of await fs.readdir(paths.trash)) {
      const id = n.replace(/(\.deleted)?\.json(\.bak)?$/, '');
      if (!n.startsWith('.') && !trashedNow.has(id)) await staging.keep(join(paths.trash, n), 'trash', n);
    }
    const deletedAt = this.ctx.now().toISOString();
    for (const id of leaving) {
      const m = await this.store.read(id);
      if (!m) continue; // lost beyond recovery: reading it said so, and the quarantine keeps it
      await staging.keep(paths.meeting(id), 'trash', `${id}.json`);
      await staging.keep(paths.meeting(id) + BACKUP_SUFFIX, 'trash', `${id}.json${BACKUP_SUFFIX}`);
      await staging.write(
        'trash',
        `${id}.deleted.json`,
        JSON.stringify({ id, deletedAt, subject: m.subject, date: m.date }),
      );
    }
    for (const n of await fs.readdir(paths.profiles)) {
      const id = n.replace(/\.json(\.bak)?$/, '');
      if (!n.startsWith('.') && !staged.profiles.has(id)) await staging.keep(join(paths.profiles, n), 'profiles', n);
    }
    // A backup made before the register was backed up: its library had issued nothing through it.
    if (!staged.register) await staging.write('register.json', undefined, jsonText(RegisterFile.parse({})));
  }

  /** After the switch: read the new settings, directory and profiles, and index the new meetings. */
  private async reload(): Promise<void> {
    await this.settings.load();
    await this.directory.load();
    await this.profiles.load();
    await this.register.load();
    // Derived data: if it cannot be written now, the next open rebuilds it from the meeting files.
    await this.index.rebuild().catch(() => undefined);
  }
}
