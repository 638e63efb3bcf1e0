/**
 * The meeting record: every fact of one working session, and the issuance details of the two
 * documents drawn from it. A draft is incomplete by nature, so almost every fact may be empty;
 * the layout leaves the blanks an official form leaves instead of inventing text.
 *
 * One rule for every word that prints: it was typed (a string field, a `Text`), or it is a
 * generated `Phrase` the editor shows in place until the secretary types over it. Tracking data
 * (who leads a task, its deadline, its status) never prints unless the secretary turns on that
 * task's assignment sentence.
 */
import { z } from 'zod';
import { isIsoDate, isPartialDate } from '../text/vietnamese';

export const SCHEMA_VERSION = 2 as const;

/** Hard ceilings that keep one hostile file from exhausting memory; far above any real meeting. */
export const LIMITS = {
  shortText: 2_000,
  longText: 100_000,
  listItems: 2_000,
} as const;

const short = () => z.string().max(LIMITS.shortText, { error: `Tối đa ${LIMITS.shortText} ký tự.` });
const long = () => z.string().max(LIMITS.longText, { error: `Tối đa ${LIMITS.longText} ký tự.` });
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.listItems, { error: `Tối đa ${LIMITS.listItems} mục.` });

/**
 * Text as typed, several paragraphs: each line is a paragraph, a line starting `- ` is a bullet.
 * Prints exactly as typed (nothing appended, merged or dropped but empty lines).
 */
export const Text = () => long().default('');

/**
 * A generated phrase: `null` follows the profile and the facts (the editor shows the generated
 * text in place); a string is what the secretary typed and prints as typed (empty: not printed).
 */
export const Phrase = () => long().nullable().default(null);

/** `YYYY-MM-DD` or empty (not yet known). */
export const IsoDate = z
  .string()
  .refine((s) => s === '' || isIsoDate(s), { error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });
/** A document's date: `YYYY-MM-DD`, `YYYY-MM` (month and year known: prints `ngày    tháng 6 năm 2026`) or empty. */
export const DocDate = z.string().refine((s) => s === '' || isPartialDate(s) || isIsoDate(s), {
  error: 'Ngày phải có dạng YYYY-MM-DD (hoặc YYYY-MM khi chưa biết ngày) và là ngày có thật.',
});
/** `HH:MM` (24 h) or empty. */
export const ClockTime = z
  .string()
  .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ phải có dạng HH:MM (00:00 đến 23:59).' });
export const Id = z
  .string()
  .min(1, { error: 'Thiếu mã định danh.' })
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'Mã định danh chỉ gồm chữ, số, "-" và "_".' });

/** Attendance matters legally: invited is not present. */
export const Attendance = z.enum(['present', 'excused', 'absent', 'delegate']);
export const ATTENDANCE_LABELS: Record<z.infer<typeof Attendance>, string> = {
  present: 'Có mặt',
  excused: 'Vắng có lý do',
  absent: 'Vắng',
  delegate: 'Cử người dự thay',
};

/** A person with a position; `title` is the honorific used in running text (`đồng chí`, `ông`, `bà`). */
export const PersonRef = z.object({
  name: short().default(''),
  position: short().default(''),
  unit: short().default(''),
  title: short().default('đồng chí'),
});

export const PersonMember = PersonRef.extend({
  kind: z.literal('person'),
  id: Id,
  attendance: Attendance.default('present'),
  /** Who attended in this person's place when attendance is `delegate`. */
  delegateName: short().default(''),
  /** Why the person was absent (`đi công tác`); the minutes print it. */
  absenceReason: short().default(''),
  /** The person's line in the minutes' list of attendees (generated from the facts while null). */
  minutesLine: Phrase(),
});
/** A collective phrase: `Trưởng các đơn vị: phòng Nội vụ, VPQU, VP HĐND&UBND Quận`. */
export const PhraseMember = z.object({ kind: z.literal('phrase'), id: Id, text: long().default('') });
export const Member = z.discriminatedUnion('kind', [PersonMember, PhraseMember]);

export const AttendeeGroup = z.object({
  id: Id,
  /** The group's heading in the minutes' list of attendees: `Về phía Sở Tài chính`. */
  heading: short().default(''),
  /** The group's lead-in in the notice's opening sentence: `Cùng dự có` / `Về phía quận Long Biên, có`. */
  leadIn: short().default(''),
  members: list(Member).default([]),
});

export const Report = z.object({
  id: Id,
  /** What was reported: `kết quả thực hiện nhiệm vụ năm 2020, chương trình công tác năm 2021`. */
  title: long().default(''),
  /** Who presented it: `đồng chí Nguyễn Văn A, Bí thư Quận ủy` or a body: `Ban Thường vụ Quận ủy`. */
  presenter: short().default(''),
  text: Text(),
});

