/**
 * Inputs from plain data (a JSON record of figures), for scripts, tests and benchmarks that do
 * not start from a workbook. Numbers go through their shortest string form, like cells do.
 */
import { fromNumber } from './decimal';
import { inputDef } from './inputs';
import type { InputValue, Inputs, TableRow } from './inputValues';

export type PlainFigures = Record<string, number | string>;
export type PlainTable = [label: string, budget: number, final: number, prior: number][];

export function inputsFromData(figures: PlainFigures, functional?: PlainTable): Inputs {
  const out: Record<string, InputValue> = {};
  for (const [name, x] of Object.entries(figures)) {
    const def = inputDef(name);
    if (def?.kind === 'text' || typeof x === 'string') out[name] = { name, text: String(x), problems: [] };
    else out[name] = { name, number: fromNumber(x), problems: [] };
  }
  if (functional) {
    const table: TableRow[] = functional.map(([label, b, f, p]) => ({
      label,
      budget: fromNumber(b),
      final: fromNumber(f),
      prior: fromNumber(p),
    }));
    out.PE_FunctionalTable = { name: 'PE_FunctionalTable', table, problems: [] };
  }
  return out;
}
