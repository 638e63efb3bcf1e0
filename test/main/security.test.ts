import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_META, CSP_META_TAG, parseCsp, withCspHeader } from '../../src/main/security/csp';
import {
  isAllowedNavigation,
  isAllowedRequest,
  permissionCheckHandler,
  permissionRequestHandler,
  secureWebPreferences,
  windowOpenHandler,
} from '../../src/main/security/policies';
import { isTrustedSender } from '../../src/backend/ipc/sender';
import { menuTemplate } from '../../src/main/electron/menu';
import { libraryDir, resolveUserDataDir } from '../../src/backend/storage/userData';
import { senderInfo } from '../../src/main/electron/sender';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field
type Loose = any;
const ROOT = resolve(__dirname, '..', '..');
const requireCjs = createRequire(__filename);
const RENDERER_DIR_URL = 'file:///opt/Bien%20Ban/resources/app.asar/out/renderer/';
const APP_URL = `${RENDERER_DIR_URL}index.html`;

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js');

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect('enableBlinkFeatures' in prefs).toBe(false);
    expect('disableBlinkFeatures' in prefs).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only the app page itself (reload, hash routes)', () => {
    expect(isAllowedNavigation(APP_URL, APP_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_URL}#/meeting/abc`, APP_URL)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/#/print', 'http://localhost:5173/')).toBe(true);
  });

  it('denies other pages, other files, other schemes and garbage', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5174/',
      'file:///etc/passwd',
      `${RENDERER_DIR_URL}other.html`,
      `${APP_URL}?x=1`,
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'chrome://settings',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, APP_URL), url).toBe(false);
    }
    expect(isAllowedNavigation('http://user:pw@localhost:5173/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('window.open and permissions', () => {
  it('denies every window.open, whatever the URL', () => {
    expect(windowOpenHandler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(windowOpenHandler({ url: APP_URL })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      let granted: boolean | undefined;
      permissionRequestHandler(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(permissionCheckHandler()).toBe(false);
  });
});

describe('isAllowedRequest (webRequest.onBeforeRequest)', () => {
  const prod = { rendererDirUrl: RENDERER_DIR_URL };
  const dev = { rendererDirUrl: RENDERER_DIR_URL, devServerUrl: 'http://localhost:5173' };

  it('lets the app load its own files and devtools', () => {
    expect(isAllowedRequest(APP_URL, prod)).toBe(true);
    expect(isAllowedRequest(`${RENDERER_DIR_URL}assets/index-abc.js`, prod)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', prod)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', prod)).toBe(true);
  });

  it('cancels remote content and files outside the renderer folder', () => {
    for (const url of [
      'https://fonts.googleapis.com/css?family=Roboto',
      'http://example.com/track.gif',
      'wss://example.com/socket',
      'ftp://example.com/x',
      'file:///etc/passwd',
      'file:///opt/Bien%20Ban/resources/app.asar/out/main/index.js',
      `${RENDERER_DIR_URL}../../main/index.js`,
      'file://server/share/renderer/index.html',
      'http://localhost:5173/',
      'garbage',
    ]) {
      expect(isAllowedRequest(url, prod), url).toBe(false);
    }
  });

  it('allows the dev server (page and HMR socket) only in dev, and only that port', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
  });
});

describe('CSP', () => {
  const policy = parseCsp(CSP);

  it('covers the checklist directives with local-only sources', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    for (const d of ['connect-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(d), d).toEqual(["'none'"]);
    }
  });

  it('allows no eval, no inline script, no remote host, no wildcard', () => {
    for (const [directive, sources] of policy) {
      for (const s of sources) {
        expect(s, directive).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|^\*|^https?:|^wss?:|\*/);
        expect(s.startsWith("'") || s === 'data:', `${directive} ${s}`).toBe(true);
      }
    }
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('meta variant is the header minus frame-ancestors (ignored in <meta>)', () => {
    expect(parseCsp(CSP_META).has('frame-ancestors')).toBe(false);
    expect(CSP.startsWith(CSP_META)).toBe(true);
    expect(CSP_META_TAG).toContain(CSP_META);
  });

  it('is the policy src/renderer/index.html declares', () => {
    const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8');
    const m = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.+?)\1/i.exec(html);
    expect(m?.[2]).toBe(CSP_META);
  });

  it('replaces any policy a response brings, whatever the header casing', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers['Content-Security-Policy']).toEqual([CSP]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CSP] });
  });
});

