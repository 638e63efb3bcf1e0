/**
 * Theo dõi with the examples: every task listed, tiles that filter, a task updated from the keyboard
 * alone (status keys, the form, a note and a completion date), its history beside it, and the tiles
 * agreeing with `bienban tasks --json` on the same library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseMeeting } from '../../src/shared/model/parse';
import { readDocx } from '../helpers/docx';
import { ensureCliBuilt, runCli } from '../cli/cliRunner';
import type { Locator } from 'playwright-core';
import { launchApp, makeTempDir, ROOT, type App } from './harness';

const ROWS = '[role="listbox"][aria-label="Danh sách nhiệm vụ"] [role="option"]';
/** The visible text of a document.xml, paragraph by paragraph. */
const textOf = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
let app: App;
let closed = false;
let dataDir = '';

beforeAll(async () => {
  ensureCliBuilt();
  dataDir = makeTempDir();
  app = await launchApp({ dataDir, navigate: false });
  const dir = join(ROOT, 'resources', 'examples');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const r = parseMeeting(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!r.ok) throw new Error(f);
    await app.call('meeting:save', { meeting: r.value, reason: 'auto' });
  }
  await app.page.goto(`${app.origin}/index.html`);
  await app.page.getByRole('button', { name: 'Theo dõi', exact: true }).click();
  await app.page.locator(ROWS).first().waitFor();
}, 120_000);
afterAll(async () => {
  if (!closed) await app?.close();
});

const tile = (name: string) =>
  app.page
    .getByRole('group', { name: 'Số nhiệm vụ theo tình trạng' })
    .locator('button', { has: app.page.locator(`.tile-label:text-is(${JSON.stringify(name)})`) });
const text = (l: Locator) => () => l.textContent();
/** The accessible name of the focused element (its label), read in the page. */
const focused = () =>
  app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (
      el?.getAttribute('aria-label') ??
      (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '') ??
      ''
    );
  });
const tileCount = async (name: string) =>
  Number((await tile(name).locator('.tile-count').textContent())?.replace(/\D/g, ''));
const status = () => app.page.locator('.followup .count');

it('lists every task of the examples; a tile filters the list to its state and back', async () => {
  const { page } = app;
  await expect.poll(() => status().textContent()).toMatch(/^24 nhiệm vụ/);
  expect(await tileCount('Tổng số')).toBe(24);
  await app.screenshot('60-followup-all');
  const noDeadline = await tileCount('Không thời hạn');
  expect(noDeadline).toBeGreaterThan(0);
  await tile('Không thời hạn').click();
  await expect.poll(() => page.locator(ROWS).count()).toBe(noDeadline);
  await expect.poll(() => status().textContent()).toMatch(new RegExp(`^${noDeadline} nhiệm vụ`));
  await tile('Không thời hạn').click();
  await expect.poll(() => status().textContent()).toMatch(/^24 nhiệm vụ/);

  // The unit filter ignores accents and also finds supporting units.
  await page.getByLabel('Đơn vị (chủ trì hoặc phối hợp)').fill('bo tu phap');
  await expect.poll(() => page.locator(ROWS).count()).toBe(1);
  await expect.poll(text(page.locator(ROWS).first())).toContain('Bộ Xây dựng');
  await page.getByLabel('Đơn vị (chủ trì hoặc phối hợp)').fill('');
  await expect.poll(() => status().textContent()).toMatch(/^24 nhiệm vụ/);
});

