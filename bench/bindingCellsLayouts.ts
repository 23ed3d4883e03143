/**
 * The generated workbooks of bindingLayouts.ts as a clerk's copy often really is: some figures
 * stored as text (pasted from a finance system: plain, with a trailing space, with thousands
 * separators, in full-width digits), some label-and-figure pairs typed into one cell
 * (`年初预算数：561.58`), and a sheet or two hidden. The truth moves with a figure typed into its
 * label's cell; everything else stays where it was, so precision and recall compare directly with
 * the plain layouts.
 */
import { cellAddress, isUnitCell, numberInText, type GridCell, type GridSheet } from '../src/engine/binding';
import { D } from '../src/engine/decimal';
import type { GeneratedWorkbook } from './bindingLayouts';
import { rng } from './rng';

/** 1234567.5 → '1,234,567.5': grouping on the exact decimal text, never on a float. */
function grouped(x: number): string {
  const [whole, frac] = new D(String(x)).toFixed().split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac ? `.${frac}` : ''}`;
}

/** ASCII digits, point and comma → their full-width forms. */
function fullWidth(s: string): string {
  return s.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function parseAddress(address: string): { sheet: string; row: number; col: number } {
  const m = /^'((?:[^']|'')*)'!([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const ch of m[2]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet: m[1].replace(/''/g, "'"), row: Number(m[3]) - 1, col: col - 1 };
}

export function withTextCells(wb: GeneratedWorkbook, seed: number): GeneratedWorkbook {
  const next = rng(seed * 15485863 + 3);
  const sheets: GridSheet[] = wb.sheets.map((s) => ({
    ...s,
    cells: s.cells.map((r) => r.map((c): GridCell => ({ ...c }))),
  }));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const truth = new Map(wb.truth);
  for (const [name, t] of wb.truth) {
    const { sheet, row, col } = parseAddress(t.address);
    const s = byName.get(sheet);
    const cell = s?.cells[row]?.[col];
    if (!s || cell?.kind !== 'number') continue;
    const roll = next();
    const left = s.cells[row][col - 1];
    // Only a list line is typed as one cell: a label, its figure, perhaps a unit, nothing else.
    const others = s.cells[row].filter(
      (c, i) =>
        i !== col && i !== col - 1 && c.kind !== 'empty' && !(c.kind === 'text' && isUnitCell(c.value)),
    );
    const listLine =
      left?.kind === 'text' && !isUnitCell(left.value) && !numberInText(left.value) && others.length === 0;
    if (roll < 0.15 && listLine) {
      // The label and its figure typed into one cell; the figure's own cell left empty.
      const label = left.kind === 'text' ? left.value.replace(/[:：]\s*$/, '') : '';
      s.cells[row][col - 1] = { kind: 'text', value: `${label}：${cell.value}` };
      s.cells[row][col] = { kind: 'empty' };
      truth.set(name, { ...t, address: cellAddress(sheet, row, col - 1) });
    } else if (roll < 0.55) {
      const forms = [
        String(cell.value),
        `${cell.value} `,
        grouped(cell.value),
        fullWidth(String(cell.value)),
      ];
      s.cells[row][col] = { kind: 'text', value: forms[Math.floor(next() * forms.length)] };
    }
  }
  // A hidden sheet (one in four workbooks), a very hidden one (one in ten).
  for (const s of sheets) {
    const roll = next();
    if (roll < 0.25) s.visibility = 'hidden';
    else if (roll < 0.35) s.visibility = 'veryHidden';
  }
  return { family: `${wb.family}+text`, sheets, truth };
}
