/** Export: render with the docx engine, ask where to save (safe default name), write atomically. */
import type { OfficialLayout } from '../../shared/layout/types';
import type { DocumentKind, Meeting } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { safeFileName } from '../../shared/text/fileName';
import type { Ports } from '../ports';
import { writeFileAtomic } from '../storage/atomicFile';
import type { StorageContext } from '../storage/context';
import { outputRefusal } from '../storage/outputTarget';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';
import type { MeetingService } from './meeting';
import type { ProfilesService } from './profiles';
import { layoutDocument } from '../../shared/layout/layoutDocument';
import type { SettingsService } from './settings';

export type RenderDocx = (
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
) => Promise<{ bytes: Uint8Array; layout: OfficialLayout }>;

const ISSUED_NOTE =
  'Văn bản đã phát hành: tệp xuất ra là đúng bản đã phát hành, không trình bày lại theo thể thức khác.';

/** Where the bytes of an issued document are kept (the register service). */
export interface IssuedDocuments {
  issuedDocument(id: string, kind: DocumentKind): Promise<{ bytes: Uint8Array; meeting: Meeting } | null>;
}

export interface ExportResult {
  canceled: boolean;
  path: string;
  /** Why the profile version used differs from the meeting's (resolveProfile's note). */
  note?: string;
}

export class ExportService {
  constructor(
    private readonly ctx: StorageContext,
    private readonly ports: Ports,
    private readonly meetings: MeetingService,
    private readonly profiles: ProfilesService,
    private readonly settings: SettingsService,
    private readonly renderDocx: RenderDocx | undefined,
    private readonly register?: IssuedDocuments,
  ) {}

  /** Render for a save: the meeting's own profile (version checked) or, for this export only, `profileId`. */
  private async render(id: string, kind: DocumentKind, profileId?: string) {
    if (!this.renderDocx) throw new ServiceError('unavailable', 'Chức năng xuất văn bản chưa sẵn sàng trong bản này.');
    const meeting = await this.meetings.get(id);
    // An issued document is the bytes frozen when it was issued, whatever was edited since.
    const issued = await this.register?.issuedDocument(id, kind);
    if (issued) {
      const resolvedIssued = this.profiles.resolve(issued.meeting.profile);
      if (resolvedIssued.ok) {
        const layout = layoutDocument(issued.meeting, kind, resolvedIssued.profile);
        const note = profileId === undefined ? undefined : ISSUED_NOTE;
        return { bytes: issued.bytes, layout, meeting, note };
      }
    }
    const resolved = this.profiles.resolve(profileId === undefined ? meeting.profile : { id: profileId });
    if (!resolved.ok)
      throw new ServiceError(resolved.reason === 'missing' ? 'not_found' : 'conflict', resolved.message);
    const out = await this.renderDocx(meeting, kind, resolved.profile);
    return { ...out, meeting, note: resolved.note };
  }

  async docx(id: string, kind: DocumentKind, profileId?: string): Promise<ExportResult> {
    const { bytes, layout, meeting, note } = await this.render(id, kind, profileId);
    return this.saveVia(meeting, layout, bytes, 'docx', 'Tài liệu Word', note);
  }

  async pdf(id: string, kind: DocumentKind): Promise<ExportResult> {
    const { layout, meeting, note } = await this.render(id, kind);
    const bytes = await this.ports.pdf.renderPdf(layout);
    return this.saveVia(meeting, layout, bytes, 'pdf', 'Tài liệu PDF', note);
  }

  private async saveVia(
    meeting: Meeting,
    layout: OfficialLayout,
    bytes: Uint8Array,
    ext: string,
    filterName: string,
    note: string | undefined,
  ): Promise<ExportResult> {
    const path = await this.ports.dialogs.showSave({
      title: 'Lưu văn bản',
      defaultName: safeFileName(layout.fileStem, ext),
      filters: [{ name: filterName, extensions: [ext] }],
    });
    if (!path) return { canceled: true, path: '' };
    const refusal = await outputRefusal(path, { inputs: [], dataDir: this.ctx.paths.root });
    if (refusal) throw new ServiceError('forbidden', refusal);
    await guardIo(
      'Không ghi được tệp văn bản',
      () => writeFileAtomic(path, bytes, { fs: this.ctx.fs }),
      'Tệp cũ (nếu có) vẫn còn nguyên.',
    );
    await this.meetings.snapshot(meeting, 'export');
    if (this.settings.get().openAfterExport) await this.ports.shell.openPath(path).catch(() => undefined);
    return { canceled: false, path, ...(note ? { note } : {}) };
  }
}
