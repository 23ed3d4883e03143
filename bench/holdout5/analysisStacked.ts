/**
 * The data sheet behind a 部门财务分析报告: several small tables stacked down one sheet, each with
 * its own heading line (一、 / 表1 / （一） numbering), its own column heads and its own unit (one
 * table in 万元, the next in 元, the unit in the heading, on the heading line's right or in the
 * column heads), an 分析 sentence under some of them that quotes figures, blank rows between.
 * The tables: 预算执行 (年初 / 调整后 / 实际 / 执行率 / 上年同期 / 同比), “三公” 经费 (预算 / 实际 /
 * 上年实际 / 增减 / 控制率), 基本支出 结构 (人员经费 / 公用经费 with 占比), 资产 (年初 / 年末 / 增减 /
 * 占比), 人员 (编制 / 实有 / 空编), 绩效目标 (计划 / 完成 / 完成率, 满意度 目标 / 实际), 政府采购 and
 * 财政存量资金 (计划 or 年初 / 实际 or 年末).
 *
 * What a clerk points at: each table's total line in the column that means the input. 上年同期,
 * 上年实际, 年初 asset figures, 增减, 基本 / 项目 / 人员经费 lines, “三公” items and the 满意度
 * target are distractors.
 */
import { D } from '../../src/engine/decimal';
import type { Ctx, MoneyUnit } from '../holdout/common';
import { cnOrdinal } from '../holdout/common';
import { chance, int, pick, sumAssets, sumStaff, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { putCount, putMoney, putRatio, rateCell, type Mark } from '../holdout3/helpers';
import { handlesDisputes, onGrain } from './common5';

type UnitPlace = 'title' | 'right' | 'heads';

interface Table {
  s: SheetBuilder;
  ctx: Ctx;
  unit: MoneyUnit;
  /** The unit a money table states in its column heads ('' when it states it elsewhere). */
  headUnit: string;
}

const unitName = (u: MoneyUnit): string => (u === 'wan' ? '万元' : '元');

/** One cell of a table's money figure, in the table's unit. */
function money(t: Table, row: number, col: number, c: Cents, mark: Mark = {}): void {
  putMoney(t.s, t.ctx, row, col, c, 'number', mark, t.unit);
}

export function analysisStacked(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['分析数据', '财务分析', '数据表', `${d.year}年财务分析`]));
  s.set(
    0,
    0,
    pick(next, [`${d.name}${d.year}年度财务分析数据`, `${d.year}年度部门财务分析表`, '财务分析报告附表']),
  );
  s.merge(0, 0, 0, 6);
  const numbering = pick(next, ['cn', 'table', 'paren'] as const);
  const variant: string[] = [numbering];
  const builders: [string, (t: Table, r: number) => number, number][] = [
    ['exec', execution, 1],
    ['threePublic', threePublic, 0.8],
    ['basic', basicStructure, 0.6],
    ['assets', assets, 0.75],
    ['staff', staff, 0.7],
    ['performance', performance, 0.75],
    ['procurementStock', procurementStock, 0.7],
  ];
  let r = 2;
  let k = 0;
  for (const [id, build, p] of builders) {
    if (!chance(next, p)) continue;
    const unit: MoneyUnit = chance(next, 0.35) ? 'yuan' : 'wan';
    const place: UnitPlace = pick(next, ['title', 'right', 'heads'] as const);
    const title = TITLES[id];
    const label =
      numbering === 'cn'
        ? `${cnOrdinal(k)}${title}`
        : numbering === 'table'
          ? `表${k + 1} ${title}`
          : `（${k + 1}）${title}`;
    const isMoney = id !== 'staff' && id !== 'performance';
    s.set(r, 0, isMoney && place === 'title' ? `${label}（单位：${unitName(unit)}）` : label);
    if (isMoney && place === 'right') s.set(r, 6, `单位：${unitName(unit)}`);
    if (id === 'staff' && chance(next, 0.5)) s.set(r, 6, '单位：人');
    r++;
    const t: Table = { s, ctx, unit, headUnit: isMoney && place === 'heads' ? `（${unitName(unit)}）` : '' };
    r = build(t, r);
    if (chance(next, 0.45)) s.set(r++, 0, analysisLine(ctx, id));
    r += int(next, 1, 2);
    k++;
    variant.push(`${id}:${isMoney ? `${unit}/${place}` : '-'}`);
  }
  return variant.join('+');
}

/** A column head, with the unit when the table states it there. */
const h = (t: Table, text: string): string => `${text}${t.headUnit}`;

