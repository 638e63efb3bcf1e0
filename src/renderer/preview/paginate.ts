/**
 * Pagination as a pure function: measured block heights in, page slices out. A paragraph that does
 * not fit is split between lines (Word's widow/orphan control: at least two lines on each side when
 * possible); a block taller than a whole page is cut, never dropped.
 */
export interface BlockMeasure {
  /** Full height of the block including its spacing before and after (px). */
  height: number;
  /** Space after the last line: may hang below the bottom margin, as in Word. */
  trailingSpace?: number;
  keepWithNext?: boolean;
  /** Bottom of each line relative to the block top (ascending). Only paragraphs have them. */
  lineBottoms?: readonly number[];
}

export interface PageSlice {
  block: number;
  /** Offset from the top of the block where this slice starts (px). */
  offset: number;
  height: number;
  /** True when the whole block sits on this page. */
  whole: boolean;
}

export type PageSlices = PageSlice[];

/** Rounding slack: measured heights are fractional and sums drift. */
const EPS = 0.5;
const MIN_LINES = 2;

/** Height a block needs at the top of the next page for keepWithNext: its first lines if it can split. */
function headHeight(m: BlockMeasure): number {
  const lines = m.lineBottoms;
  if (lines && lines.length >= 2 * MIN_LINES) return lines[MIN_LINES - 1] ?? m.height;
  return m.height - (m.trailingSpace ?? 0);
}

/** Index of the last line that may end this slice, or -1. */
function chooseCut(m: BlockMeasure, offset: number, room: number, pageEmpty: boolean): number {
  const lines = m.lineBottoms ?? [];
  const first = lines.findIndex((b) => b > offset + EPS);
  if (first < 0) return -1;
  const find = (strict: boolean): number => {
    for (let k = lines.length - 2; k >= first; k--) {
      if (lines[k]! - offset > room + EPS) continue;
      const before = k - first + 1;
      const after = lines.length - 1 - k;
      if (!strict || (before >= MIN_LINES && after >= MIN_LINES)) return k;
    }
    return -1;
  };
  const strict = find(true);
  // On an empty page the paragraph must break somewhere: give up widow/orphan control if needed.
  return strict >= 0 || !pageEmpty ? strict : find(false);
}

export function paginate(blocks: readonly BlockMeasure[], contentHeight: number): PageSlices[] {
  if (!(contentHeight > 0)) throw new RangeError('contentHeight must be positive');
  const pages: PageSlices[] = [[]];
  let used = 0;
  const current = () => pages[pages.length - 1]!;
  const newPage = () => {
    if (current().length === 0) return;
    pages.push([]);
    used = 0;
  };

  blocks.forEach((m, index) => {
    const height = Math.max(0, m.height);
    // keepWithNext: this block and the head of the chain that follows must start together.
    if (m.keepWithNext && used > 0) {
      let need = height;
      let j = index;
      while (blocks[j]?.keepWithNext && blocks[j + 1]) {
        const next = blocks[j + 1]!;
        need += next.keepWithNext ? next.height : headHeight(next);
        j++;
      }
      if (need > contentHeight - used + EPS && need <= contentHeight + EPS) newPage();
    }

    let offset = 0;
    for (;;) {
      const rest = height - offset;
      const room = contentHeight - used;
      if (rest - (m.trailingSpace ?? 0) <= room + EPS || rest <= EPS) {
        current().push({ block: index, offset, height: rest, whole: offset === 0 });
        used += rest;
        return;
      }
      const cut = chooseCut(m, offset, room, used === 0);
      if (cut >= 0) {
        const bottom = m.lineBottoms![cut]!;
        current().push({ block: index, offset, height: bottom - offset, whole: false });
        offset = bottom;
        newPage();
        continue;
      }
      if (used > 0) {
        newPage();
        continue;
      }
      // Alone on an empty page and still too tall, with no line to break at: cut at the page end.
      current().push({ block: index, offset, height: room, whole: false });
      offset += room;
      pages.push([]);
      used = 0;
    }
  });
  if (pages.length > 1 && current().length === 0) pages.pop();
  return pages;
}
