/** Small helpers for A1 addresses like `基础数据!C5:F8` or `'My sheet'!C5`. */
import { columnLetter } from './sheetModel';

export interface ParsedAddress {
  /** Sheet part exactly as written (quotes kept), or '' when absent. */
  sheet: string;
  row: number; // 0-based top row
  col: number; // 0-based left column
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The top-left cell of a range address; undefined when it cannot be read. */
export function parseTopLeft(address: string): ParsedAddress | undefined {
  const bang = address.lastIndexOf('!');
  const sheet = bang >= 0 ? address.slice(0, bang) : '';
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).split(':')[0].replace(/\$/g, '');
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { sheet, col: colIndex(m[1]), row: Number(m[2]) - 1 };
}

/** Address of the cell at (dr, dc) inside a range: `基础数据!C5:F8`, 1, 2 → `基础数据!E6`. */
export function cellInRange(rangeAddress: string, dr: number, dc: number): string {
  const tl = parseTopLeft(rangeAddress);
  if (!tl) return rangeAddress;
  const cell = `${columnLetter(tl.col + dc)}${tl.row + dr + 1}`;
  return tl.sheet ? `${tl.sheet}!${cell}` : cell;
}
