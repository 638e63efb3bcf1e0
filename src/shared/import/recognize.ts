/**
 * Recognition: the lines of an official notice or minutes (a .docx read, or pasted text) -> a
 * meeting, each field with the lines it came from and whether it was a guess. Text is taken as
 * printed (phrases as typed), so the meeting exports to the same words; a phrase that reads
 * exactly as the app would generate it is left to follow the facts. Nothing is invented: what the
 * text does not say stays empty.
 */
import {
  generatedConclusionsHeading,
  generatedLeadIn,
  generatedMinutesClosing,
  generatedMinutesTitle,
  generatedNoticeClosing,
  generatedNoticeSummary,
  generatedOpening,
} from '../layout/generated';
import { minutesMemberPhrase } from '../layout/phrases';
import type { AttendeeGroup, DocumentKind, Meeting, MeetingInput, Member, Opinion, Report } from '../model/meeting';
import { Meeting as MeetingSchema } from '../model/meeting';
import { describeProblems, problemsOf } from '../model/errors';
import { HD36_2018, ND30_2020 } from '../profile/builtin';
import type { FormatProfile } from '../profile/schema';
import { readHeader, readSummary, typeOf } from './header';
import {
  clockIn,
  fold,
  meetingKindIn,
  officialDateIn,
  shortDateIn,
  trimEnd,
  unblank,
  withoutClosingMark,
} from './lines';
import { readOutline, type Para } from './outline';
import { parsePerson } from './people';
import { authorityOf, isRecipientsLabel, readRecipients, readSigner, splitSigners, type SignerRead } from './tail';
import type { FieldSource, ProfileId, Recognition, SourceLine } from './types';

export interface RecognizeOptions {
  /** The new meeting's id. */
  id: string;
  /** ISO time stamp for createdAt / updatedAt. */
  now?: string;
}

class Fields {
  readonly list: FieldSource[] = [];
  note(field: string, label: string, lines: Array<number | null | undefined>, uncertain = false): void {
    const ns = lines.filter((n): n is number => typeof n === 'number');
    if (!ns.length) return;
    // A later, better reading of the same field (the opening after the summary) replaces the first.
    const at = this.list.findIndex((f) => f.field === field);
    if (at >= 0) this.list.splice(at, 1);
    this.list.push({ field, label, lines: [...new Set(ns)], uncertain });
  }
}

/**
 * The value after a fact's label (`Địa điểm: ...`), or null when the line has none of the labels:
 * the profile's own first, then the ones other offices write (`Chủ tọa:`, `Thời gian:`).
 */
function labelValue(text: string, labels: readonly string[]): string | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const head = fold(text.slice(0, colon));
  return labels.some((l) => fold(l).replace(/\s*:$/, '') === head) ? text.slice(colon + 1).trim() : null;
}

function factLabels(l: FormatProfile['labels']) {
  return {
    startTime: [l.startTime, 'Thời gian:', 'Thời gian họp:', 'Thời gian làm việc:'],
    place: [l.place, 'Địa điểm họp:', 'Địa điểm làm việc:'],
    attendees: [l.attendees, 'Thành phần:', 'Thành phần dự họp:', 'Thành phần tham gia:'],
    presiding: [l.presiding, 'Chủ tọa:', 'Người chủ trì:', 'Chủ trì cuộc họp:'],
    secretary: [l.secretaryFact, 'Thư ký cuộc họp:', 'Người ghi biên bản:'],
    contentSummary: [l.contentSummary],
    content: [l.content, 'Nội dung cuộc họp:', 'Nội dung làm việc:'],
  };
}

/** `Kết luận của X tại buổi làm việc với H về S` / `Buổi làm việc của U với H về S`: host and subject. */
function hostAndSubject(text: string): { host: string; subject: string } {
  const m = /(?:buổi làm việc|cuộc họp|hội nghị)(?:\s+(?:của|giữa)\s+.+?)?(?:\s+với\s+(.+?))?\s+về\s+(.+?)\.?$/iu.exec(
    text.replace(/\n/g, ' '),
  );
  return m ? { host: unblank(m[1] ?? ''), subject: unblank(m[2]!) } : { host: '', subject: '' };
}

