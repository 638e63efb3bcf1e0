/**
 * Backups as .zip (fflate): automatic once a day at start-up (last 10 kept), on demand to a chosen
 * file, and restore, which validates every file inside before touching anything, then makes a
 * safety backup, then replaces the library (meetings missing from the backup go to the trash).
 */
import { basename, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import type { BackupInfo, Settings } from '../../shared/model/library';
import type { Meeting } from '../../shared/model/meeting';
import { parseProfile } from '../../shared/profile/load';
import type { FormatProfile } from '../../shared/profile/schema';
import type { Ports } from '../ports';
import { writeFileAtomic } from '../storage/atomicFile';
import type { StorageContext } from '../storage/context';
import { isMissing } from '../storage/fileSystem';
import type { LibraryIndex } from '../storage/libraryIndex';
import { meetingValidator, type MeetingStore } from '../storage/meetingStore';
import { checkJson } from '../storage/jsonFile';
import type { DirectoryService } from './directory';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';
import type { ProfilesService } from './profiles';
import { parseSettings, type SettingsService } from './settings';
import { DirectoryEntry } from '../../shared/model/library';

export const MANIFEST = 'bienban-backup.json';
export const AUTO_BACKUPS_KEPT = 10;
/** Refuse archives that would inflate beyond this (a zip bomb, or not ours). */
const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const Manifest = z.object({
  format: z.literal('bienban-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  meetings: z.number().int().min(0),
});
type Manifest = z.infer<typeof Manifest>;

const DirectoryFile = z.object({ schemaVersion: z.literal(1), entries: z.array(DirectoryEntry) });

interface BackupContents {
  manifest: Manifest;
  meetings: Meeting[];
  settings: Settings | null;
  directory: z.infer<typeof DirectoryFile> | null;
  profiles: FormatProfile[];
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);

/** Read and check every entry of a backup; throws one Vietnamese message listing what is wrong. */
export function readBackup(bytes: Uint8Array): BackupContents {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new Error('too large');
        return true;
      },
    });
  } catch {
    throw new ServiceError(
      'invalid_backup',
      'Tệp không phải bản sao lưu Biên Bản hợp lệ (không đọc được tệp nén). Thư viện không bị thay đổi.',
    );
  }
  const problems: string[] = [];
  const out: BackupContents = {
    manifest: null as unknown as Manifest,
    meetings: [],
    settings: null,
    directory: null,
    profiles: [],
  };
  const manifestBytes = files[MANIFEST];
  const manifest = manifestBytes
    ? checkJson(manifestBytes, (raw) => {
        const r = Manifest.safeParse(raw);
        return r.success ? { ok: true, value: r.data } : { ok: false, problems: [] };
      })
    : null;
  if (!manifest?.ok) problems.push(`${MANIFEST}: thiếu hoặc sai (không phải bản sao lưu Biên Bản)`);
  else out.manifest = manifest.value;

  for (const [name, data] of Object.entries(files)) {
    if (name === MANIFEST || name.endsWith('/')) continue;
    const meeting = /^meetings\/([A-Za-z0-9_-]+)\.json$/.exec(name);
    const profile = /^profiles\/([a-z0-9][a-z0-9._-]*)\.json$/.exec(name);
    if (meeting) {
      const r = checkJson(data, meetingValidator(meeting[1]!));
      if (r.ok) out.meetings.push(r.value);
      else problems.push(`${name}: ${r.reason}`);
    } else if (profile) {
      const r = checkJson(data, parseProfile);
      if (r.ok && r.value.id === profile[1]) out.profiles.push(r.value);
      else problems.push(`${name}: ${r.ok ? 'mã thể thức không khớp tên tệp' : r.reason}`);
    } else if (name === 'settings.json') {
      const r = checkJson(data, parseSettings);
      if (r.ok) out.settings = r.value;
      else problems.push(`${name}: ${r.reason}`);
    } else if (name === 'directory.json') {
      const r = checkJson(data, (raw) => {
        const d = DirectoryFile.safeParse(raw);
        return d.success
          ? { ok: true, value: d.data }
          : { ok: false, problems: [{ path: '(gốc)', message: 'Sai cấu trúc danh bạ.' }] };
      });
      if (r.ok) out.directory = r.value;
      else problems.push(`${name}: ${r.reason}`);
    } else {
      problems.push(`${name}: tệp lạ, không thuộc bản sao lưu`);
    }
  }
  if (manifest?.ok && manifest.value.meetings !== out.meetings.length && problems.length === 0) {
    problems.push(`${MANIFEST}: ghi ${manifest.value.meetings} buổi làm việc nhưng tệp nén có ${out.meetings.length}`);
  }
  if (problems.length > 0) {
    const shown = problems
      .slice(0, 10)
      .map((p) => `- ${p}`)
      .join('\n');
    const more = problems.length > 10 ? `\n- … và ${problems.length - 10} lỗi khác` : '';
    throw new ServiceError(
      'invalid_backup',
      `Không khôi phục: bản sao lưu có ${problems.length} lỗi. Thư viện không bị thay đổi.\n${shown}${more}`,
    );
  }
  return out;
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
    private readonly appVersion: string,
  ) {}

  /** The whole library as zip bytes; meetings are read with recovery, so the archive is valid. */
  async build(): Promise<{ bytes: Uint8Array; meetings: number }> {
    const files: Zippable = {};
    let meetings = 0;
    for (const id of await this.store.ids()) {
      const m = await this.store.read(id);
      if (!m) continue;
      files[`meetings/${id}.json`] = strToU8(JSON.stringify(m, null, 2));
      meetings++;
    }
    files['settings.json'] = strToU8(JSON.stringify(this.settings.get(), null, 2));
    files['directory.json'] = strToU8(JSON.stringify({ schemaVersion: 1, entries: this.directory.list() }, null, 2));
    for (const p of this.profiles.list())
      if (!p.builtIn) files[`profiles/${p.id}.json`] = strToU8(JSON.stringify(p, null, 2));
    const manifest: Manifest = {
      format: 'bienban-backup',
      version: 1,
      createdAt: this.ctx.now().toISOString(),
      appVersion: this.appVersion,
      meetings,
    };
    files[MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
    return { bytes: zipSync(files, { level: 6 }), meetings };
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
      try {
        const bytes = await this.ctx.fs.readFile(file);
        const entry = unzipSync(bytes, { filter: (f) => f.name === MANIFEST })[MANIFEST];
        const m = entry ? Manifest.safeParse(JSON.parse(strFromU8(entry))) : null;
        if (m?.success)
          out.push({ file, createdAt: m.data.createdAt, sizeBytes: bytes.byteLength, meetings: m.data.meetings });
      } catch {
        // Not a readable backup: not listed.
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

  async restoreFrom(path: string): Promise<{ meetings: number; safetyBackup: string }> {
    let bytes: Uint8Array;
    try {
      bytes = await this.ctx.fs.readFile(path);
    } catch (e) {
      throw new ServiceError(
        isMissing(e) ? 'not_found' : 'io_error',
        `Không đọc được tệp sao lưu ${basename(path)}. Thư viện không bị thay đổi.`,
      );
    }
    const contents = readBackup(bytes);
    const safetyBackup = join(this.ctx.paths.backups, `truoc-khi-khoi-phuc-${stamp(this.ctx.now())}.zip`);
    await this.createTo(safetyBackup);

    const incoming = new Set(contents.meetings.map((m) => m.id));
    for (const id of await this.store.ids()) {
      if (incoming.has(id)) continue;
      const m = await this.store.read(id);
      await this.index.tracked(async () => {
        if (m)
          await guardIo(
            'Không chuyển được buổi làm việc cũ vào thùng rác',
            () => this.store.moveToTrash(m),
            `Bản an toàn: ${safetyBackup}.`,
          );
        this.index.remove(id);
      });
    }
    for (const m of contents.meetings) {
      await this.index.tracked(async () => {
        await guardIo(
          'Không ghi được buổi làm việc từ bản sao lưu',
          () => this.store.write(m),
          `Bản an toàn: ${safetyBackup}.`,
        );
        this.index.upsert(m);
      });
    }
    if (contents.settings) await this.settings.set(contents.settings);
    if (contents.directory) await this.directory.replaceAll(contents.directory.entries);
    for (const p of contents.profiles) await this.profiles.save(p);
    await this.index.flush();
    return { meetings: contents.meetings.length, safetyBackup };
  }
}
