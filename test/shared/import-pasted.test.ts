/**
 * Pasted text goes through the same recognition: the text of every shipped example, as a secretary
 * copies it out of Word or a PDF (one paragraph a line, no tables), reads back to the same facts.
 */
import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/shared/import/lines';
import { recognize } from '../../src/shared/import/recognize';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { outlineEntries } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { EXAMPLE_CASES } from '../backend/docx-fixtures';

const MATRIX = EXAMPLE_CASES.flatMap(([name, load]) =>
  [HD36_2018, ND30_2020].flatMap((profile) =>
    (['notice', 'minutes'] as const).map((kind) => [`${name} ${profile.id} ${kind}`, load, profile, kind] as const),
  ),
);

describe.each(MATRIX)('pasted %s', (_label, load, profile, kind) => {
  it('reads the facts the text states', () => {
    const original = load();
    const text = layoutDocument(original, kind, profile).plainText;
    const r = recognize(linesFromText(text), { id: 'pasted' });
    expect(r.kind).toBe(kind);
    expect(r.profileId).toBe(profile.id);
    const doc = kind === 'notice' ? r.meeting.notice : r.meeting.minutes;
    const src = kind === 'notice' ? original.notice : original.minutes;
    expect(r.meeting.issuer.code).toBe(original.issuer.code);
    expect(doc.number).toBe(src.number ? src.number.padStart(2, '0') : '');
    expect(doc.recipients.map((x) => x.text)).toEqual(src.recipients.map((x) => x.text.trim()).filter(Boolean));
    // Items (sub-items in the minutes print `- ` like a bullet of the item's text: either reading prints the same).
    const items = (m: typeof original) => m.conclusions.parts.flatMap((p) => p.items);
    expect(items(r.meeting).length).toBe(items(original).filter((i) => i.text.trim() || i.items.length).length);
    if (kind === 'notice')
      expect(outlineEntries(r.meeting.conclusions).length).toBe(
        outlineEntries(original.conclusions).filter((e) => e.text.trim()).length,
      );
    if (kind === 'minutes') {
      expect(r.meeting.presiding.name).toBe(original.presiding.name);
      expect(r.meeting.startTime).toBe(original.startTime);
      expect(r.meeting.reports.length).toBe(original.reports.length);
    } else expect(r.meeting.date).toBe(original.date);
    // The text itself is kept as printed, in order: the body exports to the same lines.
    const body = (t: string) => t.split('\n').filter((l) => !/^(Nơi nhận|- )/.test(l));
    const again = layoutDocument(r.meeting, kind, profile).plainText;
    expect(body(again).slice(0, 12)).toEqual(body(text).slice(0, 12));
  });
});
