/**
 * The WPS 表格 door: the workbook port over the ET object model (`window.Application`).
 *
 * The ET model is synchronous, so "one round trip" means one pass: `read` resolves every name,
 * the old evaluation sheet and the extra sheets in one call, reading each range's `Value2` as a
 * whole (not cell by cell), and catching per name, since ET throws where Office.js hands back null
 * objects. `write` rewrites the sheet as a whole with events switched off.
 *
 * Text stays text: ET, like Excel, turns a string that starts with '=' (or '+', '-', '@') into a
 * formula when it is written to `Value2` or `Formula`, unless the cell is formatted as text. The
 * door therefore sets `NumberFormat = '@'` on every text cell *before* writing the values (the same
 * choice as the Office door). A leading apostrophe would also work in Excel, but it is a typing
 * convention whose storage (PrefixCharacter) the ET declarations do not describe, and the
 * apostrophe would become part of the value wherever it is not honoured.
 */
import {
  ForeignSheetError,
  type ExistingSheet,
  type RawCell,
  type RawInput,
  type ReadRequest,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteOptions,
} from '../port';
import { carriesOwnerMark, gridFromA1 } from '../office/rawCells';
import { blockOf, styleRuns } from '../office/writePlan';
import { a1, columnLetter, type SheetModel } from '../sheetModel';
import {
  XL,
  type EtApplication,
  type EtRange,
  type EtSheets,
  type EtWorkbook,
  type EtWorksheet,
} from './etApi';

/** Cell errors as ET shows them in `Value2` (text), and as VBA's CVErr codes a COM bridge may hand over. */
const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/;
const CVERR: Record<number, string> = {
  [-2146826281]: '#DIV/0!',
  [-2146826246]: '#N/A',
  [-2146826259]: '#NAME?',
  [-2146826288]: '#NULL!',
  [-2146826252]: '#NUM!',
  [-2146826265]: '#REF!',
  [-2146826273]: '#VALUE!',
};

/** One `Value2` entry as a raw cell. */
export function rawCellOf(value: unknown): RawCell {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'number') {
    const error = CVERR[value];
    return error ? { kind: 'error', value: error } : { kind: 'number', value };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string')
    return ERROR_TEXT.test(value) ? { kind: 'error', value } : { kind: 'text', value };
  // A date object or anything else a bridge may hand over: show what it is rather than guess a figure.
  return { kind: 'text', value: value instanceof Date ? value.toISOString() : JSON.stringify(value) };
}

/**
 * `Value2` of a range as a row-major grid: ET gives a scalar for one cell and a 2-D array for
 * several. A flat array (as some script bridges hand over a single row or column) is shaped by
 * the range's row and column counts rather than guessed.
 */
export function rawGridOf(range: EtRange): RawCell[][] {
  const value: unknown = range.Value2;
  if (!Array.isArray(value)) return [[rawCellOf(value)]];
  if (value.every((row: unknown) => Array.isArray(row))) {
    return (value as unknown[][]).map((row) => row.map(rawCellOf));
  }
  const cells = value.map(rawCellOf);
  return range.Rows.Count === 1 ? [cells] : cells.map((c) => [c]);
}

/** A sheet name quoted the Excel way when needed. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1` / `Sheet!A1:D4` for a range (ET's `Address()` is local to the sheet). */
export function addressOf(range: EtRange): string {
  return `${quoteSheet(range.Worksheet.Name)}!${range.Address(false, false)}`;
}

export function isWorksheet(item: EtWorksheet | EtSheets): item is EtWorksheet {
  return typeof (item as EtWorksheet).Activate === 'function' && 'UsedRange' in item;
}

/** The sheet of that name, or null: `Worksheets.Item` throws for a missing one. */
export function findSheet(workbook: EtWorkbook, name: string): EtWorksheet | null {
  try {
    const item = workbook.Worksheets.Item(name);
    return isWorksheet(item) ? item : null;
  } catch {
    return null;
  }
}

/** The used range from A1, as the port wants it. */
function usedCells(sheet: EtWorksheet): RawCell[][] {
  const used = sheet.UsedRange;
  const grid = rawGridOf(used);
  // ET reports an empty sheet's used range as A1 holding nothing.
  if (grid.every((row) => row.every((c) => c.kind === 'empty'))) return [];
  return gridFromA1(used.Address(false, false), grid);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One name, caught on its own: a bad name never ends the read of the others. */
export function readName(workbook: EtWorkbook, name: string): RawInput {
  let item;
  try {
    item = workbook.Names.Item(name);
  } catch {
    return { name, status: 'missing' };
  }
  try {
    // A sheet-level name comes back as 'Sheet!Name': only workbook-scoped names count.
    if (String(item.Name).includes('!')) return { name, status: 'missing' };
    let range: EtRange;
    try {
      range = item.RefersToRange;
    } catch {
      // '#REF!' names and constant names have no range; say what they refer to.
      const refersTo = String(item.RefersTo).replace(/^=/, '');
      return { name, status: 'invalid', refersTo };
    }
    return { name, status: 'range', address: addressOf(range), cells: rawGridOf(range) };
  } catch (error) {
    return { name, status: 'invalid', refersTo: errorText(error) };
  }
}

/** The ET application's open workbook, or a clear error (WPS shows a start page without one). */
export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook as EtWorkbook | null | undefined;
  if (!workbook) throw new Error('没有打开的工作簿 (no workbook is open)');
  return workbook;
}

