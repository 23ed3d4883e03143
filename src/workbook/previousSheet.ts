/**
 * Reading back an evaluation sheet this program wrote: the clerk's 人工说明 (kept on rewrite),
 * and the figures it showed (so a recalculation can say what changed, even across sessions).
 */
import { D, fromNumber, round, type Decimal } from '../engine';
import { COLUMNS, INPUTS_SECTION, META } from './layout';
import type { RawCell } from './port';

export interface PreviousIndicator {
  value: Decimal | null; // percent, 2 dp
  score: Decimal | null;
}

export interface PreviousSheet {
  notes: Map<string, string>;
  indicators: Map<string, PreviousIndicator>;
  total: Decimal | null;
  grade: string | null;
  fingerprint: string | null;
  ruleDigest: string | null;
  /** Input values as the sheet recorded them (text form), by range name. */
  inputs: Map<string, string>;
}

const textOf = (c: RawCell | undefined): string => {
  if (!c) return '';
  if (c.kind === 'text') return c.value;
  if (c.kind === 'number') return String(c.value);
  return '';
};
const numOf = (c: RawCell | undefined): Decimal | null =>
  c && c.kind === 'number' ? fromNumber(c.value) : null;

export function readPreviousSheet(cells: readonly RawCell[][]): PreviousSheet {
  const out: PreviousSheet = {
    notes: new Map(),
    indicators: new Map(),
    total: null,
    grade: null,
    fingerprint: null,
    ruleDigest: null,
    inputs: new Map(),
  };
  // Summary block: label in column A, value in column B.
  for (const row of cells) {
    const label = textOf(row[0]);
    if (label === META.total) out.total = numOf(row[1]);
    else if (label === META.grade) out.grade = textOf(row[1]) || null;
    else if (label === META.fingerprint) out.fingerprint = textOf(row[1]) || null;
    else if (label === META.ruleDigest) out.ruleDigest = textOf(row[1]) || null;
  }
  // The inputs section: found by its header; the range name in that column, the value in column D.
  for (let ih = 0; ih < cells.length; ih++) {
    const nameCol = cells[ih].findIndex((c) => textOf(c) === INPUTS_SECTION);
    if (nameCol < 0) continue;
    for (let r = ih + 1; r < cells.length; r++) {
      const name = textOf(cells[r][nameCol]).trim();
      if (!name) break;
      out.inputs.set(name, textOf(cells[r][3]));
    }
    break;
  }
  // The indicator table: found by its header row, so columns may have been moved by hand.
  const h = cells.findIndex(
    (row) => row.some((c) => textOf(c) === '指标ID') && row.some((c) => textOf(c) === '得分'),
  );
  if (h < 0) return out;
  const header = cells[h].map(textOf);
  const at = (name: (typeof COLUMNS)[number]): number => header.indexOf(name);
  const [idCol, noteCol, valueCol, scoreCol] = [at('指标ID'), at('人工说明'), at('指标值'), at('得分')];
  for (let r = h + 1; r < cells.length; r++) {
    const row = cells[r];
    const id = textOf(row[idCol]).trim();
    if (!id) {
      if (textOf(row[0]) === '合计') break;
      continue;
    }
    if (noteCol >= 0) {
      const note = textOf(row[noteCol]);
      if (note.trim()) out.notes.set(id, note);
    }
    const v = valueCol >= 0 ? numOf(row[valueCol]) : null;
    out.indicators.set(id, {
      value: v ? round(v.times(new D(100))) : null,
      score: scoreCol >= 0 ? numOf(row[scoreCol]) : null,
    });
  }
  return out;
}
