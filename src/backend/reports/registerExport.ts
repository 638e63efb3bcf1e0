/**
 * The outgoing register printed (landscape DOCX, the header row on every page) and as a workbook,
 * with the ten columns of Nghị định 30/2020, Phụ lục IV, through the shared report writers.
 */
import { para, run } from '../../shared/layout/runs';
import { ND30_2020 } from '../../shared/profile/builtin';
import { REGISTER_COLUMNS, registerRow } from '../../shared/register/entry';
import type { RegisterEntry } from '../../shared/register/schema';
import { type TableColumn, writeSectionsDocx } from './sectionsDocx';

/** Shares of the width (in the workbook, about 1.6 characters each): the summary and the recipients take most. */
const WIDTHS = [10.4, 8.4, 20, 8, 12.8, 8, 5.6, 6.4, 5.6, 8.8];

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

/** The register as a workbook: the same ten columns, header row frozen and repeated on printed pages. */
export async function registerXlsx(
  entries: readonly RegisterEntry[],
  title: string,
  subtitle = '',
): Promise<Uint8Array> {
  const { writeTableXlsx } = await import('./tableXlsx');
  return writeTableXlsx({
    sheetName: 'Sổ đăng ký văn bản đi',
    title: subtitle ? `${title} - ${subtitle}` : title,
    columns: REGISTER_TABLE_COLUMNS,
    rows: entries.map(registerRow),
    font: PROFILE.font.family,
  });
}
