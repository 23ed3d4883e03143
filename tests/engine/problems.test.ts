/**
 * Input problems (spec §5): each is reported on every indicator that needs the input, and only
 * those, worded with the label, the range name, the cell and what is wrong, in both languages.
 * The evaluation is then incomplete; checks with problem inputs are not checkable.
 */
import {
  D,
  INPUTS,
  evaluate,
  problem,
  type Evaluation,
  type InputValue,
  type Inputs,
  type Lang,
} from '../../src/engine';
import { brokenInput, indicator, numberInput, sampleInputs, sampleWithValue, sampleWithout } from './helpers';

/** Which indicators read which input, written out from spec §3 (not derived from the engine). */
const NEEDS: Record<string, string[]> = {
  PE_BudgetInitial: ['budget_control_rate'],
  PE_BudgetAdjusted: ['budget_control_rate', 'budget_expenditure_rate', 'carryover_rate'],
  PE_Expenditure: ['budget_expenditure_rate', 'carryover_rate'],
  PE_ThreePublicBudget: ['three_public_budget_change', 'three_public_control'],
  PE_ThreePublicBudgetPrior: ['three_public_budget_change'],
  PE_ThreePublicActual: ['three_public_control'],
  PE_PublicFundsBudget: ['public_funds_control'],
  PE_PublicFundsActual: ['public_funds_control'],
  PE_StockFundsEnd: ['stock_funds_change'],
  PE_StockFundsPriorEnd: ['stock_funds_change'],
  PE_ProcurementPlan: ['procurement_rate'],
  PE_ProcurementActual: ['procurement_rate'],
  PE_AssetsTotal: [],
  PE_AssetsCurrent: [],
  PE_AssetsFixed: ['fixed_asset_utilization'],
  PE_AssetsIntangible: [],
  PE_AssetsInProgress: [],
  PE_AssetsOther: [],
  PE_FixedAssetsInUse: ['fixed_asset_utilization'],
  PE_StaffActual: ['staff_control_rate'],
  PE_StaffAuthorized: ['staff_control_rate'],
  PE_OfficialsActual: ['staffing_rate'],
  PE_OfficialsAuthorized: ['staffing_rate'],
  PE_KeyTasksPlanned: ['key_task_completion'],
  PE_KeyTasksDone: ['key_task_completion'],
  PE_TargetsSet: ['target_completion'],
  PE_TargetsMet: ['target_completion'],
  PE_ProjectsTotal: ['project_timeliness'],
  PE_ProjectsOnTime: ['project_timeliness'],
  PE_OutcomesSet: ['outcome_achievement'],
  PE_OutcomesMet: ['outcome_achievement'],
  PE_DisputesTotal: ['petition_resolution'],
  PE_DisputesResolved: ['petition_resolution'],
  PE_Satisfaction: ['satisfaction'],
  PE_Score_GoalRelevance: ['goal_relevance'],
  PE_Score_GoalReasonableness: ['goal_reasonableness'],
  PE_Score_FinancialCompliance: ['financial_compliance'],
  PE_Score_InfoDisclosure: ['info_disclosure'],
  PE_Score_AssetSafety: ['asset_safety'],
  PE_Score_RiskControl: ['risk_control'],
  PE_Score_Institutions: ['institution_management'],
};

/** Which checks read which input (spec §6). */
const COUNTS = [
  'PE_KeyTasksPlanned',
  'PE_KeyTasksDone',
  'PE_TargetsSet',
  'PE_TargetsMet',
  'PE_ProjectsTotal',
  'PE_ProjectsOnTime',
  'PE_OutcomesSet',
  'PE_OutcomesMet',
  'PE_DisputesTotal',
  'PE_DisputesResolved',
];
const CHECK_NEEDS: Record<string, string[]> = {
  assets_composition: [
    'PE_AssetsTotal',
    'PE_AssetsCurrent',
    'PE_AssetsFixed',
    'PE_AssetsIntangible',
    'PE_AssetsInProgress',
    'PE_AssetsOther',
  ],
  functional_budget_sum: ['PE_BudgetInitial', 'PE_FunctionalTable'],
  functional_expenditure_sum: ['PE_Expenditure', 'PE_FunctionalTable'],
  fixed_in_use_within_total: ['PE_FixedAssetsInUse', 'PE_AssetsFixed'],
  counts_within_base: COUNTS,
};
const GOLDEN_CHECKS: Record<string, boolean> = {
  assets_composition: false,
  functional_budget_sum: true,
  functional_expenditure_sum: false,
  fixed_in_use_within_total: true,
  counts_within_base: true,
};

