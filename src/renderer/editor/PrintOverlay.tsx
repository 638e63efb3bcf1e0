/** The print view shown on Ctrl+P: on screen a modal page, in print media only the document. */
import { useCallback, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { OfficialLayout } from '../../shared/layout/types';
import { PrintView } from '../preview';

export function PrintOverlay(props: { layout: OfficialLayout; onReady: () => void; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const printed = useRef(false);
  const { onReady } = props;
  useEffect(() => {
    // In print media only the overlay shows (it is portalled outside #root).
    document.body.classList.add('printing');
    closeRef.current?.focus();
    return () => document.body.classList.remove('printing');
  }, []);
  // Print once the pages are cut and the fonts are in, so the printer gets the final pages.
  const onPaginate = useCallback(() => {
    if (printed.current) return;
    printed.current = true;
    void document.fonts.ready.then(() => onReady());
  }, [onReady]);
  return createPortal(
    <div
      className="print-overlay"
      role="dialog"
      aria-modal="true"
      aria-label="Bản in"
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <div className="print-bar">
        <h2>Bản in</h2>
        <span className="spacer" />
        <button type="button" ref={closeRef} onClick={props.onClose}>
          Đóng bản in
        </button>
      </div>
      <PrintView layout={props.layout} onPaginate={onPaginate} />
    </div>,
    document.body,
  );
}