export const Opinion = z.object({
  id: Id,
  speaker: short().default(''),
  text: Text(),
});

export const DirectiveStatus = z.enum(['open', 'in_progress', 'done', 'paused']);
export const DIRECTIVE_STATUS_LABELS: Record<z.infer<typeof DirectiveStatus>, string> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  paused: 'Tạm dừng',
};

/**
 * A task's deadline, for follow-up: a calendar date; a relative phrase (`trong thời hạn 03 ngày làm
 * việc kể từ ngày kết thúc cuộc họp`; the due date is computed where the phrase allows); a period
 * (`hằng quý`, `thường xuyên`); or none.
 */
export const Deadline = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('date'), date: IsoDate.default('') }),
  z.object({ kind: z.literal('relative'), text: short().default('') }),
  z.object({ kind: z.literal('period'), text: short().default('') }),
]);
export const NO_DEADLINE = { kind: 'none' } as const;

/** What a follow-up history entry records. */
export const TaskEventKind = z.enum(['note', 'done', 'extension', 'status', 'pause']);

/**
 * One dated entry of a task's follow-up (theo dõi, đôn đốc): a progress note (with the report that
 * brought it, if any), the completion, an extension (the new deadline and whose decision), a change
 * of status or a pause. Follow-up data: never printed, and never changes the issued text or deadline.
 */
export const TaskEvent = z.object({
  date: IsoDate,
  kind: TaskEventKind,
  text: long().default(''),
  /** The unit's report this note comes from: its number and date (`15/BC-UBND`, `2021-03-10`). */
  reportNumber: short().default(''),
  reportDate: IsoDate.default(''),
  /** An extension's new deadline. */
  deadline: Deadline.optional(),
  /** Whose decision an extension is (`Thường trực Quận ủy`). */
  decidedBy: short().default(''),
  /** The status the task took with this entry, for `status`, `done` and `pause`. */
  status: z.enum(['open', 'in_progress', 'done', 'paused']).optional(),
  /** Who recorded the change (the secretary's name, or `bienban` from the command line). */
  by: short().default(''),
});

/**
 * Tracking data of a task, kept apart from its printed text. None of it prints unless
 * `printAssignment` is on; then the assignment sentence (`assignment`, generated while null)
 * prints after the text and never repeats what the text already says.
 */
export const Task = z.object({
  /** Unit in charge (chủ trì). */
  lead: short().default(''),
  /** Units that help (phối hợp). */
  support: list(short()).default([]),
  deadline: Deadline.default(NO_DEADLINE),
  status: DirectiveStatus.default('open'),
  printAssignment: z.boolean().default(false),
  assignment: Phrase(),
  /**
   * Set when the task was carried from an earlier session by "Phiên tiếp theo": that meeting and its
   * date, so the editor shows it as carried (`chuyển từ phiên ngày ...`). Follow-up data: never printed.
   */
  carriedFrom: z.object({ meetingId: z.string().max(64), date: IsoDate }).optional(),
  /** Follow-up: the day the task was done (`hoàn thành đúng hạn` or `quá hạn` is counted from it). */
  doneOn: IsoDate.default(''),
  /** Follow-up: why the task is paused (`tạm dừng`). */
  pauseReason: short().default(''),
  /** Follow-up: the task's dated history, oldest first; carried with the task to the next sessions. */
  history: list(TaskEvent).default([]),
});
export const EMPTY_TASK = Task.parse({});

/** A sub-item of the conclusions (`2.1.`, `a)`, `-`): text as typed, and the task's tracking data. */
export const SubItem = z.object({
  id: Id,
  text: Text(),
  task: Task.default(EMPTY_TASK),
});

/**
 * An item of the conclusions (`1.`, `Một là,`): its text (first line follows the number, then more
 * paragraphs and `- ` bullets), its sub-items, and the task's tracking data. Items grouped by unit
 * are an item `Các bộ, cơ quan:` with sub-items `Bộ Tài chính:` + bullets.
 */
export const Item = z.object({
  id: Id,
  text: Text(),
  items: list(SubItem).default([]),
  task: Task.default(EMPTY_TASK),
});

/** A part of the conclusions: an optional heading (`ĐÁNH GIÁ CHUNG`, printed `I. ĐÁNH GIÁ CHUNG`), paragraphs, items. */
export const Part = z.object({
  id: Id,
  /** Empty: no heading line (a notice without headed parts has one part with no heading). */
  heading: short().default(''),
  /** Paragraphs right under the heading, before the items. */
  text: Text(),
  items: list(Item).default([]),
});

