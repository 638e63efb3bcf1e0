/** Loading a meeting or profile file the way the app does (migrate, clean, validate). */
import { describeProblems } from '../shared/model/errors';
import type { Meeting } from '../shared/model/meeting';
import { parseMeeting } from '../shared/model/parse';
import { builtinProfile, BUILTIN_PROFILES } from '../shared/profile/builtin';
import { parseProfile } from '../shared/profile/load';
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

const builtinIds = () => BUILTIN_PROFILES.map((p) => p.id).join(', ');

/** `--profile`: a built-in id, or a path to a profile JSON (anything ending in .json or containing a slash). */
export async function resolveProfileOption(value: string, usage: string): Promise<FormatProfile> {
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  if (!/\.json$/i.test(value) && !/[\\/]/.test(value)) {
    throw new UsageError(
      `Không có thể thức "${value}". Dùng một trong: ${builtinIds()}, hoặc đường dẫn tệp thể thức .json.`,
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

/** The profile a meeting was drafted with; only built-in ones are known outside the app's library. */
export function meetingProfile(meeting: Meeting, path: string): FormatProfile {
  const profile = builtinProfile(meeting.profile.id);
  if (profile) return profile;
  throw new CliError(
    `Tệp cuộc họp ${path} dùng thể thức "${meeting.profile.id}" không có sẵn; hãy chỉ định --profile (${builtinIds()} hoặc tệp .json).`,
  );
}
