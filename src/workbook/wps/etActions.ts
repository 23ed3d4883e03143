/**
 * The task pane's small actions in WPS 表格: point an input name at the selection, jump to a cell,
 * and hear about edits (ApiEvent SheetChange).
 */
import type { EtApplication, EtRange, EtSheetChangeHandler, EtWorksheet } from './etApi';
import { activeWorkbook, addressOf, findSheet, quoteSheet } from './etWorkbookPort';

function isRange(value: unknown): value is EtRange {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EtRange).Address === 'function' &&
    'Worksheet' in value
  );
}

/**
 * Create the workbook-scoped name, or repoint it, at the selected cells (`Names.Add` with a
 * formula string: handing it the Range object would store the range's value instead).
 * Returns the address the name now refers to.
 */
export function bindNameToSelection(app: EtApplication, name: string): string {
  const selection = app.Selection;
  if (!isRange(selection)) throw new Error('请先选择单元格 (select cells first)');
  const sheetName = selection.Worksheet.Name;
  const reference = `=${quoteSheet(sheetName)}!${selection.Address(true, true)}`;
  activeWorkbook(app).Names.Add(name, reference);
  return addressOf(selection);
}

/** `Sheet!A1:B2` → its sheet name (unquoted) and local address. */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** Select a range given as `Sheet!A1:B2`: its sheet is activated first (ET can only select on the active sheet). */
export function selectAddress(app: EtApplication, address: string): void {
  const { sheet: sheetName, local } = splitAddress(address);
  const workbook = activeWorkbook(app);
  const sheet: EtWorksheet | null =
    sheetName === undefined ? workbook.ActiveSheet : findSheet(workbook, sheetName);
  if (!sheet) throw new Error(`找不到工作表 ${sheetName ?? ''} (no such sheet)`);
  sheet.Activate();
  sheet.Range(local).Select();
}

/**
 * Listen to edits on every sheet except the evaluation sheet. Returns the unsubscribe function.
 * ET has no per-sheet subscription: one application-wide SheetChange listener filters by name.
 */
export function onInputsChanged(
  app: EtApplication,
  evaluationSheetName: string,
  onChange: (sheetName: string) => void,
): () => void {
  const handler: EtSheetChangeHandler = (sheet) => {
    let name: string;
    try {
      name = sheet.Name;
    } catch {
      return;
    }
    if (name === evaluationSheetName) return;
    onChange(name);
  };
  app.ApiEvent.AddApiEventListener('SheetChange', handler);
  return () => app.ApiEvent.RemoveApiEventListener('SheetChange', handler);
}
