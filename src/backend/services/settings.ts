/** App settings in `settings.json`, recovered from its previous copy when damaged. */
import { Low } from 'lowdb';
import { problemsOf } from '../../shared/model/errors';
import { Settings } from '../../shared/model/library';
import { cleanDeep } from '../../shared/text/vietnamese';
import type { StorageContext } from '../storage/context';
import { RecoveringJsonAdapter } from '../storage/jsonAdapter';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';

export function parseSettings(raw: unknown) {
  const r = Settings.safeParse(cleanDeep(raw));
  return r.success ? { ok: true as const, value: r.data } : { ok: false as const, problems: problemsOf(r.error) };
}

export class SettingsService {
  private readonly db: Low<Settings>;

  constructor(private readonly ctx: StorageContext) {
    const adapter = new RecoveringJsonAdapter<Settings>(
      ctx.paths.settings,
      ctx,
      { what: 'cài đặt', validate: parseSettings },
      { keepBackup: true },
    );
    this.db = new Low<Settings>(adapter, Settings.parse({}));
  }

  async load(): Promise<void> {
    await this.db.read();
    this.db.data ??= Settings.parse({});
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  async set(input: unknown): Promise<Settings> {
    const parsed = parseSettings(input);
    if (!parsed.ok) throw new ServiceError('invalid_input', 'Cài đặt không hợp lệ.');
    this.db.data = parsed.value;
    await guardIo('Không lưu được cài đặt', () => this.db.write(), 'Cài đặt trước đó vẫn còn nguyên.', {
      dataDir: this.ctx.paths.root,
    });
    return this.get();
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    return this.set({ ...this.db.data, ...patch });
  }
}
