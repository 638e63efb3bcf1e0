/**
 * The backend without Electron: services over one data folder, their handlers, and the validated
 * dispatch. Electron's main, the e2e harness and the smoke test all start it through here.
 */
import type { Backend, BackendOptions } from './types';
import { renderDocx } from './export/renderDocx';
import { createDispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { createServices } from './services/index';

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const services = await createServices({
    dataDir: options.dataDir,
    ports: options.ports,
    appVersion: options.appVersion,
    examplesDir: options.examplesDir,
    lockWaitMs: options.lockWaitMs,
    renderDocx,
  });
  const dispatch = createDispatch({ handlers: createHandlers(services), trustedOrigins: options.trustedOrigins });
  let closed = false;
  return {
    dispatch,
    flush: () => services.flush(),
    async close() {
      if (closed) return;
      closed = true;
      await services.close();
    },
  };
}
