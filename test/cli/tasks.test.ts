/** `bienban tasks` through the real CLI on a library of the examples, on fixed days. */
import { join } from 'node:path';
import { ensureCliBuilt, removeTempDirs, ROOT, runCli, tempDir } from './cliRunner';

const EXAMPLES = ['ubnd-gia-lam-2024-03-12.json', 'vpcp-nha-o-xa-hoi-2026-06-05.json', 'long-bien-2021-02-23.json'];

interface JsonTask {
  meetingId: string;
  taskId: string;
  text: string;
  lead: string;
  support: string[];
  deadline: string;
  dueDate: string;
  state: string;
  source: { number: string; date: string };
}

let dir = '';
const tasks = (...args: string[]) => runCli(['tasks', '--data-dir', dir, ...args]);
const json = (...args: string[]): JsonTask[] => {
  const r = tasks(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonTask[];
};

beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir();
  const r = runCli([
    'library',
    'import',
    '--data-dir',
    dir,
    ...EXAMPLES.map((f) => join(ROOT, 'resources', 'examples', f)),
  ]);
  expect(r.code).toBe(0);
});
afterAll(removeTempDirs);

it('--json lists every tracked task with its state on --today, soonest due first', () => {
  const all = json('--today', '2024-04-28');
  expect(all).toHaveLength(5 + 6 + 6);
  expect(all[0]).toEqual({
    meetingId: 'ubnd-gia-lam-2024-03-12',
    taskId: 'd-gpmb',
    text: 'Hoàn thành giải phóng mặt bằng 06 dự án trường học chậm tiến độ, bàn giao mặt bằng cho chủ đầu tư.',
    lead: 'Ủy ban nhân dân các xã Đa Tốn, Kiêu Kỵ, Dương Xá',
    support: ['Trung tâm Phát triển quỹ đất huyện', 'Phòng Tài nguyên và Môi trường'],
    deadline: '2024-04-30',
    dueDate: '2024-04-30',
    state: 'due_soon',
    source: { number: '05/TB-UBND', date: '2024-03-14' },
  });
  const bxd = all.find((t) => t.taskId === 's-bxd')!;
  expect(bxd).toMatchObject({ deadline: 'trong thời hạn 15 ngày kể từ ngày kết thúc cuộc họp', dueDate: '2026-06-20' });
  expect(all.find((t) => t.taskId === 'd-quy-che')).toMatchObject({
    state: 'no_deadline',
    source: { number: '15-TB/BTCTU' },
  });
});

it('filters by unit without accents, by state and by due date', () => {
  expect(json('--today', '2024-05-20', '--unit', 'phong giao duc').map((t) => [t.taskId, t.state])).toEqual([
    ['d-tuyen-sinh', 'overdue'],
  ]);
  expect(json('--today', '2024-05-20', '--state', 'overdue,due_soon').map((t) => t.taskId)).toEqual([
    'd-gpmb',
    'd-tuyen-sinh',
  ]);
  expect(json('--today', '2024-05-20', '--due-before', '2024-07-01').map((t) => t.taskId)).toEqual([
    'd-gpmb',
    'd-tuyen-sinh',
    'd-von',
  ]);
  // A supporting unit counts too.
  expect(json('--today', '2024-05-20', '--unit', 'Trung tâm Phát triển quỹ đất').map((t) => t.taskId)).toEqual([
    'd-gpmb',
  ]);
});

it('tasks set records completion, notes and extensions; the list then says so', () => {
  let r = tasks(
    'set',
    'ubnd-gia-lam-2024-03-12',
    'd-gpmb',
    '--status',
    'done',
    '--done-on',
    '2024-05-02',
    '--today',
    '2024-05-03',
  );
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toContain('hoàn thành quá hạn');
  r = tasks(
    'set',
    'ubnd-gia-lam-2024-03-12',
    'd-von',
    '--status',
    'in_progress',
    '--deadline',
    '2024-09-30',
    '--decided-by',
    'Chủ tịch UBND huyện',
    '--note',
    'Đã điều chuyển 12 tỷ đồng',
    '--today',
    '2024-06-20',
  );
  expect(r.code).toBe(0);
  const after = json('--today', '2024-07-15', '--unit', 'xa da ton');
  expect(after.map((t) => t.state)).toEqual(['done_late']);
  expect(json('--today', '2024-07-15', '--unit', 'Tài chính - Kế hoạch')[0]).toMatchObject({
    deadline: '2024-09-30',
    dueDate: '2024-09-30',
    state: 'not_due',
  });
});

it('refuses wrong input in Vietnamese', () => {
  let r = tasks('--state', 'late');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--state không nhận "late"');
  r = tasks('set', 'ubnd-gia-lam-2024-03-12', 'khong-co', '--status', 'done');
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('không có nhiệm vụ "khong-co"');
  r = tasks('set', 'ubnd-gia-lam-2024-03-12', 'd-thi-cong', '--status', 'finished');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--status không nhận "finished"');
  r = tasks('--today', '2024-02-30');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--today phải là một ngày có thật');
});
