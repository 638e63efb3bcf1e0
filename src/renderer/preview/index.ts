export { DocumentPreview, type DocumentPreviewProps } from './DocumentPreview';
export { PrintView, PRINT_MODE_CLASS, type PrintViewProps } from './PrintView';
export { renderPrintDocument, isPrintRoute, PRINT_HASH } from './print-entry';
export type { PaginationInfo } from './usePagination';
