/**
 * Register figures with 10,000 entries already in the register: issuing one document (number taken,
 * DOCX rendered and frozen with the meeting, register and meeting written), listing the whole
 * register and one year of it, and reading the register file at start-up.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../src/backend/export/renderDocx';
import type { Ports } from '../src/backend/ports';
import { createServices } from '../src/backend/services';
import { openStorageContext } from '../src/backend/storage/context';
import { RegisterStore } from '../src/backend/storage/registerStore';
import type { Meeting } from '../src/shared/model/meeting';
import { parseMeeting } from '../src/shared/model/parse';
import { RegisterEntry, RegisterFile } from '../src/shared/register/schema';
import { type BenchResult, median, round, sample } from './lib';

const EXAMPLE = join(__dirname, '..', 'resources', 'examples', 'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json');
const ENTRIES = 10_000;
const RUNS = 15;
const WARMUP = 3;

const ports: Ports = {
  dialogs: { showSave: async () => null, showOpen: async () => null },
  shell: { openPath: async () => undefined },
  pdf: { renderPdf: async () => new Uint8Array() },
  print: { printCurrent: async () => undefined },
  now: () => new Date(2026, 4, 22, 9, 0, 0),
};

function example(): Meeting {
  const r = parseMeeting(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  if (!r.ok) throw new Error('example does not validate');
  return r.value;
}

/** 10,000 entries over ten years and two bodies (another body's series: the issued one starts at 01). */
function bigRegister(): RegisterFile {
  const entries = Array.from({ length: ENTRIES }, (_, i) => {
    const year = 2017 + (i % 10);
    const number = Math.floor(i / 10) + 1;
    return RegisterEntry.parse({
      id: `so-${i}`,
      series: `nd30|UBND|UBND XA MINH PHU|*|${year}-01-01`,
      seriesLabel: `UBND, năm ${year}`,
      basis: 'nd30',
      bodyCode: 'UBND',
      bodyName: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ',
      typeCode: 'TB',
      number,
      symbol: `${String(number).padStart(2, '0')}/TB-UBND`,
      date: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      kind: 'notice',
      meetingId: `m-${i}`,
      summary: `Thông báo kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về tiến độ giải phóng mặt bằng số ${i}`,
      signer: 'Nguyễn Văn Minh',
      recipients: 'UBND tỉnh (b/c)\nCác phòng chuyên môn\nLưu: VT, VP',
      archive: 'VT, VP',
      copies: 4,
      status: 'issued',
      file: `issued/m-${i}/notice-${number}.docx`,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });
  return { schemaVersion: 1, entries };
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bienban-bench-register-'));
  try {
    writeFileSync(join(dir, 'register.json'), JSON.stringify(bigRegister(), null, 2));
    const s = await createServices({ dataDir: dir, ports, appVersion: 'bench', renderDocx, autoBackup: false });
    const base = example();
    const ids: string[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const m = await s.meeting.save({ ...base, id: `bench-${i}` });
      ids.push(m.id);
    }
    let next = 0;
    const issue = await sample(() => s.register.issue(ids[next++]!, 'notice', { date: '2026-05-22' }), RUNS, WARMUP);
    const listAll = await sample(() => s.register.list({}), RUNS, WARMUP);
    const listYear = await sample(() => s.register.list({ year: 2026, body: 'ubnd' }), RUNS, WARMUP);
    await s.close();

    const ctx = await openStorageContext({ dataDir: dir });
    const load = await sample(() => new RegisterStore(ctx).load(), 10, 2);
    const count = new RegisterStore(ctx);
    await count.load();
    if (count.data.entries.length !== ENTRIES + RUNS + WARMUP) throw new Error('register lost entries');
    return [
      { name: 'register: issue one notice (10,000 entries)', value: round(median(issue)), unit: 'ms', target: '≤ 500' },
      { name: 'register: list all 10,000 entries', value: round(median(listAll)), unit: 'ms', target: '≤ 100' },
      { name: 'register: list one year of one body', value: round(median(listYear)), unit: 'ms', target: '≤ 50' },
      { name: 'register: read register.json (10,000)', value: round(median(load)), unit: 'ms', target: '≤ 1000' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
