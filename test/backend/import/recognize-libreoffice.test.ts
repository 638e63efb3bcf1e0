/**
 * Documents made by another tool, recognised: each is written as a flat OpenDocument text and
 * turned into a .docx by LibreOffice, then read and recognised, with the fields a secretary expects.
 * A Party notice in NFD with Word numbering on three levels (`I-`, `1-`, `a)`) and layout tables; a
 * state record whose conclusions are a list driven by paragraph styles; a notice typed in TCVN3
 * fonts (`.VnTime`, `.VnTimeH`) mixed with Unicode runs, its header as plain paragraphs.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxLines } from '../../../src/backend/import/docxLines';
import { readDocxFile } from '../../../src/backend/import/readDocx';
import { recognize } from '../../../src/shared/import/recognize';
import type { Recognition } from '../../../src/shared/import/types';
import { tcvn3ToUnicode } from '../../../src/shared/text/legacyVietnamese';
import { fodt } from '../../helpers/fodt';

const run = promisify(execFile);

/** Unicode -> TCVN3 bytes as a .docx keeps them (Latin-1 characters), by inverting the reader's chart. */
const TCVN3 = new Map<string, string>();
for (let b = 0x20; b <= 0xff; b++) {
  const c = String.fromCharCode(b);
  const u = tcvn3ToUnicode(c);
  if (u !== c && !TCVN3.has(u)) TCVN3.set(u, c);
}
function tcvn3(text: string): string {
  return Array.from(text.normalize('NFC'), (ch) => {
    if (/[\x20-\x7e]/.test(ch)) return ch;
    const b = TCVN3.get(ch);
    if (!b) throw new Error(`TCVN3 has no code for ${ch}`);
    return b;
  }).join('');
}
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const span = (style: string, text: string) => `<text:span text:style-name="${style}">${esc(text)}</text:span>`;
const vn = (text: string) => span('TCVN3', tcvn3(text));
const vnH = (text: string) => span('TCVN3H', tcvn3(text.toLowerCase()));
const p = (inner: string, style = 'Standard') => `<text:p text:style-name="${style}">${inner}</text:p>`;
const t = (text: string, style = 'Standard') => p(esc(text), style);
const b = (text: string, style = 'Centre') => p(span('Bold', text), style);
const cell = (...ps: string[]) => `<table:table-cell table:style-name="Bare">${ps.join('')}</table:table-cell>`;
const table = (...rows: string[][]) =>
  `<table:table><table:table-column table:number-columns-repeated="${rows[0]!.length}"/>${rows
    .map((r) => `<table:table-row>${r.join('')}</table:table-row>`)
    .join('')}</table:table>`;
const item = (text: string, nested = '') => `<text:list-item>${t(text)}${nested}</text:list-item>`;
const list = (style: string | null, ...items: string[]) =>
  `<text:list${style ? ` text:style-name="${style}"` : ''}>${items.join('')}</text:list>`;
const space = t('', 'Centre');

const PARTY_OUTLINE = `<text:list-style style:name="Party">
  <text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="-"/>
  <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="-"/>
  <text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>
 </text:list-style>`;

