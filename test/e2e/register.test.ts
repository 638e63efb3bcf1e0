/**
 * Issuing from the editor: the Phát hành dialog shows the number the register will give, the
 * preview then prints it, the register screen lists it, and the register exports as Word.
 * Screenshots land in test-output/e2e/register-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { launchApp, makeTempDir, ROOT, type App } from './harness';
import { createMeeting } from './fixtures';
import { clickButton, openMeetingFromLibrary, previewText, typeInto, waitForLibraryRows } from './ui';

function stateExample(): Meeting {
  const file = join(ROOT, 'resources', 'examples', 'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json');
  const r = parseMeeting(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error('example does not validate');
  return r.value;
}

describe('phát hành và sổ đăng ký', () => {
  let app: App;
  let meeting: Meeting;
  const out = makeTempDir('bienban-e2e-out-');

  beforeAll(async () => {
    app = await launchApp({
      dataDir: makeTempDir(),
      dialogs: { save: (req) => join(out, req.defaultName) },
    });
    meeting = await createMeeting(app, (m) => ({ ...stateExample(), id: m.id, createdAt: m.createdAt }));
    await app.page.reload();
    await waitForLibraryRows(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('issues the notice from the editor: the dialog shows the number, the preview prints it', async () => {
    const { page } = app;
    await openMeetingFromLibrary(page, meeting.subject);
    await clickButton(page, 'Phát hành');
    const dialog = page.getByRole('dialog', { name: 'Phát hành thông báo kết luận' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Số sẽ cấp').textContent()).resolves.toBe('01/TB-ĐKTLN');
    // The document is dated as the secretary says (default today): the number is previewed again.
    await typeInto(page, 'Ngày văn bản', '22/5/2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => dialog.textContent()).toContain('ngày 22 tháng 5 năm 2026');
    await app.screenshot('register-01-issue-dialog');
    await dialog.getByRole('button', { name: 'Phát hành số 01/TB-ĐKTLN' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã phát hành' }).count()).toBe(1);
    await expect.poll(() => previewText(page), { timeout: 15_000 }).toContain('Số: 01/TB-ĐKTLN');
    await expect(previewText(page)).resolves.toContain('ngày 22 tháng 5 năm 2026');
    await app.screenshot('register-02-issued-preview');
    const stored = await app.call<Meeting>('meeting:get', { id: meeting.id });
    expect(stored.notice).toMatchObject({ number: '1', date: '2026-05-22', status: 'issued' });

    // A second Phát hành offers a correction or a replacement, never the same document again.
    await clickButton(page, 'Phát hành');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('đã được phát hành và không sửa được nữa');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(app.pageErrors).toEqual([]);
  });

  it('finds the issued notice in the register and exports the register as Word', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('button', { name: 'Sổ đăng ký' })
      .click();
    const table = page.getByRole('table', { name: 'Sổ đăng ký văn bản đi' });
    await table.waitFor();
    const row = table.locator('tbody tr').first();
    await expect(row.textContent()).resolves.toContain('01/TB-ĐKTLN');
    await expect(row.textContent()).resolves.toContain('Thông báo kết luận của Phó Giám đốc Sở Y tế');
    await expect(row.textContent()).resolves.toContain('Trần Văn Khoa');
    await app.screenshot('register-03-register-screen');
    await clickButton(page, 'Xuất sổ ra Word');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã xuất sổ đăng ký' }).count()).toBe(1);
    expect(app.savedFiles.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it("sets where a body's series starts in Settings (a commune created on 01/7/2025), saved with the settings", async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name: 'Cài đặt' }).click();
    await clickButton(page, 'Thêm cơ quan đánh số');
    await typeInto(page, 'Ký hiệu cơ quan 1', 'ĐU');
    await typeInto(page, 'Ngày bắt đầu nhiệm kỳ / đánh số lại 1', '01/7/2025');
    await page.keyboard.press('Tab');
    await page.getByRole('heading', { name: 'Sổ đăng ký văn bản đi' }).scrollIntoViewIfNeeded();
    await app.screenshot('register-04-settings-series');
    await clickButton(page, 'Lưu cài đặt');
    await expect
      .poll(async () => (await app.call<{ registerSeries: unknown[] }>('settings:get', {})).registerSeries)
      .toEqual([{ code: 'ĐU', start: '2025-07-01', perType: false }]);
    expect(app.pageErrors).toEqual([]);
  });
});
