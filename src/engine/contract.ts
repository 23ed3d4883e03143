/**
 * The result contract for scripts (spec §7): exactly these fields, in this order. Decimals become
 * JSON numbers here, at the edge, after all arithmetic is done.
 */
import type { Decimal } from './decimal';
import type { Evaluation } from './result';
import type { Grade } from './ruleSet';

export interface JsonIndicator {
  id: string;
  weight: number;
  value: number | null;
  score: number | null;
  status: 'ok' | 'manual' | 'error';
  messages: string[];
}

export interface JsonCheck {
  id: string;
  ok: boolean | null;
  message: string;
}

export interface JsonResult {
  department: string | null;
  year: number | null;
  ruleSet: string;
  total: number;
  grade: Grade | null;
  complete: boolean;
  indicators: JsonIndicator[];
  checks: JsonCheck[];
}

const num = (x: Decimal): number => Number(x.toFixed(2));

export function toJsonResult(e: Evaluation): JsonResult {
  return {
    department: e.department,
    year: e.year,
    ruleSet: e.ruleSet.id,
    total: num(e.total),
    grade: e.grade,
    complete: e.complete,
    indicators: e.indicators.map((i) => ({
      id: i.id,
      weight: Number(i.weight.toFixed()),
      value: i.value === null ? null : num(i.value),
      score: i.score === null ? null : num(i.score),
      status: i.status,
      messages: i.messages,
    })),
    checks: e.checks.map((c) => ({ id: c.id, ok: c.ok, message: c.message })),
  };
}
