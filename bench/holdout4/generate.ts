/**
 * The fourth held-out binding set: 125 workbooks over five layout families that none of the three
 * earlier sets has, generated from a seed so bench and test see the same set. All three earlier
 * sets have been used to tune the matcher, so this one is the honest measurement after that: its
 * layouts were written from how real department workbooks look (a PivotTable pasted as values,
 * one sheet per topic under a 目录, five-year trend tables, a 乡镇财政所 台账 by month, an HR
 * system's 人员增减变动 statistics), never from the matcher or from the earlier sets' layouts. The
 * truth has the first set's shape, so bench/holdout/score.ts scores it unchanged.
 */
import { rng } from '../rng';
import type { Ctx, MoneyUnit } from '../holdout/common';
import { FIGURE_INPUTS } from '../holdout/generate';
import { chance, makeDepartment, type Cents, type Rand } from '../holdout/figures';
import { BookBuilder, type HoldoutWorkbook } from '../holdout/workbook';
import { pivotExport } from './pivotExport';
import { sheetPerTopic } from './sheetPerTopic';
import { trendTable } from './trendTable';
import { townshipLedger } from './townshipLedger';
import { staffStatistics } from './staffStatistics';

export { FIGURE_INPUTS };

export interface Family4 {
  id: string;
  /** Chance that the workbook's tables are kept in 元 (to the 分) rather than 万元. */
  yuan: number;
  /** Builds the sheets into ctx.b and returns the variant (which layout choices were taken). */
  build: (ctx: Ctx) => string;
}

export const FAMILIES4: readonly Family4[] = [
  { id: 'pivotExport', yuan: 0.6, build: pivotExport },
  { id: 'sheetPerTopic', yuan: 0.25, build: sheetPerTopic },
  { id: 'trendTable', yuan: 0.15, build: trendTable },
  { id: 'townshipLedger', yuan: 0.75, build: townshipLedger },
  { id: 'staffStatistics', yuan: 0, build: staffStatistics },
];

export interface Holdout4Options {
  seed?: number;
  perFamily?: number;
}

/** A 万元 table moves by 0.01 万元, a 元 table by the 分. */
const grainOf = (unit: MoneyUnit): Cents => (unit === 'wan' ? 10_000 : 1);

/** The whole set, the same on every run for a given seed. */
export function generateHoldout4Set(options: Holdout4Options = {}): HoldoutWorkbook[] {
  const seed = options.seed ?? 20_261_203;
  const perFamily = options.perFamily ?? 25;
  const out: HoldoutWorkbook[] = [];
  FAMILIES4.forEach((fam, f) => {
    for (let i = 0; i < perFamily; i++) {
      const next: Rand = rng(seed * 13 + f * 100_043 + i * 7_919);
      const unit: MoneyUnit = chance(next, fam.yuan) ? 'yuan' : 'wan';
      const d = makeDepartment(next, grainOf(unit));
      const b = new BookBuilder();
      const variant = `${unit}:${fam.build({ b, d, next, unit })}`;
      out.push(
        b.finish(`${fam.id}#${variant}/${String(i).padStart(3, '0')}`, fam.id, variant, FIGURE_INPUTS),
      );
    }
  });
  return out;
}
