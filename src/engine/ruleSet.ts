/**
 * A rule set: the weights, rule kinds, thresholds and labels of the indicator system, as plain
 * JSON-serialisable data. Figures are decimal strings so that "0.5" stays exactly 0.5 when a
 * rule set travels through JSON or a sheet. The formulas that compute each value are code
 * (see indicators.ts); everything a user may want to change lives here.
 */
import type { Label } from './labels';

export type Grade = '优' | '良' | '中' | '差';

export type Rule =
  /** score = w × min(1, v ÷ target) */
  | { kind: 'proportional'; target: string }
  /** v ≤ threshold → w; else max(0, w − perPoint × (v − threshold)) */
  | { kind: 'deductAbove'; threshold: string; perPoint: string }
  /** v ≥ threshold → w; else max(0, w − perPoint × (threshold − v)) */
  | { kind: 'deductBelow'; threshold: string; perPoint: string }
  /** the first band with v ≤ upTo gives its score (inclusive); else `otherwise` */
  | { kind: 'bandsUpTo'; bands: { upTo: string; score: string }[]; otherwise: string }
  /** the score is read from the named range `input` (0 ≤ s ≤ w) */
  | { kind: 'manual'; input: string };

export type RuleKind = Rule['kind'];
export const RULE_KINDS: readonly RuleKind[] = [
  'proportional',
  'deductAbove',
  'deductBelow',
  'bandsUpTo',
  'manual',
];

export interface IndicatorSpec {
  id: string;
  level1: Label; // 一级指标
  level2: Label; // 二级指标
  name: Label; // 三级指标
  weight: string;
  rule: Rule;
}

export interface GradeBand {
  /** total ≥ min gives this grade; bands are tried from the highest min down. */
  min: string;
  grade: Grade;
}

export interface RuleSet {
  id: string;
  name: Label;
  indicators: IndicatorSpec[];
  grades: GradeBand[];
}
