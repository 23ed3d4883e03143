/**
 * The fifth held-out binding set: 125 workbooks over five layout families that none of the four
 * earlier sets has, generated from a seed so bench and test see the same set. All four earlier
 * sets have been used to tune the matcher, so this one is the honest measurement after that: its
 * layouts were written from how real department workbooks look (a 预算管理一体化 system's budget
 * export, a 决算 审核 workbook comparing 决算 with 预算, a 合并 workbook with one column group per
 * 二级单位, the reports an accounting package prints under 政府会计制度, a 财务分析 data sheet of
 * small tables stacked one under the other), never from the matcher or the earlier sets' layouts.
 * The truth has the first set's shape, so bench/holdout/score.ts scores it unchanged.
 */
import { FIGURE_INPUTS } from '../holdout/generate';
import { generateFamilies, type HoldoutSetOptions, type LayoutFamily } from '../holdout/families';
import type { HoldoutWorkbook } from '../holdout/workbook';
import { integratedBudget } from './integratedBudget';
import { finalAudit } from './finalAudit';
import { consolidatedUnits } from './consolidatedUnits';
import { accountingPackage } from './accountingPackage';
import { analysisStacked } from './analysisStacked';

export { FIGURE_INPUTS };

export type Family5 = LayoutFamily;

export const FAMILIES5: readonly Family5[] = [
  { id: 'integratedBudget', yuan: 0.6, build: integratedBudget },
  { id: 'finalAudit', yuan: 0.3, build: finalAudit },
  { id: 'consolidatedUnits', yuan: 0.35, build: consolidatedUnits },
  { id: 'accountingPackage', yuan: 0.85, build: accountingPackage },
  // A 财务分析 sheet mixes 元 and 万元 tables on one sheet: its figures are kept on the 0.01 万元
  // grain so that the 元 tables show the very same amounts (whole hundreds of 元).
  { id: 'analysisStacked', yuan: 0, build: analysisStacked },
];

export type Holdout5Options = HoldoutSetOptions;

/** The whole set, the same on every run for a given seed. */
export function generateHoldout5Set(options: Holdout5Options = {}): HoldoutWorkbook[] {
  return generateFamilies(
    FAMILIES5,
    { seed: 20_261_205, times: 17, family: 100_057, workbook: 7_927 },
    options,
  );
}
