/**
 * Inputs from plain data (a JSON record of figures), for scripts, tests and benchmarks that do
 * not start from a workbook. Numbers go through their shortest string form, like cells do.
 */
import { D, fromNumber } from './decimal';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
import { inputDef } from './inputs';
import type { InputValue, Inputs, TableRow } from './inputValues';

export type PlainFigures = Record<string, number | string>;
export type PlainTable = [label: string, budget: number, final: number, prior: number][];

export function inputsFromData(figures: PlainFigures, functional?: PlainTable): Inputs {
  const out: Record<string, InputValue> = {};
  for (const [name, x] of Object.entries(figures)) {
    const def = inputDef(name);
    if (def?.kind === 'text') out[name] = { name, text: String(x), problems: [] };
    else if (typeof x === 'number') out[name] = { name, number: fromNumber(x), problems: [] };
    // A decimal string ("624.04") is that exact decimal; any other text is kept as text, and the
    // engine reports it as "not a number" on the indicators that need it.
    else if (DECIMAL.test(x.trim())) out[name] = { name, number: new D(x.trim()), problems: [] };
    else out[name] = { name, text: x, problems: [] };
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
