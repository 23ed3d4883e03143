/**
 * Binding through Office.js: whole sheets for the label matcher, and the 确认 write of the
 * 绩效数据 sheet with its names. Merged ranges are not read (Range.getMergedAreasOrNullObject
 * needs ExcelApi 1.13, above the 1.4 the add-in targets); Excel reports a merge's covered cells
 * as empty, which the matcher already reads as a label at the merge's anchor only.
 */
import type { SheetVisibility } from '../../engine/binding';
import type { SheetCells } from '../binding/bindFlow';
import { ForeignSheetError, type RawCell } from '../port';
import type { SheetModel } from '../sheetModel';
import type { OfficeRun } from './officeApi';
import { queueSheetWrite, type OfficeFeatures } from './officeWorkbookPort';
import { carriesOwnerMark, gridFromA1, rawGrid } from './rawCells';

/** Office's spelling of a sheet's visibility (Worksheet.visibility, readable from ExcelApi 1.1). */
const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/**
 * Every worksheet's used range from A1, hidden ones included with their visibility (two syncs:
 * the sheet list, then all used ranges at once).
 */
export async function readSheetCellsOffice(run: OfficeRun, sheetNames?: string[]): Promise<SheetCells[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load(['items/name', 'items/visibility']);
    await context.sync();
    const wanted = sheetNames ? new Set(sheetNames.map((n) => n.toLocaleUpperCase())) : undefined;
    const queued = sheets.items
      .filter((s) => !wanted || wanted.has(s.name.toLocaleUpperCase()))
      .map((s) => {
        const used = s.getUsedRangeOrNullObject(true);
        used.load(['address', 'values', 'valueTypes']);
        return { name: s.name, visibility: VISIBILITY[s.visibility] ?? 'visible', used };
      });
    await context.sync();
    return queued.map((q) => ({
      name: q.name,
      visibility: q.visibility,
      cells: q.used.isNullObject ? [] : gridFromA1(q.used.address, rawGrid(q.used.values, q.used.valueTypes)),
      merges: [],
    }));
  });
}

/** The top-left cell of the selection and its value (one sync). */
export async function readSelectionOffice(run: OfficeRun): Promise<{ address: string; cell: RawCell }> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(['address', 'values', 'valueTypes']);
    await context.sync();
    // 'Sheet1!B3:C4' → 'Sheet1!B3': the top-left cell is the one a name can point at.
    const address = range.address.replace(/:[A-Z]+\d+$/i, '');
    return { address, cell: rawGrid(range.values, range.valueTypes)[0]?.[0] ?? { kind: 'empty' } };
  });
}

/**
 * Writes the 绩效数据 sheet and defines its names, in two syncs: one to look (is the sheet ours?
 * which names exist?), one to write the sheet and (re)point the names. NamedItem has no writable
 * reference in ExcelApi 1.4, so repointing is delete + add, as 绑定到所选单元格 does.
 */
export async function writeBindingOffice(
  run: OfficeRun,
  model: SheetModel,
  names: ReadonlyArray<{ name: string; refersTo: string }>,
  features: OfficeFeatures,
): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(model.name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['address', 'values', 'valueTypes']);
    const existing = names.map((n) => {
      const item = context.workbook.names.getItemOrNullObject(n.name);
      item.load('name');
      return { ...n, item };
    });
    await context.sync();
    const exists = !sheet.isNullObject;
    const owned =
      exists &&
      !used.isNullObject &&
      carriesOwnerMark(gridFromA1(used.address, rawGrid(used.values, used.valueTypes)));
    if (exists && !owned) throw new ForeignSheetError(model.name);
    queueSheetWrite(context, model, exists, features);
    for (const n of existing) {
      if (!n.item.isNullObject) n.item.delete();
      context.workbook.names.add(n.name, `=${n.refersTo}`);
    }
    await context.sync();
  });
}
