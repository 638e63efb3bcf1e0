export { layoutDocument, pageOf, plainTextOf } from './layoutDocument';
export { estimateTextWidthTwip } from './textWidth';
export { fileStem } from './fileStem';
export { noticeSummary, minutesSummary } from './title';
export { authorityLine } from './signature';
