/** The content rules of issue #8: what the secretary typed prints, and only that, in the structures real documents use. */
import { describe, expect, it } from 'vitest';
import { generatedAssignment } from '../../src/shared/layout/generated';
import { balancedLines } from '../../src/shared/layout/header';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import type { LayoutBlock, LayoutParagraph, OfficialLayout } from '../../src/shared/layout/types';
import { dueDate } from '../../src/shared/model/deadline';
import { Meeting, type MeetingInput, Task } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { formatMismatch } from '../../src/shared/profile/formatMismatch';
import { FormatProfile } from '../../src/shared/profile/schema';
import { formatOfficialDate, formatShortDate } from '../../src/shared/text/vietnamese';

const meeting = (input: Partial<MeetingInput> = {}): Meeting =>
  Meeting.parse({ schemaVersion: 2, id: 'm', profile: { id: 'nd30-2020', version: 1 }, ...input });

function paragraphs(blocks: readonly LayoutBlock[]): LayoutParagraph[] {
  return blocks.flatMap((b) =>
    b.type === 'paragraph'
      ? [b]
      : b.type === 'columns'
        ? b.columns.flatMap((c) => c.blocks.filter((x): x is LayoutParagraph => x.type === 'paragraph'))
        : [],
  );
}
const textOf = (p: LayoutParagraph) => p.runs.map((r) => r.text).join('');
const byRole = (l: OfficialLayout, role: string) =>
  paragraphs(l.blocks)
    .filter((p) => p.role === role)
    .map(textOf);

describe('dates in running text', () => {
  it('zero before days under 10 and months 1 and 2 only, as on the date line', () => {
    expect(formatShortDate('2026-06-05')).toBe('05/6/2026');
    expect(formatShortDate('2021-02-23')).toBe('23/02/2021');
    expect(formatShortDate('2026-03-10')).toBe('10/3/2026');
    const l = layoutDocument(meeting({ date: '2026-03-10' }), 'notice', ND30_2020);
    expect(byRole(l, 'opening')[0]).toMatch(/^Ngày 10\/3\/2026, /);
  });

  it('a draft dated by month and year prints the day blank', () => {
    expect(formatOfficialDate('2026-06')).toBe('ngày      tháng 6 năm 2026');
    const m = meeting({ issuer: { placeName: 'Lâm Đồng' }, notice: { date: '2026-06' } });
    expect(byRole(layoutDocument(m, 'notice', ND30_2020), 'place-date')).toEqual([
      'Lâm Đồng, ngày      tháng 6 năm 2026',
    ]);
    expect(Meeting.safeParse({ ...m, notice: { ...m.notice, date: '2026-13' } }).success).toBe(false);
  });
});

describe('the issuing body name', () => {
  const measure = (t: string) => t.length;
  it('breaks between the words that belong together, never inside them', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN XÃ MINH PHÚ', 20, measure)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ MINH PHÚ']);
    expect(balancedLines('ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ', 16, measure)).toEqual(['ĐẢNG ỦY', 'ĐẶC KHU PHÚ QUÝ']);
    expect(balancedLines('BAN THƯỜNG VỤ HUYỆN ỦY', 14, measure)).toEqual(['BAN THƯỜNG VỤ', 'HUYỆN ỦY']);
    expect(balancedLines('BAN TỔ CHỨC', 40, measure)).toEqual(['BAN TỔ CHỨC']);
  });

  it('breaks where the secretary typed a line break', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN XÃ\nMINH PHÚ', 100, measure)).toEqual(['ỦY BAN NHÂN DÂN XÃ', 'MINH PHÚ']);
  });

  it('the commune People’s Committee prints on two lines split before XÃ', () => {
    const l = layoutDocument(
      meeting({ issuer: { name: 'Ủy ban nhân dân xã Minh Phú thuộc tỉnh Lâm Đồng' } }),
      'notice',
      ND30_2020,
    );
    const lines = byRole(l, 'issuing-body');
    expect(lines.join(' ')).toBe('ỦY BAN NHÂN DÂN XÃ MINH PHÚ THUỘC TỈNH LÂM ĐỒNG');
    expect(lines.some((x) => /ỦY BAN NHÂN$|^DÂN/.test(x))).toBe(false);
  });
});

