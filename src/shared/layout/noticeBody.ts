/** The notice's body: opening formula, lead-in, numbered conclusions, closing with the mark once. */
import type { Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { formatShortDate, upperFirst, withClosingMark } from '../text/vietnamese';
import { bodyParagraph, paragraphsOf } from './bodyText';
import { conclusionParagraphs } from './conclusions';
import { attendingMemberPhrase, groupLabel, meetingNoun, personPhrase, trimSentenceEnd } from './phrases';
import { BLANK, orBlank } from './runs';
import type { LayoutParagraph } from './types';

/** `Ngày 23/02/2021, đồng chí ... - ... chủ trì buổi làm việc với ... về .... Cùng dự có ...` */
export function openingText(meeting: Meeting): string {
  // No slashes in the blank: `...../.....` would read as the closing mark `./.`.
  const date = formatShortDate(meeting.date) || `${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const sentences = [
    `Ngày ${date}, ${personPhrase(meeting.presiding)} chủ trì ${meetingNoun(meeting.kind)} với ${orBlank(meeting.host)} về ${orBlank(
      trimSentenceEnd(meeting.subject),
    )}.`,
  ];
  for (const g of meeting.attendeeGroups) {
    const members = g.members
      .map(attendingMemberPhrase)
      .filter((m): m is string => !!m)
      .map(trimSentenceEnd);
    const label = groupLabel(g.label);
    if (!members.length && !label) continue;
    sentences.push(`${upperFirst([label, members.join('; ')].filter(Boolean).join(' '))}.`);
  }
  return sentences.join(' ');
}

/** `Sau khi nghe ... báo cáo ..., ý kiến phát biểu của ..., đồng chí ... kết luận như sau:` */
export function leadInText(meeting: Meeting): string {
  const p = meeting.presiding;
  const chair = [p.title.trim(), orBlank(p.name)].filter(Boolean).join(' ');
  const heard = meeting.reports
    .filter((r) => r.presenter.trim() || r.title.trim())
    .map((r) => `${orBlank(r.presenter)} báo cáo ${orBlank(trimSentenceEnd(r.title))}`);
  const speakers = [...new Set(meeting.discussion.map((o) => o.speaker.trim()).filter(Boolean))];
  const clauses: string[] = [];
  if (heard.length) clauses.push(`Sau khi nghe ${heard.join('; ')}`);
  if (speakers.length)
    clauses.push(`${heard.length ? '' : 'Sau khi nghe '}ý kiến phát biểu của ${speakers.join(', ')}`);
  return clauses.length
    ? `${clauses.join(', ')}, ${chair} kết luận như sau:`
    : `${upperFirst(chair)} kết luận như sau:`;
}

/** `Văn phòng ... thông báo để ... biết, thực hiện./.` */
export function noticeClosingText(meeting: Meeting, profile: FormatProfile): string {
  const custom = meeting.notice.closing.trim();
  if (custom) return withClosingMark(custom, profile.body.closingMark);
  const office = meeting.notice.issuedBy.trim() || meeting.issuer.officeName.trim() || meeting.issuer.name.trim();
  const host = meeting.host.trim();
  const to = host ? `${host} và các cơ quan, đơn vị liên quan` : 'các cơ quan, đơn vị liên quan';
  return withClosingMark(`${orBlank(office)} thông báo để ${to} biết, thực hiện.`, profile.body.closingMark);
}

export function layoutNoticeBody(meeting: Meeting, profile: FormatProfile): LayoutParagraph[] {
  const n = meeting.notice;
  const opening = n.openingOverride.trim() ? paragraphsOf(n.openingOverride) : [openingText(meeting)];
  const leadIn = n.leadInOverride.trim() ? paragraphsOf(n.leadInOverride) : [leadInText(meeting)];
  return [
    ...opening.map((t) => bodyParagraph(profile, t, 'opening')),
    ...leadIn.map((t) => bodyParagraph(profile, t, 'lead-in')),
    ...conclusionParagraphs(meeting, profile),
    // The closing sentence travels with the signature block.
    { ...bodyParagraph(profile, noticeClosingText(meeting, profile), 'closing'), keepWithNext: true },
  ];
}
