import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isPrintRoute, renderPrintDocument } from './preview';
import './styles/app.css';

const rootEl = document.getElementById('root')!;
const printLayout = window.__BIENBAN_PRINT_LAYOUT__;
if (isPrintRoute(location.hash) && printLayout) {
  // The hidden print window (and the e2e PDF page): only the document, marked ready when paginated.
  document.body.classList.add('print-route-body');
  void renderPrintDocument(rootEl, printLayout);
} else {
  createRoot(rootEl).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
