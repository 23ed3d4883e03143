/**
 * The frame every held-out set since the fourth is generated in: a list of layout families, each
 * building one workbook from a department's figures, and a seed mix of the set's own so that no
 * two sets share a workbook. Neutral like the builder and the figures: it says nothing of how a
 * family lays its tables out.
 */
import { rng } from '../rng';
import type { Ctx, MoneyUnit } from './common';
import { FIGURE_INPUTS } from './generate';
import { chance, makeDepartment, type Cents, type Rand } from './figures';
import { BookBuilder, type HoldoutWorkbook } from './workbook';

export interface LayoutFamily {
  id: string;
  /** Chance that the department's figures are kept to the 分 and its tables in 元 rather than 万元. */
  yuan: number;
  /** Builds the sheets into ctx.b and returns the variant (which layout choices were taken). */
  build: (ctx: Ctx) => string;
}

export interface HoldoutSetOptions {
  seed?: number;
  perFamily?: number;
}

/** A set's own seed mix: workbook i of family f draws from rng(seed × times + f × family + i × workbook). */
export interface SeedMix {
  seed: number;
  times: number;
  family: number;
  workbook: number;
}

/** A 万元 table moves by 0.01 万元, a 元 table by the 分. */
const grainOf = (unit: MoneyUnit): Cents => (unit === 'wan' ? 10_000 : 1);

/** The whole set, `perFamily` workbooks a family (25 by default), the same on every run for a seed. */
export function generateFamilies(
  families: readonly LayoutFamily[],
  mix: SeedMix,
  options: HoldoutSetOptions = {},
): HoldoutWorkbook[] {
  const seed = options.seed ?? mix.seed;
  const perFamily = options.perFamily ?? 25;
  const out: HoldoutWorkbook[] = [];
  families.forEach((fam, f) => {
    for (let i = 0; i < perFamily; i++) {
      const next: Rand = rng(seed * mix.times + f * mix.family + i * mix.workbook);
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