describe('no dangling blanks', () => {
  it('no `Thư ký: .`, no `với .....`, no empty opinion', () => {
    const m = meeting({
      presiding: { name: 'Nguyễn Văn A', position: 'Chủ tịch' },
      discussion: [{ id: 'o', speaker: 'các đại biểu dự họp', text: '' }],
    });
    const minutes = layoutDocument(m, 'minutes', ND30_2020);
    expect(byRole(minutes, 'fact-secretary')).toEqual(['Thư ký: .....']);
    expect(minutes.plainText).not.toContain('với .....');
    expect(byRole(minutes, 'opinion')).toEqual(['- các đại biểu dự họp.']);
    const notice = layoutDocument(m, 'notice', ND30_2020);
    expect(notice.plainText).not.toContain('với .....');
    expect(byRole(notice, 'summary')[0]).toBe('Kết luận của Chủ tịch Nguyễn Văn A tại buổi làm việc về .....');
  });
});

describe('typed phrases print as typed; generated ones follow the facts', () => {
  it('summary, opening, lead-in, conclusions heading, closing', () => {
    const m = meeting({
      host: 'Bộ Tài chính',
      subject: 'dự toán',
      notice: {
        summary: 'Kết luận cuộc họp về dự toán ngân sách năm 2027',
        opening: 'Ngày 05/6/2026, Phó Thủ tướng chủ trì cuộc họp.\nCùng dự có đại diện các bộ.',
        leadIn: '',
        closing: 'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện.',
      },
      minutes: { conclusionsHeading: 'Các ý kiến thống nhất:' },
      conclusions: { parts: [{ id: 'p', items: [{ id: 'i', text: 'Thống nhất dự toán.' }] }] },
    });
    const n = layoutDocument(m, 'notice', ND30_2020);
    expect(byRole(n, 'summary')).toEqual(['Kết luận cuộc họp về dự toán ngân sách năm 2027']);
    expect(byRole(n, 'opening')).toEqual([
      'Ngày 05/6/2026, Phó Thủ tướng chủ trì cuộc họp.',
      'Cùng dự có đại diện các bộ.',
    ]);
    expect(byRole(n, 'lead-in')).toEqual([]);
    expect(byRole(n, 'closing')).toEqual(['Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.']);
    const mi = layoutDocument(m, 'minutes', ND30_2020);
    expect(byRole(mi, 'conclusions')).toEqual(['1. Các ý kiến thống nhất:']);
    expect(mi.plainText).not.toContain('Kết luận của');
  });

  it('a cleared closing sentence moves the closing mark to the end of the body, once', () => {
    const m = meeting({
      notice: { closing: '' },
      conclusions: { parts: [{ id: 'p', items: [{ id: 'i', text: 'Rà soát.' }] }], after: 'Trên đây là kết luận.' },
    });
    const l = layoutDocument(m, 'notice', HD36_2018);
    expect(byRole(l, 'after')).toEqual(['Trên đây là kết luận./.']);
    expect(l.plainText.split('./.').length - 1).toBe(1);
  });

  it('the minutes’ signers print as typed, any number, two to a row', () => {
    const signers = ['TÀI CHÍNH', 'XÂY DỰNG', 'CÔNG THƯƠNG', 'NỘI VỤ', 'TƯ PHÁP', 'Y TẾ'].map((s, i) => ({
      heading: `ĐẠI DIỆN SỞ ${s}`,
      position: i % 2 ? 'GIÁM ĐỐC' : 'PHÓ GIÁM ĐỐC',
      name: `Người ký ${i + 1}`,
    }));
    const l = layoutDocument(meeting({ minutes: { signers } }), 'minutes', HD36_2018);
    const rows = l.blocks.filter((b) => b.type === 'columns' && b.role === 'signature');
    expect(rows).toHaveLength(3);
    for (const [r, row] of rows.entries()) {
      if (row.type !== 'columns') throw new Error();
      expect(row.columns).toHaveLength(2);
      row.columns.forEach((c, k) => {
        const texts = c.blocks.filter((b): b is LayoutParagraph => b.type === 'paragraph').map(textOf);
        const s = signers[r * 2 + k]!;
        expect(texts.filter(Boolean)).toEqual([s.heading, s.position, s.name]);
      });
    }
    const chair = layoutDocument(
      meeting({ minutes: { signers: [{ position: 'CHỦ TRÌ', name: 'A' }] } }),
      'minutes',
      ND30_2020,
    );
    expect(byRole(chair, 'signature-position')).toEqual(['CHỦ TRÌ']);
  });
});

