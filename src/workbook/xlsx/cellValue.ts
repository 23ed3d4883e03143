/**
 * A worksheet cell as the XML holds it → the port's RawCell. Decisions the spec leaves open, made
 * here (the same as when exceljs read the file, so evaluations do not change):
 * - a formula counts by its cached result (`<v>`); a formula with no cached result is `empty`
 *   (nothing was computed, and inventing a value or an error code Excel never shows would be less
 *   honest). Shared formulas need no expansion for that: every cell carries its own cached value;
 * - a number shown with a date format becomes the text of its ISO date, so parsing reports "not a
 *   number" rather than silently treating an Excel serial as money;
 * - rich text is the concatenation of its runs (phonetic runs left out);
 * - an empty string is `empty`, as in Excel's values;
 * - `_xHHHH_` escapes (how OOXML carries characters XML cannot) are decoded.
 */
import type { RawCell } from '../port';
import type { NumberFormats } from './numberFormats';
import type { ScannedCell } from './sheetScan';

/** The text of a date the way the reader always reported it: 2020-12-31, or 2020-12-31T10:30:00. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, '').replace('Z', '');
}

/** An Excel serial date as a UTC instant (1900 system, or 1904 for old Mac workbooks). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Decodes `_x000D_`-style escapes; `_x005F_` is a literal underscore. */
export function decodeOoxmlText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function text(value: string): RawCell {
  return value === '' ? { kind: 'empty' } : { kind: 'text', value: decodeOoxmlText(value) };
}

export interface CellContext {
  sharedStrings: readonly string[];
  formats: NumberFormats;
  date1904: boolean;
}

export function rawFromScanned(cell: ScannedCell, context: CellContext): RawCell {
  const v = cell.value;
  switch (cell.type) {
    case 's': {
      const index = v === undefined ? NaN : Number(v);
      const shared = Number.isInteger(index) ? context.sharedStrings[index] : undefined;
      return shared === undefined ? { kind: 'empty' } : text(shared);
    }
    case 'inlineStr':
      return text(cell.inline ?? v ?? '');
    case 'str':
      return text(v ?? '');
    case 'b':
      if (v === undefined || v === '') return { kind: 'empty' };
      return { kind: 'boolean', value: v.trim() === '1' || v.trim().toLowerCase() === 'true' };
    case 'e':
      return v === undefined || v === '' ? { kind: 'empty' } : { kind: 'error', value: v.trim() };
    case 'd':
      // ISO 8601 date cells (strict files, some generators).
      return v === undefined || v.trim() === '' ? { kind: 'empty' } : text(dateText(new Date(v.trim())));
    default: {
      if (v === undefined || v.trim() === '') return { kind: 'empty' };
      const n = Number(v);
      if (!Number.isFinite(n)) return { kind: 'error', value: '#NUM!' };
      if (cell.style !== 0 && context.formats.isDate(cell.style)) {
        return text(dateText(serialToDate(n, context.date1904)));
      }
      return { kind: 'number', value: n };
    }
  }
}
