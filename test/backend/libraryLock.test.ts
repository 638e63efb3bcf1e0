/**
 * One writer per data folder: the app and `bienban` commands, each a separate process, never open
 * the same library at once; a lock left by a crash never keeps the app out.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLibraryLock, claimPath, LOCK_FILE } from '../../src/backend/storage/libraryLock';
import {
  bundleChild,
  cliInProcess as cli,
  EXAMPLES_DIR,
  openServices,
  removeDir,
  tempDir,
} from '../fixtures/storage/helpers';

let work: string;
let childJs: string;
let data: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  work = tempDir('bienban-lock-');
  childJs = await bundleChild('lockChild.ts', join(work, 'lock-child.cjs'));
});
beforeEach(() => {
  data = join(tempDir(), 'data');
});
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
afterAll(async () => {
  await removeDir(work);
});

/** Another process with the library open through the real services, as the app or a command. */
function startHolder(dataDir: string, holder: 'app' | 'cli'): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, [childJs, 'hold', dataDir, holder]);
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('READY')) resolve(child);
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

function stopHolder(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.stdin.end();
  });
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid!;
}

function writeLock(dataDir: string, owner: Record<string, unknown>, ageMs = 0): string {
  const path = join(dataDir, LOCK_FILE);
  writeFileSync(path, typeof owner.raw === 'string' ? owner.raw : JSON.stringify(owner));
  const t = new Date(Date.now() - ageMs);
  utimesSync(path, t, t);
  return path;
}

const lockOf = (dataDir: string) =>
  JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number; holder: string };

it('a command refuses a library the app has open, says who holds it, and touches nothing', async () => {
  expect(
    (await cli('library', 'import', '--data-dir', data, join(EXAMPLES_DIR, 'long-bien-2021-02-23.json'))).code,
  ).toBe(0);
  const app = await startHolder(data, 'app');
  // A temp file of a save in flight: a second writer's start-up would sweep it away.
  const inFlight = join(data, 'meetings', '.long-bien-2021-02-23.json.123.tmp');
  writeFileSync(inFlight, '{}');

  const started = Date.now();
  const r = await cli('library', 'list', '--data-dir', data);
  expect(r.code).toBe(1);
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(
    new RegExp(
      `đang được ứng dụng Biên Bản \\(tiến trình ${app.pid} từ \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}\\) sử dụng\\. Hãy đóng ứng dụng rồi thử lại\\.`,
    ),
  );
  // The app is never waited for: it keeps a library open for hours.
  expect(Date.now() - started).toBeLessThan(2000);
  expect(existsSync(inFlight)).toBe(true);
  expect(lockOf(data).pid).toBe(app.pid);

  expect(await stopHolder(app)).toBe(0);
  expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  const after = await cli('library', 'list', '--data-dir', data);
  expect(after.code).toBe(0);
  expect(after.out).toMatch(/1 buổi làm việc\./);
  expect(existsSync(join(data, LOCK_FILE))).toBe(false);
});

it('the app waits for a running command to finish, then opens the library', async () => {
  const command = await startHolder(data, 'cli');
  const started = Date.now();
  const opening = acquireLibraryLock(data, { holder: 'app', waitMs: 10_000 });
  setTimeout(() => void stopHolder(command), 400);
  const lock = await opening;
  expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  expect(lockOf(data)).toMatchObject({ pid: process.pid, holder: 'app' });
  await lock.release();
  expect(existsSync(join(data, LOCK_FILE))).toBe(false);
});

