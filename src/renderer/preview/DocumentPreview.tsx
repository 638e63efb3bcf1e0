/** The live preview: the official layout as real A4 pages on a grey desk, at any zoom. */
import type { OfficialLayout } from '../../shared/layout/types';
import { PageBox } from './PageBox';
import { documentStyle } from './styles';
import { usePagination, type PaginationInfo } from './usePagination';
import './preview.css';

export interface DocumentPreviewProps {
  layout: OfficialLayout;
  /** 1 = 100 %. CSS zoom keeps the scroll size right, unlike a transform. */
  zoom: number;
  /** Called after each pagination (tests, status bar). */
  onPaginate?: (info: PaginationInfo) => void;
}

export function DocumentPreview({ layout, zoom, onPaginate }: DocumentPreviewProps) {
  const { keys, pages, contentHeightPx, measurer } = usePagination(layout, onPaginate);
  const safeZoom = Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
  return (
    <div className="pv-desk" data-page-count={pages?.length ?? 0} aria-busy={pages === null}>
      {measurer}
      <div className="pv-zoom" lang={layout.font.lang} style={{ ...documentStyle(layout), zoom: safeZoom }}>
        {pages?.map((slices, i) => (
          <PageBox
            key={i}
            layout={layout}
            keys={keys}
            slices={slices}
            number={i + 1}
            contentHeightPx={contentHeightPx}
            className="pv-page"
          />
        ))}
      </div>
    </div>
  );
}
