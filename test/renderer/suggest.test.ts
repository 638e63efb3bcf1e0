import type { DirectoryEntry } from '../../src/shared/model/library';
import { suggestEntries } from '../../src/renderer/lib/suggest';

const e = (id: string, name: string, position = '', unit = '', useCount = 0): DirectoryEntry => ({
  id,
  name,
  position,
  unit,
  title: 'đồng chí',
  useCount,
  lastUsedAt: '',
});

const dir = [
  e('1', 'Vũ Đức Bảo', 'Trưởng Ban Tổ chức Thành ủy', 'Ban Tổ chức Thành ủy', 5),
  e('2', 'Nguyễn Thanh Minh', 'Phó trưởng Ban Tổ chức Thành ủy', 'Ban Tổ chức Thành ủy', 2),
  e('3', 'Trần Đình Cảnh', 'Phó trưởng ban thường trực', 'Ban Tổ chức Thành ủy', 9),
  e('4', 'Đỗ Minh Đức', 'Phó trưởng Ban Tổ chức Thành ủy', '', 1),
];

describe('directory suggestions', () => {
  it('matches without accents, as a secretary types on a plain keyboard', () => {
    expect(suggestEntries(dir, 'duc bao', 'name').map((s) => s.value)).toEqual(['Vũ Đức Bảo']);
    expect(suggestEntries(dir, 'đức', 'name').map((s) => s.entry.id)).toEqual(['1', '4']);
  });

  it('ranks name starts before word starts before substrings, then by use', () => {
    const people = [e('a', 'Thanh Hà', '', '', 99), e('b', 'Hà Anh', '', '', 50), e('c', 'Anh Tuấn', '', '', 0)];
    expect(suggestEntries(people, 'anh', 'name').map((s) => s.value)).toEqual(['Anh Tuấn', 'Hà Anh', 'Thanh Hà']);
    expect(suggestEntries(dir, 'minh', 'name').map((s) => s.value)).toEqual(['Nguyễn Thanh Minh', 'Đỗ Minh Đức']);
  });

  it('lists a repeated position only once', () => {
    const positions = suggestEntries(dir, 'pho truong', 'position').map((s) => s.value);
    expect(positions).toEqual(['Phó trưởng ban thường trực', 'Phó trưởng Ban Tổ chức Thành ủy']);
  });

  it('suggests nothing for an empty query or when exactly the typed text matches', () => {
    expect(suggestEntries(dir, '  ', 'name')).toEqual([]);
    expect(suggestEntries(dir, 'Vũ Đức Bảo', 'name')).toEqual([]);
  });

  it('respects the limit', () => {
    const many = Array.from({ length: 50 }, (_, i) => e(String(i), `Nguyễn Văn ${i}`));
    expect(suggestEntries(many, 'nguyen', 'name', 8)).toHaveLength(8);
  });
});
