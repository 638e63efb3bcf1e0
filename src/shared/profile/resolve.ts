/**
 * The one way a meeting's profile reference becomes a profile: the preview, the print view, the
 * app's export and the CLI all call resolveProfile, so they agree or refuse with the same words.
 *
 * Versions: only the current version of a profile is kept (the settings screen bumps a copy's
 * version on every save; an app update may bump a built-in's).
 * - the same version: used as is;
 * - an older version in the meeting: the current version is used and `note` says so. Refusing
 *   would lock every meeting out after an office corrects its copy, and a document issued today
 *   must follow today's format;
 * - a newer version in the meeting: refused. The meeting was drafted where the profile had changed
 *   further (another computer, a newer app); printing with the older rules here would silently
 *   differ from what its author saw;
 * - no version (a profile chosen by id for this export): no check.
 */
import { BUILTIN_PROFILES } from './builtin';
import type { FormatProfile } from './schema';

export interface ProfileRef {
  id: string;
  /** The version the meeting was drafted with; absent when a profile is chosen by id for one export. */
  version?: number;
}

export type ProfileResolution =
  | {
      ok: true;
      profile: FormatProfile;
      /** Vietnamese: why the version used differs from the meeting's. */ note?: string;
    }
  | {
      ok: false;
      reason: 'missing' | 'newer_version';
      /** Vietnamese, shown as is on every surface. */ message: string;
    };

/**
 * `available`: the library's profiles (the built-ins are always known and win over a copy with the
 * same id, as the library never stores one).
 */
export function resolveProfile(ref: ProfileRef, available: readonly FormatProfile[] = []): ProfileResolution {
  const profile = BUILTIN_PROFILES.find((p) => p.id === ref.id) ?? available.find((p) => p.id === ref.id);
  if (!profile) {
    return {
      ok: false,
      reason: 'missing',
      message:
        `Không có thể thức "${ref.id}" mà cuộc họp này dùng (có thể thể thức đã bị xóa, hoặc cuộc họp được ` +
        `chép từ máy khác). Hãy chọn thể thức khác cho cuộc họp, hoặc tạo lại thể thức có mã "${ref.id}".`,
    };
  }
  const wanted = ref.version;
  if (wanted === undefined || wanted === profile.version) return { ok: true, profile };
  if (wanted > profile.version) {
    const fix = profile.builtIn
      ? 'Hãy cập nhật ứng dụng Biên Bản'
      : `Hãy chép bản thể thức "${profile.id}" mới hơn vào máy này`;
    return {
      ok: false,
      reason: 'newer_version',
      message:
        `Cuộc họp được soạn với thể thức "${profile.name}" (${profile.id}) phiên bản ${wanted}, mới hơn ` +
        `phiên bản ${profile.version} có trên máy này; trình bày bằng phiên bản cũ sẽ sai thể thức. ` +
        `${fix}, hoặc chọn thể thức khác cho cuộc họp.`,
    };
  }
  const note = profile.builtIn
    ? `Cuộc họp được soạn với thể thức "${profile.name}" phiên bản ${wanted}; bản Biên Bản này đã cập nhật ` +
      `thể thức đó lên phiên bản ${profile.version} và trình bày theo phiên bản mới.`
    : `Thể thức "${profile.name}" đã được sửa sau khi soạn cuộc họp (phiên bản ${wanted} thành ` +
      `${profile.version}); văn bản được trình bày theo phiên bản hiện tại.`;
  return { ok: true, profile, note };
}
