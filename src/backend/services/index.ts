/**
 * createServices: open one data folder, run the start-up work (clean temp files, load and recover
 * settings/directory/profiles, check or rebuild the index, daily backup) and hand out the services.
 */
import { join } from 'node:path';
import type { RecoveryNotice } from '../../shared/model/library';
import type { Ports } from '../ports';
import { openStorageContext, READ_ONLY_CODES, type StorageContext } from '../storage/context';
import { errorCode, type FileSystem } from '../storage/fileSystem';
import { ServiceError } from '../errors/serviceError';
import { LibraryIndex, type IndexOpenReport } from '../storage/libraryIndex';
import { acquireLibraryLock, type LibraryLock, type LockOwner } from '../storage/libraryLock';
import { finishInterruptedSwitch, SWITCH_DIR } from '../storage/librarySwitch';
import { MeetingStore } from '../storage/meetingStore';
import { FollowupService } from './followup';
import { BackupService } from './backup';
import { DirectoryService } from './directory';
import { ExportService, type RenderDocx } from './export';
import { ImportService } from './import';
import { LibraryService } from './library';
import { MeetingService } from './meeting';
import { ProfilesService } from './profiles';
import { RegisterService } from './register';
import { SettingsService } from './settings';

export interface ServicesOptions {
  dataDir: string;
  ports: Ports;
  appVersion: string;
  /** Folder with the example meetings (`resources/examples`); default relative to the working folder. */
  examplesDir?: string;
  renderDocx?: RenderDocx;
  /** Daily automatic backup at start-up (default true; off for benchmarks and some tests). */
  autoBackup?: boolean;
  /** Read the task facts ahead after start-up when tasks.json is missing (default: as `autoBackup`). */
  warmFollowup?: boolean;
  /** Coalescing delay of index writes, ms. */
  indexWriteDelayMs?: number;
  fs?: FileSystem;
  /** Who holds the data folder's lock while open (default `app`); named in the other's message. */
  holder?: LockOwner['holder'];
  /** How long to wait for another holder of the data folder to finish, ms (default 0). */
  lockWaitMs?: number;
  /** Create the data folder when missing (default true); false makes a missing folder an error. */
  create?: boolean;
}

export interface Services {
  dataDir: string;
  appVersion: string;
  ports: Ports;
  /** The data folder cannot be written: everything can be read, every change is refused with a message saying so. */
  readOnly: boolean;
  /** The data folder did not exist and was created by this opening. */
  created: boolean;
  library: LibraryService;
  meeting: MeetingService;
  directory: DirectoryService;
  settings: SettingsService;
  profiles: ProfilesService;
  export: ExportService;
  backup: BackupService;
  register: RegisterService;
  /** Follow-up of every task of the library (Theo dõi). */
  followup: FollowupService;
  import: ImportService;
  /** Every recovery notice since start-up. */
  notices(): RecoveryNotice[];
  /** Re-read every meeting file (recovering or quarantining bad ones) and rebuild the index. */
  checkAll(): Promise<{ meetings: number; notices: RecoveryNotice[] }>;
  /** What start-up found; `autoBackup` settles with the path of today's backup (null: none due). */
  startup: {
    index: IndexOpenReport;
    autoBackup: Promise<string | null>;
    tempsRemoved: number;
    /** Settles when the search index and (if needed) the task facts have been read ahead. */
    warmed: Promise<void>;
  };
  flush(): Promise<void>;
  close(): Promise<void>;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const ctx = await openStorageContext({
    dataDir: options.dataDir,
    fs: options.fs,
    now: options.ports.now,
    create: options.create,
  });
  const lock = ctx.readOnly ? null : await lockUnlessReadOnly(options, ctx);
  try {
    return await openServices(options, ctx, lock);
  } catch (e) {
    await lock?.release();
    throw e;
  }
}

/** A restore killed or failed mid-way is settled before anything of the library is read. */
async function settleInterruptedRestore(ctx: StorageContext): Promise<void> {
  const outcome = await finishInterruptedSwitch(ctx);
  if (outcome === 'finished')
    ctx.notices.add(
      `${SWITCH_DIR}/`,
      'Lần khôi phục trước bị gián đoạn sau khi bản sao lưu đã được kiểm tra và chuẩn bị xong; đã hoàn tất: thư viện là thư viện của bản sao lưu.',
    );
  else if (outcome === 'rolled-back')
    ctx.notices.add(
      `${SWITCH_DIR}/`,
      'Lần khôi phục trước bị gián đoạn trước khi thay thư viện; phần chuẩn bị dở đã được bỏ, thư viện vẫn như trước khi khôi phục.',
    );
}

