/**
 * FROZEN: the sentences version 1 generated, exactly as it printed them. The migration writes them
 * into an issued document as typed text, so the document keeps the words it was issued with after
 * the generators change. Never edit: these are the old rules, bugs included (`10/03/2026` dates,
 * the assignment sentence after every directive, `Nhiệm vụ trong thời gian tới:`).
 */
import type { DirectiveV1, MeetingV1, MemberV1, PersonRefV1 } from './schema';

const BLANK = '.....';
const pad2 = (n: number) => String(n).padStart(2, '0');
const orBlank = (text: string) => text.trim() || BLANK;
const upperFirst = (t: string) => (t ? t.charAt(0).toLocaleUpperCase('vi-VN') + t.slice(1) : t);

/** Version 1 zero-padded every day and month in running text: `10/03/2026`. */
export function shortDateV1(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${pad2(Number(m[3]))}/${pad2(Number(m[2]))}/${m[1]}` : '';
}

export function trimSentenceEndV1(text: string): string {
  return text.trimEnd().replace(/(\.\/\.|[.;,:])+$/u, '');
}

function personPhrase(p: PersonRefV1, separator = ' - '): string {
  const title = p.title.trim();
  const name = orBlank(p.name);
  const position = p.position.trim();
  const head = title ? `${title} ${name}` : name;
  return position ? `${head}${separator}${position}` : head;
}

function meetingNoun(kind: MeetingV1['kind']): string {
  return kind === 'meeting' ? 'cuộc họp' : kind === 'conference' ? 'hội nghị' : 'buổi làm việc';
}

function attendingMemberPhrase(m: MemberV1): string | null {
  if (m.kind === 'phrase') return m.text.trim() || null;
  if (m.attendance === 'absent' || m.attendance === 'excused') return null;
  if (m.attendance === 'delegate') return `${m.delegateName.trim() || BLANK} (dự thay ${personPhrase(m)})`;
  return personPhrase(m);
}

/** A person's line in the minutes' list of attendees, without its end mark: `- ông ... (vắng có lý do)`. */
export function minutesMemberLineV1(m: Extract<MemberV1, { kind: 'person' }>): string {
  const base = personPhrase(m);
  const note =
    m.attendance === 'excused'
      ? ' (vắng có lý do)'
      : m.attendance === 'absent'
        ? ' (vắng)'
        : m.attendance === 'delegate'
          ? ` (cử ${m.delegateName.trim() || BLANK} dự thay)`
          : '';
  return `- ${trimSentenceEndV1(`${base}${note}`)}`;
}

const groupLabel = (label: string) => label.trim().replace(/[:,;.]+$/u, '');
const chairOf = (m: MeetingV1) => [m.presiding.title.trim(), orBlank(m.presiding.name)].filter(Boolean).join(' ');

/** The notice's summary before the profile's case rule. */
export function noticeSummaryV1(m: MeetingV1): string {
  const p = m.presiding;
  const position = p.position.trim() ? `, ${p.position.trim()}` : '';
  return `Kết luận của ${chairOf(m)}${position} tại ${meetingNoun(m.kind)} với ${orBlank(m.host)} về ${orBlank(m.subject)}`;
}

/** The minutes' name before the profile's case rule. */
export function minutesSummaryV1(m: MeetingV1): string {
  if (m.title.trim()) return m.title.trim();
  const p = m.presiding;
  const of = p.unit.trim() || [p.title.trim(), p.name.trim()].filter(Boolean).join(' ').trim();
  const kind = m.kind === 'meeting' ? 'Cuộc họp' : m.kind === 'conference' ? 'Hội nghị' : 'Buổi làm việc';
  return `${kind} của ${orBlank(of)} với ${orBlank(m.host)} về ${orBlank(m.subject)}`;
}

export function openingV1(m: MeetingV1): string {
  const date = shortDateV1(m.date) || `${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const sentences = [
    `Ngày ${date}, ${personPhrase(m.presiding)} chủ trì ${meetingNoun(m.kind)} với ${orBlank(m.host)} về ${orBlank(
      trimSentenceEndV1(m.subject),
    )}.`,
  ];
  for (const g of m.attendeeGroups) {
    const members = g.members
      .map(attendingMemberPhrase)
      .filter((x): x is string => !!x)
      .map(trimSentenceEndV1);
    const label = groupLabel(g.label);
    if (!members.length && !label) continue;
    sentences.push(`${upperFirst([label, members.join('; ')].filter(Boolean).join(' '))}.`);
  }
  return sentences.join(' ');
}

export function leadInV1(m: MeetingV1): string {
  const chair = chairOf(m);
  const heard = m.reports
    .filter((r) => r.presenter.trim() || r.title.trim())
    .map((r) => `${orBlank(r.presenter)} báo cáo ${orBlank(trimSentenceEndV1(r.title))}`);
  const speakers = [...new Set(m.discussion.map((o) => o.speaker.trim()).filter(Boolean))];
  const clauses: string[] = [];
  if (heard.length) clauses.push(`Sau khi nghe ${heard.join('; ')}`);
  if (speakers.length)
    clauses.push(`${heard.length ? '' : 'Sau khi nghe '}ý kiến phát biểu của ${speakers.join(', ')}`);
  return clauses.length
    ? `${clauses.join(', ')}, ${chair} kết luận như sau:`
    : `${upperFirst(chair)} kết luận như sau:`;
}

/** The notice's closing, without the closing mark (the layout adds it once). */
export function noticeClosingV1(m: MeetingV1): string {
  const custom = m.notice.closing.trim();
  if (custom) return custom;
  const office = m.notice.issuedBy.trim() || m.issuer.officeName.trim() || m.issuer.name.trim();
  const host = m.host.trim();
  const to = host ? `${host} và các cơ quan, đơn vị liên quan` : 'các cơ quan, đơn vị liên quan';
  return `${orBlank(office)} thông báo để ${to} biết, thực hiện.`;
}

/** The minutes' closing, without the closing mark. */
export function minutesClosingV1(m: MeetingV1): string {
  const custom = m.minutes.closing.trim();
  if (custom) return custom;
  const noun = m.kind === 'conference' ? 'Hội nghị' : 'Cuộc họp';
  const t = /^(\d{2}):(\d{2})$/.exec(m.endTime);
  const time = t ? `${t[1]} giờ ${t[2]} phút` : `${BLANK} giờ ${BLANK} phút`;
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.date);
  const day = (n: number) => (n < 10 ? pad2(n) : String(n));
  const month = (n: number) => (n <= 2 ? pad2(n) : String(n));
  const date = d
    ? `ngày ${day(Number(d[3]))} tháng ${month(Number(d[2]))} năm ${d[1]}`
    : 'ngày      tháng      năm      ';
  return `${noun} kết thúc vào ${time}, ${date}.`;
}

