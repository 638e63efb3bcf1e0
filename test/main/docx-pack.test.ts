/**
 * DOCX packing with the native deflate: the same parts, in the same order, with the same content as
 * docx's own Packer, and a ZIP every reader takes (deflated entries, sizes in the local headers).
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { docxCompiler, packDocx } from '../../src/main/export/packDocx';

interface LocalEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
}

/** Walk the local file headers from the start of the file, as a streaming reader does. */
function localEntries(zip: Uint8Array): LocalEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: LocalEntry[] = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    const method = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = strFromU8(zip.subarray(at + 30, at + 30 + nameLength));
    out.push({ name, flags, method, compressedSize });
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return out;
}

const sample = () =>
  new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'Thông báo kết luận của đồng chí Bí thư Quận ủy Long Biên', font: 'Times New Roman' })] })] }],
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
    expect(name === 'docProps/core.xml' ? withoutTimes(a) : a, name).toBe(name === 'docProps/core.xml' ? withoutTimes(b) : b);
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
  const total = entries.reduce((n, e) => n + e.compressedSize, 0);
  // Compressed: the XML shrinks to well under half.
  const raw = Object.values(unzipSync(zip)).reduce((n, b) => n + b.length, 0);
  expect(total).toBeLessThan(raw / 2);
});
