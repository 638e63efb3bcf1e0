/**
 * A secretary enters the Long Biên session (23/02/2021) from scratch, sees it in the preview,
 * exports Word and PDF, finds it again, reloads, and starts the next session from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import { openTasks, outlineEntries, type Meeting } from '../../src/shared/model/meeting';
import { builtinProfile } from '../../src/shared/profile/builtin';
import { checkOfficialDocx } from '../helpers/officialChecks';
import { docxTextFromFile, MM_TO_PT, pdfInfo, pdfWords } from './files';
import { loadSeedMeeting } from './fixtures';
import { launchApp, makeTempDir, type App } from './harness';
import {
  backToLibrary,
  clickButton,
  enterMeeting,
  field,
  formValues,
  LIBRARY_ROW,
  openMeetingFromLibrary,
  PREVIEW_PAGE,
  preExportFindings,
  previewText,
  saveState,
  typedFacts,
  waitSaved,
} from './ui';

const seed = loadSeedMeeting();
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Wait until the preview, re-laid out and paginated, shows every string. */
async function expectPreviewToShow(page: App['page'], strings: string[]): Promise<void> {
  const missing = async () => {
    const text = await previewText(page);
    return strings.filter((s) => !text.includes(s));
  };
  await expect.poll(missing, { timeout: 15_000 }).toEqual([]);
}

