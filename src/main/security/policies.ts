/**
 * Electron security checklist as pure functions, so every policy is unit-tested without the binary.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import type { WebPreferences } from 'electron';
import { filePathKey, parseUrl as parse } from '../../shared/security/url';

/** webPreferences for every window the app opens (main and hidden print window). */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** Same document: scheme, host, port and path equal (the hash may differ: the app routes with it). */
function sameDocument(a: URL, b: URL): boolean {
  return (
    a.protocol === b.protocol &&
    a.host === b.host &&
    (a.protocol === 'file:' ? filePathKey(a) === filePathKey(b) : a.pathname === b.pathname) &&
    a.search === b.search &&
    !a.username &&
    !a.password
  );
}

/** Navigation is allowed only to the app page itself (a reload or a hash route); never elsewhere. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  return !!target && !!app && sameDocument(target, app);
}

/** window.open and target=_blank: always denied, and the URL is never handed to the OS either. */
export function windowOpenHandler(_details?: { url: string }): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation, clipboard-read...: the app needs none. */
export function permissionRequestHandler(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function permissionCheckHandler(): boolean {
  return false;
}

export interface RequestPolicy {
  /** file: URL of the built renderer folder (ends with `/`); file: requests elsewhere are refused. */
  rendererDirUrl: string;
  /** electron-vite's dev server in `npm run dev` (http and its HMR websocket). */
  devServerUrl?: string;
}

/** onBeforeRequest: only the app's own files (and devtools, and the dev server in dev) may load. */
export function isAllowedRequest(url: string, policy: RequestPolicy): boolean {
  const u = parse(url);
  if (!u) return false;
  switch (u.protocol) {
    // data: and blob: never touch the network; CSP still limits where they may be used.
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    case 'file:': {
      const dir = parse(policy.rendererDirUrl);
      if (!dir || dir.protocol !== 'file:' || u.host !== dir.host) return false;
      const root = filePathKey(dir);
      // Decoding may reveal "..": refuse rather than reason about it.
      const path = filePathKey(u);
      return !path.split('/').includes('..') && path.startsWith(root.endsWith('/') ? root : `${root}/`);
    }
    case 'http:':
    case 'ws:': {
      const dev = policy.devServerUrl ? parse(policy.devServerUrl) : null;
      return !!dev && u.hostname === dev.hostname && u.port === dev.port;
    }
    default:
      return false;
  }
}
