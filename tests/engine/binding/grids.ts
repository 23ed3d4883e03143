/** Sheets for the binding tests, written as rows of plain values (null = empty). */
import type { GridCell, GridSheet } from '../../../src/engine/binding';

export type Plain = string | number | null | { error: string };

export function cell(v: Plain): GridCell {
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return v === '' ? { kind: 'empty' } : { kind: 'text', value: v };
  return { kind: 'error', value: v.error };
}

export function sheet(name: string, rows: Plain[][], merges: string[] = []): GridSheet {
  return { name, cells: rows.map((r) => r.map(cell)), merges };
}