/** A cell address per input, as the sample workbook's 基础数据 sheet would give. */
const addr = (name: string): string => `基础数据!C${INPUTS.findIndex((d) => d.name === name) + 1}`;
const labelOf = (name: string, lang: Lang): string => {
  const d = INPUTS.find((x) => x.name === name);
  if (!d) throw new Error(name);
  return lang === 'zh' ? d.label.zh : d.label.en;
};

const errorIds = (e: Evaluation): string[] =>
  e.indicators
    .filter((i) => i.status === 'error')
    .map((i) => i.id)
    .sort();

describe('a problem reaches exactly the indicators that need the input', () => {
  it('the map above covers every required input of the catalog', () => {
    const required = INPUTS.filter((d) => !d.optional)
      .map((d) => d.name)
      .sort();
    expect(Object.keys(NEEDS).sort()).toEqual(required);
  });

  it.each(Object.entries(NEEDS))('%s empty → errors on %j', (name, ids) => {
    const e = evaluate(sampleWithValue(brokenInput(name, 'empty', addr(name))));
    expect(errorIds(e)).toEqual([...ids].sort());
    for (const id of ids) {
      const r = indicator(e, id);
      expect(r.score).toBeNull();
      expect(r.value).toBeNull();
      expect(r.messages).toEqual([`“${labelOf(name, 'zh')}”（${name}，${addr(name)}）为空。`]);
    }
    // Checks that read the input are not checkable; the others keep their golden result.
    for (const c of e.checks) {
      const expected = CHECK_NEEDS[c.id].includes(name) ? null : GOLDEN_CHECKS[c.id];
      expect([c.id, c.ok]).toEqual([c.id, expected]);
    }
    if (ids.length) {
      expect(e.complete).toBe(false);
      expect(e.grade).toBeNull();
    } else {
      // Inputs read only by checks do not stop the evaluation.
      expect(e.complete).toBe(true);
      expect(e.grade).toBe('优');
    }
    const scored = e.indicators.reduce((acc, i) => acc.plus(i.score ?? 0), new D(0));
    expect(e.total.eq(scored)).toBe(true);
  });
});

/** One case per problem of spec §5: the input, its value, and what the message must say. */
interface Case {
  title: string;
  value: InputValue | 'absent';
  name: string;
  /** Fragments the message must contain, besides label, name and cell. */
  zh: string[];
  en: string[];
  /** Whether the message names a cell (no cell when the name does not exist). */
  hasCell?: boolean;
}

