/**
 * lowdb adapters over the atomic writer. Data is serialised at the moment `write` is called and
 * written through the per-file queue, so the last call always wins on disk.
 */
import type { Adapter } from 'lowdb';
import { writeFileAtomic, type WriteQueue } from './atomicFile';
import type { FileSystem } from './fileSystem';
import { readWithRecovery, type ReadSubject, type RecoveryContext } from './recovery';

export interface AdapterOptions {
  fs: FileSystem;
  queue: WriteQueue;
  keepBackup: boolean;
}

export class AtomicJsonWriter<T> {
  constructor(
    readonly file: string,
    protected readonly options: AdapterOptions,
  ) {}

  write(data: T): Promise<void> {
    // Pretty: these are small files a person may need to read (the large index has its own writer).
    const text = JSON.stringify(data, null, 2) + '\n';
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
