/** The fake Excel host: an in-memory workbook with an `Excel.run`-like entry point. */
export {
  FakeWorkbook,
  FakeSheet,
  DEFAULT_COLUMN_WIDTH,
  type FakeCell,
  type FakeCellFormat,
  type FakeName,
  type FakeConditionalFormat,
  type CellInput,
  type FakeWorkbookOptions,
} from './workbook';
export { FakeOfficeError, type FakeErrorCode } from './errors';
export {
  fakeWorkbookFromSpec,
  type FakeWorkbookSpec,
  type FakeSheetSpec,
  type FakeNameSpec,
  type FakeCellSpec,
} from './spec';
export { evaluateFormula, CellError, type Scalar, type FormulaHost } from './formula';
export { formatAddress, parseLocalRange, splitSheet, quoteSheetName, type RangeRef } from './address';
