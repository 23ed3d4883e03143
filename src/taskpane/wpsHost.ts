/**
 * The pane's host inside WPS 表格: the same PaneHost interface as in Excel, over the ET door.
 * The ET calls are synchronous; they are wrapped in the interface's promises, and a throw becomes
 * a rejected promise the pane shows as a message.
 */
import { DEFAULT_SHEET_NAME } from '../workbook/layout';
import {
  bindNameToSelection,
  createEtWorkbookPort,
  onInputsChanged,
  readSelectionEt,
  readSheetCellsEt,
  selectAddress,
  writeBindingEt,
  type EtApplication,
} from '../workbook/wps';
import type { PaneHost } from './host';

/** What the WPS door offers, in the pane's feature terms. */
export const WPS_FEATURES: PaneHost['features'] = {
  conditionalFormats: true,
  // No suspend and no freeze panes in the ET door: freezing is a property of the window, not the sheet.
  suspendCalculation: false,
  freezePanes: false,
  disableEvents: true,
  changeEvents: true,
};

export function createWpsPaneHost(app: EtApplication, displayLanguage = 'zh-CN'): PaneHost {
  const port = createEtWorkbookPort(app);
  return {
    port,
    binding: {
      readSheetCells: async () => readSheetCellsEt(app),
      readSelection: async () => readSelectionEt(app),
      writeBinding: (model, names) => writeBindingEt(app, port, model, names),
    },
    bindNameToSelection: async (name) => bindNameToSelection(app, name),
    selectAddress: async (address) => selectAddress(app, address),
    onInputsChanged: async (handler) => {
      const off = onInputsChanged(app, DEFAULT_SHEET_NAME, () => handler());
      return async () => off();
    },
    features: WPS_FEATURES,
    displayLanguage,
  };
}

export { wpsApplication } from './wpsDetect';
