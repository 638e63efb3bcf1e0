/**
 * Issuing and the register through the real `bienban` bundle: six processes issuing at once get six
 * consecutive numbers; typed, reserved, voided and duplicate numbers; an issued document exports the
 * bytes kept when it was issued; a process killed mid-issue leaves each document issued with its
 * entry or not issued at all.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, documentText, ensureCliBuilt, removeTempDirs, ROOT, runCli, tempDir } from './cliRunner';

const STATE_2026 = join(ROOT, 'resources', 'examples', 'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json');

interface JsonEntry {
  id: string;
  number: number;
  symbol: string;
  status: string;
  meetingId: string;
  note: string;
  kind: string;
}

beforeAll(() => ensureCliBuilt());
afterAll(removeTempDirs);

function run(args: string[]) {
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, BIENBAN_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A library holding `n` copies of the 2026 state meeting (one body, ĐKTLN), each with its own id. */
function libraryWith(n: number): { dir: string; ids: string[] } {
  const dir = tempDir('bienban-register-');
  const r = runCli(['library', 'import', '--as-new', '--data-dir', dir, ...Array<string>(n).fill(STATE_2026)]);
  expect(r.code, r.stderr).toBe(0);
  const list = JSON.parse(runCli(['library', 'list', '--json', '--data-dir', dir]).stdout) as { id: string }[];
  return { dir, ids: list.map((m) => m.id) };
}

