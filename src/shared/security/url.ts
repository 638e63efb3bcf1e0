/** URL helpers shared by the policies: parsing that never throws, file paths compared as the OS does. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A file: URL's path as a comparison key: percent-decoded (Chromium and Node may escape
 * differently), and lower-cased for Windows drive paths, whose file system ignores case.
 */
export function filePathKey(u: URL): string {
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    path = u.pathname;
  }
  return /^\/[A-Za-z]:\//.test(path) ? path.toLowerCase() : path;
}
