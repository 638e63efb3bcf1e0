/**
 * Smoke test of the BUILT main process and preload under a recording fake `electron` module
 * (the real binary cannot be downloaded here): the app starts, hardens itself, registers the whole
 * contract, and the preload exposes exactly the contract and requires nothing but electron.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc/contract';
import { secureWebPreferences } from '../../src/main/security/policies';
import { CSP_META } from '../../src/main/security/csp';

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'out/main/index.js');
const PRELOAD = join(ROOT, 'out/preload/index.js');
const RENDERER_INDEX = join(ROOT, 'out/renderer/index.html');
const FAKE = join(ROOT, 'test/fixtures/fake-electron/index.cjs');
const requireCjs = createRequire(__filename);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake's recorded callbacks are untyped
type Loose = any;
type Listener = (...args: Loose[]) => Loose;
interface FakeWindow {
  options: Record<string, Loose>;
  loaded: { file?: string; url?: string; opts?: unknown }[];
  webContents: { id: number; listeners(e: string): Listener[]; windowOpenHandler: Listener | null };
  listeners(e: string): Listener[];
  destroyed?: boolean;
}
interface Record_ {
  app: {
    name: string;
    paths: Record<string, string>;
    singleInstanceLockRequested: number;
    sandboxEnabled: boolean;
    switches: Record<string, string>;
    quitCalls: number;
    exitCalls: number[];
  };
  windows: FakeWindow[];
  ipcHandlers: Map<string, Listener>;
  menu: { template: { label?: string }[] } | null;
  session: Record<
    'permissionRequestHandler' | 'permissionCheckHandler' | 'onBeforeRequest' | 'onHeadersReceived',
    Listener | null
  >;
  exposed: { key: string; value: Loose }[];
  invoked: { channel: string; input: unknown }[];
  sendSyncReply: unknown;
  errorBoxes: { title: string; content: string }[];
  printLayoutReplies: Loose[];
  printToPDF: Loose[];
  ipcListeners: Map<string, Listener>;
}
interface Fake {
  app: { listeners(e: string): Listener[] };
  __record: Record_;
}

const ModuleAny = Module as unknown as { _resolveFilename: Listener; _load: Listener };
const originalResolve = ModuleAny._resolveFilename;
const originalLoad = ModuleAny._load;

/** Newest mtime under a folder (sources that the main/preload bundles depend on). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt(): void {
  const stale =
    !existsSync(MAIN) ||
    !existsSync(PRELOAD) ||
    Math.min(statSync(MAIN).mtimeMs, statSync(PRELOAD).mtimeMs) <
      Math.max(
        newest(join(ROOT, 'src/main')),
        newest(join(ROOT, 'src/backend')),
        newest(join(ROOT, 'src/preload')),
        newest(join(ROOT, 'src/shared')),
      );
  if (stale) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
}

/** Load a built file with `electron` resolved to a fresh fake; returns the fake and what the file required. */
function loadWithFakeElectron(file: string): { fake: Fake; required: string[] } {
  delete requireCjs.cache[FAKE];
  delete requireCjs.cache[file];
  const required: string[] = [];
  ModuleAny._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return FAKE;
    return originalResolve.call(this, request, ...rest);
  };
  ModuleAny._load = function (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) {
    if (parent?.filename === file) required.push(request);
    return originalLoad.call(this, request, parent, ...rest);
  };
  const fake = requireCjs(FAKE) as Fake;
  requireCjs(file);
  return { fake, required };
}

function restoreModuleHooks(): void {
  ModuleAny._resolveFilename = originalResolve;
  ModuleAny._load = originalLoad;
}

