/** One meeting: get, save (auto/explicit), snapshots and restoring one. */
import { describeProblems } from '../../shared/model/errors';
import type { SnapshotInfo } from '../../shared/model/library';
import type { Meeting } from '../../shared/model/meeting';
import { parseMeeting } from '../../shared/model/parse';
import type { StorageContext } from '../storage/context';
import type { LibraryIndex } from '../storage/libraryIndex';
import type { MeetingStore } from '../storage/meetingStore';
import type { DirectoryService } from './directory';
import { ServiceError } from '../errors/serviceError';
import { guardIo } from '../errors/ioErrors';

export const notFound = (id: string) =>
  new ServiceError('not_found', `Không tìm thấy buổi làm việc "${id}" (có thể đã bị xóa).`);

export class MeetingService {
  constructor(
    private readonly ctx: StorageContext,
    private readonly store: MeetingStore,
    private readonly index: LibraryIndex,
    private readonly directory: DirectoryService,
  ) {}

  /** Writes here go into the data folder: a refusal names it and says reading still works. */
  private get inDataDir() {
    return { dataDir: this.ctx.paths.root };
  }

  async get(id: string): Promise<Meeting> {
    const m = await guardIo('Không đọc được buổi làm việc', () => this.store.read(id), '', { op: 'read' });
    if (!m) {
      // Lost beyond recovery (the notice says so): it must not linger in the list either.
      if (this.index.get(id)) this.index.remove(id);
      throw notFound(id);
    }
    return m;
  }

  /** Validate, NFC-clean, stamp, write atomically; explicit saves also snapshot and teach the directory. */
  async save(input: unknown, reason: 'auto' | 'explicit' | 'import' = 'auto'): Promise<Meeting> {
    const parsed = parseMeeting(input);
    if (!parsed.ok)
      throw new ServiceError(
        'invalid_input',
        `Dữ liệu buổi làm việc không hợp lệ:\n${describeProblems(parsed.problems)}`,
      );
    const updatedAt = this.ctx.now().toISOString();
    const meeting: Meeting = { ...parsed.value, updatedAt, createdAt: parsed.value.createdAt || updatedAt };
    await this.write(meeting);
    if (reason !== 'auto') {
      await guardIo(
        'Đã lưu nhưng không tạo được bản chụp',
        () => this.store.takeSnapshot(meeting, reason === 'import' ? 'import' : 'save'),
        '',
        this.inDataDir,
      );
      if (reason === 'explicit') await this.directory.learnFrom(meeting);
    }
    return meeting;
  }

  /** The write every path goes through: atomic file, then the index. */
  async write(meeting: Meeting): Promise<void> {
    await this.index.tracked(async () => {
      await guardIo('Không lưu được buổi làm việc', () => this.store.write(meeting), undefined, this.inDataDir);
      this.index.upsert(meeting);
    });
  }

  async snapshot(meeting: Meeting, reason: SnapshotInfo['reason']): Promise<SnapshotInfo> {
    return guardIo('Không tạo được bản chụp', () => this.store.takeSnapshot(meeting, reason), '', this.inDataDir);
  }

  async snapshots(id: string): Promise<SnapshotInfo[]> {
    if (!(await this.store.exists(id))) throw notFound(id);
    return this.store.listSnapshots(id);
  }

  /** Bring back a snapshot; the current state is snapshotted first so the restore can be undone. */
  async restoreSnapshot(id: string, snapshotId: string): Promise<Meeting> {
    const snap = await this.store.readSnapshot(id, snapshotId);
    if (!snap)
      throw new ServiceError('not_found', 'Không tìm thấy bản chụp này (có thể đã bị xóa do vượt quá số bản giữ lại).');
    const current = await this.get(id);
    await this.snapshot(current, 'restore');
    const restored: Meeting = { ...snap, updatedAt: this.ctx.now().toISOString() };
    await this.write(restored);
    return restored;
  }
}
