/**
 * Theo dõi on a library of 60 sessions with 10 tasks each (600 tasks, three times what one window
 * of the list holds): the count and tiles cover all of them at once, the rows load as the list
 * scrolls, End reaches the very last task by keyboard, and a status set there is saved (the CLI
 * reads it back).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { ensureCliBuilt, runCli } from '../cli/cliRunner';
import { launchApp, makeTempDir, ROOT, type App } from './harness';

const SESSIONS = 60;
const LIST = '[role="listbox"][aria-label="Danh sách nhiệm vụ"]';
const pad = (n: number) => String(n).padStart(2, '0');
let app: App;
let dataDir = '';

function session(base: Meeting, i: number): Meeting {
  const date = `2025-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
  const items = Array.from({ length: 10 }, (_, k) => ({
    id: `t${k}`,
    text: `Nhiệm vụ ${i * 10 + k + 1}: rà soát hồ sơ dự án số ${k + 1}.`,
    items: [],
    task: {
      ...base.conclusions.parts[0]!.items[0]!.task,
      lead: k % 2 ? 'Phòng Tài chính - Kế hoạch' : 'Ủy ban nhân dân xã Đa Tốn',
      support: [],
      deadline: { kind: 'date' as const, date: `2026-${pad(1 + ((i + k) % 12))}-${pad(1 + ((i * 7 + k) % 28))}` },
      status: 'open' as const,
      doneOn: '',
      history: [],
    },
  }));
  return {
    ...base,
    id: `phien-${i}`,
    date,
    notice: { ...base.notice, number: String(i + 1), date },
    conclusions: { parts: [{ id: 'p', heading: '', text: '', items }], after: '' },
  };
}

beforeAll(async () => {
  ensureCliBuilt();
  dataDir = makeTempDir();
  app = await launchApp({ dataDir, navigate: false });
  const r = parseMeeting(
    JSON.parse(readFileSync(join(ROOT, 'resources', 'examples', 'ubnd-gia-lam-2024-03-12.json'), 'utf8')),
  );
  if (!r.ok) throw new Error('example');
  for (let i = 0; i < SESSIONS; i++) await app.call('meeting:save', { meeting: session(r.value, i), reason: 'auto' });
  await app.page.goto(`${app.origin}/index.html`);
  await app.page.getByRole('button', { name: 'Theo dõi', exact: true }).click();
  await app.page.locator(`${LIST} [role="option"]`).first().waitFor();
}, 120_000);
afterAll(async () => {
  await app?.close().catch(() => undefined);
});

const cli = (...args: string[]) => runCli(['tasks', '--data-dir', dataDir, '--today', '2026-01-10', ...args]);

it('counts every task at once, loads rows as the list scrolls, and End reaches the last task', async () => {
  const { page } = app;
  await expect.poll(() => page.locator('.followup .count').textContent()).toMatch(/^600 nhiệm vụ/);

  // Half-way down: the rows there come in (no row left saying it is loading).
  const list = page.locator(LIST);
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect.poll(() => list.getByText('Đang tải…').count()).toBe(0);
  const middle = await list.locator('[role="option"]').first().getAttribute('aria-posinset');
  expect(Number(middle)).toBeGreaterThan(250);

  // The keyboard reaches the last task; its panel shows it; a status key acts on it.
  await list.focus();
  await page.keyboard.press('End');
  const last = list.locator('[role="option"][aria-selected="true"]');
  await expect.poll(() => last.getAttribute('aria-posinset')).toBe('600');
  await expect.poll(() => last.textContent()).toMatch(/^Nhiệm vụ \d+: rà soát hồ sơ/);
  const lastText = (await last.locator('.subject').textContent())!.split('Số ')[0]!;
  const panel = page.getByRole('complementary', { name: 'Chi tiết nhiệm vụ' });
  await expect.poll(() => panel.textContent()).toContain(lastText);
  await app.screenshot('followup-large-end');

  await page.keyboard.press('2');
  await expect.poll(() => page.getByText(/^Đã cập nhật nhiệm vụ:/).count()).toBeGreaterThan(0);
  expect(app.pageErrors).toEqual([]);

  // Saved in that meeting's file, and only that task changed; the CLI still lists all 600.
  const [meetingId, taskId] = (await last.getAttribute('id'))!.replace(/^row-/, '').split('--');
  await app.close();
  const statuses = readdirSync(join(dataDir, 'meetings'))
    .filter((n) => n.endsWith('.json'))
    .flatMap((n) => {
      const m = JSON.parse(readFileSync(join(dataDir, 'meetings', n), 'utf8')) as Meeting;
      return m.conclusions.parts[0]!.items.map((e) => `${m.id}--${e.id}:${e.task.status}`);
    });
  expect(statuses.filter((x) => !x.endsWith(':open'))).toEqual([`${meetingId}--${taskId}:in_progress`]);
  expect(JSON.parse(cli('--json').stdout)).toHaveLength(SESSIONS * 10);
});
