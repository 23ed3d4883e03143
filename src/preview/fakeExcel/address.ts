/**
 * A1 addresses for the fake Excel host: parse `Sheet!$C$5`, `'My sheet'!A1:B3`, `A:C`, and
 * format them back the way Excel reports them (sheet names quoted only when Excel would).
 */
import { columnLetter } from '../../workbook/sheetModel';

/** Excel's grid size: ranges like `A:A` reach to the last row. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface RangeRef {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Column letters for a 0-based index (0 → A): the same spelling the sheet model uses. */
export const columnName = columnLetter;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** True when the text is a single A1 cell reference (with or without `$`). */
export function isCellReference(text: string): boolean {
  const m = CELL.exec(text);
  return m !== null && columnIndex(m[1]) < MAX_COLS && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROWS;
}

function parsePart(part: string): { kind: 'cell' | 'col' | 'row'; row: number; col: number } | null {
  let m = CELL.exec(part);
  if (m && isCellReference(part)) return { kind: 'cell', row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  m = COLUMN.exec(part);
  if (m) return { kind: 'col', row: 0, col: columnIndex(m[1]) };
  m = ROW.exec(part);
  if (m && Number(m[1]) >= 1) return { kind: 'row', row: Number(m[1]) - 1, col: 0 };
  return null;
}

/** Parse a sheet-local address: `C5`, `$A$1:$B$3`, `A:C` (whole columns), `3:5` (whole rows). */
export function parseLocalRange(address: string): RangeRef | null {
  const parts = address.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePart(parts[0]);
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!a || !b || a.kind !== b.kind) return null;
  let ref: RangeRef;
  if (a.kind === 'cell') ref = { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  else if (a.kind === 'col') {
    if (parts.length !== 2) return null;
    ref = { r0: 0, c0: a.col, r1: MAX_ROWS - 1, c1: b.col };
  } else {
    if (parts.length !== 2) return null;
    ref = { r0: a.row, c0: 0, r1: b.row, c1: MAX_COLS - 1 };
  }
  return {
    r0: Math.min(ref.r0, ref.r1),
    c0: Math.min(ref.c0, ref.c1),
    r1: Math.max(ref.r0, ref.r1),
    c1: Math.max(ref.c0, ref.c1),
  };
}

/** Split `Sheet!A1` / `'It''s'!A1` into sheet name (unquoted) and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim().replace(/^=/, '');
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    if (text[i + 1] !== '!') return { local: text };
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Excel quotes a sheet name in an address unless it is a plain identifier that is not a cell reference. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !isCellReference(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `A1` or `A1:B3`; whole columns as `A:C`, whole rows as `3:5` (as Excel reports them). */
export function formatLocalRange(ref: RangeRef, absolute = false): string {
  const d = absolute ? '$' : '';
  if (ref.r0 === 0 && ref.r1 === MAX_ROWS - 1) {
    return `${d}${columnName(ref.c0)}:${d}${columnName(ref.c1)}`;
  }
  if (ref.c0 === 0 && ref.c1 === MAX_COLS - 1) return `${d}${ref.r0 + 1}:${d}${ref.r1 + 1}`;
  const first = `${d}${columnName(ref.c0)}${d}${ref.r0 + 1}`;
  if (ref.r0 === ref.r1 && ref.c0 === ref.c1) return first;
  return `${first}:${d}${columnName(ref.c1)}${d}${ref.r1 + 1}`;
}

export function formatAddress(sheet: string, ref: RangeRef, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatLocalRange(ref, absolute)}`;
}

export function rowCount(ref: RangeRef): number {
  return ref.r1 - ref.r0 + 1;
}

export function colCount(ref: RangeRef): number {
  return ref.c1 - ref.c0 + 1;
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
