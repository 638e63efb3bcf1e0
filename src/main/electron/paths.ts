import { join } from 'node:path';

/** Folder name beside the portable .exe; ASCII so every Windows locale handles it. */
export const PORTABLE_DATA_FOLDER = 'BienBan-data';

/**
 * Where user data lives: beside the executable for the portable Windows build (the secretary
 * carries the USB stick, the data goes with it), otherwise Electron's per-user folder.
 */
export function resolveUserDataDir(env: Record<string, string | undefined>, electronUserData: string): string {
  const portableDir = env.PORTABLE_EXECUTABLE_DIR;
  return portableDir ? join(portableDir, PORTABLE_DATA_FOLDER) : electronUserData;
}

/** The backend's data folder inside user data (Chromium's caches stay beside it, not mixed in). */
export function libraryDir(userData: string): string {
  return join(userData, 'library');
}
