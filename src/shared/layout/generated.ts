/**
 * Every phrase the app writes for the secretary, in one place. A phrase prints as generated while
 * its field is null and as typed once the secretary edits it; the editor calls these to show the
 * generated text in place. Generators never print a dangling `với .....` or `Thư ký: .`: a missing
 * fact is either left out of the sentence (host) or shown as the form's blank (name, date).
 */
import type { Deadline, Meeting, Task } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { formatClockTime, formatOfficialDate, formatShortDate, lowerFirst, upperFirst } from '../text/vietnamese';
import { alreadySays, attendingMemberPhrase, groupLabel, meetingNoun, personPhrase, trimSentenceEnd } from './phrases';
import { BLANK, orBlank } from './runs';

/** The phrase as it prints: typed text when the secretary wrote one, else the generated text. */
export function phraseOr(typed: string | null, generate: () => string): string {
  return typed ?? generate();
}

const chairOf = (m: Meeting) => [m.presiding.title.trim(), orBlank(m.presiding.name)].filter(Boolean).join(' ');
const withHost = (m: Meeting) => (m.host.trim() ? ` với ${m.host.trim()}` : '');

/**
 * The notice's summary (trích yếu): state documents put the position before the name
 * (`Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về ...`), Party documents the
 * honorific and name first (`Kết luận của đồng chí Vũ Đức Bảo, Trưởng Ban ... tại buổi làm việc với ...`).
 */
export function generatedNoticeSummary(m: Meeting, profile: FormatProfile): string {
  const p = m.presiding;
  const position = p.position.trim();
  const who =
    profile.basis === 'nd30'
      ? [position, orBlank(p.name)].filter(Boolean).join(' ')
      : `${chairOf(m)}${position ? `, ${position}` : ''}`;
  const raw = `Kết luận của ${who} tại ${meetingNoun(m.kind)}${withHost(m)} về ${orBlank(trimSentenceEnd(m.subject))}`;
  return profile.title.summaryCase === 'lower' ? lowerFirst(raw) : upperFirst(raw);
}

/** The minutes' name: `Buổi làm việc của <unit> với <host> về <subject>`. */
export function generatedMinutesTitle(m: Meeting, profile: FormatProfile): string {
  const p = m.presiding;
  const of = p.unit.trim() || [p.title.trim(), p.name.trim()].filter(Boolean).join(' ').trim();
  const kind = m.kind === 'meeting' ? 'Cuộc họp' : m.kind === 'conference' ? 'Hội nghị' : 'Buổi làm việc';
  const raw = `${kind} của ${orBlank(of)}${withHost(m)} về ${orBlank(trimSentenceEnd(m.subject))}`;
  return profile.title.summaryCase === 'lower' ? lowerFirst(raw) : upperFirst(raw);
}

