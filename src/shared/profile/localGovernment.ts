/**
 * Two-level local government from 01/7/2025 (Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa
 * phương 2025): provinces and communes (xã, phường, đặc khu); the district level is gone. Communes
 * were created on that day, so their numbering starts from 01 there (spec/official-format.md §6).
 */
import { upperVi } from '../text/vietnamese';

export const REFORM_DATE = '2025-07-01';

function words(name: string): string[] {
  return upperVi(name.normalize('NFC'))
    .split(/[\s,.;:()-]+/u)
    .filter(Boolean);
}

/** `QUẬN ỦY LONG BIÊN`, `ỦY BAN NHÂN DÂN HUYỆN SÓC SƠN`, `THỊ XÃ SƠN TÂY`, `THỊ ỦY ...`. */
export function isDistrictLevel(name: string): boolean {
  const w = words(name);
  return w.some((x, i) => x === 'QUẬN' || x === 'HUYỆN' || (x === 'THỊ' && (w[i + 1] === 'XÃ' || w[i + 1] === 'ỦY')));
}

/** `ĐẢNG ỦY XÃ MINH PHÚ`, `ỦY BAN NHÂN DÂN PHƯỜNG ...`, `ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ` (not `THỊ XÃ`, not `XÃ HỘI`). */
export function isCommuneLevel(name: string): boolean {
  const w = words(name);
  return w.some(
    (x, i) =>
      (x === 'XÃ' && w[i - 1] !== 'THỊ' && w[i + 1] !== 'HỘI' && w[i + 1] !== undefined) ||
      x === 'PHƯỜNG' ||
      (x === 'ĐẶC' && w[i + 1] === 'KHU'),
  );
}

/**
 * The gentle warning for a document dated on or after the reform whose issuer (or its parent) is a
 * district-level body; null otherwise or when the date is not known.
 */
export function districtAfterReform(issuer: { name: string; parentBody: string }, date: string): string | null {
  if (!/^\d{4}-\d{2}/.test(date) || date.slice(0, 10) < REFORM_DATE) return null;
  const body = [issuer.name, issuer.parentBody].find((n) => n.trim() && isDistrictLevel(n));
  if (!body) return null;
  return (
    `Cơ quan ban hành "${body.replace(/\s+/g, ' ').trim()}" là cấp huyện, nhưng từ ngày 01/7/2025 chính quyền địa ` +
    'phương chỉ còn hai cấp (tỉnh và xã, phường, đặc khu). Hãy kiểm tra lại tên cơ quan ban hành hoặc ngày văn bản.'
  );
}

/**
 * Starting points for the issuing body after the reform (replacing district examples): the secretary
 * types the place where `...` stands. Codes as real 2026 documents write them (`Số ...-TB/ĐU`, `.../TB-UBND`).
 */
export const ISSUER_PRESETS: readonly { label: string; parentBody: string; name: string; code: string }[] = [
  { label: 'Đảng ủy xã', parentBody: 'ĐẢNG BỘ TỈNH ...', name: 'ĐẢNG ỦY XÃ ...', code: 'ĐU' },
  { label: 'Đảng ủy phường', parentBody: 'ĐẢNG BỘ TỈNH ...', name: 'ĐẢNG ỦY PHƯỜNG ...', code: 'ĐU' },
  { label: 'Đảng ủy đặc khu', parentBody: 'ĐẢNG BỘ TỈNH ...', name: 'ĐẢNG ỦY ĐẶC KHU ...', code: 'ĐU' },
  { label: 'Ủy ban nhân dân xã', parentBody: '', name: 'ỦY BAN NHÂN DÂN\nXÃ ...', code: 'UBND' },
  { label: 'Ủy ban nhân dân phường', parentBody: '', name: 'ỦY BAN NHÂN DÂN\nPHƯỜNG ...', code: 'UBND' },
  { label: 'Ủy ban nhân dân đặc khu', parentBody: '', name: 'ỦY BAN NHÂN DÂN\nĐẶC KHU ...', code: 'UBND' },
  { label: 'Ủy ban nhân dân tỉnh', parentBody: '', name: 'ỦY BAN NHÂN DÂN\nTỈNH ...', code: 'UBND' },
];
