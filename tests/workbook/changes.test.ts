/** What a recalculation changed, against the figures the previous sheet showed. */
import { diffEvaluation } from '../../src/workbook/changes';
import { layoutEvaluationSheet } from '../../src/workbook/layout';
import { readPreviousSheet } from '../../src/workbook/previousSheet';
import { sampleEvaluation, toRawCells } from './modelCells';

const NOW = new Date(2021, 2, 31, 9, 5);
const previous = readPreviousSheet(
  toRawCells(layoutEvaluationSheet(sampleEvaluation(), { generatedAt: NOW })),
);

describe('diffEvaluation', () => {
  it('lists nothing when the figures are the same', () => {
    const report = diffEvaluation(previous, sampleEvaluation());
    expect(report.indicators).toEqual([]);
    expect(report.oldTotal?.toFixed(2)).toBe('96.90');
    expect(report.newTotal.toFixed(2)).toBe('96.90');
    expect(report.oldGrade).toBe('优');
    expect(report.newGrade).toBe('优');
  });

  it('lists exactly the indicators whose value or score changed', () => {
    // 600 ÷ 681.72 = 88.01% → 5.28 of 6; the carry-over rate follows: 11.99% → 2 of 3.
    const next = sampleEvaluation({ PE_Expenditure: 600 });
    const report = diffEvaluation(previous, next);
    expect(report.indicators.map((c) => c.id)).toEqual(['budget_expenditure_rate', 'carryover_rate']);
    const [spent, carry] = report.indicators;
    expect([
      spent.oldValue?.toFixed(2),
      spent.newValue?.toFixed(2),
      spent.oldScore?.toFixed(2),
      spent.newScore?.toFixed(2),
    ]).toEqual(['98.60', '88.01', '5.92', '5.28']);
    expect([
      carry.oldValue?.toFixed(2),
      carry.newValue?.toFixed(2),
      carry.oldScore?.toFixed(2),
      carry.newScore?.toFixed(2),
    ]).toEqual(['1.40', '11.99', '3.00', '2.00']);
    expect(report.newTotal.toFixed(2)).toBe('95.26');
  });

  it('lists a value change even when the score stays (a rate still within full marks)', () => {
    // 三公 actual 12.00 ÷ 13.00 = 92.31%: still under budget, still 4 of 4.
    const report = diffEvaluation(previous, sampleEvaluation({ PE_ThreePublicActual: 12 }));
    expect(report.indicators.map((c) => c.id)).toEqual(['three_public_control']);
    expect(report.indicators[0].oldScore?.eq(report.indicators[0].newScore ?? -1)).toBe(true);
    expect(report.newTotal.eq(report.oldTotal ?? -1)).toBe(true);
  });

  it('lists an indicator that can no longer be scored, and the lost grade', () => {
    const next = sampleEvaluation({ PE_ProcurementPlan: 0 });
    const report = diffEvaluation(previous, next);
    expect(report.indicators.map((c) => c.id)).toEqual(['procurement_rate']);
    expect(report.indicators[0].newScore).toBeNull();
    expect(report.indicators[0].newValue).toBeNull();
    expect(report.newGrade).toBeNull();
  });
});
