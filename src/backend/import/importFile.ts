/**
 * One file to import, whatever it is: a .docx read as a person sees it, pasted text saved as .txt,
 * or a Word 97-2003 .doc converted by LibreOffice when it is installed (refused with advice when it
 * is not). The lines go through the same recognition.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { linesFromText } from '../../shared/import/lines';
import { recognize } from '../../shared/import/recognize';
import type { Recognition, SourceLine } from '../../shared/import/types';
import { ServiceError } from '../errors/serviceError';
import { LIMITS } from '../io/limits';
import { readOutsideFile } from '../io/outsideFile';
import { docxLines } from './docxLines';
import { readDocx, readDocxFile } from './readDocx';

const run = promisify(execFile);

export const IMPORT_EXTENSIONS = ['.docx', '.doc', '.txt'] as const;

/** `soffice` (or `libreoffice`) on PATH, or null. */
export function findSoffice(path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean))
    for (const name of process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  return null;
}

/** Text as saved by Notepad or an editor: UTF-8 (with or without BOM) or UTF-16 with its BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** A .doc through LibreOffice into a .docx in a private folder, read, and the folder removed. */
async function readDocViaLibreOffice(path: string, soffice: string): Promise<SourceLine[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bienban-doc-'));
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        path,
      ],
      { timeout: 120_000 },
    );
    const out = join(dir, `${basename(path, extname(path))}.docx`);
    return docxLines((await readDocxFile(out)).body);
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('doc_convert', `LibreOffice không chuyển được tệp .doc này sang .docx. ${SAVE_AS}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SAVE_AS =
  'Hãy mở tệp trong Word, chọn Lưu Như (Save As) với kiểu tệp Tài liệu Word (*.docx), rồi nhập tệp .docx đó.';

/** The lines a person sees in the file. */
export async function readSourceLines(path: string, soffice = findSoffice()): Promise<SourceLine[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt')
    return linesFromText(decodeText(await readOutsideFile(path, LIMITS.jsonFileBytes, 'Tệp văn bản')));
  if (ext === '.doc') {
    if (!soffice)
      throw new ServiceError(
        'docx_legacy_doc',
        `Tệp Word 97-2003 (.doc) chỉ đọc được khi máy có cài LibreOffice. ${SAVE_AS}`,
      );
    return readDocViaLibreOffice(path, soffice);
  }
  if (ext === '.docx')
    return docxLines((await readDocx(await readOutsideFile(path, LIMITS.docxFileBytes, 'Tệp Word'))).body);
  throw new ServiceError(
    'unsupported_file',
    `Không nhập được tệp ${basename(path)}: chỉ nhập tệp Word (.docx, .doc) hoặc văn bản (.txt).`,
  );
}

export interface ImportedFile {
  path: string;
  recognition: Recognition;
}

export async function importFile(path: string, opts: { id: string; now: string }): Promise<ImportedFile> {
  const lines = await readSourceLines(path);
  return { path, recognition: recognize(lines, opts) };
}
