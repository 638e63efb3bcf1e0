import { Meeting, type MeetingInput } from '../../src/shared/model/meeting';
import { Settings } from '../../src/shared/model/library';
import { foldVietnamese } from '../../src/shared/text/vietnamese';
import { newPeople } from '../../src/renderer/lib/directory';
import { applySettingsDefaults, changedByDefaults } from '../../src/renderer/lib/defaults';

const meeting = (patch: Partial<MeetingInput> = {}) =>
  Meeting.parse({ schemaVersion: 2, id: 'm1', profile: { id: 'hd36-2018', version: 1 }, ...patch });

describe('new people for the directory', () => {
  const m = meeting({
    presiding: { name: 'Vũ Đức Bảo', position: 'Trưởng Ban Tổ chức Thành ủy' },
    attendeeGroups: [
      {
        id: 'g1',
        leadIn: 'Cùng dự có',
        members: [
          { kind: 'person', id: 'p1', name: 'Trần Đình Cảnh', position: 'Phó trưởng ban thường trực' },
          { kind: 'person', id: 'p2', name: '  ', position: 'Chưa rõ' },
          { kind: 'phrase', id: 'x', text: 'các đồng chí trưởng phòng' },
          { kind: 'person', id: 'p3', name: 'vu duc bao', position: 'truong ban to chuc thanh uy' },
        ],
      },
    ],
  });

  it('lists named people not yet in the directory, once, ignoring accents and case', () => {
    const known = [
      {
        id: 'd1',
        name: 'Trần Đình Cảnh',
        position: 'Phó trưởng ban thường trực',
        unit: '',
        title: 'đồng chí',
        useCount: 1,
        lastUsedAt: '',
      },
    ];
    const fresh = newPeople(m, known);
    expect(fresh).toHaveLength(1);
    expect(foldVietnamese(fresh[0]!.name)).toBe('vu duc bao');
  });

  it('adds nothing when everyone is known', () => {
    const first = newPeople(m, []);
    const asEntries = first.map((p, i) => ({ ...p, id: `d${i}`, useCount: 0, lastUsedAt: '' }));
    expect(newPeople(m, asEntries)).toEqual([]);
  });
});

describe('settings defaults for a blank meeting', () => {
  const settings = Settings.parse({
    defaultIssuer: { name: 'BAN TỔ CHỨC', parentBody: 'THÀNH ỦY HÀ NỘI', code: 'BTCTU', placeName: 'Hà Nội' },
    defaultSigners: {
      notice: [{ authority: 'TL', authorityOf: 'BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG', name: 'A' }],
    },
  });

  it('fills an empty issuing body and signers', () => {
    const before = meeting();
    const after = applySettingsDefaults(before, settings);
    expect(after.issuer.name).toBe('BAN TỔ CHỨC');
    expect(after.notice.signers[0]?.authority).toBe('TL');
    expect(after.minutes.signers).toEqual([]);
    expect(changedByDefaults(before, after)).toBe(true);
  });

  it('keeps what a template already filled', () => {
    const before = meeting({ issuer: { name: 'ỦY BAN NHÂN DÂN QUẬN' }, notice: { signers: [{ name: 'B' }] } });
    const after = applySettingsDefaults(before, settings);
    expect(after.issuer.name).toBe('ỦY BAN NHÂN DÂN QUẬN');
    expect(after.notice.signers.map((x) => x.name)).toEqual(['B']);
  });
});
