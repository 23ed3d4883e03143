/**
 * The input catalog: every named range the evaluation reads (spec §2), with its label in both
 * languages and the kind of value it must hold. Validation and messages are driven by `kind`.
 */
import type { Label } from './labels';

export type InputKind =
  | 'text' // PE_DeptName
  | 'year' // PE_Year
  | 'money' // 万元, non-negative
  | 'count' // non-negative whole number
  | 'ratio' // 0–1 (PE_Satisfaction)
  | 'score' // a manual score, 0–weight (range checked against the rule set)
  | 'table'; // PE_FunctionalTable: n rows × 4 columns

export interface InputDef {
  name: string;
  label: Label;
  kind: InputKind;
  /** Unit shown next to the figure (万元, 人 …); empty for text. */
  unit: Label;
  /** Optional inputs enrich the sheet but no indicator depends on them. */
  optional?: boolean;
}

const WAN: Label = { zh: '万元', en: '10k CNY' };
const REN: Label = { zh: '人', en: 'persons' };
const XIANG: Label = { zh: '项', en: 'items' };
const GE: Label = { zh: '个', en: 'items' };
const JIAN: Label = { zh: '件', en: 'cases' };
const FEN: Label = { zh: '分', en: 'points' };
const NONE: Label = { zh: '', en: '' };

function money(name: string, zh: string, en: string): InputDef {
  return { name, label: { zh, en }, kind: 'money', unit: WAN };
}
function count(name: string, zh: string, en: string, unit: Label): InputDef {
  return { name, label: { zh, en }, kind: 'count', unit };
}
function score(name: string, zh: string, en: string): InputDef {
  return { name, label: { zh, en }, kind: 'score', unit: FEN };
}

export const INPUTS: readonly InputDef[] = [
  {
    name: 'PE_DeptName',
    label: { zh: '部门（单位）名称', en: 'Department name' },
    kind: 'text',
    unit: NONE,
    optional: true,
  },
  {
    name: 'PE_Year',
    label: { zh: '评价年度', en: 'Evaluation year' },
    kind: 'year',
    unit: NONE,
    optional: true,
  },
  money('PE_BudgetInitial', '年初预算数', 'Initial budget'),
  money('PE_BudgetAdjusted', '调整后预算数（全年预算数）', 'Adjusted budget (full-year budget)'),
  money('PE_Expenditure', '本年实际支出数', 'Actual expenditure this year'),
  money('PE_ThreePublicBudget', '本年“三公”经费预算数', '“Three public” budget this year'),
  money('PE_ThreePublicBudgetPrior', '上年“三公”经费预算数', '“Three public” budget last year'),
  money('PE_ThreePublicActual', '本年“三公”经费实际支出数', '“Three public” actual spending this year'),
  money('PE_PublicFundsBudget', '公用经费预算数', 'Public funds budget'),
  money('PE_PublicFundsActual', '公用经费实际支出数', 'Public funds actual spending'),
  money('PE_StockFundsEnd', '本年末财政存量资金', 'Fiscal stock funds at year end'),
  money('PE_StockFundsPriorEnd', '上年末财政存量资金', 'Fiscal stock funds at last year end'),
  money('PE_ProcurementPlan', '政府采购计划金额', 'Government procurement plan'),
  money('PE_ProcurementActual', '政府采购实际金额', 'Government procurement actual'),
  money('PE_AssetsTotal', '资产总额', 'Total assets'),
  money('PE_AssetsCurrent', '流动资产', 'Current assets'),
  money('PE_AssetsFixed', '固定资产', 'Fixed assets'),
  money('PE_AssetsIntangible', '无形资产', 'Intangible assets'),
  money('PE_AssetsInProgress', '在建工程', 'Construction in progress'),
  money('PE_AssetsOther', '其他资产', 'Other assets'),
  money('PE_FixedAssetsInUse', '实际在用固定资产', 'Fixed assets in use'),
  count('PE_StaffActual', '本年度在编人数（含工勤）', 'Staff on the establishment (incl. support)', REN),
  count('PE_StaffAuthorized', '核定编制数（含工勤）', 'Authorised establishment (incl. support)', REN),
  count('PE_OfficialsActual', '编制内在职公务人员数', 'Civil servants in post', REN),
  count('PE_OfficialsAuthorized', '行政编制数', 'Authorised administrative posts', REN),
  count('PE_KeyTasksPlanned', '年度重点工作任务数', 'Key tasks planned', XIANG),
  count('PE_KeyTasksDone', '已完成重点工作任务数', 'Key tasks completed', XIANG),
  count('PE_TargetsSet', '设定的绩效指标数', 'Performance targets set', GE),
  count('PE_TargetsMet', '完成的绩效指标数', 'Performance targets met', GE),
  count('PE_ProjectsTotal', '纳入考核的项目数', 'Projects assessed', GE),
  count('PE_ProjectsOnTime', '按时完成的项目数', 'Projects completed on time', GE),
  count('PE_OutcomesSet', '效果指标数', 'Outcome indicators', GE),
  count('PE_OutcomesMet', '达成的效果指标数', 'Outcome indicators achieved', GE),
  count('PE_DisputesTotal', '排查矛盾纠纷数', 'Disputes identified', JIAN),
  count('PE_DisputesResolved', '调处成功数', 'Disputes resolved', JIAN),
  {
    name: 'PE_Satisfaction',
    label: { zh: '公众或服务对象满意度', en: 'Public or client satisfaction' },
    kind: 'ratio',
    unit: NONE,
  },
  score(
    'PE_Score_GoalRelevance',
    '人工评分：工作计划与职能、中期规划的相关程度',
    'Manual score: relevance of the work plan to functions and mid-term plan',
  ),
  score(
    'PE_Score_GoalReasonableness',
    '人工评分：绩效目标、指标的相关性与合理性',
    'Manual score: relevance and reasonableness of targets',
  ),
  score('PE_Score_FinancialCompliance', '人工评分：财务合规性', 'Manual score: financial compliance'),
  score(
    'PE_Score_InfoDisclosure',
    '人工评分：预决算信息公开',
    'Manual score: budget and final-account disclosure',
  ),
  score('PE_Score_AssetSafety', '人工评分：资产管理安全性', 'Manual score: asset safety'),
  score('PE_Score_RiskControl', '人工评分：风险控制', 'Manual score: risk control'),
  score('PE_Score_Institutions', '人工评分：制度管理', 'Manual score: institutional management'),
  {
    name: 'PE_FunctionalTable',
    label: { zh: '按功能分类的收支表', en: 'Expenditure by functional classification' },
    kind: 'table',
    unit: WAN,
    optional: true,
  },
];

const BY_NAME = new Map(INPUTS.map((d) => [d.name, d]));

export function inputDef(name: string): InputDef | undefined {
  return BY_NAME.get(name);
}

export const INPUT_NAMES: readonly string[] = INPUTS.map((d) => d.name);

/** Number of columns of PE_FunctionalTable: 科目名称, 年初预算数, 本年决算数, 上年决算数. */
export const FUNCTIONAL_TABLE_COLUMNS = 4;
