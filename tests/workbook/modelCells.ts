/**
 * Helpers for tests of the sheet layout: the sample evaluation, and a SheetModel read back as the
 * raw cells a spreadsheet would hand over.
 */
import { evaluate, inputsFromData, type Evaluation, type Lang, type PlainFigures } from '../../src/engine';
import type { RawCell } from '../../src/workbook/port';
import type { SheetCellModel, SheetModel } from '../../src/workbook/sheetModel';
import { loadSample } from '../support/sample';

export function sampleEvaluation(figures: PlainFigures = {}, lang: Lang = 'zh'): Evaluation {
  const sample = loadSample();
  return evaluate(inputsFromData({ ...sample.inputs, ...figures }, sample.functional), { lang });
}

/**
 * The model as a file adapter reads it back after writing: text and numbers as themselves, an
 * empty string as empty, and formulas as empty (they are written without a cached result).
 */
export function toRawCells(model: SheetModel): RawCell[][] {
  return model.rows.map((row) =>
    row.map((cell): RawCell => {
      const v = cell.value;
      if (v.t === 'text') return v.v === '' ? { kind: 'empty' } : { kind: 'text', value: v.v };
      if (v.t === 'number') return { kind: 'number', value: v.v };
      return { kind: 'empty' };
    }),
  );
}

/** The text of a model cell ('' for anything that is not text). */
export function textAt(cell: SheetCellModel | undefined): string {
  return cell?.value.t === 'text' ? cell.value.v : '';
}

/** Index of the first row whose column A reads `label`; throws when there is none. */
export function rowLabelled(model: SheetModel, label: string): number {
  const r = model.rows.findIndex((row) => textAt(row[0]) === label);
  if (r < 0) throw new Error(`no row labelled ${label}`);
  return r;
}
