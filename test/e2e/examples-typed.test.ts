/**
 * Each example of resources/examples typed from scratch through the editor with real key events,
 * then compared with its file (ids and timestamps aside); then the outline editor driven by its
 * keyboard shortcuts, and screenshots of the outline, the phrase fields and the tracking row.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import { Meeting } from '../../src/shared/model/meeting';
import { launchApp, makeTempDir, ROOT, type App } from './harness';
import { choose, clickButton, enterMeeting, field, typedFacts, typeInto, waitSaved } from './ui';

const EXAMPLES_DIR = join(ROOT, 'resources', 'examples');
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const examples = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, meeting: Meeting.parse(JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8'))) }));

async function shot(app: App, name: string): Promise<void> {
  await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await app.page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function newBlankMeeting(app: App): Promise<void> {
  const { page } = app;
  if (await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).count()) {
    await clickButton(page, '← Thư viện');
  }
  await page.getByRole('button', { name: 'Tạo mới', exact: true }).click();
  await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
}

async function storedNewest(app: App, subject: string): Promise<Meeting> {
  const { items } = await app.call<LibraryPage>('library:list', {});
  const row = items.find((r) => r.subject === subject) ?? items[0]!;
  return app.call<Meeting>('meeting:get', { id: row.id });
}

describe('the examples typed from scratch', () => {
  let app: App;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ dataDir: makeTempDir(), viewport: { width: 1366, height: 768 } });
    await app.page.getByRole('button', { name: 'Tạo mới', exact: true }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(examples)(
    '$file: the saved meeting equals the file',
    async ({ file, meeting }) => {
      const { page } = app;
      await newBlankMeeting(app);
      await enterMeeting(page, meeting);
      await page.keyboard.press('Control+s');
      await waitSaved(page);
      const stored = await storedNewest(app, meeting.subject);
      expect(typedFacts(stored)).toEqual(typedFacts(meeting));
      if (file.startsWith('phu-quy')) {
        // The Party committee drafted in the state format: the editor warns, above the form.
        await choose(page, 'Thể thức văn bản', 'nd30-2020');
        const warning = page
          .getByRole('note', { name: 'Cảnh báo thể thức' })
          .filter({ hasText: 'là cơ quan của Đảng' });
        await warning.waitFor();
        await warning.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(app, '31-format-warning');
        await choose(page, 'Thể thức văn bản', 'hd36-2018');
        await waitSaved(page);
      }
      expect(app.pageErrors).toEqual([]);
      const name = file.replace(/\.json$/, '');
      const signers = page.getByRole('heading', { name: /^Chữ ký/ });
      for (const [where, target] of [
        ['outline', page.locator('#sec-conclusions .outline-part').first()],
        ['signers', signers],
      ] as const) {
        for (let i = 0; i < 3; i++) await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(app, `${name}-${where}`);
      }
    },
    600_000,
  );

  it('an outline built with the keyboard: Alt+Enter adds, Alt+→ indents, Alt+← outdents, Alt+↑ moves, numbers follow', async () => {
    const { page } = app;
    await newBlankMeeting(app);
    await typeInto(page, 'Nội dung (về việc)', 'tiến độ các dự án trọng điểm');
    await clickButton(page, 'Thêm phần');
    await typeInto(page, 'Tiêu đề phần 1 (để trống nếu không chia phần)', 'NHIỆM VỤ THỜI GIAN TỚI');
    await clickButton(page, 'Thêm mục (phần 1)');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const content = (name: string) => `Nội dung ${name} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`;

    await typeInto(page, content('mục 1 phần 1'), 'Các bộ, cơ quan:');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(focused).toBe(content('mục 2 phần 1'));
    await page.keyboard.type('Bộ Tài chính:\n- Chủ trì rà soát nguồn vốn;\n- Báo cáo trước ngày 30/6/2026.');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(focused).toBe(content('ý 1 mục 1 phần 1'));
    await page.keyboard.press('Alt+Enter');
    await expect.poll(focused).toBe(content('ý 2 mục 1 phần 1'));
    await page.keyboard.type('Bộ Xây dựng:\n- Hướng dẫn thủ tục.');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('Giao Văn phòng tổng hợp, báo cáo.');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(focused).toBe(content('mục 2 phần 1'));
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(focused).toBe(content('mục 1 phần 1'));
    // Already the first item: a further Alt+↑ changes nothing.
    await page.keyboard.press('Alt+ArrowUp');

    // textContent: entries scrolled out of view skip rendering (content-visibility), so innerText is empty there.
    await expect
      .poll(() => page.locator('#sec-conclusions .number').allTextContents())
      .toEqual(['I.', '1.', '2.', '2.1.', '2.2.']);
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    const stored = await storedNewest(app, 'tiến độ các dự án trọng điểm');
    const part = stored.conclusions.parts[0]!;
    expect(part.heading).toBe('NHIỆM VỤ THỜI GIAN TỚI');
    expect(part.items.map((i) => [i.text, i.items.map((x) => x.text)])).toEqual([
      ['Giao Văn phòng tổng hợp, báo cáo.', []],
      [
        'Các bộ, cơ quan:',
        [
          'Bộ Tài chính:\n- Chủ trì rà soát nguồn vốn;\n- Báo cáo trước ngày 30/6/2026.',
          'Bộ Xây dựng:\n- Hướng dẫn thủ tục.',
        ],
      ],
    ]);

    // The tracking row of item 1: typed data, the sentence shown, then printed on request.
    await typeInto(page, 'Đơn vị chủ trì mục 1 phần 1 (theo dõi)', 'Văn phòng Chính phủ');
    await choose(page, 'Loại thời hạn mục 1 phần 1', 'relative');
    await typeInto(page, 'Thời hạn mục 1 phần 1', 'trong thời hạn 03 ngày làm việc');
    await expect
      .poll(() => page.locator('#sec-conclusions .task-row').first().innerText())
      .toContain('Nếu bật, in thêm: “Giao Văn phòng Chính phủ chủ trì, hoàn thành trong thời hạn 03 ngày làm việc.”');
    await page.locator('#sec-conclusions .entry').first().scrollIntoViewIfNeeded();
    await shot(app, 'outline-editor');
    await field(page, 'In câu giao nhiệm vụ cho mục 1 phần 1 (chỉ in phần nội dung chưa nói)').check();
    await expect(field(page, 'Câu giao nhiệm vụ mục 1 phần 1').inputValue()).resolves.toBe(
      'Giao Văn phòng Chính phủ chủ trì, hoàn thành trong thời hạn 03 ngày làm việc.',
    );
    await page.locator('#sec-conclusions .task-row').first().scrollIntoViewIfNeeded();
    await shot(app, 'tracking-row');

    // A generated phrase follows the facts until typed over, then stays as typed; the button goes back.
    const summary = field(page, 'Trích yếu thông báo');
    await expect(summary.inputValue()).resolves.toContain('tiến độ các dự án trọng điểm');
    await typeInto(page, 'Nội dung (về việc)', 'tiến độ giải ngân vốn đầu tư công');
    await expect.poll(() => summary.inputValue()).toContain('tiến độ giải ngân vốn đầu tư công');
    await typeInto(page, 'Trích yếu thông báo', 'Kết luận cuộc họp về giải ngân');
    await typeInto(page, 'Nội dung (về việc)', 'một nội dung khác');
    await expect(summary.inputValue()).resolves.toBe('Kết luận cuộc họp về giải ngân');
    // Cards below are laid out lazily (content-visibility): scroll, let them render, scroll again.
    for (let i = 0; i < 3; i++) await summary.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(app, 'phrase-fields');
    await clickButton(page, 'Về câu theo mẫu (trích yếu thông báo)');
    await expect.poll(() => summary.inputValue()).toContain('một nội dung khác');
    expect(app.pageErrors).toEqual([]);
  }, 300_000);
});
