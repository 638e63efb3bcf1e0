/** People as official text writes them: `đồng chí Vũ Đức Bảo - Trưởng Ban`, `Ông: Nguyễn Văn A - Phó Giám đốc`. */
import type { PersonRef } from '../model/meeting';
import { unblank } from './lines';

const TITLES = /^(đồng chí|các đồng chí|ông|bà|anh|chị)(?![\p{L}\p{N}])\s*:?\s*/iu;

export interface ParsedPerson extends PersonRef {
  /** False when the text did not read as honorific + name + position (kept whole in `name`). */
  clear: boolean;
}

/**
 * `đồng chí Vũ Đức Bảo - Ủy viên Ban Thường vụ` -> title, name, position (split at the first ` - `;
 * a position may itself hold one: `Trưởng phòng Kế hoạch - Tài chính`). The title is kept as
 * printed. Without ` - `, `Nguyễn Văn A, Chủ tịch UBND` splits at the first comma after a name.
 */
export function parsePerson(text: string): ParsedPerson {
  let rest = text.trim();
  const t = TITLES.exec(rest);
  const title = t && !/^các/iu.test(t[1]!) ? t[1]! : '';
  if (title) rest = rest.slice(t![0].length);
  const dash = rest.indexOf(' - ');
  if (dash >= 0)
    return { title, name: unblank(rest.slice(0, dash)), position: rest.slice(dash + 3).trim(), unit: '', clear: true };
  const comma = /^(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}),\s+(.+)$/u.exec(rest);
  if (comma) return { title, name: comma[1]!, position: comma[2]!.trim(), unit: '', clear: true };
  return { title, name: unblank(rest), position: '', unit: '', clear: !!title && /^\p{Lu}/u.test(rest) };
}
