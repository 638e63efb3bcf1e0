/** Loading a meeting or profile file the way the app does (migrate, clean, validate). */
import { describeProblems } from '../shared/model/errors';
import type { Meeting } from '../shared/model/meeting';
import { parseMeeting } from '../shared/model/parse';
import { BUILTIN_PROFILES } from '../shared/profile/builtin';
import { parseProfile } from '../shared/profile/load';
import { resolveProfile } from '../shared/profile/resolve';
import type { FormatProfile } from '../shared/profile/schema';
import { CliError, EXIT_INVALID_INPUT, UsageError } from './errors';
import { readJsonFile } from './jsonFile';

export async function readMeeting(path: string): Promise<Meeting> {
  const parsed = parseMeeting(await readJsonFile(path, 'tệp cuộc họp'));
  if (parsed.ok) return parsed.value;
  const n = parsed.problems.length;
  throw new CliError(
    `Tệp cuộc họp ${path} không hợp lệ (${n} lỗi):`,
    EXIT_INVALID_INPUT,
    describeProblems(parsed.problems),
  );
}

const knownIds = (available: readonly FormatProfile[]) =>
  [...new Set([...BUILTIN_PROFILES, ...available].map((p) => p.id))].join(', ');

/**
 * `--profile`: a built-in id, the id of one of the library's profiles (`available`), or a path to a
 * profile JSON (anything ending in .json or containing a slash).
 */
export async function resolveProfileOption(
  value: string,
  available: readonly FormatProfile[],
  usage: string,
): Promise<FormatProfile> {
  const known = resolveProfile({ id: value }, available);
  if (known.ok) return known.profile;
  if (!/\.json$/i.test(value) && !/[\\/]/.test(value)) {
    throw new UsageError(
      `Không có thể thức "${value}". Dùng một trong: ${knownIds(available)}, hoặc đường dẫn tệp thể thức .json.`,
      usage,
    );
  }
  const parsed = parseProfile(await readJsonFile(value, 'tệp thể thức'));
  if (parsed.ok) return parsed.value;
  throw new CliError(
    `Tệp thể thức ${value} không hợp lệ (${parsed.problems.length} lỗi):`,
    EXIT_INVALID_INPUT,
    describeProblems(parsed.problems),
  );
}

/**
 * The profile a meeting was drafted with, resolved as the app resolves it (the same refusal
 * message); `available` holds the library's profiles when the meeting comes from the library.
 */
export function meetingProfile(
  meeting: Meeting,
  available: readonly FormatProfile[],
): { profile: FormatProfile; note?: string } {
  const r = resolveProfile(meeting.profile, available);
  if (r.ok) return r;
  throw new CliError(
    r.message,
    EXIT_INVALID_INPUT,
    `Có thể xuất với thể thức khác bằng --profile (${knownIds(available)} hoặc đường dẫn tệp thể thức .json).`,
  );
}
