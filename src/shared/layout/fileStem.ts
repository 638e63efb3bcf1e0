/** Safe ASCII file name stem: `TB-15-BTCTU-2021-02-23`. */
import type { DocumentKind, Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';

function ascii(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function fileStem(meeting: Meeting, kind: DocumentKind, profile: FormatProfile): string {
  const issue = kind === 'notice' ? meeting.notice : meeting.minutes;
  const parts = [profile.labels.typeCodes[kind], issue.number, meeting.issuer.code, issue.date || meeting.date]
    .map(ascii)
    .filter(Boolean);
  return parts.join('-').slice(0, 120) || (kind === 'notice' ? 'TB' : 'BB');
}
