/** Parse a profile from JSON (an office's copy); every problem reported with its field path. */
import { problemsOf } from '../model/errors';
import type { ParseResult } from '../model/parse';
import { cleanDeep } from '../text/vietnamese';
import { FormatProfile } from './schema';

export function parseProfile(raw: unknown): ParseResult<FormatProfile> {
  const r = FormatProfile.safeParse(cleanDeep(raw));
  return r.success ? { ok: true, value: { ...r.data, builtIn: false } } : { ok: false, problems: problemsOf(r.error) };
}
