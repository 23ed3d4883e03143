/**
 * The held-out binding set: ≥ 200 workbooks across eleven layout families, generated from a seed
 * so every run (bench and test alike) sees the same set. Written from how department budget and
 * 决算 workbooks are laid out, independently of the matcher's catalog and of the layouts it was
 * tuned on; see bench/holdout/README.md for the families and the rules of the truth.
 */
import { INPUTS } from '../../src/engine/inputs';
import { rng } from '../rng';
import { clerkBasics, selfEvaluation } from './clerk';
import { type Ctx, type MoneyUnit } from './common';
import { budgetDisclosure, ledgerExport, multiYear } from './disclosure';
import { D } from '../../src/engine/decimal';
import { chance, makeDepartment, pick, wan, type Cents, type Rand } from './figures';
import { assets, caijue01, caijue03, staff, threePublic } from './statements';
import { BookBuilder, type HoldoutWorkbook } from './workbook';

/** The inputs a workbook can hold as a figure: all but the department name, the year and the table. */
export const FIGURE_INPUTS: readonly string[] = INPUTS.filter(
  (d) => d.kind !== 'text' && d.kind !== 'year' && d.kind !== 'table',
).map((d) => d.name);

interface Family {
  id: string;
  /** Chance that the workbook's tables are kept in 元 rather than 万元. */
  yuan: number;
  build: (ctx: Ctx) => string;
}

function finalAccountSet(ctx: Ctx): string {
  // A whole 决算 set in one workbook: the same 本年支出合计 appears in 财决01 and 财决03.
  const parts = [caijue01(ctx), caijue03(ctx), threePublic(ctx), assets(ctx), staff(ctx)];
  return parts.join('|');
}

export const FAMILIES: readonly Family[] = [
  { id: 'caijue01', yuan: 0.25, build: caijue01 },
  { id: 'caijue03', yuan: 0.25, build: caijue03 },
  { id: 'threePublic', yuan: 0.25, build: threePublic },
  { id: 'assets', yuan: 0.3, build: assets },
  { id: 'staff', yuan: 0, build: staff },
  { id: 'budgetDisclosure', yuan: 0.3, build: budgetDisclosure },
  { id: 'ledgerExport', yuan: 0.7, build: ledgerExport },
  { id: 'multiYear', yuan: 0.2, build: multiYear },
  { id: 'selfEvaluation', yuan: 0, build: selfEvaluation },
  { id: 'clerkBasics', yuan: 0.15, build: clerkBasics },
  { id: 'finalAccountSet', yuan: 0.2, build: finalAccountSet },
];

/** A figure in running text, as a clerk writes it: 万元 to two decimals. */
function prose(c: Cents): string {
  return new D(wan(c)).toFixed(2);
}

/** Sheets a real workbook carries besides its tables: a cover, a contents list, a prose note. */
function otherSheets(ctx: Ctx): void {
  const { b, d, next } = ctx;
  if (chance(next, 0.25)) {
    const s = b.addSheet('封面');
    s.set(2, 1, `${d.year}年度部门决算报表`);
    s.set(5, 1, `单位名称：${d.name}`);
    s.set(6, 1, '单位负责人：          财务负责人：          填表人：');
    s.set(7, 1, `报送日期：${d.year + 1}年2月`);
  }
  if (chance(next, 0.2)) {
    const s = b.addSheet(pick(next, ['说明', '编制说明']));
    s.set(0, 0, '编制说明');
    s.set(
      1,
      0,
      `一、本年度部门收入合计${prose(d.incomeActual)}万元，年初预算数${prose(d.budgetInitial)}万元，本年支出合计${prose(d.expenditure)}万元。`,
    );
    s.set(2, 0, '二、“三公”经费支出较上年下降，主要是严格执行中央八项规定精神。');
  }
}

export interface HoldoutOptions {
  seed?: number;
  /** Workbooks per family (default 20: 220 in all). */
  perFamily?: number;
}

export function generateHoldoutSet(options: HoldoutOptions = {}): HoldoutWorkbook[] {
  const seed = options.seed ?? 20201231;
  const perFamily = options.perFamily ?? 20;
  const out: HoldoutWorkbook[] = [];
  FAMILIES.forEach((family, fi) => {
    for (let i = 0; i < perFamily; i++) {
      const next: Rand = rng(seed + fi * 100_003 + i * 7919);
      const unit: MoneyUnit = chance(next, family.yuan) ? 'yuan' : 'wan';
      const grain = unit === 'yuan' ? pick(next, [1, 100]) : 10_000;
      const b = new BookBuilder();
      const ctx: Ctx = { b, d: makeDepartment(next, grain), next, unit };
      if (chance(next, 0.5)) otherSheets(ctx);
      const variant = family.build(ctx);
      if (chance(next, 0.3) && b.sheets.every((s) => s.sheet.name !== '说明' && s.sheet.name !== '封面'))
        otherSheets(ctx);
      const id = `${family.id}/${String(i).padStart(3, '0')}`;
      out.push(b.finish(id, family.id, `${unit}:${variant}`, FIGURE_INPUTS));
    }
  });
  return out;
}
