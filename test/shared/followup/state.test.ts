/** Follow-up states at every boundary, against a fixed today, and the Vietnamese labels. */
import {
  applyTaskChange,
  effectiveDeadline,
  TASK_STATE_LABELS,
  taskDueDate,
  taskState,
} from '../../../src/shared/followup';
import { EMPTY_TASK, type Task } from '../../../src/shared/model/meeting';

const TODAY = '2026-06-10';
const task = (t: Partial<Task>): Task => ({ ...EMPTY_TASK, lead: 'Sở Y tế', ...t });
const stateOn = (t: Partial<Task>, due: string, days?: number) => taskState(task(t), due, TODAY, days);

describe('an open or in-progress task', () => {
  it('due today is sắp đến hạn, not yet quá hạn', () => {
    expect(stateOn({}, '2026-06-10')).toBe('due_soon');
  });
  it('due yesterday is quá hạn', () => {
    expect(stateOn({ status: 'in_progress' }, '2026-06-09')).toBe('overdue');
  });
  it('due in N days (default 3) is sắp đến hạn; N+1 days is trong hạn', () => {
    expect(stateOn({}, '2026-06-13')).toBe('due_soon');
    expect(stateOn({}, '2026-06-14')).toBe('not_due');
  });
  it('N comes from the caller (Settings)', () => {
    expect(stateOn({}, '2026-06-17', 7)).toBe('due_soon');
    expect(stateOn({}, '2026-06-18', 7)).toBe('not_due');
    expect(stateOn({}, '2026-06-11', 0)).toBe('not_due');
    expect(stateOn({}, '2026-06-10', 0)).toBe('due_soon');
  });
  it('without a due date is không thời hạn', () => {
    expect(stateOn({}, '')).toBe('no_deadline');
  });
});

describe('a done task', () => {
  it('done on the deadline is hoàn thành đúng hạn; a day late is hoàn thành quá hạn', () => {
    expect(stateOn({ status: 'done', doneOn: '2026-06-05' }, '2026-06-05')).toBe('done_on_time');
    expect(stateOn({ status: 'done', doneOn: '2026-06-06' }, '2026-06-05')).toBe('done_late');
  });
  it('is counted by its completion date, not by today', () => {
    expect(stateOn({ status: 'done', doneOn: '2026-05-01' }, '2026-05-02')).toBe('done_on_time');
  });
  it('without a deadline, or without a completion date, is on time: nothing says it was late', () => {
    expect(stateOn({ status: 'done', doneOn: '2026-06-06' }, '')).toBe('done_on_time');
    expect(stateOn({ status: 'done' }, '2026-01-01')).toBe('done_on_time');
  });
});

it('a paused task is tạm dừng whatever its deadline', () => {
  expect(stateOn({ status: 'paused', pauseReason: 'chờ quy hoạch' }, '2026-01-01')).toBe('paused');
});

it('labels are the Vietnamese of follow-up systems', () => {
  expect(Object.values(TASK_STATE_LABELS)).toEqual([
    'trong hạn',
    'sắp đến hạn',
    'quá hạn',
    'không thời hạn',
    'hoàn thành đúng hạn',
    'hoàn thành quá hạn',
    'tạm dừng',
  ]);
});

describe('relative deadlines count against their computed due date', () => {
  const meeting = { date: '2026-06-05', notice: { date: '2026-06-08' } };
  const rel = (text: string) => task({ deadline: { kind: 'relative', text } });

  it('15 days from the end of the meeting: due 2026-06-20', () => {
    const t = rel('trong thời hạn 15 ngày kể từ ngày kết thúc cuộc họp');
    expect(taskDueDate(t, meeting)).toBe('2026-06-20');
    expect(taskState(t, taskDueDate(t, meeting), '2026-06-17')).toBe('due_soon');
    expect(taskState(t, taskDueDate(t, meeting), '2026-06-21')).toBe('overdue');
  });
  it('3 working days from the meeting (a Friday): due the next Wednesday', () => {
    const t = rel('trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp');
    expect(taskDueDate(t, meeting)).toBe('2026-06-10');
    expect(taskState(t, '2026-06-10', TODAY)).toBe('due_soon');
  });
  it('30 days from signing: from the notice date', () => {
    expect(taskDueDate(rel('trong thời hạn 30 ngày kể từ ngày ký Thông báo này'), meeting)).toBe('2026-07-08');
  });
  it('a period has no due date: không thời hạn', () => {
    const t = task({ deadline: { kind: 'period', text: 'hằng quý' } });
    expect(taskDueDate(t, meeting)).toBe('');
    expect(taskState(t, '', TODAY)).toBe('no_deadline');
  });
});

describe('changes are recorded in the history, never in the issued deadline', () => {
  const issued = task({ deadline: { kind: 'date', date: '2026-06-05' } });

  it('an extension moves the due date and keeps the notice’s deadline', () => {
    const t = applyTaskChange(issued, { deadline: '2026-07-15', decidedBy: 'Thường trực UBND' }, TODAY, 'Thư ký');
    expect(t.deadline).toEqual({ kind: 'date', date: '2026-06-05' });
    expect(effectiveDeadline(t)).toEqual({ kind: 'date', date: '2026-07-15' });
    expect(taskDueDate(t, { date: '2026-06-01', notice: { date: '' } })).toBe('2026-07-15');
    expect(t.history).toEqual([
      expect.objectContaining({
        date: TODAY,
        kind: 'extension',
        decidedBy: 'Thường trực UBND',
        by: 'Thư ký',
      }),
    ]);
  });
  it('done without a date is done today; a note keeps its report number and date', () => {
    const t = applyTaskChange(
      issued,
      { status: 'done', note: 'Đã ban hành quy chế.', reportNumber: '15/BC-SYT', reportDate: '2026-06-09' },
      TODAY,
    );
    expect(t).toMatchObject({ status: 'done', doneOn: TODAY });
    expect(t.history.map((e) => e.kind)).toEqual(['note', 'done']);
    expect(t.history[0]).toMatchObject({
      text: 'Đã ban hành quy chế.',
      reportNumber: '15/BC-SYT',
      reportDate: '2026-06-09',
    });
    expect(taskState(t, '2026-06-05', TODAY)).toBe('done_late');
  });
  it('pausing keeps the reason; reopening clears the completion date', () => {
    const paused = applyTaskChange(issued, { status: 'paused', pauseReason: 'Chờ quy hoạch' }, TODAY);
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'Chờ quy hoạch' });
    const done = applyTaskChange(paused, { status: 'done', doneOn: '2026-06-01' }, TODAY);
    const reopened = applyTaskChange(done, { status: 'in_progress' }, TODAY);
    expect(reopened.doneOn).toBe('');
    expect(reopened.history.map((e) => e.kind)).toEqual(['pause', 'done', 'status']);
  });
});
