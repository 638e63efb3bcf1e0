/** What the review and the CLI show for each field: values in the secretary's words, dates as she writes them. */
import { expect, it } from 'vitest';
import { linesFromText } from '../../src/shared/import/lines';
import { recognize } from '../../src/shared/import/recognize';
import { fieldValue, summarizeRecognition } from '../../src/shared/import/summary';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { HD36_2018 } from '../../src/shared/profile/builtin';
import { seedMeeting } from '../backend/docx-fixtures';

const r = recognize(linesFromText(layoutDocument(seedMeeting(), 'notice', HD36_2018).plainText), { id: 'seed' });
const item = r.meeting.conclusions.parts[0]!.items[1]!;

it('each field shows the value read: dates d/m/yyyy, people with position, signers, recipients, outline entries', () => {
  expect(fieldValue(r, 'profile')).toBe('Đảng (HD 36/2018)');
  expect(fieldValue(r, 'kind')).toBe('Thông báo kết luận');
  expect(fieldValue(r, 'notice.date')).toBe('25/02/2021');
  expect(fieldValue(r, 'date')).toBe('23/02/2021');
  expect(fieldValue(r, 'notice.number')).toBe('15');
  expect(fieldValue(r, 'issuer.parentBody')).toBe('THÀNH ỦY HÀ NỘI');
  expect(fieldValue(r, 'presiding')).toBe('đồng chí Vũ Đức Bảo - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy');
  expect(fieldValue(r, 'notice.signers.0')).toBe('T/L TRƯỞNG BAN / CHÁNH VĂN PHÒNG');
  expect(fieldValue(r, 'notice.recipients').split('\n')[0]).toBe('Thường trực Thành ủy (b/c)');
  expect(fieldValue(r, `conclusions.${item.items[0]!.id}`)).toBe(item.items[0]!.text);
  expect(fieldValue(r, `conclusions.${item.items[0]!.id}`)).toMatch(/^Bám sát, thực hiện theo Quy chế làm việc/);
  // A phrase that reads as the app writes it follows the facts: the review shows the line it came from.
  expect(r.meeting.notice.closing).toBeNull();
  expect(fieldValue(r, 'notice.closing')).toMatch(
    /thông báo để Ban Thường vụ Quận ủy Long Biên .* biết, thực hiện\.\/\.$/,
  );
});

it('the summary names each field with its lines and the outline in counts', () => {
  const lines = summarizeRecognition(r);
  expect(lines[0]).toBe('Thông báo kết luận, thể thức Đảng (HD 36/2018)');
  expect(lines).toContain('Số văn bản: dòng 5: «Số 15-TB/BTCTU»');
  expect(lines).toContain('Kết luận: 0 phần, 2 mục, 6 tiểu mục, dòng 12–20');
  expect(lines.at(-1)).toBe('Không trường nào bị để trống.');
});
