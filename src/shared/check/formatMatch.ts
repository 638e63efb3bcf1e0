/**
 * The format warning as a check finding: the profile's mismatch message, at the field that names the
 * body; else a district-level issuer on a document dated from the 2025 reform (gentle: never blocks).
 */
import type { Meeting } from '../model/meeting';
import { formatMismatch } from '../profile/formatMismatch';
import { districtAfterReform } from '../profile/localGovernment';
import type { FormatProfile } from '../profile/schema';
import { checkFacts } from './facts';
import type { Finding } from './preExport';

export function checkFormat(m: Meeting, profile: Pick<FormatProfile, 'basis' | 'name'>): Finding | null {
  const facts = checkFacts(m);
  const message = formatMismatch({ name: facts.issuerName, parentBody: facts.parentBody }, profile);
  if (message !== null) return { path: facts.issuerName.trim() ? 'issuer.name' : 'issuer.parentBody', message };
  const district = districtAfterReform(m.issuer, m.date || m.notice.date || m.minutes.date);
  return district === null ? null : { path: 'issuer.name', message: district, code: 'district' };
}