export function minutesConclusionsHeadingV1(m: MeetingV1): string {
  return `Kết luận của ${chairOf(m)}:`;
}

/** `Giao <lead> chủ trì, phối hợp với <support>, hoàn thành trước ngày 20/03/2026.` or empty. */
export function assignmentV1(d: DirectiveV1): string {
  const l = d.lead.trim();
  const s = d.support.map((x) => x.trim()).filter(Boolean);
  const deadline = shortDateV1(d.deadline);
  const parts: string[] = [];
  if (l) parts.push(`giao ${l} chủ trì`);
  if (s.length) parts.push(`phối hợp với ${s.join(', ')}`);
  if (deadline) parts.push(`hoàn thành trước ngày ${deadline}`);
  return parts.length ? upperFirst(parts.join(', ')) + '.' : '';
}

/** A directive's own text as version 1 printed it: one paragraph, one full stop. */
export function directiveTextV1(d: DirectiveV1): string {
  const text = trimSentenceEndV1(d.text.trim().replace(/\s*\r?\n\s*/g, ' '));
  return text ? `${text}.` : '';
}

/** Assessment paragraphs as version 1 printed them: each ends with one full stop. */
export function assessmentV1(m: MeetingV1): string[] {
  return m.conclusions.assessment
    .flatMap((p) => p.split(/\r?\n/))
    .map((p) => trimSentenceEndV1(p.trim()))
    .filter(Boolean)
    .map((p) => `${p}.`);
}
