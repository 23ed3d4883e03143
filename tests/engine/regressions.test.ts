/**
 * Engine defects found by the engine tests, kept as regression tests.
 */
import { DEFAULT_RULE_SET, evaluate, inputsFromData, parseRuleSet, type InputValue } from '../../src/engine';
import { indicator, numberInput, sampleFigures, sampleWith, sampleWithValue } from './helpers';

describe('a numeric input without a number and without an error problem', () => {
  // Such an input once made evaluate() throw (a TypeError on the denominator check) instead of
  // reporting a problem. Now domainProblems reports notNumber / empty for it, and inputsFromData
  // reads a plain decimal string ("624.04") as that exact decimal.

  it('a decimal string in plain data is read as that number', () => {
    const e = evaluate(inputsFromData({ ...sampleFigures(), PE_BudgetInitial: '624.04' }));
    expect(indicator(e, 'budget_control_rate').value?.toFixed(2)).toBe('9.24');
    expect(e.total.toFixed(2)).toBe('96.90');
  });

  it('a non-numeric string in plain data is a notNumber error on the indicators that need it', () => {
    const e = evaluate(inputsFromData({ ...sampleFigures(), PE_ProcurementPlan: 'n/a' }));
    const r = indicator(e, 'procurement_rate');
    expect(r.status).toBe('error');
    expect(r.messages[0]).toContain('PE_ProcurementPlan');
    expect(r.messages[0]).toContain('n/a');
  });

  it('a hand-made value with text only, for a manual score, is an error, not a throw', () => {
    const v: InputValue = {
      name: 'PE_Score_RiskControl',
      address: '基础数据!C43',
      text: '优秀',
      problems: [],
    };
    const e = evaluate(sampleWithValue(v));
    expect(indicator(e, 'risk_control').status).toBe('error');
    expect(e.complete).toBe(false);
  });
});

describe('wording', () => {
  it('an out-of-range manual score prints a negative figure with the true minus sign like other problems', () => {
    // The detail once used toFixed() ("-1") where every other problem uses fmtPlain ("−624.04").
    const e = evaluate(sampleWithValue(numberInput('PE_Score_RiskControl', '-1', '基础数据!C43')));
    expect(indicator(e, 'risk_control').messages[0]).toContain('为 −1，');
  });

  it('the carry-over sentence does not state 100% − 101.21% = 0.00%', () => {
    // The value is max(0, 100 − rate); the sentence once wrote the subtraction without the max.
    const r = indicator(evaluate(sampleWith({ PE_Expenditure: 690 })), 'carryover_rate');
    expect(r.value?.toFixed(2)).toBe('0.00');
    expect(r.commentary).not.toContain('100%−101.21%=0.00%');
  });
});

describe('rule-set validation', () => {
  it('refuses grades that leave a complete evaluation without a grade', () => {
    // With grades [{min: 90, 优}] a complete total of 85.90 would get no grade, which the sheet
    // and pane read as "incomplete": the lowest band must start at 0 or below.
    const raw = JSON.parse(JSON.stringify(DEFAULT_RULE_SET)) as Record<string, unknown>;
    raw.grades = [{ min: '90', grade: '优' }];
    expect(parseRuleSet(raw).ok).toBe(false);
  });

  it('refuses an `otherwise` score above the weight, as it refuses such a band score', () => {
    // Band scores above the weight are refused, and so is such an `otherwise` score.
    const raw = JSON.parse(JSON.stringify(DEFAULT_RULE_SET)) as {
      indicators: { id: string; rule: Record<string, unknown> }[];
    };
    const k = raw.indicators.findIndex((i) => i.id === 'budget_control_rate');
    raw.indicators[k].rule.otherwise = '9';
    expect(parseRuleSet(raw).ok).toBe(false);
  });
});
