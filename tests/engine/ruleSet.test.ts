/**
 * Rule sets are data (spec: weights and thresholds are editable): parseRuleSet accepts the
 * default round-tripped through JSON, refuses broken ones with issues that name the indicator
 * and the field, and a custom rule set changes scores and the digest shown on the sheet.
 */
import {
  DEFAULT_RULE_SET,
  describeRuleSetIssue,
  evaluate,
  parseRuleSet,
  ruleSetDigest,
  type RuleSet,
  type RuleSetIssue,
} from '../../src/engine';
import { indicator, sampleInputs } from './helpers';

type Json = Record<string, unknown>;

/** The default rule set as plain JSON, for tests to break. */
function defaultJson(): Json & { indicators: Json[] } {
  return JSON.parse(JSON.stringify(DEFAULT_RULE_SET)) as Json & { indicators: Json[] };
}

function indexOf(id: string): number {
  const i = DEFAULT_RULE_SET.indicators.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(id);
  return i;
}

function issuesOf(raw: unknown): RuleSetIssue[] {
  const r = parseRuleSet(raw);
  if (r.ok) throw new Error('expected the rule set to be refused');
  return r.issues;
}

function accepted(raw: unknown): RuleSet {
  const r = parseRuleSet(raw);
  if (!r.ok) throw new Error(`refused: ${r.issues.map((i) => describeRuleSetIssue(i, 'en')).join('; ')}`);
  return r.ruleSet;
}

describe('accepting', () => {
  it('the default rule set round-tripped through JSON, with the same digest', () => {
    const rs = accepted(defaultJson());
    expect(rs).toEqual(DEFAULT_RULE_SET);
    expect(ruleSetDigest(rs)).toBe(ruleSetDigest(DEFAULT_RULE_SET));
    expect(evaluate(sampleInputs(), { ruleSet: rs }).total.toFixed(2)).toBe('96.90');
  });

  it('figures given as JSON numbers instead of decimal strings', () => {
    const raw = defaultJson();
    for (const i of raw.indicators) i.weight = Number(i.weight);
    const sat = raw.indicators[indexOf('satisfaction')];
    sat.rule = { kind: 'deductBelow', threshold: 90, perPoint: 0.2 };
    const rs = accepted(raw);
    expect(ruleSetDigest(rs)).toBe(ruleSetDigest(DEFAULT_RULE_SET));
  });

  it('the digest depends on the content, not the key order', () => {
    const raw = defaultJson();
    const reordered = { grades: raw.grades, indicators: raw.indicators, name: raw.name, id: raw.id };
    expect(ruleSetDigest(accepted(reordered))).toBe(ruleSetDigest(DEFAULT_RULE_SET));
  });
});

