/// <reference types="vite/client" />
import type { Api } from '../shared/ipc/contract';
import type { OfficialLayout } from '../shared/layout/types';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the e2e bridge; the renderer's only way out. */
    api: Api;
    /** Set by the print window (or the e2e PDF page) before loading `#/print`. */
    __BIENBAN_PRINT_LAYOUT__?: OfficialLayout;
  }
}
export {};
