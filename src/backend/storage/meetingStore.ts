/** One lowdb file per meeting, with recovery on read, snapshots and a trash folder. */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { SnapshotInfo, TrashItem } from '../../shared/model/library';
import { Id, type Meeting, SCHEMA_VERSION } from '../../shared/model/meeting';
import { schemaVersionOf } from '../../shared/model/migrate';
import { parseMeeting, type ParseResult } from '../../shared/model/parse';
import { BACKUP_SUFFIX, TEMP_SUFFIX } from './atomicFile';
import type { StorageContext } from './context';
import { isMissing } from './fileSystem';
import { RecoveringJsonAdapter } from './jsonAdapter';
import { listFolder, readWithRecovery, writeJsonFile } from './jsonFile';

export const SNAPSHOTS_PER_MEETING = 30;
/** A snapshot's file name (temp files start with a dot). */
const isSnapshotName = (n: string) => n.endsWith('.json') && !n.startsWith('.');
/** A temp file this old was left by a write that died (a write takes milliseconds). */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;
const MEETING_FILE = /^([A-Za-z0-9_-]+)\.json$/;

export const SNAPSHOT_LABELS: Record<SnapshotInfo['reason'], string> = {
  save: 'Lưu thủ công',
  export: 'Khi xuất văn bản',
  restore: 'Trước khi khôi phục bản chụp',
  import: 'Khi nhập tệp',
  upgrade: 'Bản gốc trước khi nâng cấp định dạng dữ liệu',
};

const SnapshotFile = z.object({ info: SnapshotInfo, meeting: z.unknown() });
const TrashMeta = TrashItem;

/** parseMeeting plus: the id inside must match the file name (a copied file must not shadow another). */
export function meetingValidator(expectedId: string): (raw: unknown) => ParseResult<Meeting> {
  return (raw) => {
    const r = parseMeeting(raw);
    if (r.ok && r.value.id !== expectedId) {
      return {
        ok: false,
        problems: [{ path: 'id', message: `Mã "${r.value.id}" không khớp tên tệp "${expectedId}.json".` }],
      };
    }
    return r;
  };
}

export function describeMeeting(m: Meeting): string {
  const subject = m.subject || m.title || 'chưa đặt nội dung';
  return m.date ? `"${subject}", ngày ${m.date}` : `"${subject}"`;
}

export class MeetingStore {
  constructor(private readonly ctx: StorageContext) {}

  /** `onOlder` receives (a copy of) the raw JSON of a file read that validated but was of an older schema. */
  private db(id: string, onOlder?: (raw: unknown) => void): Low<Meeting | null> {
    const validate = meetingValidator(id);
    const adapter = new RecoveringJsonAdapter<Meeting | null>(
      this.ctx.paths.meeting(id),
      this.ctx,
      {
        what: `buổi làm việc ${id}`,
        meetingId: id,
        validate: onOlder
          ? (raw) => {
              const version = schemaVersionOf(raw);
              // Copied before validation: upgrading may rework the raw value.
              const copy = version !== null && version < SCHEMA_VERSION ? structuredClone(raw) : undefined;
              const r = validate(raw);
              if (r.ok && copy !== undefined) onOlder(copy);
              return r;
            }
          : validate,
        describeRecovered: (m) => (m ? describeMeeting(m) : ''),
        fallback: () => this.newestSnapshot(id),
      },
      { keepBackup: true },
    );
    return new Low<Meeting | null>(adapter, null);
  }

  /**
   * The meeting, recovered from its previous copy if the file is damaged; null when absent or lost.
   * A file of an older schema is upgraded in place, its original kept first as a snapshot to restore.
   */
  async read(id: string): Promise<Meeting | null> {
    if (!Id.safeParse(id).success) return null; // never a path: `../x`, `a\u0000b`
    // A read-only library shows the upgraded meeting without writing it (nothing to keep a copy of).
    let original: unknown = null;
    const db = this.db(id, this.ctx.readOnly ? undefined : (raw) => (original = raw));
    await db.read();
    if (db.data && original !== null) {
      await this.keepSnapshot(id, original, 'upgrade');
      await db.write();
    }
    return db.data;
  }

  async write(meeting: Meeting): Promise<void> {
    const db = this.db(meeting.id);
    db.data = meeting;
    await db.write();
  }

