/**
 * Follow-up of the library's tasks: every tracked task as a row with its state on a given day,
 * filtered and counted, and changes to one task (status, completion date, note, extension) saved
 * through the meeting save path as history. What each meeting says about its tasks is kept in
 * tasks.json between runs and in memory until that meeting changes (its `updatedAt`), so a view
 * reads only the meeting files saved since.
 */
import {
  applyTaskChange,
  factsRows,
  FollowupTable,
  type FollowupFilter,
  type FollowupRow,
  isEmptyChange,
  isoDay,
  meetingFacts,
  type MeetingFacts,
  type MeetingTaskRow,
  type NoticeRef,
  resolveCarried,
  type StateCounts,
  type TaskChange,
} from '../../shared/followup';
import { isTracked, Meeting, outlineEntries, SCHEMA_VERSION } from '../../shared/model/meeting';
import { builtinProfile } from '../../shared/profile/builtin';
import type { FormatProfile } from '../../shared/profile/schema';
import { foldVietnamese, formatDocNumber, formatShortDate } from '../../shared/text/vietnamese';
import {
  followupReportParts,
  REPORT_COLUMNS,
  reminderLetterBlocks,
  type ReportOptions,
  reportRows,
} from '../reports/followupReport';
import { writeSectionsDocx } from '../reports/sectionsDocx';
import { writeTableXlsx } from '../reports/tableXlsx';
import { ServiceError } from '../errors/serviceError';
import type { Ports } from '../ports';
import type { StorageContext } from '../storage/context';
import type { LibraryIndex } from '../storage/libraryIndex';
import { readTaskFacts, writeTaskFacts } from '../storage/taskFactsFile';
import type { MeetingService } from './meeting';
import { saveThroughDialog } from './saveThroughDialog';
import type { ProfilesService } from './profiles';
import type { SettingsService } from './settings';

export interface FollowupList {
  today: string;
  rows: FollowupRow[];
  counts: StateCounts;
}

/** Facts taken from meeting files since tasks.json was last written, before it is written again. */
const WRITE_AFTER_CHANGES = 50;
/** Meeting files read at once when facts must be taken from them, for a view and in the background. */
const READERS = 8;
const WARM_READERS = 2;
/** Coalescing delay of tasks.json writes, ms. */
const WRITE_DELAY_MS = 2_000;

export class FollowupService {
  /** Every meeting's task facts, from tasks.json and the meeting files; null until the first view. */
  private facts: Map<string, MeetingFacts> | null = null;
  /** The index's rebuild count the facts were checked against: a rebuild means other files. */
  private rebuildsSeen = 0;
  /** Facts changed since tasks.json was written, and the pending write. */
  private unsaved = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  /** Rows of each meeting on one day (states depend on it), rebuilt when its facts change. */
  private rows = new Map<string, { facts: MeetingFacts; day: string; rows: MeetingTaskRow[] }>();
  private table: { key: string; table: FollowupTable } | null = null;
  /** The refresh in progress: a view joins it with more readers; `background` until one does. */
  private refresh: { done: Promise<void>; join: (readers: number) => void; background: boolean } | null = null;
  /** The app is closing: the background warm-up reads no more. */
  private warmStopped = false;
  /** Bumped whenever any meeting's facts change: with the day, it keys the table. */
  private version = 0;

  constructor(
    private readonly ctx: StorageContext,
    private readonly index: LibraryIndex,
    private readonly meetings: MeetingService,
    private readonly settings: SettingsService,
    private readonly profiles: ProfilesService,
    private readonly now: () => Date,
  ) {}

  /** Today where the user is, or the day given (`--today`, tests). */
  today(given?: string): string {
    return given || isoDay(this.now());
  }

  /** The notice number as printed, without `Số`: `15-TB/QU`, `245/TB-VPCP`. */
  numberOf = (n: NoticeRef): string => {
    const p = this.profiles.get(n.profileId);
    const style = p?.header.number.style ?? (n.profileId.startsWith('hd36') ? 'hd36' : 'nd30');
    const type = p?.labels.typeCodes.notice ?? 'TB';
    return formatDocNumber(style, n.number, type, n.issuerCode).replace(/^Số:?\s*/, '');
  };