interface Body {
  paras: Para[];
  /** The closing sentence (mark removed), when the last paragraph is one. */
  closing: Para | null;
}

/** Body paragraphs; the last one ending with the closing mark is the closing when it reads as one. */
function splitClosing(paras: Para[], kind: DocumentKind): Body {
  const last = paras[paras.length - 1];
  if (!last) return { paras, closing: null };
  const { text, marked } = withoutClosingMark(last.text);
  const body = paras.slice(0, -1);
  const f = fold(text);
  const isClosing = kind === 'notice' ? /\bthong bao\b/.test(f) : /\bket thuc\b/.test(f);
  if (isClosing) return { paras: body, closing: { n: last.n, text } };
  return { paras: marked ? [...body, { n: last.n, text }] : paras, closing: null };
}

function readNoticeBody(paras: Para[], m: MeetingInput, f: Fields, nextId: (p: string) => string) {
  const { paras: body, closing } = splitClosing(paras, 'notice');
  const leadAt = body.findIndex((p, i) => i < 15 && /nhu sau:?$/.test(fold(p.text)));
  const firstNumbered = body.findIndex((p) => /^([IVX]+|\d+)\s*[.-]\s|^[a-z]\)\s/u.test(p.text));
  const openingEnd = leadAt >= 0 ? leadAt : firstNumbered >= 0 ? firstNumbered : Math.min(1, body.length);
  const opening = body.slice(0, openingEnd);
  const notice = m.notice as Record<string, unknown>;
  notice.opening = opening.map((p) => p.text).join('\n');
  f.note(
    'notice.opening',
    'Đoạn mở đầu',
    opening.map((p) => p.n),
  );
  if (leadAt >= 0) {
    notice.leadIn = body[leadAt]!.text;
    f.note('notice.leadIn', 'Câu dẫn kết luận', [body[leadAt]!.n]);
  } else notice.leadIn = '';
  notice.closing = closing?.text ?? '';
  if (closing) {
    f.note('notice.closing', 'Câu kết thúc', [closing.n]);
    const by = /^(.+?)\s+thông báo(?![\p{L}\p{N}])/u.exec(closing.text)?.[1];
    if (by) {
      notice.issuedBy = by;
      f.note('notice.issuedBy', 'Cơ quan thông báo', [closing.n], true);
    }
  }
  readOpeningFacts(opening, m, f);
  const outline = readOutline(body.slice(openingEnd + (leadAt >= 0 ? 1 : 0)), nextId);
  m.conclusions = outline.conclusions;
  for (const s of outline.sources) f.note(`conclusions.${s.id}`, s.label, s.lines, s.uncertain);
}

/** The opening's facts: date, who presided, with whom, about what, and who attended. */
function readOpeningFacts(opening: Para[], m: MeetingInput, f: Fields) {
  const first = opening[0];
  if (!first) return;
  const text = opening.map((p) => p.text).join(' ');
  const date = shortDateIn(text.slice(0, 80)) || officialDateIn(text.slice(0, 120)).iso;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    m.date = date;
    f.note('date', 'Ngày họp', [first.n]);
  }
  const chair = /^(?:[^,]*\d{4}|[^,]*ngày[^,]*),\s*(.+?)\s+(?:đã\s+)?chủ trì(?![\p{L}\p{N}])/iu.exec(text);
  if (chair) {
    const p = parsePerson(chair[1]!);
    m.presiding = { title: p.title, name: p.name, position: p.position, unit: '' };
    f.note('presiding', 'Người chủ trì', [first.n], !p.clear);
  }
  const kind = meetingKindIn(text.slice(0, 300));
  if (kind) m.kind = kind;
  const sentence = /chủ trì\s+(.+?\.)(?:\s+(?=\p{Lu})|$)/u.exec(text)?.[1] ?? '';
  const hs = hostAndSubject(sentence);
  if (hs.subject) {
    m.host = hs.host;
    m.subject = hs.subject;
    if (hs.host) f.note('host', 'Làm việc với', [first.n], true);
    f.note('subject', 'Nội dung làm việc', [first.n], true);
  }
  // `Cùng dự có A; B.` / `Về phía quận Long Biên, có ...`: each a group of the opening.
  const groups: AttendeeGroup[] = [];
  const rest = text.slice(text.indexOf(sentence) + sentence.length);
  for (const s of rest.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
    const g = /^(.*?(?<![\p{L}\p{N}])có:?)\s+(.+?)\.?$/u.exec(s.trim());
    if (!g) continue;
    const members: Member[] = g[2]!.split(/;\s*/u).map((x, i) => memberOf(x, `${groups.length + 1}-${i + 1}`));
    groups.push({ id: `g${groups.length + 1}`, heading: '', leadIn: g[1]!.replace(/:$/, ''), members });
  }
  if (groups.length) {
    m.attendeeGroups = groups;
    f.note(
      'attendeeGroups',
      'Thành phần tham dự',
      opening.map((p) => p.n),
      true,
    );
  }
}

