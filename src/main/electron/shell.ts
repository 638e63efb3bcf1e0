import { shell } from 'electron';
import type { ShellPort } from '../../backend/ports';

export function createShellPort(): ShellPort {
  return {
    async openPath(path) {
      // openPath resolves to an error string rather than rejecting.
      const error = await shell.openPath(path);
      if (error) throw new Error(`Không mở được tệp: ${error}`);
    },
  };
}