function register(dir: string): JsonEntry[] {
  const r = runCli(['register', '--json', '--data-dir', dir]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonEntry[];
}

const issueArgs = (dir: string, id: string, ...more: string[]) => [
  'issue',
  id,
  '--document',
  'notice',
  '--date',
  '2026-05-22',
  '--data-dir',
  dir,
  ...more,
];

describe('bienban issue: one writer', () => {
  it('six processes issuing at once get six consecutive numbers, none twice, twice in a row', async () => {
    const { dir, ids } = libraryWith(12);
    for (const round of [0, 1]) {
      const batch = ids.slice(round * 6, round * 6 + 6);
      const results = await Promise.all(batch.map((id) => run(issueArgs(dir, id))));
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      const taken = results.map((r) => Number(/số (\d+)\/TB-ĐKTLN/.exec(r.stdout)?.[1])).sort((a, b) => a - b);
      expect(taken).toEqual([1, 2, 3, 4, 5, 6].map((n) => n + round * 6));
    }
    const entries = register(dir);
    expect(entries.map((e) => e.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(entries.map((e) => e.meetingId)).size).toBe(12);
    const listed = JSON.parse(runCli(['library', 'list', '--json', '--data-dir', dir]).stdout) as { status: string }[];
    expect(listed.every((m) => m.status === 'issued')).toBe(true);
  }, 240_000);
});

describe('bienban issue and register', () => {
  it('refuses a used number and a second issue, keeps reservations and voided numbers, lists gaps', () => {
    const { dir, ids } = libraryWith(5);
    const [a = '', b = '', c = '', d = '', e = ''] = ids;
    expect(runCli(issueArgs(dir, a)).stdout).toContain('số 01/TB-ĐKTLN ngày 22/5/2026');

    const again = runCli(issueArgs(dir, a));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã được phát hành (số 01/TB-ĐKTLN ngày 22/5/2026)');

    const dup = runCli(issueArgs(dir, b, '--number', '1'));
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('Số 1 trong sổ ĐKTLN, năm 2026 đã dùng cho thông báo kết luận ngày 22/5/2026');

    // A typed number beyond the next leaves a gap, shown by the listing.
    expect(runCli(issueArgs(dir, b, '--number', '4')).code).toBe(0);
    const listing = runCli(['register', '--data-dir', dir]).stdout;
    expect(listing).toContain('Số bị bỏ trống trong sổ ĐKTLN, năm 2026: 2, 3.');

    // Reserve the next (05), then issuing that document takes its reservation, not 06.
    expect(runCli(issueArgs(dir, c, '--reserve')).stdout).toContain('Đã giữ số 05/TB-ĐKTLN');
    expect(runCli(issueArgs(dir, d)).stdout).toContain('số 06/TB-ĐKTLN');
    expect(runCli(issueArgs(dir, c)).stdout).toContain('số 05/TB-ĐKTLN');

    // Reserve then void: the number stays taken with its reason and is never handed out again.
    expect(runCli(issueArgs(dir, e, '--reserve')).stdout).toContain('07/TB-ĐKTLN');
    const reserved = register(dir).find((x) => x.number === 7);
    expect(reserved?.status).toBe('reserved');
    const voided = runCli(['register', 'void', reserved?.id ?? '', '--reason', 'Cuộc họp hoãn', '--data-dir', dir]);
    expect(voided.stdout).toContain('Đã hủy số 07/TB-ĐKTLN');
    expect(register(dir).find((x) => x.number === 7)).toMatchObject({ status: 'void', note: 'Hủy số: Cuộc họp hoãn' });
    expect(runCli(issueArgs(dir, e, '--number', '7')).stderr).toContain('đã bị hủy (Cuộc họp hoãn)');
    expect(runCli(issueArgs(dir, e)).stdout).toContain('số 08/TB-ĐKTLN');

    // A new year starts a new series from 01.
    const { dir: dir2, ids: ids2 } = libraryWith(2);
    expect(runCli(issueArgs(dir2, ids2[0] ?? '').map((x) => (x === '2026-05-22' ? '2026-12-31' : x))).stdout).toContain(
      'số 01/TB-ĐKTLN ngày 31/12/2026',
    );
    expect(runCli(issueArgs(dir2, ids2[1] ?? '').map((x) => (x === '2026-05-22' ? '2027-01-01' : x))).stdout).toContain(
      'số 01/TB-ĐKTLN ngày 01/01/2027 (sổ ĐKTLN, năm 2027)',
    );
  }, 240_000);

  it('exports the issued bytes after the meeting is edited; a correction takes a new number', () => {
    const { dir, ids } = libraryWith(1);
    const id = ids[0] ?? '';
    const outDir = tempDir();
    expect(runCli(issueArgs(dir, id)).code).toBe(0);
    const out1 = join(outDir, 'tb1.docx');
    expect(runCli(['export', id, '--document', 'notice', '--out', out1, '--data-dir', dir]).code).toBe(0);
    expect(documentText(out1)).toContain('Số: 01/TB-ĐKTLN');

    // Edit the meeting (replace it by import with a new subject): the issued copy does not change.
    const file = join(dir, 'meetings', `${id}.json`);
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { subject: string; notice: { summary: string | null } };
    edited.notice.summary = 'Kết luận ĐÃ SỬA SAU KHI PHÁT HÀNH';
    const editedFile = join(outDir, 'edited.json');
    writeFileSync(editedFile, JSON.stringify(edited));
    expect(runCli(['library', 'import', editedFile, '--data-dir', dir]).code).toBe(0);
    const out2 = join(outDir, 'tb2.docx');
    expect(runCli(['export', id, '--document', 'notice', '--out', out2, '--data-dir', dir]).stdout).toContain(
      'đã phát hành',
    );
    expect(readFileSync(out2).equals(readFileSync(out1))).toBe(true);
    expect(documentText(out2)).not.toContain('ĐÃ SỬA');

    const fix = runCli(issueArgs(dir, id, '--correct'));
    expect(fix.stdout).toContain('số 02/TB-ĐKTLN');
    const entries = register(dir);
    expect(entries.find((x) => x.number === 2)?.note).toBe('Đính chính văn bản số 01/TB-ĐKTLN ngày 22/5/2026');
    expect(entries.find((x) => x.number === 1)?.note).toBe('Đã được đính chính hoặc thay thế');
    const out3 = join(outDir, 'tb3.docx');
    runCli(['export', id, '--document', 'notice', '--out', out3, '--data-dir', dir]);
    expect(documentText(out3)).toContain('Số: 02/TB-ĐKTLN');
    expect(documentText(out3)).toContain('ĐÃ SỬA');
  });
});

describe('bienban issue killed mid-way', () => {
  it('leaves every document issued with its entry, or not issued at all, and the register readable', async () => {
    const KILLS = 12;
    const { dir, ids } = libraryWith(KILLS + 1);
    // One run to completion tells how long an issue takes on this machine, loaded or not.
    const t0 = Date.now();
    expect((await run(issueArgs(dir, ids[KILLS] ?? ''))).code).toBe(0);
    const full = Date.now() - t0;
    let killedMidWay = 0;
    for (let i = 0; i < KILLS; i++) {
      const id = ids[i] ?? '';
      const child = spawn(process.execPath, [CLI, ...issueArgs(dir, id)], { stdio: 'ignore' });
      // Spread over start-up, numbering, rendering and the writes: 10 % to 95 % of a full run.
      const delay = Math.round(full * (0.1 + (0.85 * ((i * 5) % KILLS)) / KILLS));
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const signal = await new Promise<string | null>((r) => child.on('close', (_c, s) => r(s)));
      clearTimeout(timer);
      if (signal === 'SIGKILL') killedMidWay++;

      const entries = register(dir);
      const numbers = entries.map((e) => e.number).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, k) => k + 1));
      const listed = JSON.parse(runCli(['library', 'list', '--json', '--data-dir', dir]).stdout) as {
        id: string;
        status: string;
      }[];
      for (const m of listed) {
        const entry = entries.find((e) => e.meetingId === m.id);
        expect(m.status, `${m.id} after kill ${i}`).toBe(entry ? 'issued' : 'draft');
      }
    }
    expect(killedMidWay).toBeGreaterThan(KILLS / 2);
  }, 300_000);
});
