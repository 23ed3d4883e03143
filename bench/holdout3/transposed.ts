/**
 * `transposed`: the figures as column heads with their values in the row below, the way a 基本
 * 数字表 or a summary for a report is often drawn: a 基本情况 strip (编制数 | 实有人数 | 行政编制 |
 * 在职公务员 | 年初预算 | 全年预算 | 本年支出, under 人员情况 / 经费情况 group heads, in one value row
 * or one row per year with the year before as a distractor), the “三公” 经费 with its items as
 * columns and rows 上年预算数 / 本年预算数 / 本年决算数 (and 上年决算数), often without a 合计
 * column (then no cell holds the total), the assets with classes as columns and rows 年初数 /
 * 年末数, the work counts with rows 计划数 / 完成数, and a 采购 / 存量资金 strip.
 */
import type { Ctx } from '../holdout/common';
import {
  chance,
  pick,
  shuffle,
  sumAssets,
  sumStaff,
  sumTP,
  type Cents,
  type ThreePublic,
} from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, notesSheet, putCount, putMoney, putRatio, rateCell, type Mark } from './helpers';

const T = (name: string, label: string): Mark => ({ truth: { name, label } });
const X = (name: string, why: string): Mark => ({ distractor: { name, why } });

interface Block {
  /** Writes the block from row `r`; returns the next free row. */
  write: (s: SheetBuilder, r: number) => number;
  id: string;
}

function unitWord(ctx: Ctx): string {
  return ctx.unit === 'wan' ? '万元' : '元';
}

function basicStrip(ctx: Ctx): Block {
  const { d, next } = ctx;
  const byYear = chance(next, 0.4);
  const unitInHead = chance(next, 0.6);
  return {
    id: byYear ? 'basics:byYear' : 'basics',
    write: (s, r0) => {
      let r = r0;
      const u = unitWord(ctx);
      s.set(r, 0, pick(next, ['基本数字表', '单位基本情况表', '部门基本情况']));
      r++;
      if (!unitInHead) {
        s.set(r, 7, `单位：人、${u}`);
        r++;
      }
      const staffHeads = [
        pick(next, ['核定编制数', '编制数', '编制人数']),
        pick(next, ['实有在编人数', '在编实有人数', '实有人数（在编）']),
        pick(next, ['行政编制数', '其中：行政编制']),
        pick(next, ['在职公务员人数', '行政在编人数']),
      ];
      const moneyHeads = [
        pick(next, ['年初预算数', '年初预算']),
        pick(next, ['全年预算数', '调整后预算数']),
        pick(next, ['本年支出数', '全年实际支出', '本年决算支出']),
      ].map((h) => (unitInHead ? `${h}（${u}）` : h));
      const lead = byYear ? '年度' : '单位名称';
      s.set(r, 0, lead);
      s.merge(r, 0, r + 1, 0);
      s.set(r, 1, unitInHead ? '人员情况（人）' : '人员情况');
      s.merge(r, 1, r, 4);
      s.set(r, 5, '经费情况');
      s.merge(r, 5, r, 7);
      s.set(r, 8, '离退休人数');
      s.merge(r, 8, r + 1, 8);
      r++;
      s.line(r, 1, [...staffHeads, ...moneyHeads]);
      r++;
      const write = (label: string | number, cur: boolean): void => {
        s.set(r, 0, label);
        const a = d.staffAuthorized;
        const act = d.staffActual;
        if (cur) {
          putCount(s, r, 1, sumStaff(a), T('PE_StaffAuthorized', staffHeads[0]));
          putCount(s, r, 2, sumStaff(act), T('PE_StaffActual', staffHeads[1]));
          putCount(s, r, 3, a.admin, T('PE_OfficialsAuthorized', staffHeads[2]));
          putCount(s, r, 4, act.admin, T('PE_OfficialsActual', staffHeads[3]));
          putMoney(s, ctx, r, 5, d.budgetInitial, 'number', T('PE_BudgetInitial', moneyHeads[0]));
          putMoney(s, ctx, r, 6, d.budgetAdjusted, 'number', T('PE_BudgetAdjusted', moneyHeads[1]));
          putMoney(s, ctx, r, 7, d.expenditure, 'number', T('PE_Expenditure', moneyHeads[2]));
          putCount(
            s,
            r,
            8,
            d.retired,
            d.retired > 0 ? X('PE_StaffActual', '离退休人数, not staff in post') : {},
          );
        } else {
          // The year before: the same columns, other figures.
          putCount(s, r, 1, sumStaff(a));
          putCount(s, r, 2, Math.max(0, sumStaff(act) + pick(next, [-2, -1, 1, 2])));
          putCount(s, r, 3, a.admin);
          putCount(
            s,
            r,
            4,
            Math.max(0, act.admin + pick(next, [-1, 1])),
            X('PE_OfficialsActual', 'the year before'),
          );
          putMoney(s, ctx, r, 5, d.priorBudgetInitial, 'number', X('PE_BudgetInitial', 'the year before'));
          putMoney(
            s,
            ctx,
            r,
            6,
            d.priorBudgetInitial + d.grain * 1000,
            'number',
            X('PE_BudgetAdjusted', 'the year before'),
          );
          putMoney(s, ctx, r, 7, d.priorExpenditure, 'number', X('PE_Expenditure', 'the year before'));
          putCount(s, r, 8, Math.max(0, d.retired - 1));
        }
        r++;
      };
      if (byYear) {
        const yl = chance(next, 0.5);
        write(yl ? d.year - 1 : `${d.year - 1}年`, false);
        write(yl ? d.year : `${d.year}年`, true);
      } else write(d.name, true);
      return r + 1;
    },
  };
}

