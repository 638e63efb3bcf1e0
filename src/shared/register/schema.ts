/**
 * The outgoing register (sổ đăng ký văn bản đi): one entry per number taken from a series, whether
 * issued, reserved or voided. Numbers are never reused: a voided number stays with its reason.
 */
import { z } from 'zod';
import { IsoDate } from '../model/meeting';

const text = (max = 2_000) => z.string().max(max).default('');

export const EntryStatus = z.enum(['reserved', 'issued', 'void']);
export type EntryStatus = z.infer<typeof EntryStatus>;
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  reserved: 'Giữ số',
  issued: 'Đã phát hành',
  void: 'Hủy số',
};

/**
 * A later document that corrects (đính chính) or replaces (thay thế) an issued one; or a document
 * issued outside the app and imported with its number and date (nhập từ văn bản đã phát hành).
 */
export const EntryRelation = z.enum(['', 'correction', 'replacement', 'imported']);
export type EntryRelation = z.infer<typeof EntryRelation>;

export const RegisterEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** The series the number was taken from (see series.ts): numbers are unique within it. */
  series: z.string().max(1_000),
  /** The series as a person reads it: `UBND, năm 2026`. */
  seriesLabel: text(),
  basis: z.enum(['nd30', 'hd36']),
  bodyCode: text(),
  bodyName: text(),
  /** `TB`, `BB`: the type code in the symbol. */
  typeCode: text(),
  number: z.number().int().min(1).max(999_999),
  /** Number and symbol as printed without `Số`: `05/TB-UBND`, `12-TB/ĐU`. */
  symbol: text(),
  /** The document's date (for a reservation: the date the number was reserved for). */
  date: IsoDate.default(''),
  kind: z.enum(['notice', 'minutes']),
  meetingId: text(64),
  /** Tên loại và trích yếu nội dung. */
  summary: text(100_000),
  signer: text(),
  /** Nơi nhận, one line per recipient. */
  recipients: text(100_000),
  /** Đơn vị, người nhận bản lưu: the archive line. */
  archive: text(),
  copies: z.number().int().min(0).max(100_000).default(0),
  status: EntryStatus,
  /** Ghi chú: why a number was voided, what a correction refers to. */
  note: text(),
  /** The entry this one corrects or replaces. */
  replaces: text(64),
  relation: EntryRelation.default(''),
  /** Set on an issued entry later corrected or replaced: the newer entry. */
  replacedBy: text(64),
  /** The frozen DOCX, relative to the data folder (issued entries only). */
  file: text(),
  createdAt: text(64),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const RegisterFile = z.object({
  schemaVersion: z.literal(1).default(1),
  entries: z.array(RegisterEntry).max(1_000_000).default([]),
});
export type RegisterFile = z.infer<typeof RegisterFile>;

/**
 * How an issuing body (by its code) numbers: the date its current series began (a Party
 * committee's term start; a body created by the 2025 reform: 2025-07-01), and, for a state body,
 * one series per document type instead of one for all (Nghị định 30, Điều 15).
 */
export const SeriesSetting = z.object({
  code: z.string().max(200),
  start: IsoDate.default(''),
  perType: z.boolean().default(false),
});
export type SeriesSetting = z.infer<typeof SeriesSetting>;
