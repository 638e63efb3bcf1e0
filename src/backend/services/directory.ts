/** The people directory (names, positions, units), learned from saved meetings for suggestions. */
import { Low } from 'lowdb';
import { z } from 'zod';
import { problemsOf } from '../../shared/model/errors';
import { newId } from '../../shared/model/ids';
import { DirectoryEntry } from '../../shared/model/library';
import type { Meeting, PersonRef } from '../../shared/model/meeting';
import { cleanDeep, foldVietnamese } from '../../shared/text/vietnamese';
import type { StorageContext } from '../storage/context';
import { RecoveringJsonAdapter } from '../storage/jsonAdapter';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';

const DirectoryFile = z.object({ schemaVersion: z.literal(1), entries: z.array(DirectoryEntry).max(100_000) });
type DirectoryFile = z.infer<typeof DirectoryFile>;

const key = (name: string) => foldVietnamese(name);

export class DirectoryService {
  private readonly db: Low<DirectoryFile>;

  constructor(private readonly ctx: StorageContext) {
    const adapter = new RecoveringJsonAdapter<DirectoryFile>(
      ctx.paths.directory,
      ctx,
      {
        what: 'danh bạ',
        validate: (raw) => {
          const r = DirectoryFile.safeParse(cleanDeep(raw));
          return r.success ? { ok: true, value: r.data } : { ok: false, problems: problemsOf(r.error) };
        },
      },
      { keepBackup: true },
    );
    this.db = new Low<DirectoryFile>(adapter, { schemaVersion: 1, entries: [] });
  }

  async load(): Promise<void> {
    await this.db.read();
    this.db.data ??= { schemaVersion: 1, entries: [] };
  }

  /** Most used first, then by name. */
  list(): DirectoryEntry[] {
    return [...this.db.data.entries].sort((a, b) => b.useCount - a.useCount || a.name.localeCompare(b.name, 'vi'));
  }

  async upsert(input: DirectoryEntry): Promise<DirectoryEntry> {
    const parsed = DirectoryEntry.safeParse(cleanDeep(input));
    if (!parsed.success) throw new ServiceError('invalid_input', 'Mục danh bạ không hợp lệ.');
    const entry = parsed.data;
    const entries = this.db.data.entries;
    const at = entries.findIndex((e) => e.id === entry.id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
    await this.persist();
    return entry;
  }

  async remove(id: string): Promise<void> {
    const before = this.db.data.entries.length;
    this.db.data.entries = this.db.data.entries.filter((e) => e.id !== id);
    if (this.db.data.entries.length === before)
      throw new ServiceError('not_found', 'Không tìm thấy người này trong danh bạ.');
    await this.persist();
  }

  /** Replace the whole directory (restore from a backup). */
  async replaceAll(entries: DirectoryEntry[]): Promise<void> {
    this.db.data = { schemaVersion: 1, entries: entries.map((e) => DirectoryEntry.parse(cleanDeep(e))) };
    await this.persist();
  }

  /** Add or refresh everyone named in the meeting (presiding, secretary, attendees). */
  async learnFrom(meeting: Meeting): Promise<void> {
    const people: PersonRef[] = [meeting.presiding, meeting.secretary];
    for (const g of meeting.attendeeGroups) for (const m of g.members) if (m.kind === 'person') people.push(m);
    const byKey = new Map(this.db.data.entries.map((e) => [key(e.name), e]));
    const at = this.ctx.now().toISOString();
    let changed = false;
    for (const p of people) {
      const name = p.name.trim();
      if (!name) continue;
      const existing = byKey.get(key(name));
      if (existing) {
        existing.position = p.position || existing.position;
        existing.unit = p.unit || existing.unit;
        existing.title = p.title || existing.title;
        existing.useCount += 1;
        existing.lastUsedAt = at;
      } else {
        const entry = DirectoryEntry.parse({
          id: newId(),
          name,
          position: p.position,
          unit: p.unit,
          title: p.title,
          useCount: 1,
          lastUsedAt: at,
        });
        this.db.data.entries.push(entry);
        byKey.set(key(name), entry);
      }
      changed = true;
    }
    if (changed) await this.persist();
  }

  private persist(): Promise<void> {
    return guardIo('Không lưu được danh bạ', () => this.db.write(), 'Danh bạ trước đó vẫn còn nguyên.', {
      dataDir: this.ctx.paths.root,
    });
  }
}
