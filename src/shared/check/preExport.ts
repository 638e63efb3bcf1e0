/**
 * What an official copy of one document still lacks. A draft may lack anything; these are the
 * gaps that would print as blanks or half sentences in a copy sent out. Findings never stop an
 * export: the secretary may export anyway (a numbered copy is often finished by hand).
 */
import type { DocumentKind, Meeting } from '../model/meeting';
import { isPartialDate } from '../text/vietnamese';
import { checkFacts, type CheckFacts } from './facts';

export interface Finding {
  /** The field to jump to (`notice.number`, `conclusions.parts.0.items.2.text`, ...). */
  path: string;
  message: string;
  /** `district`: the issuer is a district body on a document dated after the 2025 reform. */
  code?: 'district';
}

const blank = (s: string) => s.trim() === '';

export function preExportFindings(facts: CheckFacts, kind: DocumentKind): Finding[] {
  const out: Finding[] = [];
  const issue = facts.issue[kind];
  if (blank(issue.number.text)) out.push({ path: issue.number.path, message: 'Chưa có số văn bản.' });
  if (blank(issue.date.text)) out.push({ path: issue.date.path, message: 'Chưa có ngày ban hành.' });
  else if (isPartialDate(issue.date.text))
    out.push({ path: issue.date.path, message: 'Ngày ban hành mới có tháng và năm, chưa có ngày.' });
  if (issue.signers.length === 0) out.push({ path: issue.signersPath, message: 'Chưa có người ký.' });
  issue.signers.forEach((s, i) => {
    if (blank(s.name.text)) out.push({ path: s.name.path, message: `Người ký ${i + 1} chưa có họ tên.` });
  });
  issue.recipients.forEach((r, i) => {
    if (blank(r.text)) out.push({ path: r.path, message: `Nơi nhận ${i + 1} còn trống.` });
  });
  if (blank(facts.meetingDate.text)) out.push({ path: facts.meetingDate.path, message: 'Chưa có ngày họp.' });
  // Only the minutes record when the session ended.
  if (kind === 'minutes' && blank(facts.endTime.text))
    out.push({ path: facts.endTime.path, message: 'Chưa có giờ kết thúc.' });
  if (blank(facts.presidingName.text))
    out.push({ path: facts.presidingName.path, message: 'Chưa có họ tên người chủ trì.' });
  if (kind === 'minutes' && blank(facts.secretaryName.text))
    out.push({ path: facts.secretaryName.path, message: 'Chưa có họ tên thư ký.' });
  if (facts.attendeeCount === 0) out.push({ path: facts.attendeesPath, message: 'Chưa có thành phần tham dự nào.' });
  for (const item of facts.items)
    if (blank(item.field.text)) out.push({ path: item.field.path, message: `${item.label} còn trống.` });
  return out;
}

/** The pre-export check of one document of a meeting. */
export function checkBeforeExport(m: Meeting, kind: DocumentKind): Finding[] {
  return preExportFindings(checkFacts(m), kind);
}
