/** The header block and the title: issuing body, national title, number, place and date, type, summary. */
import { fold, isSeparator, isUpperLine, officialDateIn } from './lines';
import type { ProfileId, SourceLine } from './types';

export interface HeaderRead {
  parentBody: string;
  name: string;
  issuerLines: number[];
  /** True when parent and name were told apart by a guess (no bold to go by). */
  issuerGuessed: boolean;
  number: string;
  typeCode: string;
  code: string;
  numberLine: number | null;
  numberStyle: ProfileId | null;
  placeName: string;
  date: string;
  dateLine: number | null;
  national: ProfileId | null;
  nationalLine: number | null;
}

const LEVEL = /^(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)(?![\p{L}\p{N}])/u;

/** `Số: 15/TB-UBND` (ND30) or `Số 15-TB/BTCTU` (HD36); the number may be left blank. */
export function readNumber(text: string): { number: string; typeCode: string; code: string; style: ProfileId } | null {
  const t = text.trim();
  const nd30 = /^Số\s*:\s*([^/\s]*)\s*\/\s*([^-\s]+)(?:\s*-\s*(.+))?$/u.exec(t);
  if (nd30) return { number: nd30[1]!, typeCode: nd30[2]!, code: (nd30[3] ?? '').trim(), style: 'nd30-2020' };
  const hd36 = /^Số\s*([^-\s]*)\s*-\s*([^/\s]+)(?:\s*\/\s*(.+))?$/u.exec(t);
  if (hd36) return { number: hd36[1]!, typeCode: hd36[2]!, code: (hd36[3] ?? '').trim(), style: 'hd36-2018' };
  return null;
}

export function nationalOf(text: string): ProfileId | null {
  const f = fold(text);
  if (f === 'dang cong san viet nam') return 'hd36-2018';
  if (f === 'cong hoa xa hoi chu nghia viet nam') return 'nd30-2020';
  return null;
}

const isMotto = (text: string) => fold(text).replace(/[\s–—-]+/g, ' ') === 'doc lap tu do hanh phuc';

export function readHeader(lines: readonly SourceLine[]): HeaderRead {
  const h: HeaderRead = {
    parentBody: '',
    name: '',
    issuerLines: [],
    issuerGuessed: false,
    number: '',
    typeCode: '',
    code: '',
    numberLine: null,
    numberStyle: null,
    placeName: '',
    date: '',
    dateLine: null,
    national: null,
    nationalLine: null,
  };
  const issuer: SourceLine[] = [];
  for (const l of lines) {
    const text = l.text.trim();
    if (!text || isSeparator(text) || isMotto(text)) continue;
    const national = nationalOf(text);
    if (national) {
      h.national = national;
      h.nationalLine = l.n;
      continue;
    }
    const number = /^Số(?![\p{L}\p{N}])/u.test(text) ? readNumber(text) : null;
    if (number) {
      Object.assign(h, { number: number.number, typeCode: number.typeCode, code: number.code });
      h.numberStyle = number.style;
      h.numberLine = l.n;
      continue;
    }
    const date = officialDateIn(text);
    if (date.found && /^(.*?,\s*)?ngày(?![\p{L}\p{N}])/iu.test(text)) {
      h.date = date.iso;
      const comma = text.indexOf(',');
      h.placeName = comma > 0 ? text.slice(0, comma).trim() : '';
      h.dateLine = l.n;
      continue;
    }
    // The issuer's lines: in capitals, left of (or above) the national title.
    if (isUpperLine(text) && (l.cell === undefined || l.cell.col === 0)) issuer.push(l);
  }
  h.issuerLines = issuer.map((l) => l.n);
  const knowsBold =
    issuer.some((l) => l.bold !== undefined) && issuer.some((l) => l.bold) && issuer.some((l) => !l.bold);
  let parent: SourceLine[] = [];
  let name: SourceLine[] = issuer;
  if (knowsBold) {
    // Official headers set the parent body in regular type and the issuing body in bold.
    const firstBold = issuer.findIndex((l) => l.bold);
    parent = issuer.slice(0, firstBold);
    name = issuer.slice(firstBold);
  } else if (issuer.length >= 2 && !LEVEL.test(issuer[1]!.text.trim())) {
    parent = issuer.slice(0, 1);
    name = issuer.slice(1);
    h.issuerGuessed = true;
  }
  h.parentBody = parent.map((l) => l.text.trim()).join('\n');
  h.name = name.map((l) => l.text.trim()).join('\n');
  return h;
}

/** The document type line: `THÔNG BÁO` or `BIÊN BẢN` in capitals, alone on its line. */
export function typeOf(text: string): 'notice' | 'minutes' | null {
  const t = text.trim();
  if (!isUpperLine(t)) return null;
  const f = fold(t).replace(/\s+/g, ' ');
  if (f === 'thong bao' || f === 'thong bao ket luan') return 'notice';
  if (f === 'bien ban') return 'minutes';
  return null;
}

const BODY_START = /^(Ngày|Hôm nay|Vào hồi|Căn cứ|Thời gian|Sáng|Chiều|Tối|Thực hiện|Theo)(?![\p{L}\p{N}])/u;

/** The summary under the type line: centred lines (or lines before the separator in pasted text). */
export function readSummary(
  lines: readonly SourceLine[],
  from: number,
): { lines: SourceLine[]; next: number; guessed: boolean } {
  const out: SourceLine[] = [];
  let i = from;
  while (i < lines.length && !lines[i]!.text.trim()) i++;
  let guessed = true;
  for (; i < lines.length && out.length < 4; i++) {
    const l = lines[i]!;
    const text = l.text.trim();
    if (!text || isSeparator(text)) {
      guessed = false;
      break;
    }
    if (l.align !== undefined ? l.align !== 'center' : BODY_START.test(text)) break;
    out.push(l);
  }
  while (i < lines.length && (!lines[i]!.text.trim() || isSeparator(lines[i]!.text.trim()))) i++;
  if (out.length && out.every((l) => l.align === 'center')) guessed = false;
  return { lines: out, next: i, guessed };
}
