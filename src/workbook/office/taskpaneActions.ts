/**
 * Small Office actions the task pane needs besides the port: point an input name at the
 * selection, jump to an address, and hear about edits to the inputs.
 */
import { OfficeActionError, officeErrorCode } from './actionErrors';
import type {
  IsSetSupported,
  OfficeContext,
  OfficeEventHandlerResult,
  OfficeRun,
  OfficeWorksheetChangedEventArgs,
} from './officeApi';

/**
 * Create the workbook-scoped name, or repoint it, at the current selection. One sync to look,
 * one to change. Returns the address the name now refers to.
 *
 * `getSelectedRange` throws InvalidSelection when a chart or shape is selected or the selection
 * has several areas ("If there are multiple ranges selected, this method will throw an error":
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1);
 * charts: https://github.com/OfficeDev/office-js/issues/2268). That becomes an OfficeActionError
 * the pane can word, and no name is touched.
 */
export async function bindNameToSelection(run: OfficeRun, name: string): Promise<string> {
  return run(async (context) => {
    const selection = context.workbook.getSelectedRange();
    selection.load('address');
    const existing = context.workbook.names.getItemOrNullObject(name);
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) === 'InvalidSelection') throw new OfficeActionError('invalidSelection');
      throw error;
    }
    // NamedItem has no writable reference in ExcelApi 1.4, so repointing is delete + add.
    if (!existing.isNullObject) existing.delete();
    context.workbook.names.add(name, selection);
    await context.sync();
    return selection.address;
  });
}

function splitAddress(address: string): { sheetName?: string; local: string } {
  const bang = address.lastIndexOf('!');
  const local = bang < 0 ? address : address.slice(bang + 1);
  const rawSheet = bang < 0 ? undefined : address.slice(0, bang);
  const sheetName = rawSheet?.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheetName, local };
}

/**
 * Select a range given as `Sheet!A1:B2` (or a local address on the active sheet). `Range.select`
 * selects only on the active sheet (on another one Excel leaves the selection where it was:
 * https://github.com/OfficeDev/office-js/issues/5118), so the sheet is activated first
 * (Worksheet.activate, ExcelApi 1.1). A hidden sheet cannot be shown: that is an
 * OfficeActionError('hiddenSheet') instead of unhiding the clerk's sheet behind their back.
 */
export async function selectAddress(run: OfficeRun, address: string): Promise<void> {
  const { sheetName, local } = splitAddress(address);
  await run(async (context: OfficeContext) => {
    const sheets = context.workbook.worksheets;
    const sheet =
      sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItemOrNullObject(sheetName);
    sheet.load(['name', 'visibility']);
    await context.sync();
    if (sheet.isNullObject) throw new OfficeActionError('noSheet', sheetName);
    if (sheet.visibility !== 'Visible') throw new OfficeActionError('hiddenSheet', sheet.name);
    sheet.activate();
    sheet.getRange(local).select();
    await context.sync();
  });
}

/** The name of the sheet with this id, or null when it is gone. */
async function sheetNameById(run: OfficeRun, worksheetId: string): Promise<string | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(worksheetId);
    sheet.load('name');
    await context.sync();
    return sheet.isNullObject ? null : sheet.name;
  });
}

/** Where an edit came from: this Excel, or a co-author's (WorksheetChangedEventArgs.source). */
export type ChangeSource = 'Local' | 'Remote';

export interface InputsChangedOptions {
  isSetSupported: IsSetSupported;
  /** The evaluation sheet: edits there are our own writes (or the clerk's notes) and never trigger a recalculation. */
  evaluationSheetName: string;
  onChange: (args: OfficeWorksheetChangedEventArgs) => void;
}

export type Unsubscribe = () => Promise<void>;

/**
 * Listen to edits on every worksheet except the evaluation sheet. With ExcelApi 1.9 one
 * `WorksheetCollection.onChanged` handler covers every sheet, those added later included
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member);
 * on 1.7-1.8 each existing sheet gets `Worksheet.onChanged`, so sheets added later are not
 * watched. Returns null when the host is too old for change events (below 1.7); the pane then
 * offers only the recalculate button.
 *
 * Events reach the handler with their `source` ('Local' or 'Remote' for a co-author's edit);
 * what to do with a remote edit is the pane's decision.
 */
export async function onInputsChanged(
  run: OfficeRun,
  options: InputsChangedOptions,
): Promise<Unsubscribe | null> {
  if (!options.isSetSupported('ExcelApi', '1.7')) return null;
  const workbookWide = options.isSetSupported('ExcelApi', '1.9');
  const evaluationName = options.evaluationSheetName.toLowerCase();
  const results: OfficeEventHandlerResult[] = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    // Sheet ids seen so far and whether each is the evaluation sheet (looked up again for new ones).
    const isEvaluation = new Map(sheets.items.map((s) => [s.id, s.name.toLowerCase() === evaluationName]));
    const evaluationSheet = async (worksheetId: string): Promise<boolean> => {
      const known = isEvaluation.get(worksheetId);
      if (known !== undefined) return known;
      // A sheet added after subscribing (e.g. the evaluation sheet our first write creates).
      const name = await sheetNameById(run, worksheetId);
      const ours = name !== null && name.toLowerCase() === evaluationName;
      isEvaluation.set(worksheetId, ours);
      return ours;
    };
    const handler = async (args: OfficeWorksheetChangedEventArgs): Promise<void> => {
      // Never react to the evaluation sheet, even if it was renamed into place.
      if (await evaluationSheet(args.worksheetId)) return;
      options.onChange(args);
    };
    const added = workbookWide
      ? [sheets.onChanged.add(handler)]
      : sheets.items.filter((s) => isEvaluation.get(s.id) !== true).map((s) => s.onChanged.add(handler));
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
