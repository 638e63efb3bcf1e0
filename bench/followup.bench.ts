/**
 * Follow-up figures over 10,000 meetings of 10 tasks each (100,000 tasks): the list computed and
 * its first screen of rows, a filter's p95, and a 2,000-task report rendered to DOCX. Plus, without
 * a target, what the service's first view costs when it must read the 10,000 meeting files.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { followupReportParts } from '../src/backend/reports/followupReport';
import { writeSectionsDocx } from '../src/backend/reports/sectionsDocx';
import { createDispatch } from '../src/backend/ipc/dispatch';
import { createHandlers } from '../src/backend/ipc/handlers';
import type { Ports } from '../src/backend/ports';
import { createServices } from '../src/backend/services';
import { dataPaths } from '../src/backend/storage/dataPaths';
import { serializeIndex } from '../src/backend/storage/indexFile';
import { indexEntryOf } from '../src/backend/storage/libraryIndex';
import {
  type FollowupFilter,
  FollowupTable,
  meetingTaskRows,
  type MeetingTaskRow,
  type NoticeRef,
  resolveCarried,
} from '../src/shared/followup';
import { type Meeting, Meeting as MeetingSchema } from '../src/shared/model/meeting';
import { parseMeeting } from '../src/shared/model/parse';
import { ND30_2020 } from '../src/shared/profile/builtin';
import { type BenchResult, median, percentile, round, sample } from './lib';

const EXAMPLE = join(__dirname, '..', 'resources', 'examples', 'ubnd-gia-lam-2024-03-12.json');
const TODAY = '2025-06-15';
const UNITS = [
  'Phòng Tài chính - Kế hoạch',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Nội vụ',
  'Ban Quản lý dự án đầu tư xây dựng huyện',
  'Ủy ban nhân dân xã Đa Tốn',
  'Ủy ban nhân dân xã Kiêu Kỵ',
  'Phòng Tài nguyên và Môi trường',
  'Văn phòng HĐND và UBND huyện',
  'Công an huyện',
  'Trung tâm Phát triển quỹ đất huyện',
];
const PRESIDING = ['Nguyễn Việt Hà', 'Trần Đức Cường', 'Lê Thu Hà', 'Phạm Quang Huy'];
const VISIBLE_ROWS = 30;
const ORIGIN = 'http://127.0.0.1:5173';
const numberOf = (n: NoticeRef) => `${n.number}/TB-UBND`;

export function base(): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  if (!r.ok) throw new Error('example');
  return r.value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Meeting `i`: 10 tasks with dates over 2021-2025, units, statuses and deadlines varied. */
