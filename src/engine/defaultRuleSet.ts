/**
 * The built-in rule set `default-2020` (spec §3). Weights and thresholds marked "assumed" in the
 * spec are the product's defaults and can be overridden by a rule set the user supplies.
 */
import type { IndicatorSpec, Rule, RuleSet } from './ruleSet';
import type { Label } from './labels';

const L1 = {
  prep: { zh: '预算编制', en: 'Budget preparation' },
  exec: { zh: '预算执行', en: 'Budget execution' },
  perf: { zh: '使用绩效', en: 'Performance of use' },
} satisfies Record<string, Label>;

const L2 = {
  goals: { zh: '目标设定', en: 'Goal setting' },
  alloc: { zh: '预算配置', en: 'Budget allocation' },
  funds: { zh: '资金管理', en: 'Fund management' },
  assets: { zh: '资产管理', en: 'Asset management' },
  staff: { zh: '人员管理', en: 'Staff management' },
  risk: { zh: '风险控制', en: 'Risk control' },
  inst: { zh: '制度管理', en: 'Institutional management' },
  economy: { zh: '经济性', en: 'Economy' },
  efficiency: { zh: '效率性', en: 'Efficiency' },
  effect: { zh: '效果性', en: 'Effectiveness' },
  equity: { zh: '公平性', en: 'Equity' },
} satisfies Record<string, Label>;

const manual = (input: string): Rule => ({ kind: 'manual', input });
const proportional: Rule = { kind: 'proportional', target: '100' };
const above = (threshold: string, perPoint: string): Rule => ({ kind: 'deductAbove', threshold, perPoint });

function ind(
  id: string,
  level1: Label,
  level2: Label,
  zh: string,
  en: string,
  weight: string,
  rule: Rule,
): IndicatorSpec {
  return { id, level1, level2, name: { zh, en }, weight, rule };
}

export const DEFAULT_RULE_SET: RuleSet = {
  id: 'default-2020',
  name: { zh: '默认指标体系（2020）', en: 'Default indicator system (2020)' },
  indicators: [
    ind(
      'goal_relevance',
      L1.prep,
      L2.goals,
      '年度工作计划与部门职能、中期规划的相关程度',
      'Relevance of the annual plan to functions and mid-term plan',
      '5',
      manual('PE_Score_GoalRelevance'),
    ),
    ind(
      'goal_reasonableness',
      L1.prep,
      L2.goals,
      '年度绩效目标、指标的相关性与合理性',
      'Relevance and reasonableness of annual targets',
      '5',
      manual('PE_Score_GoalReasonableness'),
    ),
    ind('budget_control_rate', L1.prep, L2.alloc, '预算控制率', 'Budget control rate', '5', {
      kind: 'bandsUpTo',
      bands: [
        { upTo: '0', score: '5' },
        { upTo: '10', score: '4' },
        { upTo: '20', score: '3' },
        { upTo: '30', score: '2' },
      ],
      otherwise: '0',
    }),
    ind(
      'three_public_budget_change',
      L1.prep,
      L2.alloc,
      '“三公”经费变动率',
      '“Three public” budget change',
      '5',
      above('0', '0.5'),
    ),
    ind(
      'budget_expenditure_rate',
      L1.exec,
      L2.funds,
      '部门预算支出率',
      'Budget expenditure rate',
      '6',
      proportional,
    ),
    ind('carryover_rate', L1.exec, L2.funds, '结转结余率', 'Carry-over rate', '3', {
      kind: 'bandsUpTo',
      bands: [
        { upTo: '10', score: '3' },
        { upTo: '20', score: '2' },
        { upTo: '30', score: '1' },
      ],
      otherwise: '0',
    }),
    ind('stock_funds_change', L1.exec, L2.funds, '财政存量资金变动率', 'Change in fiscal stock funds', '3', {
      kind: 'bandsUpTo',
      bands: [
        { upTo: '-15', score: '3' },
        { upTo: '-10', score: '2' },
        { upTo: '0', score: '1' },
      ],
      otherwise: '0',
    }),
    ind(
      'procurement_rate',
      L1.exec,
      L2.funds,
      '政府采购执行率',
      'Government procurement execution rate',
      '2',
      proportional,
    ),
    ind(
      'financial_compliance',
      L1.exec,
      L2.funds,
      '财务合规性',
      'Financial compliance',
      '4',
      manual('PE_Score_FinancialCompliance'),
    ),
    ind(
      'info_disclosure',
      L1.exec,
      L2.funds,
      '预决算信息公开',
      'Budget and final-account disclosure',
      '4',
      manual('PE_Score_InfoDisclosure'),
    ),
    ind(
      'asset_safety',
      L1.exec,
      L2.assets,
      '资产管理安全性',
      'Asset safety',
      '2',
      manual('PE_Score_AssetSafety'),
    ),
    ind(
      'fixed_asset_utilization',
      L1.exec,
      L2.assets,
      '固定资产利用率',
      'Fixed asset utilisation',
      '3',
      proportional,
    ),
    ind(
      'staff_control_rate',
      L1.exec,
      L2.staff,
      '财政供养人员控制率',
      'Funded staff control rate',
      '2',
      above('100', '0.2'),
    ),
    ind('risk_control', L1.exec, L2.risk, '风险控制', 'Risk control', '5', manual('PE_Score_RiskControl')),
    ind(
      'institution_management',
      L1.exec,
      L2.inst,
      '制度管理',
      'Institutional management',
      '6',
      manual('PE_Score_Institutions'),
    ),
    ind(
      'public_funds_control',
      L1.perf,
      L2.economy,
      '公用经费控制率',
      'Public funds control rate',
      '4',
      above('100', '0.4'),
    ),
    ind(
      'three_public_control',
      L1.perf,
      L2.economy,
      '“三公”经费控制率',
      '“Three public” spending control rate',
      '4',
      above('100', '0.5'),
    ),
    ind(
      'staffing_rate',
      L1.perf,
      L2.economy,
      '人员配置率（编制内在职公务人员控制率）',
      'Staffing rate (civil servants in post vs. posts)',
      '4',
      above('100', '0.4'),
    ),
    ind(
      'key_task_completion',
      L1.perf,
      L2.efficiency,
      '重点工作完成率',
      'Key task completion rate',
      '3',
      proportional,
    ),
    ind(
      'target_completion',
      L1.perf,
      L2.efficiency,
      '绩效目标完成率',
      'Performance target completion rate',
      '3',
      proportional,
    ),
    ind(
      'project_timeliness',
      L1.perf,
      L2.efficiency,
      '项目完成及时性',
      'Project timeliness',
      '3',
      proportional,
    ),
    ind(
      'outcome_achievement',
      L1.perf,
      L2.effect,
      '效果指标达成率',
      'Outcome achievement rate',
      '10',
      proportional,
    ),
    ind(
      'petition_resolution',
      L1.perf,
      L2.equity,
      '群众信访办理情况（矛盾纠纷调处成功率）',
      'Petitions handled (dispute resolution rate)',
      '5',
      proportional,
    ),
    ind('satisfaction', L1.perf, L2.equity, '公众或服务对象满意度', 'Public or client satisfaction', '4', {
      kind: 'deductBelow',
      threshold: '90',
      perPoint: '0.2',
    }),
  ],
  grades: [
    { min: '90', grade: '优' },
    { min: '80', grade: '良' },
    { min: '60', grade: '中' },
    { min: '0', grade: '差' },
  ],
};
