/** The Office.js door: the workbook port over Excel.run, plus the task pane's small actions. */
export {
  createOfficeWorkbookPort,
  officeFeatures,
  type OfficePortOptions,
  type OfficeFeatures,
} from './officeWorkbookPort';
export {
  bindNameToSelection,
  selectAddress,
  onInputsChanged,
  type ChangeSource,
  type InputsChangedOptions,
  type Unsubscribe,
} from './taskpaneActions';
export { columnWidthPoints } from './writePlan';
export { OfficeActionError, officeErrorCode, type OfficeActionReason } from './actionErrors';
export { readSelectionOffice, readSheetCellsOffice, writeBindingOffice } from './binding';
export type { OfficeRun, OfficeContext, IsSetSupported } from './officeApi';
