/**
 * Where the library lives on a machine: one rule for the app and the `bienban` commands, so both
 * open the same data folder without being told.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's folder name under the platform's application-data folder. */
export const APP_NAME = 'Biên Bản';

/** Folder name beside the portable .exe; ASCII so every Windows locale handles it. */
export const PORTABLE_DATA_FOLDER = 'BienBan-data';

/**
 * Where user data lives: beside the executable for the portable Windows build (the secretary
 * carries the USB stick, the data goes with it), otherwise `<appData>/Biên Bản`.
 */
export function resolveUserDataDir(env: Record<string, string | undefined>, perUserDir: string): string {
  const portableDir = env.PORTABLE_EXECUTABLE_DIR;
  return portableDir ? join(portableDir, PORTABLE_DATA_FOLDER) : perUserDir;
}

/** The backend's data folder inside user data (Chromium's caches stay beside it, not mixed in). */
export function libraryDir(userData: string): string {
  return join(userData, 'library');
}

/**
 * The platform's application-data folder as Electron's `app.getPath('appData')` gives it:
 * %APPDATA%, ~/Library/Application Support, or $XDG_CONFIG_HOME (~/.config).
 */
export function appDataDir(env: Record<string, string | undefined>, platform: NodeJS.Platform): string {
  const home = homedir();
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** The library folder a command opens when no `--data-dir` is given: the app's own. */
export function defaultDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return libraryDir(resolveUserDataDir(env, join(appDataDir(env, platform), APP_NAME)));
}
