/**
 * The sixth held-out binding set: 125 workbooks over five layout families that none of the five
 * earlier sets has, generated from a seed so bench and test see the same set. All five earlier
 * sets have been used to tune the matcher, so this one measures it on layouts it has never seen:
 * they were written from how real department and unit workbooks look (a mid-year 预算绩效运行监控
 * form, a 决算快报 kept as one indented list, an audit firm's 审定表 working papers, a 政府采购
 * 执行情况 table by 采购项目, the bilingual statements of a unit running a foreign-funded project),
 * never from the matcher or the earlier sets' layouts. The truth has the first set's shape, so
 * bench/holdout/score.ts scores it unchanged.
 */
import { FIGURE_INPUTS } from '../holdout/generate';
import { generateFamilies, type HoldoutSetOptions, type LayoutFamily } from '../holdout/families';
import type { HoldoutWorkbook } from '../holdout/workbook';
import { monitoring } from './monitoring';
import { quickList } from './quickList';
import { auditWorkpaper } from './auditWorkpaper';
import { procurementExec } from './procurementExec';
import { bilingualDonor } from './bilingualDonor';

export { FIGURE_INPUTS };

export type Family6 = LayoutFamily;

export const FAMILIES6: readonly Family6[] = [
  { id: 'monitoring', yuan: 0.2, build: monitoring },
  { id: 'quickList', yuan: 0.15, build: quickList },
  // Audit firms work from the ledger, in 元 to the 分, more often than not.
  { id: 'auditWorkpaper', yuan: 0.65, build: auditWorkpaper },
  // A 采购 table lists contracts, in 元 as often as in 万元.
  { id: 'procurementExec', yuan: 0.5, build: procurementExec },
  { id: 'bilingualDonor', yuan: 0.45, build: bilingualDonor },
];

export type Holdout6Options = HoldoutSetOptions;

/** The whole set, the same on every run for a given seed. */
export function generateHoldout6Set(options: Holdout6Options = {}): HoldoutWorkbook[] {
  return generateFamilies(
    FAMILIES6,
    { seed: 20_261_206, times: 31, family: 200_003, workbook: 6_151 },
    options,
  );
}
