/**
 * Export benchmarks: in-process renderDocx of the seed notice, of a ~50-page minutes document, and
 * the whole CLI process exporting the seed notice (startup included).
 * The big minutes' page count is measured again on every run (LibreOffice + pdfinfo, when installed),
 * so a layout change that shrinks or grows the document shows up next to its timing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../src/backend/export/renderDocx';
import { EMPTY_TASK, type Meeting } from '../src/shared/model/meeting';
import { parseMeeting } from '../src/shared/model/parse';
import { builtinProfile } from '../src/shared/profile/builtin';
import { median, round, sample, type BenchResult } from './lib';

const ROOT = join(__dirname, '..');
const SEED = join(ROOT, 'resources', 'examples', 'long-bien-2021-02-23.json');
const CLI = join(ROOT, 'out', 'cli', 'bienban.js');
const RUNS = 30;
/** Runs before measuring: fewer left the JIT unsettled (the outline notice read 41 ms after 3, 23 ms after 15). */
const WARMUP = 15;

/** Pages LibreOffice gave the minutes of `bigMeeting()` when the generator was tuned. */
export const BIG_MINUTES_PAGES = 51;

export function loadSeed(): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(SEED, 'utf8')));
  if (!r.ok) throw new Error('seed meeting does not parse');
  return r.value;
}

const SENTENCES = [
  'Năm 2020, Quận ủy đã thực hiện tốt công tác xây dựng đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh.',
  'Hoàn thành toàn diện 16/16 chỉ tiêu phát triển kinh tế - xã hội, trong đó 09/16 chỉ tiêu vượt mức kế hoạch giao.',
  'Thu ngân sách đạt 107%, cấp giấy chứng nhận quyền sử dụng đất đạt 329%, giảm hộ nghèo đạt 195% kế hoạch.',
  'Hoạt động của HĐND tiếp tục đổi mới, sâu sát thực tiễn; hiệu lực, hiệu quả quản lý của chính quyền được nâng lên.',
  'Công tác tuyên truyền, vận động của MTTQ và các đoàn thể chính trị - xã hội tích cực và hiệu quả.',
  'Tuy nhiên, tiến độ giải phóng mặt bằng một số dự án còn chậm, cần tập trung chỉ đạo tháo gỡ dứt điểm.',
];

