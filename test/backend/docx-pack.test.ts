/**
 * DOCX packing with the native deflate: the same parts, in the same order, with the same content as
 * docx's own Packer, and a ZIP every reader takes (deflated entries, sizes in the local headers, a
 * central directory that agrees). LibreOffice opens every export in docx-libreoffice.test.ts.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { crc32, inflateRawSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { docxCompiler, packDocx } from '../../src/backend/export/packDocx';
import { zipParts } from '../../src/backend/zip/writer';

interface LocalEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  data: Uint8Array;
}

/** Walk the local file headers from the start of the file, as a streaming reader does. */
function localEntries(zip: Uint8Array): LocalEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: LocalEntry[] = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    const method = view.getUint16(at + 8, true);
    const crc = view.getUint32(at + 14, true);
    const compressedSize = view.getUint32(at + 18, true);
    const size = view.getUint32(at + 22, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = strFromU8(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extraLength;
    out.push({
      name,
      flags,
      method,
      crc,
      compressedSize,
      size,
      offset: at,
      data: zip.subarray(start, start + compressedSize),
    });
    at = start + compressedSize;
  }
  return out;
}

const sample = () =>
  new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun({
                text: 'Thông báo kết luận của đồng chí Bí thư Quận ủy Long Biên',
                font: 'Times New Roman',
              }),
            ],
          }),
        ],
      },
    ],
  });

/** core.xml carries the creation time, which differs between two packings. */
const withoutTimes = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');

it('uses docx’s own compiler (an upgrade that hides it would fall back to the slow path)', () => {
  expect(docxCompiler()).not.toBeNull();
});

it('packs the same parts, in the same order and with the same content, as docx’s Packer', async () => {
  const ours = unzipSync(await packDocx(sample()));
  const theirs = unzipSync(new Uint8Array(await Packer.toBuffer(sample())));
  expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  for (const [name, bytes] of Object.entries(theirs)) {
    const a = strFromU8(ours[name]!);
    const b = strFromU8(bytes);
    expect(name === 'docProps/core.xml' ? withoutTimes(a) : a, name).toBe(
      name === 'docProps/core.xml' ? withoutTimes(b) : b,
    );
  }
  expect(strFromU8(ours['word/document.xml']!)).toContain('Long Biên');
});

it('deflates every entry and writes its sizes in the local header (no data descriptor)', async () => {
  const zip = await packDocx(sample());
  const entries = localEntries(zip);
  expect(entries.map((e) => e.name)).toContain('[Content_Types].xml');
  expect(entries.length).toBe(Object.keys(unzipSync(zip)).length);
  for (const e of entries) {
    expect(e.method, e.name).toBe(8);
    expect(e.flags & 0x8, e.name).toBe(0);
    expect(e.compressedSize, e.name).toBeGreaterThan(0);
  }
  for (const e of entries) {
    // Each entry inflates to its recorded size and CRC.
    const plain = inflateRawSync(e.data);
    expect(plain.length, e.name).toBe(e.size);
    expect(crc32(plain), e.name).toBe(e.crc);
  }
  const total = entries.reduce((n, e) => n + e.compressedSize, 0);
  // Compressed: the XML shrinks to well under half.
  const raw = Object.values(unzipSync(zip)).reduce((n, b) => n + b.length, 0);
  expect(total).toBeLessThan(raw / 2);
});

/** The central directory, found from the end record, as a random-access reader (Word) reads it. */
function centralEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + size).toBe(end);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    out.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

it('has a central directory that agrees with every local header', async () => {
  const zip = await packDocx(sample());
  const local = localEntries(zip).map(({ name, flags, crc, compressedSize, size, offset }) => ({
    name,
    flags,
    crc,
    compressedSize,
    size,
    offset,
  }));
  expect(centralEntries(zip)).toEqual(local);
});

it('marks a non-ASCII part name as UTF-8 and dates entries in MS-DOS local time', () => {
  const zip = zipParts(
    [
      ['word/media/ảnh-đại-biểu.png', new Uint8Array([1, 2, 3])],
      ['a.xml', '<a/>'],
    ],
    new Date(2021, 1, 23, 10, 42, 30),
  );
  const [media, plain] = localEntries(zip);
  expect(media!.name).toBe('word/media/ảnh-đại-biểu.png');
  expect(media!.flags & 0x0800).toBe(0x0800);
  expect(plain!.flags & 0x0800).toBe(0);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  expect(view.getUint16(12, true)).toBe(((2021 - 1980) << 9) | (2 << 5) | 23);
  expect(view.getUint16(10, true)).toBe((10 << 11) | (42 << 5) | 15);
  expect(Object.keys(unzipSync(zip))).toEqual(['word/media/ảnh-đại-biểu.png', 'a.xml']);
  expect([...unzipSync(zip)['word/media/ảnh-đại-biểu.png']!]).toEqual([1, 2, 3]);
});
