/**
 * 四舍五入 (ROUND_HALF_UP, ties away from zero) through round(), through indicator values that
 * land exactly on a tie, conversion of spreadsheet numbers, and a total that is the sum of the
 * *rounded* scores (spec §1).
 */
import { D, evaluate, fmt2, fromNumber, round } from '../../src/engine';
import { indicator, sampleWith } from './helpers';

describe('round()', () => {
  it.each([
    ['2.775', '2.78'],
    ['-6.525', '-6.53'],
    ['0.005', '0.01'],
    ['-0.005', '-0.01'],
    ['2.774999', '2.77'],
    ['-2.774999', '-2.77'],
    ['98.595', '98.60'],
    ['1.985', '1.99'],
  ])('%s → %s', (x, expected) => {
    expect(round(new D(x)).toFixed(2)).toBe(expected);
  });

  it('rounds to other places when asked', () => {
    expect(round(new D('1.2345'), 3).toFixed()).toBe('1.235');
    expect(round(new D('-1.2345'), 3).toFixed()).toBe('-1.235');
    expect(round(new D('0.5'), 0).toFixed()).toBe('1');
  });

  it('prints negatives with a true minus sign', () => {
    expect(fmt2(round(new D('-6.525')))).toBe('−6.53');
    expect(fmt2(new D('2.775'))).toBe('2.78');
  });
});

describe('indicator values that land on a tie', () => {
  it('stock funds 93.475 ÷ 100 → −6.525% → −6.53%', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_StockFundsEnd: 93.475, PE_StockFundsPriorEnd: 100 })),
      'stock_funds_change',
    );
    expect(r.value?.toFixed(2)).toBe('-6.53');
    expect(r.commentary).toContain('=−6.53%');
  });

  it('“三公” budget (93.475 − 100) ÷ 100 → −6.525% → −6.53%', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_ThreePublicBudget: 93.475, PE_ThreePublicBudgetPrior: 100 })),
      'three_public_budget_change',
    );
    expect(r.value?.toFixed(2)).toBe('-6.53');
  });

  it('budget control (102.775 − 100) ÷ 100 → 2.775% → 2.78%', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_BudgetAdjusted: 102.775, PE_BudgetInitial: 100 })),
      'budget_control_rate',
    );
    expect(r.value?.toFixed(2)).toBe('2.78');
  });

  it('budget control 0.005% → 0.01% (and loses the “≤0%” band)', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_BudgetAdjusted: 100.005, PE_BudgetInitial: 100 })),
      'budget_control_rate',
    );
    expect(r.value?.toFixed(2)).toBe('0.01');
    expect(r.score?.toFixed(2)).toBe('4.00');
  });

  it('stock funds 99.995 ÷ 100 → −0.005% → −0.01%', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_StockFundsEnd: 99.995, PE_StockFundsPriorEnd: 100 })),
      'stock_funds_change',
    );
    expect(r.value?.toFixed(2)).toBe('-0.01');
  });
});

describe('numbers from a spreadsheet', () => {
  it('fromNumber(672.18) is exactly 672.18, not its binary neighbour', () => {
    expect((672.18).toFixed(20)).not.toBe('672.18000000000000000000'); // the float is not exact
    const x = fromNumber(672.18);
    expect(x.toFixed(20)).toBe('672.18000000000000000000');
    expect(x.eq(new D('672.18'))).toBe(true);
  });

  it('keeps the figure as entered (8.795, 13, 0.95)', () => {
    expect(fromNumber(8.795).toFixed()).toBe('8.795');
    expect(fromNumber(13.0).toFixed()).toBe('13');
    expect(fromNumber(0.95).times(100).toFixed()).toBe('95');
  });
});

describe('the total is the sum of the rounded scores', () => {
  // Three proportional indicators whose unrounded scores end in …5:
  // 支出率 676.5891 ÷ 681.72 = 99.25% → 6 × 0.9925 = 5.955 → 5.96
  // 采购 99.25 ÷ 100 → 2 × 0.9925 = 1.985 → 1.99
  // 固定资产 99.25 ÷ 100 → 3 × 0.9925 = 2.9775 → 2.98
  const e = evaluate(
    sampleWith({
      PE_Expenditure: 676.5891,
      PE_ProcurementActual: 99.25,
      PE_ProcurementPlan: 100,
      PE_FixedAssetsInUse: 99.25,
      PE_AssetsFixed: 100,
    }),
  );

  it('each score is rounded half up', () => {
    expect(indicator(e, 'budget_expenditure_rate').value?.toFixed(2)).toBe('99.25');
    expect(indicator(e, 'budget_expenditure_rate').score?.toFixed(2)).toBe('5.96');
    expect(indicator(e, 'procurement_rate').score?.toFixed(2)).toBe('1.99');
    expect(indicator(e, 'fixed_asset_utilization').score?.toFixed(2)).toBe('2.98');
  });

  it('total 96.93 = sum of rounded scores (the unrounded sum would round to 96.92)', () => {
    // 96.90 − 5.92 − 1.98 − 3.00 + 5.96 + 1.99 + 2.98 = 96.93
    expect(e.total.toFixed(2)).toBe('96.93');
    const sum = e.indicators.reduce((acc, i) => acc.plus(i.score ?? 0), new D(0));
    expect(sum.toFixed(2)).toBe('96.93');
    expect(e.total.eq(sum)).toBe(true);
  });
});
