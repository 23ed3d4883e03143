/**
 * The held-out binding set is only worth its figures if its truth is right. These tests check the
 * generator, not the matcher: the set is large and varied enough, deterministic, every truth cell
 * holds exactly the figure the truth states (元 cells divided by 10000), distractors are real
 * numbers and never the answer, and the department figures behind the tables add up.
 */
import { FAMILIES, FIGURE_INPUTS, generateHoldoutSet } from '../../bench/holdout/generate';
import { makeDepartment, sumAssets, sumStaff, sumTP } from '../../bench/holdout/figures';
import { truthChecks } from './holdoutTruth';
import { rng } from '../../bench/rng';

const SET = generateHoldoutSet();

describe('the held-out binding set', () => {
  it('has at least 200 workbooks over at least 8 families, with unique ids', () => {
    expect(SET.length).toBeGreaterThanOrEqual(200);
    expect(new Set(SET.map((w) => w.family)).size).toBeGreaterThanOrEqual(8);
    expect(FAMILIES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same set on every run (seeded)', () => {
    expect(JSON.stringify(generateHoldoutSet())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldoutSet({ seed: 7 }))).not.toBe(JSON.stringify(SET));
  });

  truthChecks(SET, FIGURE_INPUTS);

  it('builds departments whose figures are consistent', () => {
    for (let i = 0; i < 300; i++) {
      const next = rng(1000 + i);
      const d = makeDepartment(next, i % 2 === 0 ? 10_000 : 1);
      for (const c of [d.budgetInitial, d.budgetAdjusted, d.expenditure, d.publicFundsActual, d.stockEnd]) {
        expect(Number.isSafeInteger(c)).toBe(true);
        expect(c % d.grain).toBe(0);
      }
      expect(d.expenditure).toBeLessThanOrEqual(d.budgetAdjusted);
      expect(d.budgetAdjusted).toBeGreaterThanOrEqual(d.budgetInitial);
      expect(d.functional.reduce((a, f) => a + f.initial, 0)).toBe(d.budgetInitial);
      expect(d.functional.reduce((a, f) => a + f.adjusted, 0)).toBe(d.budgetAdjusted);
      expect(d.functional.reduce((a, f) => a + f.actual, 0)).toBe(d.expenditure);
      expect(d.basic + d.project).toBe(d.expenditure);
      expect(d.personnel + d.publicFundsActual).toBe(d.basic);
      expect(d.incomeActual + d.carryIn).toBe(d.expenditure + d.carryOut);
      expect(d.carryOut).toBeGreaterThanOrEqual(0);
      for (const k of ['outbound', 'carPurchase', 'carRun', 'reception'] as const) {
        expect(d.tpActual[k]).toBeLessThanOrEqual(d.tpBudget[k]);
      }
      expect(sumTP(d.tpActual)).toBeLessThanOrEqual(sumTP(d.tpBudget));
      expect(sumAssets(d.assetsEnd)).toBeGreaterThan(0);
      expect(d.fixedInUse).toBeLessThanOrEqual(d.assetsEnd.fixed);
      expect(sumStaff(d.staffActual)).toBeLessThanOrEqual(sumStaff(d.staffAuthorized));
      expect(d.staffActual.admin).toBeLessThanOrEqual(d.staffAuthorized.admin);
      for (const [n, done] of [d.keyTasks, d.targets, d.projects, d.outcomes, d.disputes])
        expect(done).toBeLessThanOrEqual(n);
      expect(d.procurementActual).toBeLessThanOrEqual(d.procurementPlan);
    }
  });
});
