/**
 * The rule kinds of spec §4 at, just above and just below their bounds, with the default rule
 * set's parameters and some custom ones; and the normative point that rules are applied to the
 * *rounded* value (checked end to end through evaluate()).
 */
import { D, DEFAULT_RULE_SET, applyRule, evaluate, type Rule, type RuleSet } from '../../src/engine';
import { indicator, sampleWith } from './helpers';

type ComputedRule = Exclude<Rule, { kind: 'manual' }>;

/** Score (2 dp text) of a rule for value v (percent) and weight w. */
function score(rule: ComputedRule, v: string, w: string): string {
  const s = applyRule(rule, new D(v), new D(w)).score;
  // Every score leaves the rule rounded to 2 dp.
  expect(s.decimalPlaces()).toBeLessThanOrEqual(2);
  return s.toFixed(2);
}

function defaultRule(id: string): ComputedRule {
  const spec = DEFAULT_RULE_SET.indicators.find((i) => i.id === id);
  if (!spec || spec.rule.kind === 'manual') throw new Error(`${id} has no computed rule`);
  return spec.rule;
}

/** The default rule set with one indicator's rule replaced (weights unchanged). */
function withRule(id: string, rule: Rule): RuleSet {
  return {
    ...DEFAULT_RULE_SET,
    indicators: DEFAULT_RULE_SET.indicators.map((i) => (i.id === id ? { ...i, rule } : i)),
  };
}

describe('proportional', () => {
  const p100 = defaultRule('budget_expenditure_rate'); // proportional 100, weight 6

  it.each([
    ['100', '6.00'], // v = t: full
    ['100.01', '6.00'], // above t: capped at the weight
    ['150', '6.00'],
    ['99.99', '6.00'], // 6 × 0.9999 = 5.9994 → 6.00
    ['99.9', '5.99'], // 5.994
    ['99.25', '5.96'], // 5.955, a tie: half up
    ['98.60', '5.92'], // 5.916
    ['50', '3.00'],
    ['0', '0.00'],
    ['-5', '0.00'], // a negative value never gives a negative score
  ])('target 100, weight 6: v=%s → %s', (v, expected) => {
    expect(score(p100, v, '6')).toBe(expected);
  });

  it.each([
    ['80', '10', '10.00'],
    ['80.01', '10', '10.00'],
    ['79.99', '10', '10.00'], // 9.99875 rounds up
    ['79.6', '10', '9.95'],
    ['40', '10', '5.00'],
    ['0', '10', '0.00'],
  ])('custom target 80: v=%s, w=%s → %s', (v, w, expected) => {
    expect(score({ kind: 'proportional', target: '80' }, v, w)).toBe(expected);
  });

  it('rounds the score half up: 3 × 50.5% = 1.515 → 1.52', () => {
    expect(score(p100, '50.5', '3')).toBe('1.52');
  });
});

describe('deductAbove', () => {
  const staff = defaultRule('staff_control_rate'); // 100, 0.2 per point, weight 2
  const threePublic = defaultRule('three_public_control'); // 100, 0.5, weight 4
  const change = defaultRule('three_public_budget_change'); // 0, 0.5, weight 5

  it('default parameters: at, just below and just above the threshold', () => {
    expect(staff).toEqual({ kind: 'deductAbove', threshold: '100', perPoint: '0.2' });
    expect(score(staff, '100', '2')).toBe('2.00');
    expect(score(staff, '99.99', '2')).toBe('2.00');
    expect(score(staff, '100.01', '2')).toBe('2.00'); // 2 − 0.002 = 1.998 → 2.00
    expect(score(threePublic, '100.01', '4')).toBe('4.00'); // 4 − 0.005 = 3.995 → 4.00 (half up)
    expect(score(threePublic, '100.03', '4')).toBe('3.99'); // 4 − 0.015 = 3.985 → 3.99
  });

  it('t + 0.01 costs exactly p × 0.01 when that is visible at 2 dp', () => {
    const r: ComputedRule = { kind: 'deductAbove', threshold: '100', perPoint: '1' };
    expect(score(r, '100', '4')).toBe('4.00');
    expect(score(r, '100.01', '4')).toBe('3.99');
    expect(score(r, '99.99', '4')).toBe('4.00');
  });

  it('fractions of a point count', () => {
    expect(score(staff, '100.5', '2')).toBe('1.90');
    expect(score(threePublic, '101.25', '4')).toBe('3.38'); // 3.375 half up
    expect(score(defaultRule('public_funds_control'), '102.5', '4')).toBe('3.00');
  });

  it('a large excess floors at 0', () => {
    expect(score(threePublic, '108', '4')).toBe('0.00'); // exactly 0
    expect(score(threePublic, '150', '4')).toBe('0.00');
    expect(score(staff, '100000', '2')).toBe('0.00');
  });

  it('threshold 0 (“三公”经费变动率): negative changes keep full marks', () => {
    expect(score(change, '0', '5')).toBe('5.00');
    expect(score(change, '-0.01', '5')).toBe('5.00');
    expect(score(change, '-9.03', '5')).toBe('5.00');
    expect(score(change, '0.01', '5')).toBe('5.00'); // 4.995 → 5.00
    expect(score(change, '2', '5')).toBe('4.00');
    expect(score(change, '10', '5')).toBe('0.00');
    expect(score(change, '11', '5')).toBe('0.00');
  });
});

