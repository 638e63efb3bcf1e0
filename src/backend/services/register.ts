/**
 * Issuing (phát hành) and the outgoing register. Issuing takes the number from the body's series,
 * renders the DOCX once and keeps its bytes and the meeting as issued under `issued/<meetingId>/`;
 * from then on an export of that document writes those bytes. The register file is the commit
 * point: a marker written before it says which meeting to mark issued, so a kill at any instant
 * leaves the document either issued with its entry or not issued at all (see `settle`).
 */
import { join, relative } from 'node:path';
import { z } from 'zod';
import { checkBeforeExport } from '../../shared/check/preExport';
import { newId } from '../../shared/model/ids';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type Meeting } from '../../shared/model/meeting';
import { parseMeeting } from '../../shared/model/parse';
import { documentSeries, entryFacts } from '../../shared/register/entry';
import type { EntryRelation, RegisterEntry } from '../../shared/register/schema';
import { nextNumber, type SeriesGap, seriesGaps, takenBy } from '../../shared/register/series';
import type { FormatProfile } from '../../shared/profile/schema';
import { formatShortDate, isIsoDate, localIsoDate, upperVi } from '../../shared/text/vietnamese';
import { guardIo } from '../errors/ioErrors';
import { ServiceError } from '../errors/serviceError';
import type { Ports } from '../ports';
import type { StorageContext } from '../storage/context';
import { readRegularFile, writeFileText, writeJsonFile } from '../storage/jsonFile';
import { RegisterStore } from '../storage/registerStore';
import type { RenderDocx } from './export';
import type { MeetingService } from './meeting';
import { saveThroughDialog } from './saveThroughDialog';
import type { ProfilesService } from './profiles';
import type { SettingsService } from './settings';

export interface IssueOptions {
  /** A typed number (refused when the series already holds it, unless it is this document's reservation). */
  number?: number;
  /** Only reserve the next number for this document; nothing is frozen. */
  reserve?: boolean;
  /** `YYYY-MM-DD`; default today. */
  date?: string;
  /** Issue a correction or replacement of the issued document. */
  relation?: Exclude<EntryRelation, ''>;
}

export interface RegisterFilter {
  year?: number;
  /** Body code, accent- and case-insensitive. */
  body?: string;
  kind?: DocumentKind;
}

export interface IssuePreview {
  number: number;
  symbol: string;
  date: string;
  seriesLabel: string;
  /** What the pre-export check still finds (issuing is refused while any remain). */
  findings: { path: string; message: string }[];
  issued: boolean;
}

const Pending = z.object({
  entryId: z.string(),
  meetingId: z.string(),
  kind: z.enum(['notice', 'minutes']),
  json: z.string(),
});

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

export class RegisterService {
  private readonly store: RegisterStore;

  constructor(
    private readonly ctx: StorageContext,
    private readonly meetings: MeetingService,
    private readonly profiles: ProfilesService,
    private readonly settings: SettingsService,
    private readonly renderDocx: RenderDocx | undefined,
  ) {
    this.store = new RegisterStore(ctx);
  }

  async load(): Promise<void> {
    await this.store.load();
    if (!this.ctx.readOnly) await this.settle();
  }

  entries(): readonly RegisterEntry[] {
    return this.store.data.entries;
  }

  list(filter: RegisterFilter = {}): { entries: RegisterEntry[]; gaps: SeriesGap[] } {
    const body = filter.body ? fold(filter.body) : '';
    const entries = this.store.data.entries.filter(
      (e) =>
        (filter.year === undefined || e.date.startsWith(`${filter.year}-`)) &&
        (!body || fold(e.bodyCode) === body) &&
        (!filter.kind || e.kind === filter.kind),
    );
    const sorted = [...entries].sort((a, b) =>
      a.series === b.series
        ? a.number - b.number
        : a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : a.series < b.series
              ? -1
              : 1,
    );
    return { entries: sorted, gaps: seriesGaps(entries) };
  }

  private profileOf(m: Meeting): FormatProfile {
    const resolved = this.profiles.resolve(m.profile);
    if (!resolved.ok)
      throw new ServiceError(resolved.reason === 'missing' ? 'not_found' : 'conflict', resolved.message);
    return resolved.profile;
  }

