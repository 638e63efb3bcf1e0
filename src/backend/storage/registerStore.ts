/**
 * register.json through the one JSON persistence path (read by lowdb over jsonFile, recovered from
 * the previous copy when damaged; written by jsonFile: temp file, fsync, rename, previous copy kept). Written only by the holder of the data
 * folder's lock, so two processes never take the same number.
 */
import { Low } from 'lowdb';
import { problemsOf } from '../../shared/model/errors';
import { RegisterFile } from '../../shared/register/schema';
import type { StorageContext } from './context';
import { RecoveringJsonAdapter } from './jsonAdapter';
import { writeJsonFile } from './jsonFile';

export function parseRegister(raw: unknown) {
  const r = RegisterFile.safeParse(raw);
  return r.success ? { ok: true as const, value: r.data } : { ok: false as const, problems: problemsOf(r.error) };
}

export class RegisterStore {
  private readonly db: Low<RegisterFile>;

  constructor(private readonly ctx: StorageContext) {
    const adapter = new RecoveringJsonAdapter<RegisterFile>(
      ctx.paths.register,
      ctx,
      {
        what: 'sổ đăng ký văn bản đi',
        validate: parseRegister,
        whereElse: 'có thể lấy lại từ bản sao lưu',
      },
      { keepBackup: true },
    );
    this.db = new Low<RegisterFile>(adapter, RegisterFile.parse({}));
  }

  async load(): Promise<void> {
    await this.db.read();
    this.db.data ??= RegisterFile.parse({});
  }

  get data(): RegisterFile {
    return this.db.data;
  }

  /** Replace the whole register on disk: the one instant at which a number is taken. */
  async save(next: RegisterFile): Promise<void> {
    // Compact: ten thousand entries are written on every number taken (pretty printing doubles it).
    await writeJsonFile(this.ctx, this.ctx.paths.register, next, { keepBackup: true, compact: true });
    this.db.data = next;
  }
}
