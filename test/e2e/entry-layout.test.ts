/**
 * The seed meeting on a 1366x768 screen and at Windows 150 % scaling: no field cuts its text off
 * (each section is photographed), and the preview follows the block being edited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting, loadSeedMeeting } from './fixtures';
import { launchApp, makeTempDir, type App } from './harness';
import { field, LIBRARY_ROW, openMeetingFromLibrary, PREVIEW_PAGE, previewRoot } from './ui';

const SIZES = [
  ['1366x768', { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 }],
  // A 1366x768 screen at Windows 150 % scaling leaves 911x512 CSS pixels.
  ['150pct', { viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 }],
] as const;

const seed = loadSeedMeeting();

async function openSeed(opts: (typeof SIZES)[number][1]): Promise<App> {
  const app = await launchApp({ dataDir: makeTempDir(), ...opts, navigate: false });
  await createMeeting(app, (m) => ({ ...seed, id: m.id, createdAt: m.createdAt, updatedAt: m.updatedAt }));
  await app.page.goto(`${app.origin}/index.html`);
  await app.page.locator(LIBRARY_ROW).first().waitFor();
  await openMeetingFromLibrary(app.page, seed.subject);
  return app;
}

/** Labels of the form's one-line fields whose value is wider than the field (text cut off). */
async function cutOffFields(app: App): Promise<string[]> {
  return app.page.evaluate(() => {
    // Cards off screen skip layout (content-visibility), but reading a size lays the field out.
    const cut = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'form.editor-form input[type="text"], form.editor-form input:not([type]), form.editor-form textarea.grow',
      ),
    ]
      .filter((el) => el.value && el.offsetParent !== null)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map(
        (el) => el.getAttribute('aria-label') ?? document.querySelector(`label[for="${el.id}"]`)?.textContent ?? el.id,
      );
    return cut;
  });
}

describe('bố cục khi nhập: không cắt chữ, xem trước đi theo ô đang sửa', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  for (const [name, opts] of SIZES) {
    it(`no field cuts its value off at ${name}`, async () => {
      app = await openSeed(opts);
      expect(await cutOffFields(app)).toEqual([]);
      // Narrow windows stack the preview under the form: following it must not carry the field out of sight.
      const entry = field(
        app.page,
        'Nội dung mục 1 phần 1 (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)',
      );
      await entry.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await entry.focus();
      await app.page.keyboard.type(' a');
      await app.page.waitForTimeout(800);
      await expect(
        entry.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        }),
      ).resolves.toBe(true);
      for (const section of ['general', 'attendees', 'chair', 'conclusions', 'issuance']) {
        await app.page.locator(`#sec-${section}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await app.screenshot(`50-entry-${name}-${section}`);
      }
      expect(app.pageErrors).toEqual([]);
    }, 120_000);
  }

  it('the preview scrolls to the paragraph of the field being edited, and back', async () => {
    app = await openSeed(SIZES[0][1]);
    const { page } = app;
    await page.locator(PREVIEW_PAGE).first().waitFor();
    const paragraph = (text: string) => page.locator(`${previewRoot} .pv-p`, { hasText: text }).first();
    const inView = async (text: string) =>
      paragraph(text).evaluate((el, root) => {
        const box = document.querySelector(root)!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }, previewRoot);

    // The last directive prints on a later page, out of sight at first.
    const last = seed.conclusions.parts[0]!.items.at(-1)!;
    const lastName = `mục ${seed.conclusions.parts[0]!.items.length} phần 1`;
    const lastText = last.text.split('\n')[0]!.slice(0, 40);
    await expect(inView(lastText)).resolves.toBe(false);
    const entry = field(page, `Nội dung ${lastName} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`);
    await entry.focus();
    await expect.poll(() => inView(lastText), { timeout: 5000 }).toBe(true);
    await expect(paragraph(lastText).getAttribute('data-editing')).resolves.toBe('');
    await app.screenshot('52-preview-follows-conclusion');

    // Typing at the end of it keeps it in sight; then the subject, printed in the title, brings the top back.
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' thêm');
    await expect.poll(() => inView(lastText), { timeout: 5000 }).toBe(true);
    await field(page, 'Nội dung (về việc)').focus();
    const subject = seed.subject.slice(0, 30);
    await expect.poll(() => inView(subject), { timeout: 5000 }).toBe(true);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
