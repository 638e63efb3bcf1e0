/** Test page for preview-browser.test.ts: renders the preview or the print view of window.__LAYOUT__. */
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { OfficialLayout } from '../../src/shared/layout/types';
import { DocumentPreview } from '../../src/renderer/preview/DocumentPreview';
import { PrintView } from '../../src/renderer/preview/PrintView';
import { isPrintRoute, renderPrintDocument } from '../../src/renderer/preview/print-entry';
import type { PaginationInfo } from '../../src/renderer/preview/usePagination';

interface TestWindow {
  __LAYOUT__: OfficialLayout;
  __ZOOM__?: number;
  __PAGINATIONS__: Array<PaginationInfo & { ms: number }>;
  /** Re-render with another layout (an edit); resolves with the pagination that followed. */
  __SET_LAYOUT__: (layout: OfficialLayout, zoom?: number) => Promise<PaginationInfo & { ms: number }>;
}
const w = window as unknown as TestWindow;
const host = document.getElementById('root')!;
w.__PAGINATIONS__ = [];

if (isPrintRoute(location.hash)) {
  void renderPrintDocument(host, w.__LAYOUT__);
} else if (location.hash === '#/print-in-app') {
  // The print view inside app chrome shaped like the editor's: a toolbar and a clipped full-height shell.
  for (const el of [document.documentElement, document.body, host]) el.style.height = '100%';
  document.body.style.overflow = 'hidden';
  document.body.style.margin = '8px';
  createRoot(host).render(
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header style={{ padding: 12, borderBottom: '1px solid #ccc' }}>Thanh công cụ của ứng dụng</header>
      <div style={{ display: 'flex', flex: 1, overflow: 'hidden' }}>
        <nav style={{ width: 200 }}>Danh sách cuộc họp</nav>
        <main style={{ flex: 1, overflow: 'auto', transform: 'translateZ(0)' }}>
          <PrintView
            layout={w.__LAYOUT__}
            onPaginate={(i) => {
              host.dataset.pageCount = String(i.pages);
            }}
          />
        </main>
      </div>
    </div>,
  );
} else {
  let root: Root | null = null;
  let started = 0;
  let waiting: ((info: PaginationInfo & { ms: number }) => void) | null = null;
  const onPaginate = (info: PaginationInfo) => {
    const entry = { ...info, ms: performance.now() - started };
    w.__PAGINATIONS__.push(entry);
    waiting?.(entry);
    waiting = null;
  };
  const render = (layout: OfficialLayout, zoom: number) => {
    started = performance.now();
    root ??= createRoot(host);
    // Synchronous so the measured time covers render, measurement and pagination.
    flushSync(() => root!.render(<DocumentPreview layout={layout} zoom={zoom} onPaginate={onPaginate} />));
  };
  w.__SET_LAYOUT__ = (layout, zoom = w.__ZOOM__ ?? 1) =>
    new Promise((resolve) => {
      waiting = resolve;
      render(layout, zoom);
    });
  render(w.__LAYOUT__, w.__ZOOM__ ?? 1);
}
