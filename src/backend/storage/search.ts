/**
 * Accent-insensitive search over the index (not the meeting files): `long bien` finds `Long Biên`,
 * `d` matches `đ`. Every word must match; finished words match whole words (`gia` must not find
 * `giải`), and only the word being typed matches as a prefix (`Gia L` finds `Gia Lâm`). Two
 * FlexSearch indexes serve that: a strict one for whole words and a forward one for prefixes.
 * MiniSearch was tried first and scored every match with BM25,
 * which cost 45-70 ms p95 on 10,000 meetings whose common words match all of them; FlexSearch
 * answers the same queries in about 2 ms p95 with the same results.
 */
import FlexSearch from 'flexsearch';
import { foldVietnamese } from '../../shared/text/vietnamese';
import type { MeetingSummary } from '../../shared/model/library';

/** What the library index keeps of one meeting; defined here because search reads it. */
export interface IndexEntry {
  summary: MeetingSummary;
  /** Folded, de-duplicated words of the people, place and directives: small, and enough to search. */
  words: string;
}

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Accent-folded, de-duplicated words of a text, as kept in the index. */
export function foldedWords(text: string): string {
  return [...new Set(foldVietnamese(text).split(WORD_SEPARATOR))].filter(Boolean).join(' ');
}

/** Everything a meeting is found by: subject, title, host, then people, place and directives (already folded). */
function searchableText(entry: IndexEntry): string {
  const { subject, title, host } = entry.summary;
  return `${foldVietnamese(`${subject} ${title} ${host}`)} ${entry.words}`;
}

function createIndex(tokenize: 'strict' | 'forward') {
  return new FlexSearch.Index({
    tokenize,
    // Folding is ours (đ -> d and every Vietnamese mark), so FlexSearch's own normalisation is off.
    encoder: new FlexSearch.Encoder({
      normalize: false,
      dedupe: false,
      prepare: foldVietnamese,
      split: WORD_SEPARATOR,
    }),
  });
}

const ALL = { limit: 1_000_000 };

class Engine {
  private readonly whole = createIndex('strict');
  private readonly prefix = createIndex('forward');

  add(id: string, text: string): void {
    this.whole.add(id, text);
    this.prefix.add(id, text);
  }

  update(id: string, text: string): void {
    this.whole.update(id, text);
    this.prefix.update(id, text);
  }

  remove(id: string): void {
    this.whole.remove(id);
    this.prefix.remove(id);
  }

  /** `words` are folded; the last one is a prefix unless the user typed a space after it. */
  search(words: string[], lastIsPrefix: boolean): string[] {
    const finished = lastIsPrefix ? words.slice(0, -1) : words;
    const typing = lastIsPrefix ? words[words.length - 1] : undefined;
    const typed = typing === undefined ? null : this.prefix.search(typing, ALL).map(String);
    if (finished.length === 0) return typed ?? [];
    const found = this.whole.search(finished.join(' '), ALL).map(String);
    if (!typed) return found;
    const matchesTyping = new Set(typed);
    return found.filter((id) => matchesTyping.has(id));
  }
}

/** Yield to the event loop between chunks so a background build never blocks IPC. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Built in the background after start-up (in chunks, so the process stays responsive) or, if a
 * search comes first, at once; kept in step with saves and deletes afterwards.
 */
export class MeetingSearch {
  private engine: Engine | null = null;
  /** Bumped by every change, so a background build that missed one is thrown away. */
  private generation = 0;

  constructor(
    private readonly all: () => Iterable<IndexEntry>,
    private readonly has: (id: string) => boolean,
  ) {}

  private ready(): Engine {
    if (!this.engine) {
      const engine = new Engine();
      for (const e of this.all()) engine.add(e.summary.id, searchableText(e));
      this.engine = engine;
    }
    return this.engine;
  }

  /** Start building without blocking; a no-op when already built. */
  async warm(): Promise<void> {
    // After start-up returns: the first step decodes the stored words, the bulk of the index file.
    await tick();
    if (this.engine) return;
    const started = this.generation;
    const engine = new Engine();
    let n = 0;
    for (const e of [...this.all()]) {
      engine.add(e.summary.id, searchableText(e));
      if (++n % 200 === 0) {
        await tick();
        if (this.generation !== started || this.engine) return;
      }
    }
    if (!this.engine && this.generation === started) this.engine = engine;
  }

  get isReady(): boolean {
    return this.engine !== null;
  }

  /** Ids of every meeting matching all the words, most relevant first. */
  search(query: string): string[] {
    const words = foldVietnamese(query).split(WORD_SEPARATOR).filter(Boolean);
    if (words.length === 0) return [];
    const lastIsPrefix = !/[^\p{L}\p{N}]$/u.test(query);
    return this.ready()
      .search(words, lastIsPrefix)
      .filter((id) => this.has(id));
  }

  upsert(entry: IndexEntry): void {
    this.generation++;
    this.engine?.update(entry.summary.id, searchableText(entry));
  }

  remove(id: string): void {
    this.generation++;
    this.engine?.remove(id);
  }

  reset(): void {
    this.generation++;
    this.engine = null;
  }
}