  /**
   * The facts as last known: on the first call tasks.json, overridden by the meetings the index
   * read from their files at open; after a rebuild of the index (every file read), what it read.
   * Kept in memory afterwards.
   */
  private async known(): Promise<Map<string, MeetingFacts>> {
    if (this.facts && this.rebuildsSeen === this.index.rebuilds) return this.facts;
    const rebuilt = this.rebuildsSeen !== this.index.rebuilds;
    const first = this.facts === null;
    this.rebuildsSeen = this.index.rebuilds;
    const read = this.index.takeFactsRead();
    this.facts = new Map();
    this.rows.clear();
    this.version++;
    if (first && !rebuilt) {
      const disk = await readTaskFacts(this.ctx).catch(() => null);
      for (const f of disk ?? []) this.facts.set(f.meetingId, f);
      if (!disk) this.unsaved++;
    }
    for (const [id, f] of read) this.facts.set(id, f);
    if (read.size || rebuilt) this.unsaved++;
    return this.facts;
  }

  /**
   * Every meeting's facts brought in line with the index: a meeting saved since is read again, by
   * `readers` files at once. One refresh at a time: a view that finds one running (the background
   * warm-up) adds its readers to it, then checks again.
   */
  private async current(readers = READERS, background = false): Promise<Map<string, MeetingFacts>> {
    while (this.refresh) {
      if (!background) this.refresh.join(readers);
      await this.refresh.done;
      if (background) return this.facts ?? new Map();
    }
    let settle!: () => void;
    // A view joining before the files to read are known asks for its readers all the same.
    let wanted = readers;
    const run = {
      done: new Promise<void>((r) => (settle = r)),
      join: (n: number) => {
        wanted = Math.max(wanted, n);
        if (n > readers) run.background = false;
      },
      background,
    };
    this.refresh = run;
    try {
      const facts = await this.known();
      const summaries = this.index.list();
      const stale = summaries.filter((s) => facts.get(s.id)?.updatedAt !== s.updatedAt).map((s) => s.id);
      let next = 0;
      let read = 0;
      const reader = async () => {
        // The background warm-up stops when the app closes (flush); a view's refresh never does.
        while (next < stale.length && !(run.background && this.warmStopped)) {
          const id = stale[next++]!;
          read++;
          try {
            facts.set(id, meetingFacts(await this.meetings.get(id)));
          } catch {
            facts.delete(id); // unreadable (the library's notices say why): skipped
          }
        }
      };
      const loops: Promise<void>[] = [];
      run.join = (n: number) => {
        wanted = Math.max(wanted, n);
        if (n > readers) run.background = false;
        while (loops.length < Math.min(wanted, stale.length)) loops.push(reader());
      };
      run.join(wanted);
      for (let k = 0; k < loops.length; k++) await loops[k]; // more may join meanwhile
      let changed = read;
      const listed = new Set(summaries.map((s) => s.id));
      for (const id of facts.keys())
        if (!listed.has(id)) {
          facts.delete(id);
          this.rows.delete(id);
          changed++;
        }
      if (changed) this.noteChanges(changed);
      return facts;
    } finally {
      this.refresh = null;
      settle();
    }
  }

  /**
   * After start-up, when the first Theo dõi view would have to read every meeting file (no
   * tasks.json yet, or the index was rebuilt), read them ahead in the background, two at a time.
   */
  async warm(): Promise<void> {
    if (this.ctx.readOnly || this.facts || this.warmStopped) return;
    if (this.index.rebuilds === 0) {
      const info = await this.ctx.fs.stat(this.ctx.paths.tasks).catch(() => null);
      if (info?.isFile()) return;
    }
    await this.current(WARM_READERS, true);
  }

