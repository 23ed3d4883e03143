/**
 * trendTable: the 近五年 comparison a department puts before its self-evaluation (or in its
 * 部门决算分析): one row per item (年初预算数, 调整后预算数, 实际支出, “三公” 经费预算 / 支出, 公用经费,
 * 政府采购, 年末存量资金, 资产总额, 编制数, 在编人数, 满意度), one column per year (2019年 … 2023年,
 * or the years typed as numbers), often a 增长率 / 年均增长 column after them, and sometimes the
 * next year's budget as the last column (2024年预算), so the evaluation year is not always the
 * latest column: it is given in the title or in a 年度 / 评价年度 cell. The years may run newest
 * first.
 *
 * Answers: the evaluation year's column; the year before's column for 上年“三公”经费预算数 and
 * 上年末财政存量资金. Every other year's figure in an input's row is a distractor, as is the next
 * year's budget.
 */
import { D } from '../../src/engine/decimal';
import type { Ctx } from '../holdout/common';
import { chance, pick, sumAssets, sumTP, type Cents } from '../holdout/figures';
import { coverSheet, notesSheet, putCount, putMoney, putRatio } from '../holdout3/helpers';
import type { SheetBuilder } from '../holdout/workbook';

interface Row {
  label: string;
  kind: 'money' | 'count' | 'ratio';
  /** This year's figure and the input it answers. */
  value: number;
  name: string;
  /** The year before's figure, when it is another input's answer. */
  prior?: { value: number; name: string };
  /** Whether the row has a next-year budget figure. */
  budget?: boolean;
}

/**
 * Another year's figure: the evaluation year's scaled by that year's factor (the department grows
 * or shrinks as a whole, so budgets, spending and assets keep about their proportions), with a
 * little noise per row; never equal to this year's.
 */
function otherYear(
  next: Ctx['next'],
  v: number,
  factor: number,
  grain: number,
  kind: Row['kind'],
  avoid: number[],
): number {
  if (kind === 'ratio')
    return Math.max(80, Math.min(99, v + (next() < 0.5 ? -1 : 1) * (1 + Math.floor(next() * 4))));
  const step = kind === 'money' ? grain : 1;
  const f = kind === 'money' ? factor * (0.985 + next() * 0.03) : Math.pow(factor, 0.3);
  let o = Math.round((v * f) / step) * step;
  while (o === v || avoid.includes(o)) o += step;
  return Math.max(kind === 'money' ? step : 0, o);
}

