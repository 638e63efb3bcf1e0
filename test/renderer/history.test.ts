import {
  COALESCE_MS,
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  replacePresent,
  undo,
} from '../../src/renderer/lib/history';

describe('undo history', () => {
  it('coalesces keystrokes in one field into a single undo step', () => {
    let h = createHistory('');
    let t = 1000;
    for (const text of ['V', 'Vi', 'Việ', 'Việt']) h = record(h, text, 'subject', (t += 100));
    expect(h.present).toBe('Việt');
    h = undo(h);
    expect(h.present).toBe('');
    expect(canUndo(h)).toBe(false);
  });

  it('starts a new step when another field is edited or after a pause', () => {
    let h = createHistory('a');
    h = record(h, 'ab', 'subject', 1000);
    h = record(h, 'abc', 'place', 1100);
    h = record(h, 'abcd', 'place', 1100 + COALESCE_MS + 1);
    expect(undo(h).present).toBe('abc');
    expect(undo(undo(h)).present).toBe('ab');
    expect(undo(undo(undo(h))).present).toBe('a');
  });

  it('never coalesces structural edits (empty key)', () => {
    let h = createHistory(0);
    h = record(h, 1, '', 10);
    h = record(h, 2, '', 11);
    expect(undo(h).present).toBe(1);
  });

  it('redo replays undone steps and a new edit clears the redo stack', () => {
    let h = createHistory('x');
    h = record(h, 'y', '', 1);
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    expect(redo(h).present).toBe('y');
    h = record(h, 'z', '', 2);
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('undo on an empty history and replacePresent leave the steps alone', () => {
    const h = createHistory('a');
    expect(undo(h)).toBe(h);
    const r = replacePresent(record(h, 'b', '', 1), 'b2');
    expect(r.present).toBe('b2');
    expect(undo(r).present).toBe('a');
  });

  it('an edit that does not change the value adds no step', () => {
    const h = createHistory('same');
    expect(record(h, 'same', 'k', 1)).toBe(h);
  });
});
