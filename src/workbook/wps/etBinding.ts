/**
 * Binding through the ET object model: whole sheets for the label matcher (values and merged
 * areas), the selected cell, and the 确认 write of the 绩效数据 sheet with its names.
 *
 * Every member access on an ET object crosses from the page into WPS, so the read is planned by
 * its number of calls, not by its lines:
 * - values: one `Value2` of the used range per sheet (a 2-D array), never cell by cell;
 * - merged areas: ET has no call that lists them. `MergeCells` of a range is `false` when nothing
 *   in it is merged, so one call on the used range settles a sheet without merges (most budget
 *   tables). Otherwise the range is halved until each merge is found through `MergeArea` of a
 *   single cell (the only range the references document it for), and once found, the rest of the
 *   range beside and below it is searched. A sheet costs about 5 calls per merge and halving step,
 *   bounded by MERGE_CALL_BUDGET; past it the sheet is handed over with the merges found so far and
 *   marked, and the pane says so.
 */
import { parseRange, type CellRange, type SheetVisibility } from '../../engine/binding/grid';
import type { SheetCells } from '../binding/bindFlow';
import type { RawCell, WorkbookPort } from '../port';
import { gridFromA1 } from '../office/rawCells';
import { a1, type SheetModel } from '../sheetModel';
import type { EtApplication, EtRange, EtWorksheet } from './etApi';
import { activeWorkbook, addressOf, isWorksheet, rawCellOf, rawGridOf } from './etWorkbookPort';

/**
 * ET calls the merge search may spend on one sheet: enough for about 450 merged areas (a sheet of
 * 300 merged label rows measured 3,252 calls on the fake host's counter). What one call costs in
 * a real WPS was not measured here; past the budget the sheet is named rather than read slowly.
 */
export const MERGE_CALL_BUDGET = 5000;

/** The part of a sheet read for binding, as the file door reads it (rows and columns from A1). */
export const BINDING_LIMITS = { maxRows: 2000, maxCols: 100 } as const;

function localAddress(r: CellRange): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

function single(r: CellRange): boolean {
  return r.top === r.bottom && r.left === r.right;
}

/** The two halves of a range of two cells or more, cut across its longer side. */
function halves(r: CellRange): [CellRange, CellRange] {
  if (r.bottom - r.top >= r.right - r.left) {
    const mid = Math.floor((r.top + r.bottom) / 2);
    return [
      { ...r, bottom: mid },
      { ...r, top: mid + 1 },
    ];
  }
  const mid = Math.floor((r.left + r.right) / 2);
  return [
    { ...r, right: mid },
    { ...r, left: mid + 1 },
  ];
}

export interface MergeSearch {
  /** Merged areas in local A1 notation ('A1:F1'), each once. */
  merges: string[];
  /** False when the budget ran out before the whole range was searched. */
  complete: boolean;
  /** ET calls spent. */
  calls: number;
}

