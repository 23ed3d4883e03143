/**
 * The second held-out binding set: ≥ 150 workbooks over seven layout families that the first set
 * (bench/holdout) does not have, generated from a seed so bench and test see the same set. It is
 * the measurement taken after the matcher has been tuned on the first set's failures, so its
 * layouts were written from real department workbooks (部门决算软件 exports, 国有资产年报,
 * pasted 预算批复 documents, other provinces' 自评表 templates, clerks' WPS sheets), never from the
 * matcher or from either earlier set's layouts. The truth has the first set's shape, so
 * bench/holdout/score.ts scores it unchanged.
 */
import { rng } from '../rng';
import type { Ctx, MoneyUnit } from '../holdout/common';
import { FIGURE_INPUTS } from '../holdout/generate';
import { chance, makeDepartment, type Rand } from '../holdout/figures';
import { BookBuilder, type HoldoutWorkbook } from '../holdout/workbook';
import { runInfo } from './finalExport';
import { assetAnnual } from './assetReport';
import { budgetApproval } from './budgetApproval';
import { provincialSelfEval } from './provincialSelfEval';
import { quarterlyThreePublic } from './quarterly';
import { multiUnit } from './multiUnit';
import { wpsClerk } from './wpsClerk';

export { FIGURE_INPUTS };

export interface Family2 {
  id: string;
  /** Chance that the workbook's tables are kept in 元 rather than 万元. */
  yuan: number;
  /** Builds the sheets into ctx.b and returns the variant (which layout choices were taken). */
  build: (ctx: Ctx) => string;
}

export const FAMILIES2: readonly Family2[] = [
  { id: 'runInfo', yuan: 0.3, build: runInfo },
  { id: 'assetAnnual', yuan: 0.5, build: assetAnnual },
  { id: 'budgetApproval', yuan: 0.1, build: budgetApproval },
  { id: 'provincialSelfEval', yuan: 0, build: provincialSelfEval },
  { id: 'quarterly', yuan: 0.35, build: quarterlyThreePublic },
  { id: 'multiUnit', yuan: 0.25, build: multiUnit },
  { id: 'wpsClerk', yuan: 0, build: wpsClerk },
];

export interface Holdout2Options {
  seed?: number;
  perFamily?: number;
}

/** The whole set, the same on every run for a given seed. */
export function generateHoldout2Set(options: Holdout2Options = {}): HoldoutWorkbook[] {
  const seed = options.seed ?? 20_261_201;
  const perFamily = options.perFamily ?? 25;
  const out: HoldoutWorkbook[] = [];
  FAMILIES2.forEach((fam, f) => {
    for (let i = 0; i < perFamily; i++) {
      const next: Rand = rng(seed * 31 + f * 100_003 + i * 7_919);
      const unit: MoneyUnit = chance(next, fam.yuan) ? 'yuan' : 'wan';
      const d = makeDepartment(next, unit === 'wan' ? 10_000 : 1);
      const b = new BookBuilder();
      const variant = fam.build({ b, d, next, unit });
      out.push(
        b.finish(`${fam.id}#${variant}/${String(i).padStart(3, '0')}`, fam.id, variant, FIGURE_INPUTS),
      );
    }
  });
  return out;
}
