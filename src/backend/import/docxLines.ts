/** A .docx read -> the neutral lines recognition works on: what a person sees, line by line. */
import type { SourceLine } from '../../shared/import/types';
import type { DocxBlock, DocxParagraph } from './types';

/** The label Word draws, as text would write it: bullets (`•`, ``, `o`) read as `-`. */
function labelText(p: DocxParagraph): string {
  const label = p.numbering?.label.trim() ?? '';
  if (!label) return '';
  return p.numbering?.format === 'bullet' || !/[\p{L}\p{N}]/u.test(label) ? '-' : label;
}

function lineOf(p: DocxParagraph, n: number, cell?: SourceLine['cell']): SourceLine {
  const label = labelText(p);
  const text = p.text.replace(/\t/g, ' ').replace(/\n/g, ' ').trim();
  const visible = p.runs.filter((r) => r.text.trim());
  const line: SourceLine = {
    n,
    text: label && text ? `${label} ${text}` : label || text,
    bold: visible.length > 0 && visible.every((r) => r.bold),
    italic: visible.length > 0 && visible.every((r) => r.italic),
  };
  if (p.alignment) line.align = p.alignment;
  if (cell) line.cell = cell;
  return line;
}

/** Body blocks in reading order; a table's cells row by row, each line knowing its cell. */
export function docxLines(blocks: readonly DocxBlock[]): SourceLine[] {
  const out: SourceLine[] = [];
  let table = 0;
  const walk = (bs: readonly DocxBlock[], cell?: SourceLine['cell']) => {
    for (const b of bs) {
      if (b.kind === 'paragraph') out.push(lineOf(b, out.length + 1, cell));
      else if (b.kind === 'textBox') walk(b.blocks, cell);
      else {
        const t = ++table;
        b.rows.forEach((row, r) =>
          row.forEach((c, col) => {
            // Only layout tables are blocks of the form (header, signatures); a data table is body text.
            if (!c.mergedAbove) walk(c.blocks, cell ?? (b.layout ? { table: t, row: r, col } : undefined));
          }),
        );
      }
    }
  };
  walk(blocks);
  return out;
}
