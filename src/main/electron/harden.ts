import type { Session, WebContents } from 'electron';
import { withCspHeader } from '../security/csp';
import {
  isAllowedNavigation,
  isAllowedRequest,
  permissionCheckHandler,
  permissionRequestHandler,
  windowOpenHandler,
  type RequestPolicy,
} from '../security/policies';

/** Session-wide: no permission, no remote request, our CSP on every response that has headers. */
export function hardenSession(session: Session, policy: RequestPolicy, log: (m: string) => void): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy);
    if (!allowed) log(`blocked request ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  // The dev server serves a relaxed meta policy (React Refresh, HMR); the strict header would undo it.
  if (policy.devServerUrl) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}

/** Every web contents (main window, print window, anything else): no navigation away, no popups, no webviews. */
export function hardenWebContents(contents: WebContents, appUrl: () => string): void {
  // Electron passes the target as event.url (the positional url argument is deprecated).
  const guard = (event: { url?: string; preventDefault(): void }, url?: string) => {
    if (!isAllowedNavigation(event.url ?? url ?? '', appUrl())) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler);
}
