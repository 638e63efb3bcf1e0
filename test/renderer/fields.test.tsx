/** What the date and time fields say about text that is not a value (the e2e suite types it and leaves the field). */
import { dateProblem, timeProblem } from '../../src/renderer/components/fields';

it('names a date the calendar does not have, and otherwise shows the expected shape', () => {
  expect(dateProblem('31/02/2026')).toBe('Ngày 31/02/2026 không có thật.');
  expect(dateProblem('31/2')).toBe('Nhập ngày dạng ngày/tháng/năm, ví dụ 23/02/2021.');
});

it('repeats the time that was typed', () => {
  expect(timeProblem('25:00')).toBe('Giờ "25:00" không hợp lệ: nhập giờ:phút (24 giờ), ví dụ 08:00 hoặc 14:30.');
});
