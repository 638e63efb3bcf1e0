import type { MeetingSummary } from '../../src/shared/model/library';
import { yearsOf } from '../../src/renderer/lib/library';
import { compareNewestFirst } from '../../src/shared/model/library';
import { officeSlug, profileCopyId } from '../../src/renderer/lib/profileCopy';

const s = (id: string, date: string, updatedAt = '2021-01-01T00:00:00Z'): MeetingSummary => ({
  id,
  date,
  subject: id,
  title: '',
  host: '',
  kind: 'working_session',
  presidingName: '',
  status: 'draft',
  profileId: 'hd36-2018',
  updatedAt,
});

describe('library list order and filters', () => {
  it('shows the newest meeting first, undated drafts on top, ties by last edit', () => {
    const list = [
      s('old', '2020-05-01'),
      s('new', '2021-02-23'),
      s('undated', ''),
      s('same-later', '2021-02-23', '2021-03-01T00:00:00Z'),
    ];
    expect(list.sort(compareNewestFirst).map((m) => m.id)).toEqual(['undated', 'same-later', 'new', 'old']);
  });

  it('offers each year once, newest first, keeping years seen before', () => {
    expect(yearsOf([s('a', '2021-02-23'), s('b', '2019-01-01'), s('c', '2021-12-31'), s('d', '')])).toEqual([
      2021, 2019,
    ]);
    expect(yearsOf([s('a', '2022-01-01')], [2021, 2019])).toEqual([2022, 2021, 2019]);
    const prev = [2021];
    expect(yearsOf([s('a', '2021-05-05')], prev)).toBe(prev);
  });
});

describe('profile copy ids', () => {
  it('names an office copy after the built-in it comes from', () => {
    expect(profileCopyId({ id: 'hd36-2018', builtIn: true }, 'BTC Thành ủy')).toBe('hd36-2018-btc-thanh-uy');
    expect(profileCopyId({ id: 'hd36-2018-btc', builtIn: false }, 'Quận ủy Long Biên')).toBe(
      'hd36-2018-quan-uy-long-bien',
    );
    expect(profileCopyId({ id: 'nd30-2020', builtIn: true }, '  ')).toBe('');
  });

  it('folds Vietnamese into a valid profile id', () => {
    expect(officeSlug('Đảng ủy phường Ngọc Thụy')).toBe('dang-uy-phuong-ngoc-thuy');
    expect(/^[a-z0-9][a-z0-9._-]*$/.test(profileCopyId({ id: 'nd30-2020', builtIn: true }, 'Sở Nội vụ!'))).toBe(true);
  });
});