/** An attendee as the notice's opening names one: a person when it reads as honorific + name + position. */
function memberOf(text: string, key: string): Member {
  const t = text.trim();
  const p = parsePerson(t);
  if (p.title && p.name && p.clear)
    return {
      kind: 'person',
      id: `m${key}`,
      title: p.title,
      name: p.name,
      position: p.position,
      unit: '',
      attendance: 'present',
      delegateName: '',
      absenceReason: '',
      minutesLine: null,
    };
  return { kind: 'phrase', id: `m${key}`, text: t };
}

const HONORIFIC = /^(Ông|Bà|Đồng chí|Anh|Chị)\s*:\s*(.*)$/u;

/** One line of the minutes' list of attendees, kept as printed when the app would print it otherwise. */
function attendeeOf(line: string, id: string, profile: FormatProfile): Member {
  const text = trimEnd(line);
  const honorific = HONORIFIC.exec(text);
  const dash = /^[-–•+]\s*(.*)$/u.exec(text);
  let member: Member;
  const body = honorific ? `${honorific[1]!.toLowerCase()} ${honorific[2]}` : dash ? dash[1]! : text;
  const note = /\s*\((vắng(?:[^()]*)|cử ([^()]*) dự thay)\)$/u.exec(body);
  const who = note ? body.slice(0, note.index) : body;
  const p = parsePerson(who);
  if ((honorific || (p.title && p.clear)) && p.name) {
    const person: Extract<Member, { kind: 'person' }> = {
      kind: 'person',
      id,
      title: p.title,
      name: p.name,
      position: p.position,
      unit: '',
      attendance: 'present',
      delegateName: '',
      absenceReason: '',
      minutesLine: null,
    };
    if (note?.[2] !== undefined) Object.assign(person, { attendance: 'delegate', delegateName: unblank(note[2]) });
    else if (note) {
      const reason = /^vắng\s*:\s*(.+)$/u.exec(note[1]!)?.[1] ?? '';
      Object.assign(person, {
        attendance: /có lý do/u.test(note[1]!) || reason ? 'excused' : 'absent',
        absenceReason: reason.trim(),
      });
    }
    member = person;
    if (minutesMemberPhrase(person, profile) !== text) person.minutesLine = text;
  } else if (dash) member = { kind: 'phrase', id, text: dash[1]! };
  else
    member = {
      kind: 'person',
      id,
      title: '',
      name: '',
      position: '',
      unit: '',
      attendance: 'present',
      delegateName: '',
      absenceReason: '',
      minutesLine: text,
    };
  return member;
}

