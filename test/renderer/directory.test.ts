import { Meeting, type MeetingInput } from '../../src/shared/model/meeting';
import { foldVietnamese } from '../../src/shared/text/vietnamese';
import { newPeople } from '../../src/renderer/lib/directory';

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
