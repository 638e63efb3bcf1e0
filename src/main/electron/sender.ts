import type { SenderInfo } from '../../backend/ports';

/** The shape of an ipcMain event that matters here (kept structural so it is testable without Electron). */
export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/** Who sent the message: a destroyed or missing frame counts as untrusted (empty URL, not main). */
export function senderInfo(event: IpcEventLike): SenderInfo {
  const frame = event.senderFrame;
  if (!frame) return { url: '', isMainFrame: false };
  return { url: frame.url, isMainFrame: frame.parent === null };
}