export function trendTable(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  if (chance(next, 0.3)) coverSheet(ctx, `${d.year}年度部门整体支出绩效自评`);
  const withBudgetYear = chance(next, 0.4);
  const first = withBudgetYear ? d.year - 3 : d.year - 4;
  const years = [first, first + 1, first + 2, first + 3, first + 4];
  const last = years[years.length - 1];
  const newestFirst = chance(next, 0.25);
  const order = newestFirst ? [...years].reverse() : years;
  const numericYears = chance(next, 0.3);
  const heads = new Map<number, string | number>(
    years.map((y) => [
      y,
      y > d.year ? pick(next, [`${y}年预算`, `${y}年（预算）`]) : numericYears ? y : `${y}年`,
    ]),
  );
  const yearHead = (y: number): string | number => heads.get(y) ?? y;
  const wanWord = ctx.unit === 'wan' ? '万元' : '元';
  const unitColumn = chance(next, 0.5);

  const all: Row[] = [
    {
      label: pick(next, ['年初预算数', '年初预算']),
      kind: 'money',
      value: d.budgetInitial,
      name: 'PE_BudgetInitial',
      budget: true,
    },
    {
      label: pick(next, ['调整后预算数', '全年预算数']),
      kind: 'money',
      value: d.budgetAdjusted,
      name: 'PE_BudgetAdjusted',
    },
    {
      label: pick(next, ['实际支出数', '支出合计', '决算支出']),
      kind: 'money',
      value: d.expenditure,
      name: 'PE_Expenditure',
    },
    {
      label: '“三公”经费预算',
      kind: 'money',
      value: sumTP(d.tpBudget),
      name: 'PE_ThreePublicBudget',
      prior: { value: sumTP(d.tpPrior), name: 'PE_ThreePublicBudgetPrior' },
      budget: true,
    },
    {
      label: pick(next, ['“三公”经费支出', '“三公”经费决算']),
      kind: 'money',
      value: sumTP(d.tpActual),
      name: 'PE_ThreePublicActual',
    },
    {
      label: pick(next, ['公用经费支出', '公用经费']),
      kind: 'money',
      value: d.publicFundsActual,
      name: 'PE_PublicFundsActual',
    },
    {
      label: pick(next, ['政府采购金额', '政府采购实际金额']),
      kind: 'money',
      value: d.procurementActual,
      name: 'PE_ProcurementActual',
    },
    {
      label: pick(next, ['年末财政存量资金', '财政存量资金（年末）']),
      kind: 'money',
      value: d.stockEnd,
      name: 'PE_StockFundsEnd',
      prior: { value: d.stockPriorEnd, name: 'PE_StockFundsPriorEnd' },
    },
    {
      label: pick(next, ['资产总额', '资产总计']),
      kind: 'money',
      value: sumAssets(d.assetsEnd),
      name: 'PE_AssetsTotal',
    },
    {
      label: pick(next, ['编制数', '核定编制']),
      kind: 'count',
      value: d.staffAuthorized.admin + d.staffAuthorized.institution + d.staffAuthorized.worker,
      name: 'PE_StaffAuthorized',
    },
    {
      label: pick(next, ['在编人数', '在职在编人数']),
      kind: 'count',
      value: d.staffActual.admin + d.staffActual.institution + d.staffActual.worker,
      name: 'PE_StaffActual',
    },
    {
      label: pick(next, ['服务对象满意度', '群众满意度']),
      kind: 'ratio',
      value: d.satisfactionPct,
      name: 'PE_Satisfaction',
    },
  ];
  const rows = all.filter((_, i) => i < 3 || chance(next, 0.7));
  // Each year's size against the evaluation year: a steady growth of 2–10 % a year, give or take.
  const growth = 0.02 + next() * 0.08;
  const factorOf = new Map(years.map((y) => [y, Math.pow(1 + growth, y - d.year) * (0.95 + next() * 0.1)]));

  const s = b.addSheet(pick(next, ['近五年对比', '历年数据', '趋势分析', 'Sheet1']));
  const width = 2 + (unitColumn ? 1 : 0) + years.length + 1;
  const titleHasYear = chance(next, 0.5);
  s.mergedText(
    0,
    0,
    0,
    width - 1,
    titleHasYear
      ? `${d.name}${d.year}年度整体支出绩效自评——近五年主要数据对比`
      : `${d.name}${years[0]}—${last}年主要数据对比表`,
  );
  let r = 1;
  if (!titleHasYear || chance(next, 0.4)) {
    s.set(r, 0, pick(next, ['评价年度：', '年度：']) + String(d.year));
  }
  if (!unitColumn) s.set(r, width - 1, `单位：${wanWord}`);
  r++;
  const yearCol0 = unitColumn ? 3 : 2;
  const growthHead = pick(next, ['增长率（%）', '较上年增长（%）', '较上年增减（%）']);
  s.line(r, 0, ['序号', '项目', ...(unitColumn ? ['单位'] : []), ...order.map(yearHead), growthHead]);
  r++;
  const colOf = (y: number): number => yearCol0 + order.indexOf(y);
  rows.forEach((row, i) => {
    s.set(r, 0, i + 1);
    const unitWord = row.kind === 'money' ? wanWord : row.kind === 'count' ? '人' : '%';
    s.set(r, 1, !unitColumn && row.kind === 'count' ? `${row.label}（人）` : row.label);
    if (unitColumn) s.set(r, 2, unitWord);
    const byYear = new Map<number, number>();
    for (const y of years) {
      if (y > d.year && !row.budget) continue;
      const v =
        y === d.year
          ? row.value
          : y === d.year - 1 && row.prior
            ? row.prior.value
            : otherYear(
                next,
                // Years before last follow last year's figure when it is known on its own.
                y < d.year - 1 && row.prior ? row.prior.value : row.value,
                (factorOf.get(y) ?? 1) / (y < d.year - 1 && row.prior ? (factorOf.get(d.year - 1) ?? 1) : 1),
                g,
                row.kind,
                [row.value, ...(row.prior ? [row.prior.value] : [])],
              );
      byYear.set(y, v);
      const c = colOf(y);
      const yearLabel = String(yearHead(y));
      const isTruth = y === d.year;
      const isPriorTruth = y === d.year - 1 && row.prior !== undefined;
      const truthName = isTruth ? row.name : isPriorTruth ? row.prior?.name : undefined;
      const mark = truthName
        ? { truth: { name: truthName, label: `${row.label} ${yearLabel}` } }
        : {
            distractor: {
              name: row.name,
              why: y > d.year ? `${y} budget, the next year` : `${y}, another year`,
            },
          };
      write(s, ctx, r, c, row.kind, v, mark);
    }
    // The growth column: this year's change over the last, as a per-cent number.
    const cur = byYear.get(d.year) ?? 0;
    const before = byYear.get(d.year - 1) ?? 0;
    if (row.kind !== 'ratio' && before !== 0)
      s.set(
        r,
        yearCol0 + years.length,
        new D(cur).minus(before).div(before).times(100).toDecimalPlaces(2).toNumber(),
      );
    r++;
  });
  if (chance(next, 0.3)) notesSheet(ctx);
  return `${withBudgetYear ? 'budgetYear' : 'fiveYears'}${newestFirst ? '-desc' : ''}${unitColumn ? '-unitcol' : ''}`;
}

function write(
  s: SheetBuilder,
  ctx: Ctx,
  r: number,
  c: number,
  kind: Row['kind'],
  v: Cents,
  mark: Parameters<typeof putCount>[4],
): void {
  if (kind === 'money') putMoney(s, ctx, r, c, v, 'number', mark);
  else if (kind === 'count') putCount(s, r, c, v, mark);
  else putRatio(s, r, c, v, mark);
}
