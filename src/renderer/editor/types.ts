import type { DirectoryEntry, Settings } from '../../shared/model/library';
import type { Meeting } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';

/** Apply a change to a copy of the meeting; `key` names the field so keystrokes coalesce in undo. */
export type Edit = (key: string, change: (draft: Meeting) => void) => void;

export interface SectionProps {
  m: Meeting;
  edit: Edit;
}

export interface EditorContextData {
  directory: readonly DirectoryEntry[];
  settings: Settings;
  profiles: readonly FormatProfile[];
}
