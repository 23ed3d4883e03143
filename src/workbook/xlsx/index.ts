/** The exceljs file adapter of the workbook port (Node only). */
export { openXlsxWorkbook } from './xlsxWorkbook';
export type { XlsxWorkbook } from './xlsxWorkbook';
export { WorkbookOpenError, WorkbookSaveError } from './errors';
export type { WorkbookOpenErrorCode, WorkbookSaveErrorCode } from './errors';
