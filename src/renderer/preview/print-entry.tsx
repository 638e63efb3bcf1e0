/**
 * Printing without the editor. The hidden print window loads the renderer at `#/print` with the
 * layout in `window.__BIENBAN_PRINT_LAYOUT__` (set by main before load; never fetched from
 * anywhere), and the app's entry calls renderPrintDocument. When the pages are final the root
 * and <html> carry data-print-ready="true": main (or a test) waits for it, then prints to PDF.
 */
import { createRoot } from 'react-dom/client';
import type { OfficialLayout } from '../../shared/layout/types';
import { PrintView } from './PrintView';

export const PRINT_HASH = '#/print';

export function isPrintRoute(hash: string): boolean {
  return hash === PRINT_HASH || hash.startsWith(`${PRINT_HASH}?`);
}

export function renderPrintDocument(root: HTMLElement, layout: OfficialLayout): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const markReady = (info: { pages: number }) => {
      if (done) return;
      done = true;
      // Fonts first: a late font swap would change line breaks after the pages were cut.
      void document.fonts.ready.then(() => {
        root.dataset.printReady = 'true';
        root.dataset.pageCount = String(info.pages);
        document.documentElement.dataset.printReady = 'true';
        resolve();
      });
    };
    createRoot(root).render(<PrintView layout={layout} onPaginate={markReady} />);
  });
}
