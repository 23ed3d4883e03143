/**
 * What the third set's families share: money written as a number or as the text a PDF converter
 * or a pasted document leaves ("1,234.56", "1234.56 "), the figure a table holds for each input,
 * months and parts that add up exactly, and the cover and notes sheets a real workbook carries.
 * Money stays whole 分 until it is written; text figures are formatted through decimal.js.
 */
import { D } from '../../src/engine/decimal';
import type { Ctx, MoneyUnit } from '../holdout/common';
import { chance, int, moneyFig, pick, split, wan, type Cents, type Rand } from '../holdout/figures';
import type { HoldoutCell, SheetBuilder } from '../holdout/workbook';

/** How a table's figures reach the sheet: as numbers, as text, or some of each (per cell). */
export type NumberStyle = 'number' | 'text' | 'mixed';

/** "1234567.89" → "1,234,567.89" (the integer part grouped by three, a sign kept in front). */
export function groupThousands(fixed: string): string {
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const [int0, frac] = body.split('.');
  const grouped = int0.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** The figure of `c` 分 in `unit`, to two decimals, as a decimal string. */
export function fixed2(c: Cents, unit: MoneyUnit): string {
  return new D(c).div(unit === 'wan' ? 1_000_000 : 100).toFixed(2);
}

/** A figure as a PDF converter leaves it in a text cell: grouped or not, sometimes a space around. */
export function textFigure(next: Rand, fixed: string): string {
  const body = chance(next, 0.7) ? groupThousands(fixed) : fixed;
  const r = next();
  if (r < 0.2) return `${body} `;
  if (r < 0.3) return ` ${body}`;
  return body;
}

/** The value a money cell holds under a number style. */
export function moneyCell(next: Rand, c: Cents, unit: MoneyUnit, style: NumberStyle): HoldoutCell {
  const asText = style === 'text' || (style === 'mixed' && chance(next, 0.5));
  return asText ? textFigure(next, fixed2(c, unit)) : moneyFig(c, unit).cell;
}

export interface Mark {
  truth?: { name: string; label: string };
  distractor?: { name: string; why: string };
  also?: string;
}

/** Writes money in the context's unit (number or text) and records what the cell is. */
export function putMoney(
  s: SheetBuilder,
  ctx: Ctx,
  row: number,
  col: number,
  c: Cents,
  style: NumberStyle = 'number',
  mark: Mark = {},
  unit: MoneyUnit = ctx.unit,
): void {
  s.set(row, col, moneyCell(ctx.next, c, unit, style));
  if (mark.truth) s.truth(mark.truth.name, row, col, { value: wan(c), cellUnit: unit }, mark.truth.label);
  if (mark.distractor) s.distractor(mark.distractor.name, row, col, mark.distractor.why);
  if (mark.also) s.alsoRight(mark.also, row, col);
}

/** Writes a whole count (persons, items, cases) and records what the cell is. */
export function putCount(s: SheetBuilder, row: number, col: number, n: number, mark: Mark = {}): void {
  s.set(row, col, n);
  if (mark.truth)
    s.truth(mark.truth.name, row, col, { value: String(n), cellUnit: 'count' }, mark.truth.label);
  if (mark.distractor) s.distractor(mark.distractor.name, row, col, mark.distractor.why);
  if (mark.also) s.alsoRight(mark.also, row, col);
}

/** The 满意度 as Excel holds a cell typed "95%": the ratio. */
export function putRatio(s: SheetBuilder, row: number, col: number, pct: number, mark: Mark = {}): void {
  const v = new D(pct).div(100);
  s.set(row, col, v.toNumber());
  if (mark.truth)
    s.truth(mark.truth.name, row, col, { value: v.toFixed(), cellUnit: 'ratio' }, mark.truth.label);
  if (mark.distractor) s.distractor(mark.distractor.name, row, col, mark.distractor.why);
}

/** A rate shown as Excel keeps a percentage cell (0.9635), or as the number of per cent (96.35). */
export function rateCell(num: Cents, den: Cents, asPercentNumber: boolean): number {
  if (den === 0) return 0;
  const r = new D(num).div(den);
  return asPercentNumber ? r.times(100).toDecimalPlaces(2).toNumber() : r.toDecimalPlaces(4).toNumber();
}

/**
 * Spreads a year's figure over twelve months on the grain, heavier towards December (the usual
 * year-end rush), the months adding up to the year exactly.
 */
export function months(next: Rand, total: Cents, grain: Cents): Cents[] {
  const w = Array.from({ length: 12 }, (_, m) => 0.6 + next() * 0.6 + (m === 11 ? 1.2 : m >= 9 ? 0.4 : 0));
  return split(total, w, grain);
}

/** Splits a total into n parts on the grain with random weights (parts add up exactly). */
export function parts(next: Rand, total: Cents, n: number, grain: Cents): Cents[] {
  return split(
    total,
    Array.from({ length: n }, () => 0.3 + next()),
    grain,
  );
}

/** The place name a department's name starts with (青溪县…). */
export function placeOf(name: string): string {
  const i = name.indexOf('县');
  return i > 0 ? name.slice(0, i + 1) : name;
}

/** A figure in 万元 as prose writes it (two decimals, no grouping). */
export function prose(c: Cents): string {
  return new D(c).div(1_000_000).toFixed(2);
}

/** A cover sheet, as a submitted workbook often opens with. */
export function coverSheet(ctx: Ctx, title: string): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['封面', '目录', '首页']));
  s.set(1, 1, title);
  s.merge(1, 1, 1, 5);
  s.set(3, 1, `单位名称（盖章）：${d.name}`);
  s.set(4, 1, `所属年度：${d.year}年度`);
  s.set(5, 1, '单位负责人：            财务负责人：            经办人：');
  s.set(6, 1, `报送日期：${d.year + 1}年${int(next, 1, 4)}月${int(next, 1, 28)}日`);
}

/** A notes sheet whose sentences mention the figures (prose, never a cell answer). */
export function notesSheet(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['说明', '填表说明', '备注']));
  s.set(0, 0, pick(next, ['填表说明', '编制说明', '说明']));
  s.set(
    1,
    0,
    `1. 本年度年初预算${prose(d.budgetInitial)}万元，调整后预算${prose(d.budgetAdjusted)}万元，全年支出${prose(d.expenditure)}万元。`,
  );
  s.set(2, 0, '2. 金额栏请保留两位小数，人数栏填写整数。');
  s.set(
    3,
    0,
    `3. 人员编制以编制部门核定数为准（核定${d.staffAuthorized.admin + d.staffAuthorized.institution + d.staffAuthorized.worker}名）。`,
  );
}
