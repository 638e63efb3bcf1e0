import { BrowserWindow, ipcMain } from 'electron';
import type { OfficialLayout } from '../../shared/layout/types';
import { PRINT_LAYOUT_CHANNEL } from '../../shared/ipc/channels';
import type { PdfPort, PrintPort } from '../../backend/ports';
import { secureWebPreferences } from '../security/policies';
import { isTrustedSender } from '../../backend/ipc/sender';
import { senderInfo } from './sender';

export interface PrintDeps {
  getWindow: () => BrowserWindow | null;
  preloadPath: string;
  /** Loads the app page at a hash route in a window (file: in production, the dev server in dev). */
  loadApp: (win: BrowserWindow, hash: string) => Promise<void>;
  trustedOrigins: readonly string[];
}

const PRINT_ROUTE = '/print';
const READY_TIMEOUT_MS = 20_000;

/** Print the focused window through the system dialog (the renderer has shown its print view). */
export function createPrintPort(deps: PrintDeps): PrintPort {
  return {
    printCurrent() {
      const win = deps.getWindow();
      if (!win) return Promise.reject(new Error('no window to print'));
      return new Promise((resolve, reject) => {
        win.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
          // A user cancelling the dialog is not an error.
          if (success || reason === 'cancelled' || reason === 'canceled') resolve();
          else reject(new Error(`print failed: ${reason}`));
        });
      });
    },
  };
}

/**
 * PDF through the app's own print view: a hidden sandboxed window loads `#/print`, its preload asks
 * main for the layout (synchronously, answered only for that window), then printToPDF on A4.
 */
export function createPdfPort(deps: PrintDeps): PdfPort & { dispose(): void } {
  const pending = new Map<number, OfficialLayout>();
  const onLayoutRequest = (e: Electron.IpcMainEvent) => {
    const trusted = isTrustedSender(senderInfo(e), deps.trustedOrigins);
    e.returnValue = trusted ? (pending.get(e.sender.id) ?? null) : null;
  };
  ipcMain.on(PRINT_LAYOUT_CHANNEL, onLayoutRequest);

  return {
    async renderPdf(layout) {
      const win = new BrowserWindow({
        show: false,
        width: 900,
        height: 1200,
        webPreferences: secureWebPreferences(deps.preloadPath),
      });
      pending.set(win.webContents.id, layout);
      try {
        await deps.loadApp(win, PRINT_ROUTE);
        await waitForPrintReady(win);
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
        });
        return new Uint8Array(pdf);
      } finally {
        pending.delete(win.webContents.id);
        win.destroy();
      }
    },
    dispose() {
      ipcMain.removeListener(PRINT_LAYOUT_CHANNEL, onLayoutRequest);
    },
  };
}

/** The print view marks itself `data-print-ready="true"` once fonts and pages are laid out. */
async function waitForPrintReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await win.webContents.executeJavaScript(
      `!!document.querySelector('[data-print-ready="true"]')`,
      true,
    );
    if (ready === true) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('print view not ready in time');
}
