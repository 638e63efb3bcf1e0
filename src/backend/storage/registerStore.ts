/**
 * register.json through the one JSON persistence path (lowdb over jsonFile: temp file, fsync, rename,
 * previous copy kept, recovered from it when damaged). Written only by the holder of the data
 * folder's lock, so two processes never take the same number.
 */
import { Low } from 'lowdb';
import { problemsOf } from '../../shared/model/errors';
import { RegisterFile } from '../../shared/register/schema';
import type { StorageContext } from './context';
import { RecoveringJsonAdapter } from './jsonAdapter';

export function parseRegister(raw: unknown) {
  const r = RegisterFile.safeParse(raw);
  return r.success ? { ok: true as const, value: r.data } : { ok: false as const, problems: problemsOf(r.error) };
}

export class RegisterStore {
  private readonly db: Low<RegisterFile>;

  constructor(ctx: StorageContext) {
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
    const before = this.db.data;
    this.db.data = next;
    try {
      await this.db.write();
    } catch (e) {
      this.db.data = before;
      throw e;
    }
  }
}
