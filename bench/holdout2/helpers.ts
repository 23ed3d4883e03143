/**
 * Small writing helpers the second set's families share on top of bench/holdout/common.ts: a
 * money cell recorded as a distractor, a figure split into parts that add up, and the
 * ways clerks spell a label (spaced characters, line breaks, ※ / 注 markers).
 */
import { D } from '../../src/engine/decimal';
import { chance, pick, split, type Cents, type Rand } from '../holdout/figures';
import { money, type Ctx } from '../holdout/common';
import type { SheetBuilder } from '../holdout/workbook';

/** A money cell that must not be taken for `name`. */
export function decoy(
  s: SheetBuilder,
  ctx: Ctx,
  r: number,
  c: number,
  cents: Cents,
  name: string,
  why: string,
): void {
  money(s, ctx, r, c, cents);
  s.distractor(name, r, c, why);
}

/** Splits a total into n parts of random weight on the department's grain (parts add up). */
export function parts(ctx: Ctx, total: Cents, n: number): Cents[] {
  return split(
    total,
    Array.from({ length: n }, () => 0.3 + ctx.next()),
    ctx.d.grain,
  );
}

/** A label as a clerk in WPS types it: sometimes spaced out, wrapped, or with a marker. */
export function clerkLabel(next: Rand, label: string): string {
  let l = label;
  if (l.length <= 6 && chance(next, 0.25)) l = l.split('').join(' ');
  else if (l.length >= 6 && chance(next, 0.2)) {
    // WPS wraps where the clerk pressed Alt+Enter: after the first word, not inside a quote.
    const at = l.startsWith('“') ? 6 : 2;
    l = `${l.slice(0, at)}\n${l.slice(at)}`;
  }
  if (chance(next, 0.15)) l = `${l}${pick(next, ['※', '*', '（注1）', '注'])}`;
  if (chance(next, 0.1)) l = ` ${l} `;
  return l;
}

/** A signed difference as clerks write it in a 增减 column: a negative in parentheses, as text. */
export function diffText(ctx: Ctx, cents: Cents): string {
  const abs = new D(Math.abs(cents)).div(ctx.unit === 'wan' ? 1_000_000 : 100).toFixed(2);
  return cents < 0 ? `(${abs})` : abs;
}