/** The conclusions as an ordered outline, then paragraphs after the tasks. Numbering styles come from the profile. */
export const Conclusions = z.object({
  parts: list(Part).default([]),
  /** Paragraphs after the tasks: `Trên đây là kết luận của ...`, a request to report by a date. */
  after: Text(),
});

export const IssuingBody = z.object({
  /** Parent body (cơ quan chủ quản / cấp trên): `THÀNH ỦY HÀ NỘI`; empty when none. */
  parentBody: short().default(''),
  /** Issuing body: `BAN TỔ CHỨC` / `ỦY BAN NHÂN DÂN QUẬN LONG BIÊN`. */
  name: short().default(''),
  /** Issuer code used in numbers: `BTCTU`, `UBND`, `VP`. */
  code: short().default(''),
  /** Place name on the date line: `Hà Nội`. */
  placeName: short().default(''),
  /** The office that issues the notice when the body itself does not (`Văn phòng Ủy ban nhân dân quận`), used in the closing. */
  officeName: short().default(''),
});

/** Signing authority: ND30 prints `TM.`, `KT.`...; HD36 prints `T/M`, `K/T`... (the profile decides). */
export const Authority = z.enum(['none', 'TM', 'KT', 'TL', 'TUQ', 'Q']);

export const Signer = z.object({
  /** A heading above the signature (`ĐẠI DIỆN SỞ TÀI CHÍNH`); empty when none. */
  heading: short().default(''),
  authority: Authority.default('none'),
  /** Who the authority is exercised for: `BAN THƯỜNG VỤ`, `CHỦ TỊCH`, `TRƯỞNG BAN`. */
  authorityOf: short().default(''),
  /** The signer's own position line: `CHÁNH VĂN PHÒNG`, `THƯ KÝ`, `CHỦ TỌA`. */
  position: short().default(''),
  name: short().default(''),
});

export const Recipient = z.object({
  /** `Thường trực Thành ủy` */
  text: short().default(''),
  /** `(b/c)` = để báo cáo, `(t/h)` = để thực hiện, or empty. */
  note: short().default(''),
});

export const DocumentStatus = z.enum(['draft', 'issued']);

const documentIssueShape = {
  /** Assigned number, blank while unassigned (printed as spaces, never invented). */
  number: short().default(''),
  /** Issue date `YYYY-MM-DD`, `YYYY-MM` (day not yet known) or empty. */
  date: DocDate.default(''),
  signers: list(Signer).default([]),
  recipients: list(Recipient).default([]),
  /** The archive line: `VT, Hồ sơ` (ND30 prints `- Lưu: VT, Hồ sơ.`), `Văn phòng` (HD36 prints `- Lưu Văn phòng.`). */
  archive: short().default(''),
  /** The closing sentence. */
  closing: Phrase(),
  status: DocumentStatus.default('draft'),
};

export const NoticeIssue = z.object({
  ...documentIssueShape,
  /** Who issues the notice (`Văn phòng Ban Tổ chức Thành ủy`), used in the closing formula; empty = the issuing body. */
  issuedBy: short().default(''),
  /** The summary (trích yếu) under `THÔNG BÁO`: `Kết luận của ... tại ... về ...`. */
  summary: Phrase(),
  /** The opening paragraph(s): `Ngày ..., ... chủ trì ... Cùng dự có ...`. */
  opening: Phrase(),
  /** The lead-in to the conclusions: `Sau khi nghe ..., ... kết luận như sau:`. */
  leadIn: Phrase(),
});

export const MinutesIssue = z.object({
  ...documentIssueShape,
  /** `Căn cứ ...` lines printed before the facts, one per line. */
  bases: Text(),
  /** The optional `Tóm tắt nội dung` part, as typed; empty: the part is not printed. */
  contentSummary: Text(),
  /** The heading of the conclusions: `Kết luận của đồng chí ...:` or as typed (`Các ý kiến thống nhất:`). */
  conclusionsHeading: Phrase(),
});

export const MeetingKind = z.enum(['working_session', 'meeting', 'conference']);
export const MEETING_KIND_LABELS: Record<z.infer<typeof MeetingKind>, string> = {
  working_session: 'Buổi làm việc',
  meeting: 'Cuộc họp',
  conference: 'Hội nghị',
};

export const ProfileRef = z.object({
  id: short().min(1, { error: 'Thiếu mã thể thức.' }),
  version: z.number().int().min(1),
});

