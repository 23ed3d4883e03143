/**
 * The fourth held-out binding set: 125 workbooks over five layout families that none of the three
 * earlier sets has, generated from a seed so bench and test see the same set. All three earlier
 * sets have been used to tune the matcher, so this one is the honest measurement after that: its
 * layouts were written from how real department workbooks look (a PivotTable pasted as values,
 * one sheet per topic under a 目录, five-year trend tables, a 乡镇财政所 台账 by month, an HR
 * system's 人员增减变动 statistics), never from the matcher or from the earlier sets' layouts. The
 * truth has the first set's shape, so bench/holdout/score.ts scores it unchanged.
 */
import { FIGURE_INPUTS } from '../holdout/generate';
import { generateFamilies, type HoldoutSetOptions, type LayoutFamily } from '../holdout/families';
import type { HoldoutWorkbook } from '../holdout/workbook';
import { pivotExport } from './pivotExport';
import { sheetPerTopic } from './sheetPerTopic';
import { trendTable } from './trendTable';
import { townshipLedger } from './townshipLedger';
import { staffStatistics } from './staffStatistics';

export { FIGURE_INPUTS };

export type Family4 = LayoutFamily;

export const FAMILIES4: readonly Family4[] = [
  { id: 'pivotExport', yuan: 0.6, build: pivotExport },
  { id: 'sheetPerTopic', yuan: 0.25, build: sheetPerTopic },
  { id: 'trendTable', yuan: 0.15, build: trendTable },
  { id: 'townshipLedger', yuan: 0.75, build: townshipLedger },
  { id: 'staffStatistics', yuan: 0, build: staffStatistics },
];

export type Holdout4Options = HoldoutSetOptions;

/** The whole set, the same on every run for a given seed. */
export function generateHoldout4Set(options: Holdout4Options = {}): HoldoutWorkbook[] {
  return generateFamilies(
    FAMILIES4,
    { seed: 20_261_203, times: 13, family: 100_043, workbook: 7_919 },
    options,
  );
}
