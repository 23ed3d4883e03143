/**
 * Turning what Office hands back (`values` + `valueTypes`) into the port's RawCell grid.
 */
import type { RawCell } from '../port';
import { OWNER_MARK } from '../sheetModel';

/** One cell from its value and its Excel value type ('Double', 'String', 'Boolean', 'Error', 'Empty'). */
export function rawCell(value: unknown, valueType: string): RawCell {
  switch (valueType) {
    case 'Empty':
      return { kind: 'empty' };
    case 'Double':
    case 'Integer':
      if (typeof value === 'number') return { kind: 'number', value };
      break;
    case 'Boolean':
      if (typeof value === 'boolean') return { kind: 'boolean', value };
      break;
    case 'Error':
      return { kind: 'error', value: String(value) };
    case 'String':
      return { kind: 'text', value: String(value) };
    default:
      break;
  }
  // Unknown/RichValue (or a type that disagrees with the value): go by what the value is.
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value === '' || value === null || value === undefined) return { kind: 'empty' };
  // A rich value (entity, image…) is not a figure; its JSON at least shows the clerk what is there.
  return { kind: 'text', value: typeof value === 'string' ? value : JSON.stringify(value) };
}

export function rawGrid(values: unknown[][], valueTypes: string[][]): RawCell[][] {
  return values.map((row, r) => row.map((v, c) => rawCell(v, valueTypes[r]?.[c] ?? 'Unknown')));
}

/** 0-based row and column of the top-left cell of an address such as `'My sheet'!C3:F9`. */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0];
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(local);
  if (!m) throw new Error(`unexpected range address ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * A used range as the port wants it: starting at A1. Office reports the used range from its
 * first occupied cell, so empty rows and columns are put back in front.
 */
export function gridFromA1(address: string, cells: RawCell[][]): RawCell[][] {
  const { row, col } = topLeftOf(address);
  const width = col + Math.max(0, ...cells.map((r) => r.length));
  const empty = (): RawCell => ({ kind: 'empty' });
  const top = Array.from({ length: row }, () => Array.from({ length: width }, empty));
  const body = cells.map((r) => [...Array.from({ length: col }, empty), ...r]);
  return [...top, ...body];
}

/** Our sheets carry OWNER_MARK as text in some cell. */
export function carriesOwnerMark(cells: RawCell[][]): boolean {
  return cells.some((row) => row.some((c) => c.kind === 'text' && c.value === OWNER_MARK));
}
