/**
 * Parsing a defined name's formula text into a rectangular area on one sheet, and writing
 * addresses the way Excel shows them (`基础数据!C5`, `'Sheet name'!C5:F8`).
 */
import { columnLetter } from '../sheetModel';

export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;

export interface Area {
  sheet: string;
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Set for `Sheet!$C:$C` (whole columns) and `Sheet!$5:$5` (whole rows). */
  whole?: 'columns' | 'rows';
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `'It''s'!A1` / `基础数据!$C$5` into sheet and reference; undefined when there is no sheet. */
function splitSheet(text: string): { sheet: string; ref: string } | undefined {
  if (text.startsWith("'")) {
    let i = 1;
    let sheet = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += text[i];
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return undefined;
    return { sheet, ref: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return undefined;
  const sheet = text.slice(0, bang);
  // Unquoted sheet names cannot hold these; '[' means an external workbook, ':' a 3-D reference.
  if (/[\s'[\]:,()"=+*/<>&^-]/.test(sheet)) return undefined;
  return { sheet, ref: text.slice(bang + 1) };
}

function inBounds(area: Area): boolean {
  return (
    area.top >= 1 &&
    area.left >= 1 &&
    area.bottom <= MAX_ROW &&
    area.right <= MAX_COLUMN &&
    area.top <= area.bottom &&
    area.left <= area.right
  );
}

/**
 * The area a name refers to, or undefined when it is not one rectangular area on one sheet:
 * `#REF!`, `Sheet!#REF!`, constants (`5`, `"abc"`), formulas, unions (`A1,B2`), external refs.
 */
export function parseArea(refersTo: string): Area | undefined {
  const text = refersTo.trim().replace(/^=/, '');
  const split = splitSheet(text);
  if (!split) return undefined;
  const parts = split.ref.split(':');
  if (parts.length > 2) return undefined;
  const [first, second = parts[0]] = parts;
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  let area: Area | undefined;
  if (a && b) {
    const [r1, r2] = [Number(a[2]), Number(b[2])];
    const [c1, c2] = [columnNumber(a[1]), columnNumber(b[1])];
    area = {
      sheet: split.sheet,
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    };
  } else if (parts.length === 2 && COLUMN.test(first) && COLUMN.test(second)) {
    const [c1, c2] = [columnNumber(COLUMN.exec(first)![1]), columnNumber(COLUMN.exec(second)![1])];
    area = {
      sheet: split.sheet,
      top: 1,
      bottom: MAX_ROW,
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
      whole: 'columns',
    };
  } else if (parts.length === 2 && ROW.test(first) && ROW.test(second)) {
    const [r1, r2] = [Number(ROW.exec(first)![1]), Number(ROW.exec(second)![1])];
    area = {
      sheet: split.sheet,
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: 1,
      right: MAX_COLUMN,
      whole: 'rows',
    };
  }
  return area && inBounds(area) ? area : undefined;
}

/**
 * Quote a sheet name the way Excel does in addresses: plain names (letters, digits, underscore,
 * not starting with a digit, not looking like a cell reference) stay bare, e.g. 基础数据.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(?:R\d*C?\d*|C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!C5` for one cell, `Sheet!C5:F8` for an area (no `$`). */
export function formatAddress(area: Area): string {
  // Whole columns and rows as Excel writes them (`Sheet!I:I`, `Sheet!5:5`).
  if (area.whole === 'columns') {
    const ref = `${columnLetter(area.left - 1)}:${columnLetter(area.right - 1)}`;
    return `${quoteSheetName(area.sheet)}!${ref}`;
  }
  if (area.whole === 'rows') return `${quoteSheetName(area.sheet)}!${area.top}:${area.bottom}`;
  const start = `${columnLetter(area.left - 1)}${area.top}`;
  const end = `${columnLetter(area.right - 1)}${area.bottom}`;
  const ref = start === end ? start : `${start}:${end}`;
  return `${quoteSheetName(area.sheet)}!${ref}`;
}
