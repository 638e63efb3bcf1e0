import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { estimateTextWidthTwip } from '../../src/shared/layout/textWidth';
import type {
  LayoutBlock,
  LayoutColumns,
  LayoutParagraph,
  LayoutRule,
  OfficialLayout,
} from '../../src/shared/layout/types';
import { isTracked, Meeting, type MeetingInput, outlineEntries } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import type { FormatProfile } from '../../src/shared/profile/schema';
import { seedMeeting, stateMeeting } from '../backend/docx-fixtures';

const PROFILES = [ND30_2020, HD36_2018] as const;
const KINDS = ['notice', 'minutes'] as const;

function flat(blocks: LayoutBlock[]): Array<LayoutParagraph | LayoutRule> {
  return blocks.flatMap((b) => (b.type === 'columns' ? b.columns.flatMap((c) => c.blocks) : [b]));
}
const text = (p: LayoutParagraph | LayoutRule | undefined) =>
  p && p.type === 'paragraph' ? p.runs.map((r) => r.text).join('') : '';
const byRole = (l: OfficialLayout, role: string) => flat(l.blocks).filter((b) => b.role === role);
const one = (l: OfficialLayout, role: string) => {
  const found = byRole(l, role);
  expect(found, `role ${role}`).toHaveLength(1);
  return found[0]!;
};
const columns = (l: OfficialLayout, role: string) =>
  l.blocks.find((b): b is LayoutColumns => b.type === 'columns' && b.role === role);

function meeting(input: Partial<MeetingInput> = {}): Meeting {
  return Meeting.parse({ schemaVersion: 2, id: 'm1', profile: { id: 'nd30-2020', version: 1 }, ...input });
}

describe('number line and date line', () => {
  it('HD36 writes `Số 15-TB/BTCTU`, ND30 `Số: 05/TB-UBND`', () => {
    expect(text(one(layoutDocument(seedMeeting(), 'notice', HD36_2018), 'number'))).toBe('Số 15-TB/BTCTU');
    expect(text(one(layoutDocument(stateMeeting(), 'notice', ND30_2020), 'number'))).toBe('Số: 05/TB-UBND');
  });

  it('an unassigned number stays blank, never invented', () => {
    const m = meeting({ issuer: { code: 'VP' }, notice: { number: '' } });
    expect(text(one(layoutDocument(m, 'notice', ND30_2020), 'number'))).toBe('Số:      /TB-VP');
    expect(text(one(layoutDocument(m, 'minutes', ND30_2020), 'number'))).toBe('Số:      /BB-VP');
  });

  it('place and date with the official leading zeros, italic, on the notice only for ND30 minutes', () => {
    const seed = layoutDocument(seedMeeting(), 'notice', HD36_2018);
    const date = one(seed, 'place-date') as LayoutParagraph;
    expect(text(date)).toBe('Hà Nội, ngày 25 tháng 02 năm 2021');
    expect(date.runs[0]).toMatchObject({ italic: true, sizePt: 14 });
    expect(text(one(layoutDocument(stateMeeting(), 'notice', ND30_2020), 'place-date'))).toBe(
      'Gia Lâm, ngày 14 tháng 3 năm 2024',
    );
    expect(byRole(layoutDocument(stateMeeting(), 'minutes', ND30_2020), 'place-date')).toHaveLength(0);
    expect(byRole(layoutDocument(seedMeeting(), 'minutes', HD36_2018), 'place-date')).toHaveLength(1);
  });

  it('number and date sit in the same row of the same column widths', () => {
    const l = layoutDocument(seedMeeting(), 'notice', HD36_2018);
    const head = columns(l, 'header')!;
    const row = columns(l, 'header-number')!;
    expect(row.columns.map((c) => c.widthTwip)).toEqual(head.columns.map((c) => c.widthTwip));
    expect(row.columns[0]!.blocks[0]!.role).toBe('number');
    expect(row.columns[1]!.blocks[0]!.role).toBe('place-date');
  });
});

