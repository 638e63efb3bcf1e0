/** The library's tasks as follow-up rows; a task carried over three sessions is one task with one history. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyTaskChange, FollowupTable, type NoticeRef, taskOneLine, taskRows } from '../../../src/shared/followup';
import { describeProblems } from '../../../src/shared/model/errors';
import { layoutDocument } from '../../../src/shared/layout/layoutDocument';
import { type DocumentKind, type Meeting, openTasksOf, outlineEntries } from '../../../src/shared/model/meeting';
import { builtinProfile } from '../../../src/shared/profile/builtin';
import { parseMeeting } from '../../../src/shared/model/parse';

const EXAMPLES = join(__dirname, '..', '..', '..', 'resources', 'examples');
function load(name: string): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')));
  if (!r.ok) throw new Error(describeProblems(r.problems));
  return r.value;
}
const numberOf = (n: NoticeRef) => `${n.number}/TB`;

it('an example file without follow-up fields parses with an empty history', () => {
  const m = load('ubnd-gia-lam-2024-03-12.json');
  const t = outlineEntries(m.conclusions).find((e) => e.id === 'd-gpmb')!.task;
  expect(t).toMatchObject({ status: 'in_progress', doneOn: '', pauseReason: '', history: [] });
});

describe('rows of the examples on 2024-04-28', () => {
  const m = load('ubnd-gia-lam-2024-03-12.json');
  const rows = taskRows([m], { today: '2024-04-28', numberOf });

  it('one row per tracked task, soonest due first, with source, unit and state', () => {
    expect(rows.map((r) => [r.taskId, r.dueDate, r.state])).toEqual([
      ['d-gpmb', '2024-04-30', 'due_soon'],
      ['d-tuyen-sinh', '2024-05-15', 'not_due'],
      ['d-von', '2024-06-30', 'not_due'],
      ['d-thi-cong', '2024-08-15', 'not_due'],
      ['d-theo-doi', '', 'no_deadline'],
    ]);
    expect(rows[0]).toMatchObject({
      meetingId: m.id,
      lead: 'Ủy ban nhân dân các xã Đa Tốn, Kiêu Kỵ, Dương Xá',
      source: { number: '5/TB', date: '2024-03-14' },
    });
  });

  it('filters by unit without accents, by state, due window and search; tiles count the rest', () => {
    const table = new FollowupTable(rows);
    expect(table.filter({ unit: 'phong tai chinh' }).map((r) => r.taskId)).toEqual(['d-von']);
    expect(table.filter({ unit: 'KIÊU KỴ' }).map((r) => r.taskId)).toEqual(['d-gpmb']);
    expect(table.filter({ dueBefore: '2024-05-15' }).map((r) => r.taskId)).toEqual(['d-gpmb']);
    expect(table.filter({ dueFrom: '2024-05-15', dueBefore: '2024-07-01' }).map((r) => r.taskId)).toEqual([
      'd-tuyen-sinh',
      'd-von',
    ]);
    expect(table.filter({ year: 2023 })).toEqual([]);
    const q = table.query({ states: ['not_due'] });
    expect(q.indices).toHaveLength(3);
    expect(q.counts).toMatchObject({ total: 5, due_soon: 1, not_due: 3, no_deadline: 1, overdue: 0 });
  });
});

it('a task followed over three sessions is one row, from the first notice, with one history', () => {
  const first = load('ubnd-gia-lam-2024-03-12.json');
  const gpmb = outlineEntries(first.conclusions).find((e) => e.id === 'd-gpmb')!;
  gpmb.task = applyTaskChange(gpmb.task, { note: 'Đã bàn giao 60% mặt bằng.' }, '2024-04-01');
  const session = (from: Meeting, id: string, date: string): Meeting => ({
    ...from,
    id,
    date,
    notice: { ...from.notice, number: '', date: '' },
    previousId: from.id,
    conclusions: openTasksOf(from, ['d-gpmb']),
  });
  const second = session(first, 'phien-2', '2024-05-10');
  const carried = outlineEntries(second.conclusions)[0]!;
  carried.task = applyTaskChange(
    carried.task,
    { deadline: '2024-06-30', decidedBy: 'Chủ tịch UBND huyện' },
    '2024-05-10',
  );
  const third = session(second, 'phien-3', '2024-06-20');
  const last = outlineEntries(third.conclusions)[0]!;
  last.task = applyTaskChange(last.task, { status: 'done', doneOn: '2024-06-25' }, '2024-06-25');

  expect(last.id).toBe('d-gpmb');
  expect(last.task.history.map((e) => [e.date, e.kind])).toEqual([
    ['2024-04-01', 'note'],
    ['2024-05-10', 'extension'],
    ['2024-06-25', 'done'],
  ]);
  const rows = taskRows([first, second, third], { today: '2024-07-01', numberOf }).filter((r) => r.taskId === 'd-gpmb');
  expect(rows).toEqual([
    expect.objectContaining({
      meetingId: 'phien-3',
      source: { number: '5/TB', date: '2024-03-14' },
      sourceMeetingId: first.id,
      deadline: '2024-06-30',
      extended: true,
      state: 'done_on_time',
      lastNote: 'Đã bàn giao 60% mặt bằng.',
    }),
  ]);
});

it('follow-up data never prints: the notice and minutes read the same after notes, extensions and done', () => {
  const m = load('vpcp-nha-o-xa-hoi-2026-06-05.json');
  const profile = builtinProfile(m.profile.id)!;
  const before = ['notice', 'minutes'].map((k) => layoutDocument(m, k as DocumentKind, profile).plainText);
  for (const e of outlineEntries(m.conclusions)) {
    e.task = applyTaskChange(
      e.task,
      {
        status: 'done',
        doneOn: '2026-07-01',
        note: 'Đã báo cáo Thủ tướng.',
        deadline: '2026-08-01',
        decidedBy: 'Thủ tướng',
      },
      '2026-07-01',
    );
  }
  const after = ['notice', 'minutes'].map((k) => layoutDocument(m, k as DocumentKind, profile).plainText);
  expect(after).toEqual(before);
  expect(after.join('\n')).not.toContain('Đã báo cáo Thủ tướng');
});

it('a task heading with bullets reads on one line in lists and letters', () => {
  expect(taskOneLine('Bộ Xây dựng:\n- Chủ trì hoàn thiện dự thảo Nghị định;\n- Hướng dẫn các địa phương.')).toBe(
    'Bộ Xây dựng: Chủ trì hoàn thiện dự thảo Nghị định; Hướng dẫn các địa phương',
  );
  expect(taskOneLine('Rà soát quy hoạch cán bộ.')).toBe('Rà soát quy hoạch cán bộ');
});
