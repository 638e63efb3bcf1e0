/**
 * Sandboxed preload: one CommonJS file that requires only `electron`. Exposes window.api with one
 * function per contract channel (never a generic invoke), and, in the hidden print window only,
 * the layout main asked it to render.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, PRINT_LAYOUT_CHANNEL } from '../shared/ipc/channels';

const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const channel of CHANNEL_NAMES) {
  // Channels without input are called as api['settings:get']().
  api[channel] = (input?: unknown) => ipcRenderer.invoke(channel, input === undefined ? {} : input);
}
contextBridge.exposeInMainWorld('api', Object.freeze(api));

const hash = (globalThis as { location?: { hash?: string } }).location?.hash ?? '';
if (hash === '#/print' || hash.startsWith('#/print?')) {
  // Main answers only for its own hidden print window; elsewhere this is null.
  const layout: unknown = ipcRenderer.sendSync(PRINT_LAYOUT_CHANNEL);
  if (layout) contextBridge.exposeInMainWorld('__BIENBAN_PRINT_LAYOUT__', layout);
}
