/** The library: list/search, create (blank, example, next session), trash and restore, import. */
import { join } from 'node:path';
import { compareNewestFirst, type MeetingSummary, type TrashItem } from '../../shared/model/library';
import { newId } from '../../shared/model/ids';
import { Meeting, type MeetingInput, openTasksOf, SCHEMA_VERSION } from '../../shared/model/meeting';
import { parseMeeting } from '../../shared/model/parse';
import type { StorageContext } from '../storage/context';
import { isMissing } from '../storage/fileSystem';
import { checkJson } from '../storage/jsonFile';
import { summaryOf } from '../storage/libraryIndex';
import type { LibraryIndex } from '../storage/libraryIndex';
import type { MeetingStore } from '../storage/meetingStore';
import { localIsoDate } from '../../shared/text/vietnamese';
import { defaultProfileIdFor } from '../../shared/profile/builtin';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';
import { type MeetingService, notFound } from './meeting';
import type { ProfilesService } from './profiles';
import type { SettingsService } from './settings';

export interface ListFilter {
  search?: string;
  year?: number;
  profileId?: string;
  status?: 'draft' | 'issued';
}

export type Template = 'blank' | 'example-party' | 'example-state';

export class LibraryService {
  constructor(
    private readonly ctx: StorageContext,
    private readonly store: MeetingStore,
    private readonly index: LibraryIndex,
    private readonly meetings: MeetingService,
    private readonly settings: SettingsService,
    private readonly profiles: ProfilesService,
    private readonly examplesDir: string,
  ) {}

  /** Matching meetings, newest first (search results too: the list is read by date). */
  list(filter: ListFilter = {}): MeetingSummary[] {
    const keep = (m: MeetingSummary) =>
      (filter.year === undefined || m.date.startsWith(`${filter.year}-`)) &&
      (filter.profileId === undefined || m.profileId === filter.profileId) &&
      (filter.status === undefined || m.status === filter.status);
    const query = filter.search?.trim() ?? '';
    const found = query ? this.index.search.search(query).map((id) => this.index.get(id)) : this.index.list();
    return found.filter((m): m is MeetingSummary => m !== undefined && keep(m)).sort(compareNewestFirst);
  }

  async create(options: { profileId?: string; template?: Template } = {}): Promise<Meeting> {
    const template = options.template ?? 'blank';
    const meeting = template === 'blank' ? this.blank(options.profileId) : await this.example(template);
    return this.meetings.save(meeting, 'auto');
  }

  private blank(profileId?: string): Meeting {
    const s = this.settings.get();
    const today = localIsoDate(this.ctx.now());
    const profile =
      this.profiles.get(profileId ?? defaultProfileIdFor(s.defaultProfileId, today)) ?? this.profiles.get('hd36-2018');
    if (!profile) throw new ServiceError('not_found', `Không có thể thức "${profileId}".`);
    const input: MeetingInput = {
      schemaVersion: SCHEMA_VERSION,
      id: newId(),
      profile: { id: profile.id, version: profile.version },
      issuer: s.defaultIssuer,
      notice: { signers: s.defaultSigners.notice, ...s.defaultIssuance.notice },
      minutes: { signers: s.defaultSigners.minutes, ...s.defaultIssuance.minutes },
    };
    return Meeting.parse(input);
  }

  /** The example sessions shipped in resources/examples/, chosen by the rule book of their profile. */
  private async example(template: 'example-party' | 'example-state'): Promise<Meeting> {
    const wanted = template === 'example-party' ? 'hd36' : 'nd30';
    let names: string[] = [];
    try {
      names = (await this.ctx.fs.readdir(this.examplesDir)).filter((n) => n.endsWith('.json')).sort();
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
    const found: Meeting[] = [];
    for (const n of names) {
      // readFile, not readRegularFile: the examples ship inside the app's asar archive, which patches readFile.
      const parsed = checkJson(await this.ctx.fs.readFile(join(this.examplesDir, n)), parseMeeting);
      if (parsed.ok && this.profiles.get(parsed.value.profile.id)?.basis === wanted) found.push(parsed.value);
    }
    // The newest example: a body of today's two-level local government, not a district of 2021.
    const newest = found.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
    if (newest) {
      const now = this.ctx.now();
      const profile = this.profiles.get(defaultProfileIdFor(newest.profile.id, localIsoDate(now)));
      return {
        ...newest,
        id: newId(),
        createdAt: now.toISOString(),
        previousId: '',
        profile: profile ? { id: profile.id, version: profile.version } : newest.profile,
      };
    }
    throw new ServiceError('not_found', 'Không tìm thấy buổi làm việc mẫu đi kèm ứng dụng.');
  }

  /**
   * The next session with the same body: same issuer, people, signers, recipients and profile; a
   * fresh id and an empty date, reports and discussion. Of the tasks not yet done, only those the
   * secretary chose (`carry`, by id) become tasks of the new session, marked as carried from this one.
   */
  async createNext(fromId: string, carry: readonly string[] = []): Promise<Meeting> {
    const from = await this.meetings.get(fromId);
    const next = Meeting.parse({
      schemaVersion: SCHEMA_VERSION,
      id: newId(),
      profile: from.profile,
      kind: from.kind,
      host: from.host,
      place: from.place,
      presiding: from.presiding,
      secretary: from.secretary,
      attendeeGroups: from.attendeeGroups,
      conclusions: openTasksOf(from, carry),
      issuer: from.issuer,
      notice: {
        signers: from.notice.signers,
        recipients: from.notice.recipients,
        archive: from.notice.archive,
        issuedBy: from.notice.issuedBy,
      },
      minutes: { signers: from.minutes.signers, recipients: from.minutes.recipients, archive: from.minutes.archive },
      tags: from.tags,
      previousId: from.id,
    } satisfies MeetingInput);
    return this.meetings.save(next, 'auto');
  }

  async remove(id: string): Promise<void> {
    const m = await this.meetings.get(id);
    await this.index.tracked(async () => {
      await guardIo('Không chuyển được buổi làm việc vào thùng rác', () => this.store.moveToTrash(m), undefined, {
        dataDir: this.ctx.paths.root,
      });
      this.index.remove(id);
    });
  }

  trash(): Promise<TrashItem[]> {
    return this.store.listTrash();
  }

  async restore(id: string): Promise<MeetingSummary> {
    if (await this.store.exists(id))
      throw new ServiceError('conflict', 'Thư viện đã có một buổi làm việc cùng mã; không thể khôi phục đè lên.');
    const m = await this.index.tracked(async () => {
      const restored = await guardIo('Không khôi phục được từ thùng rác', () => this.store.restoreFromTrash(id), '', {
        dataDir: this.ctx.paths.root,
      });
      if (restored) this.index.upsert(restored);
      return restored;
    });
    if (!m) throw notFound(id);
    return summaryOf(m);
  }

  /** Import a meeting read from a file; `asNew` gives it a fresh id so it cannot replace one in the library. */
  async import(raw: unknown, asNew: boolean): Promise<{ meeting: Meeting; replaced: boolean }> {
    const parsed = parseMeeting(raw);
    if (!parsed.ok) throw new ServiceError('invalid_input', 'Tệp không phải một buổi làm việc hợp lệ.');
    const meeting = asNew ? { ...parsed.value, id: newId() } : parsed.value;
    const replaced = !asNew && (await this.store.exists(meeting.id));
    if (replaced) await this.meetings.snapshot(await this.meetings.get(meeting.id), 'import');
    return { meeting: await this.meetings.save(meeting, 'import'), replaced };
  }
}
