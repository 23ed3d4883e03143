/**
 * A 政府采购执行情况表 lists the year's purchases one per row: 序号 | 采购项目名称 | 品目 | 采购方式 |
 * 采购预算金额 | 合同金额 | 节约资金 | 节约率, closed or opened by a 合计 row. Its 合计 under the
 * budget column is the procurement plan, under the contract column what was bought. Its rows are
 * purchases, whatever they are named (公务用车, 办公设备): the table is no “三公” table and no
 * budget, and no other input's figure stands in it.
 */
import { normaliseLabel } from './normalise';

/** Headings only a list of purchases has: the purchase's name, its 品目, how it was bought. */
const PURCHASE_LIST_HEADINGS = new Set(
  ['采购项目名称', '采购项目', '项目名称及品目', '采购品目', '品目', '采购方式', '采购组织形式'].map(
    normaliseLabel,
  ),
);

/** The inputs a list of purchases can hold. */
const PROCUREMENT_INPUTS = new Set(['PE_ProcurementPlan', 'PE_ProcurementActual']);

/** Whether a heading row (keys joined by '|') is that of a list of purchases: two of its headings. */
export function isPurchaseList(headingRow: string): boolean {
  let n = 0;
  for (const k of headingRow.split('|')) if (PURCHASE_LIST_HEADINGS.has(k)) n++;
  return n >= 2;
}

/** Whether the input `name` can stand in a list of purchases. */
export function isProcurementInput(name: string): boolean {
  return PROCUREMENT_INPUTS.has(name);
}

/** What a purchase list's columns are called: the contract sum of each purchase is what was bought. */
export const CONTRACT_COLS = [
  '合同金额',
  '采购合同金额',
  '合同签订金额',
  '中标金额',
  '成交金额',
  '中标成交金额',
];
