/** The data folder of the CLI's library commands: the same one the app uses, or `--data-dir`. */
import { existsSync } from 'node:fs';
import { defaultDataDir } from '../../backend/storage/userData';
import type { Ports } from '../../backend/ports';
import { dataPaths } from '../../backend/storage/dataPaths';
import { errorCode } from '../../backend/errors/errno';
import { ioCause } from '../../backend/errors/ioErrors';
import { ServiceError } from '../../backend/errors/serviceError';
import type { Services } from '../../backend/services';
import type { CliIO } from '../command';
import type { DocumentKind, Meeting } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { CliError, EXIT_INVALID_INPUT } from '../errors';
import { readMeeting } from '../meetingFile';

export { defaultDataDir };

export const DATA_DIR_HELP = `  --data-dir <thư mục>            Thư mục dữ liệu; mặc định: thư mục dữ liệu của ứng dụng
                                  (${defaultDataDir()}). Phải có sẵn, trừ khi nhập hoặc
                                  khôi phục (khi đó thư viện mới được tạo)`;

/** No windows in a terminal: dialogs answer "cancel", PDF is not available. */
const cliPorts: Ports = {
  dialogs: { showSave: async () => null, showOpen: async () => null },
  shell: { openPath: async () => undefined },
  pdf: {
    renderPdf: async () => {
      throw new ServiceError('unavailable', 'Xuất PDF chỉ có trong ứng dụng.');
    },
  },
  print: { printCurrent: async () => undefined },
  now: () => new Date(),
};

/**
 * Reading commands (`write` false) never create a library: a mistyped `--data-dir` is an error, not
 * a new empty library. Writing commands (import, restore) create a missing folder and say so. A
 * folder that cannot be written opens for reading; a change is then refused naming the folder.
 */
export async function openLibrary(
  dataDir: string | undefined,
  options: { autoBackup?: boolean; write: boolean; lockWaitMs?: number },
): Promise<Services> {
  // Loaded on demand: exporting or validating a file never pays for storage, search and backups.
  const [{ createServices }, { renderDocx }] = await Promise.all([
    import('../../backend/services'),
    import('../../backend/export/renderDocx'),
  ]);
  try {
    return await createServices({
      dataDir: dataDir ?? defaultDataDir(),
      ports: cliPorts,
      appVersion: 'cli',
      autoBackup: options.autoBackup ?? false,
      renderDocx,
      indexWriteDelayMs: 50,
      holder: 'cli',
      // Another short `bienban` command may be finishing.
      lockWaitMs: options.lockWaitMs ?? 3000,
      create: options.write,
    });
  } catch (e) {
    throw asCliError(e, dataDir ?? defaultDataDir());
  }
}

/** Service errors carry a Vietnamese message already; everything else is a file-system failure. */
export function asCliError(e: unknown, dataDir: string): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof ServiceError) return new CliError(e.message, EXIT_INVALID_INPUT);
  if (errorCode(e)) return new CliError(`Lỗi ở thư mục dữ liệu ${dataDir}: ${ioCause(e, { op: 'read', dataDir })}.`);
  return new CliError(`Lỗi ở thư mục dữ liệu ${dataDir}: ${e instanceof Error ? e.message : String(e)}.`);
}

/**
 * Run with the library open; notices raised while opening are shown first; always flushed. `write`:
 * whether the command changes the library (see openLibrary).
 */
export async function withLibrary<T>(
  dataDir: string | undefined,
  io: CliIO,
  fn: (s: Services) => Promise<T>,
  options: { write: boolean; lockWaitMs?: number } = { write: false },
): Promise<T> {
  const s = await openLibrary(dataDir, options);
  try {
    if (s.created) io.err(`Chú ý: Chưa có thư mục dữ liệu ${s.dataDir}; đã tạo thư viện mới ở đó.`);
    printNotices(io, s.notices());
    return await fn(s);
  } catch (e) {
    throw asCliError(e, s.dataDir);
  } finally {
    await s.close();
  }
}

export function printNotices(io: CliIO, notices: { file: string; message: string }[]): void {
  for (const n of notices) io.err(`Chú ý: ${n.message}`);
}

/** A meeting to export and what it may be resolved against. */
export interface MeetingSource {
  meeting: Meeting;
  /** The file the meeting was read from (the library's own file for a library meeting). */
  file: string;
  /** The library's profiles for a library meeting; none for a meeting file (the built-ins are always known). */
  profiles: FormatProfile[];
  /** The frozen bytes of each document of a library meeting that was issued: exported as they are. */
  issued?: Partial<Record<DocumentKind, Uint8Array>>;
}

/** A meeting file path, or the id of a meeting in the library (`bienban library list` shows ids). */
export async function resolveMeetingArg(arg: string, dataDir: string | undefined, io: CliIO): Promise<MeetingSource> {
  if (existsSync(arg) || /\.json$/i.test(arg) || /[\\/]/.test(arg))
    return { meeting: await readMeeting(arg), file: arg, profiles: [] };
  return withLibrary(dataDir, io, async (s) => {
    const issued: Partial<Record<DocumentKind, Uint8Array>> = {};
    for (const kind of ['notice', 'minutes'] as const) {
      const frozen = await s.register.issuedDocument(arg, kind);
      if (frozen) issued[kind] = frozen.bytes;
    }
    return {
      meeting: await s.meeting.get(arg),
      file: dataPaths(s.dataDir).meeting(arg),
      profiles: s.profiles.list(),
      issued,
    };
  });
}
