/**
 * Follow-up of the library's tasks: every tracked task as a row with its state on a given day,
 * filtered and counted, and changes to one task (status, completion date, note, extension) saved
 * through the meeting save path as history. Each meeting's rows are kept in memory until that
 * meeting changes (its `updatedAt`), so only the first view reads every meeting file.
 */
import {
  applyTaskChange,
  FollowupTable,
  type FollowupFilter,
  type FollowupRow,
  isEmptyChange,
  isoDay,
  meetingTaskRows,
  type MeetingTaskRow,
  resolveCarried,
  byDueDate,
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
import type { LibraryService } from './library';
import type { MeetingService } from './meeting';
import type { ProfilesService } from './profiles';
import type { SettingsService } from './settings';

export interface FollowupList {
  today: string;
  rows: FollowupRow[];
  counts: StateCounts;
}

interface Cached {
  updatedAt: string;
  rows: MeetingTaskRow[];
}

export class FollowupService {
  private readonly cache = new Map<string, Cached>();
  private cacheDay = '';
  private table: { key: string; table: FollowupTable } | null = null;

  constructor(
    private readonly library: LibraryService,
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
  numberOf = (m: Meeting): string => {
    const p = this.profiles.get(m.profile.id);
    const style = p?.header.number.style ?? (m.profile.id.startsWith('hd36') ? 'hd36' : 'nd30');
    const type = p?.labels.typeCodes.notice ?? 'TB';
    return formatDocNumber(style, m.notice.number, type, m.issuer.code).replace(/^Số:?\s*/, '');
  };

  private rowsOf(m: Meeting, today: string): MeetingTaskRow[] {
    const dueSoonDays = this.settings.get().followupDueSoonDays;
    const rows = meetingTaskRows(m, { today, dueSoonDays, numberOf: this.numberOf });
    this.cache.set(m.id, { updatedAt: m.updatedAt, rows });
    return rows;
  }

  /** Every task of the library on `today`, soonest due first; a carried task once, at its latest session. */
  async tableOn(today: string): Promise<FollowupTable> {
    // States depend on the day and on Settings' due-soon days: a change of either recomputes them.
    const day = `${today}|${this.settings.get().followupDueSoonDays}`;
    if (day !== this.cacheDay) {
      this.cache.clear();
      this.cacheDay = day;
    }
    const summaries = this.library.list();
    const all: MeetingTaskRow[] = [];
    let key = `${today}|${this.settings.get().followupDueSoonDays}`;
    for (const s of summaries) {
      let hit = this.cache.get(s.id);
      if (!hit || hit.updatedAt !== s.updatedAt) {
        try {
          this.rowsOf(await this.meetings.get(s.id), today);
        } catch {
          this.cache.delete(s.id); // unreadable (the library's notices say why): skipped
        }
        hit = this.cache.get(s.id);
      }
      if (hit) {
        all.push(...hit.rows);
        key += `|${s.id}@${hit.updatedAt}`;
      }
    }
    if (this.table?.key !== key) this.table = { key, table: new FollowupTable(resolveCarried(all).sort(byDueDate)) };
    return this.table.table;
  }

  async list(filter: FollowupFilter = {}, today?: string): Promise<FollowupList> {
    const day = this.today(today);
    const table = await this.tableOn(day);
    const { indices, counts } = table.query(filter);
    return { today: day, rows: indices.map((i) => table.rows[i]!), counts };
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
    const row = this.rowsOf(saved, today).find((r) => r.taskId === taskId)!;
    const { carriedFrom: _from, ...plain } = row;
    const resolved = (await this.tableOn(today)).rows.find((r) => r.meetingId === meetingId && r.taskId === taskId);
    return resolved ?? plain;
  }

  /** True when `r` holds a task carried (directly or through sessions between) from `meetingId`. */
  private carriedFromHere(r: FollowupRow, meetingId: string): boolean {
    const seen = new Set<string>();
    let at = this.cache.get(r.meetingId)?.rows.find((x) => x.taskId === r.taskId);
    while (at?.carriedFrom && !seen.has(at.meetingId)) {
      if (at.carriedFrom.meetingId === meetingId) return true;
      seen.add(at.meetingId);
      at = this.cache.get(at.carriedFrom.meetingId)?.rows.find((x) => x.taskId === r.taskId);
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
