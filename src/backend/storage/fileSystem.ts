/** The file operations storage needs, injectable so tests can simulate a full disk or a failing rename. */
import * as fsp from 'node:fs/promises';

export type FileSystem = Pick<
  typeof fsp,
  | 'open'
  | 'readFile'
  | 'rename'
  | 'unlink'
  | 'link'
  | 'copyFile'
  | 'mkdir'
  | 'readdir'
  | 'stat'
  | 'lstat'
  | 'lutimes'
  | 'rm'
>;

export const nodeFileSystem: FileSystem = fsp;

export { errorCode, isMissing } from '../errors/errno';
