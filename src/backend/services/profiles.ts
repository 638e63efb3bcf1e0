/** Format profiles: the built-ins plus an office's own copies in `profiles/<id>.json`. */
import { join } from 'node:path';
import { BUILTIN_PROFILES, builtinProfile } from '../../shared/profile/builtin';
import { parseProfile } from '../../shared/profile/load';
import { resolveProfile, type ProfileRef, type ProfileResolution } from '../../shared/profile/resolve';
import type { FormatProfile } from '../../shared/profile/schema';
import type { StorageContext } from '../storage/context';
import { isMissing } from '../storage/fileSystem';
import { readWithRecovery, writeJsonFile } from '../storage/jsonFile';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';
import { describeProblems } from '../../shared/model/errors';

export class ProfilesService {
  private custom = new Map<string, FormatProfile>();

  constructor(private readonly ctx: StorageContext) {}

  async load(): Promise<void> {
    this.custom.clear();
    let names: string[] = [];
    try {
      names = await this.ctx.fs.readdir(this.ctx.paths.profiles);
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
    for (const n of names) {
      if (!n.endsWith('.json') || n.startsWith('.')) continue;
      const id = n.slice(0, -'.json'.length);
      const p = await readWithRecovery(this.ctx, join(this.ctx.paths.profiles, n), {
        what: `thể thức ${id}`,
        validate: (raw) => {
          const r = parseProfile(raw);
          if (r.ok && r.value.id !== id)
            return { ok: false, problems: [{ path: 'id', message: 'Mã thể thức không khớp tên tệp.' }] };
          return r;
        },
      });
      if (p && !builtinProfile(p.id)) this.custom.set(p.id, p);
    }
  }

  list(): FormatProfile[] {
    return [...BUILTIN_PROFILES, ...[...this.custom.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'))];
  }

  get(id: string): FormatProfile | undefined {
    return builtinProfile(id) ?? this.custom.get(id);
  }

  /** The profile a meeting (or an export's choice) refers to, from the same list `profiles:list` gives the preview. */
  resolve(ref: ProfileRef): ProfileResolution {
    return resolveProfile(ref, [...this.custom.values()]);
  }

  async save(input: unknown): Promise<FormatProfile> {
    const parsed = parseProfile(input);
    if (!parsed.ok)
      throw new ServiceError('invalid_input', `Thể thức không hợp lệ:\n${describeProblems(parsed.problems)}`);
    const profile = parsed.value;
    if (builtinProfile(profile.id)) {
      throw new ServiceError('conflict', `Không thể ghi đè thể thức có sẵn "${profile.id}"; hãy lưu với một mã khác.`);
    }
    await guardIo(
      'Không lưu được thể thức',
      () => writeJsonFile(this.ctx, this.ctx.paths.profile(profile.id), profile, { keepBackup: true }),
      undefined,
      { dataDir: this.ctx.paths.root },
    );
    this.custom.set(profile.id, profile);
    return profile;
  }

  async remove(id: string): Promise<void> {
    if (builtinProfile(id)) throw new ServiceError('forbidden', 'Không thể xóa thể thức có sẵn.');
    if (!this.custom.has(id)) throw new ServiceError('not_found', `Không có thể thức "${id}".`);
    await guardIo(
      'Không xóa được thể thức',
      () => this.ctx.fs.rm(this.ctx.paths.profile(id), { force: true }),
      undefined,
      {
        dataDir: this.ctx.paths.root,
      },
    );
    this.custom.delete(id);
  }
}