const B = 'PE_BudgetInitial';
const CASES: Case[] = [
  {
    title: 'missing name',
    name: B,
    value: 'absent',
    zh: ['在工作簿中不存在'],
    en: ['does not exist in the workbook'],
    hasCell: false,
  },
  {
    title: 'invalidRef (#REF!)',
    name: B,
    value: brokenInput(B, 'invalidRef', addr(B), { detail: '#REF!' }),
    zh: ['无效引用', '#REF!'],
    en: ['invalid reference', '#REF!'],
  },
  {
    title: 'multiCell',
    name: B,
    value: brokenInput(B, 'multiCell', '基础数据!C3:D4'),
    zh: ['多个单元格', '基础数据!C3:D4'],
    en: ['more than one cell', '基础数据!C3:D4'],
  },
  { title: 'empty', name: B, value: brokenInput(B, 'empty', addr(B)), zh: ['为空'], en: ['is empty'] },
  {
    title: 'excelError #DIV/0!',
    name: B,
    value: brokenInput(B, 'excelError', addr(B), { detail: '#DIV/0!' }),
    zh: ['错误值 #DIV/0!'],
    en: ['error value #DIV/0!'],
  },
  {
    title: 'excelError #N/A',
    name: B,
    value: brokenInput(B, 'excelError', addr(B), { detail: '#N/A' }),
    zh: ['错误值 #N/A'],
    en: ['error value #N/A'],
  },
  {
    title: 'notNumber',
    name: B,
    value: brokenInput(B, 'notNumber', addr(B), { detail: '六百万' }),
    zh: ['“六百万”', '不是数字'],
    en: ['"六百万"', 'not a number'],
  },
  {
    title: 'boolean',
    name: B,
    value: brokenInput(B, 'boolean', addr(B), { detail: 'TRUE' }),
    zh: ['逻辑值 TRUE', '不是数字'],
    en: ['logical value TRUE', 'not a number'],
  },
  {
    title: 'negative money',
    name: B,
    value: numberInput(B, '-624.04', addr(B)),
    zh: ['负数', '624.04'],
    en: ['negative', '624.04'],
  },
  {
    title: 'negative count',
    name: 'PE_StaffActual',
    value: numberInput('PE_StaffActual', '-29', addr('PE_StaffActual')),
    zh: ['负数', '29'],
    en: ['negative', '29'],
  },
  {
    title: 'non-integer count',
    name: 'PE_StaffActual',
    value: numberInput('PE_StaffActual', '29.5', addr('PE_StaffActual')),
    zh: ['29.5', '整数'],
    en: ['29.5', 'whole number'],
  },
  {
    title: 'satisfaction above 1',
    name: 'PE_Satisfaction',
    value: numberInput('PE_Satisfaction', '1.2', addr('PE_Satisfaction')),
    zh: ['1.2', '超出允许范围 0–1'],
    en: ['1.2', 'outside the allowed range 0–1'],
  },
  {
    title: 'satisfaction below 0',
    name: 'PE_Satisfaction',
    value: numberInput('PE_Satisfaction', '-0.1', addr('PE_Satisfaction')),
    zh: ['0.1', '超出允许范围 0–1'],
    en: ['0.1', 'outside the allowed range 0–1'],
  },
  {
    title: 'manual score above its weight',
    name: 'PE_Score_AssetSafety',
    value: numberInput('PE_Score_AssetSafety', '3', addr('PE_Score_AssetSafety')),
    zh: ['为 3', '0–2'],
    en: ['is 3', '0–2'],
  },
  {
    title: 'negative manual score',
    name: 'PE_Score_RiskControl',
    value: numberInput('PE_Score_RiskControl', '-1', addr('PE_Score_RiskControl')),
    zh: ['1，超出允许范围 0–5'],
    en: ['1, outside the allowed range 0–5'],
  },
];

describe.each(CASES)('$title', (c) => {
  const inputs: Inputs = c.value === 'absent' ? sampleWithout(c.name) : sampleWithValue(c.value);
  const ids = NEEDS[c.name];

  it.each(['zh', 'en'] as Lang[])(
    'errors on the indicators that need %s-worded input, naming label, name, cell and fault',
    (lang) => {
      const e = evaluate(inputs, { lang });
      expect(errorIds(e)).toEqual([...ids].sort());
      for (const id of ids) {
        const r = indicator(e, id);
        expect(r.status).toBe('error');
        expect(r.score).toBeNull();
        expect(r.messages).toHaveLength(1);
        const m = r.messages[0];
        expect(m).toContain(labelOf(c.name, lang));
        expect(m).toContain(c.name);
        if (c.hasCell !== false && c.value !== 'absent') expect(m).toContain(c.value.address ?? '');
        for (const frag of lang === 'zh' ? c.zh : c.en) expect(m).toContain(frag);
        expect(r.commentary).toContain(lang === 'zh' ? '（无法计算）' : '(Not computable)');
        expect(r.commentary).toContain(m);
      }
      expect(e.complete).toBe(false);
      expect(e.grade).toBeNull();
      const scored = e.indicators.filter((i) => i.score !== null);
      expect(scored).toHaveLength(24 - ids.length);
      expect(e.total.eq(scored.reduce((acc, i) => acc.plus(i.score ?? 0), new D(0)))).toBe(true);
    },
  );
});

