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

  list(): RecoveryNotice[] {
    return [...this.items];
  }
}
