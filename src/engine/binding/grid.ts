/**
 * The cells a binding reads: whole sheets as a door hands them over (row-major from A1, merged
 * ranges in A1 notation). The cell type mirrors the workbook port's RawCell without importing it,
 * so the engine stays free of the doors.
 */
export type GridCell =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'empty' };

/** As the workbook stores it: 'hidden' can be unhidden by the clerk, 'veryHidden' only by a program. */
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface GridSheet {
  name: string;
  cells: GridCell[][];
  /** Merged ranges such as 'A1:D1'. */
  merges: string[];
  /** Absent when the door cannot tell: taken as visible. */
  visibility?: SheetVisibility;
}

/** 0-based column for letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `'Sheet'!D8`: always quoted, which every spreadsheet reads whatever the sheet's name. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnName(col)}${row + 1}`;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'B3:D4' → 0-based inclusive bounds; undefined for anything else. */
export function parseRange(ref: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
