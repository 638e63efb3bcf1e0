/**
 * The renderer's Content Security Policy: nothing remote, no eval, no inline script.
 * React's `style={{...}}` goes through CSSOM, which CSP does not block, so style-src needs no 'unsafe-inline'.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

const join = (d: ReadonlyArray<readonly [string, string]>) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** Sent as a response header (dev server, any http response the session sees). */
export const CSP = join(DIRECTIVES);

/** Chromium ignores (and warns about) frame-ancestors in a <meta> tag, so the meta variant leaves it out. */
export const CSP_META = join(DIRECTIVES.filter(([k]) => k !== 'frame-ancestors'));

/** The exact tag src/renderer/index.html carries (the packaged app loads file://, which has no headers). */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`;

/** Parse a policy into directive -> sources, for checks and tests. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Response headers with our CSP, replacing any policy the response brought (whatever its casing). */
export function withCspHeader(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() === 'content-security-policy') continue;
    out[k] = Array.isArray(v) ? v : [v];
  }
  out['Content-Security-Policy'] = [CSP];
  return out;
}
