/** The layout of one data folder; every storage path is derived here. */
import { join } from 'node:path';

export interface DataPaths {
  root: string;
  /** The derived index (JSON Lines, see indexFile.ts). */
  index: string;
  /** Its name in earlier builds: read once when `index` is missing, then removed. */
  legacyIndex: string;
  /** The follow-up facts of every meeting (derived, see taskFactsFile.ts). */
  tasks: string;
  meetings: string;
  snapshots: string;
  trash: string;
  directory: string;
  settings: string;
  profiles: string;
  backups: string;
  quarantine: string;
  /** The outgoing register (register.json) and the marker of an issue in progress. */
  register: string;
  registerPending: string;
  /** Frozen issued documents: `issued/<meetingId>/<file>`. */
  issued: string;
  meeting(id: string): string;
  snapshotDir(id: string): string;
  profile(id: string): string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    index: join(root, 'index.jsonl'),
    legacyIndex: join(root, 'index.json'),
    tasks: join(root, 'tasks.json'),
    meetings: join(root, 'meetings'),
    snapshots: join(root, 'snapshots'),
    trash: join(root, 'trash'),
    directory: join(root, 'directory.json'),
    settings: join(root, 'settings.json'),
    profiles: join(root, 'profiles'),
    backups: join(root, 'backups'),
    quarantine: join(root, 'quarantine'),
    register: join(root, 'register.json'),
    registerPending: join(root, 'register.pending.json'),
    issued: join(root, 'issued'),
    meeting: (id) => join(root, 'meetings', `${id}.json`),
    snapshotDir: (id) => join(root, 'snapshots', id),
    profile: (id) => join(root, 'profiles', `${id}.json`),
  };
}
