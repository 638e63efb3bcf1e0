/**
 * The derived index: a summary and the search words of every meeting, so opening and searching the
 * library never reads every meeting file. Written lazily (coalesced) because it is rebuilt from the
 * meeting files whenever it is missing, broken or older than them. The words are decoded only when
 * search first needs them (see indexFile.ts).
 */
import { relative } from 'node:path';
import { Low } from 'lowdb';
import { meetingFacts, type MeetingFacts } from '../../shared/followup/facts';
import type { MeetingSummary } from '../../shared/model/library';
import { isTracked, type Meeting, meetingStatus, outlineEntries } from '../../shared/model/meeting';
import type { StorageContext } from './context';
import { ioCause } from '../errors/ioErrors';
import { decodeWords, IndexFileAdapter, type IndexData, type IndexTrouble } from './indexFile';
import type { MeetingStore } from './meetingStore';
import { mapInPool } from './readPool';
import { foldedWords, type IndexEntry, MeetingSearch } from './search';

export type { IndexEntry } from './search';

export function summaryOf(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    date: m.date,
    subject: m.subject,
    title: m.title ?? '',
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
    words: foldedWords(
      [
        ...people,
        m.place,
        ...outlineEntries(m.conclusions)
          .filter(isTracked)
          .map((e) => e.text),
      ].join(' '),
    ),
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
  private readonly summaries = new Map<string, MeetingSummary>();
  private readonly words = new Map<string, string>();
  /** Line 2 of the file read at open, not decoded yet; words set since then take precedence. */
  private unreadWords: Uint8Array | null = null;
  /** Re-reading the meeting files for damaged words; the index is written when it ends. */
  private wordsRebuild: Promise<void> | null = null;
  readonly search = new MeetingSearch(
    () => this.entries(),
    (id) => this.summaries.has(id),
  );
  private readonly db: Low<IndexData>;
  private readonly file: IndexFileAdapter;
  private trouble: IndexTrouble | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingWrite: Promise<void> | null = null;
  /** Meeting writes in flight (token -> start time) and a count of all ever started. */
  private readonly inFlight = new Map<number, number>();
  private writesStarted = 0;
  /** How many times every meeting file was read again (open with a bad index, check, restore). */
  rebuilds = 0;
  /**
   * The task facts of the meetings this index read from their files (at open, those changed behind
   * its back; in a rebuild, all of them), for follow-up to take instead of reading them again.
   */
  private factsRead = new Map<string, MeetingFacts>();

  constructor(
    private readonly ctx: StorageContext,
    private readonly store: MeetingStore,
    /** Coalescing delay for index writes (ms). */
    private readonly writeDelayMs = 1000,
  ) {
    this.file = new IndexFileAdapter(ctx.paths.index, ctx.paths.legacyIndex, ctx, (t) => (this.trouble = t));
    this.db = new Low<IndexData>(this.file, {
      head: { schemaVersion: 2, capturedAt: 0, dirMtimeMs: -1, summaries: [] },
      words: {},
    });
  }

  /** Load the index and bring it in line with the meeting files. */
  async open(): Promise<IndexOpenReport> {
    this.trouble = null;
    await this.db.read();
    this.clear();
    // Set by the adapter during read (TypeScript cannot see that).
    const trouble = this.trouble as IndexTrouble | null;
    if (trouble) {
      const name = relative(this.ctx.paths.root, this.ctx.paths.index);
      if (trouble === 'broken') {
        this.ctx.notices.add(
          name,
          'Chỉ mục thư viện bị hỏng nên đã được dựng lại từ các tệp buổi làm việc; không mất dữ liệu.',
        );
      } else if (trouble !== 'missing') {
        this.ctx.notices.add(
          name,
          `Không đọc được chỉ mục thư viện (${name}): ${ioCause(trouble.unreadable, { op: 'read' })}. Đã dựng lại từ các tệp buổi làm việc; không mất dữ liệu.`,
        );
      }
      const reread = await this.rebuild(false);
      return { state: 'rebuilt', reread };
    }
    for (const summary of this.db.data.head.summaries) this.summaries.set(summary.id, summary);
    const { words } = this.db.data;
    if (words instanceof Uint8Array) this.unreadWords = words;
    else for (const [id, w] of Object.entries(words)) this.words.set(id, w);
    const reread = await this.refreshStale();
    // Found under its old name: moved to the new one now (refreshStale wrote it already if it re-read).
    if (this.file.readFromLegacy && reread === 0) await this.writeNow().catch(() => undefined);
    return { state: reread > 0 ? 'refreshed' : 'fresh', reread };
  }

  private clear(): void {
    this.summaries.clear();
    this.words.clear();
    this.unreadWords = null;
    this.search.reset();
  }

  /**
   * Re-read every meeting file (with recovery) and write a new index; when opening (`mustWrite`
   * false), an index that cannot be written is only kept in memory: it is derived data.
   */
  async rebuild(mustWrite = true): Promise<number> {
    this.clear();
    const ids = await this.store.ids();
    const facts = new Map<string, MeetingFacts>();
    const read = await mapInPool(ids, async (id) => {
      const m = await this.store.read(id);
      if (m) facts.set(id, meetingFacts(m));
      return m ? indexEntryOf(m) : null;
    });
    for (const entry of read) if (entry) this.set(entry);
    this.factsRead = facts;
    this.rebuilds++;
    await this.writeNow().catch((e: unknown) => {
      if (mustWrite) throw e;
    });
    return ids.length;
  }

  /**
   * Decode the words read at open (search needs them; so does the next write). Damaged words are
   * re-read from the meeting files in the background; search finds by subject, title and host meanwhile.
   */
  private readWords(): void {
    if (!this.unreadWords) return;
    const decoded = decodeWords(this.unreadWords);
    this.unreadWords = null;
    if (!decoded) {
      this.ctx.notices.add(
        relative(this.ctx.paths.root, this.ctx.paths.index),
        'Chỉ mục tìm kiếm bị hỏng nên đang được dựng lại từ các tệp buổi làm việc; không mất dữ liệu.',
      );
      this.wordsRebuild = this.rebuildWords()
        .catch(() => undefined) // derived data: the next start tries again
        .finally(() => (this.wordsRebuild = null));
      return;
    }
    for (const [id, w] of Object.entries(decoded))
      if (this.summaries.has(id) && !this.words.has(id)) this.words.set(id, w);
  }

  private async rebuildWords(): Promise<void> {
    for (const id of [...this.summaries.keys()]) {
      if (this.words.has(id)) continue; // saved since open
      const m = await this.store.read(id);
      if (m) this.set(indexEntryOf(m));
      else this.delete(id);
    }
    this.search.reset(); // built meanwhile without these words
    await this.write();
  }

  private *entries(): Iterable<IndexEntry> {
    this.readWords();
    for (const [id, summary] of this.summaries) yield { summary, words: this.words.get(id) ?? '' };
  }

  private set(entry: IndexEntry): void {
    this.summaries.set(entry.summary.id, entry.summary);
    this.words.set(entry.summary.id, entry.words);
  }

  private delete(id: string): void {
    this.summaries.delete(id);
    this.words.delete(id);
  }

  /**
   * Renames into meetings/ move the folder's mtime, so a folder mtime other than the one recorded
   * with the entries (or a different set of files) means writes the index has not seen: re-read the
   * files written since the entries were captured.
   */
  private async refreshStale(): Promise<number> {
    const { capturedAt, dirMtimeMs } = this.db.data.head;
    const [dirStat, ids] = await Promise.all([
      this.ctx.fs.stat(this.ctx.paths.meetings).catch(() => null),
      this.store.ids(),
    ]);
    const onDisk = new Set(ids);
    const sameSet = ids.length === this.summaries.size && ids.every((id) => this.summaries.has(id));
    if (sameSet && dirMtimeMs >= 0 && dirStat?.mtimeMs === dirMtimeMs) return 0;

    for (const id of [...this.summaries.keys()]) if (!onDisk.has(id)) this.delete(id);
    const changed = await mapInPool(ids, async (id) => {
      if (this.summaries.has(id) && (await this.store.mtimeMs(id)) < capturedAt - STALE_MARGIN_MS) return undefined;
      const m = await this.store.read(id);
      if (m) this.factsRead.set(id, meetingFacts(m));
      return { id, entry: m ? indexEntryOf(m) : null };
    });
    let reread = 0;
    for (const c of changed) {
      if (!c) continue;
      reread++;
      if (c.entry) this.set(c.entry);
      else this.delete(c.id);
    }
    await this.writeNow().catch(() => undefined); // derived data: the next start tries again
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

  /** The task facts read from meeting files since last taken (see `factsRead`); handed over once. */
  takeFactsRead(): Map<string, MeetingFacts> {
    const taken = this.factsRead;
    this.factsRead = new Map();
    return taken;
  }

  get factsReadCount(): number {
    return this.factsRead.size;
  }

  list(): MeetingSummary[] {
    return [...this.summaries.values()];
  }

  get(id: string): MeetingSummary | undefined {
    return this.summaries.get(id);
  }

  get size(): number {
    return this.summaries.size;
  }

  upsert(m: Meeting): void {
    const entry = indexEntryOf(m);
    this.set(entry);
    this.search.upsert(entry);
    this.scheduleWrite();
  }

  remove(id: string): void {
    this.delete(id);
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
    // Line 2 is written whole: decode it first. A words rebuild writes when it ends; written
    // earlier, the words still missing would look complete.
    this.readWords();
    if (this.wordsRebuild) return;
    await this.write();
  }

  private async write(): Promise<void> {
    if (this.ctx.readOnly) return; // kept in memory: a read-only library is re-indexed at each opening
    const started = this.writesStarted;
    const busy = this.inFlight.size > 0;
    const capturedAt = Math.min(Date.now(), ...this.inFlight.values());
    const summaries = [...this.summaries.values()];
    const words = Object.fromEntries(this.words);
    let dirMtimeMs = -1;
    if (!busy) {
      const st = await this.ctx.fs.stat(this.ctx.paths.meetings);
      // A write that began while we looked may already have moved the mtime: then it is unknown.
      if (this.writesStarted === started) dirMtimeMs = st.mtimeMs;
    }
    this.db.data = { head: { schemaVersion: 2, capturedAt, dirMtimeMs, summaries }, words };
    const w = this.db.write();
    this.pendingWrite = w;
    await w;
  }

  /** Write any pending change now (quit, end of a CLI command). */
  async flush(): Promise<void> {
    await this.wordsRebuild;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.writeNow();
    } else if (this.pendingWrite) {
      await this.pendingWrite.catch(() => undefined);
    }
  }
}