/** Every merged area that meets `within` (the used range), found with as few calls as the sheet allows. */
export function findMergedAreas(
  sheet: EtWorksheet,
  within: CellRange,
  budget: number = MERGE_CALL_BUDGET,
  /** `within` as a Range already in hand (the used range): saves one call. */
  withinRange?: EtRange,
): MergeSearch {
  const found = new Map<string, CellRange>();
  /** A range to search; `known` when it must hold a merged cell (its sibling half held none). */
  interface Look {
    rect: CellRange;
    known: boolean;
    /** A half of a range whose corner was not merged: its own corner is asked only once it is one cell. */
    half?: boolean;
    sibling?: Look;
    done?: boolean;
  }
  const todo: Look[] = [{ rect: within, known: false }];
  let calls = 0;
  const holding = (r: number, c: number): [string, CellRange] | undefined =>
    [...found].find(([, a]) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  while (todo.length > 0) {
    const look = todo.pop() as Look;
    look.done = true;
    const rect = look.rect;
    // Inside an area already found: nothing more to learn there.
    const inside = holding(rect.top, rect.left)?.[1];
    if (inside && rect.bottom <= inside.bottom && rect.right <= inside.right) continue;
    // One look costs at most 5 calls: Range, MergeCells, then Range, MergeArea, Address.
    if (calls + 5 > budget) return { merges: [...found.keys()], complete: false, calls };
    let range: EtRange | undefined;
    if (!look.known) {
      range = rect === within && withinRange ? withinRange : sheet.Range(localAddress(rect));
      calls += range === withinRange ? 1 : 2;
      if (range.MergeCells === false) {
        // The parent held a merged cell and this half holds none: the other half does.
        if (look.sibling && !look.sibling.done) look.sibling.known = true;
        continue;
      }
    }
    // The corner's area: already found (no call), or asked of its one cell. A half is split on
    // without asking: halves rarely start at a merge, and a merge is met at its one-cell corner.
    let hit = holding(rect.top, rect.left);
    if (!hit && look.half && !single(rect)) hit = ['', { ...rect, bottom: rect.top, right: rect.left }];
    if (!hit) {
      const corner = single(rect) && range ? range : sheet.Range(a1(rect.top, rect.left));
      const areaAddress = corner.MergeArea.Address(false, false);
      calls += corner === range ? 2 : 3;
      const area = parseRange(areaAddress);
      if (!area) return { merges: [...found.keys()], complete: false, calls };
      if (!single(area)) found.set(areaAddress, area);
      hit = [areaAddress, area];
    }
    const area = hit[1];
    if (single(area)) {
      // The corner is not merged, yet something in the range is (or ET could not say): look closer.
      if (!single(rect)) {
        const [first, second] = halves(rect);
        const a: Look = { rect: first, known: false, half: true };
        const b: Look = { rect: second, known: false, half: true, sibling: a };
        a.sibling = b;
        todo.push(a, b);
      }
      continue;
    }
    // The rest of the range: beside the area (the rows it covers), then everything below it.
    const coveredBottom = Math.min(area.bottom, rect.bottom);
    const coveredRight = Math.min(area.right, rect.right);
    if (coveredRight < rect.right)
      todo.push({ rect: { ...rect, bottom: coveredBottom, left: coveredRight + 1 }, known: false });
    if (coveredBottom < rect.bottom) todo.push({ rect: { ...rect, top: coveredBottom + 1 }, known: false });
  }
  return { merges: [...found.keys()], complete: true, calls };
}

/** One sheet's values and merged areas, within the binding limits. */
function readSheet(
  sheet: EtWorksheet,
  name: string,
  limits: { maxRows: number; maxCols: number },
): SheetCells {
  const used = sheet.UsedRange;
  const usedAddress = used.Address(false, false);
  const box = parseRange(usedAddress);
  if (!box || box.top >= limits.maxRows || box.left >= limits.maxCols) return { name, cells: [], merges: [] };
  const capped: CellRange = {
    ...box,
    bottom: Math.min(box.bottom, limits.maxRows - 1),
    right: Math.min(box.right, limits.maxCols - 1),
  };
  const whole = capped.bottom === box.bottom && capped.right === box.right;
  const range: EtRange = whole ? used : sheet.Range(localAddress(capped));
  const grid = rawGridOf(range);
  // ET reports an empty sheet's used range as A1 holding nothing.
  if (grid.every((row) => row.every((c) => c.kind === 'empty'))) return { name, cells: [], merges: [] };
  const search = findMergedAreas(sheet, capped, MERGE_CALL_BUDGET, range);
  return {
    name,
    cells: gridFromA1(localAddress(capped), grid),
    merges: search.merges,
    ...(search.complete ? {} : { mergesUnread: 'tooMany' as const }),
  };
}

/**
 * ET's XlSheetVisibility as the matcher spells it. The declarations' enum has no runtime object
 * (it is a declaration only), so its values are written out: xlSheetVisible -1, xlSheetHidden 0,
 * xlSheetVeryHidden 2. Anything else reads as visible, as Excel's own 'Visible' would.
 */
function visibilityOf(value: number): SheetVisibility {
  if (value === 0) return 'hidden';
  if (value === 2) return 'veryHidden';
  return 'visible';
}

/** Every worksheet (or those named), in the workbook's order, hidden ones with their visibility. */
export function readSheetCellsEt(
  app: EtApplication,
  sheetNames?: string[],
  limits: { maxRows: number; maxCols: number } = BINDING_LIMITS,
): SheetCells[] {
  const sheets = activeWorkbook(app).Worksheets;
  const wanted = sheetNames ? new Set(sheetNames.map((n) => n.toLocaleUpperCase())) : undefined;
  const out: SheetCells[] = [];
  const count = sheets.Count;
  for (let i = 1; i <= count; i += 1) {
    const item = sheets.Item(i);
    if (!isWorksheet(item)) continue;
    const name = item.Name;
    if (wanted && !wanted.has(name.toLocaleUpperCase())) continue;
    // One more ET call a sheet: hidden sheets are searched too, their figures proposed with a
    // warning and less confidence (see the matcher), never used silently.
    out.push({ ...readSheet(item, name, limits), visibility: visibilityOf(item.Visible) });
  }
  return out;
}

function isRange(value: unknown): value is EtRange {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EtRange).Address === 'function' &&
    'Worksheet' in value
  );
}

/** The top-left cell of the selection and what it holds (never the whole selection's values). */
export function readSelectionEt(app: EtApplication): { address: string; cell: RawCell } {
  const selection = app.Selection;
  if (!isRange(selection)) throw new Error('请先选择单元格 (select cells first)');
  const sheet = selection.Worksheet;
  const topLeft = selection.Address(false, false).split(':')[0];
  const cell = sheet.Range(topLeft);
  return { address: addressOf(cell), cell: rawCellOf(cell.Value2) };
}

/**
 * Writes the 绩效数据 sheet through the port's whole-sheet write (a foreign sheet refused, text
 * cells '@' before their values, events off), then (re)points its names with `Names.Add`, which
 * redefines a name that exists. The names follow the sheet, so a refused or failed write leaves
 * every name as it was. `refersTo` is already absolute (`'绩效数据'!$C$8`).
 */
export async function writeBindingEt(
  app: EtApplication,
  port: WorkbookPort,
  model: SheetModel,
  names: ReadonlyArray<{ name: string; refersTo: string }>,
): Promise<void> {
  await port.write(model);
  const list = activeWorkbook(app).Names;
  for (const n of names) list.Add(n.name, `=${n.refersTo}`);
}
