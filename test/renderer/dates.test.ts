/** Issue dates typed in the editor: a full date, or only month and year while the day is not known. */
import { formatDocDate, parseDocDate } from '../../src/renderer/lib/dates';
import { formatOfficialDate } from '../../src/shared/text/vietnamese';

it.each([
  ['23/02/2021', '2021-02-23'],
  ['6/2026', '2026-06'],
  ['06/2026', '2026-06'],
  ['tháng 6/2026', '2026-06'],
  ['Tháng 6 năm 2026', '2026-06'],
  ['', ''],
])('"%s" is kept as %j', (typed, value) => {
  expect(parseDocDate(typed)).toBe(value);
});

it.each(['13/2026', '31/02/2026', '6/20', 'tháng sáu'])(
  '"%s" is not a date: the field keeps it and says so',
  (typed) => {
    expect(parseDocDate(typed)).toBeNull();
  },
);

it('a month and year shows as typed back and prints the blank for the day', () => {
  expect(formatDocDate('2026-06')).toBe('6/2026');
  expect(parseDocDate(formatDocDate('2026-06'))).toBe('2026-06');
  expect(formatOfficialDate('2026-06')).toMatch(/^ngày\s+tháng 6 năm 2026$/);
});
