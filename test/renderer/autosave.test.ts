import {
  AUTOSAVE_MS,
  AutosaveController,
  RETRY_MS,
  type SaveReason,
  type SaveState,
} from '../../src/renderer/lib/autosave';

function setup(failTimes = 0) {
  const saved: { value: string; reason: SaveReason }[] = [];
  const states: SaveState[] = [];
  let failures = failTimes;
  let release: (() => void) | null = null;
  let hold = false;
  const c = new AutosaveController<string>({
    save: async (value, reason) => {
      if (hold) await new Promise<void>((r) => (release = r));
      if (failures > 0) {
        failures--;
        throw new Error('disk full');
      }
      saved.push({ value, reason });
    },
    onState: (s) => states.push(s),
    describe: () => 'Ổ đĩa đầy.',
    now: () => new Date(2021, 1, 23, 10, 42),
  });
  return { c, saved, states, holdNext: () => (hold = true), release: () => ((hold = false), release?.()) };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, ~800 ms after the last keystroke, with reason auto', async () => {
    const { c, saved, states } = setup();
    c.load('', 0);
    c.change('V', 1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100);
    c.change('Vi', 2);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100);
    c.change('Việt', 3);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(saved).toEqual([{ value: 'Việt', reason: 'auto' }]);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: new Date(2021, 1, 23, 10, 42) });
    expect(c.dirty()).toBe(false);
  });

  it('keeps the draft after a failed save, shows the error and retries until it succeeds', async () => {
    const { c, saved, states } = setup(2);
    c.load('a', 0);
    c.change('ab', 1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Ổ đĩa đầy.' });
    expect(c.dirty()).toBe(true);
    c.change('abc', 2); // typing goes on while the disk is failing
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(states.at(-1)?.kind).toBe('error');
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(saved).toEqual([{ value: 'abc', reason: 'auto' }]);
    expect(c.dirty()).toBe(false);
  });

  it('an explicit save goes out at once even with nothing new, and an auto save of a clean draft does nothing', async () => {
    const { c, saved } = setup();
    c.load('x', 0);
    expect(await c.saveNow('auto')).toBe(true);
    expect(saved).toEqual([]);
    expect(await c.saveNow('explicit')).toBe(true);
    expect(saved).toEqual([{ value: 'x', reason: 'explicit' }]);
  });

  it('saves never overlap: typing during a save is saved afterwards', async () => {
    const t = setup();
    t.c.load('', 0);
    t.c.change('a', 1);
    t.holdNext();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    t.c.change('ab', 2);
    const explicit = t.c.saveNow('explicit');
    t.release();
    await explicit;
    expect(t.saved.map((s) => s.value)).toEqual(['a', 'ab']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(t.saved).toHaveLength(2);
  });

  it('says a change is pending from the first keystroke until it is stored, never "no changes"', async () => {
    const { c, states } = setup();
    c.load('', 0);
    expect(states.at(-1)).toEqual({ kind: 'idle' });
    c.change('V', 1);
    expect(states.at(-1)).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(states.slice(-2)).toEqual([{ kind: 'saving' }, { kind: 'saved', at: new Date(2021, 1, 23, 10, 42) }]);
    c.change('Vi', 2);
    expect(states.at(-1)).toEqual({ kind: 'pending' });
  });

  it('does not claim "saved" when typing went on during the save', async () => {
    const t = setup();
    t.c.load('', 0);
    t.c.change('a', 1);
    t.holdNext();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    t.c.change('ab', 2);
    t.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saved.map((s) => s.value)).toEqual(['a']);
    expect(t.states.at(-1)).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(t.states.at(-1)?.kind).toBe('saved');
  });

  it('keeps saying the save failed, with the reason, while more typing waits for the retry', async () => {
    const { c, states } = setup(1);
    c.load('a', 0);
    c.change('ab', 1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    c.change('abc', 2);
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Ổ đĩa đầy.' });
  });

  it('stops scheduling after dispose', async () => {
    const { c, saved } = setup();
    c.load('', 0);
    c.change('a', 1);
    c.dispose();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
    expect(saved).toEqual([]);
  });
});
