/**
 * The value formulas of the computed indicators (spec §3): the one part of the indicator system
 * that is code. Each entry says which inputs it reads, which of them are denominators, how the
 * percentage is computed, how the figure is written out in commentary, and the same formula as
 * a live Excel expression over the named ranges (so the sheet can cross-check itself).
 *
 * Adding an indicator: one entry here (if it is computed) plus one entry in a rule set.
 */
import { D, HUNDRED, ZERO, fmtPlain, round, type Decimal } from './decimal';
import type { Label, Lang } from './labels';

/** Reads a validated numeric input by name. */
export type Figures = (name: string) => Decimal;

export interface IndicatorFormula {
  id: string;
  /** Every named input the value depends on. */
  inputs: readonly string[];
  /** Inputs whose zero value makes the formula meaningless (分母为零). */
  denominators: readonly string[];
  /** The value in percent, before rounding. */
  value(f: Figures): Decimal;
  /** The formula in words (omitted where the report's register writes only the figures). */
  symbolic?: Label;
  /** The formula with the figures filled in, e.g. 672.18÷681.72×100%. */
  numeric(f: Figures, lang: Lang): string;
  /** Short noun used in scoring sentences (支出率). */
  short: Label;
  /** Wording for "within the threshold" on deductAbove rules, e.g. 未超编. */
  within?: Label;
  /** Live Excel expression (no '='), in percent, over the named ranges. */
  excel: string;
}

const n = (f: Figures, name: string): string => fmtPlain(f(name));

/** Chinese text uses full-width parentheses, English half-width. */
const paren = (s: string, lang: Lang): string => (lang === 'zh' ? `（${s}）` : `(${s})`);

/** a ÷ b × 100 — the shape of most indicators. */
function ratio(
  id: string,
  num: string,
  den: string,
  symbolic: Label,
  short: Label,
  within?: Label,
): IndicatorFormula {
  return {
    id,
    inputs: [num, den],
    denominators: [den],
    value: (f) => f(num).div(f(den)).times(HUNDRED),
    symbolic,
    numeric: (f) => `${n(f, num)}÷${n(f, den)}×100%`,
    short,
    within,
    excel: `${num}/${den}*100`,
  };
}

/** (a − b) ÷ b × 100 — a rate of change against a base. */
function change(id: string, cur: string, base: string, symbolic: Label, short: Label): IndicatorFormula {
  return {
    id,
    inputs: [cur, base],
    denominators: [base],
    value: (f) => f(cur).minus(f(base)).div(f(base)).times(HUNDRED),
    symbolic,
    numeric: (f, lang) => paren(`${n(f, cur)}−${n(f, base)}`, lang) + `÷${n(f, base)}×100%`,
    short,
    excel: `(${cur}-${base})/${base}*100`,
  };
}

const COMPLETION: Label = { zh: '完成率', en: 'completion rate' };

