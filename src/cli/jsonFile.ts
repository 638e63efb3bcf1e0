/** Reading a JSON input file with one-line Vietnamese errors that name the file and, if known, the line and column. */
import { ServiceError } from '../backend/errors/serviceError';
import { ioCause } from '../backend/errors/ioErrors';
import { LIMITS } from '../backend/io/limits';
import { readOutsideFile } from '../backend/io/outsideFile';
import { decodeJson } from '../backend/storage/jsonText';
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
  return new CliError(`Không đọc được tệp ${path}: ${ioCause(e, { op: 'read', path })}.`);
}

/** Reads and parses `path` as the library reads its own files; `what` names the content in messages (`tệp cuộc họp`). */
export async function readJsonFile(path: string, what = 'tệp'): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    // Size and kind checked before reading: `/dev/zero` or a huge file is refused, not read.
    bytes = await readOutsideFile(path, LIMITS.jsonFileBytes, capitalise(what));
  } catch (e) {
    throw readFailure(path, e);
  }
  const decoded = decodeJson(bytes);
  if (decoded.ok) return decoded.value;
  if (decoded.kind === 'empty') throw new CliError(`${capitalise(what)} ${path} trống.`);
  if (decoded.kind === 'syntax') {
    const { text, parseMessage } = decoded;
    const offset = jsonErrorOffset(parseMessage, text);
    const where = offset === undefined ? '' : ((p) => ` (dòng ${p.line}, cột ${p.column})`)(lineColumn(text, offset));
    throw new CliError(`${capitalise(what)} ${path} không phải JSON hợp lệ${where}.`);
  }
  throw new CliError(`${capitalise(what)} ${path} không dùng được: ${decoded.reason}.`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
