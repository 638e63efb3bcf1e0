import type { BrowserWindow } from 'electron';
import type { Ports } from '../../backend/ports';
import { createDialogPort } from './dialogs';
import { createPdfPort, createPrintPort, type PrintDeps } from './print';
import { createShellPort } from './shell';

/** Ports backed by Electron: dialogs, shell, print and printToPDF. */
export function createElectronPorts(
  deps: PrintDeps & { getWindow: () => BrowserWindow | null },
): Ports & { dispose(): void } {
  const pdf = createPdfPort(deps);
  return {
    dialogs: createDialogPort(deps.getWindow),
    shell: createShellPort(),
    pdf: { renderPdf: (layout) => pdf.renderPdf(layout) },
    print: createPrintPort(deps),
    now: () => new Date(),
    dispose: () => pdf.dispose(),
  };
}