function threePublicTable(ctx: Ctx): Block {
  const { d, next } = ctx;
  const withTotal = chance(next, 0.65);
  const priorActual = chance(next, 0.4);
  return {
    id: withTotal ? 'threePublic' : 'threePublic:noTotal',
    write: (s, r0) => {
      let r = r0;
      s.set(r, 0, `“三公”经费情况表（单位：${unitWord(ctx)}）`);
      s.merge(r, 0, r, 6);
      r++;
      const items: [string, (t: ThreePublic) => Cents][] = [
        ['因公出国（境）费', (t) => t.outbound],
        ['公务用车购置费', (t) => t.carPurchase],
        ['公务用车运行维护费', (t) => t.carRun],
        ['公务接待费', (t) => t.reception],
      ];
      const totalLabel = pick(next, ['合计', '“三公”经费合计', '小计']);
      const heads = ['项目', ...(withTotal ? [totalLabel] : []), ...items.map((i) => i[0])];
      s.line(r, 0, heads);
      r++;
      const rowsSpec: [string, ThreePublic, string | null, string][] = [
        [
          pick(next, ['上年预算数', `${d.year - 1}年预算数`]),
          d.tpPrior,
          'PE_ThreePublicBudgetPrior',
          'last year’s budget',
        ],
        [
          pick(next, ['本年预算数', `${d.year}年预算数`, '年初预算数']),
          d.tpBudget,
          'PE_ThreePublicBudget',
          'this year’s budget',
        ],
        [
          pick(next, ['本年决算数', '实际支出数', `${d.year}年决算数`]),
          d.tpActual,
          'PE_ThreePublicActual',
          'this year’s spending',
        ],
      ];
      if (priorActual)
        rowsSpec.splice(1, 0, [
          pick(next, ['上年决算数', `${d.year - 1}年决算数`]),
          d.tpPriorActual,
          null,
          'last year’s spending',
        ]);
      for (const [label, tp, input] of rowsSpec) {
        s.set(r, 0, label);
        let c = 1;
        if (withTotal) {
          if (input) putMoney(s, ctx, r, c, sumTP(tp), 'number', T(input, `${totalLabel} ${label}`));
          else
            putMoney(s, ctx, r, c, sumTP(tp), 'number', X('PE_ThreePublicActual', '上年决算数, last year'));
          c++;
        }
        for (const [, get] of items) {
          const v = get(tp);
          // An item equal to the total (the only one spent on) is not marked: its figure is the answer's.
          putMoney(
            s,
            ctx,
            r,
            c,
            v,
            'number',
            input && v > 0 && v !== sumTP(tp) ? X(input, 'one item of the “三公” 经费') : {},
          );
          c++;
        }
        r++;
      }
      return r + 1;
    },
  };
}