/**
 * The lock, or null when the folder refuses the lock file itself (read-only): then nothing can be
 * written, so there is nothing to serialise, and the library opens for reading.
 */
async function lockUnlessReadOnly(options: ServicesOptions, ctx: StorageContext): Promise<LibraryLock | null> {
  try {
    return await acquireLibraryLock(options.dataDir, {
      holder: options.holder ?? 'app',
      waitMs: options.lockWaitMs,
      now: options.ports.now,
      fs: ctx.fs,
    });
  } catch (e) {
    const cause = e instanceof ServiceError ? e.cause : e;
    if (!READ_ONLY_CODES.has(errorCode(cause))) throw e;
    ctx.readOnly = true;
    return null;
  }
}

async function openServices(
  options: ServicesOptions,
  ctx: StorageContext & { created: boolean },
  lock: LibraryLock | null,
): Promise<Services> {
  if (ctx.readOnly && (options.holder ?? 'app') === 'app') {
    // The app says so at once, not at the first autosave that fails (a command's refusal says it there).
    ctx.notices.add(
      '',
      `Thư mục dữ liệu ${ctx.paths.root} chỉ cho phép đọc: có thể xem, tìm và xuất văn bản, nhưng thay đổi sẽ không được lưu. Hãy cấp quyền ghi cho thư mục đó rồi mở lại ứng dụng.`,
    );
  }
  if (!ctx.readOnly) await settleInterruptedRestore(ctx);
  const store = new MeetingStore(ctx);
  const tempsRemoved = await store.removeStaleTemps();
  const index = new LibraryIndex(ctx, store, options.indexWriteDelayMs ?? 1000);

  const settings = new SettingsService(ctx);
  const directory = new DirectoryService(ctx);
  const profiles = new ProfilesService(ctx);
  await settings.load();
  await directory.load();
  await profiles.load();
  const indexReport = await index.open();

  const meeting = new MeetingService(ctx, store, index, directory);
  const examplesDir = options.examplesDir ?? join(process.cwd(), 'resources', 'examples');
  const library = new LibraryService(ctx, store, index, meeting, settings, profiles, examplesDir);
  const register = new RegisterService(ctx, meeting, profiles, settings, options.renderDocx);
  await register.load();
  const exporter = new ExportService(ctx, options.ports, meeting, profiles, settings, options.renderDocx, register);
  const backup = new BackupService(
    ctx,
    options.ports,
    store,
    index,
    settings,
    directory,
    profiles,
    register,
    options.appVersion,
  );
  const followup = new FollowupService(ctx, index, meeting, settings, profiles, options.ports.now);

  // Both run after start-up so the window opens at once: the daily backup reads every meeting.
  const autoBackup: Promise<string | null> =
    (options.autoBackup ?? true) && !ctx.readOnly
      ? backup.autoBackupIfDue().catch((e: unknown) => {
          ctx.notices.add(
            'backups/',
            `Không tạo được bản sao lưu tự động hôm nay: ${e instanceof Error ? e.message : String(e)}`,
          );
          return null;
        })
      : Promise.resolve(null);
  // Ready for the first search; a failure only means a lazy build later. Then, when Theo dõi has
  // no tasks.json to read, its task facts are read ahead (derived data: a failure costs nothing).
  const warming = index.search
    .warm()
    .catch(() => undefined)
    .then(() => ((options.warmFollowup ?? options.autoBackup ?? true) ? followup.warm() : undefined))
    .catch(() => undefined);

  const flush = async () => {
    followup.stopWarming(); // closing: what was read ahead is kept, the rest read when needed
    await Promise.all([warming, autoBackup]);
    await index.flush();
    await followup.flush();
    await ctx.queue.drain();
  };

  return {
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    ports: options.ports,
    readOnly: ctx.readOnly,
    created: ctx.created,
    library,
    meeting,
    directory,
    settings,
    profiles,
    export: exporter,
    backup,
    register,
    followup,
    import: new ImportService(options.ports, library, directory, register),
    notices: () => ctx.notices.list(),
    async checkAll() {
      const before = ctx.notices.list().length;
      await settleInterruptedRestore(ctx);
      await settings.load();
      await directory.load();
      await profiles.load();
      await register.load();
      const meetings = await index.rebuild();
      return { meetings, notices: ctx.notices.list().slice(before) };
    },
    startup: { index: indexReport, autoBackup, tempsRemoved, warmed: warming },
    flush,
    async close() {
      try {
        await flush();
      } finally {
        await lock?.release();
      }
    },
  };
}

export { ServiceError };
