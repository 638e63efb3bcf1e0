/**
 * `bienban tasks report` and `remind` through the real CLI, rendered by LibreOffice: portrait
 * header and summary, landscape table pages each with the header row, portrait signature; the
 * workbook reopens with every row; the letter lists the unit's overdue and due-soon tasks.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfPageSizes, renderPdf } from '../helpers/libreoffice';
import { documentXml, ensureCliBuilt, removeTempDirs, ROOT, runCli, tempDir } from './cliRunner';

const TODAY = '2026-06-18';
/** Outputs go to `dir`; the library is in `lib`, inside which nothing may be written. */
let dir = '';
let lib = '';
const cli = (...args: string[]) => runCli([...args, '--data-dir', lib, '--today', TODAY]);
const OUT = join(ROOT, 'test-output', 'followup');

beforeAll(async () => {
  ensureCliBuilt();
  dir = tempDir();
  lib = join(dir, 'thu-vien');
  await mkdir(OUT, { recursive: true });
  const examples = join(ROOT, 'resources', 'examples');
  const files = [
    'long-bien-2021-02-23.json',
    'phu-quy-dang-uy-2026-01-08.json',
    'ubnd-gia-lam-2024-03-12.json',
    'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json',
    'vpcp-nha-o-xa-hoi-2026-06-05.json',
  ].map((f) => join(examples, f));
  expect(runCli(['library', 'import', '--data-dir', lib, ...files]).code).toBe(0);
  expect(
    cli(
      'tasks',
      'set',
      'ubnd-gia-lam-2024-03-12',
      'd-gpmb',
      '--status',
      'done',
      '--done-on',
      '2024-05-02',
      '--note',
      'Đã bàn giao toàn bộ mặt bằng.',
    ).code,
  ).toBe(0);
});
afterAll(removeTempDirs);

it('the report: portrait, then landscape pages each headed by the table’s header row, then portrait', async () => {
  const out = join(dir, 'bao-cao.docx');
  const r = cli('tasks', 'report', '--from', '2020-01-01', '--to', '2026-12-31', '--out', out);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('(24 nhiệm vụ)');
  const pdf = await renderPdf(new Uint8Array(await readFile(out)), 'bao-cao');
  try {
    await copyFile(pdf.pdfPath, join(OUT, 'bao-cao.pdf'));
    const landscape = (await pdfPageSizes(pdf.pdfPath, pdf.info.pages)).map((s) => s.widthPt > s.heightPt);
    expect(landscape[0]).toBe(false);
    expect(landscape.at(-1)).toBe(false);
    const table = pdf.pages.slice(1, -1);
    expect(table.length).toBeGreaterThanOrEqual(2);
    expect(landscape.slice(1, -1).every(Boolean)).toBe(true);
    // The header row heads every table page (its cells wrap: the middle line reads STT, Nội dung nhiệm vụ).
    for (const page of table) {
      expect(page).toMatch(/STT\s+Nội dung nhiệm vụ/);
      expect(page).toContain('Thời hạn');
    }
    const first = pdf.pages[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('BÁO CÁO');
    expect(first).toMatch(/Số: \/BC-VPCP/);
    expect(first).toContain('được giao 24 nhiệm vụ');
    expect(first).toContain('đã hoàn thành 1 nhiệm vụ (đúng hạn 0, quá hạn 1)');
    const rows = table.join('\n').replace(/\s+/g, ' ');
    expect(rows).toMatch(/Hoàn thành ngày .*02\/5\/2024\./);
    // Cells wrap and interleave in the PDF's text: the state cell is read from the document itself.
    expect(documentXml(out)).toContain('>Hoàn thành quá hạn<');
    expect(documentXml(out)).toContain('>Số 05/TB-UBND<');
    expect(pdf.pages.at(-1)).toContain('Trần Minh Đức');
  } finally {
    await pdf.cleanup();
  }
}, 180_000);

it('the same table as a workbook: every task one row under the header', async () => {
  const out = join(dir, 'bang.xlsx');
  expect(cli('tasks', 'report', '--from', '2024-01-01', '--to', '2024-12-31', '--out', out).code).toBe(0);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0]!;
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  expect(values(2)).toEqual([
    'STT',
    'Nội dung nhiệm vụ',
    'Văn bản giao (số, ngày)',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời hạn',
    'Kết quả thực hiện',
    'Tình trạng',
  ]);
  expect(ws.rowCount).toBe(2 + 5);
  expect(values(3)).toEqual([
    '1',
    'Hoàn thành giải phóng mặt bằng 06 dự án trường học chậm tiến độ, bàn giao mặt bằng cho chủ đầu tư.',
    'Số 05/TB-UBND\nngày 14/3/2024',
    'Ủy ban nhân dân các xã Đa Tốn, Kiêu Kỵ, Dương Xá',
    'Trung tâm Phát triển quỹ đất huyện\nPhòng Tài nguyên và Môi trường',
    '30/4/2024',
    'Hoàn thành ngày 02/5/2024.\nĐã bàn giao toàn bộ mặt bằng.',
    'Hoàn thành quá hạn',
  ]);
});

it('the reminder letter to one unit lists its overdue and due-soon tasks', async () => {
  const out = join(dir, 'don-doc.docx');
  const r = cli('tasks', 'remind', '--unit', 'bo xay dung', '--out', out);
  expect(r.stdout).toContain('(1 nhiệm vụ)');
  const pdf = await renderPdf(new Uint8Array(await readFile(out)), 'don-doc');
  try {
    await copyFile(pdf.pdfPath, join(OUT, 'don-doc.pdf'));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(pdf.info.pages).toBe(1);
    expect(text).toContain('V/v đôn đốc thực hiện kết luận');
    expect(text).toContain('Kính gửi: Bộ Xây dựng');
    expect(text).toContain('Các nhiệm vụ sắp đến hạn:');
    expect(text).toMatch(/giao tại Thông báo số 245\/TB-VPCP ngày 08\/6\/2026; thời hạn: 20\/6\/2026, còn 2 ngày/);
    expect(text).not.toContain('quá hạn chưa hoàn thành');
  } finally {
    await pdf.cleanup();
  }
  const none = cli('tasks', 'remind', '--unit', 'Ban Xây dựng Đảng', '--out', out);
  expect(none.code).toBe(1);
  expect(none.stderr).toContain('không có nhiệm vụ quá hạn hoặc sắp đến hạn');
}, 120_000);
