/**
 * Property: any meeting (hostile text, NFD, emoji, hundreds of attendees and tasks), exported in
 * either profile as either document, imports back to a meeting that exports the same text.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { renderDocx } from '../../../src/backend/export/renderDocx';
import { docxLines } from '../../../src/backend/import/docxLines';
import { readDocx } from '../../../src/backend/import/readDocx';
import { recognize } from '../../../src/shared/import/recognize';
import { layoutDocument } from '../../../src/shared/layout/layoutDocument';
import { meetingArb } from '../docx-arbitraries';

it('a random meeting exported and imported back exports the same text in the same order', async () => {
  await fc.assert(
    fc.asyncProperty(meetingArb, fc.constantFrom('notice' as const, 'minutes' as const), async (c, kind) => {
      const { bytes, layout } = await renderDocx(c.meeting, kind, c.profile);
      const r = recognize(docxLines((await readDocx(bytes)).body), { id: 'prop' });
      expect(r.kind).toBe(kind);
      expect(r.profileId).toBe(c.profile.id);
      expect(layoutDocument(r.meeting, kind, c.profile).plainText).toBe(layout.plainText);
    }),
    { numRuns: 25, endOnFailure: true },
  );
}, 120_000);