/** Hex '#RRGGBB' or 'RRGGBB' to VBA's BGR colour number. */
export function bgr(hex: string): number {
  const h = hex.replace('#', '');
  return (
    parseInt(h.slice(0, 2), 16) + parseInt(h.slice(2, 4), 16) * 256 + parseInt(h.slice(4, 6), 16) * 65536
  );
}

const ALIGN = { left: XL.left, center: XL.center, right: XL.right } as const;

/**
 * Rectangles of equal number formats (`A6:C29` → '@', …): NumberFormat takes one string per range,
 * and every ET call crosses from the page into WPS, so equal runs in consecutive rows are joined.
 */
export function numberFormatRuns(formats: string[][]): { address: string; format: string }[] {
  type Run = { r0: number; r1: number; c0: number; c1: number; format: string };
  const done: Run[] = [];
  let open: Run[] = [];
  formats.forEach((row, r) => {
    const next: Run[] = [];
    let start = 0;
    for (let c = 1; c <= row.length; c += 1) {
      if (c < row.length && row[c] === row[start]) continue;
      const run: Run = { r0: r, r1: r, c0: start, c1: c - 1, format: row[start] };
      const above = open.find((o) => o.format === run.format && o.c0 === run.c0 && o.c1 === run.c1);
      if (above) {
        above.r1 = r;
        open = open.filter((o) => o !== above);
        next.push(above);
      } else next.push(run);
      start = c;
    }
    done.push(...open);
    open = next;
  });
  done.push(...open);
  return done
    .sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0)
    .map((o) => ({
      address: o.r0 === o.r1 && o.c0 === o.c1 ? a1(o.r0, o.c0) : `${a1(o.r0, o.c0)}:${a1(o.r1, o.c1)}`,
      format: o.format,
    }));
}

/** Consecutive columns of equal width share one `A:C` range. */
function columnWidthRuns(widths: number[]): { address: string; chars: number }[] {
  const out: { address: string; chars: number }[] = [];
  let start = 0;
  for (let c = 1; c <= widths.length; c += 1) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    if (widths[start] > 0)
      out.push({ address: `${columnLetter(start)}:${columnLetter(c - 1)}`, chars: widths[start] });
    start = c;
  }
  return out;
}

/** Write the whole model onto `sheet` (already cleared or new). Nothing outside it is touched. */
export function writeSheet(sheet: EtWorksheet, model: SheetModel): void {
  const block = blockOf(model);
  if (block.address) {
    // Formats first: a text cell must be '@' before its value arrives, or '=…' becomes a formula.
    for (const run of numberFormatRuns(block.numberFormat))
      sheet.Range(run.address).NumberFormat = run.format;
    sheet.Range(block.address).Value2 = block.formulas;
  }
  for (const run of styleRuns(model)) {
    const range = sheet.Range(run.address);
    const s = run.style;
    if (s.bold) range.Font.Bold = true;
    if (s.color) range.Font.Color = bgr(s.color);
    if (s.fontSize) range.Font.Size = s.fontSize;
    if (s.fill) range.Interior.Color = bgr(s.fill);
    if (s.wrap) range.WrapText = true;
    if (s.align) range.HorizontalAlignment = ALIGN[s.align];
  }
  // ET's ColumnWidth is in characters, the model's unit: no conversion (Office.js needs points).
  for (const w of columnWidthRuns(model.columnWidths)) sheet.Range(w.address).ColumnWidth = w.chars;
  for (const merge of model.merges) sheet.Range(merge).Merge();
  for (const h of model.highlights) {
    const cf = sheet
      .Range(h.range)
      .FormatConditions.Add(XL.cellValue, XL.equal, `="${h.text.replace(/"/g, '""')}"`);
    cf.Interior.Color = bgr(h.fill);
    cf.Font.Color = bgr(h.color);
  }
}

export function createEtWorkbookPort(app: EtApplication): WorkbookPort {
  async function read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const workbook = activeWorkbook(app);
    const inputs = request.names.map((name) => readName(workbook, name));
    const own = findSheet(workbook, request.sheetName);
    const cells = own ? usedCells(own) : [];
    const sheet: ExistingSheet = { exists: own !== null, owned: carriesOwnerMark(cells), cells };
    const extraSheets: WorkbookSnapshot['extraSheets'] = {};
    for (const name of new Set(request.extraSheets ?? [])) {
      if (name === request.sheetName) {
        if (own) extraSheets[name] = cells;
        continue;
      }
      const extra = findSheet(workbook, name);
      if (extra) extraSheets[name] = usedCells(extra);
    }
    return { inputs, sheet, extraSheets };
  }

  async function write(model: SheetModel, options: WriteOptions = {}): Promise<void> {
    const workbook = activeWorkbook(app);
    const existing = findSheet(workbook, model.name);
    if (existing && !carriesOwnerMark(usedCells(existing)) && !options.overwriteForeign) {
      throw new ForeignSheetError(model.name);
    }
    const eventsWere = app.EnableEvents;
    // Our own write is not the clerk's edit: no SheetChange for it (the pane ignores this sheet anyway).
    app.EnableEvents = false;
    try {
      let sheet = existing;
      if (sheet) {
        // Rewrite as a whole: values, formats, merges and conditional formats of an older copy go.
        sheet.Cells.Clear();
      } else {
        const count = workbook.Worksheets.Count;
        const last = workbook.Worksheets.Item(count);
        sheet = workbook.Worksheets.Add(undefined, isWorksheet(last) ? last : undefined);
        sheet.Name = model.name;
      }
      writeSheet(sheet, model);
    } finally {
      app.EnableEvents = eventsWere;
    }
  }

  return { read, write };
}