const partyNotice = fodt(
  (
    table(
      [cell(t('HUYỆN ỦY GIA LÂM', 'Centre'), b('BAN TỔ CHỨC'), t('*', 'Centre')), cell(b('ĐẢNG CỘNG SẢN VIỆT NAM'))],
      [cell(t('Số 27-TB/BTCHU', 'Centre')), cell(t('Gia Lâm, ngày 10 tháng 4 năm 2025', 'Centre'))],
    ) +
    b('THÔNG BÁO') +
    b(
      'kết luận của đồng chí Lê Văn Hùng, Phó Bí thư Huyện ủy tại buổi làm việc với Đảng ủy xã Kiêu Kỵ về công tác chuẩn bị đại hội',
    ) +
    t('-----', 'Centre') +
    t(
      'Ngày 08/4/2025, đồng chí Lê Văn Hùng - Phó Bí thư Huyện ủy chủ trì buổi làm việc với Đảng ủy xã Kiêu Kỵ về công tác chuẩn bị đại hội. Cùng dự có đồng chí Phạm Thị Hoa - Trưởng Ban Tổ chức Huyện ủy; lãnh đạo các ban xây dựng Đảng.',
    ) +
    t('Sau khi nghe Đảng ủy xã Kiêu Kỵ báo cáo, đồng chí Lê Văn Hùng kết luận như sau:') +
    list(
      'Party',
      item('Đánh giá chung', list(null, item('Đảng ủy xã đã chủ động xây dựng kế hoạch, phân công nhiệm vụ cụ thể.'))),
      item(
        'Nhiệm vụ trọng tâm',
        list(
          null,
          item(
            'Hoàn thiện văn kiện đại hội, giao Văn phòng Đảng ủy chủ trì, hoàn thành trước ngày 30/6/2025.',
            list(null, item('Rà soát số liệu kinh tế - xã hội.'), item('Lấy ý kiến đóng góp của nhân dân.')),
          ),
          item('Chuẩn bị nhân sự theo đúng quy trình.'),
        ),
      ),
    ) +
    t('Trên đây là kết luận của đồng chí Phó Bí thư Huyện ủy.') +
    t('Ban Tổ chức Huyện ủy thông báo để Đảng ủy xã Kiêu Kỵ biết, thực hiện./.') +
    table([
      cell(t('Nơi nhận:'), t('- Thường trực Huyện ủy (b/c),'), t('- Đảng ủy xã Kiêu Kỵ (t/h),'), t('- Lưu Văn phòng.')),
      cell(b('T/M BAN THƯỜNG VỤ'), b('PHÓ BÍ THƯ'), space, space, space, b('Lê Văn Hùng')),
    ])
  ).normalize('NFD'),
  PARTY_OUTLINE,
);

/** Word's way of numbering by style: the number comes from the paragraph style (here `Heading 1`), not the paragraph. */
const STYLE_LISTS = `<text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="a" style:num-suffix=")"/>
 </text:outline-style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"/>`;
const muc = (text: string) => `<text:h text:style-name="Heading_20_1" text:outline-level="1">${esc(text)}</text:h>`;

