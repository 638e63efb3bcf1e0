/**
 * lowdb adapter over the one JSON persistence path (jsonFile.ts): data is serialised at the moment
 * `write` is called and written through the per-file queue, so the last call always wins on disk;
 * `read` quarantines a bad file and falls back to `.bak`.
 */
import type { Adapter } from 'lowdb';
import { type JsonFileContext, readWithRecovery, type ReadSubject, writeJsonFile } from './jsonFile';

export class RecoveringJsonAdapter<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly ctx: JsonFileContext,
    private readonly subject: ReadSubject<T>,
    private readonly options: { keepBackup: boolean },
  ) {}

  read(): Promise<T | null> {
    return readWithRecovery(this.ctx, this.file, this.subject);
  }

  write(data: T): Promise<void> {
    return writeJsonFile(this.ctx, this.file, data, { keepBackup: this.options.keepBackup });
  }
}
