/** The editor's checks as lines of text: what an official copy still lacks and a format that does not fit the body. */
import { checkFormat } from '../shared/check/formatMatch';
import { checkBeforeExport } from '../shared/check/preExport';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type Meeting } from '../shared/model/meeting';
import type { FormatProfile } from '../shared/profile/schema';

/** `Cảnh báo: "<body>" là cơ quan ...`, or nothing when the format fits the issuing body. */
export function formatWarningLines(meeting: Meeting, profile: FormatProfile): string[] {
  const f = checkFormat(meeting, profile);
  return f ? [`Cảnh báo: ${f.message}`] : [];
}

/** A heading naming the document and how many gaps, then one `  <field>: <message>` line each. */
export function missingLines(meeting: Meeting, kind: DocumentKind): string[] {
  const findings = checkBeforeExport(meeting, kind);
  if (findings.length === 0) return [];
  return [
    `${DOCUMENT_KIND_LABELS[kind]} còn thiếu ${findings.length} mục để thành bản chính thức:`,
    ...findings.map((f) => `  ${f.path}: ${f.message}`),
  ];
}