const stateMinutes = fodt(
  table(
    [
      cell(b('ỦY BAN NHÂN DÂN'), b('HUYỆN GIA LÂM')),
      cell(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc')),
    ],
    [cell(t('Số: 12/BB-UBND', 'Centre')), cell(space)],
  ) +
    b('BIÊN BẢN') +
    b('Cuộc họp của Ủy ban nhân dân huyện với các xã về giải phóng mặt bằng') +
    space +
    [
      'Thời gian bắt đầu: 14 giờ 00 phút, ngày 15 tháng 5 năm 2025.',
      'Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân huyện.',
      'Thành phần tham dự:',
      'Về phía Ủy ban nhân dân huyện, có:',
      'Ông: Nguyễn Việt Hà - Chủ tịch Ủy ban nhân dân huyện;',
      'Bà: Trần Thu Hương - Trưởng phòng Tài nguyên và Môi trường (vắng: đi công tác);',
      'Về phía các xã, có:',
      '- Chủ tịch Ủy ban nhân dân các xã Đa Tốn, Kiêu Kỵ.',
      'Chủ trì: ông Nguyễn Việt Hà - Chủ tịch Ủy ban nhân dân huyện.',
      'Thư ký: bà Lê Thị Mai - Chuyên viên Văn phòng.',
      'Nội dung:',
      '1. Ông Đỗ Văn Nam, Phó Trưởng phòng Tài nguyên và Môi trường báo cáo tiến độ giải phóng mặt bằng các dự án trọng điểm.',
      'Đến nay đã bàn giao 80% diện tích.',
      '2. Ý kiến phát biểu:',
      '- Ông Phạm Văn Bình, Chủ tịch UBND xã Đa Tốn: đề nghị hỗ trợ kinh phí di dời.',
      '3. Kết luận của Chủ tọa:',
    ]
      .map((x) => t(x))
      .join('') +
    muc('Các xã hoàn thành kiểm đếm trong tháng 6.') +
    t('- Xã Đa Tốn: tổ chức đối thoại với các hộ dân.') +
    t('- Xã Kiêu Kỵ: niêm yết công khai phương án bồi thường.') +
    muc(
      'Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Tài nguyên và Môi trường, hoàn thành trước ngày 30/6/2025.',
    ) +
    t('Cuộc họp kết thúc vào 16 giờ 30 phút cùng ngày./.') +
    table([cell(b('THƯ KÝ'), space, space, b('Lê Thị Mai')), cell(b('CHỦ TỌA'), space, space, b('Nguyễn Việt Hà'))]),
  STYLE_LISTS,
);

const tcvn3Notice = fodt(
  p(vnH('ỦY BAN NHÂN DÂN'), 'Centre') +
    p(vnH('XÃ ĐA TỐN'), 'Centre') +
    p(vnH('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'Centre') +
    p(vn('Độc lập - Tự do - Hạnh phúc'), 'Centre') +
    p(vn('Số: 08/TB-UBND'), 'Centre') +
    p(vn('Đa Tốn, ngày 20 tháng 5 năm 2025'), 'Centre') +
    p(vnH('THÔNG BÁO'), 'Centre') +
    t('Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về phòng chống thiên tai năm 2025', 'Centre') +
    p(vn('Ngày 18/5/2025, ông Nguyễn Văn Tâm - Chủ tịch UBND xã chủ trì cuộc họp về phòng chống thiên tai năm 2025.')) +
    p(`${esc('Sau khi nghe ý kiến các thành viên, ')}${vn('ông Nguyễn Văn Tâm kết luận như sau:')}`) +
    p(vn('1. Các thôn rà soát các hộ dân ở vùng trũng, hoàn thành trước ngày 01/6/2025.')) +
    p(vn('2. Giao Ban Chỉ huy quân sự xã chủ trì chuẩn bị lực lượng, phương tiện ứng cứu.')) +
    p(vn('Văn phòng UBND xã thông báo để các thôn biết, thực hiện./.')) +
    p(vn('Nơi nhận:')) +
    p(vn('- Các thôn;')) +
    p(vn('- Lưu: VT.')) +
    p(vnH('TM. ỦY BAN NHÂN DÂN'), 'Centre') +
    p(vnH('CHỦ TỊCH'), 'Centre') +
    p(vn('Nguyễn Văn Tâm'), 'Centre'),
);

const DOCUMENTS = { partyNotice, stateMinutes, tcvn3Notice };
let dir: string;
const read = new Map<string, Recognition>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bienban-recognise-'));
  const files = await Promise.all(
    Object.entries(DOCUMENTS).map(async ([name, xml]) => {
      const path = join(dir, `${name}.fodt`);
      await writeFile(path, xml);
      return path;
    }),
  );
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      dir,
      ...files,
    ],
    { timeout: 120_000 },
  );
  for (const name of Object.keys(DOCUMENTS)) {
    const content = await readDocxFile(join(dir, `${name}.docx`));
    read.set(name, recognize(docxLines(content.body), { id: name }));
  }
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sourceOf = (r: Recognition, field: string) => {
  const f = r.fields.find((x) => x.field === field);
  return f ? f.lines.map((n) => r.lines.find((l) => l.n === n)!.text) : [];
};

describe('a Party notice in NFD: Word numbering on three levels, layout tables', () => {
  it('header, number, date and signer read as the Party format', () => {
    const r = read.get('partyNotice')!;
    expect(r.kind).toBe('notice');
    expect(r.profileId).toBe('hd36-2018');
    const m = r.meeting;
    expect(m.issuer).toMatchObject({
      parentBody: 'HUYỆN ỦY GIA LÂM',
      name: 'BAN TỔ CHỨC',
      code: 'BTCHU',
      placeName: 'Gia Lâm',
    });
    expect(m.notice).toMatchObject({ number: '27', date: '2025-04-10', status: 'issued', archive: 'Văn phòng' });
    expect(m.notice.recipients).toEqual([
      { text: 'Thường trực Huyện ủy', note: '(b/c)' },
      { text: 'Đảng ủy xã Kiêu Kỵ', note: '(t/h)' },
    ]);
    expect(m.notice.signers).toEqual([
      { heading: '', authority: 'TM', authorityOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Lê Văn Hùng' },
    ]);
    expect(sourceOf(r, 'notice.number')).toEqual(['Số 27-TB/BTCHU']);
  });

  it('the opening gives date, chair, host, subject and who attended', () => {
    const m = read.get('partyNotice')!.meeting;
    expect(m.date).toBe('2025-04-08');
    expect(m.presiding).toMatchObject({ title: 'đồng chí', name: 'Lê Văn Hùng', position: 'Phó Bí thư Huyện ủy' });
    expect(m.host).toBe('Đảng ủy xã Kiêu Kỵ');
    expect(m.subject).toBe('công tác chuẩn bị đại hội');
    expect(m.attendeeGroups).toHaveLength(1);
    expect(m.attendeeGroups[0]!.leadIn).toBe('Cùng dự có');
    expect(m.attendeeGroups[0]!.members).toMatchObject([
      { kind: 'person', name: 'Phạm Thị Hoa', position: 'Trưởng Ban Tổ chức Huyện ủy' },
      { kind: 'phrase', text: 'lãnh đạo các ban xây dựng Đảng' },
    ]);
  });

  it('the outline: parts I-/II-, items 1-, sub-items a), tracking data from the text, then the paragraph after', () => {
    const r = read.get('partyNotice')!;
    const { parts, after } = r.meeting.conclusions;
    expect(parts.map((p) => p.heading)).toEqual(['Đánh giá chung', 'Nhiệm vụ trọng tâm']);
    expect(parts[0]!.items.map((i) => i.text)).toEqual([
      'Đảng ủy xã đã chủ động xây dựng kế hoạch, phân công nhiệm vụ cụ thể.',
    ]);
    const [first, second] = parts[1]!.items;
    expect(first!.items.map((s) => s.text)).toEqual([
      'Rà soát số liệu kinh tế - xã hội.',
      'Lấy ý kiến đóng góp của nhân dân.',
    ]);
    expect(first!.task).toMatchObject({ lead: 'Văn phòng Đảng ủy', deadline: { kind: 'date', date: '2025-06-30' } });
    expect(first!.task.printAssignment).toBe(false);
    expect(second!.text).toBe('Chuẩn bị nhân sự theo đúng quy trình.');
    expect(second!.task.lead).toBe('');
    expect(after).toBe('Trên đây là kết luận của đồng chí Phó Bí thư Huyện ủy.');
    expect(r.fields.find((f) => f.field === `conclusions.${first!.id}.task`)?.uncertain).toBe(true);
    expect(r.meeting.notice.closing).toBe('Ban Tổ chức Huyện ủy thông báo để Đảng ủy xã Kiêu Kỵ biết, thực hiện.');
  });
});

describe('a state record: items numbered by their paragraph style (Heading 1 -> a), b))', () => {
  it('the facts, attendee groups with attendance, reports, opinions', () => {
    const r = read.get('stateMinutes')!;
    expect(r.kind).toBe('minutes');
    expect(r.profileId).toBe('nd30-2020');
    const m = r.meeting;
    expect(m.issuer.name).toBe('ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM');
    expect(m.minutes).toMatchObject({ number: '12', date: '', status: 'draft' });
    expect(m).toMatchObject({ date: '2025-05-15', startTime: '14:00', endTime: '16:30' });
    expect(m.place).toBe('Phòng họp số 2, trụ sở Ủy ban nhân dân huyện');
    expect(m.attendeeGroups.map((g) => g.heading)).toEqual(['Về phía Ủy ban nhân dân huyện, có', 'Về phía các xã, có']);
    expect(m.attendeeGroups[0]!.members).toMatchObject([
      { kind: 'person', title: 'ông', name: 'Nguyễn Việt Hà', attendance: 'present', minutesLine: null },
      {
        kind: 'person',
        name: 'Trần Thu Hương',
        attendance: 'excused',
        absenceReason: 'đi công tác',
        minutesLine: null,
      },
    ]);
    expect(m.attendeeGroups[1]!.members).toMatchObject([
      { kind: 'phrase', text: 'Chủ tịch Ủy ban nhân dân các xã Đa Tốn, Kiêu Kỵ' },
    ]);
    expect(m.presiding).toMatchObject({ name: 'Nguyễn Việt Hà', position: 'Chủ tịch Ủy ban nhân dân huyện' });
    expect(m.secretary).toMatchObject({ title: 'bà', name: 'Lê Thị Mai', position: 'Chuyên viên Văn phòng' });
    expect(m.reports).toMatchObject([
      {
        presenter: 'Ông Đỗ Văn Nam, Phó Trưởng phòng Tài nguyên và Môi trường',
        title: 'tiến độ giải phóng mặt bằng các dự án trọng điểm',
        text: 'Đến nay đã bàn giao 80% diện tích.',
      },
    ]);
    expect(m.discussion).toMatchObject([
      { speaker: 'Ông Phạm Văn Bình, Chủ tịch UBND xã Đa Tốn', text: 'đề nghị hỗ trợ kinh phí di dời.' },
    ]);
  });

  it('items a) with dash sub-items, a task with its unit in charge, signers with names', () => {
    const m = read.get('stateMinutes')!.meeting;
    expect(m.minutes.conclusionsHeading).toBe('Kết luận của Chủ tọa:');
    const items = m.conclusions.parts.flatMap((p) => p.items);
    expect(items.map((i) => i.text)).toEqual([
      'Các xã hoàn thành kiểm đếm trong tháng 6.',
      'Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Tài nguyên và Môi trường, hoàn thành trước ngày 30/6/2025.',
    ]);
    expect(items[0]!.items.map((s) => s.text)).toEqual([
      'Xã Đa Tốn: tổ chức đối thoại với các hộ dân.',
      'Xã Kiêu Kỵ: niêm yết công khai phương án bồi thường.',
    ]);
    expect(items[1]!.task).toMatchObject({
      lead: 'Phòng Tài chính - Kế hoạch',
      support: ['Phòng Tài nguyên và Môi trường'],
      deadline: { kind: 'date', date: '2025-06-30' },
    });
    expect(m.minutes.signers.map((s) => [s.position, s.name])).toEqual([
      ['THƯ KÝ', 'Lê Thị Mai'],
      ['CHỦ TỌA', 'Nguyễn Việt Hà'],
    ]);
  });
});

describe('a notice typed in TCVN3 fonts, mixed with Unicode runs, header as plain paragraphs', () => {
  it('reads in Unicode with every field of the state format', () => {
    const r = read.get('tcvn3Notice')!;
    expect(r.kind).toBe('notice');
    expect(r.profileId).toBe('nd30-2020');
    const m = r.meeting;
    expect(m.issuer).toMatchObject({
      parentBody: '',
      name: 'ỦY BAN NHÂN DÂN\nXÃ ĐA TỐN',
      code: 'UBND',
      placeName: 'Đa Tốn',
    });
    expect(m.notice).toMatchObject({ number: '08', date: '2025-05-20', archive: 'VT' });
    expect(m.notice.summary).toBe(
      'Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về phòng chống thiên tai năm 2025',
    );
    expect(m.kind).toBe('meeting');
    expect(m.subject).toBe('phòng chống thiên tai năm 2025');
    expect(m.date).toBe('2025-05-18');
    expect(m.presiding).toMatchObject({ title: 'ông', name: 'Nguyễn Văn Tâm', position: 'Chủ tịch UBND xã' });
    expect(m.notice.leadIn).toBe('Sau khi nghe ý kiến các thành viên, ông Nguyễn Văn Tâm kết luận như sau:');
    const items = m.conclusions.parts.flatMap((p) => p.items);
    expect(items.map((i) => i.text)).toEqual([
      'Các thôn rà soát các hộ dân ở vùng trũng, hoàn thành trước ngày 01/6/2025.',
      'Giao Ban Chỉ huy quân sự xã chủ trì chuẩn bị lực lượng, phương tiện ứng cứu.',
    ]);
    expect(items[0]!.task.deadline).toEqual({ kind: 'date', date: '2025-06-01' });
    expect(items[1]!.task.lead).toBe('Ban Chỉ huy quân sự xã');
    expect(m.notice.recipients).toEqual([{ text: 'Các thôn', note: '' }]);
    expect(m.notice.signers).toEqual([
      { heading: '', authority: 'TM', authorityOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Tâm' },
    ]);
    expect(r.empty).toEqual(['Thành phần tham dự']);
  });
});
