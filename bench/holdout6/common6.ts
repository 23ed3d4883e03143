/**
 * What the sixth set's families share: amounts scaled on the grain, a part of a figure that
 * leaves the rest non-negative, and the head line a table states its unit in.
 */
import { unitLine, type Ctx } from '../holdout/common';
import { chance, type Cents, type Rand } from '../holdout/figures';

/** `c` scaled by f, kept on the grain. */
export function onGrain(c: Cents, f: number, grain: Cents): Cents {
  return Math.round((c * f) / grain) * grain;
}

/** `c` scaled by a factor drawn in [lo, hi], on the grain. */
export function around(next: Rand, c: Cents, lo: number, hi: number, grain: Cents): Cents {
  return onGrain(c, lo + next() * (hi - lo), grain);
}

/**
 * A signed amount moving `c` by up to a tenth (an audit adjustment, a 调剂), zero about half the
 * time and never more than c itself, so what it is taken from stays non-negative.
 */
export function adjustment(next: Rand, c: Cents, grain: Cents): Cents {
  if (c === 0 || chance(next, 0.45)) return 0;
  const a = onGrain(c, 0.005 + next() * 0.09, grain);
  return chance(next, 0.5) ? a : -a;
}

/** The unit line a table head carries (单位：万元 / 单位：元 and their spellings). */
export function unitText(ctx: Ctx): string {
  return unitLine(ctx);
}
