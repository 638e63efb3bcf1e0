/**
 * A state body drafted in the Party format, or a Party body in the state format, is almost always
 * a slip: the editor and the CLI warn (they never refuse; a joint body may be either).
 */
import type { IssuingBody } from '../model/meeting';
import { foldVietnamese } from '../text/vietnamese';
import type { FormatProfile } from './schema';

/** Folded words that name a Party body: `Đảng ủy`, `Thành ủy`, `Huyện ủy`, `Chi bộ`, `Ban Thường vụ`. */
const PARTY =
  /\b(dang uy|dang bo|chi bo|(thanh|tinh|huyen|quan|thi|xa|phuong|khu) uy|ban thuong vu|ban chap hanh|cap uy)\b/;
/** Folded words that name a state body: `Ủy ban nhân dân`, `Hội đồng nhân dân`, a ministry, a department. */
const STATE = /\b(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|chinh phu|bo|so|tong cuc|cuc|chi cuc)\b/;

export type BodyKind = 'party' | 'state';

/** What kind of body the name reads as; the body's own name decides before its parent's. */
export function bodyKindOf(issuer: Pick<IssuingBody, 'name' | 'parentBody'>): BodyKind | null {
  for (const text of [issuer.name, issuer.parentBody]) {
    const f = foldVietnamese(text);
    // Party words first: `Đảng bộ` must not read as a ministry (`Bộ`).
    if (PARTY.test(f)) return 'party';
    if (STATE.test(f)) return 'state';
  }
  return null;
}

/** The warning to show, in Vietnamese, or null when the format fits the body (or the body is not recognised). */
export function formatMismatch(
  issuer: Pick<IssuingBody, 'name' | 'parentBody'>,
  profile: FormatProfile,
): string | null {
  const kind = bodyKindOf(issuer);
  const name = issuer.name.trim() || issuer.parentBody.trim();
  if (kind === 'state' && profile.basis === 'hd36')
    return `"${name}" là cơ quan nhà nước nhưng văn bản đang theo thể thức của Đảng (${profile.name}); cơ quan nhà nước dùng thể thức Nghị định 30/2020/NĐ-CP.`;
  if (kind === 'party' && profile.basis === 'nd30')
    return `"${name}" là cơ quan của Đảng nhưng văn bản đang theo thể thức nhà nước (${profile.name}); văn bản của Đảng dùng thể thức Hướng dẫn 36-HD/VPTW.`;
  return null;
}
