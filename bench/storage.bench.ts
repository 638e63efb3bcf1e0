/**
 * Storage figures: one save with 10 and with 10,000 meetings in the library (the save must not grow
 * with the library), opening a 10,000-meeting library, and accent-insensitive search over it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meeting } from '../src/shared/model/meeting';
import { parseMeeting } from '../src/shared/model/parse';
import type { Ports } from '../src/backend/ports';
import { createServices } from '../src/backend/services';
import { dataPaths } from '../src/backend/storage/dataPaths';
import { serializeIndex } from '../src/backend/storage/indexFile';
import { indexEntryOf } from '../src/backend/storage/libraryIndex';
import { performance } from 'node:perf_hooks';
import { type BenchResult, median, percentile, round, sample } from './lib';

const SEED = join(__dirname, '..', 'resources', 'examples', 'long-bien-2021-02-23.json');
const PLACES = [
  'Long Biên',
  'Gia Lâm',
  'Đông Anh',
  'Hoàn Kiếm',
  'Ba Đình',
  'Đống Đa',
  'Cầu Giấy',
  'Thanh Xuân',
  'Sóc Sơn',
  'Mê Linh',
  'Hà Đông',
  'Sơn Tây',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = [
  'Văn An',
  'Thị Bình',
  'Đức Cường',
  'Minh Đức',
  'Thu Hà',
  'Quang Huy',
  'Thanh Lan',
  'Hữu Nam',
  'Ngọc Sơn',
  'Xuân Trường',
];
const TOPICS = [
  'chương trình công tác năm',
  'công tác cán bộ',
  'tiến độ đầu tư xây dựng trường học',
  'chuyển đổi số',
  'công tác kiểm tra, giám sát',
  'giải phóng mặt bằng',
  'cải cách hành chính',
];
const QUERIES = [
  'long bien',
  'dong anh',
  'nguyen van an',
  'cong tac can bo',
  'd',
  'chuyen doi so',
  'tran thi',
  'ha dong 2021',
  'giai phong mat bang',
  'quan uy',
  'dau tu',
  'kiem tra giam sat',
  'hoang',
  'truong hoc',
  'son tay cai cach',
];

const ports: Ports = {
  dialogs: { showSave: async () => null, showOpen: async () => null },
  shell: { openPath: async () => undefined },
  pdf: { renderPdf: async () => new Uint8Array() },
  print: { printCurrent: async () => undefined },
  now: () => new Date(),
};

function seed(): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(SEED, 'utf8')));
  if (!r.ok) throw new Error('seed meeting does not validate');
  return r.value;
}

/** A plausible variation of the seed: other place, people, topic and year. */
function variant(base: Meeting, i: number): Meeting {
  const place = PLACES[i % PLACES.length]!;
  const person = (k: number) => `${SURNAMES[(i + k) % SURNAMES.length]} ${GIVEN[(i * 7 + k) % GIVEN.length]}`;
  const year = 2015 + (i % 11);
  return {
    ...base,
    id: `m${String(i).padStart(5, '0')}`,
    host: `Ban Thường vụ Quận ủy ${place}`,
    place: `Trụ sở Quận ủy ${place}`,
    subject: `${TOPICS[i % TOPICS.length]} ${year}`,
    date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    presiding: { ...base.presiding, name: person(0) },
    secretary: { ...base.secretary, name: person(1) },
    attendeeGroups: base.attendeeGroups.map((g, gi) => ({
      ...g,
      members: g.members.map((m, mi) => (m.kind === 'person' ? { ...m, name: person(2 + gi * 5 + mi) } : m)),
    })),
  };
}

/** Write the library straight to disk (meeting files, then a fresh index), as the app would have left it. */
function makeLibrary(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bienban-bench-${n}-`));
  mkdirSync(join(dir, 'meetings'), { recursive: true });
  const base = seed();
  const entries = [];
  for (let i = 0; i < n; i++) {
    const m = variant(base, i);
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), JSON.stringify(m, null, 2) + '\n');
    entries.push(indexEntryOf(m));
  }
  const dirMtimeMs = statSync(join(dir, 'meetings')).mtimeMs;
  const summaries = entries.map((e) => e.summary);
  const words = Object.fromEntries(entries.map((e) => [e.summary.id, e.words]));
  writeFileSync(
    dataPaths(dir).index,
    serializeIndex({ schemaVersion: 2, capturedAt: Date.now(), dirMtimeMs, summaries }, words),
  );
  return dir;
}

const open = (dataDir: string) => createServices({ dataDir, ports, appVersion: 'bench', autoBackup: false });

async function saveMedian(dataDir: string): Promise<number> {
  const s = await open(dataDir);
  const m = seed();
  let n = 0;
  const samples = await sample(() => s.meeting.save({ ...m, subject: `${m.subject} ${n++}` }, 'auto'), 40, 5);
  await s.close();
  return median(samples);
}

export async function run(): Promise<BenchResult[]> {
  const small = makeLibrary(10);
  const big = makeLibrary(10_000);
  try {
    const save10 = await saveMedian(small);
    const save10000 = await saveMedian(big);

    const openSamples: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = performance.now();
      const s = await open(big);
      const list = s.library.list();
      const dt = performance.now() - t;
      if (list.length < 10_000) throw new Error(`listed ${list.length}`);
      await s.close(); // lets the background search build finish outside the timing
      if (i > 0) openSamples.push(dt);
    }

    const s = await open(big);
    const t0 = performance.now();
    await s.flush(); // waits for the background build of the search engine
    const searchBuild = performance.now() - t0;
    const searchSamples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        // Typed as-you-type: successive prefixes of the query are each a search.
        for (let len = 1; len <= q.length; len += 3) {
          const t = performance.now();
          s.library.list({ search: q.slice(0, len) });
          searchSamples.push(performance.now() - t);
        }
      }
    }
    await s.close();

    return [
      { name: 'save.seed_10_ms', value: round(save10), unit: 'ms', target: '≤ 10' },
      { name: 'save.seed_10000_ms', value: round(save10000), unit: 'ms', target: '≤ 10' },
      { name: 'save.ratio_10000_10', value: round(save10000 / save10), unit: '×', target: '≤ 1.3' },
      { name: 'library.open_10000_ms', value: round(median(openSamples)), unit: 'ms', target: '≤ 300' },
      { name: 'search.p95_10000_ms', value: round(percentile(searchSamples, 95)), unit: 'ms', target: '≤ 20' },
      { name: 'search.build_10000_ms', value: round(searchBuild), unit: 'ms', target: '(background, after start-up)' },
    ];
  } finally {
    rmSync(small, { recursive: true, force: true });
    rmSync(big, { recursive: true, force: true });
  }
}