function readMinutesBody(
  paras: Para[],
  m: MeetingInput,
  f: Fields,
  profile: FormatProfile,
  nextId: (p: string) => string,
) {
  const l = profile.labels;
  const labels = factLabels(l);
  const { paras: body, closing } = splitClosing(paras, 'minutes');
  const mi = m.minutes as Record<string, unknown>;
  const bases: Para[] = [];
  const summary: Para[] = [];
  const groups: AttendeeGroup[] = [];
  const groupLines: number[] = [];
  const reports: Report[] = [];
  const reportLines: number[][] = [];
  const opinions: Opinion[] = [];
  const opinionLines: number[] = [];
  let phase: 'start' | 'attendees' | 'summary' | 'content' | 'opinions' | 'conclusions' = 'start';
  let conclusionsAt = -1;
  let memberNo = 0;
  for (let i = 0; i < body.length; i++) {
    const { n, text } = body[i]!;
    if (phase === 'conclusions') break;
    const start = labelValue(text, labels.startTime);
    const place = labelValue(text, labels.place);
    const chair = labelValue(text, labels.presiding);
    const secretary = chair === null ? labelValue(text, labels.secretary) : null;
    if (start !== null) {
      m.startTime = clockIn(start);
      const d = officialDateIn(start).iso || shortDateIn(start);
      if (/^\d{4}-\d{2}-\d{2}$/.test(d)) m.date = d;
      f.note('startTime', 'Giờ bắt đầu', [m.startTime ? n : null]);
      f.note('date', 'Ngày họp', [m.date ? n : null]);
      phase = 'start';
    } else if (place !== null) {
      m.place = unblank(trimEnd(place));
      f.note('place', 'Địa điểm', [m.place ? n : null]);
    } else if (labelValue(text, labels.attendees) === '') phase = 'attendees';
    else if (chair !== null || secretary !== null) {
      const p = parsePerson(trimEnd(chair ?? secretary ?? ''));
      const ref = { title: p.title, name: p.name, position: p.position, unit: '' };
      if (chair !== null) m.presiding = ref;
      else m.secretary = ref;
      if (p.name || p.position)
        f.note(chair !== null ? 'presiding' : 'secretary', chair !== null ? 'Người chủ trì' : 'Thư ký', [n], !p.clear);
      phase = 'start';
    } else if (labelValue(text, labels.contentSummary) === '') phase = 'summary';
    else if (labelValue(text, labels.content) === '') phase = 'content';
    else if (phase === 'start' && /^Căn cứ(?![\p{L}\p{N}])/u.test(text)) bases.push({ n, text });
    else if (phase === 'summary') summary.push({ n, text });
    else if (phase === 'attendees') {
      const isHeading = /:$/.test(text) && !/^[-–•+]/u.test(text) && !HONORIFIC.test(text);
      if (isHeading || !groups.length) {
        const heading = isHeading ? text.replace(/:$/, '').trim() : '';
        groups.push({ id: `g${groups.length + 1}`, heading, leadIn: heading, members: [] });
      }
      if (!isHeading) groups[groups.length - 1]!.members.push(attendeeOf(text, `m${++memberNo}`, profile));
      groupLines.push(n);
    } else if (phase === 'content' || phase === 'opinions') {
      const section = /^(\d+)\.\s+(.*)$/u.exec(text);
      if (section) {
        const rest = section[2]!.trim();
        if (fold(rest) === fold(l.opinions)) {
          phase = 'opinions';
          opinionLines.push(n);
          continue;
        }
        const report = / báo cáo /u.exec(rest);
        if (/:$/.test(rest) || !report || phase === 'opinions') {
          mi.conclusionsHeading = rest;
          f.note('minutes.conclusionsHeading', 'Tiêu đề phần kết luận', [n]);
          conclusionsAt = i + 1;
          phase = 'conclusions';
          continue;
        }
        reports.push({
          id: `r${reports.length + 1}`,
          presenter: unblank(rest.slice(0, report.index)),
          title: unblank(trimEnd(rest.slice(report.index + report[0].length))),
          text: '',
        });
        reportLines.push([n]);
      } else if (phase === 'opinions') {
        const op = /^[-–•]\s*(.+?)(?::\s+(.*)|\.)$/u.exec(text);
        if (op) opinions.push({ id: `o${opinions.length + 1}`, speaker: unblank(op[1]!), text: op[2] ?? '' });
        else if (opinions.length) opinions[opinions.length - 1]!.text += `\n${text}`;
        else opinions.push({ id: `o${opinions.length + 1}`, speaker: '', text });
        opinionLines.push(n);
      } else if (reports.length) {
        const r = reports[reports.length - 1]!;
        r.text = r.text ? `${r.text}\n${text}` : text;
        reportLines[reportLines.length - 1]!.push(n);
      }
    }
  }
  mi.bases = bases.map((p) => p.text).join('\n');
  f.note(
    'minutes.bases',
    'Căn cứ',
    bases.map((p) => p.n),
  );
  mi.contentSummary = summary.map((p) => p.text).join('\n');
  f.note(
    'minutes.contentSummary',
    'Tóm tắt nội dung',
    summary.map((p) => p.n),
  );
  m.attendeeGroups = groups;
  f.note('attendeeGroups', 'Thành phần tham dự', groupLines);
  m.reports = reports;
  reports.forEach((r, i) => f.note(`reports.${r.id}`, 'Báo cáo', reportLines[i]!));
  m.discussion = opinions;
  f.note('discussion', 'Ý kiến phát biểu', opinionLines);
  if (conclusionsAt >= 0) {
    const outline = readOutline(body.slice(conclusionsAt), nextId);
    m.conclusions = outline.conclusions;
    for (const s of outline.sources) f.note(`conclusions.${s.id}`, s.label, s.lines, s.uncertain);
  }
  mi.closing = closing?.text ?? '';
  if (closing) {
    f.note('minutes.closing', 'Câu kết thúc', [closing.n]);
    const end = clockIn(closing.text);
    if (end) {
      m.endTime = end;
      f.note('endTime', 'Giờ kết thúc', [closing.n]);
    }
  }
}

