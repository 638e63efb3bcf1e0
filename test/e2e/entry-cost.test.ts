/**
 * What the first meeting costs: the seed session and a state example entered from an empty library
 * on a new machine with real key events, keystrokes and clicks counted (test/e2e/entry.ts); the
 * stored meeting must equal its file, so every counted key did its work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../src/shared/model/library';
import { parseMeeting } from '../../src/shared/model/parse';
import type { Meeting } from '../../src/shared/model/meeting';
import { describeCounts, enterFirstMeeting } from './entry';
import { launchApp, makeTempDir, ROOT, type App } from './harness';
import { typedFacts, waitSaved } from './ui';

function example(file: string): Meeting {
  const parsed = parseMeeting(JSON.parse(readFileSync(join(ROOT, 'resources', 'examples', file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} không hợp lệ`);
  return parsed.value;
}

describe('chi phí nhập buổi làm việc đầu tiên', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it.each(['long-bien-2021-02-23.json', 'ubnd-gia-lam-2024-03-12.json'])(
    '%s from an empty library: every typed fact stored, the cost printed',
    async (file) => {
      const m = example(file);
      app = await launchApp({ dataDir: makeTempDir(), firstRun: true });
      const counts = await enterFirstMeeting(app.page, m);
      await app.page.keyboard.press('Control+s');
      await waitSaved(app.page);
      const { items } = await app.call<LibraryPage>('library:list', {});
      const stored = await app.call<Meeting>('meeting:get', { id: items[0]!.id });
      expect(typedFacts(stored)).toEqual(typedFacts(m));
      process.stdout.write(describeCounts(file, counts));
      // The targets of issue 12 for the seed (measured before: 130 keystrokes, 31 clicks).
      if (file.startsWith('long-bien')) {
        expect(counts.overheadKeys).toBeLessThanOrEqual(150);
        expect(counts.clicks).toBeLessThanOrEqual(25);
      }
      expect(app.pageErrors).toEqual([]);
    },
    600_000,
  );
});
