/**
 * The label catalog: for each input, how finance clerks label its figure in 部门决算 / 部门预算
 * tables and provincial 自评表 templates. Labels are data: adding a wording is one string here.
 *
 * Three ways a figure is named:
 * - `labels`: the label alone names it (年初预算数 beside or above the figure);
 * - `grid`: a row and a column heading together name it (合计 × 预算数 in a “三公”经费 table),
 *   optionally only in a table about `topic` (its title, sheet name or sibling row headings);
 * - `refuse`: words that, found in the figure's row or column headings or its table's title,
 *   mean it is another figure (上年决算数 beside 本年决算数, 年初数 beside 期末数).
 */
import type { InputKind } from '../inputs';
import { normaliseLabel } from './normalise';
import { AUDITED_SPENDING_ROWS, auditedColumn } from './auditWorkpapers';
import { CONTRACT_COLS } from './procurementTables';
import {
  DETAIL_NOT_TOPIC,
  DETAIL_PUBLIC_FUNDS_COLS,
  DETAIL_TOPIC,
  DETAIL_TOTAL_COLS,
  DETAIL_WITH_COLS,
  THREE_PUBLIC_DECLARED_COLS,
} from './exportHead';
import {
  PROCUREMENT_LINE_ACTUAL_COLS,
  PROCUREMENT_LINE_PLAN_COLS,
  PROCUREMENT_LINE_ROWS,
} from './budgetComparison';

export interface GridRule {
  rows: string[];
  cols: string[];
  /** Words one of which the table's title, sheet name, headings or row labels must hold. */
  topic?: string[];
  /** Words none of which the table's title or sheet name may hold (决算 for a budget's column). */
  notTopic?: string[];
  /**
   * The row word must be the figure's own row label, never a heading above it: 小计 down a
   * “三公” list is its total, 小计 heading a column under 公务用车 is one of the three.
   */
  rowLabelOnly?: boolean;
  /** Row labels (whole keys) that, beside the row, make it a part: 小计 under a 合计 line. */
  notBeside?: string[];
  /**
   * The column word must be the column's own (lowest) heading: 预算指标 merged over 年初预算 |
   * 追加（减） | 调整后预算 heads a group of columns, not one figure.
   */
  ownHeading?: boolean;
  /** The row must follow a 科目编码 starting with one of these (7101 行政支出 in a 科目余额表). */
  codes?: string[];
  /** Words of the heading row that refuse the column: 本期借方 beside 本年累计借方 is one month. */
  notWithCols?: string[];
  /** Words every one of which the heading row must hold (基本支出 and 项目支出 beside a 合计 column). */
  withCols?: string[];
  /**
   * The pair names the figure in a clerk's list too, where rows of other tables (资产, “三公”)
   * stand in the same column: such rows refuse every other grid rule (see match.ts).
   */
  list?: boolean;
}

export interface LabelRule {
  name: string;
  kind: InputKind;
  labels: string[];
  grid?: GridRule[];
  /** Substrings of a heading or title that refuse the figure. */
  refuse: string[];
  /** Substrings of the table's title or sheet name that refuse the figure (another table's). */
  refuseTopic: string[];
  /** Substrings of the table's other row labels that refuse it (因公出国 rows: a “三公” table). */
  refuseSiblings: string[];
  /** Column headings that confirm a figure found by its row label (期末数 for a balance). */
  confirm: string[];
  /** Row labels refused when the table's other row labels hold one of `siblings`. */
  refuseRowsBeside?: Array<{ rows: string[]; siblings: string[] }>;
  /** 科目编码 prefixes whose account is never the figure (1601 固定资产 holds 原值). */
  refuseCodes?: string[];
}

const THREE_PUBLIC = ['三公', '因公出国', '公务接待', '公务用车'];
const STAFF = ['编制', '人员', '人数'];
const ASSETS = ['资产'];

/** Tables whose 合计 and 预算数 are not the department's whole budget. */
const NOT_WHOLE_BUDGET = [
  ...THREE_PUBLIC,
  '公用经费',
  '基本支出',
  '资产',
  '采购',
  '存量',
  '编制',
  '人员',
  '项目支出',
  '政府性基金',
  '国有资本',
];
/** Row labels that show a table is not the department's budget overview. */
const OTHER_TABLE_ROWS = ['因公出国', '公务接待', '公务用车', '流动资产', '固定资产', '在建工程', '无形资产'];
/** Headings that are never the figure itself. */
const NEVER = [
  '行次',
  '栏次',
  '序号',
  '编码',
  '科目代码',
  '增减',
  '变动',
  '比上年',
  '同比',
  '差额',
  '比例',
  '占比',
  '率',
  '百分比',
  '说明',
  '备注',
  '原因',
];
const PRIOR = ['上年', '上一年', '去年', '上期'];
/** The whole of a procurement table (政府采购支出 is the 财决附03 line over 货物 / 工程 / 服务). */
const PROCUREMENT_ROWS = [
  '政府采购',
  '政府采购合计',
  '合计',
  '总计',
  '政府采购总计',
  '政府采购支出',
  '政府采购支出合计',
];
/**
 * A month-by-month “三公” 执行 sheet sums its four lines in a 小计 row. Only as the row's own
 * label, and not beside a 合计 (then 小计 is 公务用车's part), see GridRule.rowLabelOnly.
 */
const threePublicSubtotal = (cols: string[]): GridRule => ({
  rows: ['小计'],
  cols,
  topic: THREE_PUBLIC,
  rowLabelOnly: true,
  notBeside: THREE_PUBLIC_TOTAL_ROWS,
});
const THREE_PUBLIC_TOTAL_ROWS = [
  '合计',
  '三公经费合计',
  '三公经费',
  '三公经费支出合计',
  '三公经费支出',
  '总计',
];
/**
 * The rows that hold the “三公” whole against a budget, actual or prior column: the total rows and
 * the 小计s. A “三公” table drawn sideways opens its item columns with 小计 (match.ts reads a 小计
 * under a group heading as that group's subtotal, never as this).
 */
const THREE_PUBLIC_WHOLE_ROWS = [...THREE_PUBLIC_TOTAL_ROWS, '三公经费小计', '小计'];

