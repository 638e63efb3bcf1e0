/**
 * The print view: the same pages as the preview without desk or shadows, one `.print-page` per
 * sheet. While mounted, print.css hides every other part of the app from the printer.
 */
import { useEffect } from 'react';
import type { OfficialLayout } from '../../shared/layout/types';
import { PageBox } from './PageBox';
import { documentStyle } from './styles';
import { usePagination, type PaginationInfo } from './usePagination';
import './preview.css';
import './print.css';

export const PRINT_MODE_CLASS = 'bb-print-mode';

export interface PrintViewProps {
  layout: OfficialLayout;
  onPaginate?: (info: PaginationInfo) => void;
}

export function PrintView({ layout, onPaginate }: PrintViewProps) {
  const { keys, pages, contentHeightPx, measurer } = usePagination(layout, onPaginate);
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add(PRINT_MODE_CLASS);
    return () => html.classList.remove(PRINT_MODE_CLASS);
  }, []);
  return (
    <div
      className="print-root"
      lang={layout.font.lang}
      data-page-count={pages?.length ?? 0}
      data-paginated={pages ? 'true' : 'false'}
      style={documentStyle(layout)}
    >
      {measurer}
      {pages?.map((slices, i) => (
        <PageBox
          key={i}
          layout={layout}
          keys={keys}
          slices={slices}
          number={i + 1}
          contentHeightPx={contentHeightPx}
          className="print-page"
        />
      ))}
    </div>
  );
}
