/**
 * The outgoing register printed (landscape DOCX, the header row on every page) and as a workbook,
 * with the ten columns of Nghị định 30/2020, Phụ lục IV, through the shared report writers.
 */
import { para, run } from '../../shared/layout/runs';
import { ND30_2020 } from '../../shared/profile/builtin';
import { REGISTER_COLUMNS, registerRow } from '../../shared/register/entry';
import type { RegisterEntry } from '../../shared/register/schema';
import { ServiceError } from '../errors/serviceError';
import { type TableColumn, writeSectionsDocx } from './sectionsDocx';

/** Shares of the width: the summary and the recipients take most of it. */
const WIDTHS = [2.6, 2.1, 5, 2, 3.2, 2, 1.4, 1.6, 1.4, 2.2];

export const REGISTER_TABLE_COLUMNS: readonly TableColumn[] = REGISTER_COLUMNS.map((header, i) => ({
  header,
  width: WIDTHS[i] ?? 1,
  align: i === 1 || i === 6 ? 'center' : 'left',
}));

/** The register's page follows the state format (the register is an appendix of Nghị định 30). */
const PROFILE = ND30_2020;

export async function registerDocx(
  entries: readonly RegisterEntry[],
  title: string,
  subtitle = '',
): Promise<Uint8Array> {
  const heading = { sizePt: 14, bold: true, italic: false, underline: false };
  const note = { sizePt: 13, bold: false, italic: true, underline: false };
  const caption = [
    para([run(title, heading)], 'center', { spacingAfterPt: subtitle ? 0 : 6 }),
    ...(subtitle ? [para([run(subtitle, note)], 'center', { spacingAfterPt: 6 })] : []),
  ];
  return writeSectionsDocx(
    [{ kind: 'landscape-table', caption, columns: REGISTER_TABLE_COLUMNS, rows: entries.map(registerRow), sizePt: 12 }],
    PROFILE,
    title,
  );
}

/** The register as a workbook: waits for the shared exceljs table writer (src/backend/reports). */
export async function registerXlsx(
  _entries: readonly RegisterEntry[],
  _title: string,
  _subtitle = '',
): Promise<Uint8Array> {
  throw new ServiceError('unavailable', 'Xuất sổ đăng ký ra Excel chưa có trong bản này; hãy xuất ra Word.');
}
