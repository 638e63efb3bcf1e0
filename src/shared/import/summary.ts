/** What was read, in words a secretary reads: each field with its source line, then what was not found. */
import { authorityLine } from '../layout/signature';
import { DOCUMENT_KIND_LABELS } from '../model/meeting';
import { HD36_2018, ND30_2020 } from '../profile/builtin';
import { formatShortDate } from '../text/vietnamese';
import type { Recognition } from './types';

const PROFILE_LABELS = { 'nd30-2020': 'Nhà nước (NĐ 30/2020)', 'hd36-2018': 'Đảng (HD 36/2018)' } as const;

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const lineRange = (ns: number[]) => {
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  return lo === hi ? `dòng ${lo}` : `dòng ${lo}–${hi}`;
};

/** Lines for the CLI and the import summary: a heading, one line per field, the outline in one line, the empty fields. */
export function summarizeRecognition(r: Recognition): string[] {
  const text = (n: number) => r.lines.find((l) => l.n === n)?.text ?? '';
  const kind = r.kind ? DOCUMENT_KIND_LABELS[r.kind] : 'Không rõ loại văn bản (không thấy dòng THÔNG BÁO hay BIÊN BẢN)';
  const out = [`${kind}, thể thức ${PROFILE_LABELS[r.profileId]}`];
  const outline = r.fields.filter((f) => f.field.startsWith('conclusions.'));
  for (const f of r.fields) {
    if (f.field.startsWith('conclusions.')) continue;
    const mark = f.uncertain ? ' (cần xem lại)' : '';
    out.push(`${f.label}${mark}: ${lineRange(f.lines)}: «${clip(text(f.lines[0]!))}»`);
  }
  if (outline.length) {
    const { parts } = r.meeting.conclusions;
    const items = parts.flatMap((p) => p.items);
    const subs = items.flatMap((i) => i.items).length;
    const tracked = outline.filter((f) => f.field.endsWith('.task')).length;
    const counts = [`${parts.filter((p) => p.heading).length} phần`, `${items.length} mục`, `${subs} tiểu mục`].join(
      ', ',
    );
    out.push(
      `Kết luận: ${counts}, ${lineRange(outline.flatMap((f) => f.lines))}` +
        (tracked ? `; ${tracked} nhiệm vụ có đơn vị chủ trì hoặc thời hạn (cần xem lại)` : ''),
    );
  }
  out.push(r.empty.length ? `Để trống (văn bản không có): ${r.empty.join(', ')}` : 'Không trường nào bị để trống.');
  return out;
}

const person = (p: { title: string; name: string; position: string }) =>
  [[p.title, p.name].filter(Boolean).join(' '), p.position].filter(Boolean).join(' - ');

/** What the recognised meeting holds for a field, as the review shows it beside the source lines. */
export function fieldValue(r: Recognition, field: string): string {
  const m = r.meeting;
  const source = () =>
    r.fields
      .find((f) => f.field === field)
      ?.lines.map((n) => r.lines.find((l) => l.n === n)?.text ?? '')
      .join('\n') ?? '';
  if (field === 'profile') return PROFILE_LABELS[r.profileId];
  if (field === 'kind') return r.kind ? DOCUMENT_KIND_LABELS[r.kind] : '';
  if (field === 'presiding') return person(m.presiding);
  if (field === 'secretary') return person(m.secretary);
  if (field === 'attendeeGroups')
    return m.attendeeGroups
      .map((g) => `${g.heading || g.leadIn || 'Nhóm'}: ${g.members.length} người hoặc cụm thành phần`)
      .join('\n');
  if (field === 'discussion') return m.discussion.map((o) => o.speaker).join('\n');
  if (field.startsWith('reports.')) {
    const rep = m.reports.find((x) => `reports.${x.id}` === field);
    return rep ? `${rep.presenter} báo cáo ${rep.title}` : '';
  }
  if (field === 'conclusions.after') return m.conclusions.after;
  const outline = /^conclusions\.([^.]+)(\.task)?$/.exec(field);
  if (outline) {
    for (const p of m.conclusions.parts) {
      if (p.id === outline[1]) return p.heading || p.text;
      for (const e of p.items.flatMap((i) => [i, ...i.items])) {
        if (e.id !== outline[1]) continue;
        if (!outline[2]) return e.text;
        const d = e.task.deadline;
        const due = d.kind === 'date' ? d.date : d.kind === 'none' ? '' : d.text;
        return [e.task.lead && `Chủ trì: ${e.task.lead}`, due && `Thời hạn: ${due}`].filter(Boolean).join('; ');
      }
    }
    return '';
  }
  const signer = /^(notice|minutes)\.signers\.(\d+)$/.exec(field);
  if (signer) {
    const s = m[signer[1] as 'notice' | 'minutes'].signers[Number(signer[2])];
    const profile = r.profileId === 'hd36-2018' ? HD36_2018 : ND30_2020;
    return s ? [s.heading, authorityLine(s, profile), s.position, s.name].filter(Boolean).join(' / ') : '';
  }
  if (/\.recipients$/.test(field))
    return m[field.split('.')[0] as 'notice' | 'minutes'].recipients
      .map((x) => [x.text, x.note].filter(Boolean).join(' '))
      .join('\n');
  let value: unknown = m;
  for (const key of field.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== 'string') return source(); // a phrase that reads as the app writes it follows the facts (null)
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatShortDate(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  return month ? `tháng ${Number(month[2])}/${month[1]}` : value;
}