it('a command waits a bounded time for another command, then says so', async () => {
  const command = await startHolder(data, 'cli');
  const started = Date.now();
  await expect(acquireLibraryLock(data, { holder: 'cli', waitMs: 500 })).rejects.toThrow(
    new RegExp(
      `đang được một lệnh bienban khác \\(tiến trình ${command.pid} từ .*\\) sử dụng\\. Hãy chờ chương trình đó xong rồi thử lại\\.`,
    ),
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(450);
});

it('a lock left by a killed app is taken over at once, and closing releases it', async () => {
  const app = await startHolder(data, 'app');
  app.kill('SIGKILL');
  await new Promise((r) => app.on('exit', r));
  expect(lockOf(data).pid).toBe(app.pid);

  const started = Date.now();
  const s = await openServices(data);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(lockOf(data)).toMatchObject({ pid: process.pid, holder: 'app' });
  await s.close();
  expect(existsSync(join(data, LOCK_FILE))).toBe(false);
});

it('an empty lock file is awaited while fresh and taken over once old', async () => {
  await openServices(data).then((s) => s.close());
  writeLock(data, { raw: '' });
  await expect(acquireLibraryLock(data, { holder: 'cli' })).rejects.toThrow(
    /đang được một chương trình Biên Bản khác sử dụng/,
  );
  writeLock(data, { raw: '' }, 60_000);
  const lock = await acquireLibraryLock(data, { holder: 'cli' });
  expect(lockOf(data).pid).toBe(process.pid);
  await lock.release();
});

it('a lock from another machine holds while refreshed and is taken over when abandoned', async () => {
  await openServices(data).then((s) => s.close());
  const owner = {
    pid: deadPid(),
    host: `${hostname()}-khac`,
    holder: 'app',
    since: new Date().toISOString(),
    token: 'x',
  };
  writeLock(data, owner, 5_000);
  // Its pid means nothing here: only the age of its heartbeat does.
  await expect(openServices(data)).rejects.toThrow(`trên máy ${hostname()}-khac`);
  writeLock(data, owner, 5 * 60_000);
  const s = await openServices(data);
  expect(lockOf(data).pid).toBe(process.pid);
  await s.close();
});

it('a takeover in progress is left to its taker while it lives, and finished by the next one if it dies', async () => {
  await openServices(data).then((s) => s.close());
  const crashed = {
    pid: deadPid(),
    host: hostname(),
    holder: 'app',
    since: new Date().toISOString(),
    token: 'crashed',
  };
  const lockPath = writeLock(data, crashed);
  // Another process has claimed the removal of that lock and is still running.
  const taker = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  children.push(taker as ChildProcessWithoutNullStreams);
  const claim = claimPath(lockPath, readFileSync(lockPath, 'utf8'));
  writeFileSync(claim, JSON.stringify({ ...crashed, pid: taker.pid, holder: 'cli', token: 'taker' }));

  const started = Date.now();
  await expect(acquireLibraryLock(data, { holder: 'cli' })).rejects.toThrow(/đang được ứng dụng Biên Bản/);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  expect(lockOf(data)).toMatchObject({ pid: crashed.pid });

  // It dies half-way: the next opening supersedes its claim and takes the lock over at once.
  taker.kill('SIGKILL');
  await new Promise((r) => taker.on('exit', r));
  const again = Date.now();
  const lock = await acquireLibraryLock(data, { holder: 'cli' });
  expect(Date.now() - again).toBeLessThan(1000);
  expect(lockOf(data).pid).toBe(process.pid);
  await lock.release();
  expect(readdirSync(data).filter((n) => n === LOCK_FILE || n.endsWith('.stale'))).toEqual([]);
});

it('six commands queueing for one library, starting over a crashed holder, never overlap', async () => {
  await openServices(data).then((s) => s.close());
  writeLock(data, {
    pid: deadPid(),
    host: hostname(),
    holder: 'app',
    since: new Date().toISOString(),
    token: 'crashed',
  });
  const log = join(work, `turns-${Date.now()}.log`);
  const codes = await Promise.all(
    Array.from({ length: 6 }, () => {
      const child = spawn(process.execPath, [childJs, 'turn', data, log], { stdio: 'ignore' });
      return new Promise<number | null>((resolve) => child.on('exit', resolve));
    }),
  );
  expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
  const lines = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(' '));
  expect(lines).toHaveLength(12);
  for (let i = 0; i < lines.length; i += 2) {
    // Each `enter` is followed by the same process's `exit` before anyone else enters.
    expect([lines[i]![0], lines[i + 1]![0]]).toEqual(['enter', 'exit']);
    expect(lines[i + 1]![1]).toBe(lines[i]![1]);
  }
  expect(new Set(lines.map((l) => l[1])).size).toBe(6);
  expect(existsSync(join(data, LOCK_FILE))).toBe(false);
});