describe('isTrustedSender', () => {
  const fileApp = pathToFileURL('/opt/bienban/out/renderer/index.html').href;

  it('trusts the top frame of the built renderer page (file:, by path) and of a trusted origin', () => {
    expect(isTrustedSender({ url: `${fileApp}#/print`, isMainFrame: true }, [fileApp])).toBe(true);
    expect(
      isTrustedSender({ url: 'http://127.0.0.1:4321/index.html', isMainFrame: true }, ['http://127.0.0.1:4321']),
    ).toBe(true);
  });

  it('compares Windows file paths as the OS does (escaping, drive letter case)', () => {
    const win = 'file:///C:/Program%20Files/Bi%C3%AAn%20B%E1%BA%A3n/resources/app.asar/out/renderer/index.html';
    expect(
      isTrustedSender(
        { url: 'file:///c:/Program Files/Biên Bản/resources/app.asar/out/renderer/index.html', isMainFrame: true },
        [win],
      ),
    ).toBe(true);
    expect(
      isAllowedRequest('file:///c:/program files/biên bản/resources/app.asar/out/renderer/assets/a.js', {
        rendererDirUrl: win.replace('index.html', ''),
      }),
    ).toBe(true);
    expect(
      isAllowedRequest(
        'file:///C:/Program%20Files/Bi%C3%AAn%20B%E1%BA%A3n/resources/app.asar/out/renderer/%2E%2E/main/index.js',
        { rendererDirUrl: win.replace('index.html', '') },
      ),
    ).toBe(false);
  });

  it('refuses subframes, other origins, other files and malformed senders', () => {
    expect(isTrustedSender({ url: fileApp, isMainFrame: false }, [fileApp])).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, [fileApp])).toBe(false);
    expect(
      isTrustedSender({ url: 'http://127.0.0.1:9999/index.html', isMainFrame: true }, ['http://127.0.0.1:4321']),
    ).toBe(false);
    expect(isTrustedSender({ url: 'https://127.0.0.1:4321/', isMainFrame: true }, ['http://127.0.0.1:4321'])).toBe(
      false,
    );
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, [fileApp, 'http://127.0.0.1:4321'])).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true }, [fileApp])).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, ['file:///'])).toBe(false);
    // A bare "file://" entry must not trust every local file.
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, ['file://'])).toBe(false);
    expect(isTrustedSender(undefined as never, [fileApp])).toBe(false);
  });
});

describe('Electron adapter pure parts', () => {
  it('senderInfo: a destroyed frame is untrusted; a child frame is not the main frame', () => {
    expect(senderInfo({ senderFrame: null })).toEqual({ url: '', isMainFrame: false });
    expect(senderInfo({ senderFrame: { url: APP_URL, parent: null } })).toEqual({ url: APP_URL, isMainFrame: true });
    expect(senderInfo({ senderFrame: { url: APP_URL, parent: {} } }).isMainFrame).toBe(false);
  });

  it('portable Windows build keeps data beside the executable', () => {
    expect(resolveUserDataDir({ PORTABLE_EXECUTABLE_DIR: 'D:\\USB' }, '/home/u/.config/Biên Bản')).toBe(
      join('D:\\USB', 'BienBan-data'),
    );
    expect(resolveUserDataDir({}, '/home/u/.config/Biên Bản')).toBe('/home/u/.config/Biên Bản');
    expect(libraryDir('/u')).toBe(join('/u', 'library'));
  });

  it('the packaged menu is Vietnamese and has no reload or devtools', () => {
    const roles = (t: ReturnType<typeof menuTemplate>): string[] =>
      t.flatMap((i) => [String(i.role ?? ''), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);
    const prod = menuTemplate({ isMac: false, isDev: false });
    expect(roles(prod)).not.toContain('reload');
    expect(roles(prod)).not.toContain('forceReload');
    expect(roles(prod)).not.toContain('toggleDevTools');
    expect(prod.map((i) => i.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Cửa sổ']);
    expect(roles(menuTemplate({ isMac: false, isDev: true }))).toContain('toggleDevTools');
  });
});

describe('packaging', () => {
  const yaml = requireCjs('js-yaml') as { load(s: string): unknown };
  const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Loose;

  it('builds the Windows installer + portable and Linux AppImage + deb of vn.bienban.app', () => {
    expect(config.appId).toBe('vn.bienban.app');
    expect(config.productName).toBe('Biên Bản');
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = requireCjs('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = requireCjs('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, oneKlick: false } }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('ships only the built app inside an asar, with the fuses hook', () => {
    expect(config.asar).toBe(true);
    expect(config.files.filter((f: string) => !f.startsWith('!'))).toEqual(['out/**', 'resources/**', 'package.json']);
    expect(config.afterPack).toBe('build/afterPack.cjs');
  });

  it('afterPack flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar-only with integrity; cookie encryption', () => {
    const { FuseV1Options } = requireCjs('@electron/fuses') as typeof import('@electron/fuses');
    const hook = requireCjs(join(ROOT, 'build/afterPack.cjs')) as {
      FUSES: Record<number, boolean>;
      electronBinaryPath(ctx: unknown): string;
    };
    expect(hook.FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(hook.FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(hook.FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(hook.FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    const packager = { appInfo: { productFilename: 'Biên Bản' }, executableName: 'bienban' };
    expect(hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      join('/o', 'Biên Bản.exe'),
    );
    expect(hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      join('/o', 'bienban'),
    );
  });

  it('package.json has the dist script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
  });
});
