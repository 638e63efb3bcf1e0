/** What was read, in words a secretary reads: each field with its source line, then what was not found. */
import { DOCUMENT_KIND_LABELS } from '../model/meeting';
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