function assetsTable(ctx: Ctx): Block {
  const { d, next } = ctx;
  const totalFirst = chance(next, 0.5);
  const inUse = chance(next, 0.5);
  return {
    id: 'assets',
    write: (s, r0) => {
      let r = r0;
      s.set(r, 0, pick(next, ['资产情况表', '国有资产占用情况', '资产构成情况']));
      s.set(r, 7, `单位：${unitWord(ctx)}`);
      r++;
      const classes: [string, keyof typeof d.assetsEnd, string][] = [
        [pick(next, ['流动资产', '流动资产合计']), 'current', 'PE_AssetsCurrent'],
        [pick(next, ['固定资产', '固定资产净值', '固定资产（净值）']), 'fixed', 'PE_AssetsFixed'],
        ['无形资产', 'intangible', 'PE_AssetsIntangible'],
        ['在建工程', 'inProgress', 'PE_AssetsInProgress'],
        [pick(next, ['其他资产', '其他']), 'other', 'PE_AssetsOther'],
      ];
      const totalLabel = pick(next, ['资产总额', '资产总计', '合计']);
      const heads = [
        '项目',
        ...(totalFirst ? [totalLabel] : []),
        ...classes.map((c) => c[0]),
        ...(totalFirst ? [] : [totalLabel]),
      ];
      const inUseLabel = pick(next, ['在用固定资产', '其中：在用固定资产']);
      if (inUse) heads.push(inUseLabel);
      s.line(r, 0, heads);
      r++;
      const begin = pick(next, ['年初数', '期初数', '上年末数']);
      const end = pick(next, ['年末数', '期末数', '本年末数']);
      for (const [label, a, cur] of [
        [begin, d.assetsBegin, false],
        [end, d.assetsEnd, true],
      ] as const) {
        s.set(r, 0, label);
        let c = 1;
        const total = (): void => {
          putMoney(
            s,
            ctx,
            r,
            c++,
            sumAssets(a),
            'number',
            cur ? T('PE_AssetsTotal', `${totalLabel} ${label}`) : X('PE_AssetsTotal', 'opening balance'),
          );
        };
        if (totalFirst) total();
        for (const [cl, key, input] of classes)
          putMoney(
            s,
            ctx,
            r,
            c++,
            a[key],
            'number',
            cur ? T(input, `${cl} ${label}`) : a[key] > 0 ? X(input, 'opening balance') : {},
          );
        if (!totalFirst) total();
        if (inUse) {
          if (cur)
            putMoney(
              s,
              ctx,
              r,
              c,
              d.fixedInUse,
              'number',
              T('PE_FixedAssetsInUse', `${inUseLabel} ${label}`),
            );
          // The opening row of the in-use column is often left blank.
        }
        r++;
      }
      return r + 1;
    },
  };
}