const TITLES: Record<string, string> = {
  exec: '预算执行情况',
  threePublic: '“三公”经费支出情况',
  basic: '基本支出结构',
  assets: '资产情况',
  staff: '人员情况',
  performance: '绩效目标完成情况',
  procurementStock: '政府采购及财政存量资金情况',
};

function wanText(c: Cents): string {
  return `${new D(c).div(1_000_000).toFixed(2)}万元`;
}

/** A sentence of the 分析: figures in prose, never a cell a clerk binds. */
function analysisLine(ctx: Ctx, id: string): string {
  const { d } = ctx;
  switch (id) {
    case 'exec':
      return `分析：全年支出${wanText(d.expenditure)}，较上年${d.expenditure >= d.priorExpenditure ? '增加' : '减少'}${wanText(Math.abs(d.expenditure - d.priorExpenditure))}。`;
    case 'threePublic':
      return `分析：“三公”经费支出${wanText(sumTP(d.tpActual))}，控制在预算以内。`;
    case 'assets':
      return `分析：年末资产总额${wanText(sumAssets(d.assetsEnd))}，其中固定资产${wanText(d.assetsEnd.fixed)}。`;
    default:
      return '分析：各项指标总体完成较好。';
  }
}

function execution(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d, next } = ctx;
  const g = d.grain;
  s.line(r0, 0, [
    '项目',
    h(t, '年初预算'),
    h(t, '调整后预算'),
    h(t, '实际支出'),
    '预算执行率',
    h(t, '上年同期支出'),
    '同比增减率',
  ]);
  const priorBasic = onGrain(d.priorExpenditure, (d.basic / d.expenditure) * (0.95 + next() * 0.1), g);
  const rows: [string, Cents | null, Cents | null, Cents, Cents, boolean][] = [
    [
      pick(next, ['支出合计', '本年支出合计', '合计']),
      d.budgetInitial,
      d.budgetAdjusted,
      d.expenditure,
      d.priorExpenditure,
      true,
    ],
    ['  基本支出', null, null, d.basic, priorBasic, false],
    ['  项目支出', null, null, d.project, d.priorExpenditure - priorBasic, false],
  ];
  let r = r0 + 1;
  for (const [label, init, full, act, prior, total] of rows) {
    s.set(r, 0, label);
    const l = label.trim();
    if (init !== null)
      money(t, r, 1, init, total ? { truth: { name: 'PE_BudgetInitial', label: `${l} × 年初预算` } } : {});
    if (full !== null)
      money(t, r, 2, full, total ? { truth: { name: 'PE_BudgetAdjusted', label: `${l} × 调整后预算` } } : {});
    money(
      t,
      r,
      3,
      act,
      total
        ? { truth: { name: 'PE_Expenditure', label: `${l} × 实际支出` } }
        : { distractor: { name: 'PE_Expenditure', why: `${l} only` } },
    );
    if (full !== null) s.set(r, 4, rateCell(act, full, false));
    money(
      t,
      r,
      5,
      prior,
      total && prior !== act ? { distractor: { name: 'PE_Expenditure', why: '上年同期' } } : {},
    );
    s.set(r, 6, rateCell(act - prior, prior, false));
    r++;
  }
  return r;
}

