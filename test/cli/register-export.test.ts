/**
 * The register written by `bienban register --out`: a landscape Word file whose header row (the ten
 * columns of Nghị định 30, Phụ lục IV) repeats on every page, rendered by LibreOffice and read back.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegisterEntry, RegisterFile } from '../../src/shared/register/schema';
import { pdfPageSizes, renderPdf } from '../helpers/libreoffice';
import { ensureCliBuilt, removeTempDirs, ROOT, runCli, tempDir } from './cliRunner';

beforeAll(() => ensureCliBuilt());
afterAll(removeTempDirs);

const SUMMARY = 'Thông báo kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về tiến độ giải phóng mặt bằng';

function entries(n: number): RegisterEntry[] {
  return Array.from({ length: n }, (_, i) =>
    RegisterEntry.parse({
      id: `so-${i + 1}`,
      series: 'nd30|UBND|UBND XA MINH PHU|*|2026-01-01',
      seriesLabel: 'UBND, năm 2026',
      basis: 'nd30',
      bodyCode: 'UBND',
      bodyName: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ',
      typeCode: 'TB',
      number: i + 1,
      symbol: `${String(i + 1).padStart(2, '0')}/TB-UBND`,
      date: `2026-0${1 + (i % 9)}-1${i % 10}`,
      kind: 'notice',
      meetingId: `m${i + 1}`,
      summary: `${SUMMARY} số ${i + 1}`,
      signer: 'Nguyễn Văn Minh',
      recipients: 'UBND tỉnh (b/c)\nCác phòng chuyên môn',
      archive: 'VT, VP',
      copies: 4,
      status: i === 4 ? 'void' : 'issued',
      note: i === 4 ? 'Cuộc họp hoãn' : '',
      createdAt: '2026-01-01T00:00:00.000Z',
    }),
  );
}

it('prints the register landscape, its header row on every page, voided numbers with their reason', async () => {
  const dir = tempDir('bienban-register-out-');
  const outDir = tempDir();
  expect(
    runCli([
      'library',
      'import',
      join(ROOT, 'resources', 'examples', 'phu-quy-dang-uy-2026-01-08.json'),
      '--data-dir',
      dir,
    ]).code,
  ).toBe(0);
  writeFileSync(join(dir, 'register.json'), JSON.stringify(RegisterFile.parse({ entries: entries(45) })));
  const out = join(outDir, 'so-dang-ky.docx');
  const r = runCli(['register', '--year', '2026', '--out', out, '--data-dir', dir]);
  expect(r.stdout).toContain('Đã ghi sổ đăng ký (45 số)');

  const pdf = await renderPdf(new Uint8Array(readFileSync(out)), 'so-dang-ky');
  try {
    const keep = join(ROOT, 'test-output');
    await mkdir(keep, { recursive: true });
    await copyFile(pdf.pdfPath, join(keep, 'register.pdf'));
    const sizes = await pdfPageSizes(pdf.pdfPath, pdf.info.pages);
    expect(pdf.info.pages).toBeGreaterThanOrEqual(3);
    expect(sizes.every((s) => s.widthPt > s.heightPt)).toBe(true);
    expect(pdf.pages[0]).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(pdf.pages[0]).toContain('Năm 2026');
    for (const text of pdf.pages) {
      const flat = text.replace(/\s+/g, ' ');
      for (const word of ['Số, ký hiệu', 'Người ký', 'Ghi chú']) expect(flat).toContain(word);
    }
    const all = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toMatch(/45\/TB-?\s?UBND/);
    expect(all).toContain('Hủy số:');
    expect(all).toContain('Cuộc họp');
  } finally {
    await pdf.cleanup();
  }
}, 180_000);

it('writes the same register as a workbook that LibreOffice opens: title, the ten columns, one row per number', () => {
  const dir = tempDir('bienban-register-xlsx-');
  const outDir = tempDir();
  runCli([
    'library',
    'import',
    join(ROOT, 'resources', 'examples', 'phu-quy-dang-uy-2026-01-08.json'),
    '--data-dir',
    dir,
  ]);
  writeFileSync(join(dir, 'register.json'), JSON.stringify(RegisterFile.parse({ entries: entries(12) })));
  const out = join(outDir, 'so-dang-ky.xlsx');
  expect(runCli(['register', '--out', out, '--body', 'ubnd', '--data-dir', dir]).stdout).toContain('(12 số)');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(outDir, 'lo')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      out,
    ],
    { timeout: 120_000, stdio: 'ignore' },
  );
  const text = execFileSync('pdftotext', ['-layout', join(outDir, 'so-dang-ky.pdf'), '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI - Cơ quan UBND');
  for (const word of ['Số, ký hiệu', 'Người ký', 'Ghi chú']) expect(flat).toContain(word);
  expect(flat).toContain('12/TB-UBND');
  expect(flat).toContain('Nguyễn');
}, 180_000);
