/**
 * What the pane needs from its host, in one small interface: the workbook port plus the three
 * small actions. Components never call Excel; hooks call this. The Office host wraps `Excel.run`;
 * the browser preview and the tests build one over the fake Excel host with the same adapter.
 */
import {
  bindNameToSelection,
  createOfficeWorkbookPort,
  officeFeatures,
  onInputsChanged,
  selectAddress,
  type IsSetSupported,
  type OfficeFeatures,
  type OfficeRun,
} from '../workbook/office';
import type { SheetCells } from '../workbook/binding/bindFlow';
import { DEFAULT_SHEET_NAME } from '../workbook/layout';
import { readSelectionOffice, readSheetCellsOffice, writeBindingOffice } from '../workbook/office';
import type { RawCell, WorkbookPort } from '../workbook/port';
import type { SheetModel } from '../workbook/sheetModel';

export type Unsubscribe = () => Promise<void>;

/**
 * One edit the host reports. `source: 'Remote'` is a co-author's edit arriving through
 * co-authoring (Office: WorksheetChangedEventArgs.source). A host that cannot tell calls the
 * handler without it, which counts as a local edit.
 */
export interface InputsEdit {
  source: 'Local' | 'Remote';
}

export interface PaneFeatures extends OfficeFeatures {
  /** Worksheet change events (ExcelApi 1.7): without them the pane cannot notice edits. */
  changeEvents: boolean;
}

/**
 * What 自动识别 needs of the host: the sheets as cells, the selection, and the 确认 write. A sheet
 * whose merged areas the host could not read says so (`SheetCells.mergesUnread`): the pane warns.
 */
export interface PaneBinding {
  readSheetCells(): Promise<SheetCells[]>;
  /** The selected cell (top-left of the selection) and what it holds. */
  readSelection(): Promise<{ address: string; cell: RawCell }>;
  /**
   * Write the 绩效数据 sheet and (re)point its names: in at most two syncs in Excel; in WPS the
   * sheet through the port's write, then `Names.Add` per name.
   */
  writeBinding(model: SheetModel, names: ReadonlyArray<{ name: string; refersTo: string }>): Promise<void>;
}

export interface PaneHost {
  port: WorkbookPort;
  /** Point the workbook-scoped name at the current selection; resolves to the new address. */
  bindNameToSelection(name: string): Promise<string>;
  selectAddress(address: string): Promise<void>;
  /**
   * Hear about edits outside the evaluation sheet; null when the host has no change events.
   * The handler's argument is optional, so a host without co-authoring may call `handler()`.
   */
  onInputsChanged(handler: (edit?: InputsEdit) => void): Promise<Unsubscribe | null>;
  features: PaneFeatures;
  /** Office's display language (e.g. 'zh-CN'), when known. */
  displayLanguage?: string;
  /** Binding by labels (absent on hosts that do not offer it). */
  binding?: PaneBinding;
}

/** A pane host over any `Excel.run`-like entry point (the real one or the fake's). */
export function paneHostOver(
  run: OfficeRun,
  isSetSupported: IsSetSupported,
  displayLanguage?: string,
): PaneHost {
  const features = officeFeatures(isSetSupported);
  return {
    port: createOfficeWorkbookPort(run, { isSetSupported }),
    binding: {
      readSheetCells: () => readSheetCellsOffice(run, isSetSupported),
      readSelection: () => readSelectionOffice(run),
      writeBinding: (model, names) => writeBindingOffice(run, model, names, features),
    },
    bindNameToSelection: (name) => bindNameToSelection(run, name),
    selectAddress: (address) => selectAddress(run, address),
    onInputsChanged: (handler) =>
      onInputsChanged(run, {
        isSetSupported,
        evaluationSheetName: DEFAULT_SHEET_NAME,
        onChange: (args) => handler({ source: args.source === 'Remote' ? 'Remote' : 'Local' }),
      }),
    features: { ...officeFeatures(isSetSupported), changeEvents: isSetSupported('ExcelApi', '1.7') },
    displayLanguage,
  };
}

/** The host inside Excel. Call after `Office.onReady`. */
export function createOfficePaneHost(): PaneHost {
  const run: OfficeRun = (batch) => Excel.run(batch);
  const isSetSupported: IsSetSupported = (name, version) =>
    Office.context.requirements.isSetSupported(name, version);
  return paneHostOver(run, isSetSupported, Office.context.displayLanguage);
}