const BUDGET_TOTAL_ROWS = [
  '合计',
  '总计',
  '支出合计',
  '本年支出合计',
  '支出总计',
  '部门支出合计',
  '收支总计',
  '本年收支合计',
  '全部支出合计',
  // The department's total of a table by unit.
  '部门合计',
  '本部门合计',
  '全部门合计',
  '汇总',
  // The 资金 block of a 自评表: its first row is the whole, its 其中 rows the sources.
  '年度资金总额',
  '资金总额',
  '总额',
  '预算资金总额',
  // A treasury execution export by unit: the unit's own total line.
  '本单位合计',
];
/**
 * The 总计 of a 收入支出决算总表 adds the carry-over (年初 / 年末结转和结余) to the year's
 * income and spending: beside such rows it is not the year's budget or spending. A 上年结转
 * income line alone (a 预算批复's 收支 list) is no such row: it is spent within the year's
 * budget, and the 支出总计 under it is that budget.
 */
const GRAND_TOTAL_BESIDE_CARRY = [
  { rows: ['总计', '收支总计', '支出总计', '收入总计'], siblings: ['结余', '结转下年', '年末结转'] },
];
const INITIAL = [
  '年初预算数',
  '年初预算',
  '预算数',
  '年初预算金额',
  '年初批复预算数',
  '年初批复预算',
  '年初预算安排数',
  '本年年初预算数',
  '年初部门预算数',
  '年初预算支出',
  '部门年初预算数',
  // A 部门预算批复: the 批复数 column is the budget approved at the start of the year.
  '批复数',
  '年初批复数',
  '预算批复数',
  '本年批复数',
  '批复金额',
  // A clerk's data sheet (指标 | 数值 | 单位): the approved budget in the clerk's words.
  '年初预算批复数',
  '部门年初预算',
];
/**
 * The spending accounts of a 科目余额表 (see PE_Expenditure) and their codes: 7101 行政支出 /
 * 7201 事业支出 on the 预算会计 side of the 政府会计制度; 5001 事业支出 (事业单位会计制度) and 5001
 * 经费支出 (行政单位会计制度) in books kept before it. Code and name together: 5001 is 业务活动费用,
 * an accrual cost, under the 政府会计制度.
 */
const LEDGER_SPENDING = ['行政支出', '事业支出', '经费支出'];
const LEDGER_SPENDING_CODES = ['7101', '7201', '5001'];
/** A 预算执行 export's whole-year 指标 column (see PE_BudgetAdjusted). */
const EXECUTION_INDICATOR = ['预算指标', '全年指标', '指标总额', '指标合计', '全年预算指标', '调整后指标'];
const ADJUSTED = [
  '调整后预算数',
  '调整预算数',
  '全年预算数',
  '全年(调整)预算数',
  '调整后预算',
  '全年预算',
  '调整后全年预算数',
  '全年预算(调整后)',
  '调整后预算金额',
  '全年调整预算数',
  '预算调整后金额',
  '年度调整后预算',
  '年度调整后预算数',
  // A 事业单位's own 预决算对比 sheet.
  '预算数(调整后)',
  // 全年预算（含追加） reads as 全年预算: a trailing (含…) is dropped by normaliseLabel.
];
const ACTUAL = [
  '本年支出',
  '实际支出数',
  '决算数',
  '本年决算数',
  '全年执行数',
  '预算执行数',
  '本年实际支出数',
  '本年实际支出',
  '实际支出',
  '支出决算数',
  '本年决算',
  '执行数',
  '实际执行数',
  '本年支出数',
  '全年实际支出数',
  '决算支出数',
  '本年决算支出数',
  // A clerk's own list.
  '全年支出数',
  '全年支出',
  // A 自评表's execution column (a heading beside a label is read only when it is a label too).
  '全年实际执行数',
  '全年实际支出',
  '全年实际支出数',
  // A 基本数字表 strip's heading.
  '本年决算支出',
];
/**
 * A 事业单位's actual column (实际完成数 / 本年实际数 beside 预算数): read only in a table, a total
 * or 公用经费 row against it. Alone, 实际完成数 heads a 自评表's indicator column (counts).
 */
const UNIT_ACTUAL_COLS = ['实际完成数', '本年实际数', '本年实际完成数'];
/** 公用经费 as a 事业单位 names its row (the 经济分类 商品和服务支出 it mostly is). */
const PUBLIC_FUNDS_ROWS = [
  '公用经费',
  '公用经费合计',
  '日常公用经费',
  '公用经费支出',
  '商品和服务支出(公用经费)',
  '日常公用经费支出',
];
const BUDGET_COLS = [
  '预算数',
  '本年预算数',
  '年初预算数',
  '全年预算数',
  '预算',
  '本年预算',
  '预算金额',
  '年初预算',
  '批复数',
  '本年批复数',
  '批复金额',
  '年度预算',
  '年度预算数',
];
const ACTUAL_COLS = [
  '决算数',
  '实际支出数',
  '本年决算数',
  '实际支出',
  '支出数',
  '执行数',
  '本年支出',
  '本年实际支出',
  '实际执行数',
  '决算',
  '支出决算数',
  // The funds block of a 自评表: 全年执行数 beside 全年预算数.
  '全年执行数',
  '全年实际执行数',
  '预算执行数',
];
const BALANCE_COLS = [
  '期末数',
  '年末数',
  '期末余额',
  '年末余额',
  '本年末数',
  '账面数',
  '期末账面数',
  '年末账面数',
  '本年年末数',
  '期末',
  '本年末',
];
const OPENING = ['年初数', '年初余额', '期初数', '期初余额', '年初'];
const AUTHORIZED = [
  '核定编制数',
  '编制数',
  '核定编制',
  '编制人数',
  '编制总数',
  '核定编制人数',
  '核定编制数(含工勤)',
  '核定编制数(含工勤人员)',
  '编制数(含工勤)',
  '核定编制(含工勤)',
  '核定编制(含工勤人员)',
  '人员编制',
  '人员编制数',
];
/**
 * A 事业单位 has no 行政编制: its 核定事业编制 is its whole establishment. Beside a 行政 line (a
 * department's list of both) it is one part only, see refuseRowsBeside.
 */
