/**
 * The file door of the workbook port. `openXlsxWorkbook` is the Node entry (reads and saves files);
 * the core (`./core`) works on bytes and also runs in a browser.
 */
export { openXlsxWorkbook } from './xlsxWorkbook';
export type { XlsxWorkbook } from './xlsxWorkbook';
export * from './core';
