/**
 * Family `quarterly`: a clerk's “三公” 经费 情况说明 table and the 政府采购 执行 table kept by
 * quarter. 项目 / 年度预算 (/ 上年预算) / 一季度 … 四季度 / 全年合计 / 上年同期 / 增减额 / 增减率:
 * the 全年 column is the year's spending, 上年同期 is last year's spending (not an input), 增减
 * written as text with negatives in parentheses; a 说明 paragraph under it repeats figures in
 * prose. The procurement table has 采购计划 then the quarters and a 累计执行 column.
 */
import { D } from '../../src/engine/decimal';
import { chance, pick, sumTP, type Cents } from '../holdout/figures';
import { money, tableHead, unitLine, type Ctx } from '../holdout/common';
import { decoy, diffText, parts } from './helpers';

const QUARTERS = ['一季度', '二季度', '三季度', '四季度'];

function threePublicByQuarter(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['三公经费情况', '“三公”经费', '三公说明']));
  const prior = chance(next, 0.5);
  const unitInHeader = chance(next, 0.4);
  const u = unitInHeader ? (ctx.unit === 'wan' ? '（万元）' : '（元）') : '';
  const cols = [
    '项目',
    `年度预算${u}`,
    ...(prior ? [`上年预算${u}`] : []),
    ...QUARTERS,
    `全年合计${u}`,
    '上年同期',
    '增减额',
    '增减率',
  ];
  let r = unitInHeader
    ? (s.mergedText(0, 0, 0, cols.length - 1, `${d.name}${d.year}年“三公”经费支出情况表`), 1)
    : tableHead(s, ctx, `${d.name}${d.year}年“三公”经费支出情况表`, null, cols.length);
  s.line(r, 0, cols);
  r++;
  const off = prior ? 1 : 0;
  const yearCol = 2 + off + 4;
  const keys = ['outbound', 'carRun', 'carPurchase', 'reception'] as const;
  const names = ['因公出国（境）费', '公务用车运行维护费', '公务用车购置费', '公务接待费'];
  const tl = pick(next, ['合计', '“三公”经费合计', '三公经费合计']);
  const writeRow = (
    label: string,
    bud: Cents,
    pri: Cents,
    act: Cents,
    lastAct: Cents,
    total: boolean,
    qs: Cents[],
  ): void => {
    s.set(r, 0, label);
    if (total) {
      money(s, ctx, r, 1, bud, { name: 'PE_ThreePublicBudget', label: `${tl} / 年度预算` });
      if (prior) money(s, ctx, r, 2, pri, { name: 'PE_ThreePublicBudgetPrior', label: `${tl} / 上年预算` });
      money(s, ctx, r, yearCol, act, { name: 'PE_ThreePublicActual', label: `${tl} / 全年合计` });
      decoy(s, ctx, r, yearCol + 1, lastAct, 'PE_ThreePublicActual', '上年同期, last year’s spending');
    } else {
      decoy(s, ctx, r, 1, bud, 'PE_ThreePublicBudget', 'one part');
      if (prior) decoy(s, ctx, r, 2, pri, 'PE_ThreePublicBudgetPrior', 'one part');
      decoy(s, ctx, r, yearCol, act, 'PE_ThreePublicActual', 'one part');
      money(s, ctx, r, yearCol + 1, lastAct);
    }
    qs.forEach((q, k) => {
      money(s, ctx, r, 2 + off + k, q);
      if (total) s.distractor('PE_ThreePublicActual', r, 2 + off + k, `${QUARTERS[k]} only`);
    });
    s.set(r, yearCol + 2, diffText(ctx, act - lastAct));
    s.set(
      r,
      yearCol + 3,
      lastAct === 0 ? '—' : `${new D(act - lastAct).div(lastAct).times(100).toFixed(1)}%`,
    );
    r++;
  };
  const top = chance(next, 0.5);
  // Each part's quarters first; the total's quarters are their sums, as a clerk's SUM gives.
  const partQs = keys.map((k) => parts(ctx, d.tpActual[k], 4));
  const totalQs = QUARTERS.map((_, q) => partQs.reduce((acc, p) => acc + p[q], 0));
  const total = (): void =>
    writeRow(
      tl,
      sumTP(d.tpBudget),
      sumTP(d.tpPrior),
      sumTP(d.tpActual),
      sumTP(d.tpPriorActual),
      true,
      totalQs,
    );
  if (top) total();
  keys.forEach((k, i) =>
    writeRow(
      `${top ? '  ' : ''}${names[i]}`,
      d.tpBudget[k],
      d.tpPrior[k],
      d.tpActual[k],
      d.tpPriorActual[k],
      false,
      partQs[i],
    ),
  );
  if (!top) total();
  r++;
  const change = sumTP(d.tpActual) - sumTP(d.tpPriorActual);
  const reason =
    change <= 0
      ? '主要原因是严格执行中央八项规定精神，压减公务接待和公务用车支出'
      : '主要原因是按规定更新公务用车、公务接待任务增加';
  s.mergedText(
    r,
    0,
    r,
    cols.length - 1,
    `说明：${d.year}年“三公”经费支出比上年${change <= 0 ? '减少' : '增加'}${diffText(ctx, Math.abs(change))}${ctx.unit === 'wan' ? '万元' : '元'}，${reason}。`,
  );
  return `${prior ? 'prior' : 'plain'}${unitInHeader ? '-hdrunit' : ''}${top ? '-top' : ''}`;
}

function procurementByQuarter(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['政府采购执行', '采购执行情况']));
  s.mergedText(0, 0, 0, 6, `${d.year}年政府采购计划执行情况`);
  s.set(1, 6, unitLine(ctx));
  s.line(2, 0, [
    '项目',
    pick(next, ['采购计划', '计划金额', '年度采购计划']),
    ...QUARTERS,
    pick(next, ['累计执行', '全年执行', '实际采购金额']),
  ]);
  const planLab = s.get(2, 1) as string;
  const actLab = s.get(2, 6) as string;
  const lab = pick(next, ['合计', '政府采购合计', '总计']);
  s.set(3, 0, lab);
  money(s, ctx, 3, 1, d.procurementPlan, { name: 'PE_ProcurementPlan', label: `${lab} / ${planLab}` });
  parts(ctx, d.procurementActual, 4).forEach((q, k) =>
    decoy(s, ctx, 3, 2 + k, q, 'PE_ProcurementActual', 'one quarter'),
  );
  money(s, ctx, 3, 6, d.procurementActual, { name: 'PE_ProcurementActual', label: `${lab} / ${actLab}` });
  const plan = parts(ctx, d.procurementPlan, 3);
  const act = parts(ctx, d.procurementActual, 3);
  ['货物类', '工程类', '服务类'].forEach((l, k) => {
    s.set(4 + k, 0, `  其中：${l}`);
    decoy(s, ctx, 4 + k, 1, plan[k], 'PE_ProcurementPlan', 'one kind');
    parts(ctx, act[k], 4).forEach((q, j) => money(s, ctx, 4 + k, 2 + j, q));
    decoy(s, ctx, 4 + k, 6, act[k], 'PE_ProcurementActual', 'one kind');
  });
  return 'proc';
}

export function quarterlyThreePublic(ctx: Ctx): string {
  const v = [threePublicByQuarter(ctx)];
  if (chance(ctx.next, 0.6)) v.push(procurementByQuarter(ctx));
  return v.join('+');
}