function threePublic(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d, next } = ctx;
  s.line(r0, 0, [
    '项目',
    h(t, '预算数'),
    h(t, '实际支出'),
    h(t, '上年实际支出'),
    h(t, '比上年增减'),
    '控制率',
  ]);
  // Some analyses set this year's “三公” budget against last year's (压减 is the usual story).
  const withPriorBudget = chance(next, 0.45);
  if (withPriorBudget) s.set(r0, 6, h(t, '上年预算数'));
  const b = d.tpBudget;
  const a = d.tpActual;
  const p = d.tpPriorActual;
  const q = d.tpPrior;
  const items: [string, Cents, Cents, Cents, Cents][] = [
    ['  因公出国（境）费', b.outbound, a.outbound, p.outbound, q.outbound],
    ['  公务接待费', b.reception, a.reception, p.reception, q.reception],
    [
      '  公务用车购置及运行维护费',
      b.carPurchase + b.carRun,
      a.carPurchase + a.carRun,
      p.carPurchase + p.carRun,
      q.carPurchase + q.carRun,
    ],
  ];
  if (chance(next, 0.5)) {
    items.push(['    其中：公务用车购置费', b.carPurchase, a.carPurchase, p.carPurchase, q.carPurchase]);
    items.push(['          公务用车运行维护费', b.carRun, a.carRun, p.carRun, q.carRun]);
  }
  const totalLabel = pick(next, ['合计', '“三公”经费合计', '三公经费合计']);
  const rows: [string, Cents, Cents, Cents, Cents][] = [
    [totalLabel, sumTP(b), sumTP(a), sumTP(p), sumTP(q)],
    ...items,
  ];
  let r = r0 + 1;
  rows.forEach(([label, bud, act, prior, priorBud], i) => {
    if (withPriorBudget) {
      const mark: Mark =
        i === 0
          ? {
              truth: { name: 'PE_ThreePublicBudgetPrior', label: `${label} × 上年预算数` },
              distractor: priorBud !== bud ? { name: 'PE_ThreePublicBudget', why: '上年预算数' } : undefined,
            }
          : priorBud !== sumTP(q)
            ? { distractor: { name: 'PE_ThreePublicBudgetPrior', why: 'one “三公” item' } }
            : {};
      money(t, r, 6, priorBud, mark);
    }
    const total = i === 0;
    s.set(r, 0, label);
    const part = (name: string, c: Cents, whole: Cents): Mark =>
      !total && c !== whole ? { distractor: { name, why: 'one “三公” item' } } : {};
    money(
      t,
      r,
      1,
      bud,
      total
        ? { truth: { name: 'PE_ThreePublicBudget', label: `${label} × 预算数` } }
        : part('PE_ThreePublicBudget', bud, sumTP(b)),
    );
    money(
      t,
      r,
      2,
      act,
      total
        ? { truth: { name: 'PE_ThreePublicActual', label: `${label} × 实际支出` } }
        : part('PE_ThreePublicActual', act, sumTP(a)),
    );
    money(
      t,
      r,
      3,
      prior,
      total && prior !== act ? { distractor: { name: 'PE_ThreePublicActual', why: '上年实际支出' } } : {},
    );
    money(t, r, 4, act - prior);
    s.set(r, 5, rateCell(act, bud, false));
    r++;
  });
  return r;
}

function basicStructure(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d } = ctx;
  s.line(r0, 0, ['项目', h(t, '预算数'), h(t, '支出数'), '占基本支出比重']);
  let r = r0 + 1;
  s.set(r, 0, '基本支出');
  money(t, r, 2, d.basic, { distractor: { name: 'PE_PublicFundsActual', why: '基本支出, not 公用经费' } });
  s.set(r, 3, 1);
  r++;
  s.set(r, 0, '  人员经费');
  money(t, r, 2, d.personnel, {
    distractor: { name: 'PE_PublicFundsActual', why: '人员经费, not 公用经费' },
  });
  s.set(r, 3, rateCell(d.personnel, d.basic, false));
  r++;
  s.set(r, 0, '  公用经费');
  money(t, r, 1, d.publicFundsBudget, {
    truth: { name: 'PE_PublicFundsBudget', label: '公用经费 × 预算数' },
  });
  money(t, r, 2, d.publicFundsActual, {
    truth: { name: 'PE_PublicFundsActual', label: '公用经费 × 支出数' },
  });
  s.set(r, 3, rateCell(d.publicFundsActual, d.basic, false));
  return r + 1;
}

function assets(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d, next } = ctx;
  s.line(r0, 0, ['项目', h(t, '年初数'), h(t, '年末数'), h(t, '增减额'), '增减率', '占资产总额比重']);
  const e = d.assetsEnd;
  const bgn = d.assetsBegin;
  const rows: [string, Cents, Cents, string][] = [
    ['资产总额', sumAssets(bgn), sumAssets(e), 'PE_AssetsTotal'],
    ['  流动资产', bgn.current, e.current, 'PE_AssetsCurrent'],
    ['  固定资产', bgn.fixed, e.fixed, 'PE_AssetsFixed'],
    ['  在建工程', bgn.inProgress, e.inProgress, 'PE_AssetsInProgress'],
    ['  无形资产', bgn.intangible, e.intangible, 'PE_AssetsIntangible'],
    ['  其他资产', bgn.other, e.other, 'PE_AssetsOther'],
  ];
  const total = sumAssets(e);
  const withInUse = chance(next, 0.5);
  let r = r0 + 1;
  for (const [label, begin, end, input] of rows) {
    s.set(r, 0, label);
    const endV = end;
    money(t, r, 1, begin, begin !== endV ? { distractor: { name: input, why: '年初数' } } : {});
    money(t, r, 2, endV, { truth: { name: input, label: `${label.trim()} × 年末数` } });
    money(t, r, 3, endV - begin);
    s.set(r, 4, rateCell(endV - begin, begin, false));
    s.set(r, 5, rateCell(endV, total, false));
    r++;
    // 在用 is a part of 固定资产, written right under it.
    if (withInUse && input === 'PE_AssetsFixed') {
      s.set(r, 0, '    其中：在用固定资产');
      money(t, r, 2, d.fixedInUse, {
        truth: { name: 'PE_FixedAssetsInUse', label: '其中：在用固定资产 × 年末数' },
      });
      s.set(r, 5, rateCell(d.fixedInUse, total, false));
      r++;
    }
  }
  return r;
}

