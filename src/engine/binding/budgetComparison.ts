/**
 * The 预决算对比 / 预决算差异 table of a 决算 审核 workbook: one column of rows holds the
 * department's whole spending and the parts a 决算 must explain against its budget, 支出合计 on
 * top, then 基本支出 (人员经费, 公用经费), 项目支出, the “三公” items and 政府采购, across 年初预算数 |
 * 调整预算数 | 全年预算数 | 决算数 | 差异额 | 差异率 | 差异原因说明.
 *
 * - The 因公出国 / 公务接待 rows down that column do not make it a “三公” table: a “三公” table never
 *   lists 基本支出 and 项目支出, so beside both of them a 支出合计 row is the whole (see
 *   listsWholeSpendingParts). A bare 合计 / 总计 is not read so: in such a column it may close
 *   the “三公” block.
 * - Its 政府采购 row is the procurement line against the same budget and 决算 columns: 年初预算数 is
 *   the 政府采购 plan, 决算数 / 实际支出数 what was bought (PROCUREMENT_LINE_ROWS and the columns
 *   below, used by catalog.ts). Only a row that names 政府采购 itself: a 合计 there is the budget's.
 */
import { normaliseLabel } from './normalise';

/** Row labels of the department's whole spending that say 支出 (never a bare 合计). */
const SPENDING_TOTAL_ROWS = new Set(
  ['支出合计', '本年支出合计', '支出总计', '本年支出总计', '部门支出合计', '全部支出合计'].map(
    normaliseLabel,
  ),
);
/** The two parts every whole-spending breakdown lists (一、基本支出 | 二、项目支出). */
const BASIC = normaliseLabel('基本支出');
const PROJECT = normaliseLabel('项目支出');

/**
 * Whether the row `rowKey` is the whole spending of a table whose other row labels (`siblings`,
 * keys joined by '|') list 基本支出 and 项目支出: then the “三公” rows further down are parts the
 * table explains, not another table's.
 */
export function listsWholeSpendingParts(rowKey: string | undefined, siblings: string): boolean {
  if (rowKey === undefined || !SPENDING_TOTAL_ROWS.has(rowKey)) return false;
  const keys = new Set(siblings.split('|'));
  return keys.has(BASIC) && keys.has(PROJECT);
}

/** A 政府采购 row of a budget-against-决算 table (四、政府采购 / 政府采购支出 / 政府采购金额). */
export const PROCUREMENT_LINE_ROWS = ['政府采购', '政府采购支出', '政府采购金额', '政府采购合计'];
/** The budget columns its plan stands in: the budget as approved at the start of the year. */
export const PROCUREMENT_LINE_PLAN_COLS = ['年初预算数', '年初预算', '年初批复预算数', '年初预算金额'];
/** The 决算 columns its actual figure stands in. */
export const PROCUREMENT_LINE_ACTUAL_COLS = [
  '决算数',
  '本年决算数',
  '实际支出数',
  '本年实际支出数',
  '支出决算数',
  '决算支出数',
  '本年决算支出数',
];

/** Headings that can mean either the adjusted budget or the adjustment itself. */
const ADJUSTMENT_WORDS = new Set(['调整预算数', '调整预算', '预算调整数', '调整数'].map(normaliseLabel));
/** Headings that can only mean the whole year's (adjusted) budget. */
const WHOLE_YEAR_BUDGET = new Set(
  [
    '全年预算数',
    '全年预算',
    '调整后预算数',
    '调整后预算',
    '调整后全年预算数',
    '全年调整预算数',
    '调整后预算金额',
    '预算数(调整后)',
  ].map(normaliseLabel),
);

/**
 * Whether `key` (a column heading, or a row label of a table drawn sideways) is the adjustment of
 * the year: 调整预算数 beside a 全年预算数 / 调整后预算数 of the same heading row (or the same column
 * of labels, `beside`, keys joined by '|') is what 年初预算数 was changed by (年初 + 调整 = 全年),
 * not the adjusted budget it means alone. No input is that adjustment.
 */
export function isAdjustmentBesideWholeYear(key: string, beside: string): boolean {
  if (!ADJUSTMENT_WORDS.has(key)) return false;
  return beside.split('|').some((k) => WHOLE_YEAR_BUDGET.has(k));
}