export const Meeting = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  /** Which format profile (and version) the meeting is drafted with. */
  profile: ProfileRef,
  kind: MeetingKind.default('working_session'),
  /** The host side the presiding official works with: `Ban Thường vụ Quận ủy Long Biên`. */
  host: short().default(''),
  /** What the session is about: `chương trình công tác năm 2021`. */
  subject: long().default(''),
  /** Name of the meeting as the minutes print it (`Buổi làm việc của ... với ... về ...` while null). */
  title: Phrase(),
  date: IsoDate.default(''),
  startTime: ClockTime.default(''),
  endTime: ClockTime.default(''),
  place: short().default(''),
  presiding: PersonRef.default({ name: '', position: '', unit: '', title: 'đồng chí' }),
  secretary: PersonRef.default({ name: '', position: '', unit: '', title: 'đồng chí' }),
  attendeeGroups: list(AttendeeGroup).default([]),
  reports: list(Report).default([]),
  discussion: list(Opinion).default([]),
  conclusions: Conclusions.default({ parts: [], after: '' }),
  issuer: IssuingBody.default({ parentBody: '', name: '', code: '', placeName: '', officeName: '' }),
  notice: NoticeIssue.default(NoticeIssue.parse({})),
  minutes: MinutesIssue.default(MinutesIssue.parse({})),
  /** Free tags for the library (`Tổ chức`, `Long Biên`). */
  tags: list(short()).default([]),
  /** The meeting this one continues (next session), if any. */
  previousId: z.string().max(64).default(''),
});

export type Attendance = z.infer<typeof Attendance>;
export type PersonRef = z.infer<typeof PersonRef>;
export type PersonMember = z.infer<typeof PersonMember>;
export type PhraseMember = z.infer<typeof PhraseMember>;
export type Member = z.infer<typeof Member>;
export type AttendeeGroup = z.infer<typeof AttendeeGroup>;
export type Report = z.infer<typeof Report>;
export type Opinion = z.infer<typeof Opinion>;
export type Deadline = z.infer<typeof Deadline>;
export type Task = z.infer<typeof Task>;
export type TaskEvent = z.infer<typeof TaskEvent>;
export type TaskEventKind = z.infer<typeof TaskEventKind>;
export type SubItem = z.infer<typeof SubItem>;
export type Item = z.infer<typeof Item>;
export type Part = z.infer<typeof Part>;
export type DirectiveStatus = z.infer<typeof DirectiveStatus>;
export type Conclusions = z.infer<typeof Conclusions>;
export type IssuingBody = z.infer<typeof IssuingBody>;
export type Authority = z.infer<typeof Authority>;
export type Signer = z.infer<typeof Signer>;
export type Recipient = z.infer<typeof Recipient>;
export type NoticeIssue = z.infer<typeof NoticeIssue>;
export type MinutesIssue = z.infer<typeof MinutesIssue>;
export type MeetingKind = z.infer<typeof MeetingKind>;
export type Meeting = z.infer<typeof Meeting>;
/** What a meeting file may contain before defaults are filled in. */
export type MeetingInput = z.input<typeof Meeting>;

export type DocumentKind = 'notice' | 'minutes';
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  notice: 'Thông báo kết luận',
  minutes: 'Biên bản',
};

/** Overall status shown in the library: issued when either document has been issued. */
export function meetingStatus(m: Meeting): 'draft' | 'issued' {
  return m.notice.status === 'issued' || m.minutes.status === 'issued' ? 'issued' : 'draft';
}

/** Every item and sub-item of the conclusions, in print order: where the tasks are. */
export function outlineEntries(c: Conclusions): Array<Item | SubItem> {
  return c.parts.flatMap((p) => p.items.flatMap((i) => [i, ...i.items]));
}

/** True when the entry carries tracking data: a task someone must follow up. */
export function isTracked(e: Item | SubItem): boolean {
  return e.task.lead.trim() !== '' || e.task.deadline.kind !== 'none';
}

/** The items and sub-items of a meeting a next session may carry: tasks someone follows up, not yet done. */
export function openTasks(m: Meeting): Array<Item | SubItem> {
  return outlineEntries(m.conclusions).filter((e) => isTracked(e) && e.task.status !== 'done');
}

/**
 * The open tasks the secretary chose (`carry`, by id), as the conclusions of the next session: one
 * part, each task an item of its own, tracking data kept and marked as carried from `m`.
 */
export function openTasksOf(m: Meeting, carry: readonly string[]): Conclusions {
  const chosen = new Set(carry);
  const carriedFrom = { meetingId: m.id, date: m.date };
  const items = openTasks(m)
    .filter((e) => chosen.has(e.id))
    .map((e) => ({ id: e.id, text: e.text, task: { ...e.task, carriedFrom }, items: [] }));
  return { parts: items.length ? [{ id: 'carried', heading: '', text: '', items }] : [], after: '' };
}
