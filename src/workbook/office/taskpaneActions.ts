/**
 * Small Office actions the task pane needs besides the port: point an input name at the
 * selection, jump to an address, and hear about edits to the inputs.
 */
import type {
  IsSetSupported,
  OfficeEventHandlerResult,
  OfficeRun,
  OfficeWorksheetChangedEventArgs,
} from './officeApi';

/**
 * Create the workbook-scoped name, or repoint it, at the current selection. One sync to look,
 * one to change. Returns the address the name now refers to.
 */
export async function bindNameToSelection(run: OfficeRun, name: string): Promise<string> {
  return run(async (context) => {
    const selection = context.workbook.getSelectedRange();
    selection.load('address');
    const existing = context.workbook.names.getItemOrNullObject(name);
    await context.sync();
    // NamedItem has no writable reference in ExcelApi 1.4, so repointing is delete + add.
    if (!existing.isNullObject) existing.delete();
    context.workbook.names.add(name, selection);
    await context.sync();
    return selection.address;
  });
}

/** Select a range given as `Sheet!A1:B2` (or a local address on the active sheet). */
export async function selectAddress(run: OfficeRun, address: string): Promise<void> {
  const bang = address.lastIndexOf('!');
  const local = bang < 0 ? address : address.slice(bang + 1);
  const rawSheet = bang < 0 ? undefined : address.slice(0, bang);
  const sheetName = rawSheet?.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    sheet.getRange(local).select();
    await context.sync();
  });
}

export interface InputsChangedOptions {
  isSetSupported: IsSetSupported;
  /** The evaluation sheet: edits there are our own writes (or the clerk's notes) and never trigger a recalculation. */
  evaluationSheetName: string;
  onChange: (args: OfficeWorksheetChangedEventArgs) => void;
}

export type Unsubscribe = () => Promise<void>;

/**
 * Listen to edits on every worksheet except the evaluation sheet (Worksheet.onChanged, ExcelApi
 * 1.7). Returns null when the host is too old for change events; the pane then offers only the
 * recalculate button. Sheets added after subscribing are not watched.
 */
export async function onInputsChanged(
  run: OfficeRun,
  options: InputsChangedOptions,
): Promise<Unsubscribe | null> {
  if (!options.isSetSupported('ExcelApi', '1.7')) return null;
  const results: OfficeEventHandlerResult[] = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const evaluationIds = new Set(
      sheets.items.filter((s) => s.name === options.evaluationSheetName).map((s) => s.id),
    );
    const handler = async (args: OfficeWorksheetChangedEventArgs): Promise<void> => {
      // Second guard: never react to the evaluation sheet, even if it was renamed into place.
      if (evaluationIds.has(args.worksheetId)) return;
      options.onChange(args);
    };
    const added = sheets.items.filter((s) => !evaluationIds.has(s.id)).map((s) => s.onChanged.add(handler));
    await context.sync();
    return added;
  });
  return async () => {
    if (results.length === 0) return;
    // Office requires removal through the context the handlers were added in.
    for (const r of results) r.remove();
    await results[0].context.sync();
  };
}