describe('attendees', () => {
  const groups: MeetingInput['attendeeGroups'] = [
    {
      id: 'g',
      heading: 'Thành phần tham dự',
      leadIn: 'Cùng dự có',
      members: [
        {
          kind: 'person',
          id: 'a',
          title: 'bà',
          name: 'Phạm Thị Hương',
          position: 'Chánh Văn phòng',
          unit: 'Văn phòng UBND tỉnh',
        },
        {
          kind: 'person',
          id: 'b',
          title: 'ông',
          name: 'Nguyễn Đình Chiến',
          position: 'Phó Giám đốc',
          unit: 'Sở Công Thương',
        },
        {
          kind: 'person',
          id: 'c',
          title: 'ông',
          name: 'Lê Văn Tám',
          position: 'Giám đốc Sở Xây dựng',
          unit: 'Sở Xây dựng',
          attendance: 'excused',
          absenceReason: 'đi công tác',
        },
      ],
    },
  ];

  it('the unit prints unless the position names it; the reason of an absence prints; heading and lead-in are two fields', () => {
    const state = layoutDocument(meeting({ attendeeGroups: groups }), 'minutes', ND30_2020);
    expect(byRole(state, 'attendee-group')).toEqual(['Thành phần tham dự:']);
    expect(byRole(state, 'attendee')).toEqual([
      'Bà: Phạm Thị Hương - Chánh Văn phòng UBND tỉnh;',
      'Ông: Nguyễn Đình Chiến - Phó Giám đốc Sở Công Thương;',
      'Ông: Lê Văn Tám - Giám đốc Sở Xây dựng (vắng: đi công tác).',
    ]);
    const party = layoutDocument(meeting({ attendeeGroups: groups }), 'minutes', HD36_2018);
    expect(byRole(party, 'attendee')[0]).toBe('- bà Phạm Thị Hương - Chánh Văn phòng UBND tỉnh;');
    const notice = layoutDocument(meeting({ attendeeGroups: groups }), 'notice', ND30_2020);
    expect(byRole(notice, 'opening')[0]).toContain(
      ' Cùng dự có bà Phạm Thị Hương - Chánh Văn phòng UBND tỉnh; ông Nguyễn Đình Chiến - Phó Giám đốc Sở Công Thương.',
    );
    expect(notice.plainText).not.toContain('Thành phần tham dự');
  });
});

describe('the conclusions outline', () => {
  const outline: MeetingInput['conclusions'] = {
    parts: [
      {
        id: 'p1',
        heading: 'ĐÁNH GIÁ CHUNG',
        text: 'Năm 2025, xã đã hoàn thành 18/20 chỉ tiêu.\nTuy nhiên, còn hạn chế.',
      },
      {
        id: 'p2',
        heading: 'NHIỆM VỤ THỜI GIAN TỚI',
        items: [
          { id: 'i1', text: 'Về công tác xây dựng Đảng:\n- Kiện toàn chi bộ;\n- Phát triển đảng viên.' },
          {
            id: 'i2',
            text: 'Các bộ, cơ quan:',
            items: [
              { id: 's1', text: 'Bộ Tài chính:\n- Chủ trì thẩm định dự toán.' },
              { id: 's2', text: 'Bộ Xây dựng:\n- Hướng dẫn định mức.' },
            ],
          },
        ],
      },
    ],
    after: 'Trên đây là kết luận của đồng chí Bí thư.',
  };

  it('headed parts I., II., items numbered afresh, sub-items 2.1., bullets and paragraphs as typed, then the paragraphs after', () => {
    const l = layoutDocument(meeting({ conclusions: outline }), 'notice', ND30_2020);
    const body = paragraphs(l.blocks)
      .filter((p) => ['part', 'part-text', 'item', 'item-text', 'sub-item', 'sub-item-text', 'after'].includes(p.role!))
      .map(textOf);
    expect(body).toEqual([
      'I. ĐÁNH GIÁ CHUNG',
      'Năm 2025, xã đã hoàn thành 18/20 chỉ tiêu.',
      'Tuy nhiên, còn hạn chế.',
      'II. NHIỆM VỤ THỜI GIAN TỚI',
      '1. Về công tác xây dựng Đảng:',
      '- Kiện toàn chi bộ;',
      '- Phát triển đảng viên.',
      '2. Các bộ, cơ quan:',
      '2.1. Bộ Tài chính:',
      '- Chủ trì thẩm định dự toán.',
      '2.2. Bộ Xây dựng:',
      '- Hướng dẫn định mức.',
      'Trên đây là kết luận của đồng chí Bí thư.',
    ]);
  });

  it('numbering styles come from the profile: `Một là,` and `a)`', () => {
    const custom = FormatProfile.parse({
      ...ND30_2020,
      id: 'van-phong',
      builtIn: false,
      content: { ...ND30_2020.content, notice: { part: 'roman', item: 'words', subItem: 'alpha' } },
    });
    const l = layoutDocument(meeting({ conclusions: outline }), 'notice', custom);
    expect(byRole(l, 'item')).toEqual(['Một là, Về công tác xây dựng Đảng:', 'Hai là, Các bộ, cơ quan:']);
    expect(byRole(l, 'sub-item')).toEqual(['a) Bộ Tài chính:', 'b) Bộ Xây dựng:']);
    const minutes = layoutDocument(meeting({ conclusions: outline }), 'minutes', ND30_2020);
    expect(byRole(minutes, 'item')).toEqual(['a) Về công tác xây dựng Đảng:', 'b) Các bộ, cơ quan:']);
  });
});

