/**
 * Import benchmarks: the exported seed notice (and a ~50-page minutes) read into blocks by the .docx
 * reader; the seed notice read and recognised into a meeting (`import.docx_seed_ms`); and a folder of
 * 100 documents (every example, both profiles, both documents, in turn) read, recognised and
 * accepted into a new library with its people in the directory (`import.folder_100_s`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderDocx } from '../src/backend/export/renderDocx';
import { docxLines } from '../src/backend/import/docxLines';
import { readDocx } from '../src/backend/import/readDocx';
import type { Ports } from '../src/backend/ports';
import { createServices } from '../src/backend/services';
import { recognize } from '../src/shared/import/recognize';
import { HD36_2018, ND30_2020, builtinProfile } from '../src/shared/profile/builtin';
import { EXAMPLE_CASES } from '../test/backend/docx-fixtures';
import { bigMeeting, loadSeed } from './export.bench';
import { median, round, sample, type BenchResult } from './lib';

const RUNS = 50;

const ports: Ports = {
  dialogs: { showSave: async () => null, showOpen: async () => null },
  shell: { openPath: async () => undefined },
  pdf: { renderPdf: async () => new Uint8Array() },
  print: { printCurrent: async () => undefined },
  now: () => new Date(),
};

/** 100 .docx files in a fresh folder: the 20 example documents, five times over. */
async function folderOf100(dir: string): Promise<void> {
  const docs: Uint8Array[] = [];
  for (const [, load] of EXAMPLE_CASES)
    for (const profile of [HD36_2018, ND30_2020])
      for (const kind of ['notice', 'minutes'] as const) docs.push((await renderDocx(load(), kind, profile)).bytes);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 100; i++)
    writeFileSync(join(dir, `van-ban-${String(i).padStart(3, '0')}.docx`), docs[i % docs.length]!);
}

/** Seconds to read, recognise and accept every file of the folder into a new library. */
async function importFolder(root: string, folder: string, n: number): Promise<number> {
  const s = await createServices({ dataDir: join(root, `data-${n}`), ports, appVersion: 'bench', autoBackup: false });
  try {
    const t0 = performance.now();
    const items = await s.import.read(await s.import.filesOf(folder));
    for (const item of items) if (item.recognition) await s.import.accept(item.recognition.meeting);
    await s.flush();
    const seconds = (performance.now() - t0) / 1000;
    if (s.library.list().length !== 100) throw new Error(`expected 100 meetings, got ${s.library.list().length}`);
    return seconds;
  } finally {
    await s.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const hd36 = builtinProfile('hd36-2018')!;
  const seedNotice = (await renderDocx(loadSeed(), 'notice', hd36)).bytes;
  const bigMinutes = (await renderDocx(bigMeeting(), 'minutes', hd36)).bytes;
  const seed = await sample(() => readDocx(seedNotice), RUNS, 10);
  const big = await sample(() => readDocx(bigMinutes), 10, 3);
  const recognised = await sample(
    async () => recognize(docxLines((await readDocx(seedNotice)).body), { id: 'bench' }),
    RUNS,
    10,
  );

  const root = mkdtempSync(join(tmpdir(), 'bienban-bench-import-'));
  try {
    const folder = join(root, 'van-ban');
    await folderOf100(folder);
    const folderRuns = [];
    for (let n = 0; n < 3; n++) folderRuns.push(await importFolder(root, folder, n));
    return [
      { name: 'import.docx_read_seed_ms', value: round(median(seed)), unit: 'ms', target: '≤ 50' },
      { name: 'import.docx_read_big_minutes_ms', value: round(median(big)), unit: 'ms', target: '—' },
      { name: 'import.docx_seed_ms', value: round(median(recognised)), unit: 'ms', target: '≤ 50' },
      { name: 'import.folder_100_s', value: round(median(folderRuns)), unit: 's', target: '≤ 10' },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
