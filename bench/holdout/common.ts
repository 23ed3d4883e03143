/**
 * What every layout family shares: the workbook being built, the department's figures, the
 * random stream, the unit its tables are kept in, and the head lines of an official table
 * (title, 表号, 编制单位, 年度, 单位).
 */
import { D } from '../../src/engine/decimal';
import { chance, moneyFig, countFig, pick, type Cents, type Department, type Rand } from './figures';
import type { BookBuilder, SheetBuilder } from './workbook';

export type MoneyUnit = 'wan' | 'yuan';

export interface Ctx {
  b: BookBuilder;
  d: Department;
  next: Rand;
  unit: MoneyUnit;
}

export function unitLine(ctx: Ctx): string {
  return ctx.unit === 'wan'
    ? pick(ctx.next, ['单位：万元', '金额单位：万元', '单位:万元', '单位： 万元'])
    : pick(ctx.next, ['单位：元', '金额单位：元', '单位:元', '单位：人民币元']);
}

/**
 * Title row, then a row with 表号 on the right, then 编制单位 / 年度 / 单位. Returns the next free
 * row. `width` is the number of columns the table spans.
 */
export function tableHead(
  s: SheetBuilder,
  ctx: Ctx,
  title: string,
  formNo: string | null,
  width: number,
  unitText: string = unitLine(ctx),
): number {
  const { d, next } = ctx;
  let r = 0;
  s.mergedText(r, 0, r, width - 1, title);
  r++;
  if (formNo) {
    s.set(r, width - 1, formNo);
    r++;
  }
  const unitCol = width - 1;
  if (chance(next, 0.5)) {
    s.set(r, 0, `编制单位：${d.name}`);
    s.set(r, Math.floor(width / 2), `${d.year}年度`);
  } else {
    s.set(r, 0, `编制单位：${d.name}`);
    s.set(r, Math.max(1, Math.floor(width / 2)), `${d.year}年12月31日`);
  }
  s.set(r, unitCol, unitText);
  return r + 1;
}

/** Writes a money figure in the context's unit; with `truth`, records it as that input. */
export function money(
  s: SheetBuilder,
  ctx: Ctx,
  row: number,
  col: number,
  c: Cents,
  truth?: { name: string; label: string },
): void {
  const f = moneyFig(c, ctx.unit);
  s.set(row, col, f.cell);
  if (truth) s.truth(truth.name, row, col, f, truth.label);
}

export function count(
  s: SheetBuilder,
  row: number,
  col: number,
  n: number,
  truth?: { name: string; label: string },
): void {
  const f = countFig(n);
  s.set(row, col, f.cell);
  if (truth) s.truth(truth.name, row, col, f, truth.label);
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 23 → 二十三 (numbering runs past ten in long lists). */
export function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[n % 10]}`;
}

/** 一、 二、 … */
export function cnOrdinal(i: number): string {
  return `${cnNumber(i + 1)}、`;
}

/** （一） … */
export function cnParen(i: number): string {
  return `（${cnNumber(i + 1)}）`;
}

/** Ratio as Excel holds a percentage cell: 98.6 % is 0.986 (rounded to 4 decimals as a clerk's sheet shows). */
export function ratioCell(num: Cents, den: Cents): number {
  if (den === 0) return 0;
  return new D(num).div(den).toDecimalPlaces(4).toNumber();
}
