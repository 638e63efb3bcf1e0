/**
 * One writer per data folder: the app and `bienban` commands, each a separate process, never open
 * the same library at once; a lock left by a crash never keeps the app out.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ServiceError } from '../../src/backend/errors/serviceError';
import type { FileSystem } from '../../src/backend/storage/fileSystem';
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

/** `take` in a child process, killed if it has not finished within `limitMs`: a lock-taking that spins is a failure, not a hung run. */
function takeInChild(dataDir: string, waitMs = 0, limitMs = 10_000): Promise<{ out: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [childJs, 'take', dataDir, String(waitMs)]);
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still taking the lock after ${limitMs} ms: ${out}${err}`));
    }, limitMs);
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`take exited ${code}: ${out}${err}`));
      // The child reports how long taking the lock took; its own start-up is left out (seconds under load).
      const timed = /\nMS (\d+)\s*$/.exec(out);
      resolve({
        out: out.slice(0, timed?.index ?? out.length).trim(),
        ms: timed ? Number(timed[1]) : Date.now() - started,
      });
    });
  });
}

/** A file `ageMs` old, as a crash or a full disk leaves it. */
function leftover(path: string, content: string | Buffer, ageMs: number): void {
  writeFileSync(path, content);
  const t = new Date(Date.now() - ageMs);
  utimesSync(path, t, t);
}

const isWindows = process.platform === 'win32';

describe('every unexpected lock state is resolved or reported within seconds', () => {
  const OLD = 60_000;
  const cases: {
    what: string;
    make: (lock: string, dir: string) => void;
    expected: 'taken over' | RegExp;
    /** What must still be there afterwards: nothing but the lock itself is removed. */
    kept?: (dir: string) => void;
    skip?: boolean;
  }[] = [
    {
      what: 'an empty lock and an empty takeover claim, both old: what a full disk leaves',
      make: (lock) => {
        leftover(lock, '', OLD);
        leftover(claimPath(lock, ''), '', OLD);
      },
      expected: 'taken over',
    },
    {
      what: 'an empty lock whose old takeover claim holds half an owner',
      make: (lock) => {
        leftover(lock, '', OLD);
        leftover(claimPath(lock, ''), '{"pid":', OLD);
      },
      expected: 'taken over',
    },
    {
      what: 'a garbage lock whose old takeover claim holds the same garbage',
      make: (lock) => {
        leftover(lock, 'x', OLD);
        leftover(claimPath(lock, 'x'), 'x', OLD);
      },
      expected: 'taken over',
    },
    {
      what: 'an old lock of 8 MB of garbage',
      make: (lock) => leftover(lock, Buffer.alloc(8 << 20, 'x'), OLD),
      expected: 'taken over',
    },
    {
      what: 'a dangling symbolic link',
      make: (lock, dir) => symlinkSync(join(dir, 'khong-co'), lock),
      expected: 'taken over',
      skip: isWindows,
    },
    {
      what: 'a symbolic link to a fresh file, which is neither followed nor touched',
      make: (lock, dir) => {
        writeFileSync(join(dir, 'ghi-chu.txt'), 'ghi chú');
        symlinkSync(join(dir, 'ghi-chu.txt'), lock);
      },
      expected: 'taken over',
      kept: (dir) => expect(readFileSync(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('ghi chú'),
      skip: isWindows,
    },
    {
      what: 'a named pipe, which is never opened',
      make: (lock) => expect(spawnSync('mkfifo', [lock]).status).toBe(0),
      expected: 'taken over',
      skip: isWindows,
    },
    {
      what: 'a folder, which is left as it is',
      make: (lock) => {
        mkdirSync(lock);
        writeFileSync(join(lock, 'ghi-chu.txt'), 'ghi chú');
      },
      expected:
        /^Không mở được thư mục dữ liệu: .*bienban\.lock là một thư mục chứ không phải tệp khóa của Biên Bản\. Hãy chuyển thư mục đó đi nơi khác rồi thử lại\.$/,
      kept: (dir) => expect(readFileSync(join(dir, LOCK_FILE, 'ghi-chu.txt'), 'utf8')).toBe('ghi chú'),
    },
    {
      what: 'an old empty lock whose takeover claim is a folder',
      make: (lock) => {
        leftover(lock, '', OLD);
        mkdirSync(claimPath(lock, ''));
      },
      expected: 'taken over',
    },
    {
      what: 'an old empty lock whose takeover claim is a dangling link',
      make: (lock, dir) => {
        leftover(lock, '', OLD);
        symlinkSync(join(dir, 'khong-co'), claimPath(lock, ''));
      },
      expected: 'taken over',
      skip: isWindows,
    },
    {
      // A taker killed between creating its claim and writing it (what the crash test hits): the
      // claim is still empty 1.5 s later, so it is superseded within the 2 s a takeover is waited for.
      what: 'an old empty lock whose empty takeover claim was made a moment ago: the claim is superseded, the lock taken',
      make: (lock) => {
        leftover(lock, '', OLD);
        leftover(claimPath(lock, ''), '', 0);
      },
      expected: 'taken over',
    },
    {
      what: 'an old empty lock whose takeover claim names a live taker: waited for 2 s, then reported',
      make: (lock) => {
        leftover(lock, '', OLD);
        leftover(
          claimPath(lock, ''),
          JSON.stringify({
            pid: process.pid,
            host: hostname(),
            holder: 'cli',
            since: new Date().toISOString(),
            token: 'live-taker',
          }),
          0,
        );
      },
      expected: /^Thư mục dữ liệu đang được một chương trình Biên Bản khác sử dụng\./,
    },
    {
      what: 'an old empty lock behind a chain of eight empty claims, each superseding the last',
      make: (lock) => {
        leftover(lock, '', OLD);
        for (let depth = 0; depth < 8; depth++) leftover(claimPath(lock, '', depth), '', OLD);
      },
      expected:
        /^Không mở được thư mục dữ liệu: có quá nhiều lần gỡ tệp khóa .*bienban\.lock bị bỏ dở\. Nếu chắc chắn không còn chương trình Biên Bản nào đang chạy, hãy xóa tệp khóa và các tệp bienban\.lock\.\*\.takeover bên cạnh rồi thử lại\.$/,
    },
    {
      what: 'an empty lock and an empty claim made a moment ago: a taker may be writing them',
      make: (lock) => {
        leftover(lock, '', 0);
        leftover(claimPath(lock, ''), '', 0);
      },
      expected: /^Thư mục dữ liệu đang được một chương trình Biên Bản khác sử dụng\./,
    },
  ];

  for (const c of cases) {
    it.skipIf(c.skip)(c.what, async () => {
      await openServices(data).then((s) => s.close());
      const lock = join(data, LOCK_FILE);
      c.make(lock, data);
      const { out, ms } = await takeInChild(data);
      if (c.expected === 'taken over') {
        expect(out).toMatch(/^TOOK \d+$/);
        // Released again by the child: nothing of the bad state, nothing of the takeover is left.
        expect(() => lstatSync(lock)).toThrow();
        expect(readdirSync(data).filter((n) => n.endsWith('.stale'))).toEqual([]);
      } else {
        expect(out).toMatch(c.expected);
      }
      c.kept?.(data);
      // Resolved or reported within seconds: the lock's own bounded retries, not the child's start-up.
      expect(ms).toBeLessThan(3000);
    });
  }
});

describe('a full disk or a failing file system, injected', () => {
  const fail = (code: string) => Object.assign(new Error(code), { code });
  /** Creating `match`ed files works, their bytes are refused: what a full disk does. */
  function fullDiskFor(match: (path: string) => boolean): FileSystem {
    return {
      ...fsp,
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const h = await fsp.open(...args);
        if (match(String(args[0]))) {
          h.writeFile = async () => Promise.reject(fail('ENOSPC'));
          h.write = (async () => Promise.reject(fail('ENOSPC'))) as typeof h.write;
        }
        return h;
      }) as typeof fsp.open,
    };
  }
  const lockFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(LOCK_FILE));
  /** Fails the test instead of hanging it. */
  const within = <T>(ms: number, p: Promise<T>) =>
    Promise.race([
      p,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
    ]);

  it('a full disk while writing the lock leaves no lock behind, says the disk is full, and the next opening is at once', async () => {
    await openServices(data).then((s) => s.close());
    const started = Date.now();
    const err = await within(
      5000,
      openServices(data, { fs: fullDiskFor((p) => p.endsWith(LOCK_FILE)), holder: 'cli', lockWaitMs: 3000 }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as Error).message).toMatch(
      /^Không mở được thư mục dữ liệu vì không ghi được tệp khóa .*bienban\.lock: ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại\. Chưa có gì trong thư mục dữ liệu bị thay đổi\.$/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(lockFiles(data)).toEqual([]);
    // Not "another Biên Bản holds the folder" for the next 10 s: nothing is left that looks held.
    const lock = await acquireLibraryLock(data, { holder: 'cli' });
    await lock.release();
  });

  it('a full disk while claiming a dead lock leaves no claim behind, and the next opening takes the lock over at once', async () => {
    await openServices(data).then((s) => s.close());
    writeLock(data, { pid: deadPid(), host: hostname(), holder: 'app', since: new Date().toISOString(), token: 'c' });
    const err = await within(
      5000,
      acquireLibraryLock(data, { holder: 'cli', fs: fullDiskFor((p) => p.endsWith('.takeover')) }),
    ).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^Không mở được thư mục dữ liệu vì không ghi được tệp khóa .*: ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại\./,
    );
    expect(lockFiles(data)).toEqual([LOCK_FILE]);
    const started = Date.now();
    const lock = await acquireLibraryLock(data, { holder: 'cli' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(lockOf(data).pid).toBe(process.pid);
    await lock.release();
  });

  it('an unreadable lock is reported while its heartbeat is fresh, and taken over once 90 s old', async () => {
    await openServices(data).then((s) => s.close());
    const path = writeLock(data, { raw: '{"pid":1}' });
    let denied = true;
    // Only creating it is allowed: a lock of another user, say, whose permissions shut us out.
    const fs: FileSystem = {
      ...fsp,
      open: (async (file: string, flags?: string | number, mode?: number) => {
        const creating = typeof flags === 'string' ? /[wax]/.test(flags) : ((flags ?? 0) & constants.O_CREAT) !== 0;
        if (denied && file === path && !creating) throw fail('EACCES');
        return fsp.open(file, flags, mode);
      }) as typeof fsp.open,
      readFile: (async (file: string, options?: unknown) => {
        if (denied && file === path) throw fail('EACCES');
        return fsp.readFile(file, options as never);
      }) as typeof fsp.readFile,
    };
    const started = Date.now();
    await expect(within(5000, acquireLibraryLock(data, { holder: 'cli', waitMs: 500, fs }))).rejects.toThrow(
      /^Không mở được thư mục dữ liệu vì không đọc được tệp khóa .*bienban\.lock: .*Nếu chắc chắn không còn chương trình nào đang chạy, hãy xóa tệp đó rồi thử lại\.$/,
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(readFileSync(path, 'utf8')).toBe('{"pid":1}');

    const t = new Date(Date.now() - 5 * 60_000);
    utimesSync(path, t, t);
    const lock = await within(5000, acquireLibraryLock(data, { holder: 'cli', fs }));
    denied = false;
    expect(lockOf(data).pid).toBe(process.pid);
    await lock.release();
    expect(lockFiles(data).filter((n) => !n.endsWith('.takeover'))).toEqual([]);
  });

  it('a dead lock that reappears each time it is removed (a sync tool restoring it) ends in a message within seconds', async () => {
    await openServices(data).then((s) => s.close());
    const path = writeLock(data, {
      pid: deadPid(),
      host: hostname(),
      holder: 'app',
      since: new Date().toISOString(),
      token: 'c',
    });
    const fs: FileSystem = {
      ...fsp,
      rename: async (from, to) => {
        await fsp.rename(from, to);
        if (String(from) === path) await fsp.copyFile(to, path);
      },
    };
    const started = Date.now();
    await expect(within(8000, acquireLibraryLock(data, { holder: 'cli', fs }))).rejects.toThrow(
      /^Không mở được thư mục dữ liệu: tệp khóa .*bienban\.lock cứ xuất hiện lại sau khi được gỡ bỏ/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    // Bounded: a handful of claims, not one per spin.
    expect(lockFiles(data).filter((n) => n.endsWith('.takeover')).length).toBeLessThanOrEqual(2);
  });
});