  private noteChanges(n: number): void {
    this.version++;
    this.unsaved += n;
    if (this.unsaved >= WRITE_AFTER_CHANGES) this.scheduleWrite();
  }

  private scheduleWrite(): void {
    if (this.timer || this.ctx.readOnly) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeNow();
    }, WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  private async writeNow(): Promise<void> {
    // The index was rebuilt since the facts were taken (a check, a restore): write the rebuild's.
    if (this.facts && this.rebuildsSeen !== this.index.rebuilds) await this.known();
    if (!this.facts || !this.unsaved) return;
    const unsaved = this.unsaved;
    this.unsaved = 0;
    const w = writeTaskFacts(this.ctx, this.facts.values()).catch(() => {
      this.unsaved += unsaved; // derived data: tried again at the next change or at close
    });
    this.writing = w;
    await w;
  }

  /** The app is closing: the background read-ahead reads no more files. */
  stopWarming(): void {
    this.warmStopped = true;
  }

  /** Write what changed (quit, end of a CLI command); the read-ahead stops first. */
  async flush(): Promise<void> {
    this.warmStopped = true;
    await this.refresh?.done;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.writing;
    // Meeting files the index read (changed behind its back, or all of them) are written now, so that
    // a later run never takes their facts from tasks.json as it was, even if Theo dõi was not opened.
    if (this.facts === null && !this.ctx.readOnly && (this.index.rebuilds || this.index.factsReadCount))
      await this.known().catch(() => undefined);
    await this.writeNow();
  }

  private rowsOf(f: MeetingFacts, today: string, dueSoonDays: number): MeetingTaskRow[] {
    const day = `${today}|${dueSoonDays}`;
    const hit = this.rows.get(f.meetingId);
    if (hit?.facts === f && hit.day === day) return hit.rows;
    const rows = factsRows(f, { today, dueSoonDays, numberOf: this.numberOf });
    this.rows.set(f.meetingId, { facts: f, day, rows });
    return rows;
  }

  /** Every task of the library on `today`, soonest due first; a carried task once, at its latest session. */
  async tableOn(today: string): Promise<FollowupTable> {
    // States depend on the day and on Settings' due-soon days: each meeting's rows are kept for one of
    // them (rowsOf), and the table for one of them and one version of the facts.
    const dueSoonDays = this.settings.get().followupDueSoonDays;
    const facts = await this.current();
    const key = `${today}|${dueSoonDays}|${this.version}`;
    if (this.table?.key !== key) {
      const all: MeetingTaskRow[] = [];
      for (const f of facts.values()) for (const r of this.rowsOf(f, today, dueSoonDays)) all.push(r);
      this.table = { key, table: new FollowupTable(resolveCarried(all), 'by-due-date') };
    }
    return this.table.table;
  }

  async list(filter: FollowupFilter = {}, today?: string): Promise<FollowupList> {
    const day = this.today(today);
    const table = await this.tableOn(day);
    const { indices, counts } = table.query(filter);
    return { today: day, rows: indices.map((i) => table.rows[i]!), counts };
  }

  /** A window of the list (the screen asks for the rows it shows), with the counts and the years of every task. */
  async page(filter: FollowupFilter, offset: number, limit: number, today?: string) {
    const day = this.today(today);
    const table = await this.tableOn(day);
    const { indices, counts } = table.query(filter);
    const rows = indices.slice(offset, offset + limit).map((i) => table.rows[i]!);
    return { today: day, total: indices.length, offset, rows, counts, years: table.assignedYears() };
  }