it('updates a task by keyboard alone: 2 sets in progress, Enter opens the form, a note and done date', async () => {
  const { page } = app;
  await page.getByLabel('Tìm nhiệm vụ').fill('giai phong mat bang');
  await expect.poll(() => page.locator(ROWS).count()).toBe(1);
  await page.locator('[role="listbox"][aria-label="Danh sách nhiệm vụ"]').focus();
  await page.keyboard.press('Home');
  await expect
    .poll(text(page.getByRole('region', { name: 'Trích thông báo giao nhiệm vụ' })))
    .toContain('Hoàn thành giải phóng mặt bằng 06 dự án trường học');
  await page.keyboard.press('4');
  await expect.poll(text(page.locator(ROWS).first())).toContain('Tạm dừng');
  await page.keyboard.press('2');
  await expect.poll(text(page.locator(ROWS).first())).not.toContain('Tạm dừng');

  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Cập nhật nhiệm vụ' });
  await expect.poll(focused).toBe('Trạng thái');
  await page.keyboard.press('ArrowDown'); // Đang thực hiện -> Đã hoàn thành
  await expect.poll(() => form.getByLabel('Trạng thái').inputValue()).toBe('done');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toBe('Ngày hoàn thành');
  await page.keyboard.type('02/05/2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Đã bàn giao toàn bộ mặt bằng cho chủ đầu tư.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(text(page.locator(ROWS).first())).toContain('Hoàn thành quá hạn');
  await expect.poll(text(page.locator(ROWS).first())).toContain('Đã bàn giao toàn bộ mặt bằng');
  await expect.poll(focused).toBe('Danh sách nhiệm vụ');
  const history = page.getByRole('region', { name: 'Lịch sử theo dõi' });
  await expect.poll(text(history)).toContain('Hoàn thành ngày 02/5/2024');
  await expect.poll(text(history)).toContain('Tạm dừng');
  await app.screenshot('61-followup-updated');
  await page.getByLabel('Tìm nhiệm vụ').fill('');
  await expect.poll(() => status().textContent()).toMatch(/^24 nhiệm vụ/);
  expect(await tileCount('Hoàn thành quá hạn')).toBe(1);
  expect(app.pageErrors).toEqual([]);
});

it('X shows the notice that assigned the selected task, as it prints, at the task; Esc back to the list', async () => {
  const { page } = app;
  await page.getByLabel('Tìm nhiệm vụ').fill('tuyen sinh');
  await expect.poll(() => page.locator(ROWS).count()).toBe(1);
  await page.locator('[role="listbox"][aria-label="Danh sách nhiệm vụ"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('x');
  const dialog = page.getByRole('dialog', { name: /^Thông báo số \S+\/TB-UBND ngày 14\/3\/2024$/ });
  await dialog.waitFor();
  await expect.poll(() => dialog.locator('section[data-page]').count()).toBeGreaterThan(0);
  const marked = dialog.locator('.pv-p[data-editing]');
  await expect.poll(() => marked.count()).toBe(1);
  expect((await marked.textContent())!.toLowerCase()).toContain('tuyển sinh');
  expect(await marked.isVisible()).toBe(true);
  await app.screenshot('62-followup-notice');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(focused).toBe('Danh sách nhiệm vụ');
  await page.getByLabel('Tìm nhiệm vụ').fill('');
  await expect.poll(() => status().textContent()).toMatch(/^24 nhiệm vụ/);
  expect(app.pageErrors).toEqual([]);
});

it('makes the report of a period (Word and Excel) and the reminder letter to a unit from the screen', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Lập báo cáo, đôn đốc…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lập văn bản theo dõi' });
  await dialog.waitFor();
  // The period: from 1 January of the list's year to its day; tasks of 2026's notices.
  expect(await dialog.getByLabel('Giao từ ngày').inputValue()).toMatch(/^01\/01\/20\d\d$/);
  await dialog.getByLabel('Giao từ ngày').fill('01/01/2026');
  await dialog.getByLabel('Đến ngày').fill('31/12/2026');
  await dialog.getByLabel('Đến ngày').press('Tab');
  await app.screenshot('63-followup-report-dialog');
  const saved = () => app.savedFiles.at(-1) ?? '';
  await dialog.getByRole('button', { name: 'Xuất Word' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(saved()).toMatch(/bao-cao-thuc-hien-ket-luan-2026-01-01-2026-12-31\.docx$/);
  const report = textOf(readDocx(readFileSync(saved())).document);
  expect(report).toContain('BÁO CÁO');
  expect(report).toContain('Tình hình thực hiện các kết luận từ ngày 01/01/2026 đến ngày 31/12/2026');
  expect(report).not.toContain('Hoàn thành giải phóng mặt bằng 06 dự án trường học'); // a 2024 notice's task

  await page.getByRole('button', { name: 'Lập báo cáo, đôn đốc…' }).click();
  await dialog.getByLabel('Giao từ ngày').fill('01/01/2026');
  await dialog.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(saved()).toMatch(/\.xlsx$/);
  expect(readFileSync(saved()).subarray(0, 2).toString()).toBe('PK');

  // The letter: to a unit with overdue tasks (Phòng Tài chính - Kế hoạch, from the 2024 notice).
  await page.getByRole('button', { name: 'Lập báo cáo, đôn đốc…' }).click();
  await dialog.getByLabel('Văn bản').selectOption('remind');
  await expect.poll(() => dialog.getByRole('button', { name: 'Xuất Word' }).isDisabled()).toBe(true);
  await dialog.getByLabel('Đơn vị được đôn đốc').fill('phong tai chinh');
  await dialog.getByRole('button', { name: 'Xuất Word' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(saved()).toMatch(/cong-van-don-doc-phong tai chinh\.docx$/);
  const letter = textOf(readDocx(readFileSync(saved())).document);
  expect(letter).toContain('Phòng Tài chính - Kế hoạch');
  expect(letter).toContain('Tham mưu điều chuyển vốn từ các dự án giải ngân chậm');
  await expect.poll(() => page.getByText(/^Đã lưu công văn đôn đốc \(\d+ nhiệm vụ/).count()).toBe(1);
  expect(app.pageErrors).toEqual([]);
});

it('the tiles agree with bienban tasks --json on the same library', async () => {
  const names: Record<string, string> = {
    'Tổng số': '',
    'Hoàn thành đúng hạn': 'done_on_time',
    'Hoàn thành quá hạn': 'done_late',
    'Đang thực hiện trong hạn': 'not_due',
    'Sắp đến hạn': 'due_soon',
    'Quá hạn': 'overdue',
    'Không thời hạn': 'no_deadline',
    'Tạm dừng': 'paused',
  };
  const onScreen: Record<string, number> = {};
  for (const name of Object.keys(names)) onScreen[name] = await tileCount(name);
  closed = true;
  await app.close(); // the data folder has one writer: the command waits for the app to let go
  const r = runCli(['tasks', '--json', '--data-dir', dataDir]);
  expect(r.code).toBe(0);
  const tasks = JSON.parse(r.stdout) as { state: string }[];
  for (const [name, state] of Object.entries(names))
    expect([name, onScreen[name]]).toEqual([
      name,
      state ? tasks.filter((t) => t.state === state).length : tasks.length,
    ]);
});
