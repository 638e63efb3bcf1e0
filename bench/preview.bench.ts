/**
 * Preview benchmarks (pure parts, Node): after each edit the preview re-keys every block and
 * re-paginates the whole document; both must stay far below a frame for a ~100-page meeting.
 * The in-browser cost of an edit is measured end to end by ui.bench.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeeting } from '../src/shared/model/parse';
import { layoutDocument } from '../src/shared/layout/layoutDocument';
import { builtinProfile } from '../src/shared/profile/builtin';
import type { LayoutBlock } from '../src/shared/layout/types';
import { blockKeys } from '../src/renderer/preview/blockKeys';
import { paginate, type BlockMeasure } from '../src/renderer/preview/paginate';
import { median, round, sample, type BenchResult } from './lib';

function bigDocument(copies: number): LayoutBlock[] {
  const parsed = parseMeeting(
    JSON.parse(readFileSync(join(__dirname, '..', 'resources', 'examples', 'long-bien-2021-02-23.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('ví dụ không hợp lệ');
  const layout = layoutDocument(parsed.value, 'minutes', builtinProfile(parsed.value.profile.id)!);
  return Array.from({ length: copies }, (_, c) =>
    layout.blocks.map((b) =>
      b.type === 'paragraph' ? { ...b, runs: b.runs.map((r) => ({ ...r, text: `${c} ${r.text}` })) } : b,
    ),
  ).flat();
}

export async function run(): Promise<BenchResult[]> {
  const blocks = bigDocument(40);
  // Heights as the browser reports them: 14 pt lines of 24.6 px, 8 px after.
  const measures: BlockMeasure[] = blocks.map((b) => {
    if (b.type !== 'paragraph') return { height: 120 };
    const lines = 1 + (b.runs.reduce((n, r) => n + r.text.length, 0) >> 7);
    return {
      height: lines * 24.6 + 8,
      trailingSpace: 8,
      keepWithNext: b.keepWithNext,
      lineBottoms: Array.from({ length: lines }, (_, k) => (k + 1) * 24.6),
    };
  });
  const pages = paginate(measures, 1134 * 0.8 * 1.25).length;
  const keyMs = median(await sample(() => blockKeys(blocks), 20, 3));
  const pageMs = median(await sample(() => paginate(measures, 1000), 50, 5));
  process.stdout.write(`  ${blocks.length} khối, khoảng ${pages} trang\n`);
  return [
    { name: `preview.content_keys_${blocks.length}_blocks_ms`, value: round(keyMs), unit: 'ms', target: '≤ 20' },
    { name: `preview.paginate_${blocks.length}_blocks_ms`, value: round(pageMs, 3), unit: 'ms', target: '≤ 2' },
  ];
}
