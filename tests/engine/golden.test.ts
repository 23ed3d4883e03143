/**
 * The golden sample of the spec (§8, 坪石办事处 2020): every value and score exactly as listed,
 * the total, grade and checks, and the shape of the script-facing JSON contract (§7).
 */
import { DEFAULT_RULE_SET, evaluate, toJsonResult } from '../../src/engine';
import { indicator, sampleInputs } from './helpers';

const e = evaluate(sampleInputs());

/** Spec §8 "Expected", value and score as printed. */
const COMPUTED: [id: string, value: string, score: string][] = [
  ['budget_control_rate', '9.24', '4.00'],
  ['three_public_budget_change', '-9.03', '5.00'],
  ['budget_expenditure_rate', '98.60', '5.92'],
  ['carryover_rate', '1.40', '3.00'],
  ['stock_funds_change', '-6.53', '1.00'],
  ['procurement_rate', '98.86', '1.98'],
  ['fixed_asset_utilization', '99.95', '3.00'],
  ['staff_control_rate', '93.55', '2.00'],
  ['public_funds_control', '99.41', '4.00'],
  ['three_public_control', '95.85', '4.00'],
  ['staffing_rate', '92.31', '4.00'],
  ['key_task_completion', '100.00', '3.00'],
  ['target_completion', '100.00', '3.00'],
  ['project_timeliness', '100.00', '3.00'],
  ['outcome_achievement', '100.00', '10.00'],
  ['petition_resolution', '100.00', '5.00'],
  ['satisfaction', '95.00', '4.00'],
];

/** Manual scores as entered in the sample (§2). */
const MANUAL: [id: string, score: string][] = [
  ['goal_relevance', '5.00'],
  ['goal_reasonableness', '5.00'],
  ['financial_compliance', '4.00'],
  ['info_disclosure', '4.00'],
  ['asset_safety', '2.00'],
  ['risk_control', '5.00'],
  ['institution_management', '6.00'],
];

describe('golden sample (spec §8)', () => {
  it.each(COMPUTED)('%s: value %s, score %s', (id, value, score) => {
    const r = indicator(e, id);
    expect(r.status).toBe('ok');
    expect(r.value?.toFixed(2)).toBe(value);
    expect(r.score?.toFixed(2)).toBe(score);
    expect(r.messages).toEqual([]);
  });

  it.each(MANUAL)('%s: manual score %s as entered', (id, score) => {
    const r = indicator(e, id);
    expect(r.status).toBe('manual');
    expect(r.value).toBeNull();
    expect(r.score?.toFixed(2)).toBe(score);
  });

  it('covers all 24 indicators in table order', () => {
    expect(e.indicators.map((i) => i.id)).toEqual(DEFAULT_RULE_SET.indicators.map((i) => i.id));
    expect(e.indicators).toHaveLength(24);
    const listed = new Set([...COMPUTED.map(([id]) => id), ...MANUAL.map(([id]) => id)]);
    expect(listed.size).toBe(24);
    for (const i of e.indicators) expect(listed.has(i.id)).toBe(true);
  });

  it('totals 96.90, grade 优, complete', () => {
    expect(e.total.toFixed(2)).toBe('96.90');
    expect(e.grade).toBe('优');
    expect(e.complete).toBe(true);
    expect(e.department).toBe('乐昌市人民政府坪石办事处');
    expect(e.year).toBe(2020);
    expect(e.ruleSet.id).toBe('default-2020');
    expect(e.ruleSet.name).toBe('默认指标体系（2020）');
  });

  it('weights and 一级 totals are those of spec §3', () => {
    const byLevel = new Map<string, number>();
    for (const i of e.indicators)
      byLevel.set(i.level1, (byLevel.get(i.level1) ?? 0) + Number(i.weight.toFixed()));
    expect(Object.fromEntries(byLevel)).toEqual({ 预算编制: 20, 预算执行: 40, 使用绩效: 40 });
  });

  it('checks: assets_composition and functional_expenditure_sum fail, the others pass', () => {
    const checks = Object.fromEntries(e.checks.map((c) => [c.id, c.ok]));
    expect(checks).toEqual({
      assets_composition: false,
      functional_budget_sum: true,
      functional_expenditure_sum: false,
      fixed_in_use_within_total: true,
      counts_within_base: true,
    });
    const assets = e.checks.find((c) => c.id === 'assets_composition');
    expect(assets?.message).toContain('317.00');
    expect(assets?.message).toContain('316.70');
    const fx = e.checks.find((c) => c.id === 'functional_expenditure_sum');
    expect(fx?.message).toContain('674.18');
    expect(fx?.message).toContain('672.18');
  });
});

describe('JSON result contract (spec §7)', () => {
  const json = toJsonResult(e);
  // Through real JSON text, as a script would read it.
  const parsed = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;

  it('top level has exactly the contract keys, in order', () => {
    expect(Object.keys(parsed)).toEqual([
      'department',
      'year',
      'ruleSet',
      'total',
      'grade',
      'complete',
      'indicators',
      'checks',
    ]);
    expect(parsed.department).toBe('乐昌市人民政府坪石办事处');
    expect(parsed.year).toBe(2020);
    expect(parsed.ruleSet).toBe('default-2020');
    expect(parsed.total).toBe(96.9);
    expect(parsed.grade).toBe('优');
    expect(parsed.complete).toBe(true);
  });

  it('each indicator has exactly id, weight, value, score, status, messages', () => {
    const inds = parsed.indicators as Record<string, unknown>[];
    expect(inds).toHaveLength(24);
    for (const i of inds) {
      expect(Object.keys(i)).toEqual(['id', 'weight', 'value', 'score', 'status', 'messages']);
      expect(typeof i.id).toBe('string');
      expect(typeof i.weight).toBe('number');
      expect(i.value === null || typeof i.value === 'number').toBe(true);
      expect(typeof i.score).toBe('number');
      expect(['ok', 'manual', 'error']).toContain(i.status);
      expect(Array.isArray(i.messages)).toBe(true);
    }
    const spend = inds.find((i) => i.id === 'budget_expenditure_rate');
    expect(spend).toEqual({
      id: 'budget_expenditure_rate',
      weight: 6,
      value: 98.6,
      score: 5.92,
      status: 'ok',
      messages: [],
    });
    const stock = inds.find((i) => i.id === 'stock_funds_change');
    expect(stock?.value).toBe(-6.53);
    const manual = inds.find((i) => i.id === 'financial_compliance');
    expect(manual).toEqual({
      id: 'financial_compliance',
      weight: 4,
      value: null,
      score: 4,
      status: 'manual',
      messages: [],
    });
  });

  it('each check has exactly id, ok, message', () => {
    const checks = parsed.checks as Record<string, unknown>[];
    expect(checks.map((c) => c.id)).toEqual([
      'assets_composition',
      'functional_budget_sum',
      'functional_expenditure_sum',
      'fixed_in_use_within_total',
      'counts_within_base',
    ]);
    for (const c of checks) {
      expect(Object.keys(c)).toEqual(['id', 'ok', 'message']);
      expect(typeof c.ok).toBe('boolean');
      expect(typeof c.message).toBe('string');
      expect((c.message as string).length).toBeGreaterThan(0);
    }
  });

  it('scores in the JSON add up to the total', () => {
    const sumHundredths = json.indicators.reduce((acc, i) => acc + Math.round((i.score ?? 0) * 100), 0);
    expect(sumHundredths).toBe(9690);
  });
});
