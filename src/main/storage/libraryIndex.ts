/**
 * The derived index: a summary and the search fields of every meeting, so opening and searching the
 * library never reads every meeting file. Written lazily (coalesced) because it is rebuilt from the
 * meeting files whenever it is missing, broken or older than them.
 */
import { Low } from 'lowdb';
import { z } from 'zod';
import { MeetingSummary } from '../../shared/model/library';
import { type Meeting, meetingStatus } from '../../shared/model/meeting';
import type { StorageContext } from './context';
import { DerivedJsonAdapter } from './jsonAdapter';
import type { MeetingStore } from './meetingStore';
import { foldedWords, MeetingSearch } from './search';

export const IndexEntry = z.object({
  summary: MeetingSummary,
  /** Folded, de-duplicated words of the people, place and directives: small, and enough to search. */
  search: z.object({ words: z.string() }),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexFile = z.object({
  schemaVersion: z.literal(1),
  /** Entries include every meeting write that finished before this instant (ms since epoch). */
  capturedAt: z.number(),
  /** mtime of meetings/ when the entries were captured with no write in flight; -1 when unknown. */
  dirMtimeMs: z.number(),
  entries: z.array(IndexEntry),
});
type IndexFile = z.infer<typeof IndexFile>;

export function summaryOf(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    date: m.date,
    subject: m.subject,
    title: m.title,
    host: m.host,
    kind: m.kind,
    presidingName: m.presiding.name,
    status: meetingStatus(m),
    profileId: m.profile.id,
    updatedAt: m.updatedAt,
  };
}

export function indexEntryOf(m: Meeting): IndexEntry {
  const people = [m.presiding.name, m.secretary.name];
  for (const g of m.attendeeGroups) {
    for (const member of g.members) people.push(member.kind === 'person' ? member.name : member.text);
  }
  return {
    summary: summaryOf(m),
    search: { words: foldedWords([...people, m.place, ...m.conclusions.directives.map((d) => d.text)].join(' ')) },
  };
}

/** File-time granularity (FAT32 USB sticks: 2 s) and small clock differences. */
const STALE_MARGIN_MS = 2_000;

export interface IndexOpenReport {
  /** How the index was found: fine, stale (some meetings re-read) or rebuilt from scratch. */
  state: 'fresh' | 'refreshed' | 'rebuilt';
  reread: number;
}

export class LibraryIndex {
  private readonly entries = new Map<string, IndexEntry>();
  readonly search = new MeetingSearch(
    () => this.entries.values(),
    (id) => this.entries.get(id),
  );
  private readonly db: Low<IndexFile>;
  private broken: 'missing' | 'broken' | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingWrite: Promise<void> | null = null;
  /** Meeting writes in flight (token -> start time) and a count of all ever started. */
  private readonly inFlight = new Map<number, number>();
  private writesStarted = 0;

  constructor(
    private readonly ctx: StorageContext,
    private readonly store: MeetingStore,
    /** Coalescing delay for index writes (ms). */
    private readonly writeDelayMs = 1000,
  ) {
    const adapter = new DerivedJsonAdapter<IndexFile>(
      ctx.paths.index,
      { fs: ctx.fs, queue: ctx.queue, keepBackup: false, pretty: false },
      (raw) => {
        const r = IndexFile.safeParse(raw);
        return r.success ? { ok: true, value: r.data } : { ok: false, problems: [] };
      },
      (reason) => (this.broken = reason),
    );
    this.db = new Low<IndexFile>(adapter, { schemaVersion: 1, capturedAt: 0, dirMtimeMs: -1, entries: [] });
  }

  /** Load the index and bring it in line with the meeting files. */
  async open(): Promise<IndexOpenReport> {
    this.broken = null;
    await this.db.read();
    this.entries.clear();
    this.search.reset();
    if (this.broken) {
      if (this.broken === 'broken') {
        this.ctx.notices.add('index.json', 'Chỉ mục thư viện bị hỏng nên đã được dựng lại từ các tệp buổi làm việc; không mất dữ liệu.');
      }
      const reread = await this.rebuild();
      return { state: 'rebuilt', reread };
    }
    for (const e of this.db.data.entries) this.entries.set(e.summary.id, e);
    const reread = await this.refreshStale();
    return { state: reread > 0 ? 'refreshed' : 'fresh', reread };
  }

  /** Re-read every meeting file (with recovery) and write a new index. */
  async rebuild(): Promise<number> {
    this.entries.clear();
    this.search.reset();
    const ids = await this.store.ids();
    for (const id of ids) {
      const m = await this.store.read(id);
      if (m) this.entries.set(id, indexEntryOf(m));
    }
    await this.writeNow();
    return ids.length;
  }

  /**
   * Renames into meetings/ move the folder's mtime, so a folder mtime other than the one recorded
   * with the entries (or a different set of files) means writes the index has not seen: re-read the
   * files written since the entries were captured.
   */
  private async refreshStale(): Promise<number> {
    const { capturedAt, dirMtimeMs } = this.db.data;
    const [dirStat, ids] = await Promise.all([this.ctx.fs.stat(this.ctx.paths.meetings), this.store.ids()]);
    const onDisk = new Set(ids);
    const sameSet = ids.length === this.entries.size && ids.every((id) => this.entries.has(id));
    if (sameSet && dirMtimeMs >= 0 && dirStat.mtimeMs === dirMtimeMs) return 0;

    let reread = 0;
    for (const id of [...this.entries.keys()]) if (!onDisk.has(id)) this.entries.delete(id);
    for (const id of ids) {
      if (this.entries.has(id) && (await this.store.mtimeMs(id)) < capturedAt - STALE_MARGIN_MS) continue;
      const m = await this.store.read(id);
      reread++;
      if (m) this.entries.set(id, indexEntryOf(m));
      else this.entries.delete(id);
    }
    await this.writeNow();
    return reread;
  }

  /**
   * Wrap every change to meetings/ (write, trash, restore) together with its index update, so an
   * index captured meanwhile knows the change may be missing from it.
   */
  async tracked<T>(change: () => Promise<T>): Promise<T> {
    const token = ++this.writesStarted;
    this.inFlight.set(token, Date.now());
    try {
      return await change();
    } finally {
      this.inFlight.delete(token);
    }
  }

  list(): IndexEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  get size(): number {
    return this.entries.size;
  }

  upsert(m: Meeting): void {
    const entry = indexEntryOf(m);
    this.entries.set(m.id, entry);
    this.search.upsert(entry);
    this.scheduleWrite();
  }

  remove(id: string): void {
    this.entries.delete(id);
    this.search.remove(id);
    this.scheduleWrite();
  }

  private scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeNow().catch(() => undefined); // derived data: the next start rebuilds it
    }, this.writeDelayMs);
    this.timer.unref?.();
  }

  private async writeNow(): Promise<void> {
    const started = this.writesStarted;
    const busy = this.inFlight.size > 0;
    const capturedAt = Math.min(Date.now(), ...this.inFlight.values());
    const entries = [...this.entries.values()];
    let dirMtimeMs = -1;
    if (!busy) {
      const st = await this.ctx.fs.stat(this.ctx.paths.meetings);
      // A write that began while we looked may already have moved the mtime: then it is unknown.
      if (this.writesStarted === started) dirMtimeMs = st.mtimeMs;
    }
    this.db.data = { schemaVersion: 1, capturedAt, dirMtimeMs, entries };
    const w = this.db.write();
    this.pendingWrite = w;
    await w;
  }

  /** Write any pending change now (quit, end of a CLI command). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.writeNow();
    } else if (this.pendingWrite) {
      await this.pendingWrite.catch(() => undefined);
    }
  }
}
