/**
 * The one IPC contract: channel -> input and output schemas. Main dispatches through it, the preload
 * exposes one function per channel from it, and the e2e harness bridges the same dispatch.
 * Payloads stay JSON-shaped (no Map/Set/classes): Electron clones them and Playwright serialises them.
 */
import { z } from 'zod';
import {
  BackupInfo,
  DirectoryEntry,
  LibraryPage,
  MeetingSummary,
  RecoveryNotice,
  Settings,
  SnapshotInfo,
  TrashItem,
} from '../model/library';
import { Id, Meeting } from '../model/meeting';
import { FormatProfile } from '../profile/schema';
import { RegisterEntry } from '../register/schema';
import { FollowupFilter, FollowupRow, TaskChange, TASK_STATES } from '../followup';
import { IsoDate } from '../model/meeting';
import { ImportItemSchema } from '../import/schema';

const DocumentKindSchema = z.enum(['notice', 'minutes']);
const Empty = z.object({}).strict();
const Nothing = z.null();
const ExportOutput = z.object({ canceled: z.boolean(), path: z.string(), note: z.string().optional() });
const RegisterFilter = {
  year: z.number().int().min(1900).max(2200).optional(),
  /** Issuing body code (accents and case ignored). */
  body: z.string().max(200).optional(),
};
const SeriesGap = z.object({ series: z.string(), label: z.string(), numbers: z.array(z.number().int()) });
const IssueDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The most rows one `followup:list` call returns. */
export const FOLLOWUP_PAGE_MAX = 1000;