describe('a number stored as text (warning)', () => {
  const value: InputValue = {
    name: B,
    address: addr(B),
    number: new D('624.04'),
    problems: [problem('textNumber', B, { address: addr(B), detail: ' 624.04 ' })],
  };

  it.each(['zh', 'en'] as Lang[])('keeps the value, scores the indicator and says so (%s)', (lang) => {
    const e = evaluate(sampleWithValue(value), { lang });
    const r = indicator(e, 'budget_control_rate');
    expect(r.status).toBe('ok');
    expect(r.value?.toFixed(2)).toBe('9.24');
    expect(r.score?.toFixed(2)).toBe('4.00');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toContain(labelOf(B, lang));
    expect(r.messages[0]).toContain(B);
    expect(r.messages[0]).toContain(addr(B));
    expect(r.messages[0]).toContain(lang === 'zh' ? '以文本形式存储的数字' : 'number stored as text');
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(e.complete).toBe(true);
    expect(e.total.toFixed(2)).toBe('96.90');
    expect(e.grade).toBe('优');
    // The budget check still runs on the kept value.
    expect(e.checks.find((x) => x.id === 'functional_budget_sum')?.ok).toBe(true);
  });
});

describe('zero denominators (分母为零)', () => {
  it('PE_ProcurementPlan = 0 gives exactly the spec §9 sentence', () => {
    const e = evaluate(sampleWithValue(numberInput('PE_ProcurementPlan', '0', '基础数据!C12')));
    const r = indicator(e, 'procurement_rate');
    expect(r.status).toBe('error');
    expect(r.commentary).toBe(
      '（无法计算）政府采购执行率：“政府采购计划金额”（PE_ProcurementPlan，基础数据!C12）为0，分母为零。',
    );
    expect(r.messages).toEqual(['“政府采购计划金额”（PE_ProcurementPlan，基础数据!C12）为0，分母为零。']);
    expect(errorIds(e)).toEqual(['procurement_rate']);
    expect(e.complete).toBe(false);
    expect(e.grade).toBeNull();
    expect(e.total.toFixed(2)).toBe('94.92'); // 96.90 − 1.98
  });

  it('and in English', () => {
    const e = evaluate(sampleWithValue(numberInput('PE_ProcurementPlan', '0', '基础数据!C12')), {
      lang: 'en',
    });
    const r = indicator(e, 'procurement_rate');
    expect(r.messages).toEqual([
      '"Government procurement plan" (PE_ProcurementPlan, 基础数据!C12) is 0: the denominator is zero.',
    ]);
  });

  // Only the indicators where the input is the denominator fail; as a numerator 0 is a value.
  it.each([
    ['PE_BudgetInitial', ['budget_control_rate']],
    ['PE_BudgetAdjusted', ['budget_expenditure_rate', 'carryover_rate']],
    ['PE_ThreePublicBudgetPrior', ['three_public_budget_change']],
    ['PE_ThreePublicBudget', ['three_public_control']],
    ['PE_PublicFundsBudget', ['public_funds_control']],
    ['PE_StockFundsPriorEnd', ['stock_funds_change']],
    ['PE_AssetsFixed', ['fixed_asset_utilization']],
    ['PE_StaffAuthorized', ['staff_control_rate']],
    ['PE_OfficialsAuthorized', ['staffing_rate']],
    ['PE_KeyTasksPlanned', ['key_task_completion']],
    ['PE_TargetsSet', ['target_completion']],
    ['PE_ProjectsTotal', ['project_timeliness']],
    ['PE_OutcomesSet', ['outcome_achievement']],
    ['PE_DisputesTotal', ['petition_resolution']],
  ])('%s = 0 → errors on %j only', (name, ids) => {
    const e = evaluate(sampleWithValue(numberInput(name, '0', addr(name))));
    expect(errorIds(e)).toEqual([...ids].sort());
    for (const id of ids) expect(indicator(e, id).messages[0]).toContain('分母为零');
  });

  it('a zero numerator is a value, not a problem', () => {
    const e = evaluate(
      sampleWithValue(numberInput('PE_ThreePublicBudget', '0', addr('PE_ThreePublicBudget'))),
    );
    const change = indicator(e, 'three_public_budget_change');
    expect(change.status).toBe('ok');
    expect(change.value?.toFixed(2)).toBe('-100.00');
    expect(change.score?.toFixed(2)).toBe('5.00');
  });
});

