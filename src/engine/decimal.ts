/**
 * The one configured Decimal constructor of the whole program.
 *
 * Every figure the engine touches goes through `D`: 40 significant digits is far beyond any
 * budget (万元 with 6 decimals), and ROUND_HALF_UP is 四舍五入 with ties away from zero, which is
 * what the spec asks for (−6.525 → −6.53).
 */
import DecimalBase from 'decimal.js';

export const D = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 30,
});
export type Decimal = InstanceType<typeof D>;

export const ZERO = new D(0);
export const HUNDRED = new D(100);

/** 四舍五入 to `dp` decimals (default 2). */
export function round(x: Decimal, dp = 2): Decimal {
  return x.toDecimalPlaces(dp, D.ROUND_HALF_UP);
}

/**
 * A Decimal from a number that came out of a spreadsheet or JSON. Going through the shortest
 * string form keeps 672.18 as 672.18 instead of its binary neighbour.
 */
export function fromNumber(x: number): Decimal {
  return new D(String(x));
}

/** Fixed 2-decimal text with a true minus sign (−), as the reports print negative figures. */
export function fmt2(x: Decimal): string {
  return signed(x.toFixed(2));
}

/** The figure as entered (no exponent, no padding): 13 stays 13, 8.795 stays 8.795. */
export function fmtPlain(x: Decimal): string {
  return signed(x.toFixed());
}

function signed(s: string): string {
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}
