/** The pre-export check and the format check, on the seed session and on meetings emptied the way a secretary would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { produce } from 'immer';
import { checkBeforeExport } from '../../src/shared/check/preExport';
import { checkFormat } from '../../src/shared/check/formatMatch';
import { bodyKind } from '../../src/shared/profile/formatMismatch';
import { Meeting } from '../../src/shared/model/meeting';
import { builtinProfile, HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { seedMeeting } from '../fixtures/storage/helpers';

const paths = (m: Meeting, kind: 'notice' | 'minutes') => checkBeforeExport(m, kind).map((f) => f.path);

describe('pre-export check', () => {
  it('asks the seed notice only for its signer name, and its minutes for number and signer names', () => {
    const seed = seedMeeting();
    expect(checkBeforeExport(seed, 'notice')).toEqual([
      { path: 'notice.signers.0.name', message: 'Người ký 1 chưa có họ tên.' },
    ]);
    expect(paths(seed, 'minutes')).toContain('minutes.number');
  });

  it('warns when every attendee was deleted', () => {
    const m = produce(seedMeeting(), (d) => {
      for (const g of d.attendeeGroups) g.members = [];
    });
    expect(checkBeforeExport(m, 'notice')).toContainEqual({
      path: 'attendeeGroups',
      message: 'Chưa có thành phần tham dự nào.',
    });
  });

  it('asks for the day of an issue date known only by month and year (it prints blanks)', () => {
    const m = produce(seedMeeting(), (d) => {
      d.notice.date = '2026-06';
    });
    expect(checkBeforeExport(m, 'notice')).toContainEqual({
      path: 'notice.date',
      message: 'Ngày ban hành mới có tháng và năm, chưa có ngày.',
    });
  });

  it('lists a blank meeting’s number, date, signer, end time and empty items with their fields', () => {
    const m = Meeting.parse({
      schemaVersion: 2,
      id: 'x',
      profile: { id: 'nd30-2020', version: 1 },
      conclusions: {
        parts: [
          {
            id: 'p1',
            items: [
              { id: 'd1', text: 'Rà soát quy hoạch', items: [{ id: 's1', text: '' }] },
              { id: 'd2', text: '  ' },
            ],
          },
        ],
      },
      minutes: { signers: [{ position: 'THƯ KÝ', name: '' }], recipients: [{ text: '' }] },
    });
    expect(checkBeforeExport(m, 'minutes').map((f) => `${f.path}: ${f.message}`)).toEqual([
      'minutes.number: Chưa có số văn bản.',
      'minutes.date: Chưa có ngày ban hành.',
      'minutes.signers.0.name: Người ký 1 chưa có họ tên.',
      'minutes.recipients.0.text: Nơi nhận 1 còn trống.',
      'date: Chưa có ngày họp.',
      'endTime: Chưa có giờ kết thúc.',
      'presiding.name: Chưa có họ tên người chủ trì.',
      'secretary.name: Chưa có họ tên thư ký.',
      'attendeeGroups: Chưa có thành phần tham dự nào.',
      'conclusions.parts.0.items.0.items.0.text: Kết luận, ý 1, mục 1, phần 1: nội dung còn trống.',
      'conclusions.parts.0.items.1.text: Kết luận, mục 2, phần 1: nội dung còn trống.',
    ]);
    expect(paths(m, 'notice')).toContain('notice.signers');
    expect(paths(m, 'notice')).not.toContain('endTime');
    expect(paths(m, 'notice')).toContain('presiding.name');
    expect(paths(m, 'notice')).not.toContain('secretary.name');
  });
});

describe('format check', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN QUẬN LONG BIÊN', 'state'],
    ['UỶ BAN NHÂN DÂN XÃ MINH PHÚ', 'state'],
    ['BỘ TÀI CHÍNH', 'state'],
    ['SỞ TÀI CHÍNH', 'state'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'state'],
    ['ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ', 'party'],
    ['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'party'],
    ['BAN THƯỜNG VỤ', 'party'],
    ['THÀNH ỦY HÀ NỘI', 'party'],
    ['QUẬN ỦY LONG BIÊN', 'party'],
    ['BAN TỔ CHỨC', 'unknown'],
    ['', 'unknown'],
  ])('%s is a %s body', (name, kind) => {
    expect(bodyKind(name)).toBe(kind);
  });

  it('warns about a state body in the Party format and a Party body in the state format, never about a match', () => {
    const state = produce(seedMeeting(), (d) => {
      d.issuer = { ...d.issuer, parentBody: '', name: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ' };
    });
    expect(checkFormat(state, HD36_2018)?.message).toMatch(/cơ quan nhà nước.*thể thức của Đảng/);
    expect(checkFormat(state, ND30_2020)).toBeNull();
    // BAN TỔ CHỨC says nothing by itself: its parent THÀNH ỦY HÀ NỘI makes it a Party body.
    expect(checkFormat(seedMeeting(), ND30_2020)).toMatchObject({ path: 'issuer.name' });
    expect(checkFormat(seedMeeting(), HD36_2018)).toBeNull();
  });
});

describe('the shipped examples', () => {
  const dir = join(__dirname, '..', '..', 'resources', 'examples');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))(
    '%s is in the format of its body: no warning, and the other format warns',
    (name) => {
      const m = Meeting.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      expect(checkFormat(m, builtinProfile(m.profile.id)!)).toBeNull();
      const other = m.profile.id === 'hd36-2018' ? ND30_2020 : HD36_2018;
      expect(checkFormat(m, other)?.message).toMatch(/^".+" là cơ quan/);
    },
  );
});
