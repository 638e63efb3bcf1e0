/** Reading a JSON input file with one-line Vietnamese errors that name the file and, if known, the line and column. */
import { ServiceError } from '../backend/errors/serviceError';
import { LIMITS } from '../backend/io/limits';
import { readOutsideFile } from '../backend/io/outsideFile';
import { CliError } from './errors';

/** V8 quotes up to this many characters either side of a bad token (json-parser.cc, kMaxContextCharacters). */
const V8_CONTEXT = 10;

/**
 * Offset of a JSON.parse error in `text`, from V8's message (Node 20 does not always give one).
 * Returns undefined when the message does not pin it down.
 */
export function jsonErrorOffset(message: string, text: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const quoted = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return undefined;
  const [, before, snippet = '', after] = quoted;
  if (before) {
    const start = text.indexOf(snippet);
    return start < 0 ? undefined : start + V8_CONTEXT;
  }
  if (after) return snippet.length - V8_CONTEXT;
  return undefined; // short input quoted whole: the token could be anywhere
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

function readFailure(path: string, e: unknown): CliError {
  if (e instanceof ServiceError) return new CliError(e.message); // too large, or not a regular file
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new CliError(`Không tìm thấy tệp ${path}.`);
  if (code === 'EISDIR') return new CliError(`${path} là thư mục, không phải tệp.`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`Không có quyền đọc tệp ${path}.`);
  return new CliError(`Không đọc được tệp ${path}.`);
}

/** Reads and parses `path`; `what` names the content in messages (`tệp cuộc họp`). */
export async function readJsonFile(path: string, what = 'tệp'): Promise<unknown> {
  let text: string;
  try {
    // Size and kind checked before reading: `/dev/zero` or a huge file is refused, not read.
    text = (await readOutsideFile(path, LIMITS.jsonFileBytes, capitalise(what))).toString('utf8');
  } catch (e) {
    throw readFailure(path, e);
  }
  // Notepad on Windows saves UTF-8 with a byte order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError(`${capitalise(what)} ${path} trống.`);
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset((e as Error).message, text);
    const where = offset === undefined ? '' : ((p) => ` (dòng ${p.line}, cột ${p.column})`)(lineColumn(text, offset));
    throw new CliError(`${capitalise(what)} ${path} không phải JSON hợp lệ${where}.`);
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
