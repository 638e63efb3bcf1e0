/**
 * End-to-end harness: the BUILT renderer (out/renderer) served over http://127.0.0.1, the real
 * backend (createBackend + dispatch) bridged into Debian's Chromium with exposeBinding, and a
 * window.api shaped like the real preload. Dialogs, shell and print are fakes the test controls;
 * PDF rendering uses a second Chromium page on the app's print view.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNELS } from '../../src/shared/ipc/contract';
import type { OfficialLayout } from '../../src/shared/layout/types';
import type { OpenDialogRequest, Ports, SaveDialogRequest } from '../../src/backend/ports';
import type { Backend } from '../../src/backend/types';
import { createBackend } from '../../src/backend/index';

export const ROOT = resolve(__dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
export const OUTPUT_DIR = join(ROOT, 'test-output', 'e2e');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Answers to the fake dialogs; each receives what the app asked. Default: a path in a temp folder. */
export interface DialogAnswers {
  save?: (req: SaveDialogRequest) => string | null | Promise<string | null>;
  open?: (req: OpenDialogRequest) => string | null | Promise<string | null>;
}

export interface LaunchOptions {
  dataDir: string;
  dialogs?: DialogAnswers;
  viewport?: { width: number; height: number };
  /** 1.5 = a Windows display at 150 %. */
  deviceScaleFactor?: number;
  /** Navigate to the app before returning (default true). */
  navigate?: boolean;
  /** Leave the first-run question unanswered, as on a new machine (default: answered, as on one in use). */
  firstRun?: boolean;
}

export interface Recorded {
  saveDialogs: SaveDialogRequest[];
  openDialogs: OpenDialogRequest[];
  openedPaths: string[];
  prints: number;
  pdfLayouts: OfficialLayout[];
}

export interface App {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  backend: Backend;
  origin: string;
  /** Paths the fake save dialog returned (what exports wrote). */
  savedFiles: string[];
  /** The dialog answers in force; a scenario may swap them mid-way (e.g. the user cancels). */
  dialogs: DialogAnswers;
  recorded: Recorded;
  /** Console errors and uncaught page errors: a scenario can assert there were none. */
  pageErrors: string[];
  /** Call the real dispatch as the app's top frame would; throws on `{ ok: false }`. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export function makeTempDir(prefix = 'bienban-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The CSP the app ships in index.html's meta tag; the server repeats it as a header. */
export function builtCsp(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const m = /<meta\s+http-equiv=(["'])Content-Security-Policy\1\s+content=(["'])(.+?)\2/i.exec(html);
  return (
    m?.[3] ??
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
  );
}

/** Static server for a folder; refuses paths outside it. */
export async function serveStatic(
  dir: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ server: Server; origin: string }> {
  const rootDir = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(rootDir, rel));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
      return;
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(type.startsWith('text/html') ? extraHeaders : {}),
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Install the bridge and window.api on a page (every frame gets them; dispatch checks who calls).
 * Payloads cross as JSON text: Playwright's per-value serialiser takes about a second for a
 * 10,000-row library, where Electron's structured clone takes milliseconds; text keeps the harness
 * from dominating what the benchmarks measure. The contract keeps payloads JSON-shaped anyway.
 */
export async function bridge(page: Page, backend: Backend): Promise<void> {
  await page.exposeBinding('__bienbanDispatch', async (source, channel: string, rawJson: string) => {
    const raw: unknown = rawJson === undefined ? undefined : JSON.parse(rawJson);
    const result = await backend.dispatch(channel, raw, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    });
    return JSON.stringify(result);
  });
  await page.addInitScript((channels: string[]) => {
    const w = window as unknown as { __bienbanDispatch: (c: string, raw: string) => Promise<string>; api?: unknown };
    const api: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const c of channels) {
      api[c] = (input: unknown) =>
        w.__bienbanDispatch(c, JSON.stringify(input === undefined ? {} : input)).then((r) => JSON.parse(r));
    }
    Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  }, CHANNELS as string[]);
}

/** Render a layout through the app's print view in its own page, as Electron's hidden window does. */
async function renderPdfWith(context: BrowserContext, origin: string, layout: OfficialLayout): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    await page.addInitScript((l: unknown) => {
      (window as unknown as { __BIENBAN_PRINT_LAYOUT__: unknown }).__BIENBAN_PRINT_LAYOUT__ = l;
    }, layout as unknown);
    await page.goto(`${origin}/index.html#/print`);
    // Ready = pages laid out (a page box exists under a ready marker) and fonts loaded, so line
    // breaks are final before printing.
    await page.waitForSelector('[data-print-ready="true"] section[data-page]', { timeout: 15_000 });
    await page.evaluate(
      'document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))',
    );
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

export async function launchApp(opts: LaunchOptions): Promise<App> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`Chưa có bản dựng giao diện ở ${RENDERER_DIR}: chạy \`npx electron-vite build\` trước.`);
  }
  const { server, origin } = await serveStatic(RENDERER_DIR, { 'content-security-policy': builtCsp() });
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const tempOut = makeTempDir('bienban-e2e-files-');
  const dialogs: DialogAnswers = { ...opts.dialogs };
  const savedFiles: string[] = [];
  const recorded: Recorded = { saveDialogs: [], openDialogs: [], openedPaths: [], prints: 0, pdfLayouts: [] };
  const ports: Ports = {
    dialogs: {
      async showSave(req) {
        recorded.saveDialogs.push(req);
        const path = dialogs.save ? await dialogs.save(req) : join(tempOut, req.defaultName);
        if (path) savedFiles.push(path);
        return path;
      },
      async showOpen(req) {
        recorded.openDialogs.push(req);
        return dialogs.open ? await dialogs.open(req) : null;
      },
    },
    shell: {
      async openPath(path) {
        recorded.openedPaths.push(path);
      },
    },
    pdf: {
      async renderPdf(layout) {
        recorded.pdfLayouts.push(layout);
        return renderPdfWith(context, origin, layout);
      },
    },
    print: {
      async printCurrent() {
        recorded.prints++;
      },
    },
    now: () => new Date(),
  };
  const backend = await createBackend({
    dataDir: opts.dataDir,
    ports,
    trustedOrigins: [origin],
    appVersion: '0.0.0-e2e',
  });
  if (!opts.firstRun) {
    const ctx = { url: `${origin}/index.html`, isMainFrame: true };
    const current = await backend.dispatch('settings:get', {}, ctx);
    if (current.ok && !(current.value as { firstRunDone: boolean }).firstRunDone)
      await backend.dispatch('settings:set', { settings: { ...(current.value as object), firstRunDone: true } }, ctx);
  }
  const page = await context.newPage();
  // A missing label should fail in seconds, not after the 30 s default.
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await bridge(page, backend);
  if (opts.navigate !== false) await page.goto(`${origin}/index.html`);

  const app: App = {
    page,
    browser,
    context,
    backend,
    origin,
    savedFiles,
    dialogs,
    recorded,
    pageErrors,
    async call<T>(channel: string, input: unknown = {}) {
      const r = await backend.dispatch(channel, input, { url: `${origin}/index.html`, isMainFrame: true });
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    },
    async screenshot(name: string) {
      const path = join(OUTPUT_DIR, `${name}.png`);
      // Editor cards use content-visibility: auto and paint a frame after they scroll into view.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await backend.flush().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await backend.close().catch(() => undefined);
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
  return app;
}
