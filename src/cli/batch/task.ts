/** What the batch's main thread and its workers pass each other: plain, structured-clonable data. */
import type { JsonResult, Lang } from '../../engine';

export interface BatchTask {
  input: string;
  outPath: string;
  /** Write the 自评报告 draft here too (batch --report). */
  reportPath?: string;
  lang: Lang;
  /** The rule-set file (the worker loads it: a parsed RuleSet holds Decimals, which do not clone). */
  rulesPath?: string;
  sheetName: string;
  force: boolean;
}

/** One department's row of 汇总.xlsx: small, so that the main thread can keep every one. */
export interface SummaryRow {
  file: string;
  department: string | null;
  year: number | null;
  /** Two decimals as text (exact), null when the file could not be evaluated. */
  total: string | null;
  grade: string | null;
  status: 'complete' | 'incomplete' | 'failed';
  /** Indicator id → score (2 dp text, null when unscored), with the indicator's name for the header. */
  scores: Array<{ id: string; name: string; score: string | null }>;
  failedChecks: string[];
  problems: string[];
}

export interface BatchOutcome {
  row: SummaryRow;
  /** The results.jsonl line's object: the spec §7 contract plus `file`; null when not evaluable. */
  json: (JsonResult & { file: string }) | null;
  /** The failure sentence when the file could not be evaluated. */
  error: string | null;
  unscored: number;
}