describe('deductBelow', () => {
  const sat = defaultRule('satisfaction'); // 90, 0.2 per point, weight 4

  it('default parameters: at, just above and just below the threshold', () => {
    expect(sat).toEqual({ kind: 'deductBelow', threshold: '90', perPoint: '0.2' });
    expect(score(sat, '90', '4')).toBe('4.00');
    expect(score(sat, '90.01', '4')).toBe('4.00');
    expect(score(sat, '100', '4')).toBe('4.00');
    expect(score(sat, '89.99', '4')).toBe('4.00'); // 3.998
    expect(score(sat, '89.97', '4')).toBe('3.99'); // 3.994
  });

  it('t − 0.01 costs exactly p × 0.01 when that is visible at 2 dp', () => {
    const r: ComputedRule = { kind: 'deductBelow', threshold: '96', perPoint: '1' };
    expect(score(r, '96', '4')).toBe('4.00');
    expect(score(r, '95.99', '4')).toBe('3.99');
    expect(score(r, '96.01', '4')).toBe('4.00');
  });

  it('fractions count and a large shortfall floors at 0', () => {
    expect(score(sat, '87.5', '4')).toBe('3.50');
    expect(score(sat, '85', '4')).toBe('3.00');
    expect(score(sat, '70', '4')).toBe('0.00');
    expect(score(sat, '0', '4')).toBe('0.00');
  });
});

describe('bandsUpTo', () => {
  const control = defaultRule('budget_control_rate'); // [0→5, 10→4, 20→3, 30→2, else 0]
  const stock = defaultRule('stock_funds_change'); // [−15→3, −10→2, 0→1, else 0]
  const carry = defaultRule('carryover_rate'); // [10→3, 20→2, 30→1, else 0]

  it.each([
    ['-10', '5.00', 0],
    ['0', '5.00', 0],
    ['0.01', '4.00', 1],
    ['10', '4.00', 1],
    ['10.01', '3.00', 2],
    ['20', '3.00', 2],
    ['20.01', '2.00', 3],
    ['30', '2.00', 3],
    ['30.01', '0.00', 4],
    ['1000', '0.00', 4],
  ])('预算控制率 v=%s → %s (band %d)', (v, expected, band) => {
    const out = applyRule(control, new D(v), new D(5));
    expect(out.score.toFixed(2)).toBe(expected);
    expect(out.band).toBe(band);
  });

  it.each([
    ['-100', '3.00'],
    ['-15.01', '3.00'],
    ['-15', '3.00'],
    ['-14.99', '2.00'],
    ['-10', '2.00'],
    ['-9.99', '1.00'],
    ['-6.53', '1.00'],
    ['0', '1.00'],
    ['0.01', '0.00'],
  ])('财政存量资金变动率 (negative bounds) v=%s → %s', (v, expected) => {
    expect(score(stock, v, '3')).toBe(expected);
  });

  it.each([
    ['0', '3.00'],
    ['10', '3.00'],
    ['10.01', '2.00'],
    ['20.01', '1.00'],
    ['30', '1.00'],
    ['30.01', '0.00'],
  ])('结转结余率 v=%s → %s', (v, expected) => {
    expect(score(carry, v, '3')).toBe(expected);
  });

  it('custom bands: fractional scores, a custom otherwise, scores above the weight kept within it', () => {
    const r: ComputedRule = {
      kind: 'bandsUpTo',
      bands: [
        { upTo: '5.5', score: '2.5' },
        { upTo: '7.25', score: '1.25' },
      ],
      otherwise: '0.75',
    };
    expect(score(r, '5.5', '3')).toBe('2.50');
    expect(score(r, '5.51', '3')).toBe('1.25');
    expect(score(r, '7.25', '3')).toBe('1.25');
    expect(score(r, '7.26', '3')).toBe('0.75');
    expect(score(r, '5.5', '2')).toBe('2.00'); // band score 2.5 above weight 2
  });
});

