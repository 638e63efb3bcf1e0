/** Random meetings, hostile text included, always export to well-formed XML that keeps all their text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { cleanText } from '../../src/shared/text/vietnamese';
import { all, bodyOf, readDocx, textOf, xmlProblems } from '../helpers/docx';
import { checkOfficialDocx } from '../helpers/officialChecks';
import { meetingArb } from './docx-arbitraries';

function documentText(bytes: Uint8Array): string {
  const parts = readDocx(bytes);
  const problems = xmlProblems(parts);
  expect(problems).toEqual([]);
  return all(bodyOf(parts.document), 'w:p').map(textOf).join('\n');
}

describe('random meetings export to well-formed, official DOCX with all their text', () => {
  it('notice and minutes in either profile', async () => {
    await fc.assert(
      fc.asyncProperty(meetingArb, async ({ meeting, profile, minutesTexts, noticeTexts }) => {
        for (const [kind, texts] of [
          ['minutes', minutesTexts],
          ['notice', noticeTexts],
        ] as const) {
          const { bytes } = await renderDocx(meeting, kind, profile);
          const doc = documentText(bytes);
          expect(checkOfficialDocx(bytes, { kind, profile, meeting })).toEqual([]);
          expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
          expect(doc.normalize('NFC')).toBe(doc);
          for (const t of texts) {
            const want = cleanText(t).trim();
            if (!doc.includes(want)) throw new Error(`${kind}: thiếu đoạn chữ ${JSON.stringify(want.slice(0, 80))}`);
          }
        }
      }),
      // Runs take ~1 s each (300 attendees, 100 directives); bound shrinking so a failure reports in time.
      { numRuns: 25, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  }, 120_000);
});