const UNIT_AUTHORIZED = ['核定编制数(事业编制)', '核定事业编制', '核定事业编制数'];
const IN_POST = [
  '实有人数',
  '在编人数',
  '本年度在编人数',
  '在职人数',
  '实有在编人数',
  '年末实有人数',
  '在编在岗人数',
  '年末在编人数',
  '在编人数(含工勤)',
  '本年度在编人数(含工勤)',
  '本年度在编人数(含工勤人员)',
  '实有人数(含工勤)',
  '实际人数',
  '在编实有人数',
  // 基本数字表 heading: the staff in post, the 在编 in brackets.
  '实有人数(在编)',
  '年末在编实有人数',
  '在职在编人数',
  // A 事业单位's staff sheet: the staff on the establishment, beside 编制外 / 聘用 columns.
  '实有在编',
  '编制内实有人数',
  '编制内在职人数',
];
/**
 * An HR system's 人员增减变动统计表 (人员类别 | 年初人数 | 本年增加 | 本年减少 | 年末人数 | 全年平均人数):
 * the 年末人数 of the 编制内 row is the in-post count, of the 公务员（行政编制） row the officials'.
 * Its 总计 counts the 编制外 staff too, its 年初 and 平均 columns are other figures.
 */
const STAFF_CHANGE_YEAR_END = ['年末人数', '期末人数', '年末在职人数'];
const STAFF_CHANGE_IN_POST_ROWS = [
  '在编人员',
  '编制内人员',
  '编制内',
  '编制内人员小计',
  '在编人员小计',
  '编制内人员合计',
  '在编人员合计',
];
const STAFF_CHANGE_OFFICIAL_ROWS = [
  '公务员(行政编制)',
  '行政编制人员',
  '公务员',
  '行政编制公务员',
  '行政编制',
];

function rule(
  name: string,
  kind: InputKind,
  labels: string[],
  extra: Partial<Omit<LabelRule, 'name' | 'kind' | 'labels'>> = {},
): LabelRule {
  return {
    name,
    kind,
    labels,
    grid: extra.grid,
    refuse: extra.refuse ?? [],
    refuseTopic: extra.refuseTopic ?? [],
    refuseSiblings: extra.refuseSiblings ?? [],
    confirm: extra.confirm ?? [],
    refuseRowsBeside: extra.refuseRowsBeside,
    refuseCodes: extra.refuseCodes ?? [],
  };
}

/**
 * The indicator table of a 自评表 (三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分): one row names a
 * pair of counts (重点工作任务完成数, 项目按时完成数 …), its target column holds the first (the
 * tasks planned) and its 实际完成值 column the second (the tasks done). So each half refuses the
 * other's column, and a label of either half read in such a table takes the column's half.
 */
const TARGET_COLS = [
  '年度指标值',
  '指标值',
  '年度目标值',
  '目标值',
  '计划值',
  '预期指标值',
  '预期目标值',
  '全年指标值',
];
const DONE_COLS = [
  '实际完成值',
  '完成值',
  '实际值',
  '实际完成数',
  '年度完成值',
  '实际完成情况',
  '完成情况',
  '全年实际完成值',
  '实际完成',
];
/** Substrings of a heading that name the target column (a bare 指标值 may head any list's values). */
const TARGET = ['年度指标值', '目标值', '计划值', '预期指标值'];
const DONE = ['实际完成', '完成值', '实际值'];
/** A 自评表's weight and score columns hold points, never a count or a rate. */
const SCORE = ['分值', '得分', '权重', '满分'];

const money = (name: string, labels: string[], extra: Partial<LabelRule> = {}): LabelRule =>
  rule(name, 'money', labels, { ...extra, refuse: [...NEVER, ...(extra.refuse ?? [])] });
const count = (name: string, labels: string[], extra: Partial<LabelRule> = {}): LabelRule =>
  rule(name, 'count', labels, {
    ...extra,
    refuse: [...NEVER, ...PRIOR, ...SCORE, ...(extra.refuse ?? [])],
  });

/**
 * A clerk's table of work counts (项目 | 计划数 | 完成数, or drawn sideways: the counted things as
 * columns, rows 目标数 / 实际完成数): the columns of its two halves. A bare name of what is
 * counted (考核项目（个）, 效果指标, 矛盾纠纷（件）) names the pair only against these columns, so
 * it never reads a 自评表's indicator categories as counts.
 */
const COUNT_TARGET_COLS = [
  ...TARGET_COLS,
  '计划数',
  '目标数',
  '年初设定数',
  '设定数',
  '计划',
  '目标',
  '年初目标数',
  '年初计划数',
];
const COUNT_DONE_COLS = [...DONE_COLS, '完成数', '达成数', '完成', '实际达成数', '已完成数', '已完成'];
/** Substrings of a count table's column of the other half. */
const COUNT_TARGET = ['计划数', '目标数', '设定数'];
const COUNT_DONE = ['完成数', '达成数'];

function pair(
  [first, second]: [string, string],
  [firstLabels, secondLabels]: [string[], string[]],
  rows: string[],
  counted: string[] = [],
): LabelRule[] {
  return [
    count(first, firstLabels, {
      grid: [
        { rows, cols: TARGET_COLS },
        { rows: counted, cols: COUNT_TARGET_COLS },
      ],
      refuse: [...DONE, ...COUNT_DONE],
      confirm: COUNT_TARGET_COLS,
    }),
    count(second, secondLabels, {
      grid: [
        { rows, cols: DONE_COLS },
        { rows: counted, cols: COUNT_DONE_COLS },
      ],
      refuse: [...TARGET, ...COUNT_TARGET],
      confirm: COUNT_DONE_COLS,
    }),
  ];
}

const assetRows = (labels: string[]): GridRule[] => [{ rows: labels, cols: BALANCE_COLS, topic: ASSETS }];
/**
 * The flow columns of a 科目余额表 (本期借方, 本年累计贷方, 本期发生额 over 借方 | 贷方) and an
 * asset's credit side: a balance is read in its 期末余额 (借方) column only.
 */
const LEDGER_FLOWS = ['贷方', '本期借方', '累计借方', '发生额'];
/**
 * Asset accounts that a 科目余额表 keeps at 原值, their depreciation or amortisation in an account
 * of its own: 1601 固定资产 and 1701 无形资产 of the 政府会计制度, 1501 / 1601 of the older
 * 事业单位会计制度. Their balance is never the net figure an evaluation asks for.
 */
