/**
 * exceljs cell values → the port's RawCell. Decisions the spec leaves open, made here:
 * - a formula uses its cached result; a formula with no cached result is `empty` (nothing was
 *   computed, and inventing a value or an error code Excel never shows would be less honest);
 * - a date becomes the text of its ISO date, so parsing reports "not a number" rather than
 *   silently treating an Excel serial as money;
 * - rich text is the concatenation of its runs, a hyperlink its display text;
 * - an empty string and the covered cells of a merged area are `empty`, as in Excel's values.
 */
import { ValueType } from 'exceljs';
import type { Cell, CellValue } from 'exceljs';
import type { RawCell } from '../port';

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  // exceljs builds dates in UTC from the serial; a whole day shows as the bare date.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, '').replace('Z', '');
}

function text(value: string): RawCell {
  return value === '' ? { kind: 'empty' } : { kind: 'text', value };
}

type FormulaResult = number | string | boolean | Date | { error: string } | undefined | null;

function fromScalarOrError(value: FormulaResult): RawCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', value: '#NUM!' };
  if (typeof value === 'string') return text(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return text(dateText(value));
  return { kind: 'error', value: value.error };
}

/** Converts one exceljs value (as in `cell.value`) to a RawCell. */
export function rawFromValue(value: CellValue): RawCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value !== 'object' || value instanceof Date) return fromScalarOrError(value);
  if ('error' in value) return { kind: 'error', value: value.error };
  if ('richText' in value) return text(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return fromScalarOrError(value.result);
  if ('hyperlink' in value) {
    // The display text of a hyperlink may itself be rich text.
    const shown: unknown = value.text;
    if (typeof shown === 'string') return text(shown);
    if (shown && typeof shown === 'object' && 'richText' in shown) {
      return rawFromValue(shown as CellValue);
    }
    return text(value.hyperlink);
  }
  return { kind: 'empty' };
}

/** Converts a cell, treating the non-anchor cells of a merged area as empty (Excel's view). */
export function rawFromCell(cell: Cell): RawCell {
  if (cell.type === ValueType.Merge) return { kind: 'empty' };
  return rawFromValue(cell.value);
}
