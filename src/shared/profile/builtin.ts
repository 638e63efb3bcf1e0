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

const QD399 =
  'Quy định 399-QĐ/TW (09/01/2026) và hướng dẫn của Văn phòng Trung ương (văn bản gốc chưa có; theo tóm tắt của người làm văn phòng)';
const SAME_AS_HD36 = `${QD399}: giữ như Hướng dẫn 36-HD/VPTW`;

/**
 * The Party's 2026 rules (Quy định 399-QĐ/TW replaces Quy định 66-QĐ/TW, on which HD 36 rested). The
 * guide's text was not at hand (spec/official-format.md §6): every value is HD 36's unless a
 * published summary or a 2026 document says otherwise, and `sources` says which is which.
 */
export const DANG_2026: FormatProfile = FormatProfile.parse({
  ...HD36_2018,
  id: 'dang-2026',
  version: 1,
  name: 'Đảng: Quy định 399-QĐ/TW (2026)',
  // First line 10 mm: the summaries of the 2026 guide (HD 36 practice used 1.27 cm).
  body: { ...HD36_2018.body, firstLineIndentCm: 1 },
  // A 2026 Party letter ends each recipient line with `;` (HD 36 practice: `,`).
  recipients: { ...HD36_2018.recipients, lineEnd: ';' },
  sources: {
    page: `${SAME_AS_HD36} (A4; lề trên, dưới 20-25 mm; trái 30-35 mm; phải 15-20 mm)`,
    font: `${SAME_AS_HD36} (Times New Roman)`,
    'header.nationalTitle': `${SAME_AS_HD36} (ĐẢNG CỘNG SẢN VIỆT NAM, chữ in hoa, đứng, đậm, cỡ 15)`,
    'header.number': `${SAME_AS_HD36} (Số ...-TB/..., không có dấu hai chấm)`,
    'body.sizePt': `${SAME_AS_HD36} (cỡ chữ 14-15)`,
    'body.firstLineIndentCm': `${QD399}: lùi đầu dòng 10 mm`,
    pageNumber: `${SAME_AS_HD36} (số trang ở giữa, trên đầu trang, không đánh số trang đầu)`,
    'signature.authorityStyle': `${SAME_AS_HD36} (T/M, K/T, T/L, Q.)`,
    'recipients.label': `${SAME_AS_HD36} (Nơi nhận: gạch chân)`,
    'recipients.lineEnd': 'Thực tế: công văn của Đảng năm 2026 kết thúc mỗi dòng nơi nhận bằng dấu ";"',
    title: SAME_AS_HD36,
    labels: SAME_AS_HD36,
  },
});

export const BUILTIN_PROFILES: readonly FormatProfile[] = [ND30_2020, HD36_2018, DANG_2026];

/** The Party profile of the rules in force on `date` (`YYYY-MM-DD`; today for a new meeting). */
export function partyProfileFor(date: string): FormatProfile {
  return date >= '2026-01-01' ? DANG_2026 : HD36_2018;
}

/**
 * The profile a new meeting dated `date` starts with: the office's default, except that the Party's
 * built-in default follows the rules in force (HD 36 before 2026, Quy định 399 from 2026).
 */
export function defaultProfileIdFor(defaultId: string, date: string): string {
  return defaultId === HD36_2018.id || defaultId === DANG_2026.id ? partyProfileFor(date).id : defaultId;
}

export function builtinProfile(id: string): FormatProfile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}