const GROSS_ASSET_CODES = ['1501', '1601', '1701'];
const asset = (
  name: string,
  labels: string[],
  grid: GridRule[] = [],
  refuseCodes: string[] = [],
): LabelRule =>
  money(name, labels, {
    grid: [...assetRows(labels), ...grid],
    refuse: [...PRIOR, ...OPENING, '原值', '累计折旧', '折旧', '摊销', '负债', '净资产', ...LEDGER_FLOWS],
    confirm: BALANCE_COLS,
    refuseCodes,
  });

/** Manual scores: the indicator's row in a 自评表 template, in its 得分 column. */
const score = (name: string, rows: string[]): LabelRule =>
  rule(
    name,
    'score',
    rows.map((r) => `人工评分:${r}`),
    {
      grid: [{ rows, cols: ['得分', '自评得分', '评价得分', '评分', '实际得分', '分数'] }],
      refuse: [...NEVER, '分值', '权重', '满分', '标准分', '指标值'],
    },
  );

export const LABEL_RULES: readonly LabelRule[] = [
  rule(
    'PE_DeptName',
    'text',
    [
      '部门名称',
      '单位名称',
      '部门(单位)名称',
      '部门(单位)',
      '预算单位名称',
      '预算单位',
      '填报单位',
      '部门',
      '单位(部门)名称',
      '编制单位',
    ],
    {
      refuse: ['主管', '上级'],
    },
  ),
  rule('PE_Year', 'year', ['评价年度', '年度', '预算年度', '决算年度', '所属年度', '评价年份', '年份']),
  money('PE_BudgetInitial', INITIAL, {
    grid: [
      { rows: BUDGET_TOTAL_ROWS, cols: INITIAL },
      // 预算执行 exports: the 指标 issued at the start of the year.
      { rows: BUDGET_TOTAL_ROWS, cols: ['年初指标', '年初预算指标'], ownHeading: true },
      // 部门收支总表 of a 预算公开: 本年支出合计 under a 金额 column is the year's budget.
      {
        rows: ['本年支出合计', '支出合计'],
        cols: ['金额', '本年数'],
        topic: ['预算', '收支总表'],
        notTopic: ['决算'],
      },
      // A budget system's 支出预算明细: its 合计 line × 合计 column (exportHead.ts).
      {
        rows: ['合计', '总计'],
        cols: DETAIL_TOTAL_COLS,
        topic: DETAIL_TOPIC,
        notTopic: DETAIL_NOT_TOPIC,
        withCols: DETAIL_WITH_COLS,
      },
    ],
    refuse: [...PRIOR, '调整', '全年', '基本支出', '项目支出', '结转'],
    refuseTopic: NOT_WHOLE_BUDGET,
    refuseSiblings: OTHER_TABLE_ROWS,
    refuseRowsBeside: GRAND_TOTAL_BESIDE_CARRY,
  }),
  money('PE_BudgetAdjusted', ADJUSTED, {
    grid: [
      { rows: BUDGET_TOTAL_ROWS, cols: ADJUSTED },
      // 预算执行 exports of the 预算管理一体化 system: the 指标 the year's spending runs against
      // (年初指标 plus 追加追减) is the adjusted budget; 指标余额 is what is left, no budget.
      { rows: BUDGET_TOTAL_ROWS, cols: EXECUTION_INDICATOR, ownHeading: true },
    ],
    refuse: [...PRIOR, '年初', '基本支出', '项目支出', '预算调整数', '调整数'],
    refuseTopic: NOT_WHOLE_BUDGET,
    refuseSiblings: OTHER_TABLE_ROWS,
    refuseRowsBeside: GRAND_TOTAL_BESIDE_CARRY,
  }),
  money('PE_Expenditure', ACTUAL, {
    grid: [
      { rows: BUDGET_TOTAL_ROWS, cols: ACTUAL },
      // A budget-execution export: 支出 over 本月 | 累计; the year's spending is the running total.
      {
        rows: BUDGET_TOTAL_ROWS,
        cols: [
          '累计支出',
          '累计支出数',
          '本年累计支出数',
          '本年累计支出',
          '1-12月累计',
          '1-12月累计支出',
          '本年累计',
          // 国库集中支付 exports: the running total paid out by the year's end.
          '全年累计支出',
          '累计支付',
          '本年累计支付',
          '全年累计支付',
        ],
      },
      // 财决03 支出决算表: 合计 row × 本年支出合计 | 基本支出 | 项目支出 columns. Only in a 决算
      // table: the same columns of a 预算 table are the budget.
      { rows: BUDGET_TOTAL_ROWS, cols: ['本年支出合计', '支出合计', '合计', '本年支出'], topic: ['决算'] },
      { rows: ['本年支出合计', '支出合计'], cols: ['金额', '本年数'], topic: ['决算'] },
      { rows: BUDGET_TOTAL_ROWS, cols: UNIT_ACTUAL_COLS },
      // A 科目余额表: the spending account (LEDGER_SPENDING) debited over the year.
      // Beside 本年累计借方, 本期借方 is the last period only.
      {
        rows: LEDGER_SPENDING,
        codes: LEDGER_SPENDING_CODES,
        cols: ['本年累计借方', '本年借方累计', '借方累计'],
      },
      {
        rows: LEDGER_SPENDING,
        codes: LEDGER_SPENDING_CODES,
        cols: ['本期借方', '本期发生额', '借方发生额', '本期借方发生额'],
        notWithCols: ['本年累计', '借方累计'],
      },
      // A 支出 export's own column (a PivotTable's 求和项:支出数 over it): 支出数 beside the budget.
      { rows: BUDGET_TOTAL_ROWS, cols: ['支出数'] },
      // A clerk's data sheet lists the budget on rows of its own (年初预算数, 调整后预算数) beside
      // assets and “三公” lines: there 本年支出合计 under 金额 / 数值 / this year's column is the
      // spending (in a 预算 收支总表, with no budget row beside it, it is the budget).
      {
        rows: ['本年支出合计'],
        cols: ['金额', '数值', '本年', '本年数'],
        topic: ['年初预算', '调整后预算', '全年预算', '预算批复'],
        list: true,
      },
      // An audit firm's 支出审定表: the 审定数 column (auditWorkpapers.ts).
      auditedColumn(AUDITED_SPENDING_ROWS),
    ],
    // A spending is never a credit, nor an opening balance (期初余额 of the 12th period: 1–11月).
    refuse: [...PRIOR, '预算', '基本支出', '项目支出', '结转', '结余', '贷方', '年初余额', '期初余额'],
    refuseTopic: NOT_WHOLE_BUDGET,
    refuseSiblings: OTHER_TABLE_ROWS,
    refuseRowsBeside: GRAND_TOTAL_BESIDE_CARRY,
  }),
  money(
    'PE_ThreePublicBudget',
    [
      '三公经费预算数',
      '本年三公经费预算数',
      '三公经费预算',
      '三公经费年初预算数',
      '三公经费全年预算数',
      '本年三公经费预算',
      '三公经费预算金额',
      // A clerk's data sheet.
      '三公经费年初预算',
    ],
    {
      grid: [
        {
          rows: THREE_PUBLIC_WHOLE_ROWS,
          // 全年预算: a month-by-month 执行 sheet's budget for the year (the “三公” are not adjusted).
          cols: [...BUDGET_COLS, '全年预算'],
          topic: THREE_PUBLIC,
        },
        threePublicSubtotal([...BUDGET_COLS, '全年预算']),
        // A “三公” 申报表 (上年预算数 | 本年申报数 rows): the year's declared budget, unless a 批复 row
        // beside it gives the approved one (exportHead.ts).
        {
          rows: THREE_PUBLIC_WHOLE_ROWS,
          cols: THREE_PUBLIC_DECLARED_COLS,
          topic: THREE_PUBLIC,
          notTopic: ['决算'],
          notBeside: ['本年批复数', '批复数', '本年预算数', '预算数', '本年预算'],
        },
        // A “三公”经费预算表 with year columns (2023年 | 2024年): the table's own year.
        {
          rows: ['合计', '三公经费合计', '三公经费', '三公经费支出合计', '总计'],
          cols: ['本年', '本年数', '本年度'],
          topic: ['三公经费预算', '三公预算'],
          notTopic: ['决算'],
        },
      ],
      refuse: [...PRIOR, '决算', '实际', '执行'],
    },
  ),
  money(
    'PE_ThreePublicBudgetPrior',
    [
      '上年三公经费预算数',
      '上年三公经费预算',
      '上年度三公经费预算数',
      '上年三公经费预算金额',
      '上年度三公经费预算',
    ],
    {
      grid: [
        {
          rows: THREE_PUBLIC_WHOLE_ROWS,
          cols: ['上年预算数', '上年预算', '上年度预算数', '上年预算金额', '上年批复数'],
          topic: THREE_PUBLIC,
        },
        {
          rows: ['合计', '三公经费合计', '三公经费', '三公经费支出合计', '总计'],
          cols: ['上年', '上年数', '上年度'],
          topic: ['三公经费预算', '三公预算'],
          notTopic: ['决算'],
        },
        // A two-year list: the budget line under its 上年 column (a year column before the
        // table's own year reads as 上年, see match.ts).
        {
          rows: [
            '三公经费预算数',
            '三公经费预算',
            '三公经费预算金额',
            '本年三公经费预算数',
            '三公经费年初预算',
          ],
          cols: ['上年', '上年数', '上年度', '上年同期数', '上年预算数', '上年金额'],
        },
      ],
      refuse: ['决算', '实际', '执行'],
    },
  ),
  money(
    'PE_ThreePublicActual',
    [
      '三公经费实际支出数',
      '本年三公经费实际支出数',
      '三公经费决算数',
      '三公经费实际支出',
      '三公经费支出决算数',
      '本年三公经费决算数',
      '三公经费执行数',
      '三公经费支出数',
      '本年三公经费实际支出',
      '本年三公经费支出数',
      // A clerk's list: 三公经费支出 beside 三公经费预算 (a 预算 heading refuses it in a table).
      '三公经费支出',
      // A 近五年 comparison's row beside “三公”经费预算: the 决算 of the same figure.
      '三公经费决算',
    ],
    {
      grid: [
        {
          rows: THREE_PUBLIC_WHOLE_ROWS,
          cols: ACTUAL_COLS,
          topic: THREE_PUBLIC,
        },
        // 财决附03 机构运行信息表: “三公”经费支出 × 预算数 | 统计数; 统计数 is the year's spending.
        { rows: ['三公经费支出', '三公经费支出合计', '三公经费合计'], cols: ['统计数'] },
        // A spending table by quarter (一季度 … 四季度 | 全年合计): the year's sum is the spending.
        {
          rows: THREE_PUBLIC_TOTAL_ROWS,
          cols: [
            '全年合计',
            '全年累计',
            '本年累计',
            '全年支出',
            '全年执行',
            '全年执行数',
            '累计支出',
            '1-12月累计',
            // A month-by-month 执行 sheet: 1月 … 12月 | 累计.
            '累计',
          ],
          topic: THREE_PUBLIC,
          notTopic: ['预算表'],
        },
        threePublicSubtotal([...ACTUAL_COLS, '累计', '累计支出', '全年合计', '全年累计', '本年累计']),
        // An audit firm's “三公” 审定表: the 审定数 column (auditWorkpapers.ts).
        auditedColumn(['三公经费', '三公经费支出', '三公经费合计', '三公经费支出合计']),
      ],
      refuse: [...PRIOR, '预算'],
    },
  ),
  money(
    'PE_PublicFundsBudget',
    [
      '公用经费预算数',
      '公用经费预算',
      '本年公用经费预算数',
      '公用经费年初预算数',
      '日常公用经费预算数',
      '日常公用经费预算',
      // A clerk's data sheet.
      '公用经费年初预算',
      '公用经费年初预算数',
    ],
    {
      grid: [
        { rows: ['公用经费', '公用经费合计', '日常公用经费', '公用经费支出'], cols: BUDGET_COLS },
        // A 事业单位's 预决算对比: its 定额 公用经费 is not adjusted, the year's column holds it too.
        { rows: PUBLIC_FUNDS_ROWS, cols: [...BUDGET_COLS, ...ADJUSTED] },
        // 一般公共预算基本支出表: 合计 row × 人员经费 | 公用经费 columns.
        {
          rows: ['合计', '总计'],
          cols: ['公用经费', '日常公用经费'],
          topic: ['预算', '批复'],
          notTopic: ['决算'],
        },
        // The same table with a flat head (基本支出-公用经费), exportHead.ts.
        {
          rows: ['合计', '总计'],
          cols: DETAIL_PUBLIC_FUNDS_COLS,
          topic: ['预算', '批复'],
          notTopic: ['决算'],
        },
      ],
      refuse: [...PRIOR, '决算', '实际', '执行'],
    },
  ),
  money(
    'PE_PublicFundsActual',
    [
      '公用经费实际支出数',
      '公用经费决算数',
      '公用经费实际支出',
      '本年公用经费实际支出数',
      '公用经费执行数',
      '公用经费支出',
      '日常公用经费实际支出',
      '日常公用经费支出',
      // A 汇总 workbook by unit lists 公用经费预算数 and 公用经费支出数 as rows.
      '公用经费支出数',
    ],
    {
      grid: [
        { rows: ['公用经费', '公用经费合计', '日常公用经费', '公用经费支出'], cols: ACTUAL_COLS },
        { rows: PUBLIC_FUNDS_ROWS, cols: [...ACTUAL_COLS, ...UNIT_ACTUAL_COLS] },
        // 基本支出决算表: 公用经费合计 under a 金额 column, or 合计 × 人员经费 | 公用经费 columns.
        { rows: ['公用经费合计', '日常公用经费合计'], cols: ['金额', '合计', '本年数'], topic: ['决算'] },
        { rows: ['合计', '总计'], cols: ['公用经费', '日常公用经费'], topic: ['决算'] },
        // An execution export (or a pivot over one): the running total at the year's end.
        { rows: PUBLIC_FUNDS_ROWS, cols: ['累计支出', '累计支出数', '本年累计支出', '本年累计支出数'] },
        // An audit firm's 支出审定表: the 审定数 column (auditWorkpapers.ts).
        auditedColumn(PUBLIC_FUNDS_ROWS),
      ],
      refuse: [...PRIOR, '预算'],
    },
  ),
  money(
    'PE_StockFundsEnd',
    [
      '本年末财政存量资金',
      '年末财政存量资金',
      '年末存量资金',
      '本年末存量资金',
      '当年年末存量资金规模',
      '财政存量资金年末数',
      '存量资金年末数',
      '年末存量资金规模',
      '财政存量资金(年末)',
      // 结转结余资金 is the clerk's word for the 财政存量资金.
      '年末结转结余资金',
      '本年末结转结余资金',
    ],
    {
      grid: [
        {
          rows: ['财政存量资金', '存量资金', '存量资金规模'],
          cols: [...BALANCE_COLS, '本年', '本年数', '本年度'],
        },
      ],
      refuse: [...PRIOR, ...OPENING],
      confirm: BALANCE_COLS,
    },
  ),
  money(
    'PE_StockFundsPriorEnd',
    [
      '上年末财政存量资金',
      '上年末存量资金',
      '上一年度年末存量资金规模',
      '上年年末存量资金',
      '上年末存量资金规模',
      '财政存量资金上年末数',
      // The stock at the start of the year is last year's closing stock.
      '年初财政存量资金',
      '年初存量资金',
      // 结转结余资金 is the clerk's word for the 财政存量资金.
      '上年末结转结余资金',
      '上年末结转结余',
    ],
    {
      grid: [
        {
          rows: ['财政存量资金', '存量资金', '存量资金规模', '年末财政存量资金', '年末存量资金'],
          cols: ['上年末数', '上年年末数', '年初数', '上年末', '上年', '上年数', '上年度', '上年同期数'],
        },
      ],
    },
  ),
  money(
    'PE_ProcurementPlan',
    [
      '政府采购计划金额',
      '采购计划金额',
      '政府采购预算',
      '政府采购预算数',
      '政府采购计划数',
      '政府采购计划',
      '采购计划金额合计数',
      '政府采购预算金额',
    ],
    {
      grid: [
        {
          rows: PROCUREMENT_ROWS,
          cols: [
            '计划金额',
            '预算金额',
            '采购计划',
            '计划数',
            '预算数',
            '采购预算',
            '年度采购计划',
            '采购计划金额',
            // A 政府采购执行情况表's budget column (procurementTables.ts).
            '采购预算金额',
            '政府采购预算金额',
          ],
          topic: ['采购'],
        },
        // 政府采购预算表 of a 预算公开: its 合计 under a 金额 column.
        {
          rows: ['合计', '政府采购预算合计', '政府采购合计', '总计'],
          cols: ['金额', '采购预算', '预算金额'],
          topic: ['采购预算'],
          notTopic: ['决算', '执行'],
        },
        // A 预决算差异 table's 政府采购 row: its 年初预算数 is the plan (budgetComparison.ts).
        { rows: PROCUREMENT_LINE_ROWS, cols: PROCUREMENT_LINE_PLAN_COLS, rowLabelOnly: true },
      ],
      refuse: [...PRIOR, '实际', '执行', '决算'],
    },
  ),
  money(
    'PE_ProcurementActual',
    [
      '政府采购实际金额',
      '实际采购金额',
      '政府采购执行金额',
      '政府采购实际支出',
      '实际采购金额合计数',
      '政府采购实际数',
      '政府采购执行数',
      '实际政府采购金额',
      '政府采购执行',
      '政府采购执行额',
    ],
    {
      grid: [
        {
          rows: PROCUREMENT_ROWS,
          cols: [
            '实际金额',
            '实际采购金额',
            '执行金额',
            '实际支出',
            '决算数',
            '执行数',
            '实际数',
            '统计数',
            // An execution table by quarter: the running total at the year's end.
            '累计执行',
            '累计执行数',
            '全年执行',
            '全年执行数',
            '全年合计',
            // A 政府采购执行情况表: the contract sums (procurementTables.ts), a 分品目 汇总's 实际采购数.
            ...CONTRACT_COLS,
            '实际采购数',
          ],
          topic: ['采购'],
        },
        // A 预决算差异 table's 政府采购 row under its 决算 column (budgetComparison.ts).
        { rows: PROCUREMENT_LINE_ROWS, cols: PROCUREMENT_LINE_ACTUAL_COLS, rowLabelOnly: true },
      ],
      refuse: [...PRIOR, '计划', '预算'],
    },
  ),
  // An assets table by class (流动资产 | 固定资产 | … | 合计, or drawn sideways): its 合计 is the
  // assets' total and its 其他 the other assets; 流动资产 beside them says the table is that one.
  asset(
    'PE_AssetsTotal',
    ['资产总额', '资产总计', '资产合计', '总资产', '资产账面数总额', '年末资产总额'],
    [{ rows: ['合计', '总计'], cols: BALANCE_COLS, topic: ['流动资产'], notTopic: ['负债'] }],
  ),
  asset('PE_AssetsCurrent', ['流动资产', '流动资产合计', '流动资产小计', '年末流动资产']),
  // 净值 / 净额: what a 资产负债表 shows after 原值 and 累计折旧 (摊销), the balance the 资产 rows mean.
  asset(
    'PE_AssetsFixed',
    [
      '固定资产',
      '固定资产合计',
      '固定资产小计',
      '固定资产账面数',
      '固定资产净值',
      '固定资产净额',
      '固定资产总额',
      '固定资产(净值)',
      '固定资产(净额)',
      // A clerk's data sheet: 账面净值 is the book value after depreciation.
      '固定资产(账面净值)',
      '固定资产账面净值',
      '年末固定资产',
    ],
    [],
    GROSS_ASSET_CODES,
  ),
  asset(
    'PE_AssetsIntangible',
    [
      '无形资产',
      '无形资产合计',
      '无形资产净值',
      '无形资产净额',
      '无形资产(净值)',
      '无形资产(净额)',
      '无形资产(账面净值)',
      '无形资产账面净值',
    ],
    [],
    GROSS_ASSET_CODES,
  ),
  asset('PE_AssetsInProgress', ['在建工程']),
  // 长期待摊费用及其他: a 事业单位's asset sheet folds its other assets into one line.
  asset(
    'PE_AssetsOther',
    ['其他资产', '其他类资产', '其他资产合计', '长期待摊费用及其他'],
    [{ rows: ['其他'], cols: BALANCE_COLS, topic: ['流动资产'], notTopic: ['负债'] }],
  ),
  asset(
    'PE_FixedAssetsInUse',
    ['实际在用固定资产', '在用固定资产', '在用固定资产总额', '实际在用固定资产总额', '固定资产中：在用'],
    // 固定资产分类表 (资年03): 合计 × 在用 of the 按使用状况 columns (在用 | 出租出借 | 闲置 | 待处置).
    [
      {
        rows: ['合计', '总计', '固定资产合计'],
        cols: ['在用', '在用资产', '在用固定资产'],
        topic: ['固定资产'],
      },
    ],
  ),
  count('PE_StaffAuthorized', [...AUTHORIZED, ...UNIT_AUTHORIZED], {
    grid: [{ rows: ['合计', '总计', '人员合计', '编制合计'], cols: AUTHORIZED, topic: STAFF }],
    refuse: ['实有', '在编', '在职', '行政', '事业', '工勤'],
    refuseRowsBeside: [{ rows: UNIT_AUTHORIZED, siblings: ['行政'] }],
  }),
  count('PE_StaffActual', IN_POST, {
    grid: [
      { rows: ['合计', '总计', '人员合计'], cols: IN_POST, topic: STAFF },
      { rows: STAFF_CHANGE_IN_POST_ROWS, cols: STAFF_CHANGE_YEAR_END, topic: STAFF },
    ],
    refuse: ['编制数', '核定', '行政', '事业', '工勤', '退休', '离休'],
  }),
  count('PE_OfficialsAuthorized', ['行政编制数', '行政编制'], {
    grid: [
      {
        rows: ['行政编制', '行政', '公务员', '行政人员', '行政编制人员'],
        cols: AUTHORIZED,
        topic: STAFF,
      },
    ],
    refuse: ['实有', '在编', '在职'],
  }),
  count(
    'PE_OfficialsActual',
    [
      '编制内在职公务人员数',
      '在职公务人员数',
      '公务员实有人数',
      '行政编制实有人数',
      '在职公务员人数',
      '行政实有人数',
      // The same figure as 基本数字表 strips and report appendices head it.
      '在职公务人员',
      '编制内在职公务员',
      '编制内在职公务员人数',
      '编制内在职公务人员',
      '在职公务员',
      '在职公务员数',
      '行政在编人数',
      '行政编制在编人数',
    ],
    {
      grid: [
        {
          rows: ['行政编制', '行政', '公务员', '行政人员', '行政编制人员'],
          cols: IN_POST,
          topic: STAFF,
        },
        { rows: STAFF_CHANGE_OFFICIAL_ROWS, cols: STAFF_CHANGE_YEAR_END, topic: STAFF },
      ],
      refuse: ['编制数', '核定'],
    },
  ),
  ...pair(
    ['PE_KeyTasksPlanned', 'PE_KeyTasksDone'],
    [
      [
        '年度重点工作任务数',
        '重点工作任务数',
        '重点任务数',
        '计划重点工作任务数',
        '重点工作任务总数',
        '计划重点工作任务',
        '重点工作计划数',
        // A clerk's list: 重点工作任务 (项) beside 已完成重点工作.
        '重点工作任务',
      ],
      [
        '已完成重点工作任务数',
        '完成重点工作任务数',
        '重点任务完成数',
        '已完成重点任务数',
        '重点工作完成数',
        '已完成重点工作',
        '完成重点工作数',
        '已完成重点工作任务',
        '完成重点工作任务',
        // A data sheet's short wordings (one line per figure, its unit beside).
        '完成重点工作',
        '已完成重点工作数',
      ],
    ],
    [
      '重点工作任务完成数',
      '年度重点工作任务数',
      '重点工作任务数',
      '重点工作任务',
      '重点工作任务完成情况',
      '年度重点工作任务完成数',
      '重点任务完成数',
      '重点工作完成数',
      '重点工作完成情况',
      '重点任务完成情况',
      '年度重点工作完成数',
    ],
    // What a count table counts (its rows, or its columns drawn sideways).
    ['年度重点工作任务', '重点工作任务', '年度重点工作', '重点工作', '重点任务'],
  ),
  ...pair(
    ['PE_TargetsSet', 'PE_TargetsMet'],
    [
      [
        '设定的绩效指标数',
        '绩效指标数',
        '设定绩效指标数',
        '绩效指标总数',
        '设定绩效指标个数',
        // A data sheet's short wordings.
        '绩效指标个数',
      ],
      [
        '完成的绩效指标数',
        '完成绩效指标数',
        '已完成绩效指标数',
        '绩效指标完成数',
        '已完成绩效指标',
        '完成绩效指标',
      ],
    ],
    [
      '部门绩效指标数',
      '绩效指标数',
      '设定绩效指标完成数',
      '绩效指标完成数',
      '绩效指标完成情况',
      '部门绩效指标完成数',
    ],
    ['绩效指标', '设定绩效指标', '部门绩效指标', '年度绩效指标'],
  ),
  ...pair(
    ['PE_ProjectsTotal', 'PE_ProjectsOnTime'],
    [
      ['纳入考核的项目数', '项目数', '考核项目数', '项目总数', '纳入考核项目数', '考核项目个数'],
      [
        '按时完成的项目数',
        '按时完成项目数',
        '按期完成项目数',
        // A data sheet's short wordings.
        '按期完成项目',
        '按时完成项目',
        '按期完成的项目数',
      ],
    ],
    [
      '项目按时完成数',
      '项目按期完成数',
      '纳入考核项目按时完成',
      '纳入考核项目按时完成数',
      '项目按时完成情况',
    ],
    ['考核项目', '纳入考核项目', '纳入考核的项目'],
  ),
  // 效益指标 is the 绩效目标 category the outcome indicators are filed under.
  ...pair(
    ['PE_OutcomesSet', 'PE_OutcomesMet'],
    [
      ['效果指标数', '效果指标总数', '设定的效果指标数', '效益指标数', '效益指标个数'],
      [
        '达成的效果指标数',
        '达成效果指标数',
        '效果指标达成数',
        '已达成效果指标数',
        '已达成效益指标数',
        '达成效益指标数',
        // A data sheet's short wordings.
        '实现效果指标',
        '实现效果指标数',
        '已实现效果指标数',
      ],
    ],
    ['效果指标达成数', '效果指标达成情况', '效益指标达成数', '效益指标达成情况'],
    ['效果指标'],
  ),
  ...pair(
    ['PE_DisputesTotal', 'PE_DisputesResolved'],
    [
      ['排查矛盾纠纷数', '矛盾纠纷排查数', '排查矛盾纠纷', '排查矛盾纠纷件数'],
      [
        '调处成功数',
        '矛盾纠纷调处成功数',
        '调处成功',
        '调处成功件数',
        '成功调处纠纷',
        '成功调处纠纷数',
        // A data sheet's short wordings.
        '成功调处数',
        '成功调处件数',
      ],
    ],
    [
      '矛盾纠纷调处数',
      '排查化解矛盾纠纷',
      '矛盾纠纷排查调处数',
      '矛盾纠纷化解数',
      '矛盾纠纷调处情况',
      '矛盾纠纷化解情况',
      '排查矛盾纠纷',
      '调处矛盾纠纷',
    ],
    [
      '矛盾纠纷',
      '矛盾纠纷排查调处',
      '排查矛盾纠纷',
      '矛盾纠纷排查化解',
      '排查调处矛盾纠纷',
      // A data sheet's line for both counts: 排查 in the plan column, 调处 in the done one.
      '矛盾纠纷排查/调处',
      '矛盾纠纷排查、调处',
      '矛盾纠纷排查/化解',
    ],
  ),
  rule(
    'PE_Satisfaction',
    'ratio',
    [
      '公众或服务对象满意度',
      '满意度',
      '服务对象满意度',
      '群众满意度',
      '社会公众满意度',
      '公众满意度',
      '满意率',
      '服务对象满意率',
      '群众满意率',
      '公众满意率',
      // A school's or a hospital's 服务对象 (its own staff's 职工满意度 is not one).
      '患者满意度',
      '住院患者满意度',
      '门诊患者满意度',
      '学生及家长满意度',
      '家长满意度',
      '学生满意度',
    ],
    {
      refuse: [...NEVER.filter((w) => w !== '率' && w !== '百分比'), ...PRIOR, ...SCORE, ...TARGET],
      confirm: COUNT_DONE_COLS,
    },
  ),
  score('PE_Score_GoalRelevance', [
    '年度工作计划与部门职能、中期规划的相关程度',
    '工作计划与职能、中期规划的相关程度',
    '年度工作计划与部门职能中期规划的相关程度',
    '相关程度',
  ]),
  score('PE_Score_GoalReasonableness', [
    '年度绩效目标、指标的相关性与合理性',
    '绩效目标、指标的相关性与合理性',
    '绩效目标合理性',
    '相关性与合理性',
  ]),
  score('PE_Score_FinancialCompliance', ['财务合规性']),
  score('PE_Score_InfoDisclosure', ['预决算信息公开', '预决算公开']),
  score('PE_Score_AssetSafety', ['资产管理安全性', '资产安全性']),
  score('PE_Score_RiskControl', ['风险控制']),
  score('PE_Score_Institutions', ['制度管理', '管理制度健全性']),
];

