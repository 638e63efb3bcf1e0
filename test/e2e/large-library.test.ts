/**
 * A library larger than one screen: the first rows come at once, the rest follows, and the list the
 * secretary scrolls is the whole library, newest first.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import { fillLibrary } from './fixtures';
import { launchApp, makeTempDir, type App } from './harness';
import { LIBRARY_ROW, librarySearch, waitForLibraryRows } from './ui';

const COUNT = 260; // more than the first screen the library asks for (200)
let app: App;

beforeAll(async () => {
  app = await launchApp({ dataDir: makeTempDir(), navigate: false });
  await fillLibrary(app, COUNT);
  await app.page.goto(`${app.origin}/index.html`);
  await waitForLibraryRows(app.page);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const status = () => app.page.getByRole('status').filter({ hasText: 'buổi làm việc' });
const rowText = (i: number) => app.page.locator(`${LIBRARY_ROW}[aria-posinset="${i}"]`).textContent();

it('counts the whole library and scrolls from the newest to the oldest meeting', async () => {
  const { page } = app;
  const { items } = await app.call<LibraryPage>('library:list', {});
  await expect.poll(() => status().textContent()).toBe(`${COUNT} buổi làm việc`);
  await expect(rowText(1)).resolves.toContain(items[0]!.subject);

  await page.locator(LIBRARY_ROW).first().click();
  await page.keyboard.press('End');
  await page.locator(`${LIBRARY_ROW}[aria-posinset="${COUNT}"]`).waitFor();
  await expect(rowText(COUNT)).resolves.toContain(items[COUNT - 1]!.subject);
  await app.screenshot('50-large-library-end');
});

it('searching narrows the count and the rows together', async () => {
  const { items, total } = await app.call<LibraryPage>('library:list', { search: 'long bien' });
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(COUNT);
  await librarySearch(app.page).fill('long bien');
  await expect.poll(() => status().textContent()).toBe(`${total} buổi làm việc`);
  await expect(rowText(1)).resolves.toContain(items[0]!.subject);
});