describe('phiên làm việc Long Biên nhập từ đầu', () => {
  let app: App;
  let stored: Meeting;

  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a new blank meeting takes every fact typed in the editor', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tạo mới', exact: true }).waitFor();
    await app.screenshot('01-library-empty');
    await clickButton(page, 'Tạo mới');
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    await app.screenshot('02-editor-blank');

    await enterMeeting(page, seed);
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    await expect(saveState(page).textContent()).resolves.toMatch(/Đã lưu lúc \d{1,2}:\d{2}/);

    const { items: list } = await app.call<LibraryPage>('library:list', {});
    expect(list).toHaveLength(1);
    stored = await app.call<Meeting>('meeting:get', { id: list[0]!.id });
    expect(typedFacts(stored)).toEqual(typedFacts(seed));
    expect(app.pageErrors).toEqual([]);

    await page.locator('#sec-general').scrollIntoViewIfNeeded();
    await app.screenshot('03-editor-general');
    await page.locator('#sec-attendees').scrollIntoViewIfNeeded();
    await app.screenshot('04-editor-attendees');
    await page.locator('#sec-conclusions').scrollIntoViewIfNeeded();
    await app.screenshot('05-editor-conclusions');
    await page.locator('#sec-issuance').scrollIntoViewIfNeeded();
    await app.screenshot('06-editor-issuance');
  }, 240_000);

  it('the preview shows the typed text in both documents', async () => {
    const { page } = app;
    await page.locator(PREVIEW_PAGE).first().waitFor();
    await expectPreviewToShow(page, [
      'THÔNG BÁO',
      'BAN TỔ CHỨC',
      'Vũ Đức Bảo',
      'Ban Thường vụ Quận ủy Long Biên',
      'Tiếp tục quan tâm đào tạo cán bộ trong tình hình mới',
      'Thường trực Thành ủy',
      'CHÁNH VĂN PHÒNG',
    ]);
    await page.locator(PREVIEW_PAGE).first().scrollIntoViewIfNeeded();
    await app.screenshot('07-preview-notice');

    await page.getByRole('radio', { name: 'Biên bản' }).check();
    await expectPreviewToShow(page, [
      'BIÊN BẢN',
      'Trần Đình Cảnh',
      'Nguyễn Thanh Minh',
      'Trụ sở Quận ủy Long Biên',
      '16/16 chỉ tiêu',
      'THƯ KÝ',
    ]);
    await app.screenshot('08-preview-minutes');
    await page.getByRole('radio', { name: 'Thông báo' }).check();
  });

  it('exports a Word notice that passes the official checks and carries the typed text', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Thông báo' }).check();
    await clickButton(page, 'Xuất Word');
    // The seed leaves the notice signer's name blank (signed by hand): the check says so, export anyway.
    await expect(preExportFindings(page)).resolves.toEqual(['Người ký 1 chưa có họ tên.']);
    await clickButton(page, 'Vẫn xuất');
    await expect.poll(() => app.savedFiles.find((f) => f.endsWith('.docx')), { timeout: 30_000 }).toBeTruthy();
    const path = app.savedFiles.find((f) => f.endsWith('.docx'))!;
    await expect.poll(() => existsSync(path), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByText(/Đã xuất Word/).count()).toBeGreaterThan(0);
    await app.screenshot('09-exported-word');
    expect(app.recorded.saveDialogs[0]?.filters.some((f) => f.extensions.includes('docx'))).toBe(true);
    // "Mở tệp sau khi xuất" is on by default: the system opens the new file.
    expect(app.recorded.openedPaths).toContain(path);

    const bytes = new Uint8Array(readFileSync(path));
    const problems = checkOfficialDocx(bytes, {
      kind: 'notice',
      profile: builtinProfile(stored.profile.id)!,
      meeting: stored,
    });
    expect(problems.join('\n')).toBe('');
    const text = collapse(docxTextFromFile(path));
    for (const s of [
      'THÀNH ỦY HÀ NỘI',
      'BAN TỔ CHỨC',
      'Vũ Đức Bảo',
      'Ban Thường vụ Quận ủy Long Biên',
      outlineEntries(stored.conclusions)[4]!.text,
      'Thường trực Thành ủy',
      'CHÁNH VĂN PHÒNG',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('exports the notice to an A4 PDF with the profile margins', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Thông báo' }).check();
    await clickButton(page, 'Xuất PDF');
    await clickButton(page, 'Vẫn xuất');
    await expect.poll(() => app.savedFiles.find((f) => f.endsWith('.pdf')), { timeout: 60_000 }).toBeTruthy();
    const path = app.savedFiles.find((f) => f.endsWith('.pdf'))!;
    await expect.poll(() => existsSync(path) && readFileSync(path).length > 1000, { timeout: 60_000 }).toBe(true);
    const info = pdfInfo(path);
    expect(Math.round(info.widthPt)).toBe(595);
    expect(Math.round(info.heightPt)).toBe(842);
    const profile = builtinProfile(stored.profile.id)!;
    const words = pdfWords(path).filter((w) => w.page === 1);
    expect(words.map((w) => w.text).join(' ')).toContain('THÔNG');
    // Body lines start at the left margin; the header columns sit further right, never further left.
    const left = Math.min(...words.map((w) => w.xMin));
    expect(Math.abs(left - profile.page.marginLeftMm * MM_TO_PT)).toBeLessThan(3);
    const top = Math.min(...words.map((w) => w.yMin));
    expect(top).toBeGreaterThanOrEqual(profile.page.marginTopMm * MM_TO_PT - 1);
    expect(top).toBeLessThan(profile.page.marginTopMm * MM_TO_PT + 12);
    // Only the document is printed: no application chrome.
    const all = pdfWords(path)
      .map((w) => w.text)
      .join(' ');
    for (const chrome of ['Thu phóng', 'Đóng bản in', 'Xuất PDF']) expect(all).not.toContain(chrome);
    expect(all).toContain('Tiếp tục quan tâm đào tạo cán bộ');
    const right = Math.max(...words.map((w) => w.xMax));
    expect(right).toBeLessThanOrEqual(info.widthPt - profile.page.marginRightMm * MM_TO_PT + 1);
  });

  it('closing the save dialog exports nothing and says so', async () => {
    const { page } = app;
    const before = app.recorded.saveDialogs.length;
    app.dialogs.save = () => null;
    try {
      await clickButton(page, 'Xuất Word');
      await clickButton(page, 'Vẫn xuất');
      await expect.poll(() => app.recorded.saveDialogs.length).toBe(before + 1);
      await expect.poll(() => page.getByText('Đã hủy xuất văn bản.').count()).toBeGreaterThan(0);
    } finally {
      delete app.dialogs.save;
    }
  });

  it('the library finds it by typing "long bien" without accents', async () => {
    const { page } = app;
    await backToLibrary(page);
    const search = field(page, 'Tìm kiếm buổi làm việc');
    await search.click();
    await search.pressSequentially('khong co cuoc hop nay');
    await expect.poll(() => page.locator(LIBRARY_ROW).count()).toBe(0);
    await search.fill('');
    await search.pressSequentially('long bien');
    await expect.poll(() => page.locator(LIBRARY_ROW).count()).toBe(1);
    await expect(page.locator(LIBRARY_ROW).first().textContent()).resolves.toContain('chương trình công tác năm 2021');
    await app.screenshot('10-library-search');
  });

  it('a reload keeps every field', async () => {
    const { page } = app;
    await page.reload();
    await openMeetingFromLibrary(page, seed.subject);
    const { expected, actual } = await formValues(page, seed);
    expect(actual).toEqual(expected);
    const again = await app.call<Meeting>('meeting:get', { id: stored.id });
    expect(typedFacts(again)).toEqual(typedFacts(seed));
    await app.screenshot('11-after-reload');
  });

  it('the next session carries issuer, attendees, presiding, recipients and the open directives chosen, not the report or date', async () => {
    const { page } = app;
    await backToLibrary(page);
    await page.locator(LIBRARY_ROW, { hasText: seed.subject }).first().click();
    await clickButton(page, 'Phiên tiếp theo');
    // Nothing is made before the secretary has chosen the tasks to carry; all open ones are offered.
    const open = openTasks(stored);
    const boxes = page.getByRole('dialog', { name: 'Chuyển nhiệm vụ sang phiên tiếp theo' }).getByRole('checkbox');
    await boxes.first().waitFor();
    await expect.poll(() => boxes.count()).toBe(open.length);
    await app.screenshot('12-next-session-choose-tasks');
    await boxes.first().uncheck();
    await clickButton(page, `Tạo phiên tiếp theo (${open.length - 1} nhiệm vụ)`);
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    const carried = page.getByText('chuyển từ phiên ngày 23/02/2021');
    await expect.poll(() => carried.count()).toBe(open.length - 1);
    // Cards paint lazily (content-visibility): centre the first carried task, then let it paint.
    await carried.first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await carried.first().scrollIntoViewIfNeeded();
    await app.screenshot('12-next-session');

    const { items: list } = await app.call<LibraryPage>('library:list', {});
    expect(list).toHaveLength(2);
    const next = await app.call<Meeting>('meeting:get', { id: list.find((s) => s.id !== stored.id)!.id });
    expect(next.previousId).toBe(stored.id);
    expect(next.issuer).toEqual(stored.issuer);
    expect(next.presiding).toEqual(stored.presiding);
    expect(typedFacts(next).attendeeGroups).toEqual(typedFacts(stored).attendeeGroups);
    expect(next.notice.recipients).toEqual(stored.notice.recipients);
    expect(outlineEntries(next.conclusions).map((d) => d.text)).toEqual(open.slice(1).map((d) => d.text));
    expect(next.reports).toEqual([]);
    expect(next.date).toBe('');

    // The form shows the same: the issuing body is there, the date and report are not.
    await expect(field(page, 'Tên cơ quan ban hành').inputValue()).resolves.toBe('BAN TỔ CHỨC');
    await expect(field(page, 'Họ tên người chủ trì').inputValue()).resolves.toBe('Vũ Đức Bảo');
    await expect(field(page, 'Ngày họp').inputValue()).resolves.toBe('');
    expect(await field(page, 'Nội dung báo cáo 1 (mỗi dòng một đoạn)').count()).toBe(0);
  });
});
