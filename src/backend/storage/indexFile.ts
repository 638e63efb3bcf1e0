/**
 * index.jsonl on disk (JSON Lines): two JSON documents, one per line, in one file (one atomic write
 * keeps them in step).
 *   line 1: {"schemaVersion":2,"capturedAt":…,"dirMtimeMs":…,"summaries":[…]}   what the list shows
 *   line 2: {"words":{"<id>":"<folded words>",…}}                              what search also needs
 * Opening parses only line 1; line 2 (two thirds of the bytes: people, places and directive words)
 * stays undecoded until search first needs it. With 10,000 meetings that is 2.9 MB parsed at start-up
 * instead of 9.3 MB. Earlier versions named the same file index.json, which says one document: it is
 * read once when index.jsonl is missing, then removed once the new file is written. A version 1 file
 * (one line, entries with their words) is still read.
 */
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { MeetingSummary } from '../../shared/model/library';
import { type JsonFileContext, quarantine, readRegularFile, writeFileText } from './jsonFile';
import { decodeJson } from './jsonText';

const IndexHead = z.object({
  schemaVersion: z.literal(2),
  /** Entries include every meeting write that finished before this instant (ms since epoch). */
  capturedAt: z.number(),
  /** mtime of meetings/ when the entries were captured with no write in flight; -1 when unknown. */
  dirMtimeMs: z.number(),
  summaries: z.array(MeetingSummary),
});
export type IndexHead = z.infer<typeof IndexHead>;

const IndexWords = z.object({ words: z.record(z.string(), z.string()) });

const IndexV1 = z.object({
  schemaVersion: z.literal(1),
  capturedAt: z.number(),
  dirMtimeMs: z.number(),
  entries: z.array(z.object({ summary: MeetingSummary, search: z.object({ words: z.string() }) })),
});

export interface IndexData {
  head: IndexHead;
  /** Folded search words by meeting id: as built, or as read (line 2, not yet decoded). */
  words: Record<string, string> | Uint8Array;
}

/** The file's text for `data` (the bench writes libraries with it too). */
export function serializeIndex(head: IndexHead, words: Record<string, string>): string {
  return `${JSON.stringify(head)}\n${JSON.stringify({ words })}\n`;
}

/** Line 2 as read: the words by id, or null when it is damaged. */
export function decodeWords(words: IndexData['words']): Record<string, string> | null {
  if (!(words instanceof Uint8Array)) return words;
  const decoded = decodeJson(words);
  const r = decoded.ok ? IndexWords.safeParse(decoded.value) : null;
  return r?.success ? r.data.words : null;
}

function parseFile(bytes: Uint8Array): IndexData | null {
  const nl = bytes.indexOf(0x0a);
  const decoded = decodeJson(bytes.subarray(0, nl < 0 ? bytes.length : nl));
  if (!decoded.ok) return null;
  const first = decoded.value;
  const head = IndexHead.safeParse(first);
  if (head.success) return nl < 0 ? null : { head: head.data, words: bytes.subarray(nl + 1) };
  const v1 = IndexV1.safeParse(first);
  if (!v1.success) return null;
  const { capturedAt, dirMtimeMs, entries } = v1.data;
  return {
    head: { schemaVersion: 2, capturedAt, dirMtimeMs, summaries: entries.map((e) => e.summary) },
    words: Object.fromEntries(entries.map((e) => [e.summary.id, e.search.words])),
  };
}

export type IndexTrouble = 'missing' | 'broken' | { unreadable: unknown };

/**
 * Derived data: a missing or unusable file reads as null (and is rebuilt), never recovered. Anything
 * but a file under its name (a folder, a link) is moved to quarantine so the rebuilt index can be
 * written; a file that cannot be read is left alone and the index lives in memory meanwhile.
 */
export class IndexFileAdapter implements Adapter<IndexData> {
  /** The previous name was read (or may still be there): removed after the next successful write. */
  private legacyToRemove = true;
  /** What was read came from the previous name: write it under the new one at once. */
  readFromLegacy = false;

  constructor(
    readonly file: string,
    /** Where earlier versions kept the same content (index.json). */
    private readonly legacyFile: string,
    private readonly ctx: JsonFileContext,
    private readonly onTrouble: (trouble: IndexTrouble) => void,
  ) {}

  async read(): Promise<IndexData | null> {
    this.readFromLegacy = false;
    let read = await readRegularFile(this.ctx.fs, this.file);
    if (read.state === 'missing') {
      const legacy = await readRegularFile(this.ctx.fs, this.legacyFile);
      const data = legacy.state === 'ok' ? parseFile(legacy.bytes) : null;
      if (data) {
        this.readFromLegacy = true;
        return data;
      }
      read = { state: 'missing' }; // an unusable old index is simply rebuilt under the new name
    }
    if (read.state === 'missing') {
      this.onTrouble('missing');
      return null;
    }
    if (read.state === 'unreadable') {
      this.onTrouble({ unreadable: read.error });
      return null;
    }
    if (read.state === 'ok') {
      const data = parseFile(read.bytes);
      if (data) return data;
    } else if (!this.ctx.readOnly) {
      await quarantine(this.ctx, this.file).catch(() => undefined); // then the rebuilt index is written again
    }
    this.onTrouble('broken');
    return null;
  }

  write(data: IndexData): Promise<void> {
    const words = decodeWords(data.words);
    if (!words) return Promise.reject(new Error('index words not decoded'));
    return writeFileText(this.ctx, this.file, serializeIndex(data.head, words)).then(async () => {
      if (!this.legacyToRemove) return;
      this.legacyToRemove = false;
      await this.ctx.fs.rm(this.legacyFile, { force: true }).catch(() => undefined);
    });
  }
}
