/**
 * One pass over a worksheet part's XML, keeping only the cells a plan asks for, and stopping as
 * soon as the rows it needs have gone by. Nothing is allocated from the sheet's `<dimension>`
 * claim (writers put anything there, up to the whole grid); the used range is measured from the
 * cells actually present.
 *
 * Cells and rows without `r` take the position after the previous one, as the schema says.
 * Values are kept as the raw XML has them (type, style index, `<v>` text, inline string text);
 * turning them into RawCells needs the shared strings and number formats and happens later.
 */
import { rowSkipper, SkipUnsafe } from './rowSkip';
import type { RowSkipResult, RowWindow } from './rowSkip';
import { XmlStream } from './xmlStream';

export interface ScannedCell {
  /** The `t` attribute: s, str, inlineStr, b, e, n, d, or undefined (a number). */
  type: string | undefined;
  /** The `s` attribute: index into the stylesheet's cell formats (0 when absent). */
  style: number;
  /** The text of `<v>`, when present. */
  value: string | undefined;
  /** The text of an inline string (`<is>`), phonetic runs left out. */
  inline: string | undefined;
}

export interface ScanPlan {
  /** True for a cell (1-based row and column) that should be kept. */
  keep(row: number, column: number): boolean;
  /** The last row any caller needs; the scan stops once a later row begins. */
  lastRow: number;
  /**
   * The first row any caller needs (default 1). Rows above it are skipped without parsing (see
   * rowSkip.ts), so the used range then counts only the rows read: give 1 when it is needed.
   */
  firstRow?: number;
  /** Also read `<mergeCells>` (after the cell data, so the whole part is read). */
  merges: boolean;
}

export interface SheetScan {
  /** Kept cells by row, then column. */
  cells: Map<number, Map<number, ScannedCell>>;
  /** The last row and column holding a cell (valued or only formatted) among the rows read. */
  usedRows: number;
  usedColumns: number;
  /** Merged ranges as written (`A1:E1`), when the plan asked for them. */
  merges: string[];
}

/** `BC12` → [row 12, column 55]; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): [number, number] | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  let row = 0;
  for (; i < ref.length; i += 1) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  return row > 0 ? [row, column] : undefined;
}

/** Thrown inside the XML handlers to end the scan early; caught by `scanSheet`. */
class StopScan extends Error {}

/**
 * Scans one worksheet. `feed` pushes the part's text into the given writer chunk by chunk and
 * returns early when the writer returns false.
 */
export function scanSheet(
  part: string,
  plan: ScanPlan,
  feed: (write: (text: string) => boolean) => void,
): SheetScan {
  // Rows past lastRow only need skipping when the scan reads on to the merged ranges; otherwise
  // it stops there by itself.
  const window: RowWindow = { firstRow: plan.firstRow ?? 1, lastRow: plan.merges ? plan.lastRow : Infinity };
  if (window.firstRow > 1 || window.lastRow < Infinity) {
    try {
      return scanOnce(part, plan, feed, window);
    } catch (error) {
      // Something the skipper cannot vouch for: read the whole part through saxes instead.
      if (!(error instanceof SkipUnsafe)) throw error;
    }
  }
  return scanOnce(part, plan, feed, undefined);
}

function scanOnce(
  part: string,
  plan: ScanPlan,
  feed: (write: (text: string) => boolean) => void,
  window: RowWindow | undefined,
): SheetScan {
  const skipped: RowSkipResult = { rowsSkippedTo: 0 };
  const scan: SheetScan = { cells: new Map(), usedRows: 0, usedColumns: 0, merges: [] };
  let row = 0;
  let column = 0;
  let inSheetData = false;
  let cell: ScannedCell | undefined;
  let cellRow = 0;
  let cellColumn = 0;
  /** Collecting text of: `<v>`, or a `<t>` of an inline string outside phonetic runs. */
  let collecting: 'v' | 't' | undefined;
  let inInline = false;
  let inPhonetic = false;
  let rowCells: Map<number, ScannedCell> | undefined;
  let rowCellsRow = 0;

  const stream = new XmlStream(part, {
    open({ local, attributes }) {
      if (local === 'row') {
        // Numbering resumes after the rows the skipper dropped.
        if (row < skipped.rowsSkippedTo) row = skipped.rowsSkippedTo;
        const r = attributes.r !== undefined ? Number(attributes.r) : NaN;
        row = Number.isInteger(r) && r > row ? r : row + 1;
        column = 0;
        if (row > plan.lastRow) {
          if (!plan.merges) throw new StopScan();
          inSheetData = false; // skip the remaining rows, read on to the merges
        }
        return;
      }
      if (local === 'c') {
        if (!inSheetData && row > plan.lastRow) return;
        const position = attributes.r !== undefined ? parseCellRef(attributes.r) : undefined;
        if (position) [cellRow, cellColumn] = position;
        else [cellRow, cellColumn] = [row === 0 ? 1 : row, column + 1];
        column = cellColumn;
        if (cellRow > scan.usedRows) scan.usedRows = cellRow;
        if (cellColumn > scan.usedColumns) scan.usedColumns = cellColumn;
        if (!plan.keep(cellRow, cellColumn)) return;
        const style = attributes.s !== undefined ? Number(attributes.s) : 0;
        cell = {
          type: attributes.t,
          style: Number.isInteger(style) && style >= 0 ? style : 0,
          value: undefined,
          inline: undefined,
        };
        return;
      }
      if (!cell) {
        if (local === 'sheetData') inSheetData = true;
        else if (local === 'mergeCell' && plan.merges && attributes.ref) scan.merges.push(attributes.ref);
        return;
      }
      if (local === 'v') {
        collecting = 'v';
        cell.value = '';
      } else if (local === 'is') {
        inInline = true;
        cell.inline = '';
      } else if (local === 'rPh') {
        inPhonetic = true;
      } else if (local === 't' && inInline && !inPhonetic) {
        collecting = 't';
      }
    },
    text(text) {
      if (!cell || collecting === undefined) return;
      if (collecting === 'v') cell.value += text;
      else cell.inline += text;
    },
    close(local) {
      if (local === 'c') {
        if (cell) {
          if (!rowCells || rowCellsRow !== cellRow) {
            rowCells = rowMap(scan, cellRow);
            rowCellsRow = cellRow;
          }
          rowCells.set(cellColumn, cell);
        }
        cell = undefined;
        collecting = undefined;
        inInline = false;
        inPhonetic = false;
      } else if (local === 'v' || local === 't') {
        collecting = undefined;
      } else if (local === 'rPh') {
        inPhonetic = false;
      } else if (local === 'is') {
        inInline = false;
      } else if (local === 'sheetData') {
        inSheetData = false;
        if (!plan.merges) throw new StopScan();
      } else if (local === 'mergeCells') {
        throw new StopScan();
      }
    },
  });

  try {
    const write = (text: string): boolean => {
      stream.write(text);
      return true;
    };
    feed(window ? rowSkipper(window, write, skipped) : write);
    stream.close();
  } catch (error) {
    if (!(error instanceof StopScan)) throw error;
  }
  return scan;
}

function rowMap(scan: SheetScan, row: number): Map<number, ScannedCell> {
  let map = scan.cells.get(row);
  if (!map) {
    map = new Map();
    scan.cells.set(row, map);
  }
  return map;
}
