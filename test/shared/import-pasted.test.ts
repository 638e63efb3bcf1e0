/**
 * Pasted text goes through the same recognition: the text of every shipped example, as a secretary
 * copies it out of Word or a PDF (one paragraph a line, no tables), reads back to the same facts.
 */
import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/shared/import/lines';
import { recognize } from '../../src/shared/import/recognize';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { outlineEntries } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { EXAMPLE_CASES } from '../backend/docx-fixtures';

const MATRIX = EXAMPLE_CASES.flatMap(([name, load]) =>
  [HD36_2018, ND30_2020].flatMap((profile) =>
    (['notice', 'minutes'] as const).map((kind) => [`${name} ${profile.id} ${kind}`, load, profile, kind] as const),
  ),
);

describe.each(MATRIX)('pasted %s', (_label, load, profile, kind) => {
  it('reads the facts the text states', () => {
    const original = load();
    const text = layoutDocument(original, kind, profile).plainText;
    const r = recognize(linesFromText(text), { id: 'pasted' });
    expect(r.kind).toBe(kind);
    expect(r.profileId).toBe(profile.id);
    const doc = kind === 'notice' ? r.meeting.notice : r.meeting.minutes;
    const src = kind === 'notice' ? original.notice : original.minutes;
    expect(r.meeting.issuer.code).toBe(original.issuer.code);
    expect(doc.number).toBe(src.number ? src.number.padStart(2, '0') : '');
    expect(doc.recipients.map((x) => x.text)).toEqual(src.recipients.map((x) => x.text.trim()).filter(Boolean));
    // Items (sub-items in the minutes print `- ` like a bullet of the item's text: either reading prints the same).
    const items = (m: typeof original) => m.conclusions.parts.flatMap((p) => p.items);
    expect(items(r.meeting).length).toBe(items(original).filter((i) => i.text.trim() || i.items.length).length);
    if (kind === 'notice')
      expect(outlineEntries(r.meeting.conclusions).length).toBe(
        outlineEntries(original.conclusions).filter((e) => e.text.trim()).length,
      );
    if (kind === 'minutes') {
      expect(r.meeting.presiding.name).toBe(original.presiding.name);
      expect(r.meeting.startTime).toBe(original.startTime);
      expect(r.meeting.reports.length).toBe(original.reports.length);
    } else expect(r.meeting.date).toBe(original.date);
    // The text itself is kept as printed, in order: the body exports to the same lines.
    const body = (t: string) => t.split('\n').filter((l) => !/^(Nơi nhận|- )/.test(l));
    const again = layoutDocument(r.meeting, kind, profile).plainText;
    expect(body(again).slice(0, 12)).toEqual(body(text).slice(0, 12));
  });
});

it("another office's minutes, pasted: other labels (Thời gian, Chủ tọa, Thư ký cuộc họp), short dates, signers without cells", () => {
  const text = `ỦY BAN NHÂN DÂN
PHƯỜNG NGỌC LÂM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/BB-UBND
Ngọc Lâm, ngày 03 tháng 7 năm 2025
BIÊN BẢN
Họp giao ban công tác tháng 7
Thời gian: 08 giờ 30 phút, ngày 03/7/2025.
Địa điểm họp: Hội trường UBND phường.
Thành phần:
- Ông Lê Văn Sơn - Chủ tịch UBND phường;
- Bà Đinh Thị Hạnh - Phó Chủ tịch UBND phường.
Chủ tọa: ông Lê Văn Sơn - Chủ tịch UBND phường.
Thư ký cuộc họp: bà Vũ Thị Lan - Công chức Văn phòng - Thống kê.
Nội dung cuộc họp:
1. Bà Đinh Thị Hạnh báo cáo kết quả công tác tháng 6.
2. Ý kiến phát biểu:
- Ông Trần Minh: đề nghị tăng cường kiểm tra trật tự đô thị.
3. Kết luận của Chủ tọa:
a) Giao Công an phường chủ trì kiểm tra trật tự đô thị, thực hiện hằng tuần.
b) Văn phòng tổng hợp báo cáo trước ngày 25/7/2025.
Cuộc họp kết thúc lúc 11 giờ cùng ngày./.
THƯ KÝ
Vũ Thị Lan
CHỦ TỌA
Lê Văn Sơn`;
  const r = recognize(linesFromText(text), { id: 'pasted' });
  const m = r.meeting;
  expect([r.kind, r.profileId]).toEqual(['minutes', 'nd30-2020']);
  expect(m.issuer.name).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG NGỌC LÂM');
  expect(m.minutes).toMatchObject({ number: '21', date: '2025-07-03', status: 'issued' });
  expect(m.title).toBe('Họp giao ban công tác tháng 7');
  expect(m).toMatchObject({
    date: '2025-07-03',
    startTime: '08:30',
    endTime: '11:00',
    place: 'Hội trường UBND phường',
  });
  expect(m.attendeeGroups[0]!.members).toMatchObject([
    { kind: 'person', title: 'Ông', name: 'Lê Văn Sơn', position: 'Chủ tịch UBND phường' },
    { kind: 'person', title: 'Bà', name: 'Đinh Thị Hạnh', position: 'Phó Chủ tịch UBND phường' },
  ]);
  expect(m.presiding).toMatchObject({ title: 'ông', name: 'Lê Văn Sơn' });
  expect(m.secretary).toMatchObject({ title: 'bà', name: 'Vũ Thị Lan', position: 'Công chức Văn phòng - Thống kê' });
  expect(m.reports).toMatchObject([{ presenter: 'Bà Đinh Thị Hạnh', title: 'kết quả công tác tháng 6' }]);
  expect(m.discussion).toMatchObject([
    { speaker: 'Ông Trần Minh', text: 'đề nghị tăng cường kiểm tra trật tự đô thị.' },
  ]);
  const items = m.conclusions.parts.flatMap((p) => p.items);
  expect(items.map((i) => i.task)).toMatchObject([
    { lead: 'Công an phường', deadline: { kind: 'period', text: 'hằng tuần' } },
    { lead: '', deadline: { kind: 'date', date: '2025-07-25' } },
  ]);
  expect(m.minutes.signers.map((s) => [s.position, s.name])).toEqual([
    ['THƯ KÝ', 'Vũ Thị Lan'],
    ['CHỦ TỌA', 'Lê Văn Sơn'],
  ]);
  expect(r.fields.find((f) => f.field === 'minutes.signers.0')?.uncertain).toBe(true);
  // The title names no subject (`về ...`): left empty, not guessed.
  expect(r.empty).toEqual(['Nội dung làm việc', 'Nơi nhận']);
});

