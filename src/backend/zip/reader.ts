/**
 * A bounded ZIP reader: the central directory is read first and every limit (entry count, each
 * entry's declared size, their sum) is checked before anything is inflated; each entry is then
 * inflated on its own with zlib's `maxOutputLength` set to its declared size, so an entry that lies
 * about its size stops at the limit instead of filling memory, and its CRC-32 is checked. Entries
 * are read from the file by position: only one entry is held in memory at a time.
 * fflate's `unzipSync` trusts the declared size (it silently cuts a longer entry and checks no CRC)
 * and holds the whole archive and every entry at once, hence this reader beside our writer.
 */
import type { FileHandle } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';
import { formatMegabytes } from '../io/limits';
import {
  CENTRAL_SIGNATURE,
  DEFLATE,
  END_SIGNATURE,
  LOCAL_SIGNATURE,
  MAX_PLAIN_ENTRIES,
  MAX_PLAIN_OFFSET,
  STORED,
} from './writer';

export interface ZipLimits {
  /** Entries in the archive. */
  entries: number;
  /** One entry, inflated (by its name: an archive may hold larger files of one kind). */
  entryBytes: number | ((name: string) => number);
  /** All entries, inflated, summed. */
  totalBytes: number;
}

/** Why an archive was refused, in Vietnamese; `tooLarge` tells a limit from damage. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

/** Where the archive's bytes come from: a buffer or an open file, read by position. */
export interface ZipSource {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferSource(bytes: Uint8Array): ZipSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { size: buffer.length, read: async (at, length) => buffer.subarray(at, at + length) };
}

export function fileSource(handle: FileHandle, size: number): ZipSource {
  return {
    size,
    async read(at, length) {
      const buffer = Buffer.alloc(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, at + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
  };
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const ENCRYPTED = 0x0001;

const damaged = (why: string) => new ZipError(`tệp nén hỏng — ${why}`);

/** The entries listed by the central directory, refused as a whole if any limit is passed. */
export async function readZipDirectory(source: ZipSource, limits: ZipLimits): Promise<ZipEntry[]> {
  if (source.size < END_SIZE) throw new ZipError('không phải tệp nén ZIP');
  const tailLength = Math.min(source.size, END_SIZE + MAX_COMMENT);
  const tail = await source.read(source.size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - END_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('không phải tệp nén ZIP');
  const count = tail.readUInt16LE(end + 10);
  const centralSize = tail.readUInt32LE(end + 12);
  const centralOffset = tail.readUInt32LE(end + 16);
  if (count === MAX_PLAIN_ENTRIES || centralOffset === MAX_PLAIN_OFFSET)
    throw new ZipError('tệp nén dạng ZIP64 (quá lớn), ứng dụng không đọc dạng này', true);
  if (count > limits.entries)
    throw new ZipError(
      `có ${count.toLocaleString('vi-VN')} tệp, quá giới hạn ${limits.entries.toLocaleString('vi-VN')}`,
      true,
    );
  if (centralOffset + centralSize > source.size || centralSize < count * CENTRAL_SIZE)
    throw damaged('mục lục nằm ngoài tệp');

  const central = await source.read(centralOffset, centralSize);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > central.length || central.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw damaged('mục lục không đọc được');
    const flags = central.readUInt16LE(at + 8);
    const nameLength = central.readUInt16LE(at + 28);
    const next = at + CENTRAL_SIZE + nameLength + central.readUInt16LE(at + 30) + central.readUInt16LE(at + 32);
    if (next > central.length) throw damaged('mục lục không đọc được');
    let name: string;
    try {
      name = decoder.decode(central.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    } catch {
      throw damaged('tên tệp không phải UTF-8');
    }
    const entry: ZipEntry = {
      name,
      method: central.readUInt16LE(at + 10),
      crc: central.readUInt32LE(at + 16),
      compressedSize: central.readUInt32LE(at + 20),
      size: central.readUInt32LE(at + 24),
      localOffset: central.readUInt32LE(at + 42),
    };
    if (flags & ENCRYPTED) throw new ZipError(`${name}: tệp nén có mật khẩu`);
    if (entry.method !== STORED && entry.method !== DEFLATE) throw new ZipError(`${name}: kiểu nén không hỗ trợ`);
    if (names.has(name)) throw damaged(`${name} có hai lần`);
    names.add(name);
    const entryLimit = typeof limits.entryBytes === 'number' ? limits.entryBytes : limits.entryBytes(name);
    if (entry.size > entryLimit)
      throw new ZipError(
        `${name}: giải nén ra ${formatMegabytes(entry.size)}, quá giới hạn ${formatMegabytes(entryLimit)} cho một tệp`,
        true,
      );
    // Deflate never grows data by more than a few bytes per 16 KB block: a larger packed entry is not
    // one, and reading it would allocate what its header claims.
    if (entry.compressedSize > entry.size + (entry.size >> 10) + 64)
      throw damaged(`${name}: dữ liệu nén lớn hơn dữ liệu gốc`);
    total += entry.size;
    if (total > limits.totalBytes)
      throw new ZipError(`giải nén ra hơn ${formatMegabytes(limits.totalBytes)}, quá giới hạn`, true);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** One entry's bytes: never more than its declared size, and only if its CRC-32 matches. */
export async function readZipEntry(source: ZipSource, entry: ZipEntry): Promise<Buffer> {
  const local = await source.read(entry.localOffset, LOCAL_SIZE);
  if (local.length < LOCAL_SIZE || local.readUInt32LE(0) !== LOCAL_SIGNATURE)
    throw damaged(`${entry.name}: đầu mục không đọc được`);
  const start = entry.localOffset + LOCAL_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > source.size) throw damaged(`${entry.name}: dữ liệu nằm ngoài tệp`);
  const packed = await source.read(start, entry.compressedSize);
  let data: Buffer;
  if (entry.method === STORED) data = packed;
  else {
    try {
      // maxOutputLength must be at least 1; an empty entry inflates to nothing anyway.
      data = inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new ZipError(`${entry.name}: giải nén ra nhiều hơn kích thước ghi trong mục lục`, true);
      throw damaged(`${entry.name}: dữ liệu nén hỏng`);
    }
  }
  if (data.length !== entry.size) throw damaged(`${entry.name}: kích thước không khớp mục lục`);
  if (crc32(data) !== entry.crc) throw damaged(`${entry.name}: sai mã kiểm tra CRC`);
  return data;
}
