/** The WPS 表格 door: the workbook port over the ET object model, plus the task pane's small actions. */
export { createEtWorkbookPort, rawCellOf, readName, findSheet, quoteSheet } from './etWorkbookPort';
export { bindNameToSelection, selectAddress, onInputsChanged, splitAddress } from './etActions';
export type { EtApplication, EtAddinHost } from './etApi';
export {
  readSheetCellsEt,
  readSelectionEt,
  writeBindingEt,
  findMergedAreas,
  MERGE_CALL_BUDGET,
} from './etBinding';
