/**
 * Packs a docx `Document` into DOCX bytes through the one ZIP writer (`../zip/writer`, native
 * zlib) instead of docx's own JavaScript deflate (fflate), which took 60 ms of a cold CLI export.
 *
 * The parts come from docx's own compiler, which docx keeps as a private static of `Packer`; if an
 * upgrade moves it, packing falls back to `Packer.toBuffer` (a test pins the fast path).
 */
import { Packer, type Document } from 'docx';
import { zipParts, type ZipPart } from '../zip/writer';

interface DocxCompiler {
  compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, ZipPart>;
}

export function docxCompiler(): DocxCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : null;
}

export async function packDocx(doc: Document, now: Date = new Date()): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (compiler) return zipParts(compiler.compile(doc, undefined, []), now);
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
