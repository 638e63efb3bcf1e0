/** The fixed phrases of official Vietnamese documents, built from the meeting's facts. */
import type { Meeting, Member, PersonRef } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { foldVietnamese, upperFirst } from '../text/vietnamese';
import { BLANK, orBlank } from './runs';

/**
 * Folded texts by their text: the layout runs again after every keystroke and asks of the same long
 * task texts each time (folding them was half of a 50-page notice's layout). Bounded, pure.
 */
const foldedTexts = new Map<string, string>();
function foldOnce(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    if (foldedTexts.size >= 4096) foldedTexts.clear();
    folded = foldVietnamese(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

/** True when `haystack` already says `needle` (accents, case and spacing aside). */
export function alreadySays(haystack: string, needle: string): boolean {
  const n = foldOnce(needle.trim());
  return n !== '' && foldOnce(haystack).includes(n);
}

/**
 * The position with the unit, as Vietnamese writes it: `Phó Giám đốc` + `Sở Công Thương` ->
 * `Phó Giám đốc Sở Công Thương`; a position that ends with the start of the unit gets only the rest
 * (`Chánh Văn phòng` + `Văn phòng UBND tỉnh` -> `Chánh Văn phòng UBND tỉnh`); a position that
 * already names the whole unit stays as it is.
 */
export function positionWithUnit(p: PersonRef): string {
  const position = p.position.trim();
  const unit = p.unit.trim();
  if (!unit || alreadySays(position, unit)) return position;
  if (!position) return unit;
  const pos = foldVietnamese(position).split(' ');
  const words = unit.split(/\s+/);
  const folded = words.map((w) => foldVietnamese(w));
  for (let k = Math.min(words.length - 1, pos.length); k >= 1; k--) {
    if (folded.slice(0, k).every((w, i) => w === pos[pos.length - k + i]))
      return `${position} ${words.slice(k).join(' ')}`;
  }
  return `${position} ${unit}`;
}

/**
 * `đồng chí Vũ Đức Bảo - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy` (blank name stays
 * blank); attendee lines add the unit (`withUnit`), the chair's and secretary's facts do not.
 */
export function personPhrase(p: PersonRef, withUnit = false): string {
  const title = p.title.trim();
  const name = orBlank(p.name);
  const position = withUnit ? positionWithUnit(p) : p.position.trim();
  const head = title ? `${title} ${name}` : name;
  return position ? `${head} - ${position}` : head;
}

/** True when nothing of the person is known yet. */
export function isEmptyPerson(p: PersonRef): boolean {
  return !p.name.trim() && !p.position.trim() && !p.unit.trim();
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
    return `${delegate} (dự thay ${personPhrase(m, true)})`;
  }
  return personPhrase(m, true);
}

/** What the minutes add after a person for the attendance a record must keep: `(vắng: đi công tác)`. */
function attendanceNote(m: Extract<Member, { kind: 'person' }>): string {
  const reason = m.absenceReason.trim();
  switch (m.attendance) {
    case 'excused':
      return reason ? ` (vắng: ${reason})` : ' (vắng có lý do)';
    case 'absent':
      return reason ? ` (vắng: ${reason})` : ' (vắng)';
    case 'delegate':
      return ` (cử ${m.delegateName.trim() || BLANK} dự thay)`;
    default:
      return '';
  }
}

/**
 * A member as the minutes list it (one per line, without the line's end mark), in the profile's
 * style: `- đồng chí Nguyễn Văn A - Phó Giám đốc Sở Công Thương` or `Ông: Nguyễn Văn A - Phó Giám đốc Sở Công Thương`.
 */
export function minutesMemberPhrase(m: Member, profile: FormatProfile): string {
  if (m.kind === 'phrase') return m.text.trim() ? `- ${m.text.trim()}` : '';
  if (m.minutesLine !== null) return m.minutesLine;
  if (profile.content.attendeeStyle === 'honorific' && m.title.trim()) {
    const position = positionWithUnit(m);
    const who = `${upperFirst(m.title.trim())}: ${orBlank(m.name)}`;
    return `${position ? `${who} - ${position}` : who}${attendanceNote(m)}`;
  }
  return `- ${personPhrase(m, true)}${attendanceNote(m)}`;
}

/** `Cùng dự có` -> `Cùng dự có` (no trailing punctuation; the caller adds it). */
export function groupLabel(label: string): string {
  return label.trim().replace(/[:,;.]+$/u, '');
}

/** Drop a trailing full stop, closing mark or stray punctuation so a sentence can be extended. */
export function trimSentenceEnd(text: string): string {
  return text.trimEnd().replace(/(\.\/\.|[.;,:])+$/u, '');
}