  /** Apply a change to one task and save the meeting; returns the task's row afterwards. */
  async setTask(
    meetingId: string,
    taskId: string,
    change: TaskChange,
    options: { by?: string; today?: string } = {},
  ): Promise<FollowupRow> {
    if (isEmptyChange(change)) throw new ServiceError('invalid_input', 'Chưa có thay đổi nào để ghi nhận.');
    const today = this.today(options.today);
    const meeting = structuredClone(await this.meetings.get(meetingId));
    const entry = outlineEntries(meeting.conclusions).find((e) => e.id === taskId);
    if (!entry || !isTracked(entry))
      throw new ServiceError(
        'not_found',
        `Buổi làm việc "${meetingId}" không có nhiệm vụ "${taskId}" (nhiệm vụ cần có đơn vị chủ trì hoặc thời hạn).`,
      );
    const later = (await this.tableOn(today)).rows.find(
      (r) => r.taskId === taskId && r.meetingId !== meetingId && this.carriedFromHere(r, meetingId),
    );
    if (later)
      throw new ServiceError(
        'conflict',
        `Nhiệm vụ "${taskId}" đã được chuyển sang phiên ngày ${later.meetingDate || '(chưa có ngày)'} (${later.meetingId}); hãy cập nhật ở đó.`,
      );
    if (change.doneOn && change.doneOn > today)
      throw new ServiceError('invalid_input', `Ngày hoàn thành ${change.doneOn} chưa đến (hôm nay là ${today}).`);
    entry.task = applyTaskChange(entry.task, change, today, options.by ?? '');
    const saved = await this.meetings.save(meeting, 'auto');
    const facts = meetingFacts(saved);
    this.facts?.set(saved.id, facts);
    this.noteChanges(1);
    const dueSoonDays = this.settings.get().followupDueSoonDays;
    const { carriedFrom: _from, ...plain } = this.rowsOf(facts, today, dueSoonDays).find((r) => r.taskId === taskId)!;
    const resolved = (await this.tableOn(today)).rows.find((r) => r.meetingId === meetingId && r.taskId === taskId);
    return resolved ?? plain;
  }

  /** True when `r` holds a task carried (directly or through sessions between) from `meetingId`. */
  private carriedFromHere(r: FollowupRow, meetingId: string): boolean {
    const seen = new Set<string>();
    const taskOf = (id: string) => this.facts?.get(id)?.tasks.find((t) => t.taskId === r.taskId);
    let id = r.meetingId;
    let at = taskOf(id);
    while (at?.carriedFrom && !seen.has(id)) {
      if (at.carriedFrom === meetingId) return true;
      seen.add(id);
      id = at.carriedFrom;
      at = taskOf(id);
    }
    return false;
  }

  /**
   * The document shell a report or letter is issued under: the office's default issuing body,
   * format and signers (Settings), or, while those are not set, those of the newest notice listed.
   */
  private async shell(rows: readonly FollowupRow[], today: string, summary: string, recipients: string[]) {
    const s = this.settings.get();
    let issuer = s.defaultIssuer;
    let signers = s.defaultSigners.notice;
    let profile: FormatProfile | undefined = this.profiles.get(s.defaultProfileId);
    if (!issuer.name.trim() && rows.length) {
      const newest = rows.reduce((a, b) => (b.source.date > a.source.date ? b : a));
      const m = await this.meetings.get(newest.meetingId);
      issuer = m.issuer;
      if (!signers.length) signers = m.notice.signers;
      profile = this.profiles.get(m.profile.id) ?? profile;
    }
    profile ??= builtinProfile('hd36-2018')!;
    const shell = Meeting.parse({
      schemaVersion: SCHEMA_VERSION,
      id: 'theo-doi',
      profile: { id: profile.id, version: profile.version },
      issuer,
      notice: { date: today, signers, summary, recipients: recipients.map((text) => ({ text, note: '' })) },
    });
    return { shell, profile };
  }

  /** Rows of tasks assigned by notices dated within the period, for one unit or presiding official if given. */
  async reportRowsOf(o: ReportOptions, today?: string): Promise<FollowupRow[]> {
    const { rows } = await this.list({ unit: o.unit, presiding: o.presiding }, today);
    return rows.filter((r) => r.source.date >= o.from && r.source.date <= o.to);
  }