it('a paragraph beyond the limits of a meeting is refused in Vietnamese', () => {
  const text = `THÔNG BÁO\nKết luận về việc thử\nNgày 05/6/2026, ông A chủ trì cuộc họp.\n1. ${'x'.repeat(100_001)}`;
  expect(() => recognize(linesFromText(text), { id: 'long' })).toThrow(
    /^Văn bản vượt quá giới hạn của một buổi làm việc: .*Tối đa 100000 ký tự/,
  );
});

it('a notice copied out of Word with its tables: header and signature cells separated by tabs', () => {
  const text = [
    'THÀNH ỦY HÀ NỘI\tĐẢNG CỘNG SẢN VIỆT NAM',
    'BAN TỔ CHỨC',
    '*',
    'Số 15-TB/BTCTU\tHà Nội, ngày 25 tháng 02 năm 2021',
    'THÔNG BÁO',
    'kết luận của đồng chí Vũ Đức Bảo tại buổi làm việc với Quận ủy Long Biên về công tác cán bộ',
    '-----',
    'Ngày 23/02/2021, đồng chí Vũ Đức Bảo - Trưởng Ban Tổ chức Thành ủy chủ trì buổi làm việc với Quận ủy Long Biên về công tác cán bộ.',
    'Đồng chí Vũ Đức Bảo kết luận như sau:',
    '1. Quận ủy hoàn thành rà soát quy hoạch trước ngày 31/3/2021.',
    'Văn phòng Ban Tổ chức Thành ủy thông báo để Quận ủy Long Biên biết, thực hiện./.',
    'Nơi nhận:\tT/L TRƯỞNG BAN',
    '- Thường trực Thành ủy (b/c),\tCHÁNH VĂN PHÒNG',
    '- Quận ủy Long Biên (t/h),',
    '- Lưu Văn phòng.\tNguyễn Hồng Hà',
  ].join('\n');
  const r = recognize(linesFromText(text), { id: 'tabs' });
  const m = r.meeting;
  expect([r.kind, r.profileId]).toEqual(['notice', 'hd36-2018']);
  expect(m.issuer).toMatchObject({
    parentBody: 'THÀNH ỦY HÀ NỘI',
    name: 'BAN TỔ CHỨC',
    code: 'BTCTU',
    placeName: 'Hà Nội',
  });
  expect(m.notice).toMatchObject({ number: '15', date: '2021-02-25', archive: 'Văn phòng' });
  expect(m.notice.recipients).toEqual([
    { text: 'Thường trực Thành ủy', note: '(b/c)' },
    { text: 'Quận ủy Long Biên', note: '(t/h)' },
  ]);
  expect(m.notice.signers).toEqual([
    { heading: '', authority: 'TL', authorityOf: 'TRƯỞNG BAN', position: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Hồng Hà' },
  ]);
  expect(m.conclusions.parts[0]!.items[0]!.task.deadline).toEqual({ kind: 'date', date: '2021-03-31' });
});