describe('rules are applied to the rounded value (spec §1)', () => {
  it('a raw 100.004% rounds to 100.00 and is not deducted by deductAbove 100', () => {
    // 三公 100.004 ÷ 100 → 100.004%; a steep custom rule makes any unrounded excess visible.
    const rs = withRule('three_public_control', { kind: 'deductAbove', threshold: '100', perPoint: '100' });
    const r = indicator(
      evaluate(sampleWith({ PE_ThreePublicActual: 100.004, PE_ThreePublicBudget: 100 }), { ruleSet: rs }),
      'three_public_control',
    );
    expect(r.value?.toFixed(2)).toBe('100.00');
    expect(r.score?.toFixed(2)).toBe('4.00');
  });

  it('a raw 100.005% rounds to 100.01 and is deducted for 0.01 points', () => {
    const rs = withRule('three_public_control', { kind: 'deductAbove', threshold: '100', perPoint: '100' });
    const r = indicator(
      evaluate(sampleWith({ PE_ThreePublicActual: 100.005, PE_ThreePublicBudget: 100 }), { ruleSet: rs }),
      'three_public_control',
    );
    expect(r.value?.toFixed(2)).toBe('100.01');
    expect(r.score?.toFixed(2)).toBe('3.00');
  });

  it('with default parameters too: 25001 staff on 25000 posts is 100.00%, full marks', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_StaffActual: 25001, PE_StaffAuthorized: 25000 })),
      'staff_control_rate',
    );
    expect(r.value?.toFixed(2)).toBe('100.00');
    expect(r.score?.toFixed(2)).toBe('2.00');
    expect(r.commentary).toContain('未超编');
  });

  it('a raw 99.995% rounds to 100.00 and meets deductBelow 100', () => {
    const rs = withRule('satisfaction', { kind: 'deductBelow', threshold: '100', perPoint: '100' });
    const r = indicator(evaluate(sampleWith({ PE_Satisfaction: 0.99995 }), { ruleSet: rs }), 'satisfaction');
    expect(r.value?.toFixed(2)).toBe('100.00');
    expect(r.score?.toFixed(2)).toBe('4.00');
  });

  it('a raw −14.996% rounds to −15.00 and earns the “≤−15%” band', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_StockFundsEnd: 85.004, PE_StockFundsPriorEnd: 100 })),
      'stock_funds_change',
    );
    expect(r.value?.toFixed(2)).toBe('-15.00');
    expect(r.score?.toFixed(2)).toBe('3.00');
  });

  it('a raw 0.004% 预算控制率 rounds to 0.00 and earns the “≤0%” band', () => {
    const r = indicator(
      evaluate(sampleWith({ PE_BudgetAdjusted: 100.004, PE_BudgetInitial: 100 })),
      'budget_control_rate',
    );
    expect(r.value?.toFixed(2)).toBe('0.00');
    expect(r.score?.toFixed(2)).toBe('5.00');
    const over = indicator(
      evaluate(sampleWith({ PE_BudgetAdjusted: 100.005, PE_BudgetInitial: 100 })),
      'budget_control_rate',
    );
    expect(over.value?.toFixed(2)).toBe('0.01');
    expect(over.score?.toFixed(2)).toBe('4.00');
  });

  it('proportional uses the rounded value: 99.995% is 100.00%, and the carry-over is built on it', () => {
    // Unrounded, 6 × 0.99995 would also give 6.00, so the rounding shows on the value and on
    // the carry-over (100 − 100.00 = 0.00, not 0.005).
    const e = evaluate(sampleWith({ PE_Expenditure: 99.995, PE_BudgetAdjusted: 100 }));
    expect(indicator(e, 'budget_expenditure_rate').value?.toFixed(2)).toBe('100.00');
    expect(indicator(e, 'budget_expenditure_rate').score?.toFixed(2)).toBe('6.00');
    expect(indicator(e, 'carryover_rate').value?.toFixed(2)).toBe('0.00');
  });
});