function countsTable(ctx: Ctx): Block {
  const { d, next } = ctx;
  return {
    id: 'counts',
    write: (s, r0) => {
      let r = r0;
      s.set(r, 0, pick(next, ['年度绩效目标完成情况', '重点工作及绩效指标完成情况']));
      r++;
      const all: [string, [number, number], string, string][] = [
        [
          pick(next, ['重点工作任务（项）', '年度重点工作任务']),
          d.keyTasks,
          'PE_KeyTasksPlanned',
          'PE_KeyTasksDone',
        ],
        [pick(next, ['绩效指标（个）', '设定绩效指标']), d.targets, 'PE_TargetsSet', 'PE_TargetsMet'],
        [pick(next, ['考核项目（个）', '纳入考核项目']), d.projects, 'PE_ProjectsTotal', 'PE_ProjectsOnTime'],
        [pick(next, ['效果指标（个）', '效果指标']), d.outcomes, 'PE_OutcomesSet', 'PE_OutcomesMet'],
        [
          pick(next, ['矛盾纠纷（件）', '排查矛盾纠纷']),
          d.disputes,
          'PE_DisputesTotal',
          'PE_DisputesResolved',
        ],
      ];
      const cols = shuffle(next, all).slice(0, pick(next, [3, 4, 5]));
      const satisfaction = chance(next, 0.6);
      const satLabel = pick(next, ['服务对象满意度', '群众满意度', '满意度']);
      s.line(r, 0, ['项目', ...cols.map((c) => c[0]), ...(satisfaction ? [satLabel] : [])]);
      r++;
      const planLabel = pick(next, ['计划数', '年初设定数', '目标数']);
      const doneLabel = pick(next, ['完成数', '实际完成数', '达成数']);
      s.set(r, 0, planLabel);
      cols.forEach((c, k) => putCount(s, r, 1 + k, c[1][0], T(c[2], `${c[0]} ${planLabel}`)));
      r++;
      s.set(r, 0, doneLabel);
      cols.forEach((c, k) => putCount(s, r, 1 + k, c[1][1], T(c[3], `${c[0]} ${doneLabel}`)));
      if (satisfaction) putRatio(s, r, 1 + cols.length, d.satisfactionPct, T('PE_Satisfaction', satLabel));
      r++;
      s.set(r, 0, '完成率');
      cols.forEach((c, k) => s.set(r, 1 + k, rateCell(c[1][1], c[1][0], false)));
      return r + 2;
    },
  };
}

function fundsStrip(ctx: Ctx): Block {
  const { d, next } = ctx;
  return {
    id: 'funds',
    write: (s, r0) => {
      let r = r0;
      const u = unitWord(ctx);
      s.set(r, 0, pick(next, ['政府采购及存量资金情况', '其他财务数据']));
      r++;
      const heads = [
        pick(next, ['政府采购预算', '政府采购计划金额']),
        pick(next, ['政府采购实际金额', '实际采购金额']),
        pick(next, ['上年末存量资金', '上年末财政存量资金']),
        pick(next, ['本年末存量资金', '年末财政存量资金']),
        '存量资金变动率',
      ];
      s.line(
        r,
        0,
        heads.map((h, k) => (k < 4 ? `${h}（${u}）` : h)),
      );
      r++;
      putMoney(s, ctx, r, 0, d.procurementPlan, 'number', T('PE_ProcurementPlan', heads[0]));
      putMoney(s, ctx, r, 1, d.procurementActual, 'number', T('PE_ProcurementActual', heads[1]));
      putMoney(s, ctx, r, 2, d.stockPriorEnd, 'number', T('PE_StockFundsPriorEnd', heads[2]));
      putMoney(s, ctx, r, 3, d.stockEnd, 'number', T('PE_StockFundsEnd', heads[3]));
      s.set(r, 4, rateCell(d.stockEnd - d.stockPriorEnd, d.stockPriorEnd, false));
      return r + 2;
    },
  };
}

export function transposed(ctx: Ctx): string {
  const { b, d, next } = ctx;
  if (chance(next, 0.2)) coverSheet(ctx, `${d.name}${d.year}年度部门整体支出绩效自评基础数据`);
  const makers = [basicStrip, threePublicTable, assetsTable, countsTable, fundsStrip];
  const chosen = makers.filter(() => chance(next, 0.7));
  if (chosen.length < 2)
    chosen.push(
      ...shuffle(
        next,
        makers.filter((m) => !chosen.includes(m)),
      ).slice(0, 2 - chosen.length),
    );
  const blocks = chosen.map((m) => m(ctx));
  const oneSheet = chance(next, 0.5);
  let s: SheetBuilder | null = null;
  let r = 0;
  for (const bl of blocks) {
    if (!oneSheet || s === null) {
      s = b.addSheet(
        oneSheet ? pick(next, ['基础数据', 'Sheet1', '汇总']) : pick(next, ['表1', '数据', '情况表']),
      );
      r = 0;
    }
    r = bl.write(s, r);
  }
  if (chance(next, 0.2)) notesSheet(ctx);
  return `${oneSheet ? 'one' : 'many'}:${blocks.map((x) => x.id).join('+')}`;
}
