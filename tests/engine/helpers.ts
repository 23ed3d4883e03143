/**
 * Shared builders for the engine tests: the golden sample as engine inputs, and small helpers to
 * replace one input (by a figure or by a hand-made InputValue carrying problems).
 */
import {
  D,
  evaluate,
  inputsFromData,
  problem,
  type Evaluation,
  type IndicatorResult,
  type InputValue,
  type Inputs,
  type PlainFigures,
  type Problem,
  type ProblemCode,
} from '../../src/engine';
import { loadSample } from '../support/sample';

const SAMPLE = loadSample();

/** The golden sample's figures (fresh copy each call, so tests may mutate it). */
export function sampleFigures(): PlainFigures {
  return { ...SAMPLE.inputs };
}

/** The golden sample as engine inputs, with the functional table unless told otherwise. */
export function sampleInputs(opts: { functional?: boolean } = {}): Inputs {
  return inputsFromData(sampleFigures(), opts.functional === false ? undefined : SAMPLE.functional);
}

/** The sample with some figures replaced (numbers go through the same path as cells do). */
export function sampleWith(figures: PlainFigures, opts: { functional?: boolean } = {}): Inputs {
  return inputsFromData(
    { ...sampleFigures(), ...figures },
    opts.functional === false ? undefined : SAMPLE.functional,
  );
}

/** The sample with one input replaced by a hand-made value (e.g. one carrying problems). */
export function sampleWithValue(value: InputValue, opts: { functional?: boolean } = {}): Inputs {
  return { ...sampleInputs(opts), [value.name]: value };
}

/** The sample without one input at all (the name does not exist in the workbook). */
export function sampleWithout(name: string): Inputs {
  const rest: Record<string, InputValue> = { ...sampleInputs() };
  delete rest[name];
  return rest;
}

/** An input whose cell could not be read: no value, one error problem. */
export function brokenInput(
  name: string,
  code: ProblemCode,
  address: string,
  extra: Omit<Problem, 'code' | 'input' | 'severity' | 'address'> = {},
): InputValue {
  return { name, address, problems: [problem(code, name, { address, ...extra })] };
}

/** A numeric input read from a cell (no problems). */
export function numberInput(name: string, value: string, address?: string): InputValue {
  return { name, address, number: new D(value), problems: [] };
}

export function indicator(e: Evaluation, id: string): IndicatorResult {
  const found = e.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

export function evaluateSample(): Evaluation {
  return evaluate(sampleInputs());
}
