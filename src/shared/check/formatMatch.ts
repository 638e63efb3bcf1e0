/**
 * Does the issuing body match the format? A Party body drafted in the state format (or the
 * reverse) prints the wrong header, number and signature: both are legal documents of their own
 * kind, so the secretary is warned, never corrected.
 */
import type { Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { foldVietnamese } from '../text/vietnamese';
import { checkFacts, type CheckFacts } from './facts';
import type { Finding } from './preExport';

export type BodyKind = 'party' | 'state' | 'unknown';

// Matched on accent-folded, lower-cased names, so `UỶ`/`ỦY` and stray spacing do not matter.
const PARTY = [
  /^dang\b/, // ĐẢNG, ĐẢNG ỦY, ĐẢNG BỘ, ĐẢNG ĐOÀN
  /^(ban thuong vu|ban chap hanh|chi bo|ban can su dang|uy ban kiem tra)\b/,
  /^(thanh|tinh|quan|huyen|thi|xa|phuong|dac khu) uy\b/,
  /\bdang (uy|bo|doan)\b/,
];
const STATE = [
  /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\b/,
  /^(van phong )?chinh phu\b/,
  /^(bo|so|cuc|tong cuc|vu|phong|chi cuc|kho bac|thanh tra|toa an|vien kiem sat|ban quan ly)\b/,
  /^thu tuong\b/,
];

export function bodyKind(name: string): BodyKind {
  const f = foldVietnamese(name).trim();
  if (!f) return 'unknown';
  if (PARTY.some((r) => r.test(f))) return 'party';
  if (STATE.some((r) => r.test(f))) return 'state';
  return 'unknown';
}

/** The body's own name decides; a name that says nothing (`VĂN PHÒNG`, `BAN TỔ CHỨC`) defers to its parent. */
export function issuerKind(facts: Pick<CheckFacts, 'issuerName' | 'parentBody'>): BodyKind {
  const own = bodyKind(facts.issuerName);
  return own !== 'unknown' ? own : bodyKind(facts.parentBody);
}

export function formatMismatch(
  facts: Pick<CheckFacts, 'issuerName' | 'parentBody'>,
  profile: Pick<FormatProfile, 'basis' | 'name'>,
): Finding | null {
  const kind = issuerKind(facts);
  const path = facts.issuerName.trim() ? 'issuer.name' : 'issuer.parentBody';
  if (kind === 'state' && profile.basis === 'hd36')
    return {
      path,
      message:
        'Cơ quan ban hành là cơ quan nhà nước nhưng văn bản đang soạn theo thể thức của Đảng (Hướng dẫn 36-HD/VPTW). Hãy chọn thể thức Nghị định 30/2020/NĐ-CP nếu đây là văn bản hành chính.',
    };
  if (kind === 'party' && profile.basis === 'nd30')
    return {
      path,
      message:
        'Cơ quan ban hành là cơ quan của Đảng nhưng văn bản đang soạn theo thể thức hành chính nhà nước (Nghị định 30/2020/NĐ-CP). Hãy chọn thể thức Hướng dẫn 36-HD/VPTW nếu đây là văn bản của Đảng.',
    };
  return null;
}

export function checkFormat(m: Meeting, profile: Pick<FormatProfile, 'basis' | 'name'>): Finding | null {
  return formatMismatch(checkFacts(m), profile);
}