/** The first line of the tail: a signature or recipients table, `Nơi nhận:`, or after the closing mark. */
function tailStart(lines: readonly SourceLine[], from: number): number {
  let end = lines.findIndex((l, i) => i >= from && (l.cell !== undefined || isRecipientsLabel(l.text)));
  if (end < 0) end = lines.length;
  for (let i = end - 1; i >= from; i--) if (/\.\/\.\s*$/.test(lines[i]!.text)) return i + 1;
  if (end === lines.length) {
    // Pasted text without `Nơi nhận`: a trailing signature block (authority or capitals and a name).
    const auth = lines.findIndex((l, i) => i >= from && authorityOf(l.text));
    if (auth >= 0) return auth;
  }
  return end;
}

/** Signature blocks and recipients: per cell when the lines come from tables, else by reading the lines. */
function readTail(lines: readonly SourceLine[]) {
  const signers: SignerRead[] = [];
  let recipients: ReturnType<typeof readRecipients> | null = null;
  const key = (l: SourceLine) => (l.cell ? `${l.cell.table}:${l.cell.row}:${l.cell.col}` : 'free');
  const groups: SourceLine[][] = [];
  for (const l of lines) {
    const last = groups[groups.length - 1];
    if (last && key(last[0]!) === key(l)) last.push(l);
    else groups.push([l]);
  }
  for (const g of groups) {
    const filled = g.filter((l) => l.text.trim());
    if (!filled.length) continue;
    const at = filled.findIndex((l) => isRecipientsLabel(l.text));
    if (at >= 0) {
      // Recipients run from the label to the archive line (or to the end of the cell).
      let end = filled.findIndex((l, i) => i > at && /^[-–•]?\s*Lưu(?![\p{L}\p{N}])/u.test(l.text.trim()));
      if (end < 0)
        end = g[0]!.cell
          ? filled.length - 1
          : at + filled.slice(at + 1).findIndex((l) => !/^[-–•+]/u.test(l.text.trim()));
      if (end < at) end = filled.length - 1;
      const region = filled.slice(at, end + 1);
      const isRecipientLine = (l: SourceLine) =>
        isRecipientsLabel(l.text) || /^[-–•+]/u.test(l.text.trim()) || /^Lưu(?![\p{L}\p{N}])/u.test(l.text.trim());
      // Pasted from a table, the signature's lines come between the recipients' (`- Sở X;<tab>CHỦ TỊCH`).
      const mixed = g[0]!.cell ? [] : region.filter((l) => !isRecipientLine(l));
      recipients = readRecipients(g[0]!.cell ? region : region.filter(isRecipientLine));
      const before = filled.slice(0, at);
      const afterR = filled.slice(end + 1);
      for (const part of g[0]!.cell ? [before, afterR] : [[...before, ...mixed, ...afterR]])
        for (const block of g[0]!.cell ? [part] : splitSigners(part)) {
          const s = readSigner(block);
          if (s) signers.push(s);
        }
      continue;
    }
    for (const block of g[0]!.cell ? [g] : splitSigners(filled)) {
      const s = readSigner(block);
      if (s) signers.push(s);
    }
  }
  return { signers, recipients };
}

