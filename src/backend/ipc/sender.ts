import type { SenderInfo } from '../ports';
import { filePathKey, parseUrl as parse } from '../../shared/security/url';

/**
 * Only the app's own top frame may call the API. A trusted entry is either an origin
 * (`http://127.0.0.1:5173`, dev server or e2e) or the file: URL of the built renderer page,
 * compared by path: every file: page shares the opaque `null` origin, so the origin proves nothing.
 */
export function isTrustedSender(sender: SenderInfo, trusted: readonly string[]): boolean {
  if (!sender || sender.isMainFrame !== true || typeof sender.url !== 'string') return false;
  const from = parse(sender.url);
  if (!from || from.username || from.password) return false;
  return trusted.some((entry) => {
    const t = parse(entry);
    if (!t) return false;
    if (t.protocol === 'file:') {
      return (
        from.protocol === 'file:' &&
        from.host === t.host &&
        t.pathname.length > 1 &&
        filePathKey(from) === filePathKey(t)
      );
    }
    if (t.protocol !== 'http:' && t.protocol !== 'https:') return false;
    return from.origin === t.origin;
  });
}
