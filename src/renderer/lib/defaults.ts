/** A new blank meeting takes the office's defaults from settings (issuing body, signers) where still empty. */
import type { Settings } from '../../shared/model/library';
import type { Meeting } from '../../shared/model/meeting';

export function applySettingsDefaults(m: Meeting, s: Settings): Meeting {
  const issuerEmpty = Object.values(m.issuer).every((v) => v === '');
  const out: Meeting = {
    ...m,
    issuer: issuerEmpty ? { ...s.defaultIssuer } : m.issuer,
    notice:
      m.notice.signers.length === 0
        ? { ...m.notice, signers: s.defaultSigners.notice.map((x) => ({ ...x })) }
        : m.notice,
    minutes:
      m.minutes.signers.length === 0
        ? { ...m.minutes, signers: s.defaultSigners.minutes.map((x) => ({ ...x })) }
        : m.minutes,
  };
  return out;
}

export function changedByDefaults(before: Meeting, after: Meeting): boolean {
  return before.issuer !== after.issuer || before.notice !== after.notice || before.minutes !== after.minutes;
}