describe('tasks: tracking data prints only where asked, never twice', () => {
  const task = (t: Partial<Task>) => Task.parse({ printAssignment: true, ...t });

  it('leaves out what the text already says', () => {
    const text = 'Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, báo cáo UBND tỉnh trước ngày 30/7/2026.';
    expect(
      generatedAssignment(
        task({ lead: 'Sở Tài chính', support: ['Sở Xây dựng'], deadline: { kind: 'date', date: '2026-07-30' } }),
        text,
      ),
    ).toBe('');
    expect(generatedAssignment(task({ lead: 'Sở Tài chính', support: ['Sở Nội vụ'] }), text)).toBe(
      'Phối hợp với Sở Nội vụ.',
    );
    expect(
      generatedAssignment(
        task({ lead: 'Sở Y tế', deadline: { kind: 'relative', text: 'trong thời hạn 03 ngày làm việc' } }),
        'Rà soát.',
      ),
    ).toBe('Giao Sở Y tế chủ trì, hoàn thành trong thời hạn 03 ngày làm việc.');
    expect(
      generatedAssignment(task({ lead: 'Sở Y tế', deadline: { kind: 'period', text: 'hằng quý' } }), 'Báo cáo.'),
    ).toBe('Giao Sở Y tế chủ trì, thực hiện hằng quý.');
  });

  it('off by default: the lead and deadline do not print', () => {
    const m = meeting({
      conclusions: {
        parts: [
          {
            id: 'p',
            items: [
              { id: 'i', text: 'Rà soát.', task: { lead: 'Sở Y tế', deadline: { kind: 'date', date: '2026-06-05' } } },
            ],
          },
        ],
      },
    });
    const l = layoutDocument(m, 'notice', ND30_2020);
    expect(byRole(l, 'item')).toEqual(['1. Rà soát.']);
    m.conclusions.parts[0]!.items[0]!.task.printAssignment = true;
    expect(byRole(layoutDocument(m, 'notice', ND30_2020), 'item')).toEqual([
      '1. Rà soát. Giao Sở Y tế chủ trì, hoàn thành trước ngày 05/6/2026.',
    ]);
  });

  it('computes a due date where the phrase allows', () => {
    const dates = { date: '2026-06-05', noticeDate: '2026-06-10' };
    const rel = (text: string) => dueDate({ kind: 'relative', text }, dates);
    // Friday 05/6/2026 + 3 working days = Wednesday 10/6/2026.
    expect(rel('trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp')).toBe('2026-06-10');
    expect(rel('trong 2 tuần kể từ ngày ký')).toBe('2026-06-24');
    expect(rel('trong tháng 6/2026')).toBe('2026-06-30');
    expect(rel('trong quý II năm 2026')).toBe('2026-06-30');
    expect(rel('hoàn thành trong quý 4/2026')).toBe('2026-12-31');
    expect(rel('sớm nhất có thể')).toBe('');
    expect(dueDate({ kind: 'period', text: 'hằng quý' }, dates)).toBe('');
  });
});

describe('format mismatch', () => {
  it('warns for a state body in the Party format and a Party body in the state format', () => {
    expect(formatMismatch({ name: 'Ủy ban nhân dân xã Minh Phú', parentBody: '' }, HD36_2018)).toMatch(
      /là cơ quan nhà nước nhưng văn bản đang theo thể thức của Đảng/,
    );
    expect(formatMismatch({ name: 'Đảng ủy đặc khu Phú Quý', parentBody: 'Đảng bộ tỉnh Lâm Đồng' }, ND30_2020)).toMatch(
      /là cơ quan của Đảng nhưng văn bản đang theo thể thức nhà nước/,
    );
    expect(formatMismatch({ name: 'BAN TỔ CHỨC', parentBody: 'THÀNH ỦY HÀ NỘI' }, HD36_2018)).toBeNull();
    expect(formatMismatch({ name: 'ỦY BAN NHÂN DÂN HUYỆN GIA LÂM', parentBody: '' }, ND30_2020)).toBeNull();
    expect(formatMismatch({ name: '', parentBody: '' }, ND30_2020)).toBeNull();
  });
});
