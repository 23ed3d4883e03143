/**
 * A spreadsheet-neutral picture of the evaluation sheet: what each cell holds and how it looks.
 * Layout code builds it; the Office adapter and the file door write it. Nothing here knows Excel APIs.
 */
import { columnName } from '../engine/binding/grid';

/** Text that marks a sheet as written by this program (stored in a cell of the meta block). */
export const OWNER_MARK = 'perf-eval-addin/1';

export type CellValue =
  | { t: 'text'; v: string } // always written as text, never interpreted (no formula injection)
  | { t: 'number'; v: number } // a finished, already-rounded figure (converted from Decimal at the edge)
  | {
      t: 'formula';
      /** An Excel formula without the leading '=', e.g. 'ROUND(A1,2)'. */
      f: string;
      /**
       * The result as last computed, written with the formula by the file door so that a reader
       * that does not recalculate (the command line itself) sees the figure at once.
       */
      cached?: number | string;
    }
  | { t: 'empty' };

export interface CellStyle {
  /** Excel number format, e.g. '0.00%', '#,##0.00', '0.00', '@'. */
  numFmt?: string;
  bold?: boolean;
  /** Background colour as 6 hex digits, no '#'. */
  fill?: string;
  /** Font colour as 6 hex digits. */
  color?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  fontSize?: number;
}

export interface SheetCellModel {
  value: CellValue;
  style?: CellStyle;
}

/** Highlight cells of a range whose text equals `text` (e.g. the 已过期 status). */
export interface TextHighlightRule {
  /** A1 range on this sheet, e.g. 'I8:I31'. */
  range: string;
  text: string;
  fill: string;
  color: string;
}

export interface SheetModel {
  name: string;
  /** Row-major cells starting at A1. Rows may have different lengths; missing cells are empty. */
  rows: SheetCellModel[][];
  /** Column widths in characters (Excel's width unit), index 0 = column A. */
  columnWidths: number[];
  /** Rows frozen at the top (the header rows of the indicator table). */
  freezeRows: number;
  /** Merged ranges in A1 notation, e.g. 'A1:J1'. */
  merges: string[];
  highlights: TextHighlightRule[];
}

/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA (one spelling, the engine's). */
export const columnLetter = columnName;

/** A1 address for 0-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}
