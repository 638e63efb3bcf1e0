/**
 * Import benchmarks, the read half: the exported seed notice (and a ~50-page minutes) read into
 * blocks by the .docx reader, in process: unzip, XML parse, styles, numbering, legacy fonts.
 * Mapping the blocks into a meeting comes later and will be timed as `import.docx_seed_ms`.
 */
import { renderDocx } from '../src/backend/export/renderDocx';
import { readDocx } from '../src/backend/import/readDocx';
import { builtinProfile } from '../src/shared/profile/builtin';
import { bigMeeting, loadSeed } from './export.bench';
import { median, round, sample, type BenchResult } from './lib';

const RUNS = 50;

export async function run(): Promise<BenchResult[]> {
  const hd36 = builtinProfile('hd36-2018')!;
  const seedNotice = (await renderDocx(loadSeed(), 'notice', hd36)).bytes;
  const bigMinutes = (await renderDocx(bigMeeting(), 'minutes', hd36)).bytes;
  const seed = await sample(() => readDocx(seedNotice), RUNS, 10);
  const big = await sample(() => readDocx(bigMinutes), 10, 3);
  return [
    { name: 'import.docx_read_seed_ms', value: round(median(seed)), unit: 'ms', target: '≤ 50' },
    { name: 'import.docx_read_big_minutes_ms', value: round(median(big)), unit: 'ms', target: '—' },
  ];
}
