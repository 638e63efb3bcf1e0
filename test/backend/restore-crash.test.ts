/**
 * Crash safety of restore: a child restores a backup over a library and is SIGKILLed at instants
 * spread over the whole restore, 60 times. After every kill, opening the library finds exactly the
 * old library or exactly the new one, every file whole (the register and the issued documents
 * included); kills before the commit must leave the old one, kills once the journal is written the
 * new one. tasks.json, when there is one, describes only the meetings found, and Theo dõi lists
 * exactly the tasks of that library.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SWITCH_DIR } from '../../src/backend/storage/librarySwitch';
import { bundleChild, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';
import {
  expectedFollowup,
  followupOf,
  makeRestoreFixtures,
  resetLibrary,
  stateOf,
} from '../fixtures/storage/restoreLibrary';

const KILLS = 60;
const SLOW_MS = 3;

let work: string;
let childJs: string;
let template: string;
let zip: string;

beforeAll(async () => {
  work = tempDir('bienban-restore-crash-');
  childJs = await bundleChild('restoreChild.ts', join(work, 'child.cjs'));
  ({ template, zip } = await makeRestoreFixtures(work));
});
afterAll(async () => {
  await removeDir(work);
});

/** Run the child; kill it `delayMs` after it is ready (never, when null); resolves with the restore's duration if it finished. */
function runChild(dataDir: string, delayMs: number | null): Promise<{ doneMs: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dataDir, zip, String(SLOW_MS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let doneMs: number | null = null;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let buf = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const [word, n] = buf.slice(0, nl).split(' ');
        buf = buf.slice(nl + 1);
        if (word === 'READY' && delayMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (word === 'DONE') {
          doneMs = Number(n);
          if (delayMs === null) child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (${code}): ${stderr}`));
      else resolve({ doneMs });
    });
  });
}

/** Where the kill landed, read from the disk before anything settles it. */
function bucketOf(dataDir: string): 'before' | 'during' | 'after' {
  if (existsSync(join(dataDir, SWITCH_DIR, 'journal.json'))) return 'during';
  return readdirSync(join(dataDir, 'meetings')).includes('cu-a.json') ? 'before' : 'after';
}

it(`a restore killed at ${KILLS} instants leaves the old or the new library, whole`, async () => {
  const calibration = join(work, 'do-thoi-gian');
  resetLibrary(template, calibration);
  const { doneMs } = await runChild(calibration, null);
  expect(stateOf(calibration)).toBe('new');
  const span = doneMs! * 1.15; // a few kills after the end, too

  const buckets = { before: 0, during: 0, after: 0 };
  for (let i = 0; i < KILLS; i++) {
    const dir = join(work, `thu-vien-${i}`);
    resetLibrary(template, dir);
    // Stratified: one kill in each of KILLS equal slices of the restore, at a random point of it.
    await runChild(dir, ((i + Math.random()) / KILLS) * span);
    const bucket = bucketOf(dir);
    buckets[bucket]++;
    const expected = bucket === 'before' ? 'old' : 'new';
    // Without a journal the disk is settled already: what the kill left (tasks.json included) is one library, whole.
    if (bucket !== 'during') expect(stateOf(dir), `kill ${i} (${bucket}), before opening`).toBe(expected);

    const s = await openServices(dir);
    const listed = s.library.list().map((m) => m.id);
    const damaged = s.notices().filter((n) => /bị hỏng/.test(n.message));
    const tasks = await followupOf(s);
    await s.close();
    const state = stateOf(dir);
    expect(state, `kill ${i} (${bucket})`).toBe(expected);
    expect(tasks, `kill ${i} (${bucket}): Theo dõi`).toEqual(expectedFollowup(state));
    expect(listed.length, `kill ${i}`).toBe(3);
    expect(damaged, `kill ${i}`).toEqual([]);
    expect(existsSync(join(dir, SWITCH_DIR)), `kill ${i}`).toBe(false);
    await removeDir(dir);
  }
  console.log(
    `restore crash test: restore ${doneMs} ms; kills before/during/after the switch: ${JSON.stringify(buckets)}`,
  );
  expect(buckets.before).toBeGreaterThan(0);
  expect(buckets.during).toBeGreaterThan(0);
  expect(buckets.after).toBeGreaterThan(0);
}, 180_000);
