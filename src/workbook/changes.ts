/**
 * What a recalculation changed: indicator by indicator, old → new value and score, and the
 * total. Compares the new evaluation with the figures the previous sheet showed.
 */
import type { Decimal, Evaluation } from '../engine';
import type { PreviousSheet } from './previousSheet';

export interface IndicatorChange {
  id: string;
  name: string;
  oldValue: Decimal | null;
  newValue: Decimal | null;
  oldScore: Decimal | null;
  newScore: Decimal | null;
}

export interface ChangeReport {
  indicators: IndicatorChange[];
  oldTotal: Decimal | null;
  newTotal: Decimal;
  oldGrade: string | null;
  newGrade: string | null;
}

const same = (a: Decimal | null, b: Decimal | null): boolean =>
  a === null ? b === null : b !== null && a.eq(b);

export function diffEvaluation(previous: PreviousSheet, next: Evaluation): ChangeReport {
  const indicators: IndicatorChange[] = [];
  for (const ind of next.indicators) {
    const old = previous.indicators.get(ind.id);
    const oldValue = old?.value ?? null;
    const oldScore = old?.score ?? null;
    if (!old || !same(oldValue, ind.value) || !same(oldScore, ind.score)) {
      indicators.push({
        id: ind.id,
        name: ind.name,
        oldValue,
        newValue: ind.value,
        oldScore,
        newScore: ind.score,
      });
    }
  }
  return {
    indicators,
    oldTotal: previous.total,
    newTotal: next.total,
    oldGrade: previous.grade,
    newGrade: next.grade,
  };
}
