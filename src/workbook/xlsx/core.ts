/**
 * The browser-safe part of the file door: open an .xlsx held as bytes, read names and sheets,
 * write evaluation sheets, get the patched package back as bytes. Imports nothing Node-only.
 */
export { openXlsxBytes, DEFAULT_SHEET_LIMITS, MAX_AREA_CELLS } from './xlsxBytes';
export type { SheetCells, SheetLimits, XlsxWorkbookCore } from './xlsxBytes';
export { WorkbookOpenError, WorkbookSaveError } from './errors';
export type { WorkbookOpenDetail, WorkbookOpenErrorCode, WorkbookSaveErrorCode } from './errors';
