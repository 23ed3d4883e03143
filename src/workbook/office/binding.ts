/**
 * Binding through Office.js: whole sheets for the label matcher, and the 确认 write of the
 * 绩效数据 sheet with its names.
 *
 * Merged areas come from Range.getMergedAreasOrNullObject, which is ExcelApi 1.13, above the 1.4
 * the add-in targets. Below 1.13 Office.js has no way to tell a merged cell from an empty one:
 * Excel reports a merge's covered cells as empty, so a merged heading reads at its top-left cell
 * only. No guess fills the gap (spreading a text over the empty cells beside it would put a
 * heading over columns it does not head, and a wrong proposal is worse than a missing one):
 * the sheets are marked and the pane says so.
 */
import type { SheetVisibility } from '../../engine/binding';
import type { SheetCells } from '../binding/bindFlow';
import { ForeignSheetError, type RawCell } from '../port';
import type { SheetModel } from '../sheetModel';
import type { IsSetSupported, OfficeContext, OfficeRange, OfficeRangeAreas, OfficeRun } from './officeApi';
import { queueSheetWrite, type OfficeFeatures } from './officeWorkbookPort';
import { carriesOwnerMark, gridFromA1, rawGrid } from './rawCells';

/** Office's spelling of a sheet's visibility (Worksheet.visibility, readable from ExcelApi 1.1). */
const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/** Whether this Excel can report merged areas (Range.getMergedAreasOrNullObject). */
export function canReadMerges(isSetSupported: IsSetSupported): boolean {
  return isSetSupported('ExcelApi', '1.13');
}

/** 'Sheet1!A1:F1' or "'收支 总表'!A1:F1" → 'A1:F1', as the matcher takes merges. */
function localOf(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

function queueMerges(used: OfficeRange): OfficeRangeAreas {
  const merged = used.getMergedAreasOrNullObject();
  merged.areas.load('items/address');
  return merged;
}

function mergesOf(merged: OfficeRangeAreas): string[] {
  return merged.isNullObject ? [] : merged.areas.items.map((a) => localOf(a.address));
}

interface QueuedSheet {
  name: string;
  used: OfficeRange;
  merged?: OfficeRangeAreas;
}

async function queueUsedRanges(
  context: OfficeContext,
  names: string[],
  withMerges: boolean,
): Promise<QueuedSheet[]> {
  const queued = names.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load(['address', 'values', 'valueTypes']);
    return { name, used, ...(withMerges ? { merged: queueMerges(used) } : {}) };
  });
  await context.sync();
  return queued;
}

/**
 * Every worksheet's used range from A1, hidden ones included with their visibility, with its
 * merged areas where Excel can report them. Two syncs: the sheet list, then all used ranges and merged areas at once. A sheet with more than 512
 * merged areas fails the second sync (Excel answers for at most 512); then the values are read
 * again without merges and each sheet's merges on its own, so only that sheet goes without.
 */
export async function readSheetCellsOffice(
  run: OfficeRun,
  isSetSupported: IsSetSupported,
  sheetNames?: string[],
): Promise<SheetCells[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load(['items/name', 'items/visibility']);
    await context.sync();
    const wanted = sheetNames ? new Set(sheetNames.map((n) => n.toLocaleUpperCase())) : undefined;
    const names = sheets.items.map((s) => s.name).filter((n) => !wanted || wanted.has(n.toLocaleUpperCase()));
    const visibility = new Map(
      sheets.items.map((s) => [s.name, VISIBILITY[s.visibility] ?? 'visible'] as const),
    );
    const readable = canReadMerges(isSetSupported);
    const cellsOf = (q: QueuedSheet): RawCell[][] =>
      q.used.isNullObject ? [] : gridFromA1(q.used.address, rawGrid(q.used.values, q.used.valueTypes));
    if (!readable) {
      const queued = await queueUsedRanges(context, names, false);
      return queued.map((q) => ({
        name: q.name,
        visibility: visibility.get(q.name),
        cells: cellsOf(q),
        merges: [],
        mergesUnread: 'unsupported' as const,
      }));
    }
    try {
      const queued = await queueUsedRanges(context, names, true);
      return queued.map((q) => ({
        name: q.name,
        visibility: visibility.get(q.name),
        cells: cellsOf(q),
        merges: q.merged ? mergesOf(q.merged) : [],
      }));
    } catch {
      // Which sheet failed is not said: read the values alone (a failure now is not about
      // merges and is the answer), then each sheet's merges in a sync of its own.
      const queued = await queueUsedRanges(context, names, false);
      const out: SheetCells[] = [];
      for (const q of queued) {
        const cells = cellsOf(q);
        if (q.used.isNullObject) {
          out.push({ name: q.name, visibility: visibility.get(q.name), cells, merges: [] });
          continue;
        }
        try {
          const sheet = context.workbook.worksheets.getItem(q.name);
          const merged = queueMerges(sheet.getRange(localOf(q.used.address)));
          // One sync per sheet on purpose, and only after Excel refused the batch: it is the only
          // way to learn which sheet is over the limit, and it is bounded by the sheet count.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          out.push({ name: q.name, visibility: visibility.get(q.name), cells, merges: mergesOf(merged) });
        } catch {
          out.push({
            name: q.name,
            visibility: visibility.get(q.name),
            cells,
            merges: [],
            mergesUnread: 'tooMany',
          });
        }
      }
      return out;
    }
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
