/**
 * The third held-out binding set: 175 workbooks over seven layout families that neither earlier
 * set has, generated from a seed so bench and test see the same set. Both earlier sets have been
 * used to tune the matcher, so this one is the honest measurement after that: its layouts were
 * written from how real department workbooks look (PDF-converted 公开 tables, monthly treasury
 * execution exports, transposed summaries, 财务软件 科目余额表, 事业单位 sheets, per-row-unit data
 * sheets, a Word report's appendix pasted into Excel), never from the matcher or from the earlier
 * sets' layouts. The truth has the first set's shape, so bench/holdout/score.ts scores it unchanged.
 */
import { rng } from '../rng';
import type { Ctx, MoneyUnit } from '../holdout/common';
import { FIGURE_INPUTS } from '../holdout/generate';
import { chance, makeDepartment, pick, type Cents, type Rand } from '../holdout/figures';
import { BookBuilder, type HoldoutWorkbook } from '../holdout/workbook';
import { pdfConverted } from './pdfConverted';
import { monthlyExecution } from './monthlyExecution';
import { transposed } from './transposed';
import { accountingBalance } from './accountingBalance';
import { schoolHospital } from './schoolHospital';
import { perRowUnits } from './perRowUnits';
import { reportAppendix } from './reportAppendix';

export { FIGURE_INPUTS };

export interface Family3 {
  id: string;
  /** Chance that the workbook's tables are kept in 元 (to the 分) rather than 万元. */
  yuan: number;
  /**
   * The smallest step of the department's figures: 万元 tables to 0.01 万元, 元 tables to the 分;
   * a family whose rows mix both units keeps its figures on whole 元.
   */
  grain: (unit: MoneyUnit, next: Rand) => Cents;
  /** Builds the sheets into ctx.b and returns the variant (which layout choices were taken). */
  build: (ctx: Ctx) => string;
}

const byUnit = (unit: MoneyUnit): Cents => (unit === 'wan' ? 10_000 : 1);

export const FAMILIES3: readonly Family3[] = [
  { id: 'pdfConverted', yuan: 0.25, grain: byUnit, build: pdfConverted },
  { id: 'monthlyExecution', yuan: 0.65, grain: byUnit, build: monthlyExecution },
  { id: 'transposed', yuan: 0.2, grain: byUnit, build: transposed },
  {
    id: 'accountingBalance',
    yuan: 1,
    grain: (_u, next) => pick(next, [1, 1, 100]),
    build: accountingBalance,
  },
  { id: 'schoolHospital', yuan: 0.4, grain: byUnit, build: schoolHospital },
  { id: 'perRowUnits', yuan: 0, grain: () => 100, build: perRowUnits },
  { id: 'reportAppendix', yuan: 0.1, grain: byUnit, build: reportAppendix },
];

export interface Holdout3Options {
  seed?: number;
  perFamily?: number;
}

/** The whole set, the same on every run for a given seed. */
export function generateHoldout3Set(options: Holdout3Options = {}): HoldoutWorkbook[] {
  const seed = options.seed ?? 20_261_202;
  const perFamily = options.perFamily ?? 25;
  const out: HoldoutWorkbook[] = [];
  FAMILIES3.forEach((fam, f) => {
    for (let i = 0; i < perFamily; i++) {
      const next: Rand = rng(seed * 17 + f * 100_019 + i * 7_927);
      const unit: MoneyUnit = chance(next, fam.yuan) ? 'yuan' : 'wan';
      const d = makeDepartment(next, fam.grain(unit, next));
      const b = new BookBuilder();
      const variant = `${unit}:${fam.build({ b, d, next, unit })}`;
      out.push(
        b.finish(`${fam.id}#${variant}/${String(i).padStart(3, '0')}`, fam.id, variant, FIGURE_INPUTS),
      );
    }
  });
  return out;
}
