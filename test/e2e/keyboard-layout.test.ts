/** Keyboard shortcuts, Tab order with a visible focus ring, and the layout at 1366x768 and at 150 %. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import type { Meeting } from '../../src/shared/model/meeting';
import { createMeeting, loadSeedMeeting } from './fixtures';
import { launchApp, makeTempDir, type App } from './harness';
import { field, LIBRARY_ROW, openMeetingFromLibrary, PREVIEW_PAGE, saveState, waitSaved } from './ui';

/** Name and focus-ring facts of the element that has focus. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const lab = (el as HTMLInputElement).labels?.[0];
    const label = lab ? (lab.querySelector('span')?.textContent ?? lab.textContent ?? '') : '';
    // Date and time fields: Tab walks their day/month/year segments, and Chromium highlights the active
    // segment itself while :focus-visible flickers off on the host; that highlight is the visible focus.
    const segmented = el instanceof HTMLInputElement && ['date', 'time'].includes(el.type);
    const ring =
      segmented ||
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
      (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    return {
      name: (el.getAttribute('aria-label') || label || el.textContent || '').trim(),
      tag: el.tagName.toLowerCase(),
      ring,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

/** Press Tab up to `max` times, collecting what receives focus. */
async function tabThrough(page: Page, max: number) {
  const seen: { name: string; tag: string; ring: boolean; focusVisible: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f) seen.push(f);
  }
  return seen;
}

/** Nothing spills sideways, and every toolbar button is inside the window. */
async function layoutFits(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const offscreen = [...document.querySelectorAll('button')]
      .filter((b) => b.offsetParent !== null && b.closest('[role="toolbar"], nav'))
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.right > window.innerWidth + 1 || r.left < -1;
      })
      .map((b) => b.textContent);
    return { horizontalOverflow: doc.scrollWidth > doc.clientWidth + 1, offscreen };
  });
}

describe('bàn phím', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
    await app.page.getByRole('heading', { name: 'Thư viện buổi làm việc' }).waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Ctrl+N opens a new meeting; Ctrl+S saves it (Đã lưu lúc …)', async () => {
    const { page } = app;
    await page.locator('body').click();
    await page.keyboard.press('Control+n');
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
    const f = field(page, 'Địa điểm');
    await f.click();
    await f.pressSequentially('Hội trường tầng 2');
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    await expect(saveState(page).textContent()).resolves.toMatch(/^Đã lưu lúc \d{1,2}:\d{2}/);
    const [summary] = (await app.call<LibraryPage>('library:list', {})).items;
    const stored = await app.call<Meeting>('meeting:get', { id: summary!.id });
    expect(stored.place).toBe('Hội trường tầng 2');
    // An explicit save keeps a version the secretary can go back to.
    const snaps = await app.call<unknown[]>('meeting:snapshots', { id: summary!.id });
    expect(snaps.length).toBeGreaterThan(0);
    await app.screenshot('30-keyboard-saved');
  });

  it('Ctrl+F focuses the library search, from the editor too', async () => {
    const { page } = app;
    await field(page, 'Địa điểm').click();
    await page.keyboard.press('Control+f');
    await expect.poll(() => focused(page).then((f) => f?.name)).toBe('Tìm kiếm buổi làm việc');
    await page.keyboard.press('Escape');
    await page.locator(LIBRARY_ROW).first().click();
    await page.keyboard.press('Control+f');
    await expect.poll(() => focused(page).then((f) => f?.name)).toBe('Tìm kiếm buổi làm việc');
  });

  it('Tab reaches the library controls with a visible focus ring', async () => {
    const { page } = app;
    await page.reload();
    await page.locator(LIBRARY_ROW).first().waitFor();
    const seen = await tabThrough(page, 20);
    const names = seen.map((s) => s.name);
    for (const n of ['Thư viện', 'Tìm kiếm buổi làm việc', 'Tạo mới', 'Danh sách buổi làm việc'])
      expect(names).toContain(n);
    expect(seen.filter((s) => !s.ring).map((s) => s.name)).toEqual([]);
    // Arrow keys move in the list, Enter opens the meeting.
    for (let i = 0; i < 30 && (await focused(page))?.name !== 'Danh sách buổi làm việc'; i++)
      await page.keyboard.press('Shift+Tab');
    await app.screenshot('31-focus-ring-library');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
  });

  it('Tab reaches the editor toolbar and the first fields, each with a focus ring', async () => {
    const { page } = app;
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.getByRole('button', { name: '← Thư viện' }).focus();
    const seen = await tabThrough(page, 25);
    const names = seen.map((s) => s.name);
    for (const n of ['Lưu', 'Xuất Word', 'Xuất PDF', 'Loại phiên', 'Ngày họp', 'Địa điểm']) expect(names).toContain(n);
    expect(seen.filter((s) => !s.ring)).toEqual([]);
    await app.screenshot('32-focus-ring-editor');
  });

  it('Ctrl+P shows the print view and asks the system to print', async () => {
    const { page } = app;
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: 'Bản in' });
    await dialog.waitFor();
    await expect.poll(() => app.recorded.prints).toBe(1);
    await expect(dialog.locator('section[data-page]').count()).resolves.toBeGreaterThan(0);
    await app.screenshot('33-print-view');
    await page.getByRole('button', { name: 'Đóng bản in' }).click();
    await expect(dialog.count()).resolves.toBe(0);
  });
});

describe('bố cục 1366x768 và 150 %', () => {
  for (const [name, opts] of [
    ['1366x768', { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 }],
    // A 1366x768 screen at Windows 150 % scaling leaves 911x512 CSS pixels.
    ['150pct', { viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 }],
  ] as const) {
    it(`library and editor fit at ${name}`, async () => {
      const dataDir = makeTempDir();
      const app = await launchApp({ dataDir, ...opts, navigate: false });
      try {
        const seed = loadSeedMeeting();
        await createMeeting(app, (m) => ({ ...seed, id: m.id, createdAt: m.createdAt, updatedAt: m.updatedAt }));
        await app.page.goto(`${app.origin}/index.html`);
        await app.page.locator(LIBRARY_ROW).first().waitFor();
        expect(await layoutFits(app.page)).toEqual({ horizontalOverflow: false, offscreen: [] });
        await app.screenshot(`40-layout-${name}-library`);
        await openMeetingFromLibrary(app.page, seed.subject);
        await expect(field(app.page, 'Địa điểm').isVisible()).resolves.toBe(true);
        expect(await layoutFits(app.page)).toEqual({ horizontalOverflow: false, offscreen: [] });
        await app.screenshot(`41-layout-${name}-editor`);
        const previewShown = await app.page.locator(PREVIEW_PAGE).first().isVisible();
        if (!previewShown) await app.page.getByRole('button', { name: 'Hiện xem trước' }).click();
        await app.page.locator(PREVIEW_PAGE).first().scrollIntoViewIfNeeded();
        await app.screenshot(`42-layout-${name}-preview`);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
