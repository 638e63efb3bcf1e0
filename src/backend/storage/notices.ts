/** Recovery notices collected since start-up, for the UI (`app:notices`) and the CLI. */
import type { RecoveryNotice } from '../../shared/model/library';

export class NoticeLog {
  private readonly items: RecoveryNotice[] = [];

  constructor(private readonly now: () => Date) {}

  add(file: string, message: string, meetingId = ''): RecoveryNotice {
    const notice = { at: this.now().toISOString(), file, meetingId, message };
    this.items.push(notice);
    return notice;
  }

  /** The same notice is given once: a folder listed at every opening of a meeting is reported once. */
  addOnce(file: string, message: string): void {
    if (!this.items.some((n) => n.file === file && n.message === message)) this.add(file, message);
  }

  list(): RecoveryNotice[] {
    return [...this.items];
  }
}
