/**
 * The generic sections writer: portrait, a landscape ruled table over several pages with its header
 * row on each, portrait again; rendered by LibreOffice and read back page by page.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSectionsDocx } from '../../src/backend/reports/sectionsDocx';
import { para, plain, run } from '../../src/shared/layout/runs';
import { ND30_2020 } from '../../src/shared/profile/builtin';
import { bodyElements, readDocx } from '../helpers/docx';
import { pdfPageSizes, renderPdf } from '../helpers/libreoffice';

const p = (text: string) => para([run(text, plain(14))], 'left');

it('a landscape table between portrait pages repeats its header row on every page', async () => {
  const rows = Array.from({ length: 60 }, (_, i) => [
    String(i + 1),
    `Nhiệm vụ số ${i + 1}: rà soát, hoàn thiện hồ sơ và báo cáo kết quả thực hiện.\nDòng thứ hai của ô.`,
    `Phòng số ${i + 1}`,
  ]);
  const bytes = await writeSectionsDocx(
    [
      { kind: 'portrait', blocks: [p('Trang đầu: phần mở đầu.')] },
      {
        kind: 'landscape-table',
        caption: [p('BẢNG TỔNG HỢP')],
        columns: [
          { header: 'STT', width: 1, align: 'center' },
          { header: 'Nội dung nhiệm vụ', width: 6 },
          { header: 'Đơn vị chủ trì', width: 3 },
        ],
        rows,
      },
      { kind: 'portrait', blocks: [p('Trang cuối: chữ ký.')] },
    ],
    ND30_2020,
    'Bảng thử',
  );
  const xml = readDocx(bytes).document;
  expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g)).toHaveLength(1);
  expect(bodyElements(xml).length).toBeGreaterThan(3);

  const pdf = await renderPdf(bytes, 'bang');
  try {
    const out = join(__dirname, '..', '..', 'test-output');
    await mkdir(out, { recursive: true });
    await copyFile(pdf.pdfPath, join(out, 'reports-table.pdf'));
    const sizes = await pdfPageSizes(pdf.pdfPath, pdf.info.pages);
    const landscape = sizes.map((s) => s.widthPt > s.heightPt);
    expect(pdf.info.pages).toBeGreaterThanOrEqual(4);
    expect(landscape[0]).toBe(false);
    expect(landscape.at(-1)).toBe(false);
    expect(landscape.slice(1, -1).every(Boolean)).toBe(true);
    const tablePages = pdf.pages.slice(1, -1);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const text of tablePages) expect(text).toMatch(/STT\s+Nội dung nhiệm vụ\s+Đơn vị chủ trì/);
    expect(tablePages.join('\n')).toContain('Nhiệm vụ số 60:');
    expect(pdf.pages[0]).toContain('Trang đầu');
    expect(pdf.pages.at(-1)).toContain('Trang cuối');
  } finally {
    await pdf.cleanup();
  }
}, 120_000);