  private dateOf(option: string | undefined): string {
    const date = option ?? localIsoDate(this.ctx.now());
    if (!isIsoDate(date))
      throw new ServiceError('invalid_input', `Ngày "${date}" không hợp lệ; hãy ghi dạng YYYY-MM-DD.`);
    return date;
  }

  /** The entry the document was issued under (the newest, after corrections). */
  issuedEntry(meetingId: string, kind: DocumentKind): RegisterEntry | undefined {
    return this.store.data.entries.find(
      (e) => e.meetingId === meetingId && e.kind === kind && e.status === 'issued' && !e.replacedBy,
    );
  }

  /** What issuing would take now: for the confirm dialog. */
  async preview(meetingId: string, kind: DocumentKind, dateOption?: string): Promise<IssuePreview> {
    const m = await this.meetings.get(meetingId);
    const profile = this.profileOf(m);
    const date = this.dateOf(dateOption);
    const series = documentSeries(m, kind, profile, date, this.settings.get().registerSeries);
    const reserved = this.reservationOf(series.key, meetingId, kind);
    const number = reserved?.number ?? nextNumber(this.store.data.entries, series.key);
    const facts = entryFacts(m, kind, profile, number);
    return {
      number,
      symbol: facts.symbol,
      date,
      seriesLabel: series.label,
      findings: this.findings(m, kind, number, date),
      issued: this.issuedEntry(meetingId, kind) !== undefined,
    };
  }

  private reservationOf(series: string, meetingId: string, kind: DocumentKind) {
    return this.store.data.entries.find(
      (e) => e.series === series && e.meetingId === meetingId && e.kind === kind && e.status === 'reserved',
    );
  }

  private findings(m: Meeting, kind: DocumentKind, number: number, date: string) {
    return checkBeforeExport(asIssued(m, kind, number, date, m[kind].status), kind);
  }