describe('header block', () => {
  it.each(PROFILES)('%s: parent body not bold, issuing body bold, both upper-case', (profile) => {
    const l = layoutDocument(seedMeeting(), 'notice', profile);
    const parent = one(l, 'parent-body') as LayoutParagraph;
    const issuer = one(l, 'issuing-body') as LayoutParagraph;
    expect(text(parent)).toBe('THÀNH ỦY HÀ NỘI');
    expect(parent.runs[0]!.bold).toBeFalsy();
    expect(text(issuer)).toBe('BAN TỔ CHỨC');
    expect(issuer.runs[0]!.bold).toBe(true);
    expect(issuer.runs[0]!.sizePt).toBe(profile.header.issuingBody.sizePt);
  });

  it('omits the parent body when there is none', () => {
    expect(byRole(layoutDocument(stateMeeting(), 'notice', ND30_2020), 'parent-body')).toHaveLength(0);
  });

  it('ND30: rule 1/3-1/2 of the issuer name, motto rule as long as the motto; HD36: asterisk and rule under the Party title', () => {
    const nd = layoutDocument(seedMeeting(), 'notice', ND30_2020);
    const nameW = estimateTextWidthTwip('BAN TỔ CHỨC', 12, true);
    const issuerRule = one(nd, 'issuer-rule') as LayoutRule;
    expect(issuerRule.widthTwip).toBeGreaterThanOrEqual(nameW / 3);
    expect(issuerRule.widthTwip).toBeLessThanOrEqual(nameW / 2);
    expect((one(nd, 'motto-rule') as LayoutRule).widthTwip).toBe(
      estimateTextWidthTwip('Độc lập - Tự do - Hạnh phúc', 13, true),
    );
    expect(text(one(nd, 'national-title'))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(byRole(nd, 'issuer-asterisk')).toHaveLength(0);

    const hd = layoutDocument(seedMeeting(), 'notice', HD36_2018);
    expect(text(one(hd, 'issuer-asterisk'))).toBe('*');
    expect(byRole(hd, 'issuer-rule')).toHaveLength(0);
    expect(byRole(hd, 'motto')).toHaveLength(0);
    const title = one(hd, 'national-title') as LayoutParagraph;
    expect(title.runs[0]).toMatchObject({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', sizePt: 15, bold: true, noWrap: true });
    expect((one(hd, 'national-rule') as LayoutRule).widthTwip).toBe(
      estimateTextWidthTwip('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true),
    );
  });

  it.each(PROFILES)(
    '%s: the right column is wide enough for the one-line title, and columns fill the text width',
    (profile) => {
      const l = layoutDocument(seedMeeting(), 'notice', profile);
      const head = columns(l, 'header')!;
      const [left, right] = head.columns.map((c) => c.widthTwip);
      expect(left! + right!).toBe(l.page.textWidthTwip);
      const h = profile.header;
      expect(right).toBeGreaterThan(estimateTextWidthTwip(h.nationalTitle.text, h.nationalTitle.style.sizePt, true));
      expect(left! / l.page.textWidthTwip).toBeGreaterThan(0.3);
    },
  );
});

describe('title', () => {
  it('HD36 summary starts lower-case with dashes under it; ND30 starts with a capital and has a rule', () => {
    const hd = layoutDocument(seedMeeting(), 'notice', HD36_2018);
    expect(text(one(hd, 'document-type'))).toBe('THÔNG BÁO');
    expect(text(one(hd, 'summary'))).toBe(
      'kết luận của đồng chí Vũ Đức Bảo, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy tại buổi làm việc với Ban Thường vụ Quận ủy Long Biên về chương trình công tác năm 2021',
    );
    expect(text(one(hd, 'summary-dashes'))).toBe('-----');
    expect((one(hd, 'document-type') as LayoutParagraph).runs[0]!.sizePt).toBe(16);

    const nd = layoutDocument(seedMeeting(), 'notice', ND30_2020);
    // State documents put the position before the name.
    expect(text(one(nd, 'summary'))).toMatch(
      /^Kết luận của Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy Vũ Đức Bảo tại buổi làm việc/,
    );
    const r = one(nd, 'summary-rule') as LayoutRule;
    expect(r.widthTwip).toBeGreaterThan(nd.page.textWidthTwip / 3 - 1);
    expect(r.widthTwip).toBeLessThanOrEqual(nd.page.textWidthTwip / 2);
  });

  it('minutes use the meeting title, or generate `Buổi làm việc của ... với ... về ...`', () => {
    const seed = layoutDocument(seedMeeting(), 'minutes', ND30_2020);
    expect(text(one(seed, 'document-type'))).toBe('BIÊN BẢN');
    expect(text(one(seed, 'summary'))).toBe(
      'Buổi làm việc của Ban Tổ chức Thành ủy với Ban Thường vụ Quận ủy Long Biên về chương trình công tác năm 2021',
    );
    const titled = layoutDocument({ ...seedMeeting(), title: 'Hội nghị sơ kết quý I' }, 'minutes', HD36_2018);
    // Typed, in the profile's case: HD36 summaries start in lower case.
    expect(text(one(titled, 'summary'))).toBe('hội nghị sơ kết quý I');
    const meetingKind = layoutDocument({ ...seedMeeting(), kind: 'meeting' }, 'minutes', ND30_2020);
    expect(text(one(meetingKind, 'summary'))).toMatch(/^Cuộc họp của /);
  });
});

describe('notice body', () => {
  const seed = layoutDocument(seedMeeting(), 'notice', HD36_2018);

  it('opens with the fixed formula and the attendee groups', () => {
    const opening = text(one(seed, 'opening'));
    expect(opening).toMatch(
      /^Ngày 23\/02\/2021, đồng chí Vũ Đức Bảo - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy chủ trì buổi làm việc với Ban Thường vụ Quận ủy Long Biên về chương trình công tác năm 2021\. /,
    );
    expect(opening).toContain(
      'Cùng dự có đồng chí Trần Đình Cảnh - TUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy; đồng chí Nguyễn Thanh Minh',
    );
    expect(opening).toContain('Về phía quận Long Biên, có các đồng chí trong Ban Thường vụ Quận ủy');
  });

  it('leaves absent members out of the opening but shows delegates', () => {
    const opening = text(one(layoutDocument(stateMeeting(), 'notice', ND30_2020), 'opening'));
    expect(opening).not.toContain('Hoàng Đức Thịnh');
    expect(opening).toContain('(dự thay bà Đỗ Minh Châu');
  });

  it('the lead-in names presenter, report, speakers and the chair', () => {
    expect(text(one(seed, 'lead-in'))).toMatch(
      /^Sau khi nghe .+ báo cáo kết quả thực hiện nhiệm vụ năm 2020, chương trình công tác năm 2021.*, đồng chí Vũ Đức Bảo kết luận như sau:$/,
    );
  });

  it('prints a typed opening and lead-in as typed', () => {
    const m = seedMeeting();
    m.notice.opening = 'Mở đầu riêng.';
    m.notice.leadIn = 'Dẫn riêng:';
    const l = layoutDocument(m, 'notice', ND30_2020);
    expect(text(one(l, 'opening'))).toBe('Mở đầu riêng.');
    expect(text(one(l, 'lead-in'))).toBe('Dẫn riêng:');
  });

  it('numbers the assessment 1. and the directives 2.1., 2.2.; no assignment sentence unless turned on', () => {
    const m = stateMeeting();
    const l = layoutDocument(m, 'notice', ND30_2020);
    const items = byRole(l, 'item').map(text);
    expect(items[0]).toMatch(/^1\. /);
    expect(items[1]).toMatch(/^2\. /);
    const tasks = outlineEntries(m.conclusions).filter(isTracked);
    const directives = byRole(l, 'sub-item').map(text);
    expect(directives).toHaveLength(tasks.length);
    directives.forEach((d, i) => expect(d).toBe(`2.${i + 1}. ${tasks[i]!.text}`));
    expect(l.plainText).not.toMatch(/Giao [^.]+ chủ trì/);
  });

  it('prints the assignment sentence where turned on, in the official date style', () => {
    const m = stateMeeting();
    const task = outlineEntries(m.conclusions).filter(isTracked)[0]!;
    task.task.printAssignment = true;
    task.task.deadline = { kind: 'date', date: '2024-04-05' };
    const l = layoutDocument(m, 'notice', ND30_2020);
    expect(text(byRole(l, 'sub-item')[0])).toMatch(
      /\. Giao [^.]+ chủ trì, phối hợp với [^.]+, hoàn thành trước ngày 05\/4\/2024\.$/,
    );
  });

  it.each(PROFILES)('%s: the closing mark appears exactly once, at the very end of the body', (profile) => {
    for (const m of [seedMeeting(), stateMeeting()]) {
      for (const kind of KINDS) {
        const l = layoutDocument(m, kind, profile);
        expect(l.plainText.split('./.').length - 1).toBe(1);
        expect(text(one(l, 'closing')).endsWith('./.')).toBe(true);
      }
    }
  });

  it('the notice closing names the issuing office', () => {
    expect(text(one(seed, 'closing'))).toBe(
      'Văn phòng Ban Tổ chức Thành ủy thông báo để Ban Thường vụ Quận ủy Long Biên và các cơ quan, đơn vị liên quan biết, thực hiện./.',
    );
    const m = seedMeeting();
    m.notice.closing = 'Trên đây là kết luận của đồng chí Trưởng Ban./.';
    expect(text(one(layoutDocument(m, 'notice', HD36_2018), 'closing'))).toBe(
      'Trên đây là kết luận của đồng chí Trưởng Ban./.',
    );
  });
});

describe('minutes body', () => {
  const l = layoutDocument(seedMeeting(), 'minutes', ND30_2020);
  it('lists the facts of Mẫu 1.9 in order', () => {
    const roles = flat(l.blocks).map((b) => b.role);
    const order = [
      'fact-start',
      'fact-place',
      'fact-attendees',
      'fact-presiding',
      'fact-secretary',
      'fact-content',
    ].map((r) => roles.indexOf(r));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text(one(l, 'fact-start'))).toBe('Thời gian bắt đầu: 08 giờ 00 phút, ngày 23 tháng 02 năm 2021.');
    expect(text(one(l, 'fact-place'))).toBe('Địa điểm: Trụ sở Quận ủy Long Biên.');
    expect(text(one(l, 'closing'))).toBe('Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 23 tháng 02 năm 2021./.');
  });

  it('lists attendees one per line in the profile style and marks attendance', () => {
    const lines = byRole(layoutDocument(stateMeeting(), 'minutes', ND30_2020), 'attendee').map(text);
    expect(lines.every((x) => /^(Ông|Bà): |^- /.test(x))).toBe(true);
    expect(lines).toContain('Ông: Phạm Quốc Tuấn - Phó Giám đốc Sở Giáo dục và Đào tạo;');
    const party = byRole(layoutDocument(stateMeeting(), 'minutes', HD36_2018), 'attendee').map(text);
    expect(party.every((x) => x.startsWith('- '))).toBe(true);
    expect(lines.some((x) => /Hoàng Đức Thịnh.*\(vắng có lý do\)/.test(x))).toBe(true);
    expect(lines.some((x) => /Đỗ Minh Châu.*\(cử .+ dự thay\)/.test(x))).toBe(true);
  });

  it('has two signatures side by side: secretary left, chair right, positions as typed', () => {
    for (const profile of PROFILES) {
      const sig = columns(layoutDocument(seedMeeting(), 'minutes', profile), 'signature')!;
      expect(sig.columns).toHaveLength(2);
      expect(text(sig.columns[0]!.blocks.find((b) => b.role === 'signature-position'))).toBe('THƯ KÝ');
      expect(text(sig.columns[1]!.blocks.find((b) => b.role === 'signature-position'))).toBe('CHỦ TRÌ');
      expect(text(sig.columns[1]!.blocks.find((b) => b.role === 'signature-name'))).toBe('Vũ Đức Bảo');
      expect(sig.columns[1]!.blocks.filter((b) => b.role === 'signature-space')).toHaveLength(
        profile.signature.blankLines,
      );
    }
  });
});

describe('signature and recipients', () => {
  it('authority prefixes: ND30 `TL. CHỦ TỊCH`, HD36 `T/L TRƯỞNG BAN`', () => {
    expect(text(one(layoutDocument(stateMeeting(), 'notice', ND30_2020), 'signature-authority'))).toBe('TL. CHỦ TỊCH');
    expect(text(one(layoutDocument(seedMeeting(), 'notice', HD36_2018), 'signature-authority'))).toBe('T/L TRƯỞNG BAN');
    const m = seedMeeting();
    m.notice.signers = [
      { heading: '', authority: 'KT', authorityOf: 'trưởng ban', position: 'phó trưởng ban', name: 'Nguyễn Văn A' },
    ];
    const l = layoutDocument(m, 'notice', HD36_2018);
    expect(text(one(l, 'signature-authority'))).toBe('K/T TRƯỞNG BAN');
    expect(text(one(l, 'signature-position'))).toBe('PHÓ TRƯỞNG BAN');
    expect(text(one(l, 'signature-name'))).toBe('Nguyễn Văn A');
  });

  it('recipients: ND30 11 pt ending `;` and `- Lưu: VT, ...`; HD36 12 pt ending `,` and `- Lưu ...`', () => {
    const nd = layoutDocument(stateMeeting(), 'notice', ND30_2020);
    const ndLines = byRole(nd, 'recipient') as LayoutParagraph[];
    expect(text(ndLines[0])).toBe('- Thường trực Huyện ủy (b/c);');
    expect(ndLines.every((p) => text(p).endsWith(';') && p.runs[0]!.sizePt === 11)).toBe(true);
    expect(text(one(nd, 'recipient-archive'))).toBe('- Lưu: VT, VP.');
    const label = one(nd, 'recipients-label') as LayoutParagraph;
    expect(label.runs[0]).toMatchObject({ text: 'Nơi nhận:', bold: true, italic: true, sizePt: 12 });

    const hd = layoutDocument(seedMeeting(), 'notice', HD36_2018);
    const hdLines = byRole(hd, 'recipient') as LayoutParagraph[];
    expect(hdLines.every((p) => text(p).endsWith(',') && p.runs[0]!.sizePt === 12)).toBe(true);
    expect(text(one(hd, 'recipient-archive'))).toBe('- Lưu Văn phòng.');
    const hdLabel = one(hd, 'recipients-label') as LayoutParagraph;
    expect(hdLabel.runs[0]).toMatchObject({ underline: true, sizePt: 14 });
    expect(hdLabel.runs[0]!.bold).toBeFalsy();
  });

  it('ND30 files with VT first even when the archive omits it', () => {
    const m = stateMeeting();
    m.notice.archive = 'Hồ sơ';
    expect(text(one(layoutDocument(m, 'notice', ND30_2020), 'recipient-archive'))).toBe('- Lưu: VT, Hồ sơ.');
  });
});

describe('missing facts and text hygiene', () => {
  it.each(PROFILES)('%s: an empty meeting lays out with blanks, no invented names or dates', (profile) => {
    for (const kind of KINDS) {
      const l = layoutDocument(meeting(), kind, profile);
      expect(l.plainText).toContain('.....');
      expect(l.plainText).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
      expect(l.plainText).not.toMatch(/ngày \d/);
      expect(l.plainText).not.toContain('undefined');
      expect(l.plainText.split('./.').length - 1).toBe(1);
    }
    expect(text(one(layoutDocument(meeting(), 'notice', profile), 'opening'))).toBe(
      'Ngày ..... tháng ..... năm ....., đồng chí ..... chủ trì buổi làm việc về ......',
    );
  });

  it('normalises NFD to NFC and strips XML-forbidden characters from every run', () => {
    const m = meeting({ host: 'Long Bie\u0302n\u0007', subject: 'ca\u0301c vie\u0323\u0302c\u0000' });
    const l = layoutDocument(m, 'notice', ND30_2020);
    expect(l.plainText).toContain('Long Biên');
    expect(l.plainText).toContain('các việc');
    expect(l.plainText).not.toMatch(/[\u0000-\u0008]/);
  });

  it('file stem: type code, number, issuer code, date, ASCII only', () => {
    expect(layoutDocument(seedMeeting(), 'notice', HD36_2018).fileStem).toBe('TB-15-BTCTU-2021-02-25');
    expect(layoutDocument(stateMeeting(), 'notice', ND30_2020).fileStem).toBe('TB-5-UBND-2024-03-14');
    expect(layoutDocument(meeting({ issuer: { code: 'ĐU/Bắc' } }), 'minutes', ND30_2020).fileStem).toBe('BB-DU-Bac');
  });
});

describe('layout is pure data from the profile', () => {
  it('an office copy with other sizes and margins changes the layout, not the code', () => {
    const office: FormatProfile = {
      ...ND30_2020,
      id: 'office',
      body: { ...ND30_2020.body, sizePt: 13 },
      page: { ...ND30_2020.page, marginLeftMm: 35 },
    };
    const l = layoutDocument(seedMeeting(), 'notice', office);
    expect(l.page.marginLeftTwip).toBe(1985);
    expect((one(l, 'closing') as LayoutParagraph).runs[0]!.sizePt).toBe(13);
    expect(JSON.parse(JSON.stringify(l))).toEqual(l);
  });
});

describe('long issuing bodies', () => {
  it('split in two balanced lines when the column is too narrow, and the rule follows the longer line', () => {
    const l = layoutDocument(stateMeeting(), 'notice', ND30_2020);
    expect(byRole(l, 'issuing-body').map(text)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN GIA LÂM']);
    const ruleW = (one(l, 'issuer-rule') as LayoutRule).widthTwip;
    const longest = estimateTextWidthTwip('ỦY BAN NHÂN DÂN', 12, true);
    expect(ruleW).toBeGreaterThanOrEqual(longest / 3);
    expect(ruleW).toBeLessThanOrEqual(longest / 2);
  });
});
