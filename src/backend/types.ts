/**
 * The backend: services + IPC dispatch over one data folder, with no electron import.
 * Electron's main process, the e2e harness and the smoke test all start it the same way.
 */
import type { IpcResult } from '../shared/ipc/contract';
import type { Ports, SenderInfo } from './ports';

export interface BackendOptions {
  dataDir: string;
  ports: Ports;
  /** Origins whose top frame may call the API (`file://` for the packaged app, the dev/test server otherwise). */
  trustedOrigins: string[];
  appVersion: string;
  /** Example meetings shipped in resources/examples (default: relative to the working folder). */
  examplesDir?: string;
  /** How long to wait for a `bienban` command holding the data folder to finish, ms (default 0). */
  lockWaitMs?: number;
}

export interface Backend {
  /** Check the sender, parse input, run, parse output; never throws. */
  dispatch(channel: string, raw: unknown, sender: SenderInfo): Promise<IpcResult<unknown>>;
  /** Flush pending writes (quit, window close, session end). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