  async exists(id: string): Promise<boolean> {
    try {
      await this.ctx.fs.stat(this.ctx.paths.meeting(id));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  /** Ids of meeting files on disk (temp files and `.bak` copies excluded). */
  /** `strict`: a meetings folder that cannot be listed is an error, not an empty library (backups). */
  async ids(options: { strict?: { action: string; reassurance: string } } = {}): Promise<string[]> {
    const names = await listFolder(this.ctx, this.ctx.paths.meetings, options);
    const out: string[] = [];
    for (const n of names) {
      const m = MEETING_FILE.exec(n);
      if (m) out.push(m[1]!);
    }
    return out;
  }

  /** The entry's own time (a link is not followed); unknown (re-read it) when it cannot be looked at. */
  async mtimeMs(id: string): Promise<number> {
    const info = await this.ctx.fs.lstat(this.ctx.paths.meeting(id)).catch(() => null);
    return info?.mtimeMs ?? Number.POSITIVE_INFINITY;
  }

  /** Remove temp files a crash left behind mid-write (they never replaced anything). */
  async removeStaleTemps(): Promise<number> {
    if (this.ctx.readOnly) return 0;
    let removed = 0;
    const { meetings, root, trash, profiles } = this.ctx.paths;
    for (const dir of [meetings, root, trash, profiles]) {
      for (const n of await listFolder(this.ctx, dir)) {
        if (n.startsWith('.') && n.endsWith(TEMP_SUFFIX)) {
          await this.ctx.fs.rm(join(dir, n), { force: true });
          removed++;
        }
      }
    }
    return removed;
  }

  // Snapshots -------------------------------------------------------------------------------

  async takeSnapshot(meeting: Meeting, reason: SnapshotInfo['reason']): Promise<SnapshotInfo> {
    return this.keepSnapshot(meeting.id, meeting, reason);
  }

  /** A snapshot of the meeting as given: a current meeting, or the raw file of an older schema (migrated when read). */
  private async keepSnapshot(
    meetingId: string,
    meeting: unknown,
    reason: SnapshotInfo['reason'],
  ): Promise<SnapshotInfo> {
    const dir = this.ctx.paths.snapshotDir(meetingId);
    await this.ctx.fs.mkdir(dir, { recursive: true });
    const createdAt = this.ctx.now().toISOString();
    const existing = new Set(await this.snapshotFiles(meetingId));
    const base = `${createdAt.replace(/[:.]/g, '-')}-${reason}`;
    let id = base;
    for (let n = 2; existing.has(`${id}.json`); n++) id = `${base}-${n}`;
    const info: SnapshotInfo = { id, meetingId, createdAt, reason, label: SNAPSHOT_LABELS[reason] };
    await writeJsonFile(this.ctx, join(dir, `${id}.json`), { info, meeting }, { compact: true });
    await this.pruneSnapshots(meetingId);
    return info;
  }

  private async snapshotFiles(id: string): Promise<string[]> {
    const names = await listFolder(this.ctx, this.ctx.paths.snapshotDir(id));
    return names.filter(isSnapshotName).sort();
  }

  /**
   * Keep the newest SNAPSHOTS_PER_MEETING; the original of an upgraded file is never pruned. Temp
   * files a crash left in the folder go too, once old enough that no write can still own them (start-up
   * sweeps the top folders only: looking into every meeting's folder would slow it).
   */
  private async pruneSnapshots(id: string): Promise<void> {
    const dir = this.ctx.paths.snapshotDir(id);
    const names = await listFolder(this.ctx, dir);
    const files = names.filter((n) => isSnapshotName(n) && !n.endsWith('-upgrade.json')).sort();
    for (const f of files.slice(0, Math.max(0, files.length - SNAPSHOTS_PER_MEETING))) {
      await this.ctx.fs.rm(join(dir, f), { force: true });
    }
    const cutoff = this.ctx.now().getTime() - ABANDONED_TEMP_MS;
    for (const n of names.filter((x) => x.startsWith('.') && x.endsWith(TEMP_SUFFIX))) {
      const info = await this.ctx.fs.lstat(join(dir, n)).catch(() => null);
      if (info?.isFile() && info.mtimeMs < cutoff) await this.ctx.fs.rm(join(dir, n), { force: true });
    }
  }

  /** Newest first; unreadable snapshot files are skipped (they are copies, the meeting is intact). */
  async listSnapshots(id: string): Promise<SnapshotInfo[]> {
    const out: SnapshotInfo[] = [];
    for (const f of (await this.snapshotFiles(id)).reverse()) {
      const s = await this.readSnapshotFile(id, f);
      if (s) out.push(s.info);
    }
    return out;
  }

  /** The newest readable snapshot, the last resort of recovery. */
  async newestSnapshot(id: string): Promise<{ value: Meeting; from: string } | null> {
    for (const f of (await this.snapshotFiles(id)).reverse()) {
      const s = await this.readSnapshotFile(id, f);
      if (s) return { value: s.meeting, from: `bản chụp lúc ${s.info.createdAt} (${s.info.label.toLowerCase()})` };
    }
    return null;
  }

  async readSnapshot(id: string, snapshotId: string): Promise<Meeting | null> {
    if (!Id.safeParse(id).success || !/^[A-Za-z0-9_-]+$/.test(snapshotId)) return null;
    const s = await this.readSnapshotFile(id, `${snapshotId}.json`);
    return s?.meeting ?? null;
  }

  /** A snapshot file; a damaged one is quarantined and reported (the meeting and other snapshots are intact). */
  private async readSnapshotFile(id: string, file: string): Promise<{ info: SnapshotInfo; meeting: Meeting } | null> {
    return readWithRecovery(this.ctx, join(this.ctx.paths.snapshotDir(id), file), {
      what: `bản chụp của buổi làm việc ${id}`,
      meetingId: id,
      validate: (raw) => {
        const s = SnapshotFile.safeParse(raw);
        if (!s.success) return { ok: false, problems: [{ path: '(gốc)', message: 'Sai cấu trúc bản chụp.' }] };
        const m = meetingValidator(id)(s.data.meeting);
        return m.ok ? { ok: true, value: { info: s.data.info, meeting: m.value } } : m;
      },
      whereElse: 'buổi làm việc và các bản chụp khác không bị ảnh hưởng',
    });
  }

  // Trash -----------------------------------------------------------------------------------

  private trashFile = (id: string) => join(this.ctx.paths.trash, `${id}.json`);
  private trashMeta = (id: string) => join(this.ctx.paths.trash, `${id}.deleted.json`);

  /** Move the meeting (and its previous copy) to the trash; nothing is erased. */
  async moveToTrash(meeting: Meeting): Promise<TrashItem> {
    const item: TrashItem = {
      id: meeting.id,
      deletedAt: this.ctx.now().toISOString(),
      subject: meeting.subject,
      date: meeting.date,
    };
    await this.ctx.queue.run(this.ctx.paths.meeting(meeting.id), async () => {
      await writeJsonFile(this.ctx, this.trashMeta(meeting.id), item, { compact: true });
      await this.ctx.fs.rename(this.ctx.paths.meeting(meeting.id), this.trashFile(meeting.id));
      await this.ctx.fs
        .rename(this.ctx.paths.meeting(meeting.id) + BACKUP_SUFFIX, this.trashFile(meeting.id) + BACKUP_SUFFIX)
        .catch(() => undefined);
    });
    return item;
  }

  async listTrash(): Promise<TrashItem[]> {
    const out: TrashItem[] = [];
    for (const n of await listFolder(this.ctx, this.ctx.paths.trash)) {
      if (!n.endsWith('.deleted.json') || n.startsWith('.')) continue;
      const item = await readWithRecovery(this.ctx, join(this.ctx.paths.trash, n), {
        what: 'mô tả mục trong thùng rác',
        validate: (raw) => {
          const r = TrashMeta.safeParse(raw);
          return r.success
            ? { ok: true, value: r.data }
            : { ok: false, problems: [{ path: '(gốc)', message: 'Sai cấu trúc mô tả mục thùng rác.' }] };
        },
        whereElse: 'buổi làm việc đã xóa vẫn nằm nguyên trong thư mục trash',
      });
      if (item) out.push(item);
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Put a trashed meeting back; returns it, or null when it is not in the trash. */
  async restoreFromTrash(id: string): Promise<Meeting | null> {
    if (!Id.safeParse(id).success) return null;
    const meeting = await readWithRecovery(this.ctx, this.trashFile(id), {
      what: `buổi làm việc ${id} trong thùng rác`,
      meetingId: id,
      validate: meetingValidator(id),
    });
    if (!meeting) return null;
    await this.ctx.queue.run(this.ctx.paths.meeting(id), async () => {
      await this.ctx.fs.rename(this.trashFile(id), this.ctx.paths.meeting(id));
      await this.ctx.fs
        .rename(this.trashFile(id) + BACKUP_SUFFIX, this.ctx.paths.meeting(id) + BACKUP_SUFFIX)
        .catch(() => undefined);
      await this.ctx.fs.rm(this.trashMeta(id), { force: true });
    });
    return meeting;
  }
}
