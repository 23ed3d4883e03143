/**
 * Reading the named inputs through Office.js, inside the limits Excel puts on one request.
 *
 * Excel fails a whole sync when one read in it is too big: more than 5,000,000 cells
 * (RangeExceedsLimit) on every platform, more than 5 MB of response on the web
 * (ResponsePayloadSizeLimitExceeded) — "Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * codes in https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 * A name over a whole column (`基础数据!$C:$C`, 1,048,576 cells) would take every other input
 * down with it. So:
 *
 * 1. Each name's cells are read through the name's used range (`Range.getUsedRangeOrNullObject`,
 *    ExcelApi 1.4), with only the range's address and size besides: a whole column costs what
 *    its used cells cost. A normal name is rebuilt cell for cell from that (the cells outside the
 *    used part are empty); an oversized one (a whole column or row, or more than 100,000 cells, as
 *    the file door decides) is capped to its used part from its top-left, at least two cells,
 *    and says so in `cappedFrom` — the same answer the file door gives.
 * 2. If the one batched sync still fails (a used part over the payload limit, a name kind
 *    nobody expected), the read is retried name by name: one sync for the names' references and
 *    the sheets, then one per range name, so a bad name is reported on its own inputs and every
 *    other input is read. That costs 2 + (range names) syncs, paid only when the batch failed.
 */
import type { RawCell, RawInput } from '../port';
import { a1 } from '../sheetModel';
import { officeErrorCode } from './actionErrors';
import type { OfficeContext, OfficeNamedItem, OfficeRange } from './officeApi';
import { rawGrid } from './rawCells';

/** Areas above this many cells are capped to their used part (the file door's threshold too). */
export const MAX_NAME_CELLS = 100_000;
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export interface QueuedName {
  name: string;
  item: OfficeNamedItem;
  range: OfficeRange;
  /** Null until the cells are queued (the fallback queues them later). */
  used: OfficeRange | null;
}

/** Queue a name's lookup and reference (cheap: no cells), optionally its used cells too. */
export function queueName(context: OfficeContext, name: string, withCells: boolean): QueuedName {
  const item = context.workbook.names.getItemOrNullObject(name);
  item.load(['type', 'value']);
  const range = item.getRangeOrNullObject();
  range.load(['address', 'rowCount', 'columnCount']);
  const q: QueuedName = { name, item, range, used: null };
  if (withCells) queueCells(q);
  return q;
}

export function queueCells(q: QueuedName): void {
  q.used = q.range.getUsedRangeOrNullObject(true);
  q.used.load(['address', 'values', 'valueTypes']);
}

/** Top-left (0-based) of `Sheet!C5:D9`, `Sheet!C:C` (row 0) or `Sheet!5:5` (column 0). */
export function areaTopLeft(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? '' : address.slice(0, bang);
  const first = address
    .slice(bang + 1)
    .split(':')[0]
    .replace(/\$/g, '');
  const m = /^([A-Za-z]{0,3})(\d*)$/.exec(first);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`unexpected range address ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: m[2] === '' ? 0 : Number(m[2]) - 1, col: m[1] === '' ? 0 : col - 1 };
}

function referenceOf(item: OfficeNamedItem): string {
  const value = item.value;
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/^=/, '');
}

/** The name's cells, from what was loaded: the whole range, or its capped used part. */
export function inputOf(q: QueuedName): RawInput {
  if (q.item.isNullObject) return { name: q.name, status: 'missing' };
  // '#REF!' names and constant names have no range.
  if (q.range.isNullObject) return { name: q.name, status: 'invalid', refersTo: referenceOf(q.item) };
  const rows = q.range.rowCount;
  const cols = q.range.columnCount;
  const top = areaTopLeft(q.range.address);
  const used = q.used && !q.used.isNullObject ? q.used : null;
  const usedCells = used ? rawGrid(used.values, used.valueTypes) : [];
  const usedAt = used ? areaTopLeft(used.address) : top;
  const oversized = rows >= SHEET_ROWS || cols >= SHEET_COLUMNS || rows * cols > MAX_NAME_CELLS;

  let height = rows;
  let width = cols;
  let address = q.range.address;
  if (oversized) {
    // From the area's top-left to the end of its used part; at least two cells, so a one-cell
    // input still reads as "several cells" rather than as that one cell.
    height = used ? usedAt.row - top.row + usedCells.length : 1;
    width = used ? usedAt.col - top.col + (usedCells[0]?.length ?? 1) : 1;
    if (height * width < 2) {
      if (rows > 1) height = 2;
      else width = 2;
    }
    const prefix = top.sheet ? `${top.sheet}!` : '';
    address = `${prefix}${a1(top.row, top.col)}:${a1(top.row + height - 1, top.col + width - 1)}`;
  }
  const cells: RawCell[][] = Array.from({ length: height }, () =>
    Array.from({ length: width }, (): RawCell => ({ kind: 'empty' })),
  );
  usedCells.forEach((line, r) =>
    line.forEach((cell, c) => {
      const row = usedAt.row - top.row + r;
      const col = usedAt.col - top.col + c;
      if (row < height && col < width) cells[row][col] = cell;
    }),
  );
  const input: RawInput = { name: q.name, status: 'range', address, cells };
  return oversized ? { ...input, cappedFrom: referenceOf(q.item) } : input;
}

/** A range name whose cells Excel would not hand over, even alone: reported on that input only. */
export function unreadable(q: QueuedName, error: unknown): RawInput {
  const code = officeErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
  return { name: q.name, status: 'invalid', refersTo: `${referenceOf(q.item)}: Excel ${code}` };
}
