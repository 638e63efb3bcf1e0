/**
 * lowdb adapters over the atomic writer. Data is serialised at the moment `write` is called and
 * written through the per-file queue, so the last call always wins on disk.
 */
import type { Adapter } from 'lowdb';
import type { ParseResult } from '../../shared/model/parse';
import { writeFileAtomic, type WriteQueue } from './atomicFile';
import type { FileSystem } from './fileSystem';
import { readWithRecovery, type ReadSubject, type RecoveryContext } from './recovery';

export interface AdapterOptions {
  fs: FileSystem;
  queue: WriteQueue;
  keepBackup: boolean;
  /** Pretty-print small human-inspected files; compact for the large derived index. */
  pretty?: boolean;
}

export class AtomicJsonWriter<T> {
  constructor(
    readonly file: string,
    protected readonly options: AdapterOptions,
  ) {}

  write(data: T): Promise<void> {
    const text = this.options.pretty === false ? JSON.stringify(data) : JSON.stringify(data, null, 2) + '\n';
    return this.options.queue.run(this.file, () =>
      writeFileAtomic(this.file, text, { fs: this.options.fs, keepBackup: this.options.keepBackup }),
    );
  }
}

/** Validated, recovering JSON file: read() quarantines a bad file and falls back to `.bak`. */
export class RecoveringJsonAdapter<T> extends AtomicJsonWriter<T> implements Adapter<T> {
  constructor(
    file: string,
    options: AdapterOptions,
    private readonly ctx: RecoveryContext,
    private readonly subject: ReadSubject<T>,
  ) {
    super(file, options);
  }

  read(): Promise<T | null> {
    return readWithRecovery(this.ctx, this.file, this.subject);
  }
}

/** Plain read: null when missing or unusable (for derived data that is rebuilt instead of recovered). */
export class DerivedJsonAdapter<T> extends AtomicJsonWriter<T> implements Adapter<T> {
  constructor(
    file: string,
    options: AdapterOptions,
    private readonly validate: (raw: unknown) => ParseResult<T>,
    private readonly onBroken: (reason: 'missing' | 'broken') => void,
  ) {
    super(file, options);
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.options.fs.readFile(this.file, 'utf8');
    } catch {
      this.onBroken('missing');
      return null;
    }
    try {
      const r = this.validate(JSON.parse(text));
      if (r.ok) return r.value;
    } catch {
      // falls through: unparsable
    }
    this.onBroken('broken');
    return null;
  }
}
