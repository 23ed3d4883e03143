/** The shape of a finished evaluation, as the flow, the sheet layout and the pane consume it. */
import type { Decimal } from './decimal';
import type { Lang } from './labels';
import type { Problem } from './problems';
import type { Grade, Rule } from './ruleSet';

export type IndicatorStatus = 'ok' | 'manual' | 'error';

export interface IndicatorResult {
  id: string;
  level1: string;
  level2: string;
  name: string;
  weight: Decimal;
  rule: Rule;
  status: IndicatorStatus;
  /** Percent, rounded to 2 dp; null for manual or unscorable indicators. */
  value: Decimal | null;
  /** Rounded to 2 dp; null when unscorable. */
  score: Decimal | null;
  /** weight − score; null when unscorable. */
  deduction: Decimal | null;
  /** Generated 说明 sentence (formula with figures, rule, score, reason for any deduction). */
  commentary: string;
  /** Problems (errors and warnings) of the inputs it needs, as structured data. */
  problems: Problem[];
  /** The same problems worded for a person. */
  messages: string[];
  /** Named inputs it reads (for the pane and the live cross-check). */
  inputs: readonly string[];
  /** Live Excel expression for the value (percent), when the indicator is computed. */
  excel?: string;
}

export interface CheckResult {
  id: string;
  /** true passed, false failed, null not checkable (an input has a problem). */
  ok: boolean | null;
  title: string;
  message: string;
}

export interface InputSnapshot {
  name: string;
  label: string;
  address: string | null;
  /** The value as read (text form of the number, the text, or a table summary); null when unusable. */
  value: string | null;
  ok: boolean;
  /** Its problems (errors and warnings) worded for a person. */
  messages: string[];
}

export interface Evaluation {
  lang: Lang;
  department: string | null;
  year: number | null;
  ruleSet: { id: string; name: string; digest: string };
  total: Decimal;
  grade: Grade | null;
  complete: boolean;
  indicators: IndicatorResult[];
  checks: CheckResult[];
  inputs: InputSnapshot[];
  /** Digest of every input value used: changes whenever a figure that matters changes. */
  fingerprint: string;
}
