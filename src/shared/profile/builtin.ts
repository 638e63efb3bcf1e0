/**
 * The two built-in profiles: every number of ../shared/spec/official-format.md.
 * ND30 = Nghị định 30/2020/NĐ-CP Phụ lục I (state bodies); HD36 = Hướng dẫn 36-HD/VPTW (Party bodies).
 * Values marked (practice) in the spec are the defaults real documents use.
 */
import { FormatProfile } from './schema';

const A4 = { widthTwip: 11906, heightTwip: 16838 };

export const ND30_2020: FormatProfile = FormatProfile.parse({
  id: 'nd30-2020',
  version: 1,
  name: 'Nhà nước: Nghị định 30/2020/NĐ-CP',
  basis: 'nd30',
  builtIn: true,
  page: { ...A4, marginTopMm: 20, marginBottomMm: 20, marginLeftMm: 30, marginRightMm: 15, headerMm: 10 },
  font: { family: 'Times New Roman', lang: 'vi-VN' },
  pageNumber: { sizePt: 14, firstPage: false },
  body: { sizePt: 14, firstLineIndentCm: 1.27, spacingAfterPt: 6, lineSpacing: 1.15, closingMark: './.' },
  header: {
    leftColumnPct: 42,
    nationalTitle: { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { sizePt: 12, bold: true } },
    motto: { text: 'Độc lập - Tự do - Hạnh phúc', style: { sizePt: 13, bold: true } },
    parentBody: { sizePt: 12, bold: false },
    issuingBody: { sizePt: 12, bold: true },
    issuerMark: 'rule',
    issuerRuleRatio: 0.4,
    number: { style: 'nd30', sizePt: 13 },
    placeDate: { sizePt: 14, italic: true },
    minutesPlaceDate: false,
  },
  title: {
    documentType: { sizePt: 14, bold: true },
    summary: { sizePt: 14, bold: true },
    summaryCase: 'capital',
    separator: 'rule',
    separatorText: '',
    ruleRatio: 0.4,
  },
  signature: {
    authorityStyle: 'period',
    authority: { sizePt: 14, bold: true },
    position: { sizePt: 14, bold: true },
    name: { sizePt: 14, bold: true },
    blankLines: 4,
  },
  recipients: {
    label: { text: 'Nơi nhận:', style: { sizePt: 12, bold: true, italic: true } },
    lineSizePt: 11,
    lineEnd: ';',
    archivePrefix: 'Lưu: ',
    archiveDefault: 'VT',
  },
  content: {
    attendeeStyle: 'honorific',
    notice: { part: 'roman', item: 'decimal', subItem: 'nested' },
    minutes: { part: 'roman', item: 'alpha', subItem: 'dash' },
  },
  labels: {
    notice: 'THÔNG BÁO',
    minutes: 'BIÊN BẢN',
    typeCodes: { notice: 'TB', minutes: 'BB' },
    secretary: 'THƯ KÝ',
    chair: 'CHỦ TỌA',
    startTime: 'Thời gian bắt đầu:',
    place: 'Địa điểm:',
    attendees: 'Thành phần tham dự:',
    presiding: 'Chủ trì:',
    secretaryFact: 'Thư ký:',
    content: 'Nội dung:',
  },
});

export const HD36_2018: FormatProfile = FormatProfile.parse({
  id: 'hd36-2018',
  version: 1,
  name: 'Đảng: Hướng dẫn 36-HD/VPTW (2018)',
  basis: 'hd36',
  builtIn: true,
  page: { ...A4, marginTopMm: 20, marginBottomMm: 20, marginLeftMm: 30, marginRightMm: 15, headerMm: 10 },
  font: { family: 'Times New Roman', lang: 'vi-VN' },
  pageNumber: { sizePt: 14, firstPage: false },
  body: { sizePt: 14, firstLineIndentCm: 1.27, spacingAfterPt: 6, lineSpacing: 1.15, closingMark: './.' },
  header: {
    leftColumnPct: 45,
    nationalTitle: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { sizePt: 15, bold: true } },
    motto: null,
    parentBody: { sizePt: 14, bold: false },
    issuingBody: { sizePt: 14, bold: true },
    issuerMark: 'asterisk',
    issuerRuleRatio: 0.4,
    number: { style: 'hd36', sizePt: 14 },
    placeDate: { sizePt: 14, italic: true },
    minutesPlaceDate: true,
  },
  title: {
    documentType: { sizePt: 16, bold: true },
    summary: { sizePt: 14, bold: true },
    summaryCase: 'lower',
    separator: 'dashes',
    separatorText: '-----',
    ruleRatio: 0.4,
  },
  signature: {
    authorityStyle: 'slash',
    authority: { sizePt: 14, bold: true },
    position: { sizePt: 14, bold: true },
    name: { sizePt: 14, bold: true },
    blankLines: 4,
  },
  recipients: {
    label: { text: 'Nơi nhận:', style: { sizePt: 14, underline: true } },
    lineSizePt: 12,
    lineEnd: ',',
    archivePrefix: 'Lưu ',
    archiveDefault: 'Văn phòng',
  },
  labels: {
    notice: 'THÔNG BÁO',
    minutes: 'BIÊN BẢN',
    typeCodes: { notice: 'TB', minutes: 'BB' },
    secretary: 'THƯ KÝ',
    chair: 'CHỦ TRÌ',
    startTime: 'Thời gian bắt đầu:',
    place: 'Địa điểm:',
    attendees: 'Thành phần tham dự:',
    presiding: 'Chủ trì:',
    secretaryFact: 'Thư ký:',
    content: 'Nội dung:',
  },
});

export const BUILTIN_PROFILES: readonly FormatProfile[] = [ND30_2020, HD36_2018];

export function builtinProfile(id: string): FormatProfile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}