export const contract = {
  'app:info': { input: Empty, output: z.object({ version: z.string(), dataDir: z.string(), platform: z.string() }) },
  'app:notices': { input: Empty, output: z.array(RecoveryNotice) },

  'library:list': {
    input: z
      .object({
        search: z.string().max(500).optional(),
        year: z.number().int().min(1900).max(2200).optional(),
        profileId: z.string().max(64).optional(),
        status: z.enum(['draft', 'issued']).optional(),
        /** Only the newest `limit` (the first screen paints without the whole library). */
        limit: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
    output: LibraryPage,
  },
  'library:create': {
    input: z
      .object({
        profileId: z.string().max(64).optional(),
        template: z.enum(['blank', 'example-party', 'example-state']).optional(),
      })
      .strict(),
    output: Meeting,
  },
  /** `carry`: the ids of the open tasks of `fromId` the secretary chose to carry (none when omitted). */
  'library:createNext': {
    input: z.object({ fromId: Id, carry: z.array(Id).max(2000).optional() }).strict(),
    output: Meeting,
  },
  'library:delete': { input: z.object({ id: Id }).strict(), output: Nothing },
  'library:trash': { input: Empty, output: z.array(TrashItem) },
  'library:restore': { input: z.object({ id: Id }).strict(), output: MeetingSummary },

  'meeting:get': { input: z.object({ id: Id }).strict(), output: Meeting },
  'meeting:save': {
    input: z.object({ meeting: Meeting, reason: z.enum(['auto', 'explicit']) }).strict(),
    output: z.object({ updatedAt: z.string() }),
  },
  'meeting:snapshots': { input: z.object({ id: Id }).strict(), output: z.array(SnapshotInfo) },
  'meeting:restoreSnapshot': { input: z.object({ id: Id, snapshotId: z.string().max(100) }).strict(), output: Meeting },

  'directory:list': { input: Empty, output: z.array(DirectoryEntry) },
  'directory:upsert': { input: z.object({ entry: DirectoryEntry }).strict(), output: DirectoryEntry },
  'directory:remove': { input: z.object({ id: Id }).strict(), output: Nothing },

  'settings:get': { input: Empty, output: Settings },
  'settings:set': { input: z.object({ settings: Settings }).strict(), output: Settings },

  'profiles:list': { input: Empty, output: z.array(FormatProfile) },
  'profiles:save': { input: z.object({ profile: FormatProfile }).strict(), output: FormatProfile },
  'profiles:delete': { input: z.object({ id: z.string().max(64) }).strict(), output: Nothing },

  /** Save-dialog export; `canceled` when the user closes the dialog; `note` as resolveProfile gives it. */
  'export:docx': {
    input: z.object({ id: Id, document: DocumentKindSchema, profileId: z.string().max(64).optional() }).strict(),
    output: ExportOutput,
  },
  'export:pdf': {
    input: z.object({ id: Id, document: DocumentKindSchema }).strict(),
    output: ExportOutput,
  },
  /** Print the current page (the renderer shows the print view first). */
  'print:current': { input: Empty, output: Nothing },

  /** The outgoing register (sổ đăng ký văn bản đi), filtered, with the numbers skipped in each series. */
  'register:list': {
    input: z.object(RegisterFilter).strict(),
    output: z.object({ entries: z.array(RegisterEntry), gaps: z.array(SeriesGap) }),
  },
  /** What issuing would take now (number, symbol, series) and what the check still finds: for the confirm dialog. */
  'register:preview': {
    input: z.object({ id: Id, document: DocumentKindSchema, date: IssueDate.optional() }).strict(),
    output: z.object({
      number: z.number().int(),
      symbol: z.string(),
      date: z.string(),
      seriesLabel: z.string(),
      findings: z.array(z.object({ path: z.string(), message: z.string() })),
      issued: z.boolean(),
    }),
  },
  /** Phát hành: take the number, freeze the DOCX and the meeting; `meeting` is the meeting as now stored. */
  'register:issue': {
    input: z
      .object({
        id: Id,
        document: DocumentKindSchema,
        date: IssueDate.optional(),
        number: z.number().int().min(1).max(999_999).optional(),
        reserve: z.boolean().optional(),
        relation: z.enum(['correction', 'replacement']).optional(),
      })
      .strict(),
    output: z.object({ entry: RegisterEntry, meeting: Meeting }),
  },
  'register:void': {
    input: z.object({ entryId: z.string().max(64), reason: z.string().min(1).max(2000) }).strict(),
    output: RegisterEntry,
  },
  /** Save-dialog export of the register: landscape Word (header row on every page) or Excel. */
  'register:export': {
    input: z.object({ format: z.enum(['docx', 'xlsx']), ...RegisterFilter }).strict(),
    output: ExportOutput,
  },
  /**
   * Follow-up (Theo dõi): a window of the tasks passing `filter` (`offset`, at most `limit`: the list
   * asks for the rows it shows as it scrolls, never all 100,000 at once), how many pass, the counts
   * by state of those passing every filter but the states (the tiles), and the years tasks were
   * assigned in (the year filter's choices).
   */
  'followup:list': {
    input: z
      .object({
        filter: FollowupFilter.default({}),
        offset: z.number().int().min(0).max(100_000_000).default(0),
        limit: z.number().int().min(1).max(FOLLOWUP_PAGE_MAX).default(200),
        today: IsoDate.optional(),
      })
      .strict(),
    output: z.object({
      today: z.string(),
      total: z.number().int().min(0),
      offset: z.number().int().min(0),
      rows: z.array(FollowupRow),
      counts: z.object({
        total: z.number().int(),
        ...Object.fromEntries(TASK_STATES.map((s) => [s, z.number().int()])),
      }),
      years: z.array(z.number().int()),
    }),
  },
  /**
   * `Báo cáo tình hình thực hiện các kết luận` of the tasks assigned from `from` to `to` (one unit or
   * presiding official if given), as Word or Excel, saved where the user picks.
   */
  'followup:report': {
    input: z
      .object({
        from: IsoDate,
        to: IsoDate,
        unit: z.string().max(500).optional(),
        presiding: z.string().max(500).optional(),
        format: z.enum(['docx', 'xlsx']),
        today: IsoDate.optional(),
      })
      .strict(),
    output: ExportOutput,
  },
  /** The reminder letter (công văn đôn đốc) to one unit about its overdue and due-soon tasks. */
  'followup:remind': {
    input: z.object({ unit: z.string().trim().min(1).max(500), today: IsoDate.optional() }).strict(),
    output: ExportOutput,
  },
  /** One follow-up change to a task (status, completion date, note, extension), saved as history. */
  'followup:setTask': {
    input: z.object({ meetingId: Id, taskId: Id, change: TaskChange, today: IsoDate.optional() }).strict(),
    output: FollowupRow,
  },

  'backup:create': { input: Empty, output: z.object({ canceled: z.boolean(), path: z.string() }) },
  'backup:restore': { input: Empty, output: z.object({ canceled: z.boolean(), meetings: z.number() }) },
  'backup:list': { input: Empty, output: z.array(BackupInfo) },

  /** Pick a document (or a folder of them) and read each; nothing is saved until `import:accept`. */
  'import:open': {
    input: z.object({ folder: z.boolean() }).strict(),
    output: z.object({ canceled: z.boolean(), items: z.array(ImportItemSchema) }),
  },
  /** The secretary accepted an imported meeting: into the library as a new meeting, its people into the directory. */
  /** `refused`: why an issued document stays a draft (its number is taken in the register), in Vietnamese. */
  'import:accept': {
    input: z.object({ meeting: Meeting }).strict(),
    output: z.object({ id: Id, refused: z.array(z.string()) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export interface IpcError {
  /** `invalid_input`, `not_found`, `forbidden_sender`, `io_error`, `conflict`, `internal`... */
  code: string;
  /** Vietnamese, shown to the user as is. */
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** window.api: one typed function per channel, keyed by channel name (no generic invoke). */
export type Api = { [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>> };