function staff(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d } = ctx;
  s.line(r0, 0, ['项目', '编制数', '实有人数', '空编数']);
  const a = d.staffAuthorized;
  const x = d.staffActual;
  const rows: [string, number, number, string | null, string | null][] = [
    ['合计', sumStaff(a), sumStaff(x), 'PE_StaffAuthorized', 'PE_StaffActual'],
    ['  行政', a.admin, x.admin, 'PE_OfficialsAuthorized', 'PE_OfficialsActual'],
    ['  事业', a.institution, x.institution, null, null],
    ['  工勤', a.worker, x.worker, null, null],
  ];
  let r = r0 + 1;
  for (const [label, auth, act, inA, inX] of rows) {
    s.set(r, 0, label);
    const l = label.trim();
    putCount(s, r, 1, auth, inA ? { truth: { name: inA, label: `${l} × 编制数` } } : {});
    putCount(s, r, 2, act, inX ? { truth: { name: inX, label: `${l} × 实有人数` } } : {});
    putCount(
      s,
      r,
      3,
      auth - act,
      inX && auth - act !== act ? { distractor: { name: inX, why: '空编数' } } : {},
    );
    r++;
  }
  s.set(r, 0, '另：离退休人员');
  putCount(s, r, 2, d.retired, { distractor: { name: 'PE_StaffActual', why: '离退休人员' } });
  return r + 1;
}

function performance(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d, next } = ctx;
  s.line(r0, 0, ['指标', '计划数', '完成数', '完成率']);
  const rows: [string, [number, number], string, string][] = [
    ['年度重点工作任务（项）', d.keyTasks, 'PE_KeyTasksPlanned', 'PE_KeyTasksDone'],
    ['设定绩效指标（个）', d.targets, 'PE_TargetsSet', 'PE_TargetsMet'],
    ['纳入考核项目（个）', d.projects, 'PE_ProjectsTotal', 'PE_ProjectsOnTime'],
    ['效果指标（个）', d.outcomes, 'PE_OutcomesSet', 'PE_OutcomesMet'],
  ];
  if (handlesDisputes(d))
    rows.push(['矛盾纠纷排查 / 调处（件）', d.disputes, 'PE_DisputesTotal', 'PE_DisputesResolved']);
  let r = r0 + 1;
  for (const [label, [plan, done], inP, inD] of rows) {
    s.set(r, 0, label);
    putCount(s, r, 1, plan, { truth: { name: inP, label: `${label} × 计划数` } });
    putCount(s, r, 2, done, { truth: { name: inD, label: `${label} × 完成数` } });
    s.set(r, 3, rateCell(done, plan, false));
    r++;
  }
  s.set(r, 0, pick(next, ['服务对象满意度', '群众满意度', '满意度']));
  const target = [80, 85, 90].filter((p) => p !== d.satisfactionPct);
  putRatio(s, r, 1, pick(next, target), { distractor: { name: 'PE_Satisfaction', why: '目标值' } });
  putRatio(s, r, 2, d.satisfactionPct, { truth: { name: 'PE_Satisfaction', label: '满意度 × 完成数' } });
  return r + 1;
}

function procurementStock(t: Table, r0: number): number {
  const { s, ctx } = t;
  const { d, next } = ctx;
  s.line(r0, 0, ['项目', h(t, '计划数（年初数）'), h(t, '实际数（年末数）'), h(t, '差额')]);
  let r = r0 + 1;
  s.set(r, 0, '政府采购');
  money(t, r, 1, d.procurementPlan, { truth: { name: 'PE_ProcurementPlan', label: '政府采购 × 计划数' } });
  money(t, r, 2, d.procurementActual, {
    truth: { name: 'PE_ProcurementActual', label: '政府采购 × 实际数' },
  });
  money(t, r, 3, d.procurementActual - d.procurementPlan);
  r++;
  if (chance(next, 0.8)) {
    s.set(r, 0, '财政存量资金');
    money(t, r, 1, d.stockPriorEnd, {
      truth: { name: 'PE_StockFundsPriorEnd', label: '财政存量资金 × 年初数' },
    });
    money(t, r, 2, d.stockEnd, { truth: { name: 'PE_StockFundsEnd', label: '财政存量资金 × 年末数' } });
    money(t, r, 3, d.stockEnd - d.stockPriorEnd);
    r++;
  }
  return r;
}