/** Phrases that read exactly as the app generates them follow the facts (null); the rest stay as typed. */
function followFacts(m: Meeting, profile: FormatProfile, kind: DocumentKind): Meeting {
  const same = (typed: string | null, gen: () => string) => (typed !== null && typed === gen() ? null : typed);
  if (kind === 'notice') {
    m.notice.summary = same(m.notice.summary, () => generatedNoticeSummary(m, profile));
    m.notice.opening = same(m.notice.opening, () => generatedOpening(m));
    m.notice.leadIn = same(m.notice.leadIn, () => generatedLeadIn(m));
    m.notice.closing = same(m.notice.closing, () => generatedNoticeClosing(m));
  } else {
    m.title = same(m.title, () => generatedMinutesTitle(m, profile));
    m.minutes.closing = same(m.minutes.closing, () => generatedMinutesClosing(m));
    m.minutes.conclusionsHeading = same(m.minutes.conclusionsHeading, () => generatedConclusionsHeading(m));
  }
  return m;
}

const EXPECTED: Array<[string, string, (m: Meeting, k: DocumentKind | null) => boolean]> = [
  ['issuer.name', 'Cơ quan ban hành', (m) => !!m.issuer.name],
  ['number', 'Số văn bản', (m, k) => !!(k === 'minutes' ? m.minutes : m.notice).number],
  ['issueDate', 'Ngày ban hành', (m, k) => !!(k === 'minutes' ? m.minutes : m.notice).date],
  ['date', 'Ngày họp', (m) => !!m.date],
  ['presiding', 'Người chủ trì', (m) => !!(m.presiding.name || m.presiding.position)],
  ['subject', 'Nội dung làm việc', (m) => !!m.subject],
  ['attendeeGroups', 'Thành phần tham dự', (m) => m.attendeeGroups.length > 0],
  ['conclusions', 'Kết luận', (m) => m.conclusions.parts.length > 0],
  ['signers', 'Người ký', (m, k) => (k === 'minutes' ? m.minutes : m.notice).signers.some((s) => s.name || s.position)],
  ['recipients', 'Nơi nhận', (m, k) => (k === 'minutes' ? m.minutes : m.notice).recipients.length > 0],
];
const MINUTES_ONLY: typeof EXPECTED = [
  ['place', 'Địa điểm', (m) => !!m.place],
  ['startTime', 'Giờ bắt đầu', (m) => !!m.startTime],
  ['secretary', 'Thư ký', (m) => !!(m.secretary.name || m.secretary.position)],
];

