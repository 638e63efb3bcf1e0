/**
 * FROZEN: the meeting record of schema version 1, exactly as it shipped. The migration to version 2
 * reads old files through it (defaults filled in, problems reported against the shape they were
 * written in). Never edit this file: a change here silently changes how old files are read.
 */
import { z } from 'zod';
import { isIsoDate } from '../../text/vietnamese';

const SCHEMA_VERSION = 1 as const;

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

/** `YYYY-MM-DD` or empty (not yet known). */
export const IsoDate = z
  .string()
  .refine((s) => s === '' || isIsoDate(s), { error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });
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
  /** Additive in version 1 (absent from older files): why the person was absent, printed `(vắng: ...)`. */
  absenceReason: short().default(''),
});
/** A collective phrase: `Trưởng các đơn vị: phòng Nội vụ, VPQU, VP HĐND&UBND Quận`. */
export const PhraseMember = z.object({ kind: z.literal('phrase'), id: Id, text: long().default('') });
export const Member = z.discriminatedUnion('kind', [PersonMember, PhraseMember]);

export const AttendeeGroup = z.object({
  id: Id,
  /** `Cùng dự có` / `Về phía quận Long Biên, có`. */
  label: short().default(''),
  members: list(Member).default([]),
});

export const Report = z.object({
  id: Id,
  /** What was reported: `kết quả thực hiện nhiệm vụ năm 2020, chương trình công tác năm 2021`. */
  title: long().default(''),
  /** Who presented it: `đồng chí Nguyễn Văn A, Bí thư Quận ủy` or a body: `Ban Thường vụ Quận ủy`. */
  presenter: short().default(''),
  paragraphs: list(long()).default([]),
});

export const Opinion = z.object({
  id: Id,
  speaker: short().default(''),
  gist: long().default(''),
});

export const DirectiveStatus = z.enum(['open', 'in_progress', 'done']);

export const Directive = z.object({
  id: Id,
  text: long().default(''),
  /** Unit in charge (chủ trì). */
  lead: short().default(''),
  /** Units that help (phối hợp). */
  support: list(short()).default([]),
  /** `YYYY-MM-DD` or empty. */
  deadline: IsoDate.default(''),
  status: DirectiveStatus.default('open'),
  /** Additive in version 1: the session "Phiên tiếp theo" carried the task from (never printed). */
  carriedFrom: z.object({ meetingId: z.string().max(64), date: IsoDate }).optional(),
});

export const Conclusions = z.object({
  /** Assessment paragraphs: ghi nhận, đánh giá cao..., tuy nhiên... hạn chế. */
  assessment: list(long()).default([]),
  /** Optional lead-in before the numbered directives (`Đề nghị ... tập trung thực hiện tốt một số nhiệm vụ sau:`). */
  directivesIntro: long().default(''),
  directives: list(Directive).default([]),
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
  /** Issue date `YYYY-MM-DD`, or empty. */
  date: IsoDate.default(''),
  signers: list(Signer).default([]),
  recipients: list(Recipient).default([]),
  /** The archive line: `VT, Hồ sơ` (ND30 prints `- Lưu: VT, Hồ sơ.`), `Văn phòng` (HD36 prints `- Lưu Văn phòng.`). */
  archive: short().default(''),
  /** The closing sentence; empty means the standard formula. */
  closing: long().default(''),
  status: DocumentStatus.default('draft'),
};

export const NoticeIssue = z.object({
  ...documentIssueShape,
  /** Who issues the notice (`Văn phòng Ban Tổ chức Thành ủy`), used in the closing formula; empty = the issuing body. */
  issuedBy: short().default(''),
  /** Overrides for the two generated paragraphs; empty means generated from the facts. */
  openingOverride: long().default(''),
  leadInOverride: long().default(''),
});

export const MinutesIssue = z.object({ ...documentIssueShape });

export const MeetingKind = z.enum(['working_session', 'meeting', 'conference']);

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
  /** Name of the meeting as the minutes print it; empty means generated (`Buổi làm việc của ... với ... về ...`). */
  title: long().default(''),
  date: IsoDate.default(''),
  startTime: ClockTime.default(''),
  endTime: ClockTime.default(''),
  place: short().default(''),
  presiding: PersonRef.default({ name: '', position: '', unit: '', title: 'đồng chí' }),
  secretary: PersonRef.default({ name: '', position: '', unit: '', title: 'đồng chí' }),
  attendeeGroups: list(AttendeeGroup).default([]),
  reports: list(Report).default([]),
  discussion: list(Opinion).default([]),
  conclusions: Conclusions.default({ assessment: [], directivesIntro: '', directives: [] }),
  issuer: IssuingBody.default({ parentBody: '', name: '', code: '', placeName: '', officeName: '' }),
  notice: NoticeIssue.default(NoticeIssue.parse({})),
  minutes: MinutesIssue.default(MinutesIssue.parse({})),
  /** Free tags for the library (`Tổ chức`, `Long Biên`). */
  tags: list(short()).default([]),
  /** The meeting this one continues (next session), if any. */
  previousId: z.string().max(64).default(''),
});

export type MeetingV1 = z.infer<typeof Meeting>;
export type DirectiveV1 = z.infer<typeof Directive>;
export type MemberV1 = z.infer<typeof Member>;
export type PersonRefV1 = z.infer<typeof PersonRef>;
