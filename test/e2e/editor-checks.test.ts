/**
 * The editor's checks and honesty, driven in the built renderer: the first-run question, a date
 * that is not one, the save label, the format warning, the pre-export check with its jump to the
 * field, and the reason of an absence. Screenshots land in test-output/e2e/checks-*.png.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage, Settings } from '../../src/shared/model/library';
import type { Meeting } from '../../src/shared/model/meeting';
import { launchApp, makeTempDir, type App } from './harness';
import { choose, clickButton, field, preExportFindings, previewText, saveState, typeInto, waitSaved } from './ui';

const EDITOR = { name: 'Thanh công cụ soạn thảo' } as const;

describe('kiểm tra và trung thực trong trang soạn thảo', () => {
  let app: App;
  let id = '';
  const stored = () => app.call<Meeting>('meeting:get', { id });

  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir(), firstRun: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks the office its format and issuing body once, and a new meeting starts from them', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'Thiết lập cho văn phòng' });
    await dialog.waitFor();
    await choose(page, 'Thể thức mặc định', 'hd36-2018');
    await typeInto(page, 'Tên cơ quan ban hành', 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ');
    // A state body in the Party format is pointed out before it is saved.
    await dialog.getByRole('note').waitFor();
    await app.screenshot('checks-01-first-run-mismatch');
    await choose(page, 'Thể thức mặc định', 'nd30-2020');
    await expect.poll(() => dialog.getByRole('note').count()).toBe(0);
    await typeInto(page, 'Ký hiệu cơ quan', 'UBND');
    await typeInto(page, 'Địa danh', 'Minh Phú');
    await app.screenshot('checks-02-first-run');
    await clickButton(page, 'Lưu và bắt đầu');
    await dialog.waitFor({ state: 'detached' });
    const settings = await app.call<Settings>('settings:get');
    expect(settings).toMatchObject({ firstRunDone: true, defaultProfileId: 'nd30-2020' });

    await page.reload();
    await clickButton(page, 'Tạo mới');
    await page.getByRole('toolbar', EDITOR).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect(field(page, 'Thể thức văn bản').inputValue()).resolves.toBe('nd30-2020');
    await expect(field(page, 'Tên cơ quan ban hành').inputValue()).resolves.toBe('ỦY BAN NHÂN DÂN XÃ MINH PHÚ');
    id = (await app.call<LibraryPage>('library:list', {})).items[0]!.id;
  });

  it('says a change is pending until it is saved', async () => {
    const { page } = app;
    await expect(saveState(page).textContent()).resolves.toBe('Chưa có thay đổi');
    await typeInto(page, 'Địa điểm', 'Hội trường Ủy ban nhân dân xã');
    await expect(saveState(page).textContent()).resolves.toBe('Có thay đổi chưa lưu');
    await waitSaved(page);
    expect((await stored()).place).toBe('Hội trường Ủy ban nhân dân xã');
  });

  it('keeps a date that does not exist as typed, says so, and saves nothing for it', async () => {
    const { page } = app;
    const date = field(page, 'Ngày họp');
    await typeInto(page, 'Ngày họp', '31/02/2026');
    await page.keyboard.press('Tab');
    await expect(date.inputValue()).resolves.toBe('31/02/2026');
    await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect.poll(() => page.getByText('Ngày 31/02/2026 không có thật. Chưa lưu giá trị nào.').count()).toBe(1);
    await page.locator('#sec-general').scrollIntoViewIfNeeded();
    await app.screenshot('checks-03-invalid-date');
    // A real date replaces it; a later slip keeps saying what is saved.
    await typeInto(page, 'Ngày họp', '5/6/2026');
    await page.keyboard.press('Tab');
    await expect(date.inputValue()).resolves.toBe('05/6/2026');
    // Typed over the selected date in one go (emptying the field first would save it empty).
    await date.fill('31/6/2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByText('Ngày 31/6/2026 không có thật. Đang lưu: 05/6/2026.').count()).toBe(1);
    await waitSaved(page);
    expect((await stored()).date).toBe('2026-06-05');
  });

  it('warns in the editor when the body and the format do not match', async () => {
    const { page } = app;
    const warning = page.getByRole('note', { name: 'Cảnh báo thể thức' });
    await expect.poll(() => warning.count()).toBe(0);
    await choose(page, 'Thể thức văn bản', 'hd36-2018');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain('cơ quan nhà nước');
    await warning.scrollIntoViewIfNeeded();
    await app.screenshot('checks-04-format-warning');
    await clickButton(page, 'Đổi thể thức');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-field'))).resolves.toBe('profile');
    await choose(page, 'Thể thức văn bản', 'nd30-2020');
    await warning.waitFor({ state: 'detached' });
  });

  it('prints the reason of an absence in the minutes', async () => {
    const { page } = app;
    await choose(page, 'Nhãn nhóm mới', 'Cùng dự có');
    await clickButton(page, 'Thêm nhóm');
    await clickButton(page, 'Thêm người vào nhóm 1');
    await typeInto(page, 'Họ tên (nhóm 1, người 1)', 'Nguyễn Đình Chiến');
    await page.keyboard.press('Escape');
    await choose(page, 'Tình trạng (nhóm 1, người 1)', 'excused');
    await typeInto(page, 'Lý do vắng (nhóm 1, người 1)', 'đi công tác');
    await page.getByRole('radio', { name: 'Biên bản' }).check();
    await expect.poll(() => previewText(page), { timeout: 15_000 }).toContain('Nguyễn Đình Chiến (vắng: đi công tác)');
    await page.locator('#sec-attendees').scrollIntoViewIfNeeded();
    await app.screenshot('checks-05-absence-reason');
    await waitSaved(page);
    expect((await stored()).attendeeGroups[0]!.members[0]).toMatchObject({ absenceReason: 'đi công tác' });
  });

  it('lists what the copy lacks before exporting, jumps to a field, and exports anyway', async () => {
    const { page } = app;
    // Deleting every attendee is one of the things the check catches.
    await clickButton(page, 'Xóa nhóm 1');
    await page.getByRole('radio', { name: 'Thông báo' }).check();
    await clickButton(page, 'Xuất Word');
    const findings = await preExportFindings(page);
    expect(findings).toEqual(
      expect.arrayContaining([
        'Chưa có số văn bản.',
        'Chưa có ngày ban hành.',
        'Chưa có người ký.',
        'Chưa có thành phần tham dự nào.',
      ]),
    );
    await app.screenshot('checks-06-pre-export');
    await page.getByRole('button', { name: 'Đến mục này: Chưa có số văn bản.' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('notice.number');
    await app.screenshot('checks-07-jumped-to-number');
    expect(app.savedFiles).toEqual([]);

    await page.keyboard.type('12');
    await clickButton(page, 'Xuất Word');
    expect(await preExportFindings(page)).not.toContain('Chưa có số văn bản.');
    await clickButton(page, 'Vẫn xuất');
    await expect.poll(() => app.savedFiles.find((f) => f.endsWith('.docx')), { timeout: 30_000 }).toBeTruthy();
    await expect.poll(() => existsSync(app.savedFiles[0]!), { timeout: 30_000 }).toBe(true);
    expect((await stored()).notice.number).toBe('12');
    expect(app.pageErrors).toEqual([]);
  });

  it('jumps to an empty item of the conclusions’ outline by its path', async () => {
    const { page } = app;
    await clickButton(page, 'Thêm phần');
    await clickButton(page, 'Thêm mục (phần 1)');
    await clickButton(page, 'Xuất Word');
    const empty = 'Kết luận, mục 1, phần 1: nội dung còn trống.';
    expect(await preExportFindings(page)).toContain(empty);
    await page.getByRole('button', { name: `Đến mục này: ${empty}` }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('conclusions.parts.0.items.0.text');
    await app.screenshot('checks-08-jumped-to-item');
    await page.keyboard.type('Rà soát quy hoạch cán bộ.');
    await waitSaved(page);
    expect((await stored()).conclusions.parts[0]!.items[0]!.text).toBe('Rà soát quy hoạch cán bộ.');
    expect(app.pageErrors).toEqual([]);
  });
});