export function recognize(input: readonly SourceLine[], opts: RecognizeOptions): Recognition {
  const lines = input.map((l) => ({ ...l, text: l.text.normalize('NFC').trim() }));
  const f = new Fields();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${++counter}`;
  const typeAt = lines.findIndex((l) => typeOf(l.text) !== null);
  const kind = typeAt >= 0 ? typeOf(lines[typeAt]!.text) : null;
  const header = readHeader(typeAt >= 0 ? lines.slice(0, typeAt) : []);
  const summary = typeAt >= 0 ? readSummary(lines, typeAt + 1) : { lines: [], next: 0, guessed: false };
  const bodyFrom = summary.next;
  const tailAt = tailStart(lines, bodyFrom);
  const paras: Para[] = lines
    .slice(bodyFrom, tailAt)
    .filter((l) => l.text)
    .map((l) => ({ n: l.n, text: l.text }));
  const tail = readTail(lines.slice(tailAt));

  const profileId: ProfileId =
    header.national ??
    header.numberStyle ??
    (tail.signers
      .map((s) => s.style)
      .find((s) => s !== null)
      ?.replace('period', 'nd30-2020')
      .replace('slash', 'hd36-2018') as ProfileId) ??
    'nd30-2020';
  const profile = profileId === 'hd36-2018' ? HD36_2018 : ND30_2020;
  f.note('profile', 'Thể thức', [header.nationalLine ?? header.numberLine], !header.national);
  if (kind) f.note('kind', 'Loại văn bản', [lines[typeAt]!.n]);

  const m: MeetingInput = {
    schemaVersion: 2,
    id: opts.id,
    createdAt: opts.now ?? '',
    updatedAt: opts.now ?? '',
    profile: { id: profile.id, version: profile.version },
    issuer: {
      parentBody: header.parentBody,
      name: header.name,
      code: header.code,
      placeName: header.placeName,
      officeName: '',
    },
    notice: {},
    minutes: {},
  };
  const doc = (kind === 'minutes' ? m.minutes : m.notice) as Record<string, unknown>;
  const docKey = kind === 'minutes' ? 'minutes' : 'notice';
  const parentLines = header.issuerLines.slice(0, header.parentBody ? header.parentBody.split('\n').length : 0);
  f.note('issuer.parentBody', 'Cơ quan chủ quản', parentLines, header.issuerGuessed);
  f.note('issuer.name', 'Cơ quan ban hành', header.issuerLines.slice(parentLines.length), header.issuerGuessed);
  if (header.numberLine !== null) {
    doc.number = header.number;
    f.note(`${docKey}.number`, 'Số văn bản', [header.number ? header.numberLine : null]);
    f.note('issuer.code', 'Ký hiệu cơ quan', [header.code ? header.numberLine : null]);
  }
  if (header.dateLine !== null) {
    doc.date = header.date;
    f.note(`${docKey}.date`, 'Ngày ban hành', [header.date ? header.dateLine : null]);
    f.note('issuer.placeName', 'Địa danh', [header.placeName ? header.dateLine : null]);
  }
  const summaryText = summary.lines.map((l) => l.text).join('\n');
  if (kind === 'notice') {
    doc.summary = summaryText;
    f.note(
      'notice.summary',
      'Trích yếu',
      summary.lines.map((l) => l.n),
      summary.guessed,
    );
  } else if (kind === 'minutes') {
    m.title = summaryText;
    f.note(
      'title',
      'Tên cuộc họp',
      summary.lines.map((l) => l.n),
      summary.guessed,
    );
  }
  if (summaryText) {
    const hs = hostAndSubject(summaryText);
    if (hs.subject) {
      m.host = hs.host;
      m.subject = hs.subject;
      if (hs.host) f.note('host', 'Làm việc với', [summary.lines[0]!.n], true);
      f.note(
        'subject',
        'Nội dung làm việc',
        summary.lines.map((l) => l.n),
        true,
      );
    }
    const k = meetingKindIn(summaryText);
    if (k) m.kind = k;
    const chair = /^kết luận của\s+(.+?)\s+tại(?![\p{L}\p{N}])/iu.exec(summaryText.replace(/\n/g, ' '));
    if (chair && kind === 'notice') {
      const p = parsePerson(chair[1]!);
      m.presiding = { title: p.title, name: p.name, position: p.position, unit: '' };
      f.note('presiding', 'Người chủ trì', [summary.lines[0]!.n], true);
    }
  }

  if (kind === 'minutes') readMinutesBody(paras, m, f, profile, nextId);
  else readNoticeBody(paras, m, f, nextId);

  if (tail.recipients) {
    doc.recipients = tail.recipients.recipients;
    doc.archive = tail.recipients.archive;
    f.note(`${docKey}.recipients`, 'Nơi nhận', tail.recipients.lines);
    f.note(`${docKey}.archive`, 'Lưu', [tail.recipients.archiveLine]);
  }
  doc.signers = tail.signers.map((s) => s.signer);
  tail.signers.forEach((s, i) =>
    f.note(
      `${docKey}.signers.${i}`,
      'Người ký',
      s.lines,
      !s.lines.length || !lines.find((l) => l.n === s.lines[0])?.cell,
    ),
  );
  if (doc.number && typeof doc.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.date)) doc.status = 'issued';

  // A text beyond the meeting's ceilings (one paragraph of 100 000 characters) is refused in words, not a stack.
  const parsed = MeetingSchema.safeParse(m);
  if (!parsed.success)
    throw new Error(`Văn bản vượt quá giới hạn của một buổi làm việc: ${describeProblems(problemsOf(parsed.error))}`);
  const meeting = followFacts(parsed.data, profile, kind ?? 'notice');
  const checks = kind === 'minutes' ? [...EXPECTED, ...MINUTES_ONLY] : EXPECTED;
  const empty = checks.filter(([, , has]) => !has(meeting, kind)).map(([, label]) => label);
  return { meeting, kind, profileId, fields: f.list, empty, lines };
}