export const FORMULAS: readonly IndicatorFormula[] = [
  change(
    'budget_control_rate',
    'PE_BudgetAdjusted',
    'PE_BudgetInitial',
    {
      zh: '（调整后预算数−年初预算数）÷年初预算数×100%',
      en: '(adjusted budget − initial budget) ÷ initial budget × 100%',
    },
    { zh: '预算控制率', en: 'control rate' },
  ),
  change(
    'three_public_budget_change',
    'PE_ThreePublicBudget',
    'PE_ThreePublicBudgetPrior',
    {
      zh: '（本年“三公”经费预算数−上年“三公”经费预算数）÷上年“三公”经费预算数×100%',
      en: '(this year’s “three public” budget − last year’s) ÷ last year’s × 100%',
    },
    { zh: '变动率', en: 'change' },
  ),
  ratio(
    'budget_expenditure_rate',
    'PE_Expenditure',
    'PE_BudgetAdjusted',
    { zh: '本年实际支出÷调整后预算数×100%', en: 'actual expenditure ÷ adjusted budget × 100%' },
    { zh: '支出率', en: 'the rate' },
  ),
  {
    id: 'carryover_rate',
    inputs: ['PE_Expenditure', 'PE_BudgetAdjusted'],
    denominators: ['PE_BudgetAdjusted'],
    // Built on the *rounded* expenditure rate, so the two figures on the sheet add up to 100%.
    value: (f) =>
      D.max(ZERO, HUNDRED.minus(round(f('PE_Expenditure').div(f('PE_BudgetAdjusted')).times(HUNDRED)))),
    symbolic: { zh: '100%−部门预算支出率', en: '100% − budget expenditure rate' },
    numeric: (f, lang) => {
      const rate = round(f('PE_Expenditure').div(f('PE_BudgetAdjusted')).times(HUNDRED));
      // Spending above the budget leaves nothing to carry over: say so instead of 100%−101.21%=0.00%.
      if (rate.gt(HUNDRED))
        return lang === 'zh'
          ? `100%−${rate.toFixed(2)}%<0，按0计`
          : `100%−${rate.toFixed(2)}% < 0, taken as 0`;
      return `100%−${rate.toFixed(2)}%`;
    },
    short: { zh: '结转结余率', en: 'carry-over rate' },
    excel: 'MAX(0,100-ROUND(PE_Expenditure/PE_BudgetAdjusted*100,2))',
  },
  {
    id: 'stock_funds_change',
    inputs: ['PE_StockFundsEnd', 'PE_StockFundsPriorEnd'],
    denominators: ['PE_StockFundsPriorEnd'],
    value: (f) => f('PE_StockFundsEnd').div(f('PE_StockFundsPriorEnd')).times(HUNDRED).minus(HUNDRED),
    numeric: (f, lang) =>
      paren(`${n(f, 'PE_StockFundsEnd')}÷${n(f, 'PE_StockFundsPriorEnd')}−1`, lang) + '×100%',
    short: { zh: '变动率', en: 'change' },
    excel: 'PE_StockFundsEnd/PE_StockFundsPriorEnd*100-100',
  },
  ratio(
    'procurement_rate',
    'PE_ProcurementActual',
    'PE_ProcurementPlan',
    { zh: '政府采购实际金额÷政府采购计划金额×100%', en: 'actual procurement ÷ planned procurement × 100%' },
    { zh: '执行率', en: 'the rate' },
  ),
  ratio(
    'fixed_asset_utilization',
    'PE_FixedAssetsInUse',
    'PE_AssetsFixed',
    { zh: '实际在用固定资产÷固定资产×100%', en: 'fixed assets in use ÷ fixed assets × 100%' },
    { zh: '利用率', en: 'the rate' },
  ),
  {
    ...ratio(
      'staff_control_rate',
      'PE_StaffActual',
      'PE_StaffAuthorized',
      { zh: '在编人数÷核定编制数×100%', en: 'staff on the establishment ÷ authorised establishment × 100%' },
      { zh: '控制率', en: 'the rate' },
      { zh: '未超编', en: 'within the establishment' },
    ),
    // The report writes this one with the figures only.
    symbolic: undefined,
  },
  ratio(
    'public_funds_control',
    'PE_PublicFundsActual',
    'PE_PublicFundsBudget',
    { zh: '公用经费实际支出数÷公用经费预算数×100%', en: 'public funds spent ÷ public funds budget × 100%' },
    { zh: '控制率', en: 'the rate' },
    { zh: '未超预算', en: 'within budget' },
  ),
  ratio(
    'three_public_control',
    'PE_ThreePublicActual',
    'PE_ThreePublicBudget',
    {
      zh: '“三公”经费实际支出数÷“三公”经费预算数×100%',
      en: '“three public” spending ÷ “three public” budget × 100%',
    },
    { zh: '控制率', en: 'the rate' },
    { zh: '未超预算', en: 'within budget' },
  ),
  ratio(
    'staffing_rate',
    'PE_OfficialsActual',
    'PE_OfficialsAuthorized',
    {
      zh: '编制内在职公务人员数÷行政编制数×100%',
      en: 'civil servants in post ÷ administrative posts × 100%',
    },
    { zh: '配置率', en: 'the rate' },
    { zh: '未超编', en: 'within the establishment' },
  ),
  ratio(
    'key_task_completion',
    'PE_KeyTasksDone',
    'PE_KeyTasksPlanned',
    {
      zh: '已完成重点工作任务数÷年度重点工作任务数×100%',
      en: 'key tasks completed ÷ key tasks planned × 100%',
    },
    COMPLETION,
  ),
  ratio(
    'target_completion',
    'PE_TargetsMet',
    'PE_TargetsSet',
    { zh: '完成的绩效指标数÷设定的绩效指标数×100%', en: 'targets met ÷ targets set × 100%' },
    COMPLETION,
  ),
  ratio(
    'project_timeliness',
    'PE_ProjectsOnTime',
    'PE_ProjectsTotal',
    { zh: '按时完成的项目数÷纳入考核的项目数×100%', en: 'projects on time ÷ projects assessed × 100%' },
    { zh: '及时率', en: 'the rate' },
  ),
  ratio(
    'outcome_achievement',
    'PE_OutcomesMet',
    'PE_OutcomesSet',
    { zh: '达成的效果指标数÷效果指标数×100%', en: 'outcome indicators achieved ÷ outcome indicators × 100%' },
    { zh: '达成率', en: 'the rate' },
  ),
  ratio(
    'petition_resolution',
    'PE_DisputesResolved',
    'PE_DisputesTotal',
    { zh: '调处成功数÷排查矛盾纠纷数×100%', en: 'disputes resolved ÷ disputes identified × 100%' },
    { zh: '调处成功率', en: 'the rate' },
  ),
  {
    id: 'satisfaction',
    inputs: ['PE_Satisfaction'],
    denominators: [],
    value: (f) => f('PE_Satisfaction').times(HUNDRED),
    symbolic: { zh: '满意度×100%', en: 'satisfaction × 100%' },
    numeric: (f) => `${n(f, 'PE_Satisfaction')}×100%`,
    short: { zh: '满意度', en: 'satisfaction' },
    excel: 'PE_Satisfaction*100',
  },
];

const BY_ID = new Map(FORMULAS.map((x) => [x.id, x]));

export function formulaFor(id: string): IndicatorFormula | undefined {
  return BY_ID.get(id);
}

export function pickLabel(l: Label, lang: Lang): string {
  return lang === 'en' ? l.en : l.zh;
}
