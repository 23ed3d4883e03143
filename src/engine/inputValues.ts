/**
 * What the engine receives for each input: the parsed value (or nothing) and its problems.
 * Producing these from cells is the workbook room's job (see workbook/parseInputs.ts); a script
 * or a benchmark can also build them directly from data.
 */
import type { Decimal } from './decimal';
import type { Problem } from './problems';

export interface TableRow {
  /** 科目名称 */
  label: string;
  budget: Decimal | null; // 年初预算数
  final: Decimal | null; // 本年决算数
  prior: Decimal | null; // 上年决算数
}

export interface InputValue {
  name: string;
  /** `Sheet!C5` (or a range for the table). */
  address?: string;
  number?: Decimal;
  text?: string;
  table?: TableRow[];
  /** Errors (value unusable) and warnings (value kept). */
  problems: Problem[];
}

/** All inputs by name; a name that is absent here counts as missing from the workbook. */
export type Inputs = Readonly<Record<string, InputValue>>;