  async issue(meetingId: string, kind: DocumentKind, options: IssueOptions = {}): Promise<RegisterEntry> {
    if (this.ctx.readOnly)
      throw new ServiceError(
        'forbidden',
        `Thư mục dữ liệu ${this.ctx.paths.root} chỉ cho phép đọc: không phát hành được.`,
      );
    if (!this.renderDocx) throw new ServiceError('unavailable', 'Chức năng phát hành chưa sẵn sàng trong bản này.');
    const m = await this.meetings.get(meetingId);
    const label = DOCUMENT_KIND_LABELS[kind];
    const previous = this.issuedEntry(meetingId, kind);
    // The register decides: a status set by hand or imported without an entry does not block issuing.
    if (previous && !options.relation)
      throw new ServiceError(
        'conflict',
        `${label} của buổi làm việc này đã được phát hành${previous ? ` (số ${previous.symbol} ngày ${formatShortDate(previous.date)})` : ''}. ` +
          'Văn bản đã phát hành không sửa được; muốn thay đổi, hãy phát hành văn bản đính chính hoặc văn bản thay thế.',
      );
    if (options.relation && !previous)
      throw new ServiceError(
        'conflict',
        `${label} của buổi làm việc này chưa được phát hành, nên chưa có gì để đính chính hay thay thế.`,
      );
    if (options.reserve && options.number !== undefined)
      throw new ServiceError('invalid_input', 'Chỉ chọn một trong hai: giữ số tiếp theo hoặc ghi số cụ thể.');

    const profile = this.profileOf(m);
    const date = this.dateOf(options.date);
    const series = documentSeries(m, kind, profile, date, this.settings.get().registerSeries);
    const entries = this.store.data.entries;
    const reservation = this.reservationOf(series.key, meetingId, kind);
    let number: number;
    if (options.number !== undefined) {
      if (!Number.isInteger(options.number) || options.number < 1 || options.number > 999_999)
        throw new ServiceError('invalid_input', `Số văn bản phải là số nguyên dương, không phải "${options.number}".`);
      number = options.number;
      const holder = takenBy(entries, series.key, number);
      if (holder && holder !== reservation) throw new ServiceError('conflict', takenMessage(holder, series.label));
    } else {
      number = reservation?.number ?? nextNumber(entries, series.key);
    }
    const facts = entryFacts(m, kind, profile, number);
    const base = {
      series: series.key,
      seriesLabel: series.label,
      ...facts,
      number,
      date,
      kind,
      meetingId,
      note: '',
      replaces: '',
      relation: '' as EntryRelation,
      replacedBy: '',
      file: '',
      createdAt: this.ctx.now().toISOString(),
    };

    if (options.reserve) {
      if (reservation) return reservation;
      const entry: RegisterEntry = { ...base, id: newId('so'), status: 'reserved' };
      await this.commit([...entries, entry]);
      await this.meetings.save({ ...m, [kind]: { ...m[kind], number: String(number) } });
      return entry;
    }

    const findings = this.findings(m, kind, number, date);
    if (findings.length)
      throw new ServiceError(
        'invalid_input',
        `Chưa phát hành được ${label.toLowerCase()}: văn bản còn thiếu ${findings.length} mục.\n` +
          findings.map((f) => `  ${f.path}: ${f.message}`).join('\n'),
      );

    const issued = asIssued(m, kind, number, date, 'issued');
    const { bytes } = await this.renderDocx(issued, kind, profile);
    const entryId = reservation?.id ?? newId('so');
    const stem = `${kind}-${String(number).padStart(2, '0')}-${date}-${entryId}`;
    const dir = join(this.ctx.paths.issued, meetingId);
    const docxPath = join(dir, `${stem}.docx`);
    const jsonPath = join(dir, `${stem}.json`);
    await guardIo(
      `Không lưu được bản ${label.toLowerCase()} đã phát hành`,
      async () => {
        await this.ctx.fs.mkdir(dir, { recursive: true });
        await writeFileText(this.ctx, docxPath, bytes);
        await writeJsonFile(this.ctx, jsonPath, issued);
        await writeJsonFile(this.ctx, this.ctx.paths.registerPending, {
          entryId,
          meetingId,
          kind,
          json: relative(this.ctx.paths.root, jsonPath),
        });
      },
      'Chưa có số nào được lấy.',
      { dataDir: this.ctx.paths.root },
    );
    const relationNote =
      options.relation && previous
        ? `${options.relation === 'correction' ? 'Đính chính' : 'Thay thế'} văn bản số ${previous.symbol} ngày ${formatShortDate(previous.date)}`
        : '';
    const entry: RegisterEntry = {
      ...base,
      id: entryId,
      status: 'issued',
      note: relationNote,
      replaces: options.relation ? (previous?.id ?? '') : '',
      relation: options.relation ?? '',
      file: relative(this.ctx.paths.root, docxPath),
    };
    const next = entries
      .filter((e) => e !== reservation)
      .map((e) => (options.relation && e === previous ? { ...e, replacedBy: entryId } : e));
    await this.commit([...next, entry]);
    await this.finishIssue(issued);
    return entry;
  }

  /** The register on disk: the instant the number is taken. */
  private async commit(entries: RegisterEntry[]): Promise<void> {
    await guardIo(
      'Không ghi được sổ đăng ký văn bản đi',
      () => this.store.save({ ...this.store.data, entries }),
      'Số chưa được lấy; sổ đăng ký vẫn như trước.',
      { dataDir: this.ctx.paths.root },
    );
  }

  private async finishIssue(issued: Meeting): Promise<void> {
    await this.meetings.save(issued);
    await this.ctx.fs.rm(this.ctx.paths.registerPending, { force: true });
  }

  /**
   * An issue killed half-way: when the register holds its entry, the meeting is marked issued from
   * the frozen copy; otherwise nothing was taken and the marker is dropped (the frozen files of an
   * unused number are overwritten by the next issue or left unused).
   */
  private async settle(): Promise<void> {
    const read = await readRegularFile(this.ctx.fs, this.ctx.paths.registerPending);
    if (read.state === 'missing') return;
    const pending = read.state === 'ok' ? Pending.safeParse(safeJson(read.bytes)) : null;
    const entry = pending?.success
      ? this.store.data.entries.find((e) => e.id === pending.data.entryId && e.status === 'issued')
      : undefined;
    if (pending?.success && entry) {
      const frozen = await readRegularFile(this.ctx.fs, join(this.ctx.paths.root, pending.data.json));
      const parsed = frozen.state === 'ok' ? parseMeeting(safeJson(frozen.bytes)) : null;
      if (parsed?.ok) {
        const current = await this.meetings.get(entry.meetingId).catch(() => null);
        const kind = entry.kind;
        // Only the issued document's part: the other document may have been saved since.
        const settled = current ? { ...current, [kind]: parsed.value[kind] } : parsed.value;
        await this.meetings.save(settled);
        this.ctx.notices.add(
          'register.json',
          `Lần phát hành ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} số ${entry.symbol} bị gián đoạn sau khi đã vào sổ; đã hoàn tất: văn bản được đánh dấu đã phát hành.`,
          entry.meetingId,
        );
      }
    }
    await this.ctx.fs.rm(this.ctx.paths.registerPending, { force: true });
  }