export function meetingOf(b: Meeting, i: number): Meeting {
  const year = 2021 + (i % 5);
  const date = `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
  const items = Array.from({ length: 10 }, (_, k) => {
    const n = i * 10 + k;
    const due = `${year + (k % 2)}-${pad(1 + ((i + k) % 12))}-${pad(1 + (n % 28))}`;
    const status = (['open', 'in_progress', 'done', 'open', 'paused', 'in_progress'] as const)[n % 6]!;
    return {
      id: `t${k}`,
      text: `Nhiệm vụ ${n}: rà soát, hoàn thiện hồ sơ giải phóng mặt bằng dự án trường học số ${k + 1}, báo cáo kết quả.`,
      items: [],
      task: {
        ...b.conclusions.parts[0]!.items[0]!.task,
        lead: UNITS[n % UNITS.length]!,
        support: [UNITS[(n + 3) % UNITS.length]!],
        deadline: k === 9 ? { kind: 'period' as const, text: 'hằng quý' } : { kind: 'date' as const, date: due },
        status,
        doneOn: status === 'done' ? due : '',
      },
    };
  });
  return {
    ...b,
    id: `m${i}`,
    date,
    notice: { ...b.notice, number: String(1 + (i % 300)), date },
    presiding: { ...b.presiding, name: PRESIDING[i % PRESIDING.length]! },
    conclusions: { parts: [{ id: 'p', heading: '', text: '', items }], after: '' },
  };
}

const FILTERS: FollowupFilter[] = [
  { unit: 'phong tai chinh' },
  { unit: 'Kiêu Kỵ', states: ['overdue'] },
  { search: 'truong hoc so 7' },
  { states: ['due_soon'] },
  { year: 2023, presiding: 'le thu ha' },
  { dueFrom: '2024-01-01', dueBefore: '2024-07-01' },
  { search: 'ho so', unit: 'cong an' },
  {},
];

export const ports: Ports = {
  dialogs: { showSave: async () => null, showOpen: async () => null },
  shell: { openPath: async () => undefined },
  pdf: { renderPdf: async () => new Uint8Array() },
  print: { printCurrent: async () => undefined },
  now: () => new Date(`${TODAY}T09:00:00`),
};

/** The library on disk as the app leaves it: 10,000 meeting files and a fresh index. */
export function writeLibrary(b: Meeting, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bienban-bench-followup-'));
  mkdirSync(join(dir, 'meetings'), { recursive: true });
  const entries = Array.from({ length: n }, (_, i) => {
    const m = MeetingSchema.parse(meetingOf(b, i));
    writeFileSync(join(dir, 'meetings', `${m.id}.json`), JSON.stringify(m, null, 2) + '\n');
    return indexEntryOf(m);
  });
  const dirMtimeMs = statSync(join(dir, 'meetings')).mtimeMs;
  writeFileSync(
    dataPaths(dir).index,
    serializeIndex(
      { schemaVersion: 2, capturedAt: Date.now(), dirMtimeMs, summaries: entries.map((e) => e.summary) },
      Object.fromEntries(entries.map((e) => [e.summary.id, e.words])),
    ),
  );
  return dir;
}

export async function run(): Promise<BenchResult[]> {
  const b = base();
  // What the service keeps per meeting (its rows, derived once per save), not the meetings themselves.
  const perMeeting: MeetingTaskRow[][] = Array.from({ length: 10_000 }, (_, i) =>
    meetingTaskRows(MeetingSchema.parse(meetingOf(b, i)), { today: TODAY, numberOf }),
  );
  const listOf = () => new FollowupTable(resolveCarried(perMeeting.flat()), 'by-due-date');

  // The list and its first screen: carried tasks resolved, sorted by due date, the tiles' counts, the visible rows.
  const firstRender = await sample(
    () => {
      const table = listOf();
      const { indices } = table.query({});
      return indices.slice(0, VISIBLE_ROWS).map((i) => table.rows[i]);
    },
    10,
    2,
  );
  const table = listOf();
  if (table.rows.length !== 100_000) throw new Error(`${table.rows.length} rows`);

  let f = 0;
  const filters = await sample(() => table.query(FILTERS[f++ % FILTERS.length]!), 80, 8);

  const rows = table.filter({ year: 2024 }).slice(0, 2000);
  const shell = MeetingSchema.parse(meetingOf(b, 0));
  const opts = { from: '2024-01-01', to: '2024-12-31' };
  const report = await sample(
    () => writeSectionsDocx(followupReportParts(rows, shell, ND30_2020, opts), ND30_2020, 'bench'),
    10,
    3,
  );

  // The service's first view: without tasks.json it reads every meeting file (once, then writes it);
  // after a restart it reads tasks.json only. Later views use memory.
  const dir = writeLibrary(b, 10_000);
  let cold = NaN;
  let warm: number[] = [];
  const restart: number[] = [];
  let tasksBytes = 0;
  let warmAhead = NaN;
  let windowCalls: number[] = [];
  const openDuring: number[] = [];
  let openIdle: number[] = [];
  try {
    const s = await createServices({ dataDir: dir, ports, appVersion: 'bench', autoBackup: false });
    const t0 = performance.now();
    const first = await s.followup.list({});
    cold = performance.now() - t0;
    if (first.rows.length !== 100_000) throw new Error(`${first.rows.length} service rows`);
    warm = await sample(() => s.followup.list({ unit: 'phong noi vu' }), 10, 2);
    // What the screen pays per request through the real dispatch (input and output checked): the
    // first window of a filter, and a window further down as the list scrolls.
    const dispatch = createDispatch({ handlers: createHandlers(s, { platform: 'linux' }), trustedOrigins: [ORIGIN] });
    let k = 0;
    windowCalls = await sample(
      async () => {
        const r = await dispatch(
          'followup:list',
          { filter: FILTERS[k % FILTERS.length], offset: (k++ % 3) * 20_000, limit: 200 },
          { url: `${ORIGIN}/index.html`, isMainFrame: true },
        );
        if (!r.ok) throw new Error(JSON.stringify(r));
      },
      48,
      8,
    );
    await s.close();
    tasksBytes = statSync(dataPaths(dir).tasks).size;
    // Opening the library and its start-up work are not counted, only the view (storage's figures hold the opening).
    for (let i = 0; i < 18; i++) {
      const again = await createServices({ dataDir: dir, ports, appVersion: 'bench', autoBackup: false });
      await again.flush(); // start-up work settled (the search index warms up in the background)
      const t = performance.now();
      const view = await again.followup.list({});
      const ms = performance.now() - t;
      if (view.rows.length !== 100_000) throw new Error(`${view.rows.length} rows after restart`);
      await again.close();
      if (i >= 3) restart.push(ms);
    }
    // A library from an earlier version (no tasks.json): the facts read ahead after start-up.
    rmSync(dataPaths(dir).tasks);
    const ahead = await createServices({
      dataDir: dir,
      ports,
      appVersion: 'bench',
      autoBackup: false,
      warmFollowup: true,
    });
    const t1 = performance.now();
    let warmed = false;
    void ahead.startup.warmed.then(() => (warmed = true));
    // Meanwhile the editor opens meetings: how long one takes while the facts are read.
    while (!warmed) {
      const t = performance.now();
      await ahead.meeting.get(`m${openDuring.length % 10_000}`);
      openDuring.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    warmAhead = performance.now() - t1;
    openIdle = await sample(() => ahead.meeting.get('m7'), 30, 5);
    await ahead.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  return [
    { name: 'followup.first_render_100k_ms', value: round(median(firstRender)), unit: 'ms', target: '≤ 300' },
    { name: 'followup.filter_p95_100k_ms', value: round(percentile(filters, 95)), unit: 'ms', target: '≤ 30' },
    { name: 'followup.report_2000_tasks_ms', value: round(median(report)), unit: 'ms', target: '≤ 1000' },
    {
      name: 'followup.service_first_view_10000_files_ms',
      value: round(cold),
      unit: 'ms',
      target: '(đo, không mục tiêu)',
    },
    {
      name: 'followup.service_first_view_after_restart_ms',
      value: round(median(restart)),
      unit: 'ms',
      target: '≤ 1000',
    },
    {
      name: 'followup.read_ahead_10000_files_ms',
      value: round(warmAhead),
      unit: 'ms',
      target: '(nền, sau khởi động; gồm dựng chỉ mục tìm kiếm)',
    },
    {
      name: 'followup.open_meeting_during_read_ahead_p95_ms',
      value: round(percentile(openDuring, 95)),
      unit: 'ms',
      target: `(khi rảnh: ${round(percentile(openIdle, 95))} ms)`,
    },
    {
      name: 'followup.ipc_window_p95_100k_ms',
      value: round(percentile(windowCalls, 95)),
      unit: 'ms',
      target: '(200 dòng/lần, qua dispatch)',
    },
    { name: 'followup.tasks_file_mb', value: round(tasksBytes / 1e6), unit: 'MB', target: '(đo, không mục tiêu)' },
    {
      name: 'followup.service_view_cached_100k_ms',
      value: round(median(warm)),
      unit: 'ms',
      target: '(đo, không mục tiêu)',
    },
  ];
}
