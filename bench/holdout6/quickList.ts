/**
 * A 部门决算快报: the few figures a department reports right after the year closes, kept by the
 * clerk as one list down column A, the hierarchy shown only by leading spaces (no 一、 / （一）
 * numbering, no 其中：). A child's label alone is often ambiguous — 预算数 under “三公”经费, 年初 /
 * 年末 under 存量资金, 编制数 / 实有人数 with 行政 under each — so only its parent says what it is.
 * The figure sits in column B (or C behind a 计量单位 column); a 上年数 column follows in some
 * books, whose cell is the answer for 上年“三公”经费预算数 and a distractor elsewhere.
 */
import { type Ctx } from '../holdout/common';
import { chance, pick, sumAssets, sumStaff, sumTP, type Cents } from '../holdout/figures';
import { putCount, putMoney, putRatio, type Mark } from '../holdout3/helpers';
import { unitText } from './common6';

type Value =
  | { kind: 'money'; c: Cents; mark?: Mark; prior?: Cents; priorMark?: Mark }
  | { kind: 'count'; n: number; mark?: Mark }
  | { kind: 'ratio'; pct: number; mark?: Mark }
  | { kind: 'none' };

interface Item {
  depth: number;
  label: string;
  value: Value;
}

export function quickList(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const indent = pick(next, ['　', '  ', '    ', '   ']);
  const withUnitCol = chance(next, 0.35);
  const withPrior = chance(next, 0.4);
  const items: Item[] = [];
  const add = (depth: number, label: string, value: Value): void => {
    items.push({ depth, label, value });
  };
  const m = (c: Cents, name?: string, label?: string, prior?: Cents, priorMark?: Mark): Value => ({
    kind: 'money',
    c,
    mark: name ? { truth: { name, label: label ?? name } } : undefined,
    prior,
    priorMark,
  });
  const none: Value = { kind: 'none' };

  // Most 快报 open with the year's income, a figure beside the spending that is not it.
  const withIncome = chance(next, 0.5);
  if (withIncome)
    add(0, pick(next, ['收入合计', '本年收入合计']), {
      kind: 'money',
      c: d.incomeActual,
      mark: { distractor: { name: 'PE_Expenditure', why: 'the year’s income, not its spending' } },
    });
  add(
    0,
    pick(next, ['支出合计', '本年支出合计', '支出总计']),
    m(d.expenditure, 'PE_Expenditure', '支出合计', d.priorExpenditure, {
      distractor: { name: 'PE_Expenditure', why: 'last year’s spending' },
    }),
  );
  add(1, '基本支出', m(d.basic));
  add(2, '人员经费', m(d.personnel));
  add(2, '公用经费', m(d.publicFundsActual, 'PE_PublicFundsActual', '基本支出 / 公用经费'));
  add(1, '项目支出', m(d.project));
  add(0, pick(next, ['预算情况', '预算安排']), none);
  add(
    1,
    pick(next, ['年初预算', '年初预算数']),
    m(d.budgetInitial, 'PE_BudgetInitial', '预算情况 / 年初预算', d.priorBudgetInitial, {
      distractor: { name: 'PE_BudgetInitial', why: 'last year’s 年初预算' },
    }),
  );
  add(2, '公用经费', m(d.publicFundsBudget, 'PE_PublicFundsBudget', '年初预算 / 公用经费'));
  add(
    1,
    pick(next, ['调整后预算', '全年预算', '全年预算数']),
    m(d.budgetAdjusted, 'PE_BudgetAdjusted', '预算情况 / 调整后预算'),
  );

  const tpPrior = sumTP(d.tpPrior);
  add(0, pick(next, ['“三公”经费', '三公经费']), none);
  add(
    1,
    '预算数',
    m(sumTP(d.tpBudget), 'PE_ThreePublicBudget', '“三公”经费 / 预算数', tpPrior, {
      truth: { name: 'PE_ThreePublicBudgetPrior', label: '“三公”经费 / 预算数 上年数' },
    }),
  );
  add(
    1,
    pick(next, ['支出数', '决算数', '实际支出']),
    m(sumTP(d.tpActual), 'PE_ThreePublicActual', '“三公”经费 / 支出数', sumTP(d.tpPriorActual), {
      distractor: { name: 'PE_ThreePublicActual', why: 'last year’s 三公 spending' },
    }),
  );
  add(2, '因公出国（境）费', m(d.tpActual.outbound));
  add(2, '公务用车购置及运行维护费', m(d.tpActual.carPurchase + d.tpActual.carRun));
  add(2, '公务接待费', m(d.tpActual.reception));
  const priorRow = !withPrior || chance(next, 0.5);
  if (priorRow) add(1, '上年预算数', m(tpPrior, 'PE_ThreePublicBudgetPrior', '“三公”经费 / 上年预算数'));

  const e = d.assetsEnd;
  add(
    0,
    pick(next, ['资产总额', '资产合计']),
    m(sumAssets(e), 'PE_AssetsTotal', '资产总额', sumAssets(d.assetsBegin), {
      distractor: { name: 'PE_AssetsTotal', why: 'the opening (上年末) total' },
    }),
  );
  add(1, '流动资产', m(e.current, 'PE_AssetsCurrent', '资产总额 / 流动资产'));
  add(1, '固定资产', m(e.fixed, 'PE_AssetsFixed', '资产总额 / 固定资产'));
  const inUse = chance(next, 0.6);
  if (inUse) add(2, '在用', m(d.fixedInUse, 'PE_FixedAssetsInUse', '固定资产 / 在用'));
  add(1, '无形资产', m(e.intangible, 'PE_AssetsIntangible', '资产总额 / 无形资产'));
  add(1, '在建工程', m(e.inProgress, 'PE_AssetsInProgress', '资产总额 / 在建工程'));
  add(1, '其他资产', m(e.other, 'PE_AssetsOther', '资产总额 / 其他资产'));

  add(0, pick(next, ['财政存量资金', '存量资金']), none);
  add(
    1,
    pick(next, ['年初', '年初数', '上年末']),
    m(d.stockPriorEnd, 'PE_StockFundsPriorEnd', '存量资金 / 年初'),
  );
  add(1, pick(next, ['年末', '年末数', '本年末']), m(d.stockEnd, 'PE_StockFundsEnd', '存量资金 / 年末'));
  add(0, '政府采购', none);
  add(
    1,
    pick(next, ['计划', '计划数', '预算']),
    m(d.procurementPlan, 'PE_ProcurementPlan', '政府采购 / 计划'),
  );
  add(
    1,
    pick(next, ['实际', '实际数', '执行']),
    m(d.procurementActual, 'PE_ProcurementActual', '政府采购 / 实际'),
  );

  add(0, '人员', none);
  const cnt = (n: number, name?: string, label?: string, mark?: Mark): Value => ({
    kind: 'count',
    n,
    mark: mark ?? (name ? { truth: { name, label: label ?? name } } : undefined),
  });
  add(1, '编制数', cnt(sumStaff(d.staffAuthorized), 'PE_StaffAuthorized', '人员 / 编制数'));
  add(2, '行政', cnt(d.staffAuthorized.admin, 'PE_OfficialsAuthorized', '编制数 / 行政'));
  add(2, '事业', cnt(d.staffAuthorized.institution));
  add(1, '实有人数', cnt(sumStaff(d.staffActual), 'PE_StaffActual', '人员 / 实有人数'));
  add(2, '行政', cnt(d.staffActual.admin, 'PE_OfficialsActual', '实有人数 / 行政'));
  add(2, '事业', cnt(d.staffActual.institution));
  add(
    1,
    '离退休',
    cnt(d.retired, undefined, undefined, { distractor: { name: 'PE_StaffActual', why: 'retired staff' } }),
  );
  const withWork = chance(next, 0.5);
  if (withWork) {
    add(0, '工作任务', none);
    add(1, '重点任务', cnt(d.keyTasks[0], 'PE_KeyTasksPlanned', '工作任务 / 重点任务'));
    add(2, '完成', cnt(d.keyTasks[1], 'PE_KeyTasksDone', '重点任务 / 完成'));
    add(1, '绩效指标', cnt(d.targets[0], 'PE_TargetsSet', '工作任务 / 绩效指标'));
    add(2, '完成', cnt(d.targets[1], 'PE_TargetsMet', '绩效指标 / 完成'));
    add(1, '满意度', {
      kind: 'ratio',
      pct: d.satisfactionPct,
      mark: { truth: { name: 'PE_Satisfaction', label: '满意度' } },
    });
  }

  const s = b.addSheet(pick(next, ['快报', `${d.year}快报`, '决算快报', 'Sheet1']));
  const vc = withUnitCol ? 2 : 1;
  const pc = vc + 1;
  s.set(0, 0, `${d.name}${d.year}年度部门决算快报`);
  s.merge(0, 0, 0, withPrior ? pc : vc);
  const unitInTitle = !withUnitCol && chance(next, 0.5);
  if (unitInTitle) s.set(1, vc, unitText(ctx));
  s.line(2, 0, [
    '项目',
    ...(withUnitCol ? ['计量单位'] : []),
    withPrior ? `${d.year}年` : '金额（数量）',
    ...(withPrior ? [`${d.year - 1}年`] : []),
  ]);
  let r = 3;
  const moneyUnit = ctx.unit === 'wan' ? '万元' : '元';
  for (const it of items) {
    s.set(r, 0, `${indent.repeat(it.depth)}${it.label}`);
    const v = it.value;
    if (withUnitCol && v.kind !== 'none')
      s.set(
        r,
        1,
        v.kind === 'money'
          ? moneyUnit
          : v.kind === 'ratio'
            ? '%'
            : /任务/.test(it.label) || it.label === '完成'
              ? '项'
              : /指标/.test(it.label)
                ? '个'
                : '人',
      );
    if (v.kind === 'money') {
      putMoney(s, ctx, r, vc, v.c, 'number', v.mark ?? {});
      if (withPrior && v.prior !== undefined) putMoney(s, ctx, r, pc, v.prior, 'number', v.priorMark ?? {});
    } else if (v.kind === 'count') putCount(s, r, vc, v.n, v.mark ?? {});
    else if (v.kind === 'ratio') putRatio(s, r, vc, v.pct, v.mark ?? {});
    r++;
  }
  // Without a unit column and without it in the head, the unit closes the list as a 注.
  if (!withUnitCol && !unitInTitle)
    s.set(r + 1, 0, `注：金额${unitText(ctx).replace(/^.*[:：]\s*/, '单位为')}，人数单位为人。`);
  return `i${indent.length}${indent === '　' ? 'fw' : 'sp'}${withUnitCol ? ':unitcol' : ''}${withPrior ? ':prior' : ''}${priorRow ? '' : ':noPriorRow'}${withWork ? ':work' : ''}${inUse ? ':inuse' : ''}${withIncome ? ':income' : ''}`;
}