  /**
   * A document issued outside the app and imported with its number and full date: recorded in the
   * register as issued under that number (later numbers of the series continue after it), with the
   * imported .docx kept byte for byte as the issued copy. A number the series already holds is not
   * taken twice: the document stays a draft and the returned message (also a notice) says why.
   */
  async recordImported(
    meetingId: string,
    original?: { file: string; bytes?: Uint8Array },
  ): Promise<{ meeting: Meeting; entries: RegisterEntry[]; refused: string[] }> {
    const out = { entries: [] as RegisterEntry[], refused: [] as string[] };
    let m = await this.meetings.get(meetingId);
    for (const kind of ['notice', 'minutes'] as const) {
      const doc = m[kind];
      const number = Number(doc.number.trim());
      if (doc.status !== 'issued' || !isIsoDate(doc.date) || !Number.isInteger(number) || number < 1) continue;
      if (number > 999_999 || this.issuedEntry(meetingId, kind)) continue;
      const profile = this.profileOf(m);
      const series = documentSeries(m, kind, profile, doc.date, this.settings.get().registerSeries);
      const entries = this.store.data.entries;
      const holder = takenBy(entries, series.key, number);
      if (holder) {
        const message = `${DOCUMENT_KIND_LABELS[kind]} nhập từ ${original?.file ?? 'tệp'} mang số ${doc.number} ngày ${formatShortDate(doc.date)}, nhưng ${takenMessage(holder, series.label).replace(/^Số/, 'số')} Văn bản được giữ ở dạng dự thảo, chưa vào sổ.`;
        m = await this.meetings.save({ ...m, [kind]: { ...doc, status: 'draft' } });
        this.ctx.notices.add('register.json', message, meetingId);
        out.refused.push(message);
        continue;
      }
      const entryId = newId('so');
      let file = '';
      if (original?.bytes) {
        const stem = `${kind}-${String(number).padStart(2, '0')}-${doc.date}-${entryId}`;
        const dir = join(this.ctx.paths.issued, meetingId);
        await guardIo(
          `Không lưu được bản gốc ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} đã nhập`,
          async () => {
            await this.ctx.fs.mkdir(dir, { recursive: true });
            await writeFileText(this.ctx, join(dir, `${stem}.docx`), original.bytes!);
            await writeJsonFile(this.ctx, join(dir, `${stem}.json`), m);
          },
          'Chưa có số nào được ghi vào sổ.',
          { dataDir: this.ctx.paths.root },
        );
        file = relative(this.ctx.paths.root, join(dir, `${stem}.docx`));
      }
      const entry: RegisterEntry = {
        series: series.key,
        seriesLabel: series.label,
        ...entryFacts(m, kind, profile, number),
        number,
        date: doc.date,
        kind,
        meetingId,
        id: entryId,
        status: 'issued',
        note: `Nhập từ văn bản đã phát hành${original ? ` (${original.file})` : ''}`,
        replaces: '',
        relation: 'imported',
        replacedBy: '',
        file,
        createdAt: this.ctx.now().toISOString(),
      };
      await this.commit([...entries, entry]);
      out.entries.push(entry);
    }
    return { meeting: m, ...out };
  }

