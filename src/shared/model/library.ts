/** Shapes of the library around meetings: summaries, snapshots, trash, directory, settings. */
import { z } from 'zod';
import { SeriesSetting } from '../register/schema';
import { Id, IssuingBody, Recipient, Signer } from './meeting';

export const MeetingSummary = z.object({
  id: Id,
  date: z.string(),
  subject: z.string(),
  title: z.string(),
  host: z.string(),
  kind: z.string(),
  presidingName: z.string(),
  status: z.enum(['draft', 'issued']),
  profileId: z.string(),
  updatedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** Newest meeting date first; undated drafts (most likely in progress) on top; ties by last edit. */
export function compareNewestFirst(a: MeetingSummary, b: MeetingSummary): number {
  if (a.date !== b.date) {
    if (!a.date) return -1;
    if (!b.date) return 1;
    return a.date < b.date ? 1 : -1;
  }
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** The first `limit` meetings of a list, newest first, and how many the whole list has. */
export const LibraryPage = z.object({ items: z.array(MeetingSummary), total: z.number().int().min(0) });
export type LibraryPage = z.infer<typeof LibraryPage>;

export const SnapshotInfo = z.object({
  id: z.string(),
  meetingId: Id,
  createdAt: z.string(),
  /** Why it was taken: explicit save, export, before a restore, an import, the file as it was before a schema upgrade. */
  reason: z.enum(['save', 'export', 'restore', 'import', 'upgrade']),
  label: z.string(),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfo>;

export const TrashItem = z.object({
  id: Id,
  deletedAt: z.string(),
  subject: z.string(),
  date: z.string(),
});
export type TrashItem = z.infer<typeof TrashItem>;

export const DirectoryEntry = z.object({
  id: Id,
  name: z.string().max(2000),
  position: z.string().max(2000).default(''),
  unit: z.string().max(2000).default(''),
  title: z.string().max(200).default('đồng chí'),
  useCount: z.number().int().min(0).default(0),
  lastUsedAt: z.string().default(''),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

export const RecipientList = z.object({
  id: Id,
  name: z.string().max(200),
  recipients: z.array(Recipient).max(500),
  archive: z.string().max(2000).default(''),
});
export type RecipientList = z.infer<typeof RecipientList>;

export const Snippet = z.object({ id: Id, label: z.string().max(200), text: z.string().max(20000) });
export type Snippet = z.infer<typeof Snippet>;

/** What a new meeting's document starts with besides its signers: recipients and the archive line. */
export const IssuanceDefaults = z.object({
  recipients: z.array(Recipient).max(500).default([]),
  archive: z.string().max(2000).default(''),
});
export type IssuanceDefaults = z.infer<typeof IssuanceDefaults>;

export const Settings = z.object({
  schemaVersion: z.literal(1).default(1),
  defaultProfileId: z.string().default('hd36-2018'),
  defaultIssuer: IssuingBody.default({ parentBody: '', name: '', code: '', placeName: '', officeName: '' }),
  defaultSigners: z
    .object({ notice: z.array(Signer).max(4).default([]), minutes: z.array(Signer).max(4).default([]) })
    .default({ notice: [], minutes: [] }),
  /** Recipients and archive of each document of a new meeting (set from a meeting, changed in Cài đặt). */
  defaultIssuance: z
    .object({
      notice: IssuanceDefaults.default({ recipients: [], archive: '' }),
      minutes: IssuanceDefaults.default({ recipients: [], archive: '' }),
    })
    .default({ notice: { recipients: [], archive: '' }, minutes: { recipients: [], archive: '' } }),
  recipientLists: z.array(RecipientList).max(200).default([]),
  snippets: z.array(Snippet).max(500).default([]),
  openAfterExport: z.boolean().default(true),
  lastAutoBackupAt: z.string().default(''),
  /** The first-run question (office format and issuing body) was answered or skipped: never asked again. */
  firstRunDone: z.boolean().default(false),
  /** How each issuing body (by code) numbers its documents: series start (term start), one series per type. */
  registerSeries: z.array(SeriesSetting).max(500).default([]),
  /** Follow-up: a task due within this many days counts as `sắp đến hạn`. */
  followupDueSoonDays: z.number().int().min(0).max(90).default(3),
});
export type Settings = z.infer<typeof Settings>;

/** A message the app owes the user, e.g. after recovering a corrupt file at start-up. */
export const RecoveryNotice = z.object({
  at: z.string(),
  file: z.string(),
  meetingId: z.string().default(''),
  message: z.string(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;

export const BackupInfo = z.object({
  file: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  meetings: z.number(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