async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('built main process under a fake electron', () => {
  let fake: Fake;
  let rec: Record_;
  let win: FakeWindow;
  const appPage = pathToFileURL(RENDERER_INDEX).href;

  beforeAll(async () => {
    ensureBuilt();
    delete process.env.ELECTRON_RENDERER_URL;
    try {
      fake = loadWithFakeElectron(MAIN).fake;
    } finally {
      restoreModuleHooks();
    }
    rec = fake.__record;
    await until(() => rec.windows.length > 0 || rec.app.exitCalls.length > 0, 'the main window');
    expect(rec.app.exitCalls).toEqual([]);
    win = rec.windows[0]!;
  });

  afterAll(async () => {
    // Quit as the user would, so the backend flushes and closes its files.
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const l of fake?.app.listeners('before-quit') ?? []) l(event);
    if (rec) await until(() => rec.app.quitCalls > 0, 'quit after flush').catch(() => undefined);
  });

  it('asks for the single-instance lock, names the app and enables the sandbox everywhere', () => {
    expect(rec.app.singleInstanceLockRequested).toBe(1);
    expect(fake.app.listeners('second-instance').length).toBe(1);
    expect(rec.app.name).toBe('Biên Bản');
    expect(rec.app.sandboxEnabled).toBe(true);
    // Chromium's own strings in Vietnamese whatever the system language.
    expect(rec.app.switches.lang).toBe('vi');
    // The same folder the CLI's library commands default to.
    expect(rec.app.paths.userData).toBe(
      join((fake.app as unknown as { getPath(n: string): string }).getPath('appData'), 'Biên Bản'),
    );
  });

  it('opens one hidden window with the secure preferences, title and minimum size', () => {
    expect(rec.windows.length).toBe(1);
    expect(win.options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
    expect(win.options.show).toBe(false);
    expect(win.options.title).toBe('Biên Bản');
    expect(win.options.minWidth).toBe(1024);
    expect(win.options.minHeight).toBe(700);
    expect(win.listeners('ready-to-show').length).toBe(1);
  });

  it('points at a built page and preload that exist', () => {
    expect(win.loaded).toEqual([{ file: RENDERER_INDEX, opts: undefined }]);
    expect(existsSync(RENDERER_INDEX)).toBe(true);
    expect(existsSync(win.options.webPreferences.preload)).toBe(true);
  });

  it('the built page carries the strict CSP (the dev relaxation never reaches a build)', () => {
    const html = readFileSync(RENDERER_INDEX, 'utf8');
    const m = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.+?)\1/i.exec(html);
    expect(m?.[2]).toBe(CSP_META);
  });

  it('registers every contract channel with ipcMain.handle, and nothing else', () => {
    expect([...rec.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers the app page through the real backend and refuses a foreign frame', async () => {
    const handler = rec.ipcHandlers.get('app:info')!;
    const ok = await handler({ senderFrame: { url: `${appPage}#/`, parent: null } }, {});
    expect(ok.ok).toBe(true);
    expect(ok.value.version).toBe('0.0.0-smoke');
    const sub = await handler({ senderFrame: { url: appPage, parent: {} } }, {});
    expect(sub.error.code).toBe('forbidden_sender');
    const foreign = await handler({ senderFrame: { url: 'https://example.com/', parent: null } }, {});
    expect(foreign.error.code).toBe('forbidden_sender');
    const gone = await handler({ senderFrame: null }, {});
    expect(gone.error.code).toBe('forbidden_sender');
  });

  it('renders a PDF in a hidden sandboxed print window that alone receives the layout', async () => {
    const handler = (channel: string) => rec.ipcHandlers.get(channel)!;
    const top = { senderFrame: { url: appPage, parent: null } };
    const created = await handler('library:create')(top, { template: 'example-state' });
    expect(created.ok).toBe(true);
    const before = rec.windows.length;
    const r = await handler('export:pdf')(top, { id: created.value.id, document: 'minutes' });
    // The fake save dialog cancels: rendering happened, nothing was written.
    expect(r).toEqual({ ok: true, value: { canceled: true, path: '' } });
    expect(rec.windows.length).toBe(before + 1);
    const printWin = rec.windows.at(-1)!;
    expect(printWin.options.show).toBe(false);
    expect(printWin.options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
    expect(printWin.loaded).toEqual([{ file: RENDERER_INDEX, opts: { hash: '/print' } }]);
    expect(printWin.destroyed).toBe(true);
    expect(rec.printToPDF.at(-1)).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true });
    const layout = rec.printLayoutReplies.at(-1);
    expect(Array.isArray(layout?.blocks) && layout.blocks.length > 0).toBe(true);
    // Any other window asking for the layout gets nothing.
    const ask = rec.ipcListeners.get('bienban:print-layout')!;
    const other = {
      sender: win.webContents,
      senderFrame: { url: appPage, parent: null },
      returnValue: undefined as unknown,
    };
    ask(other);
    expect(other.returnValue).toBeNull();
  });

  it('denies navigation away, window.open and webview attach on the window', () => {
    const wc = win.webContents;
    const navigate = (url: string) => {
      let prevented = false;
      for (const l of wc.listeners('will-navigate')) l({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${appPage}#/meeting/1`)).toBe(false);
    for (const e of ['will-redirect', 'will-frame-navigate']) expect(wc.listeners(e).length, e).toBeGreaterThan(0);
    expect(wc.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let attachPrevented = false;
    for (const l of wc.listeners('will-attach-webview')) l({ preventDefault: () => (attachPrevented = true) });
    expect(attachPrevented).toBe(true);
  });

  it('denies permissions and cancels remote requests at the session, adding the CSP header', () => {
    const s = rec.session;
    let granted: boolean | undefined;
    s.permissionRequestHandler!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(s.permissionCheckHandler!()).toBe(false);
    const request = (url: string) => {
      let cancel: boolean | undefined;
      s.onBeforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(request('https://example.com/x.js')).toBe(true);
    expect(request(appPage)).toBe(false);
    let headers: Record<string, string[]> = {};
    s.onHeadersReceived!(
      { responseHeaders: {} },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
  });

  it('sets a Vietnamese menu and flushes on window close and Windows session end', () => {
    expect(rec.menu?.template.map((i) => i.label)).toContain('Tệp');
    for (const e of ['close', 'query-session-end', 'session-end'])
      expect(win.listeners(e).length, e).toBeGreaterThan(0);
    expect(fake.app.listeners('before-quit').length).toBe(1);
  });

  it('holds the first quit until saves are flushed, then quits', async () => {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const l of fake.app.listeners('before-quit')) l(event);
    expect(event.defaultPrevented).toBe(true);
    await until(() => rec.app.quitCalls > 0, 'app.quit after flush');
  });
});

describe('what the packaged app ships', () => {
  it('the built main requires only electron, Node built-ins and the dependencies packaging includes', () => {
    ensureBuilt();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const requires = new Set(
      [...readFileSync(MAIN, 'utf8').matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!),
    );
    const packageOf = (r: string) => (r.startsWith('@') ? r.split('/').slice(0, 2).join('/') : r.split('/')[0]!);
    const missing = [...requires].filter(
      (r) => r !== 'electron' && !r.startsWith('.') && !Module.isBuiltin(r) && !(packageOf(r) in pkg.dependencies),
    );
    expect(missing).toEqual([]);
    // Bundled, not required at run time: devDependencies are not in the package.
    expect([...requires].filter((r) => ['lowdb', 'flexsearch', 'fflate', 'react'].includes(packageOf(r)))).toEqual([]);
    expect(requires).toContain('docx');
  });
});

describe('built preload under a fake electron', () => {
  afterAll(() => {
    delete (globalThis as { location?: unknown }).location;
  });

  it('requires nothing but electron (runtime and source)', () => {
    ensureBuilt();
    let required: string[];
    try {
      required = loadWithFakeElectron(PRELOAD).required;
    } finally {
      restoreModuleHooks();
    }
    expect([...new Set(required)]).toEqual(['electron']);
    const requires = [...readFileSync(PRELOAD, 'utf8').matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (m) => m[1],
    );
    expect([...new Set(requires)]).toEqual(['electron']);
    expect(readFileSync(PRELOAD, 'utf8')).not.toMatch(/\bzod\b/);
  });

  it('exposes window.api with exactly one function per contract channel, each invoking its channel', async () => {
    let fake: Fake;
    try {
      fake = loadWithFakeElectron(PRELOAD).fake;
    } finally {
      restoreModuleHooks();
    }
    const rec = fake.__record;
    expect(rec.exposed.map((e) => e.key)).toEqual(['api']);
    const api = rec.exposed[0]!.value as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const c of CHANNELS) {
      expect(typeof api[c], c).toBe('function');
      await api[c]!({ probe: c });
    }
    await api['settings:get']!();
    expect(rec.invoked.slice(0, CHANNELS.length)).toEqual(CHANNELS.map((c) => ({ channel: c, input: { probe: c } })));
    expect(rec.invoked.at(-1)).toEqual({ channel: 'settings:get', input: {} });
  });

  it('in the print window only, exposes the layout main hands it', () => {
    (globalThis as { location?: unknown }).location = { hash: '#/print' };
    let fake: Fake;
    try {
      delete requireCjs.cache[FAKE];
      const f = requireCjs(FAKE) as Fake;
      f.__record.sendSyncReply = { page: { widthTwip: 11906 }, blocks: [] };
      ModuleAny._resolveFilename = function (request: string, ...rest: unknown[]) {
        return request === 'electron' ? FAKE : originalResolve.call(this, request, ...rest);
      };
      delete requireCjs.cache[PRELOAD];
      requireCjs(PRELOAD);
      fake = f;
    } finally {
      restoreModuleHooks();
    }
    expect(fake.__record.exposed.map((e) => e.key)).toEqual(['api', '__BIENBAN_PRINT_LAYOUT__']);
    expect(fake.__record.exposed[1]!.value).toEqual({ page: { widthTwip: 11906 }, blocks: [] });
  });
});

describe('built main process, portable build that cannot start', () => {
  afterAll(() => {
    delete process.env.PORTABLE_EXECUTABLE_DIR;
  });

  /** Start the built main with its data beside `exeDir`, and wait for it to give up. */
  async function startFailing(exeDir: string) {
    ensureBuilt();
    process.env.PORTABLE_EXECUTABLE_DIR = exeDir;
    let fake: Fake;
    try {
      fake = loadWithFakeElectron(MAIN).fake;
    } finally {
      restoreModuleHooks();
    }
    const rec = fake.__record;
    await until(() => rec.app.exitCalls.length > 0, 'exit after failed start-up');
    expect(rec.app.exitCalls).toEqual([1]);
    expect(rec.windows).toEqual([]);
    expect(rec.errorBoxes[0]?.title).toBe('Biên Bản không khởi động được');
    return rec;
  }

  it('keeps data beside the executable, and when the folder cannot be created says so in Vietnamese and exits', async () => {
    // A file where the portable data folder should go: creating the library fails.
    const exeDir = join(mkdtempSync(join(tmpdir(), 'bienban-portable-')), 'usb');
    writeFileSync(exeDir, 'not a folder');
    const rec = await startFailing(exeDir);
    expect(rec.app.paths.userData).toBe(join(exeDir, 'BienBan-data'));
    expect(rec.errorBoxes[0]?.content).toContain(join(exeDir, 'BienBan-data'));
  });

  it('finding its data folder held by another running Biên Bản, says who in Vietnamese and touches nothing', async () => {
    const exeDir = mkdtempSync(join(tmpdir(), 'bienban-locked-'));
    const library = join(exeDir, 'BienBan-data', 'library');
    mkdirSync(library, { recursive: true });
    // A live process that is not this one (the test runner's parent) holds the folder as the app.
    const owner = {
      pid: process.ppid,
      host: hostname(),
      holder: 'app',
      since: new Date().toISOString(),
      token: 'other',
    };
    writeFileSync(join(library, 'bienban.lock'), JSON.stringify(owner));
    const rec = await startFailing(exeDir);
    expect(rec.errorBoxes[0]?.content).toContain(`đang được ứng dụng Biên Bản (tiến trình ${process.ppid}`);
    expect(rec.errorBoxes[0]?.content).toContain('Hãy đóng ứng dụng rồi thử lại.');
    expect(JSON.parse(readFileSync(join(library, 'bienban.lock'), 'utf8'))).toEqual(owner);
    expect(existsSync(join(library, 'settings.json'))).toBe(false);
  });
});
