/** Render a DOCX with LibreOffice (own profile per conversion) and read the PDF with poppler. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfInfo {
  pages: number;
  /** Page size in points, e.g. 595.3 x 841.9 for A4. */
  widthPt: number;
  heightPt: number;
}

export interface RenderedPdf {
  pdfPath: string;
  dir: string;
  info: PdfInfo;
  /** `pdftotext -layout` text of each page, index 0 = page 1. */
  pages: string[];
  cleanup(): Promise<void>;
}

export async function docxToPdf(bytes: Uint8Array, name = 'document'): Promise<{ pdfPath: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bienban-lo-'));
  const docx = join(dir, `${name}.docx`);
  await writeFile(docx, bytes);
  const profile = `file://${join(dir, 'lo-profile')}`;
  await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx],
    {
      timeout: 120_000,
    },
  );
  return { pdfPath: join(dir, `${name}.pdf`), dir };
}

export async function pdfInfo(pdfPath: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, widthPt: Number(size?.[1] ?? NaN), heightPt: Number(size?.[2] ?? NaN) };
}

/** Each page's size in points (`pdfinfo -f 1 -l N`), index 0 = page 1: portrait and landscape pages told apart. */
export async function pdfPageSizes(
  pdfPath: string,
  pages: number,
): Promise<Array<{ widthPt: number; heightPt: number }>> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', String(pages), pdfPath]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    widthPt: Number(m[1]),
    heightPt: Number(m[2]),
  }));
}

export async function pdfPageText(pdfPath: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfPath, '-'], {
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

export async function renderPdf(bytes: Uint8Array, name = 'document'): Promise<RenderedPdf> {
  const { pdfPath, dir } = await docxToPdf(bytes, name);
  await readFile(pdfPath); // throws with a clear path if LibreOffice produced nothing
  const info = await pdfInfo(pdfPath);
  const pages: string[] = [];
  for (let i = 1; i <= info.pages; i++) pages.push(await pdfPageText(pdfPath, i));
  return { pdfPath, dir, info, pages, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
