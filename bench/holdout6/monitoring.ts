/**
 * A 部门整体预算绩效运行监控表: the form a department fills in during the year (as at the end of
 * June, August or September) and sends to the 财政局. It carries the year's 年初预算 (fixed from the
 * start) and the targets set for the year, but the spending is only what was paid so far
 * (1–8月执行数) and a forecast (全年预计执行数): neither is the year's 实际支出, and the 调整后预算
 * is the budget as adjusted so far, not the year's. So the spending, the year's adjusted budget
 * and every completion are absent, and their cells are distractors. Staff in post is counted at the
 * end of the monitoring month, not at year end.
 */
import { type Ctx } from '../holdout/common';
import { chance, int, pick, sumStaff, sumTP, type Cents } from '../holdout/figures';
import { putCount, putMoney, rateCell } from '../holdout3/helpers';
import { coverSheet } from '../holdout3/helpers';
import type { SheetBuilder } from '../holdout/workbook';
import { around, onGrain, unitText } from './common6';

interface MoneyLine {
  label: string;
  initial: Cents;
  /** The budget as adjusted up to the monitoring month. */
  soFar: Cents;
  paid: Cents;
  forecast: Cents;
  truth?: 'PE_BudgetInitial' | 'PE_ThreePublicBudget' | 'PE_PublicFundsBudget';
  /** What the paid and forecast cells must not be taken for. */
  spend?: 'PE_Expenditure' | 'PE_ThreePublicActual' | 'PE_PublicFundsActual';
  /** The 全年预算 so far holds the same figure as 年初 (公用经费 and “三公” are not adjusted). */
  fixed: boolean;
}

