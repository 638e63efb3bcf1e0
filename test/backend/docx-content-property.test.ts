/**
 * One rule for every word (issue #8), checked on random meetings of schema 2: every non-empty text
 * the editor shows for a document (a typed field, or a generated phrase as the editor shows it)
 * appears in that document's DOCX, in order, once; and nothing else is in the DOCX but the
 * profile's fixed wording (labels, numbers, the closing mark).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { entryLines } from '../../src/shared/layout/conclusions';
import {
  generatedConclusionsHeading,
  generatedLeadIn,
  generatedMinutesClosing,
  generatedMinutesTitle,
  generatedNoticeClosing,
  generatedNoticeSummary,
  generatedOpening,
  phraseOr,
} from '../../src/shared/layout/generated';
import { Meeting, type MeetingInput } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import type { FormatProfile } from '../../src/shared/profile/schema';
import { lowerFirst, upperFirst, upperVi } from '../../src/shared/text/vietnamese';
import { all, bodyOf, readDocx, textOf } from '../helpers/docx';

const WORDS = ['Hải', 'Lương', 'Thảo', 'Đức', 'Khánh', 'Ngọc', 'Phương', 'Quỳnh', 'Trường', 'Yến', 'Biển', 'Sơn'];

/** Texts made of words no two fields share (`Hải7 Ngọc8`), so each can be found once. */
function texts(seed: number[]) {
  let n = 0;
  const word = () => `${WORDS[(seed[n % seed.length]! + n) % WORDS.length]!}${n++}`;
  const phrase = (k = 2) => Array.from({ length: k }, word).join(' ');
  /** Several lines, some of them `- ` bullets. */
  const lines = (k: number) => Array.from({ length: k }, (_, i) => (i % 2 ? `- ${phrase()}` : phrase(3))).join('\n');
  return { phrase, lines };
}

