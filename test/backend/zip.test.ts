/**
 * The one ZIP module: what the writer packs, the bounded reader gives back byte for byte; a
 * flipped byte, a broken directory or an entry over a limit is refused with a Vietnamese reason.
 */
import { readZipDirectory, readZipEntry, bufferSource, ZipError, type ZipLimits } from '../../src/backend/zip/reader';
import { zipParts } from '../../src/backend/zip/writer';

const LOOSE: ZipLimits = { entries: 100, entryBytes: 1024 * 1024, totalBytes: 4 * 1024 * 1024 };
const parts: [string, string | Uint8Array][] = [
  ['word/document.xml', '<w:document>Biên bản làm việc</w:document>'.repeat(200)],
  ['word/media/ảnh.png', new Uint8Array([0, 1, 2, 255])],
  ['trống.txt', ''],
];

async function readAll(zip: Uint8Array, limits = LOOSE): Promise<Record<string, Buffer>> {
  const source = bufferSource(zip);
  const out: Record<string, Buffer> = {};
  for (const e of await readZipDirectory(source, limits)) out[e.name] = await readZipEntry(source, e);
  return out;
}

it('reads back exactly what the writer packed, names in UTF-8 included', async () => {
  const files = await readAll(zipParts(parts, new Date(2026, 0, 1)));
  expect(Object.keys(files)).toEqual(parts.map(([n]) => n));
  for (const [name, data] of parts) expect(files[name]).toEqual(Buffer.from(data));
});

it('refuses a damaged entry by its CRC, and a truncated file by its missing directory', async () => {
  const zip = Buffer.from(zipParts([['a.txt', 'nội dung không nén được nhiều: 0123456789']], new Date()));
  const stored = Buffer.from(zip);
  stored[30 + 'a.txt'.length + 2]! ^= 0xff; // a byte of the deflated data
  await expect(readAll(stored)).rejects.toThrow(ZipError);
  await expect(readAll(zip.subarray(0, zip.length - 30))).rejects.toThrow('không phải tệp nén ZIP');
});

it('checks every limit from the directory, before inflating anything', async () => {
  const zip = zipParts(parts, new Date());
  await expect(readAll(zip, { ...LOOSE, entries: 2 })).rejects.toThrow('có 3 tệp, quá giới hạn 2');
  await expect(readAll(zip, { ...LOOSE, entryBytes: 1024 })).rejects.toThrow(
    /word\/document\.xml: giải nén ra 9,4 KB, quá giới hạn 1 KB cho một tệp/,
  );
  const err = await readAll(zip, { ...LOOSE, totalBytes: 8000 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZipError);
  expect((err as ZipError).tooLarge).toBe(true);
});

it('refuses a ZIP64 archive (a Word file or a backup alike) without naming it a backup', async () => {
  const zip = Buffer.from(zipParts([['a.txt', 'x']], new Date()));
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  zip.writeUInt16LE(0xffff, end + 10); // the entry count a ZIP64 archive leaves in the plain record
  const err = await readZipDirectory(bufferSource(zip), LOOSE).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZipError);
  expect((err as ZipError).message).toBe('tệp nén dạng ZIP64 (quá lớn), ứng dụng không đọc dạng này');
});
