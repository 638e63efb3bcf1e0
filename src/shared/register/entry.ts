/** What the register records of one document: the columns of Nghị định 30, Phụ lục IV, from the meeting. */
import { generatedMinutesTitle, generatedNoticeSummary, phraseOr } from '../layout/generated';
import type { DocumentKind, Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { docSymbol, formatShortDate, lowerFirst, padDocNumber } from '../text/vietnamese';
import type { RegisterEntry } from './schema';
import { type Series, seriesOf } from './series';
import type { SeriesSetting } from './schema';

/** The series a document of this meeting takes its number from, on `date`. */
export function documentSeries(
  m: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
  date: string,
  settings: readonly SeriesSetting[],
): Series {
  return seriesOf(
    {
      basis: profile.basis,
      bodyCode: m.issuer.code,
      bodyName: m.issuer.name,
      typeCode: profile.labels.typeCodes[kind],
      date,
    },
    settings,
  );
}

export type EntryFacts = Pick<
  RegisterEntry,
  'basis' | 'bodyCode' | 'bodyName' | 'typeCode' | 'symbol' | 'summary' | 'signer' | 'recipients' | 'archive' | 'copies'
>;

/** The register's columns for document `kind` of `m` numbered `number` (the meeting as typed, not re-worded). */
export function entryFacts(m: Meeting, kind: DocumentKind, profile: FormatProfile, number: number): EntryFacts {
  const doc = m[kind];
  const typeCode = profile.labels.typeCodes[kind];
  const raw =
    kind === 'notice'
      ? phraseOr(m.notice.summary, () => generatedNoticeSummary(m, profile))
      : phraseOr(m.title, () => generatedMinutesTitle(m, profile));
  const typeName = kind === 'notice' ? 'Thông báo' : 'Biên bản';
  const recipients = doc.recipients.filter((r) => r.text.trim()).map((r) => [r.text, r.note].filter(Boolean).join(' '));
  const archive = doc.archive.trim() || profile.recipients.archiveDefault;
  const archiveCopies = archive.split(/[,;]/).filter((s) => s.trim()).length;
  return {
    basis: profile.basis,
    bodyCode: m.issuer.code,
    bodyName: m.issuer.name.replace(/\s*\n\s*/g, ' '),
    typeCode,
    symbol: docSymbol(profile.header.number.style, padDocNumber(String(number)), typeCode, m.issuer.code),
    summary: `${typeName} ${lowerFirst(raw.replace(/\s*\n\s*/g, ' ').trim())}`.trim(),
    signer: doc.signers
      .map((s) => s.name.trim())
      .filter(Boolean)
      .join(', '),
    recipients: recipients.join('\n'),
    archive,
    // One copy per recipient and per archive destination (`VT, Hồ sơ`: two).
    copies: recipients.length + archiveCopies,
  };
}

/** The ten columns of the register (Nghị định 30/2020, Phụ lục IV), as printed and exported. */
export const REGISTER_COLUMNS = [
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung văn bản',
  'Người ký',
  'Nơi nhận văn bản',
  'Đơn vị, người nhận bản lưu',
  'Số lượng bản',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
] as const;

/** An entry as the ten cells of its row. */
export function registerRow(e: RegisterEntry): string[] {
  return [
    e.symbol,
    formatShortDate(e.date),
    e.summary,
    e.signer,
    e.recipients,
    e.archive,
    e.status === 'issued' ? String(e.copies) : '',
    '',
    '',
    entryNote(e),
  ];
}

/** Ghi chú: a voided or reserved number, what a correction or replacement refers to, a later one. */
export function entryNote(e: RegisterEntry): string {
  const parts: string[] = [];
  if (e.status === 'void') parts.push(`Hủy số${e.note ? `: ${e.note}` : ''}`);
  else if (e.status === 'reserved') parts.push('Giữ số, chưa phát hành');
  else if (e.note) parts.push(e.note);
  if (e.replacedBy) parts.push('Đã được đính chính hoặc thay thế');
  return parts.join('; ');
}
