/** Reads a rendered block's height and line positions from the DOM (the measuring column). */
import type { LayoutBlock } from '../../shared/layout/types';
import type { BlockMeasure } from './paginate';

/** Line bottoms of a paragraph with a fixed line-height: lines are stacked at exact multiples. */
export function paragraphLineBottoms(height: number, padTop: number, padBottom: number, lineHeight: number): number[] {
  if (!(lineHeight > 0)) return [];
  const lines = Math.max(1, Math.round((height - padTop - padBottom) / lineHeight));
  return Array.from({ length: lines }, (_, k) => padTop + (k + 1) * lineHeight);
}

/** `box` is a flow-root wrapper (so the block's own margins count), `el` the block element inside it. */
export function measureElement(box: HTMLElement, el: HTMLElement, block: LayoutBlock): BlockMeasure {
  const height = box.getBoundingClientRect().height;
  if (block.type !== 'paragraph') return { height };
  const cs = getComputedStyle(el);
  const padTop = parseFloat(cs.paddingTop) || 0;
  const padBottom = parseFloat(cs.paddingBottom) || 0;
  const lineHeight = parseFloat(cs.lineHeight);
  return {
    height,
    trailingSpace: padBottom,
    keepWithNext: block.keepWithNext,
    lineBottoms: paragraphLineBottoms(height, padTop, padBottom, lineHeight),
  };
}