/** `Ngày 05/6/2026, đồng chí ... chủ trì buổi làm việc với ... về .... Cùng dự có ...` */
export function generatedOpening(m: Meeting): string {
  // No slashes in the blank: `...../.....` would read as the closing mark `./.`.
  const date = formatShortDate(m.date) || `${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const sentences = [
    `Ngày ${date}, ${personPhrase(m.presiding)} chủ trì ${meetingNoun(m.kind)}${withHost(m)} về ${orBlank(
      trimSentenceEnd(m.subject),
    )}.`,
  ];
  for (const g of m.attendeeGroups) {
    const members = g.members
      .map(attendingMemberPhrase)
      .filter((x): x is string => !!x)
      .map(trimSentenceEnd);
    const leadIn = groupLabel(g.leadIn);
    if (!members.length) continue;
    sentences.push(`${upperFirst([leadIn, members.join('; ')].filter(Boolean).join(' '))}.`);
  }
  return sentences.join(' ');
}

/** `Sau khi nghe ... báo cáo ..., ý kiến phát biểu của ..., đồng chí ... kết luận như sau:` */
export function generatedLeadIn(m: Meeting): string {
  const chair = chairOf(m);
  const heard = m.reports
    .filter((r) => r.presenter.trim() || r.title.trim())
    .map((r) => `${orBlank(r.presenter)} báo cáo ${orBlank(trimSentenceEnd(r.title))}`);
  const speakers = [...new Set(m.discussion.map((o) => o.speaker.trim()).filter(Boolean))];
  const clauses: string[] = [];
  if (heard.length) clauses.push(`Sau khi nghe ${heard.join('; ')}`);
  if (speakers.length)
    clauses.push(`${heard.length ? '' : 'Sau khi nghe '}ý kiến phát biểu của ${speakers.join(', ')}`);
  return clauses.length
    ? `${clauses.join(', ')}, ${chair} kết luận như sau:`
    : `${upperFirst(chair)} kết luận như sau:`;
}

/** `Văn phòng ... thông báo để ... biết, thực hiện.` (the layout adds the closing mark). */
export function generatedNoticeClosing(m: Meeting): string {
  const office = m.notice.issuedBy.trim() || m.issuer.officeName.trim() || m.issuer.name.trim();
  const host = m.host.trim();
  const to = host ? `${host} và các cơ quan, đơn vị liên quan` : 'các cơ quan, đơn vị liên quan';
  return `${orBlank(office)} thông báo để ${to} biết, thực hiện.`;
}

/** `Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 23 tháng 02 năm 2021.` (the layout adds the closing mark). */
export function generatedMinutesClosing(m: Meeting): string {
  const noun = m.kind === 'conference' ? 'Hội nghị' : 'Cuộc họp';
  const time = formatClockTime(m.endTime) || `${BLANK} giờ ${BLANK} phút`;
  return `${noun} kết thúc vào ${time}, ${formatOfficialDate(m.date)}.`;
}

/** The minutes' heading over the conclusions: `Kết luận của đồng chí Nguyễn Văn A:`. */
export function generatedConclusionsHeading(m: Meeting): string {
  return `Kết luận của ${chairOf(m)}:`;
}

/** How a deadline reads after `hoàn thành`: `trước ngày 05/6/2026`, `trong thời hạn 03 ngày làm việc ...`. */
export function deadlinePhrase(d: Deadline): { verb: string; text: string } | null {
  switch (d.kind) {
    case 'date':
      return d.date ? { verb: 'hoàn thành', text: `trước ngày ${formatShortDate(d.date)}` } : null;
    case 'relative':
      return d.text.trim() ? { verb: 'hoàn thành', text: trimSentenceEnd(d.text.trim()) } : null;
    case 'period':
      return d.text.trim() ? { verb: 'thực hiện', text: trimSentenceEnd(d.text.trim()) } : null;
    default:
      return null;
  }
}

/**
 * `Giao Sở Tài chính chủ trì, phối hợp với ..., hoàn thành trước ngày 05/6/2026.`, leaving out what
 * the task's own text already says (the unit in charge, a supporting unit, the deadline); empty
 * when the text says it all.
 */
export function generatedAssignment(task: Task, text: string): string {
  const lead = task.lead.trim();
  const support = task.support.map((x) => x.trim()).filter((x) => x && !alreadySays(text, x));
  const deadline = deadlinePhrase(task.deadline);
  const parts: string[] = [];
  if (lead && !alreadySays(text, lead)) parts.push(`giao ${lead} chủ trì`);
  if (support.length) parts.push(`phối hợp với ${support.join(', ')}`);
  if (deadline && !alreadySays(text, deadline.text) && !deadlineDateSaid(task.deadline, text))
    parts.push(`${deadline.verb} ${deadline.text}`);
  return parts.length ? `${upperFirst(parts.join(', '))}.` : '';
}

/** A date deadline is already said when the text carries the date in any usual spelling (`5/6/2026`, `05/06/2026`). */
function deadlineDateSaid(d: Deadline, text: string): boolean {
  if (d.kind !== 'date' || !d.date) return false;
  const [y, mo, da] = d.date.split('-').map(Number);
  const re = new RegExp(`(^|\\D)0?${da}\\s*[/.-]\\s*0?${mo}\\s*[/.-]\\s*${y}(\\D|$)`);
  return re.test(text);
}

/** The assignment sentence as it prints: nothing unless turned on; typed text as typed. */
export function assignmentText(task: Task, text: string): string {
  if (!task.printAssignment) return '';
  return phraseOr(task.assignment, () => generatedAssignment(task, text)).trim();
}
