/**
 * A secretary imports a folder of old documents: the summary says what was read and what needs
 * review, one notice is reviewed with its original text beside the recognised meeting (a field
 * highlights its lines), then accepted: it opens in the editor and is in the library, its people in
 * the directory. Nothing was saved before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/backend/export/renderDocx';
import type { DirectoryEntry, LibraryPage } from '../../src/shared/model/library';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { governmentMeeting, seedMeeting, stateMeeting } from '../backend/docx-fixtures';
import { launchApp, makeTempDir, type App } from './harness';

describe('nhập một thư mục văn bản cũ', () => {
  let app: App;
  let folder: string;

  beforeAll(async () => {
    folder = join(makeTempDir('bienban-e2e-import-'), 'van-ban-cu');
    mkdirSync(folder);
    writeFileSync(
      join(folder, '01-thong-bao-long-bien.docx'),
      (await renderDocx(seedMeeting(), 'notice', HD36_2018)).bytes,
    );
    writeFileSync(
      join(folder, '02-bien-ban-gia-lam.docx'),
      (await renderDocx(stateMeeting(), 'minutes', ND30_2020)).bytes,
    );
    writeFileSync(
      join(folder, '03-thong-bao-vpcp.docx'),
      (await renderDocx(governmentMeeting(), 'notice', ND30_2020)).bytes,
    );
    writeFileSync(
      join(folder, '04-ghi-chep.txt'),
      'Ngày 05/6/2026, đồng chí Nguyễn Văn An - Bí thư Đảng ủy chủ trì cuộc họp về công tác cán bộ.\nĐồng chí Nguyễn Văn An kết luận như sau:\n1. Hoàn thành quy hoạch cán bộ trước ngày 30/6/2026.\n',
    );
    writeFileSync(join(folder, '05-hong.docx'), 'không phải tệp Word');
    app = await launchApp({ dataDir: makeTempDir(), dialogs: { open: (req) => (req.folder ? folder : null) } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reads the folder and says what was read and what needs review; nothing is saved yet', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    await page.getByRole('heading', { name: 'Nhập văn bản có sẵn' }).waitFor();
    await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
    const summary = page.getByRole('region', { name: 'Kết quả đọc' });
    await expect
      .poll(() => summary.getByRole('heading').textContent())
      .toMatch(/^Đã đọc 4\/5 tệp; \d tệp có trường cần xem lại$/);
    await expect.poll(() => summary.textContent()).toContain('Không đọc được tệp Word');
    expect(app.recorded.openDialogs.at(-1)).toMatchObject({ folder: true });
    expect((await app.call<LibraryPage>('library:list', {})).total).toBe(0);
    await app.screenshot('import-01-summary');
  });

  it('reviews a notice side by side: a field highlights the lines it came from, guesses are marked', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Xem lại 01-thong-bao-long-bien.docx' }).click();
    const source = page.getByRole('region', { name: 'Văn bản gốc' });
    const fields = page.getByRole('region', { name: 'Buổi làm việc nhận dạng' });
    await source.getByText('Số 15-TB/BTCTU').waitFor();
    const number = fields.getByRole('button', { name: /^Số văn bản/ });
    await number.click();
    await expect.poll(() => number.getAttribute('aria-pressed')).toBe('true');
    const highlighted = () => source.locator('li[aria-current="true"]').allTextContents();
    await expect.poll(highlighted).toEqual([expect.stringContaining('Số 15-TB/BTCTU')]);
    // Focus is enough (keyboard): the chair, read from the opening.
    await fields.getByRole('button', { name: /^Người chủ trì/ }).focus();
    await expect.poll(highlighted).toEqual([expect.stringContaining('Ngày 23/02/2021, đồng chí Vũ Đức Bảo')]);
    expect(await fields.getByRole('button', { name: /^Người chủ trì/ }).textContent()).toContain(
      'đồng chí Vũ Đức Bảo - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy',
    );
    expect(await fields.locator('.import-field.uncertain').count()).toBeGreaterThan(0);
    expect(await fields.getByText('Cần xem lại').count()).toBeGreaterThan(0);
    await app.screenshot('import-02-review');
  });

  it('accepting adds the meeting to the library (opened in the editor) and its people to the directory', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Xem lại 02-bien-ban-gia-lam.docx' }).click();
    await page.getByRole('region', { name: 'Văn bản gốc' }).getByText('Số:      /BB-UBND').waitFor();
    await app.screenshot('import-03-review-minutes');
    await page.getByRole('button', { name: 'Nhận vào thư viện' }).click();
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    const library = await app.call<LibraryPage>('library:list', {});
    expect(library.items.map((m) => m.subject)).toEqual([stateMeeting().subject]);
    const people = (await app.call<DirectoryEntry[]>('directory:list', {})).map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Nguyễn Việt Hà', 'Phạm Quốc Tuấn']));
    await app.screenshot('import-04-accepted-editor');
    expect(app.pageErrors).toEqual([]);
  });

  it('pasted text is read by the same recognition, in the window, and reviewed the same way', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    await page.getByText('Dán văn bản (thông báo, biên bản, ghi chép, tin bài về buổi làm việc)').click();
    await page
      .getByRole('textbox', { name: 'Văn bản dán' })
      .fill(
        'THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp về phòng chống thiên tai\nNgày 18/5/2025, ông Nguyễn Văn Tâm - Chủ tịch UBND xã chủ trì cuộc họp về phòng chống thiên tai.\nÔng Nguyễn Văn Tâm kết luận như sau:\n1. Giao Ban Chỉ huy quân sự xã chủ trì chuẩn bị lực lượng ứng cứu.',
      );
    await page.getByRole('button', { name: 'Đọc văn bản dán' }).click();
    const fields = page.getByRole('region', { name: 'Buổi làm việc nhận dạng' });
    const chair = fields.getByRole('button', { name: /^Người chủ trì/ });
    await chair.click();
    expect(await chair.textContent()).toContain('ông Nguyễn Văn Tâm - Chủ tịch UBND xã');
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'Văn bản gốc' }).locator('li[aria-current="true"]').allTextContents(),
      )
      .toEqual([expect.stringContaining('Ngày 18/5/2025, ông Nguyễn Văn Tâm')]);
    expect(await fields.getByRole('button', { name: /^Theo dõi/ }).textContent()).toContain(
      'Chủ trì: Ban Chỉ huy quân sự xã',
    );
    await app.screenshot('import-05-pasted');
    expect(app.pageErrors).toEqual([]);
  });

  it('an issued notice whose number is already in the register stays a draft, and the review says why', async () => {
    const { page } = app;
    const acceptNotice = async () => {
      await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
      await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
      await page.getByRole('button', { name: 'Xem lại 01-thong-bao-long-bien.docx' }).click();
      await page.getByRole('button', { name: 'Nhận vào thư viện' }).click();
    };
    await acceptNotice();
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    // The same notice again: number 15 of that series is taken now.
    await acceptNotice();
    const review = page.getByRole('region', { name: 'Buổi làm việc nhận dạng' });
    const warning = review.getByRole('alert');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/số 15.*Văn bản được giữ ở dạng dự thảo, chưa vào sổ\.$/);
    expect(await page.getByRole('region', { name: 'Kết quả đọc' }).textContent()).toContain('Đã nhận, giữ dự thảo');
    expect(await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).count()).toBe(0);
    const drafts = (await app.call<LibraryPage>('library:list', {})).items.filter(
      (m) => m.subject === seedMeeting().subject,
    );
    expect(drafts.map((m) => m.status).sort()).toEqual(['draft', 'issued']);
    await app.screenshot('import-06-number-taken');
    expect(app.pageErrors).toEqual([]);
  });
});
