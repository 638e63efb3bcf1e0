/**
 * Measures blocks in a hidden column of the text width and paginates them. Measurements are cached
 * by block content, so after an edit only the changed blocks are rendered into the column again.
 */
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OfficialLayout } from '../../shared/layout/types';
import { BlockView } from './BlockView';
import { blockKeys, type BlockKeys } from './blockKeys';
import { measureElement } from './measure';
import { paginate, type BlockMeasure, type PageSlices } from './paginate';
import { contentHeightTwip, documentStyle } from './styles';
import { twipToPx } from '../../shared/layout/units';
import { cssTwip } from './units';

export interface PaginationInfo {
  /** Blocks measured in the last pass (0 when everything came from the cache). */
  measured: number;
  pages: number;
}

export interface Pagination {
  keys: BlockKeys;
  /** Null until every block has been measured once. */
  pages: PageSlices[] | null;
  contentHeightPx: number;
  /** Render this somewhere in the document: the hidden measuring column. */
  measurer: ReactNode;
}

export function usePagination(layout: OfficialLayout, onPaginate?: (info: PaginationInfo) => void): Pagination {
  const keys = useMemo(() => blockKeys(layout.blocks), [layout.blocks]);
  const widthTwip = layout.page.textWidthTwip;
  const bodySizePt = layout.body.sizePt;
  const family = layout.font.family;
  // One cache per text width, font and body size: any of them changes every height.
  const cacheId = `${widthTwip}|${bodySizePt}|${family}`;
  const cache = useRef<{ id: string; map: Map<string, BlockMeasure> }>({ id: cacheId, map: new Map() });
  if (cache.current.id !== cacheId) cache.current = { id: cacheId, map: new Map() };
  const [, setVersion] = useState(0);
  const lastMeasured = useRef(0);

  const missing: number[] = [];
  const queued = new Set<string>();
  keys.content.forEach((k, i) => {
    if (cache.current.map.has(k) || queued.has(k)) return;
    queued.add(k);
    missing.push(i);
  });
  const missingSig = missing.map((i) => keys.react[i]).join(',');
  const columnRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (missing.length === 0) return;
    const column = columnRef.current;
    if (!column) return;
    const map = cache.current.map;
    const els = column.querySelectorAll<HTMLElement>(':scope > [data-measure]');
    els.forEach((wrapper) => {
      const i = Number(wrapper.dataset.measure);
      const block = layout.blocks[i];
      const el = wrapper.firstElementChild as HTMLElement | null;
      if (block && el) map.set(keys.content[i]!, measureElement(wrapper, el, block));
    });
    // Keep the cache to the current document so it cannot grow without bound while typing.
    const live = new Set(keys.content);
    for (const k of map.keys()) if (!live.has(k)) map.delete(k);
    lastMeasured.current = els.length;
    setVersion((v) => v + 1);
    // missingSig captures which blocks were rendered into the column.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missingSig, cacheId]);

  const contentHeightPx = twipToPx(contentHeightTwip(layout.page));
  const ready = missing.length === 0;
  const pages = useMemo(() => {
    if (!ready) return null;
    // keepWithNext is part of the content key, so the cached measure carries the current value.
    return paginate(
      keys.content.map((k) => cache.current.map.get(k)!),
      contentHeightPx,
    );
  }, [ready, keys, contentHeightPx]);

  // Through a ref: a new callback identity must not count as a new pagination.
  const onPaginateRef = useRef(onPaginate);
  useLayoutEffect(() => {
    onPaginateRef.current = onPaginate;
  });
  useLayoutEffect(() => {
    if (!pages) return;
    onPaginateRef.current?.({ measured: lastMeasured.current, pages: pages.length });
    lastMeasured.current = 0;
  }, [pages]);

  const measurer = (
    <div
      className="pv-measure"
      aria-hidden="true"
      ref={columnRef}
      style={{ ...documentStyle(layout), width: cssTwip(widthTwip) }}
    >
      {missing.map((i) => (
        <div className="pv-block" data-measure={i} key={keys.react[i]}>
          <BlockView block={layout.blocks[i]!} contentKey={keys.content[i]!} bodySizePt={bodySizePt} />
        </div>
      ))}
    </div>
  );
  return { keys, pages, contentHeightPx, measurer };
}