  /** `Báo cáo tình hình thực hiện các kết luận` as .docx or .xlsx. */
  async report(o: ReportOptions & { format: 'docx' | 'xlsx' }, today?: string): Promise<Uint8Array> {
    const day = this.today(today);
    const rows = await this.reportRowsOf(o, day);
    const period = `từ ngày ${formatShortDate(o.from)} đến ngày ${formatShortDate(o.to)}`;
    const { shell, profile } = await this.shell(rows, day, `Tình hình thực hiện các kết luận ${period}`, []);
    if (o.format === 'xlsx') {
      return writeTableXlsx({
        sheetName: 'Theo dõi kết luận',
        title: `TÌNH HÌNH THỰC HIỆN CÁC KẾT LUẬN ${period.toUpperCase()}${o.unit ? ` - ${o.unit}` : ''}`,
        columns: REPORT_COLUMNS,
        rows: reportRows(rows),
        font: profile.font.family,
      });
    }
    return writeSectionsDocx(
      followupReportParts(rows, shell, profile, o),
      profile,
      'Báo cáo tình hình thực hiện các kết luận',
      this.now(),
    );
  }

  /** The report saved where the user picks (Theo dõi > Lập báo cáo). */
  async reportVia(ports: Ports, o: ReportOptions & { format: 'docx' | 'xlsx' }, today?: string) {
    if (o.from > o.to)
      throw new ServiceError(
        'invalid_input',
        `Từ ngày ${formatShortDate(o.from)} sau đến ngày ${formatShortDate(o.to)}: hãy đổi lại khoảng thời gian.`,
      );
    const bytes = await this.report(o, today);
    const stem = ['bao-cao-thuc-hien-ket-luan', o.from, o.to, o.unit ?? '', o.presiding ?? '']
      .filter(Boolean)
      .join('-');
    return saveThroughDialog(
      this.ctx,
      ports,
      {
        title: 'Lưu báo cáo tình hình thực hiện kết luận',
        stem,
        format: o.format,
        failure: 'Không ghi được tệp báo cáo',
      },
      bytes,
    );
  }

  /** The reminder letter saved where the user picks (Theo dõi > Công văn đôn đốc). */
  async remindVia(ports: Ports, unit: string, today?: string) {
    const { bytes, tasks } = await this.remind(unit, today);
    const saved = await saveThroughDialog(
      this.ctx,
      ports,
      {
        title: 'Lưu công văn đôn đốc',
        stem: `cong-van-don-doc-${unit}`,
        format: 'docx',
        failure: 'Không ghi được công văn',
      },
      bytes,
    );
    return { ...saved, note: `${tasks} nhiệm vụ quá hạn hoặc sắp đến hạn` };
  }

  /** The reminder letter (`công văn đôn đốc`) to one unit: its overdue and due-soon tasks. */
  async remind(unit: string, today?: string): Promise<{ bytes: Uint8Array; tasks: number }> {
    const day = this.today(today);
    const { rows } = await this.list({ unit, states: ['overdue', 'due_soon'] }, day);
    if (!rows.length)
      throw new ServiceError(
        'invalid_input',
        `Đơn vị "${unit}" không có nhiệm vụ quá hạn hoặc sắp đến hạn vào ngày ${formatShortDate(day)}; không cần đôn đốc.`,
      );
    const name = unitNameOf(rows, unit);
    const { shell, profile } = await this.shell(rows, day, '', ['Như trên']);
    const blocks = reminderLetterBlocks(rows, shell, profile, name, day);
    const bytes = await writeSectionsDocx([{ kind: 'portrait', blocks }], profile, 'Công văn đôn đốc', this.now());
    return { bytes, tasks: rows.length };
  }
}

/** The unit's name as the notices spell it (the lead of its first task when it matches), else as typed. */
function unitNameOf(rows: readonly FollowupRow[], typed: string): string {
  const want = foldVietnamese(typed);
  const all = rows.flatMap((r) => [r.lead, ...r.support]);
  return all.find((u) => foldVietnamese(u) === want) ?? all.find((u) => foldVietnamese(u).includes(want)) ?? typed;
}
