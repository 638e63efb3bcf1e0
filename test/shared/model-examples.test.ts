/** The shipped examples: they load, and the seed keeps every fact of the news report it comes from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblems } from '../../src/shared/model/errors';
import { isTracked, outlineEntries, type Meeting } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { builtinProfile } from '../../src/shared/profile/builtin';

const EXAMPLES = join(__dirname, '..', '..', 'resources', 'examples');

function load(name: string): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')));
  if (!r.ok) throw new Error(describeProblems(r.problems));
  return r.value;
}

describe('the Long Biên seed (HD36)', () => {
  const m = load('long-bien-2021-02-23.json');
  const all = JSON.stringify(m);

  it('is a Party working session on 23/02/2021', () => {
    expect(m.profile).toEqual({ id: 'hd36-2018', version: 1 });
    expect(builtinProfile(m.profile.id)).toBeDefined();
    expect(m).toMatchObject({
      kind: 'working_session',
      date: '2021-02-23',
      host: 'Ban Thường vụ Quận ủy Long Biên',
      subject: 'chương trình công tác năm 2021',
    });
    expect(m.presiding).toMatchObject({
      name: 'Vũ Đức Bảo',
      position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy',
    });
    expect(m.issuer).toMatchObject({
      parentBody: 'THÀNH ỦY HÀ NỘI',
      name: 'BAN TỔ CHỨC',
      code: 'BTCTU',
      placeName: 'Hà Nội',
    });
  });

  it('keeps both attendee groups with every person and phrase', () => {
    expect(m.attendeeGroups.map((g) => g.leadIn)).toEqual(['Cùng dự có', 'Về phía quận Long Biên, có']);
    const people = m.attendeeGroups[0]!.members.flatMap((x) =>
      x.kind === 'person' ? [`${x.name} - ${x.position}`] : [],
    );
    expect(people).toEqual([
      'Trần Đình Cảnh - TUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy',
      'Nguyễn Thanh Minh - Phó trưởng Ban Tổ chức Thành ủy',
    ]);
    expect(all).toContain('trưởng phòng nghiệp vụ, cán bộ Ban Tổ chức Thành ủy theo dõi quận Long Biên');
    expect(all).toContain('các đồng chí trong Ban Thường vụ Quận ủy, Lãnh đạo HĐND, UBND Quận');
    expect(all).toContain('Trưởng các đơn vị: phòng Nội vụ, VPQU, VP HĐND&UBND Quận');
  });

  it('keeps every figure of the 2020 report', () => {
    const report = m.reports.map((r) => r.text).join('\n');
    for (const figure of [
      '16/16',
      '09/16',
      '107%',
      '329%',
      '195%',
      'lần thứ IV',
      'nhiệm kỳ 2020-2025',
      '03 Chương trình',
      'MTTQ',
    ]) {
      expect(report).toContain(figure);
    }
  });

  it('turns the conclusions into assessment plus numbered directives, without invented deadlines', () => {
    const [assessment, ...tasks] = outlineEntries(m.conclusions);
    expect(assessment!.text).toContain('đánh giá cao tinh thần đoàn kết');
    const directives = tasks.filter(isTracked);
    expect(directives.length).toBeGreaterThanOrEqual(5);
    expect(directives.every((d) => d.task.deadline.kind === 'none')).toBe(true);
    expect(directives.every((d) => !d.task.printAssignment)).toBe(true);
    const texts = directives.map((d) => d.text).join('\n');
    for (const task of [
      'Quy chế làm việc',
      'Đại hội Đảng bộ Quận lần thứ IV',
      'kỷ luật, kỷ cương hành chính',
      'chính quyền đô thị',
      'đào tạo cán bộ',
      'Đề án 21',
    ]) {
      expect(texts).toContain(task);
    }
  });

  it('is ready to issue: notice signer and recipients, minutes signers', () => {
    expect(m.notice.signers).toHaveLength(1);
    expect(m.notice.recipients[0]).toEqual({ text: 'Thường trực Thành ủy', note: '(b/c)' });
    expect(m.minutes.signers.map((s) => s.position)).toEqual(['THƯ KÝ', 'CHỦ TRÌ']);
  });
});

describe('the Gia Lâm state example (ND30)', () => {
  const m = load('ubnd-gia-lam-2024-03-12.json');

  it('is a state working session with an ND30 profile and a TL. signer', () => {
    expect(m.profile.id).toBe('nd30-2020');
    expect(m.issuer.code).toBe('UBND');
    expect(m.notice.signers[0]).toMatchObject({
      authority: 'TL',
      authorityOf: 'CHỦ TỊCH',
      position: 'CHÁNH VĂN PHÒNG',
    });
  });

  it('exercises attendance other than present and dated directives', () => {
    const kinds = new Set(
      m.attendeeGroups.flatMap((g) => g.members.flatMap((x) => (x.kind === 'person' ? [x.attendance] : []))),
    );
    expect(kinds).toEqual(new Set(['present', 'delegate', 'excused']));
    expect(outlineEntries(m.conclusions).some((d) => d.task.deadline.kind === 'date')).toBe(true);
    expect(m.discussion.length).toBeGreaterThan(0);
  });
});
