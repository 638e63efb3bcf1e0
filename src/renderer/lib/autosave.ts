/**
 * Autosave scheduling, free of React: save ~800 ms after the last change (`auto`), at once on
 * request (`explicit`), one save at a time, and after a failure keep the draft and retry later.
 * The state it reports is the truth a secretary reads before closing the laptop: `idle` only while
 * nothing was changed since opening, `pending` whenever a change is not yet stored, `saved` only
 * when what is on screen is what is stored, `error` (with the reason) until a save succeeds.
 */
export type SaveReason = 'auto' | 'explicit';
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

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
  private state: SaveState['kind'] = 'idle';

  constructor(private readonly opts: AutosaveOptions<T>) {}

  private report(state: SaveState): void {
    this.state = state.kind;
    this.opts.onState(state);
  }

  /** A freshly loaded (or restored) value: nothing to save. */
  load(value: T, version: number): void {
    this.value = value;
    this.version = version;
    this.savedVersion = version;
    this.clearTimer();
    this.report({ kind: 'idle' });
  }

  /** The draft changed; each change restarts the debounce. */
  change(value: T, version: number): void {
    this.value = value;
    this.version = version;
    if (!this.dirty()) return;
    // A failure stays on screen until a save succeeds; a save in flight reports when it ends.
    if (this.state !== 'error' && this.state !== 'saving' && this.state !== 'pending') this.report({ kind: 'pending' });
    this.schedule(AUTOSAVE_MS);
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
    this.report({ kind: 'saving' });
    try {
      await this.opts.save(value, reason);
      this.savedVersion = Math.max(this.savedVersion, version);
      // Typing during the save: the newer draft is not saved yet, and gets its own save.
      if (this.dirty()) {
        this.report({ kind: 'pending' });
        this.schedule(AUTOSAVE_MS);
      } else this.report({ kind: 'saved', at: (this.opts.now ?? (() => new Date()))() });
      this.opts.onSaved?.(value, reason);
      return true;
    } catch (e) {
      this.report({ kind: 'error', message: this.opts.describe(e) });
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