/** A rule with every label and heading normalised once. */
export interface CompiledRule extends LabelRule {
  labelKeys: Set<string>;
  rowsBesideKeys: Array<{ rows: Set<string>; siblings: string[] }>;
  gridKeys: Array<{
    rows: Set<string>;
    cols: Set<string>;
    topic?: string[];
    notTopic?: string[];
    rowLabelOnly?: boolean;
    notBeside?: Set<string>;
    ownHeading?: boolean;
    codes?: string[];
    notWithCols?: string[];
    withCols?: string[];
    list?: boolean;
  }>;
  confirmKeys: Set<string>;
}

export function compileRules(rules: readonly LabelRule[] = LABEL_RULES): CompiledRule[] {
  const keys = (xs: readonly string[]): Set<string> => new Set(xs.map(normaliseLabel));
  return rules.map((r) => ({
    ...r,
    labelKeys: keys(r.labels),
    gridKeys: (r.grid ?? []).map((g) => ({
      rows: keys(g.rows),
      cols: keys(g.cols),
      topic: g.topic,
      notTopic: g.notTopic,
      rowLabelOnly: g.rowLabelOnly,
      notBeside: g.notBeside ? keys(g.notBeside) : undefined,
      ownHeading: g.ownHeading,
      codes: g.codes,
      notWithCols: g.notWithCols,
      withCols: g.withCols,
      list: g.list,
    })),
    confirmKeys: keys(r.confirm),
    rowsBesideKeys: (r.refuseRowsBeside ?? []).map((x) => ({ rows: keys(x.rows), siblings: x.siblings })),
  }));
}