export function monitoring(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const month = pick(next, [6, 8, 9]);
  const share = month / 12;
  const paid = (c: Cents): Cents => around(next, c, share * 0.7, share * 1.02, g);
  const forecast = (c: Cents): Cents => around(next, c, 0.94, 1.0, g);
  const added = d.budgetAdjusted - d.budgetInitial;
  const soFarTotal = d.budgetInitial + onGrain(added, 0.2 + next() * 0.6, g);
  // 其他资金 (单位自有, 上级补助) beside 财政拨款 in six forms of ten; otherwise all is 财政拨款.
  const other = chance(next, 0.6) ? around(next, d.budgetInitial, 0.03, 0.15, g) : 0;
  const tpInitial = sumTP(d.tpBudget);
  const spentShare = (c: Cents): Cents => paid(c);
  const lines: MoneyLine[] = [
    {
      label: pick(next, ['年度资金总额', '部门预算资金合计', '合计']),
      initial: d.budgetInitial,
      soFar: soFarTotal,
      paid: spentShare(d.expenditure),
      forecast: forecast(d.expenditure),
      truth: 'PE_BudgetInitial',
      spend: 'PE_Expenditure',
      fixed: false,
    },
    {
      label: '  其中：财政拨款',
      initial: d.budgetInitial - other,
      soFar: soFarTotal - other,
      paid: 0,
      forecast: 0,
      fixed: false,
    },
    {
      label: '        其他资金',
      initial: other,
      soFar: other,
      paid: 0,
      forecast: 0,
      fixed: true,
    },
    {
      label: pick(next, ['公用经费', '其中：公用经费', '日常公用经费']),
      initial: d.publicFundsBudget,
      soFar: d.publicFundsBudget,
      paid: paid(d.publicFundsActual),
      forecast: forecast(d.publicFundsActual),
      truth: 'PE_PublicFundsBudget',
      spend: 'PE_PublicFundsActual',
      fixed: true,
    },
    {
      label: pick(next, ['“三公”经费', '其中：“三公”经费', '三公经费']),
      initial: tpInitial,
      soFar: tpInitial,
      paid: paid(sumTP(d.tpActual)),
      forecast: forecast(sumTP(d.tpActual)),
      truth: 'PE_ThreePublicBudget',
      spend: 'PE_ThreePublicActual',
      fixed: true,
    },
  ];
  // The sources split the paid and forecast figures as the budget does.
  const split = (c: Cents): [Cents, Cents] => {
    const o = d.budgetInitial === 0 ? 0 : onGrain(c, other / d.budgetInitial, g);
    return [c - o, o];
  };
  [lines[1].paid, lines[2].paid] = split(lines[0].paid);
  [lines[1].forecast, lines[2].forecast] = split(lines[0].forecast);

  const twoSheets = chance(next, 0.4);
  const withCover = chance(next, 0.3);
  if (withCover) coverSheet(ctx, `${d.year}年度部门整体预算绩效运行监控表`);
  const s = b.addSheet(pick(next, ['运行监控表', `${d.year}年绩效监控`, '监控表', 'Sheet1']));
  const months = month === 6 ? '1-6月' : `1-${month}月`;
  const head = [
    '项目',
    '年初预算数',
    pick(next, ['调整后预算数', '全年预算数', '截至目前预算数']),
    `${months}执行数`,
    '执行进度',
    '全年预计执行数',
    '预计执行率',
    '偏差原因及纠偏措施',
  ];
  s.mergedText(0, 0, 0, head.length - 1, `${d.year}年度部门整体预算绩效运行监控表`);
  s.set(
    1,
    0,
    `（监控时段：${d.year}年1月1日至${d.year}年${month}月${month === 6 || month === 9 ? 30 : 31}日）`,
  );
  s.merge(1, 0, 1, head.length - 1);
  s.set(2, 0, `部门（单位）名称：${d.name}`);
  s.set(2, head.length - 1, unitText(ctx));
  s.line(3, 0, head);
  let r = 4;
  s.mergedText(r, 0, r, head.length - 1, pick(next, ['一、预算执行情况', '预算资金执行情况']));
  r++;
  for (const ln of lines) {
    s.set(r, 0, ln.label);
    const label = ln.label.trim();
    // With no 其他资金 the 财政拨款 line is the whole budget: one figure, right in either row.
    const allFiscal = other === 0 && label.endsWith('财政拨款');
    putMoney(
      s,
      ctx,
      r,
      1,
      ln.initial,
      'number',
      ln.truth
        ? { truth: { name: ln.truth, label: `${label} 年初预算数` } }
        : allFiscal
          ? { also: 'PE_BudgetInitial' }
          : {},
    );
    putMoney(
      s,
      ctx,
      r,
      2,
      ln.soFar,
      'number',
      ln.truth === 'PE_BudgetInitial' || allFiscal
        ? { distractor: { name: 'PE_BudgetAdjusted', why: `budget as adjusted up to ${months} only` } }
        : ln.truth && ln.fixed
          ? { also: ln.truth }
          : {},
    );
    putMoney(
      s,
      ctx,
      r,
      3,
      ln.paid,
      'number',
      ln.spend ? { distractor: { name: ln.spend, why: `paid in ${months} only` } } : {},
    );
    s.set(r, 4, rateCell(ln.paid, ln.soFar, false));
    putMoney(
      s,
      ctx,
      r,
      5,
      ln.forecast,
      'number',
      ln.spend ? { distractor: { name: ln.spend, why: 'a forecast of the year, not the spending' } } : {},
    );
    s.set(r, 6, rateCell(ln.forecast, ln.soFar, false));
    if (ln.truth === 'PE_BudgetInitial')
      s.set(r, 7, pick(next, ['按序时进度执行', '部分项目尚在招标，下半年加快支付', '无偏差']));
    r++;
  }

  // The performance part: what was planned for the year against what is done so far.
  const t = twoSheets ? b.addSheet(pick(next, ['绩效目标监控', '目标完成情况'])) : s;
  if (twoSheets) {
    t.mergedText(0, 0, 0, 4, `${d.year}年度绩效目标实现情况监控`);
    r = 1;
  } else r++;
  t.line(r, 0, [
    pick(next, ['二、绩效目标实现情况', '绩效目标完成情况']),
    '年度目标值',
    `截至${month}月末完成`,
    '全年预计完成',
    '备注',
  ]);
  r++;
  const soFar = (n: number): number => Math.floor(n * share * (0.6 + next() * 0.35));
  const goal = (label: string, plan: number, done: number, planName: string, doneName: string): void => {
    t.set(r, 0, label);
    putCount(t, r, 1, plan, { truth: { name: planName, label: `${label} 年度目标值` } });
    putCount(t, r, 2, soFar(done), {
      distractor: { name: doneName, why: `done by the end of month ${month} only` },
    });
    putCount(t, r, 3, done, {
      distractor: { name: doneName, why: 'a forecast of the year, not the completion' },
    });
    r++;
  };
  goal(
    pick(next, ['重点工作任务（项）', '年度重点工作任务数（项）']),
    d.keyTasks[0],
    d.keyTasks[1],
    'PE_KeyTasksPlanned',
    'PE_KeyTasksDone',
  );
  goal(
    pick(next, ['绩效指标（个）', '设置绩效指标数（个）']),
    d.targets[0],
    d.targets[1],
    'PE_TargetsSet',
    'PE_TargetsMet',
  );
  if (chance(next, 0.6))
    goal('纳入监控项目（个）', d.projects[0], d.projects[1], 'PE_ProjectsTotal', 'PE_ProjectsOnTime');
  staffLine(t, r + 1, ctx, month);
  const withProjects = chance(next, 0.5);
  if (withProjects) projectSheet(ctx, month, months);
  return `m${month}${twoSheets ? ':two' : ''}${other > 0 ? ':other' : ''}${withCover ? ':cover' : ''}${withProjects ? ':projects' : ''}`;
}

