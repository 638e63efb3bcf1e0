/** The format warning as a check finding: the profile's mismatch message, at the field that names the body. */
import type { Meeting } from '../model/meeting';
import { formatMismatch } from '../profile/formatMismatch';
import type { FormatProfile } from '../profile/schema';
import { checkFacts } from './facts';
import type { Finding } from './preExport';

export function checkFormat(m: Meeting, profile: Pick<FormatProfile, 'basis' | 'name'>): Finding | null {
  const facts = checkFacts(m);
  const message = formatMismatch({ name: facts.issuerName, parentBody: facts.parentBody }, profile);
  return message === null ? null : { path: facts.issuerName.trim() ? 'issuer.name' : 'issuer.parentBody', message };
}
