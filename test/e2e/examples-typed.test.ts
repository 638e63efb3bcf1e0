/**
 * Each new example of issue #8, typed from scratch through the editor as a secretary would, is
 * stored exactly as its file: the outline, bullets, tracking data, typed phrases, `Căn cứ` lines,
 * six signature blocks. Screenshots of the outline editor and the format warning go to the run's folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import type { Meeting } from '../../src/shared/model/meeting';
import { launchApp, makeTempDir, ROOT, type App } from './harness';
import { backToLibrary, clickButton, choose, enterMeeting, typedFacts, waitSaved } from './ui';

const EXAMPLES = [
  'vpcp-nha-o-xa-hoi-2026-06-05.json',
  'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json',
  'phu-quy-dang-uy-2026-01-08.json',
] as const;

const load = (file: string): Meeting =>
  JSON.parse(readFileSync(join(ROOT, 'resources', 'examples', file), 'utf8')) as Meeting;

describe('the examples of issue #8 typed from scratch', () => {
  let app: App;

  beforeAll(async () => {
    app = await launchApp({ dataDir: makeTempDir() });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(EXAMPLES)(
    '%s',
    async (file) => {
      const example = load(file);
      const { page } = app;
      // A failed example before this one may have left its editor open.
      if (await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).isVisible()) await backToLibrary(page);
      const before = (await app.call<LibraryPage>('library:list', {})).items.map((x) => x.id);
      await page.getByRole('button', { name: 'Tạo mới', exact: true }).waitFor();
      await clickButton(page, 'Tạo mới');
      await page.getByRole('toolbar', { name: 'Thanh công cụ soạn thảo' }).waitFor();
      await enterMeeting(page, example);
      await page.keyboard.press('Control+s');
      await waitSaved(page);
      const created = (await app.call<LibraryPage>('library:list', {})).items.find((x) => !before.includes(x.id))!;
      const stored = await app.call<Meeting>('meeting:get', { id: created.id });
      await page.locator('#sec-conclusions').scrollIntoViewIfNeeded();
      await app.screenshot(`30-outline-${file.replace('.json', '')}`);
      if (file.startsWith('phu-quy')) {
        // The Party committee drafted in the state format: the editor warns.
        await choose(page, 'Thể thức văn bản', 'nd30-2020');
        const warning = page
          .getByRole('note', { name: 'Cảnh báo thể thức' })
          .filter({ hasText: 'là cơ quan của Đảng' });
        await warning.waitFor();
        // The one warning sits above the form: bring it, not the card below it, into the screenshot.
        await warning.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await app.screenshot('31-format-warning');
        await choose(page, 'Thể thức văn bản', 'hd36-2018');
        await waitSaved(page);
      }
      await backToLibrary(page);
      expect(typedFacts(stored)).toEqual(typedFacts(example));
      expect(app.pageErrors).toEqual([]);
    },
    300_000,
  );
});
