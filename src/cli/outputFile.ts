/** Writing an output file all at once: a temp file in the same folder renamed over the target, removed on failure. */
import { ioCause } from '../backend/errors/ioErrors';
import { writeFileAtomic } from '../backend/storage/atomicFile';
import { CliError } from './errors';

export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (e) {
    throw new CliError(`Không ghi được tệp ${path}: ${ioCause(e, { op: 'write', path })}.`);
  }
}