describe('refusing, naming index, indicator and field', () => {
  it('weights that do not total 100', () => {
    const raw = defaultJson();
    raw.indicators[0].weight = '6';
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(expect.objectContaining({ field: 'weight', index: undefined }));
    const text = describeRuleSetIssue(issues[0], 'zh');
    expect(text).toContain('101');
    expect(text).toContain('100');
    expect(describeRuleSetIssue(issues[0], 'en')).toContain('101');
  });

  it('bands that do not ascend', () => {
    const raw = defaultJson();
    const k = indexOf('budget_control_rate');
    raw.indicators[k].rule = {
      kind: 'bandsUpTo',
      bands: [
        { upTo: '0', score: '5' },
        { upTo: '-5', score: '4' },
      ],
      otherwise: '0',
    };
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ index: k, indicator: 'budget_control_rate', field: 'rule.bands[1]' }),
    );
    const text = describeRuleSetIssue(issues[0], 'zh');
    expect(text).toContain(`第${k + 1}个指标`);
    expect(text).toContain('budget_control_rate');
    expect(text).toContain('rule.bands[1]');
  });

  it('equal band bounds are not ascending either', () => {
    const raw = defaultJson();
    const k = indexOf('carryover_rate');
    raw.indicators[k].rule = {
      kind: 'bandsUpTo',
      bands: [
        { upTo: '10', score: '3' },
        { upTo: '10', score: '2' },
      ],
      otherwise: '0',
    };
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ index: k, field: 'rule.bands[1]' }));
  });

  it('an unknown indicator id', () => {
    const raw = defaultJson();
    raw.indicators[3].id = 'no_such_indicator';
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ index: 3, indicator: 'no_such_indicator', field: 'id' }),
    );
  });

  it('an unknown rule kind', () => {
    const raw = defaultJson();
    const k = indexOf('budget_expenditure_rate');
    raw.indicators[k].rule = { kind: 'linear', target: '100' };
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ index: k, indicator: 'budget_expenditure_rate', field: 'rule.kind' }),
    );
    expect(describeRuleSetIssue(issues[0], 'en')).toContain('linear');
  });

  it('a negative weight', () => {
    const raw = defaultJson();
    const k = indexOf('procurement_rate');
    raw.indicators[k].weight = '-2';
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ index: k, indicator: 'procurement_rate', field: 'weight' }),
    );
    expect(describeRuleSetIssue(issues[0], 'en')).toContain('negative');
  });

  it.each([['abc'], [null], [{}], ['1e5x'], [true]])('a threshold that is not a number (%j)', (threshold) => {
    const raw = defaultJson();
    const k = indexOf('staff_control_rate');
    raw.indicators[k].rule = { kind: 'deductAbove', threshold, perPoint: '0.2' };
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ index: k, indicator: 'staff_control_rate', field: 'rule.threshold' }),
    );
  });

  it('a perPoint that is not a number', () => {
    const raw = defaultJson();
    const k = indexOf('satisfaction');
    raw.indicators[k].rule = { kind: 'deductBelow', threshold: '90', perPoint: 'two tenths' };
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ index: k, field: 'rule.perPoint' }));
  });

  it('a computed rule on a manual-only indicator', () => {
    const raw = defaultJson();
    const k = indexOf('financial_compliance');
    raw.indicators[k].rule = { kind: 'proportional', target: '100' };
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ index: k, indicator: 'financial_compliance', field: 'rule.kind' }),
    );
    expect(describeRuleSetIssue(issues[0], 'zh')).toContain('manual');
  });

  it('not an object at all', () => {
    expect(parseRuleSet('default-2020').ok).toBe(false);
    expect(parseRuleSet(null).ok).toBe(false);
    expect(parseRuleSet({ id: 'x', indicators: [] }).ok).toBe(false);
  });
});

describe('a custom rule set', () => {
  const raw = defaultJson();
  raw.id = 'custom-2021';
  raw.indicators[indexOf('satisfaction')].rule = { kind: 'deductBelow', threshold: '96', perPoint: '0.2' };
  const custom = accepted(raw);
  const before = evaluate(sampleInputs());
  const after = evaluate(sampleInputs(), { ruleSet: custom });

  it('changes the score of that indicator (95% against 96%: 4 − 0.2 × 1 = 3.80) and the total', () => {
    expect(indicator(after, 'satisfaction').score?.toFixed(2)).toBe('3.80');
    expect(after.total.toFixed(2)).toBe('96.70');
    expect(after.grade).toBe('优');
    // Nothing else moved.
    after.indicators
      .filter((i) => i.id !== 'satisfaction')
      .forEach((i) => expect(i.score?.toFixed(2)).toBe(indicator(before, i.id).score?.toFixed(2)));
  });

  it('is recorded with its own id and a different digest', () => {
    expect(after.ruleSet.id).toBe('custom-2021');
    expect(after.ruleSet.digest).not.toBe(before.ruleSet.digest);
    expect(after.ruleSet.digest).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a change of figures alone (same id) changes the digest', () => {
    const same = defaultJson();
    same.indicators[indexOf('satisfaction')].rule = { kind: 'deductBelow', threshold: '96', perPoint: '0.2' };
    expect(evaluate(sampleInputs(), { ruleSet: accepted(same) }).ruleSet.digest).not.toBe(
      before.ruleSet.digest,
    );
  });

  it('custom weights move the total', () => {
    const w = defaultJson();
    w.indicators[indexOf('budget_expenditure_rate')].weight = '7'; // 7 × 0.986 = 6.902 → 6.90
    w.indicators[indexOf('outcome_achievement')].weight = '9';
    const e = evaluate(sampleInputs(), { ruleSet: accepted(w) });
    expect(indicator(e, 'budget_expenditure_rate').score?.toFixed(2)).toBe('6.90');
    expect(indicator(e, 'outcome_achievement').score?.toFixed(2)).toBe('9.00');
    expect(e.total.toFixed(2)).toBe('96.88'); // 96.90 − 5.92 − 10 + 6.90 + 9
  });
});
