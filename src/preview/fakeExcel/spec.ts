/**
 * Describe a workbook as plain data (JSON-friendly) and build a FakeWorkbook from it, so tests
 * and the preview page can state their workbooks instead of scripting them.
 */
import { parseLocalRange } from './address';
import { CellError } from './formula';
import { FakeWorkbook, type FakeWorkbookOptions } from './workbook';

/** A cell: a number, text (typed as-is: '=…' stays text here), a boolean, a formula, or an error. */
export type FakeCellSpec =
  | number
  | string
  | boolean
  | { formula: string; numberFormat?: string }
  | { value: number | string | boolean; numberFormat?: string }
  | { error: string };

export interface FakeSheetSpec {
  name: string;
  /** true: Hidden; 'veryHidden': VeryHidden (only a program can show it again). */
  hidden?: boolean | 'veryHidden';
  /** Keyed by A1 address on this sheet, e.g. { C5: 624.04 }. */
  cells?: Record<string, FakeCellSpec>;
  /** Merged areas such as 'A1:F1' (the value stays in the top-left cell; state no others). */
  merges?: string[];
}

export interface FakeNameSpec {
  name: string;
  /** '基础数据!$C$5', '#REF!', or a constant such as '=42'. */
  refersTo: string;
  /** Sheet that scopes the name; absent means workbook scope. */
  sheet?: string;
}

export interface FakeWorkbookSpec {
  sheets: FakeSheetSpec[];
  names?: FakeNameSpec[];
}

export function fakeWorkbookFromSpec(
  spec: FakeWorkbookSpec,
  options: FakeWorkbookOptions = {},
): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  for (const sheetSpec of spec.sheets) {
    const visibility =
      sheetSpec.hidden === 'veryHidden' ? 'VeryHidden' : sheetSpec.hidden ? 'Hidden' : 'Visible';
    const sheet = wb.addSheet(sheetSpec.name, visibility);
    for (const [address, cellSpec] of Object.entries(sheetSpec.cells ?? {})) {
      const ref = parseLocalRange(address);
      if (!ref || ref.r0 !== ref.r1 || ref.c0 !== ref.c1)
        throw new Error(`spec: ${sheetSpec.name}!${address} is not one cell`);
      const cell = sheet.touch(ref.r0, ref.c0);
      if (typeof cellSpec === 'object') {
        if ('formula' in cellSpec) {
          cell.formula = cellSpec.formula.startsWith('=') ? cellSpec.formula : `=${cellSpec.formula}`;
          if (cellSpec.numberFormat) cell.numberFormat = cellSpec.numberFormat;
        } else if ('error' in cellSpec) {
          cell.constant = new CellError(cellSpec.error);
        } else {
          cell.constant = cellSpec.value;
          if (cellSpec.numberFormat) cell.numberFormat = cellSpec.numberFormat;
        }
      } else {
        // Plain strings are stored as text, never interpreted: a spec states values, not keystrokes.
        cell.constant = cellSpec;
      }
    }
    for (const merge of sheetSpec.merges ?? []) {
      const ref = parseLocalRange(merge);
      if (!ref || (ref.r0 === ref.r1 && ref.c0 === ref.c1))
        throw new Error(`spec: ${sheetSpec.name}!${merge} is not a range of two cells or more`);
      for (const { row, col } of sheet.cellsIn(ref)) {
        if (row !== ref.r0 || col !== ref.c0)
          throw new Error(`spec: ${sheetSpec.name}!${merge} covers a cell holding a value`);
      }
      sheet.merges.push(ref);
    }
  }
  for (const name of spec.names ?? []) {
    const refersTo =
      name.refersTo.startsWith('=') || name.refersTo === '#REF!' ? name.refersTo : `=${name.refersTo}`;
    wb.addName(name.name, refersTo, name.sheet);
  }
  wb.changed();
  return wb;
}
