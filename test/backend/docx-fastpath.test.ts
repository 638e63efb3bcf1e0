/**
 * The export writes the body of word/document.xml itself (documentXml.ts) instead of through docx's
 * slow XML preparation. docx stays the reference: for every example, random meetings, the bench's
 * outline notice and hand-made edge blocks, the fast package must be the very bytes docx makes.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outlineNotice } from '../../bench/export.bench';
import { fastDocxParts, writeDocx, writeDocxReference } from '../../src/backend/export/docxWriter';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import type { LayoutParagraph, OfficialLayout } from '../../src/shared/layout/types';
import type { Meeting } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import type { FormatProfile } from '../../src/shared/profile/schema';
import { meetingArb } from './docx-arbitraries';
import { loadExample } from './docx-fixtures';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = readdirSync(join(__dirname, '../../resources/examples')).filter((f) => f.endsWith('.json'));
const PROFILES = [HD36_2018, ND30_2020];
const KINDS = ['notice', 'minutes'] as const;
const NOW = new Date('2026-03-10T08:00:00Z');

// core.xml stamps the time the docx Document is made: frozen so both packages carry the same.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

const partsOf = (bytes: Uint8Array) => Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]);

/** The document part first (a readable diff), then every part in order, then the ZIP bytes. */
async function expectSameAsDocx(layout: OfficialLayout): Promise<void> {
  // Not the fallback comparing docx with itself: an upgrade that changes the part's shape fails here.
  expect(fastDocxParts(layout)).not.toBeNull();
  const fast = await writeDocx(layout, NOW);
  const reference = await writeDocxReference(layout, NOW);
  const doc = (b: Uint8Array) => strFromU8(unzipSync(b)['word/document.xml']!);
  expect(doc(fast)).toBe(doc(reference));
  expect(partsOf(fast)).toEqual(partsOf(reference));
  expect(Buffer.from(fast).equals(Buffer.from(reference))).toBe(true);
}

const layoutOf = (m: Meeting, kind: 'notice' | 'minutes', p: FormatProfile) => layoutDocument(m, kind, p);

describe('the fast document.xml is the one docx writes', () => {
  it.each(EXAMPLES.flatMap((file) => PROFILES.flatMap((p) => KINDS.map((k) => [file, p.id, k, p] as const))))(
    '%s, %s, %s',
    async (file, _id, kind, profile) => {
      await expectSameAsDocx(layoutOf(loadExample(file), kind, profile));
    },
  );

  it('the bench’s outline notice (300 items, ≈ 900 paragraphs)', async () => {
    await expectSameAsDocx(layoutOf(outlineNotice(), 'notice', HD36_2018));
  });

  it('random meetings with hostile text, both documents', async () => {
    await fc.assert(
      fc.asyncProperty(meetingArb, async ({ meeting, profile }) => {
        for (const kind of KINDS) await expectSameAsDocx(layoutOf(meeting, kind, profile));
      }),
      { numRuns: 15, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);

  it('blocks the examples never make: italic, underline, keep-with-next, no runs, empty columns, a table last', async () => {
    const base = layoutOf(loadExample(EXAMPLES[0]!), 'notice', HD36_2018);
    const para = (over: Partial<LayoutParagraph>): LayoutParagraph => ({
      type: 'paragraph',
      runs: [{ text: 'Ủy ban <nhân dân> & "Hội đồng" \'xã\'\u0001', sizePt: 13.5, italic: true, underline: true }],
      align: 'justify',
      ...over,
    });
    const edge: OfficialLayout = {
      ...base,
      font: { family: 'Times & "New" Roman', lang: 'vi-VN' },
      blocks: [
        ...base.blocks,
        para({ keepWithNext: true, firstLineIndentTwip: 567.6, indentLeftTwip: -20.4, lineSpacing: 1.15 }),
        para({ runs: [] }),
        para({ runs: [{ text: '', sizePt: 14, bold: true }], align: 'right', spacingBeforePt: 6.3 }),
        {
          type: 'columns',
          role: 'edge',
          columns: [
            { widthTwip: 3000.4, blocks: [] },
            {
              widthTwip: 2000,
              blocks: [
                {
                  type: 'rule',
                  widthTwip: 5000,
                  align: 'center',
                  thicknessPt: 0.6,
                  emptyLineSizePt: 1,
                  borderGapPt: 1.5,
                },
              ],
            },
          ],
        },
      ],
    };
    await expectSameAsDocx(edge);
    await expectSameAsDocx({ ...base, blocks: [] });
  });
});
