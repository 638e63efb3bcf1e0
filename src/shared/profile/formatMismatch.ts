/**
 * Does the issuing body match the format? A Party body drafted in the state format (or the
 * reverse) prints the wrong header, number and signature: both are legal documents of their own
 * kind, so the editor and the CLI warn, never correct (a joint body may be either).
 */
import type { IssuingBody } from '../model/meeting';
import { foldVietnamese } from '../text/vietnamese';
import type { FormatProfile } from './schema';

export type BodyKind = 'party' | 'state' | 'unknown';

// Matched on accent-folded, lower-cased names, so `UỶ`/`ỦY` and stray spacing do not matter.
// Party words are tried first anywhere in the name: `Đảng bộ` is not a ministry (`Bộ`), and
// `Ban cán sự đảng UBND tỉnh` or `Đảng đoàn HĐND` are Party bodies drafted in the Party format.
const PARTY = [
  /^dang\b/, // ĐẢNG ỦY, ĐẢNG BỘ, ĐẢNG ĐOÀN
  /\b(dang (uy|bo|doan)|chi bo|ban can su dang|cap uy)\b/,
  /\b(ban thuong vu|ban chap hanh)\b/,
  /\b(thanh|tinh|quan|huyen|thi|xa|phuong|khu|dac khu) uy\b/,
  /^uy ban kiem tra\b/,
];
// Words that only a state body's name has, anywhere; generic words (`Bộ`, `Sở`, `Phòng`, `Vụ`) only
// at the start, so `Văn phòng` or `Ban Tổ chức` alone defer to the parent body.
const STATE = [
  /\b(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|chinh phu|thu tuong)\b/,
  /^(bo|so|cuc|tong cuc|vu|phong|chi cuc|kho bac|thanh tra|toa an|vien kiem sat)\b/,
];

export function bodyKind(name: string): BodyKind {
  const f = foldVietnamese(name).trim();
  if (!f) return 'unknown';
  if (PARTY.some((r) => r.test(f))) return 'party';
  if (STATE.some((r) => r.test(f))) return 'state';
  return 'unknown';
}

/** The body's own name decides; a name that says nothing (`VĂN PHÒNG`, `BAN TỔ CHỨC`) defers to its parent. */
export function issuerKind(issuer: Pick<IssuingBody, 'name' | 'parentBody'>): BodyKind {
  const own = bodyKind(issuer.name);
  return own !== 'unknown' ? own : bodyKind(issuer.parentBody);
}

/** The warning to show, in Vietnamese, or null when the format fits the body (or the body is not recognised). */
export function formatMismatch(
  issuer: Pick<IssuingBody, 'name' | 'parentBody'>,
  profile: Pick<FormatProfile, 'basis' | 'name'>,
): string | null {
  const kind = issuerKind(issuer);
  const name = (issuer.name.trim() || issuer.parentBody.trim()).replace(/\s+/g, ' ');
  if (kind === 'state' && profile.basis === 'hd36')
    return `"${name}" là cơ quan nhà nước nhưng văn bản đang theo thể thức của Đảng (${profile.name}); cơ quan nhà nước dùng thể thức Nghị định 30/2020/NĐ-CP.`;
  if (kind === 'party' && profile.basis === 'nd30')
    return `"${name}" là cơ quan của Đảng nhưng văn bản đang theo thể thức nhà nước (${profile.name}); văn bản của Đảng dùng thể thức Hướng dẫn 36-HD/VPTW.`;
  return null;
}