const paragraph = (i: number, sentences = 5) =>
  Array.from({ length: sentences }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');

/** The seed grown to a long session: many reports, opinions and directives (≈ BIG_MINUTES_PAGES pages of minutes). */
export function bigMeeting(reports = 16, paragraphsPerReport = 10, opinions = 60, directives = 50): Meeting {
  const seed = loadSeed();
  return {
    ...seed,
    id: 'bench-big',
    reports: Array.from({ length: reports }, (_, r) => ({
      id: `r${r}`,
      title: `kết quả chuyên đề số ${r + 1} năm 2020`,
      presenter: `Trưởng phòng nghiệp vụ số ${r + 1}`,
      text: Array.from({ length: paragraphsPerReport }, (_, p) => paragraph(r * 7 + p)).join('\n'),
    })),
    discussion: Array.from({ length: opinions }, (_, o) => ({
      id: `o${o}`,
      speaker: `đồng chí Nguyễn Văn ${String.fromCharCode(65 + (o % 26))}, Trưởng đơn vị số ${o + 1}`,
      text: paragraph(o, 4),
    })),
    conclusions: {
      ...seed.conclusions,
      parts: [
        ...seed.conclusions.parts,
        {
          id: 'bench-tasks',
          heading: '',
          text: '',
          items: Array.from({ length: directives }, (_, d) => ({
            id: `d${d}`,
            text: paragraph(d, 2),
            items: [],
            task: {
              ...EMPTY_TASK,
              lead: `Phòng chuyên môn số ${d + 1}`,
              support: ['Văn phòng Quận ủy', 'Phòng Nội vụ'],
              deadline: { kind: 'date' as const, date: '2021-12-31' },
              status: 'open' as const,
              printAssignment: true,
              assignment: null,
            },
          })),
        },
      ],
    },
  };
}

/** A notice of `items` numbered items in three headed parts, each item a lead line and two `- ` bullets. */
export function outlineNotice(items = 300): Meeting {
  const seed = loadSeed();
  const perPart = Math.ceil(items / 3);
  return {
    ...seed,
    id: 'bench-outline',
    conclusions: {
      parts: ['ĐÁNH GIÁ CHUNG', 'NHIỆM VỤ TRỌNG TÂM', 'TỔ CHỨC THỰC HIỆN'].map((heading, p) => ({
        id: `p${p}`,
        heading,
        text: paragraph(p, 2),
        items: Array.from({ length: Math.min(perPart, items - p * perPart) }, (_, i) => ({
          id: `i${p}-${i}`,
          text: [`${SENTENCES[i % SENTENCES.length]!}`, `- ${paragraph(i, 1)}`, `- ${paragraph(i + 1, 1)}`].join('\n'),
          items: [],
          task: {
            ...EMPTY_TASK,
            lead: `Phòng chuyên môn số ${i + 1}`,
            support: [],
            deadline: { kind: 'relative' as const, text: 'trong thời hạn 03 ngày làm việc' },
            status: 'open' as const,
            printAssignment: i % 4 === 0,
            assignment: null,
          },
        })),
      })),
      after: paragraph(7, 2),
    },
  };
}

/** Page count of a .docx as LibreOffice lays it out; undefined when soffice or pdfinfo is missing. */
function pageCount(docx: Uint8Array): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'bienban-pages-'));
  try {
    const file = join(dir, 'big.docx');
    writeFileSync(file, docx);
    const profile = `file://${join(dir, 'lo-profile')}`;
    const conv = spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { timeout: 120_000 },
    );
    if (conv.status !== 0) return undefined;
    const info = spawnSync('pdfinfo', [join(dir, 'big.pdf')], { encoding: 'utf8' });
    const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '');
    return pages ? Number(pages[1]) : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ensureCli(): void {
  if (!existsSync(CLI))
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export async function run(): Promise<BenchResult[]> {
  const seed = loadSeed();
  const hd36 = builtinProfile('hd36-2018')!;

  const seedNotice = await sample(() => renderDocx(seed, 'notice', hd36), RUNS, WARMUP);

  const outline = outlineNotice();
  const outlineRuns = await sample(() => renderDocx(outline, 'notice', hd36), RUNS, WARMUP);

  const big = bigMeeting();
  const bigMinutes = await sample(() => renderDocx(big, 'minutes', hd36), RUNS, WARMUP);
  const bigPages = pageCount((await renderDocx(big, 'minutes', hd36)).bytes);

  ensureCli();
  const dir = mkdtempSync(join(tmpdir(), 'bienban-bench-'));
  const out = join(dir, 'tb.docx');
  const cliWall = await sample(
    () => {
      const r = spawnSync(process.execPath, [CLI, 'export', SEED, '--document', 'notice', '--out', out]);
      if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
    },
    RUNS,
    2,
  );
  rmSync(dir, { recursive: true, force: true });
  // What any Node process costs on this machine: the floor under cli.export_wall_ms.
  const nodeFloor = await sample(() => spawnSync(process.execPath, ['-e', '0']), RUNS, 2);

  return [
    { name: 'export.seed_notice_ms', value: round(median(seedNotice)), unit: 'ms', target: '≤ 15' },
    { name: 'export.minutes_50p_ms', value: round(median(bigMinutes)), unit: 'ms', target: '≤ 150' },
    { name: 'export.outline_notice_ms', value: round(median(outlineRuns)), unit: 'ms', target: '≤ 40' },
    ...(bigPages === undefined
      ? []
      : [{ name: 'export.minutes_50p_pages', value: bigPages, unit: 'trang', target: `≈ ${BIG_MINUTES_PAGES}` }]),
    { name: 'cli.export_wall_ms', value: round(median(cliWall)), unit: 'ms', target: '≤ 200' },
    { name: 'cli.node_startup_ms', value: round(median(nodeFloor)), unit: 'ms', target: '(tham chiếu)' },
  ];
}