describe('bounds that are allowed', () => {
  it.each([
    ['PE_Satisfaction', '0', 'satisfaction', '0.00'],
    ['PE_Satisfaction', '1', 'satisfaction', '4.00'],
    ['PE_Score_AssetSafety', '0', 'asset_safety', '0.00'],
    ['PE_Score_AssetSafety', '2', 'asset_safety', '2.00'],
    ['PE_Score_AssetSafety', '1.5', 'asset_safety', '1.50'],
  ])('%s = %s is accepted', (name, v, id, score) => {
    const r = indicator(evaluate(sampleWithValue(numberInput(name, v, addr(name)))), id);
    expect(r.status).not.toBe('error');
    expect(r.score?.toFixed(2)).toBe(score);
  });
});

describe('checks and the functional table', () => {
  it('several problems on one indicator are all listed', () => {
    const inputs = {
      ...sampleInputs(),
      PE_StaffActual: brokenInput('PE_StaffActual', 'empty', addr('PE_StaffActual')),
      PE_StaffAuthorized: brokenInput('PE_StaffAuthorized', 'excelError', addr('PE_StaffAuthorized'), {
        detail: '#N/A',
      }),
    };
    const r = indicator(evaluate(inputs), 'staff_control_rate');
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]).toContain('PE_StaffActual');
    expect(r.messages[1]).toContain('#N/A');
  });

  it('without the functional table the two functional checks are not listed', () => {
    const e = evaluate(sampleInputs({ functional: false }));
    expect(e.checks.map((c) => c.id)).toEqual([
      'assets_composition',
      'fixed_in_use_within_total',
      'counts_within_base',
    ]);
    expect(e.complete).toBe(true);
    expect(e.total.toFixed(2)).toBe('96.90');
  });

  it('a functional table with a problem makes both functional checks not checkable', () => {
    const table: InputValue = {
      name: 'PE_FunctionalTable',
      address: '功能分类!A2:C5',
      problems: [
        problem('tableShape', 'PE_FunctionalTable', { address: '功能分类!A2:C5', detail: '4 行 × 3 列' }),
      ],
    };
    const e = evaluate(sampleWithValue(table));
    const byId = Object.fromEntries(e.checks.map((c) => [c.id, c.ok]));
    expect(byId.functional_budget_sum).toBeNull();
    expect(byId.functional_expenditure_sum).toBeNull();
    expect(byId.assets_composition).toBe(false);
    expect(e.complete).toBe(true); // no indicator reads the table
  });

  it('a not-checkable check says which input stops it and is not a pass', () => {
    const e = evaluate(sampleWithValue(brokenInput('PE_AssetsOther', 'empty', addr('PE_AssetsOther'))));
    const c = e.checks.find((x) => x.id === 'assets_composition');
    expect(c?.ok).toBeNull();
    expect(c?.message).toContain('PE_AssetsOther');
    expect(c?.message).toContain('无法检查');
  });
});
