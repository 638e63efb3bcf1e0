/**
 * Autosave scheduling, free of React: save ~800 ms after the last change (`auto`), at once on
 * request (`explicit`), one save at a time, and after a failure keep the draft and retry later.
 */
export type SaveReason = 'auto' | 'explicit';
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

export const AUTOSAVE_MS = 800;
export const RETRY_MS = 4000;

export interface AutosaveOptions<T> {
  save: (value: T, reason: SaveReason) => Promise<void>;
  onState: (state: SaveState) => void;
  onSaved?: (value: T, reason: SaveReason) => void;
  /** Vietnamese message for a failure. */
  describe: (error: unknown) => string;
  now?: () => Date;
}

export class AutosaveController<T> {
  private value: T | null = null;
  private version = 0;
  private savedVersion = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private disposed = false;

  constructor(private readonly opts: AutosaveOptions<T>) {}

  /** A freshly loaded (or restored) value: nothing to save. */
  load(value: T, version: number): void {
    this.value = value;
    this.version = version;
    this.savedVersion = version;
    this.clearTimer();
    this.opts.onState({ kind: 'idle' });
  }

  /** The draft changed; each change restarts the debounce. */
  change(value: T, version: number): void {
    this.value = value;
    this.version = version;
    if (this.dirty()) this.schedule(AUTOSAVE_MS);
  }

  dirty(): boolean {
    return this.version > this.savedVersion;
  }

  /** Save now; waits for a save in flight so saves never overlap or land out of order. */
  async saveNow(reason: SaveReason): Promise<boolean> {
    while (this.inFlight) await this.inFlight;
    if (reason === 'auto' && !this.dirty()) return true;
    if (this.value === null) return true;
    this.clearTimer();
    const p = this.run(this.value, this.version, reason);
    this.inFlight = p;
    try {
      return await p;
    } finally {
      this.inFlight = null;
    }
  }

  /** (Re)activate after dispose: React's strict mode mounts effects twice. */
  activate(): void {
    this.disposed = false;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private async run(value: T, version: number, reason: SaveReason): Promise<boolean> {
    this.opts.onState({ kind: 'saving' });
    try {
      await this.opts.save(value, reason);
      this.savedVersion = Math.max(this.savedVersion, version);
      this.opts.onState({ kind: 'saved', at: (this.opts.now ?? (() => new Date()))() });
      this.opts.onSaved?.(value, reason);
      // Typing during the save: the newer draft gets its own save.
      if (this.dirty()) this.schedule(AUTOSAVE_MS);
      return true;
    } catch (e) {
      this.opts.onState({ kind: 'error', message: this.opts.describe(e) });
      this.schedule(RETRY_MS);
      return false;
    }
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow('auto');
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