const shape = fc.record({
  seed: fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }),
  profile: fc.constantFrom(ND30_2020, HD36_2018),
  typedPhrases: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  parts: fc.array(
    fc.record({
      headed: fc.boolean(),
      textLines: fc.nat(2),
      items: fc.array(
        fc.record({
          lines: fc.integer({ min: 1, max: 3 }),
          subs: fc.array(fc.record({ lines: fc.integer({ min: 1, max: 2 }), assign: fc.boolean() }), { maxLength: 3 }),
          assign: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  groups: fc.array(fc.nat(3), { maxLength: 3 }),
  signers: fc.nat(5),
  recipients: fc.nat(3),
  afterLines: fc.nat(2),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function meetingOf(s: Shape): { meeting: Meeting; profile: FormatProfile } {
  const { phrase, lines } = texts(s.seed);
  const typed = (i: number, make: () => string) => (s.typedPhrases[i] ? make() : null);
  const input: MeetingInput = {
    schemaVersion: 2,
    id: 'prop',
    profile: { id: s.profile.id, version: 1 },
    date: '2026-06-05',
    startTime: '08:00',
    endTime: '11:30',
    host: phrase(),
    subject: phrase(3),
    place: phrase(),
    title: typed(0, () => phrase(4)),
    presiding: { title: 'đồng chí', name: phrase(), position: phrase() },
    secretary: { title: 'bà', name: phrase(), position: phrase() },
    attendeeGroups: s.groups.map((count, g) => ({
      id: `g${g}`,
      heading: phrase(),
      leadIn: phrase(),
      members: Array.from({ length: count + 1 }, (_, i) => ({
        kind: 'person' as const,
        id: `m${g}-${i}`,
        title: 'ông',
        name: phrase(),
        position: phrase(),
        unit: phrase(),
      })),
    })),
    reports: [{ id: 'r', presenter: phrase(), title: phrase(), text: lines(2) }],
    discussion: [{ id: 'o', speaker: phrase(), text: lines(2) }],
    conclusions: {
      parts: s.parts.map((p, pi) => ({
        id: `p${pi}`,
        heading: p.headed ? upperVi(phrase()) : '',
        text: lines(p.textLines),
        items: p.items.map((it, ii) => ({
          id: `i${pi}-${ii}`,
          text: lines(it.lines),
          task: { lead: phrase(), printAssignment: it.assign, assignment: it.assign ? phrase() : null },
          items: it.subs.map((sub, si) => ({
            id: `s${pi}-${ii}-${si}`,
            text: lines(sub.lines),
            task: {
              lead: phrase(),
              deadline: { kind: 'relative' as const, text: `trong ${phrase()}` },
              printAssignment: sub.assign,
            },
          })),
        })),
      })),
      after: lines(s.afterLines),
    },
    issuer: { name: upperVi(phrase()), code: 'VP', placeName: phrase() },
    notice: {
      number: '7',
      date: '2026-06-08',
      summary: typed(1, () => phrase(5)),
      opening: typed(2, () => lines(2)),
      leadIn: typed(3, () => phrase(4)),
      closing: typed(4, () => phrase(4)),
      signers: [{ authority: 'none', position: upperVi(phrase()), name: phrase() }],
      recipients: Array.from({ length: s.recipients }, () => ({ text: phrase() })),
      archive: phrase(),
    },
    minutes: {
      date: '2026-06-05',
      bases: lines(2),
      contentSummary: lines(1),
      conclusionsHeading: typed(5, () => phrase(3)),
      closing: typed(6, () => phrase(4)),
      signers: Array.from({ length: s.signers + 1 }, () => ({
        heading: upperVi(phrase()),
        position: upperVi(phrase()),
        name: phrase(),
      })),
    },
  };
  return { meeting: Meeting.parse(input), profile: s.profile };
}

const split = (t: string) =>
  t
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** What the editor shows for a document, in the order the document prints it. */
function editorTexts(m: Meeting, kind: 'notice' | 'minutes', profile: FormatProfile): string[] {
  const c = m.conclusions;
  const caseOf = (t: string) => (profile.title.summaryCase === 'lower' ? lowerFirst(t) : upperFirst(t));
  const outline = c.parts.flatMap((p) => [
    ...(p.heading ? [p.heading] : []),
    ...split(p.text),
    ...p.items.flatMap((i) => [...entryLines(i.text, i.task), ...i.items.flatMap((s) => entryLines(s.text, s.task))]),
  ]);
  const header = [m.issuer.name];
  if (kind === 'notice') {
    const n = m.notice;
    return [
      ...header,
      m.issuer.placeName,
      caseOf(phraseOr(n.summary, () => generatedNoticeSummary(m, profile))),
      ...split(phraseOr(n.opening, () => generatedOpening(m))),
      ...split(phraseOr(n.leadIn, () => generatedLeadIn(m))),
      ...outline,
      ...split(c.after),
      ...split(phraseOr(n.closing, () => generatedNoticeClosing(m))),
      ...n.recipients.map((r) => r.text),
      n.archive,
      ...n.signers.flatMap((s) => [s.position, s.name]),
    ];
  }
  const mi = m.minutes;
  return [
    ...header,
    ...(profile.header.minutesPlaceDate ? [m.issuer.placeName] : []),
    caseOf(phraseOr(m.title, () => generatedMinutesTitle(m, profile))),
    ...split(mi.bases),
    m.place,
    ...m.attendeeGroups.flatMap((g) => [
      g.heading,
      ...g.members.flatMap((x) => (x.kind === 'person' ? [x.name, x.position, x.unit] : [x.text])),
    ]),
    m.presiding.name,
    m.presiding.position,
    m.secretary.name,
    m.secretary.position,
    ...split(mi.contentSummary),
    ...m.reports.flatMap((r) => [r.presenter, r.title, ...split(r.text)]),
    ...m.discussion.flatMap((o) => [o.speaker, ...split(o.text)]),
    phraseOr(mi.conclusionsHeading, () => generatedConclusionsHeading(m)),
    ...outline,
    ...split(c.after),
    ...split(phraseOr(mi.closing, () => generatedMinutesClosing(m))),
    ...mi.signers.flatMap((s) => [s.heading, s.position, s.name]),
  ];
}

/** The profile's own words and the numbers the layout writes: all the DOCX may add to the meeting. */
function fixedWording(profile: FormatProfile, kind: 'notice' | 'minutes'): RegExp[] {
  const l = profile.labels;
  const words = [
    profile.header.nationalTitle.text,
    profile.header.motto?.text ?? '',
    kind === 'notice' ? l.notice : l.minutes,
    profile.recipients.label.text,
    profile.recipients.archivePrefix,
    profile.recipients.archiveDefault,
    profile.body.closingMark,
    profile.title.separatorText,
    l.startTime,
    l.place,
    l.attendees,
    l.presiding,
    l.secretaryFact,
    l.content,
    l.contentSummary,
    l.opinions,
  ].filter(Boolean);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [
    ...words.sort((a, b) => b.length - a.length).map((w) => new RegExp(escape(w), 'g')),
    // Number line, dates and times, outline numbers, honorifics, and the fixed verbs of the minutes.
    /Số:?|\d+|ngày|tháng|năm|giờ|phút|[IVX]+\.|\b[a-z]\)|báo cáo|ông|bà|đồng chí|Ông|Bà|TB|BB|VP|kết thúc vào|Cuộc họp/g,
    /[\s.,;:/*()-]+/g,
  ];
}

function docxText(bytes: Uint8Array): string {
  return all(bodyOf(readDocx(bytes).document), 'w:p')
    .map(textOf)
    .join('\n')
    .replace(/\s+/g, ' ');
}

describe('what the editor shows is what the document prints, and only that', () => {
  it('random schema 2 meetings, both documents, both profiles', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const { meeting, profile } = meetingOf(s);
        for (const kind of ['notice', 'minutes'] as const) {
          const doc = docxText((await renderDocx(meeting, kind, profile)).bytes);
          let rest = doc;
          let at = 0;
          const wanted = editorTexts(meeting, kind, profile)
            .map((raw) => raw.replace(/\s+/g, ' ').trim())
            .filter(Boolean);
          for (const want of wanted) {
            const i = rest.indexOf(want, at);
            if (i < 0) throw new Error(`${kind} ${profile.id}: thiếu hoặc sai thứ tự: ${JSON.stringify(want)}`);
            rest = rest.slice(0, i) + ' '.repeat(want.length) + rest.slice(i + want.length);
            at = i + want.length;
          }
          // Once: with every shown text taken out in order, none is left to be found a second time.
          for (const want of wanted)
            if (rest.includes(want)) throw new Error(`${kind} ${profile.id}: in hai lần: ${JSON.stringify(want)}`);
          for (const re of fixedWording(profile, kind)) rest = rest.replace(re, ' ');
          expect(rest.trim(), `${kind} ${profile.id}: chữ không có trong cuộc họp`).toBe('');
        }
      }),
      { numRuns: 40, seed: 8_2026 },
    );
  }, 120_000);
});
