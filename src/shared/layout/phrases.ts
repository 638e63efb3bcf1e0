/** The fixed phrases of official Vietnamese documents, built from the meeting's facts. */
import type { Meeting, Member, PersonRef } from '../model/meeting';
import { BLANK, orBlank } from './runs';

/** `đồng chí Vũ Đức Bảo - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy` (blank name stays blank). */
export function personPhrase(p: PersonRef, separator = ' - '): string {
  const title = p.title.trim();
  const name = orBlank(p.name);
  const position = p.position.trim();
  const head = title ? `${title} ${name}` : name;
  return position ? `${head}${separator}${position}` : head;
}

/** `buổi làm việc` / `cuộc họp` / `hội nghị` in running text. */
export function meetingNoun(kind: Meeting['kind']): string {
  return kind === 'meeting' ? 'cuộc họp' : kind === 'conference' ? 'hội nghị' : 'buổi làm việc';
}

/** A member as the notice's opening reads it; null when the member did not attend. */
export function attendingMemberPhrase(m: Member): string | null {
  if (m.kind === 'phrase') return m.text.trim() || null;
  if (m.attendance === 'absent' || m.attendance === 'excused') return null;
  if (m.attendance === 'delegate') {
    const delegate = m.delegateName.trim() || BLANK;
    return `${delegate} (dự thay ${personPhrase(m)})`;
  }
  return personPhrase(m);
}

/** A member as the minutes list it (one per line), with the attendance a record must keep. */
export function minutesMemberPhrase(m: Member): string {
  if (m.kind === 'phrase') return m.text.trim();
  const base = personPhrase(m);
  const reason = m.absenceReason.trim();
  switch (m.attendance) {
    case 'excused':
      return reason ? `${base} (vắng: ${reason})` : `${base} (vắng có lý do)`;
    case 'absent':
      return reason ? `${base} (vắng: ${reason})` : `${base} (vắng)`;
    case 'delegate':
      return `${base} (cử ${m.delegateName.trim() || BLANK} dự thay)`;
    default:
      return base;
  }
}

/** `Cùng dự có` -> `Cùng dự có` (no trailing punctuation; the caller adds it). */
export function groupLabel(label: string): string {
  return label.trim().replace(/[:,;.]+$/u, '');
}

/** Drop a trailing full stop, closing mark or stray punctuation so a sentence can be extended. */
export function trimSentenceEnd(text: string): string {
  return text.trimEnd().replace(/(\.\/\.|[.;,:])+$/u, '');
}

/** `giao Phòng Nội vụ chủ trì, phối hợp với VPQU, hoàn thành trước ngày 31/12/2021.` */
export function assignmentSentence(lead: string, support: readonly string[], deadline: string): string {
  const l = lead.trim();
  const s = support.map((x) => x.trim()).filter(Boolean);
  const parts: string[] = [];
  if (l) parts.push(`giao ${l} chủ trì`);
  if (s.length) parts.push(`phối hợp với ${s.join(', ')}`);
  if (deadline) parts.push(`hoàn thành trước ngày ${deadline}`);
  if (!parts.length) return '';
  const sentence = parts.join(', ');
  return sentence.charAt(0).toLocaleUpperCase('vi-VN') + sentence.slice(1) + '.';
}
