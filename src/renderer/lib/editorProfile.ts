/** The profile the editor's generated phrases follow: the meeting's built-in one, else the state format's rules. */
import type { Meeting } from '../../shared/model/meeting';
import { builtinProfile, ND30_2020 } from '../../shared/profile/builtin';
import type { FormatProfile } from '../../shared/profile/schema';

export function editorProfile(m: Meeting, profiles: readonly FormatProfile[] = []): FormatProfile {
  return profiles.find((p) => p.id === m.profile.id) ?? builtinProfile(m.profile.id) ?? ND30_2020;
}
