import { BrowserWindow, dialog } from 'electron';
import type { DialogPort } from '../../backend/ports';

/** Native dialogs, modal to the focused window when there is one. */
export function createDialogPort(getWindow: () => BrowserWindow | null): DialogPort {
  return {
    async showSave(req) {
      const options = {
        title: req.title,
        defaultPath: req.defaultName,
        filters: req.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async showOpen(req) {
      const options = {
        title: req.title,
        filters: req.filters,
        properties: [req.folder ? 'openDirectory' : 'openFile'] as Array<'openFile' | 'openDirectory'>,
      };
      const win = getWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