/** The staff line: the 编制 holds all year; the staff in post are counted at the month's end. */
function staffLine(t: SheetBuilder, r: number, ctx: Ctx, month: number): void {
  const { d, next } = ctx;
  const auth = sumStaff(d.staffAuthorized);
  const now = Math.max(0, sumStaff(d.staffActual) + int(next, -2, 2));
  t.line(r, 0, ['人员情况', '编制数', auth, `${month}月末实有人数`, now]);
  t.truth('PE_StaffAuthorized', r, 2, { value: String(auth), cellUnit: 'count' }, '人员情况 编制数');
  t.distractor('PE_StaffActual', r, 4, `staff in post at the end of month ${month}, not at year end`);
  if (chance(next, 0.6)) {
    t.line(r + 1, 0, ['', '其中：行政编制', d.staffAuthorized.admin]);
    t.truth(
      'PE_OfficialsAuthorized',
      r + 1,
      2,
      { value: String(d.staffAuthorized.admin), cellUnit: 'count' },
      '其中：行政编制',
    );
  }
}

/**
 * The 重点项目 monitored one by one (a sheet the form asks for beside the department's own): each
 * project's 年初预算, paid so far and forecast. A project's figures are its own, never the
 * department's: the largest project's 年初 is a distractor for the department's 年初预算.
 */
function projectSheet(ctx: Ctx, month: number, months: string): void {
  const { b, d, next } = ctx;
  const g = d.grain;
  const s = b.addSheet(pick(next, ['重点项目监控', '项目监控表']));
  s.mergedText(0, 0, 0, 6, `${d.year}年度重点项目绩效运行监控情况`);
  s.set(1, 6, unitText(ctx));
  s.line(2, 0, [
    '序号',
    '项目名称',
    '年初预算数',
    `${months}执行数`,
    '执行进度',
    '全年预计执行数',
    '绩效目标预计完成情况',
  ]);
  const shares = d.projectList.map(() => 0.03 + next() * 0.08);
  let biggest = -1;
  let most = -1;
  d.projectList.forEach((p, i) => {
    const initial = onGrain(d.budgetInitial, shares[i], g);
    const r = 3 + i;
    s.set(r, 0, i + 1);
    s.set(r, 1, p.name);
    putMoney(s, ctx, r, 2, initial);
    const paidSoFar = around(next, initial, (month / 12) * 0.5, month / 12, g);
    putMoney(s, ctx, r, 3, paidSoFar);
    s.set(r, 4, rateCell(paidSoFar, initial, false));
    putMoney(s, ctx, r, 5, around(next, initial, 0.9, 1.0, g));
    s.set(r, 6, pick(next, ['预计能够完成', '预计基本完成', '存在一定偏差，正加快推进']));
    if (initial > most) {
      most = initial;
      biggest = r;
    }
  });
  if (biggest >= 0) s.distractor('PE_BudgetInitial', biggest, 2, 'one project’s 年初预算 only');
}
