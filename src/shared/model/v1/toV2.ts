/**
 * Version 1 -> 2, losing nothing. A draft keeps what the secretary typed and lets the generators
 * (now right) write the rest; its tasks' assignment sentences start off. A document already
 * issued keeps the words it was issued with: every sentence version 1 generated for it is written
 * in as typed text (frozen copies of the old generators, `./printed`).
 */
import { builtinProfile } from '../../profile/builtin';
import type { MeetingInput } from '../meeting';
import {
  assessmentV1,
  assignmentV1,
  directiveTextV1,
  leadInV1,
  minutesClosingV1,
  minutesConclusionsHeadingV1,
  minutesMemberLineV1,
  minutesSummaryV1,
  noticeClosingV1,
  noticeSummaryV1,
  openingV1,
  trimSentenceEndV1,
} from './printed';
import type { DirectiveV1, MeetingV1 } from './schema';

type Input = MeetingInput;
type Conclusions = NonNullable<Input['conclusions']>;
type ItemIn = NonNullable<NonNullable<Conclusions['parts']>[number]['items']>[number];

const typedOrNull = (text: string) => (text.trim() ? text : null);
const lowerFirst = (t: string) => (t ? t.charAt(0).toLocaleLowerCase('vi-VN') + t.slice(1) : t);
const upperFirst = (t: string) => (t ? t.charAt(0).toLocaleUpperCase('vi-VN') + t.slice(1) : t);

/** The summary case rule of the built-in profile the meeting was drafted with (custom ones: as generated). */
function withSummaryCase(m: MeetingV1, text: string): string {
  const c = builtinProfile(m.profile.id)?.title.summaryCase;
  return c === 'lower' ? lowerFirst(text) : c === 'capital' ? upperFirst(text) : text;
}

function taskOf(d: DirectiveV1, frozen: boolean) {
  const assignment = frozen ? assignmentV1(d) : '';
  return {
    lead: d.lead,
    support: d.support,
    deadline: d.deadline ? { kind: 'date' as const, date: d.deadline } : { kind: 'none' as const },
    status: d.status,
    printAssignment: frozen && assignment !== '',
    assignment: frozen && assignment ? assignment : null,
  };
}

/** One part without a heading: the assessment as item 1, the directives under the lead-in as item 2. */
function conclusionsOf(m: MeetingV1, frozen: boolean): Conclusions {
  const c = m.conclusions;
  const items: ItemIn[] = [];
  const assessment = frozen ? assessmentV1(m) : c.assessment;
  if (assessment.some((p) => p.trim())) items.push({ id: 'assessment', text: assessment.join('\n') });
  const subItems = c.directives.map((d) => ({
    id: d.id,
    text: frozen ? directiveTextV1(d) : d.text,
    task: taskOf(d, frozen),
  }));
  const intro = c.directivesIntro.trim();
  if (intro || (frozen && subItems.length)) {
    // Version 1 printed `Nhiệm vụ trong thời gian tới:` when no lead-in was typed; an issued document keeps it.
    const text = intro ? `${trimSentenceEndV1(intro)}:` : 'Nhiệm vụ trong thời gian tới:';
    items.push({ id: uniqueId('directives', c.directives), text: frozen ? text : c.directivesIntro, items: subItems });
  } else {
    // A draft's directives with no lead-in typed become the items themselves.
    items.push(...subItems.map((s) => ({ ...s, items: [] })));
  }
  return { parts: items.length ? [{ id: 'conclusions', heading: '', text: '', items }] : [], after: '' };
}

function uniqueId(base: string, taken: readonly { id: string }[]): string {
  let id = base;
  for (let n = 2; taken.some((t) => t.id === id); n++) id = `${base}-${n}`;
  return id;
}

function minutesSigners(m: MeetingV1, issued: boolean) {
  const labels = builtinProfile(m.profile.id)?.labels ?? { secretary: 'THƯ KÝ', chair: 'CHỦ TỌA' };
  const [first, second, ...rest] = m.minutes.signers;
  // Version 1 printed the profile's labels over the first two and fell back to the secretary's and the chair's names.
  const block = (s: (typeof m.minutes.signers)[number] | undefined, label: string, fallbackName: string) => ({
    ...(s ?? { authority: 'none' as const, authorityOf: '' }),
    heading: '',
    position: issued || !s?.position.trim() ? label : s.position,
    name: s?.name.trim() ? s.name : fallbackName,
  });
  return [
    block(first, labels.secretary, m.secretary.name),
    block(second, labels.chair, m.presiding.name),
    ...rest.map((s) => ({ ...s, heading: '' })),
  ];
}

export function meetingV1toV2(m: MeetingV1): Input {
  const noticeIssued = m.notice.status === 'issued';
  const minutesIssued = m.minutes.status === 'issued';
  // The conclusions print in both documents: frozen as soon as either was issued.
  const frozen = noticeIssued || minutesIssued;
  const { openingOverride, leadInOverride, closing: noticeClosing, ...notice } = m.notice;
  const { closing: minutesClosing, ...minutes } = m.minutes;
  return {
    ...m,
    schemaVersion: 2,
    title: minutesIssued ? withSummaryCase(m, minutesSummaryV1(m)) : typedOrNull(m.title),
    attendeeGroups: m.attendeeGroups.map(({ label, ...g }) => ({
      ...g,
      heading: label,
      leadIn: label,
      // An issued record keeps each attendee's line as it printed; a draft's lines follow the facts.
      members: g.members.map((x) =>
        x.kind === 'person'
          ? { ...x, absenceReason: '', minutesLine: minutesIssued ? minutesMemberLineV1(x) : null }
          : x,
      ),
    })),
    reports: m.reports.map(({ paragraphs, ...r }) => ({ ...r, text: paragraphs.join('\n') })),
    discussion: m.discussion.map(({ gist, ...o }) => ({ ...o, text: gist })),
    conclusions: conclusionsOf(m, frozen),
    notice: {
      ...notice,
      signers: notice.signers.map((s) => ({ ...s, heading: '' })),
      summary: noticeIssued ? withSummaryCase(m, noticeSummaryV1(m)) : null,
      opening: noticeIssued ? openingV1(m) : typedOrNull(openingOverride),
      leadIn: noticeIssued ? leadInV1(m) : typedOrNull(leadInOverride),
      closing: noticeIssued ? noticeClosingV1(m) : typedOrNull(noticeClosing),
    },
    minutes: {
      ...minutes,
      signers: minutesSigners(m, minutesIssued),
      bases: '',
      contentSummary: '',
      conclusionsHeading: minutesIssued ? minutesConclusionsHeadingV1(m) : null,
      closing: minutesIssued ? minutesClosingV1(m) : typedOrNull(minutesClosing),
    },
  };
}
