/** Accent-insensitive search over the index (not the meeting files): `long bien` finds `Long Biên`. */
import MiniSearch from 'minisearch';
import { foldVietnamese } from '../../shared/text/vietnamese';
import type { IndexEntry } from './libraryIndex';

/** `words` holds the people (presiding, secretary, attendees), the place and the directive text. */
const FIELDS = ['subject', 'title', 'host', 'words'] as const;

function foldTerm(term: string): string | null {
  const folded = foldVietnamese(term);
  return folded.length > 0 ? folded : null;
}

/** Fields are folded whole before tokenising (one pass per field, not one per word). */
const keepTerm = (term: string): string | null => (term.length > 0 ? term : null);

/** Repeated words (`đồng chí` before every name) add size and indexing work but nothing to find. */
function uniqueWords(folded: string): string {
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u))].filter(Boolean).join(' ');
}

/** Accent-folded, de-duplicated words of a text, as kept in the index. */
export function foldedWords(text: string): string {
  return uniqueWords(foldVietnamese(text));
}

/**
 * As-you-type: only the last word may be unfinished. A lone single letter would expand to a large
 * part of the vocabulary and match nearly everything, so it only counts as a prefix after other words
 * (`Vũ Đức B`).
 */
const prefixLastWord = (term: string, i: number, terms: string[]) => i === terms.length - 1 && (term.length >= 2 || terms.length > 1);

function fieldOf(entry: IndexEntry, field: string): string {
  switch (field) {
    case 'id':
      return entry.summary.id;
    case 'subject':
    case 'title':
    case 'host':
      return entry.summary[field];
    case 'words':
      return entry.search.words;
    default:
      return '';
  }
}

function createEngine(): MiniSearch<IndexEntry> {
  return new MiniSearch<IndexEntry>({
    idField: 'id',
    fields: [...FIELDS],
    extractField: (doc, field) => {
      if (field === 'id') return doc.summary.id;
      if (field === 'words') return doc.search.words; // folded when the index entry was made
      return foldVietnamese(fieldOf(doc, field));
    },
    processTerm: keepTerm,
    searchOptions: {
      processTerm: foldTerm,
      // Every word must match; each may be the beginning of a word (as-you-type).
      combineWith: 'AND',
      prefix: prefixLastWord,
      boost: { subject: 2, title: 1.5, host: 1.5 },
    },
  });
}

/**
 * Built in the background after start-up (in chunks, so the process stays responsive) or, if a
 * search comes first, at once; kept in step with saves and deletes afterwards.
 */
export class MeetingSearch {
  private engine: MiniSearch<IndexEntry> | null = null;
  /** Bumped by every change, so a background build that missed one is thrown away. */
  private generation = 0;

  constructor(
    private readonly all: () => Iterable<IndexEntry>,
    private readonly get: (id: string) => IndexEntry | undefined,
  ) {}

  private ready(): MiniSearch<IndexEntry> {
    if (!this.engine) {
      this.engine = createEngine();
      this.engine.addAll([...this.all()]);
    }
    return this.engine;
  }

  /** Start building without blocking; a no-op when already built. */
  async warm(): Promise<void> {
    if (this.engine) return;
    const started = this.generation;
    const engine = createEngine();
    await engine.addAllAsync([...this.all()], { chunkSize: 200 });
    if (!this.engine && this.generation === started) this.engine = engine;
  }

  get isReady(): boolean {
    return this.engine !== null;
  }

  /** Ids by relevance. */
  search(query: string): string[] {
    const folded = foldVietnamese(query);
    if (folded === '') return [];
    const words = folded.split(' ');
    const last = words[words.length - 1]!;
    // `Vũ Đức B`: a trailing single letter would make the engine score every word starting with it;
    // matching the other words and then checking the letter finds the same meetings far cheaper.
    if (words.length > 1 && last.length === 1 && !/\s$/.test(query)) {
      const rest = words.slice(0, -1).join(' ');
      return this.ready()
        .search(rest, { prefix: false })
        .map((r) => String(r.id))
        .filter((id) => this.hasWordStartingWith(id, last));
    }
    return this.ready()
      .search(query)
      .map((r) => String(r.id));
  }

  private hasWordStartingWith(id: string, letter: string): boolean {
    const e = this.get(id);
    if (!e) return false;
    if (` ${e.search.words}`.includes(` ${letter}`)) return true; // already folded: the cheap check first
    const { subject, title, host } = e.summary;
    return ` ${foldVietnamese(`${subject} ${title} ${host}`)}`.includes(` ${letter}`);
  }

  upsert(entry: IndexEntry): void {
    this.generation++;
    if (!this.engine) return;
    if (this.engine.has(entry.summary.id)) this.engine.replace(entry);
    else this.engine.add(entry);
  }

  remove(id: string): void {
    this.generation++;
    if (this.engine?.has(id)) this.engine.discard(id);
  }

  reset(): void {
    this.generation++;
    this.engine = null;
  }
}
