/**
 * Round trip: every shipped example, exported by the app in both profiles and both documents, is
 * read back (.docx -> lines -> recognition) to a meeting whose export prints the same text in the
 * same order; the facts a secretary looks for are found.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/backend/export/renderDocx';
import { docxLines } from '../../../src/backend/import/docxLines';
import { readDocx } from '../../../src/backend/import/readDocx';
import { recognize } from '../../../src/shared/import/recognize';
import { layoutDocument } from '../../../src/shared/layout/layoutDocument';
import { upperFirst } from '../../../src/shared/text/vietnamese';
import { HD36_2018, ND30_2020 } from '../../../src/shared/profile/builtin';
import { EXAMPLE_CASES } from '../docx-fixtures';

const MATRIX = EXAMPLE_CASES.flatMap(([name, load]) =>
  [HD36_2018, ND30_2020].flatMap((profile) =>
    (['notice', 'minutes'] as const).map((kind) => [`${name} ${profile.id} ${kind}`, load, profile, kind] as const),
  ),
);

describe.each(MATRIX)('%s', (_label, load, profile, kind) => {
  it('imports back to a meeting that exports the same text in the same order', async () => {
    const original = load();
    const { bytes, layout } = await renderDocx(original, kind, profile);
    const r = recognize(docxLines((await readDocx(bytes)).body), { id: 'imported' });
    expect(r.kind).toBe(kind);
    expect(r.profileId).toBe(profile.id);
    expect(layoutDocument(r.meeting, kind, profile).plainText.split('\n')).toEqual(layout.plainText.split('\n'));
    // The facts behind the text, where the document prints them.
    const doc = kind === 'notice' ? r.meeting.notice : r.meeting.minutes;
    const src = kind === 'notice' ? original.notice : original.minutes;
    expect(r.meeting.issuer.code).toBe(original.issuer.code);
    expect(doc.number).toBe(src.number ? src.number.padStart(2, '0') : '');
    if (kind === 'notice' || profile.header.minutesPlaceDate) expect(doc.date).toBe(src.date);
    expect(doc.signers.map((s) => s.name)).toEqual(src.signers.map((s) => s.name.trim()));
    expect(doc.recipients.map((x) => x.text)).toEqual(src.recipients.map((x) => x.text.trim()).filter(Boolean));
    if (kind === 'minutes') {
      expect(r.meeting.presiding.name).toBe(original.presiding.name);
      expect(r.meeting.place).toBe(original.place.replace(/\.$/, ''));
      expect(r.meeting.startTime).toBe(original.startTime);
      expect(r.meeting.date).toBe(original.date);
      // The report's line starts with a capital, whoever presented it (`Bà Nguyễn Thị Lan ...`).
      expect(r.meeting.reports.map((x) => x.presenter)).toEqual(original.reports.map((x) => upperFirst(x.presenter)));
    }
    expect(r.meeting.conclusions.parts.flatMap((p) => p.items).length).toBe(
      original.conclusions.parts.flatMap((p) => p.items).filter((i) => i.text.trim() || i.items.length).length,
    );
    // Every field names at least one line that exists.
    const ns = new Set(r.lines.map((l) => l.n));
    for (const f of r.fields)
      expect(
        f.lines.every((n) => ns.has(n)),
        f.field,
      ).toBe(true);
  });
});

it('a name printed in capitals under the signing space is still the name, not the position', async () => {
  const original = EXAMPLE_CASES[0][1]();
  original.notice.signers = [
    { heading: '', authority: 'TL', authorityOf: 'Trưởng ban', position: 'Chánh Văn phòng', name: 'NGUYỄN VĂN AN' },
  ];
  const { bytes, layout } = await renderDocx(original, 'notice', HD36_2018);
  const r = recognize(docxLines((await readDocx(bytes)).body), { id: 'caps' });
  expect(r.meeting.notice.signers).toEqual([
    { heading: '', authority: 'TL', authorityOf: 'TRƯỞNG BAN', position: 'CHÁNH VĂN PHÒNG', name: 'NGUYỄN VĂN AN' },
  ]);
  expect(layoutDocument(r.meeting, 'notice', HD36_2018).plainText).toBe(layout.plainText);
});