  /** Void a reserved number, or a number no entry holds (a gap): kept in the register with its reason. */
  async void(entryId: string, reason: string): Promise<RegisterEntry> {
    if (!reason.trim()) throw new ServiceError('invalid_input', 'Hãy ghi lý do hủy số.');
    const entries = this.store.data.entries;
    const entry = entries.find((e) => e.id === entryId);
    if (!entry) throw new ServiceError('not_found', `Không có số "${entryId}" trong sổ đăng ký.`);
    if (entry.status === 'issued')
      throw new ServiceError(
        'conflict',
        `Số ${entry.symbol} đã phát hành, không hủy được; hãy phát hành văn bản thay thế hoặc đính chính.`,
      );
    if (entry.status === 'void') return entry;
    const voided: RegisterEntry = { ...entry, status: 'void', note: reason.trim() };
    await this.commit(entries.map((e) => (e === entry ? voided : e)));
    const m = await this.meetings.get(entry.meetingId).catch(() => null);
    if (m && m[entry.kind].status !== 'issued' && m[entry.kind].number === String(entry.number))
      await this.meetings.save({ ...m, [entry.kind]: { ...m[entry.kind], number: '' } });
    return voided;
  }

  /** Ask where to save the register (filtered), then write it atomically. */
  async exportVia(ports: Ports, format: 'docx' | 'xlsx', filter: RegisterFilter) {
    const bytes = await registerFile(this.list(filter).entries, format, filter);
    const stem = ['so-dang-ky-van-ban-di', filter.year ? String(filter.year) : '', filter.body ?? '']
      .filter(Boolean)
      .join('-');
    return saveThroughDialog(
      this.ctx,
      ports,
      { title: 'Lưu sổ đăng ký văn bản đi', stem, format, failure: 'Không ghi được tệp sổ đăng ký' },
      bytes,
    );
  }

  /** The frozen bytes and the meeting as issued, for an export of an issued document; null when not issued. */
  async issuedDocument(meetingId: string, kind: DocumentKind): Promise<{ bytes: Uint8Array; meeting: Meeting } | null> {
    const entry = this.issuedEntry(meetingId, kind);
    if (!entry?.file) return null;
    const docx = join(this.ctx.paths.root, entry.file);
    const read = await readRegularFile(this.ctx.fs, docx);
    const json = await readRegularFile(this.ctx.fs, docx.replace(/\.docx$/, '.json'));
    const meeting = json.state === 'ok' ? parseMeeting(safeJson(json.bytes)) : null;
    if (read.state !== 'ok' || !meeting?.ok)
      throw new ServiceError(
        'io_error',
        `Không đọc được bản ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} đã phát hành số ${entry.symbol} (${entry.file}); bản đó không được tạo lại từ dữ liệu hiện tại.`,
      );
    return { bytes: read.bytes, meeting: meeting.value };
  }
}

/** `SỔ ĐĂNG KÝ VĂN BẢN ĐI` and what the listing is limited to: `Năm 2026 - Cơ quan UBND`. */
export function registerHeading(filter: RegisterFilter): { title: string; subtitle: string } {
  const parts = [filter.year ? `Năm ${filter.year}` : '', filter.body ? `Cơ quan ${upperVi(filter.body.trim())}` : ''];
  return { title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', subtitle: parts.filter(Boolean).join(' - ') };
}

/** The register as file bytes (landscape Word, or an Excel workbook). */
export async function registerFile(
  entries: readonly RegisterEntry[],
  format: 'docx' | 'xlsx',
  filter: RegisterFilter,
): Promise<Uint8Array> {
  const { registerDocx, registerXlsx } = await import('../reports/registerExport');
  const { title, subtitle } = registerHeading(filter);
  return format === 'docx' ? registerDocx(entries, title, subtitle) : registerXlsx(entries, title, subtitle);
}

function safeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

function asIssued(
  m: Meeting,
  kind: DocumentKind,
  number: number,
  date: string,
  status: Meeting['notice']['status'],
): Meeting {
  return { ...m, [kind]: { ...m[kind], number: String(number), date, status } };
}

function takenMessage(holder: RegisterEntry, seriesLabel: string): string {
  const what =
    holder.status === 'void'
      ? `đã bị hủy${holder.note ? ` (${holder.note})` : ''}`
      : holder.status === 'reserved'
        ? `đang được giữ cho ${DOCUMENT_KIND_LABELS[holder.kind].toLowerCase()} của buổi làm việc ${holder.meetingId}`
        : `đã dùng cho ${DOCUMENT_KIND_LABELS[holder.kind].toLowerCase()} ngày ${formatShortDate(holder.date)} (buổi làm việc ${holder.meetingId})`;
  return `Số ${holder.number} trong sổ ${seriesLabel} ${what}. Mỗi số chỉ dùng một lần; hãy lấy số tiếp theo hoặc ghi số khác.`;
}
