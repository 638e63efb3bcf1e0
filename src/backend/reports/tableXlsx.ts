/**
 * A table as an .xlsx workbook through exceljs: a title row, the header row (bold, frozen, repeated
 * on printed pages), then one row per entry with wrapped text; landscape A4 when printed.
 */
import type { TableColumn, TableRowCells } from './sectionsDocx';

export interface XlsxTable {
  sheetName: string;
  title: string;
  columns: readonly TableColumn[];
  rows: readonly TableRowCells[];
  font: string;
}

export async function writeTableXlsx(t: XlsxTable): Promise<Uint8Array> {
  // Loaded on demand: exceljs is large and only this export needs it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Biên Bản';
  const ws = wb.addWorksheet(t.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const font = { name: t.font, size: 12 };
  ws.columns = t.columns.map((c) => ({ width: Math.max(6, Math.round(c.width * 1.6)) }));
  const title = ws.addRow([t.title]);
  ws.mergeCells(1, 1, 1, t.columns.length);
  title.font = { ...font, bold: true, size: 13 };
  title.alignment = { horizontal: 'center' };
  const header = ws.addRow(t.columns.map((c) => c.header));
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const cells of t.rows) {
    const row = ws.addRow([...cells]);
    row.font = font;
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const thin = { style: 'thin' as const };
  for (let r = 2; r <= ws.rowCount; r++) {
    for (let c = 1; c <= t.columns.length; c++)
      ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  ws.pageSetup.printTitlesRow = '2:2';
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
