/**
 * Family `wpsClerk`: the 基础数据 sheet a clerk builds in WPS for the self-evaluation. Labels
 * merged across two or three columns with the value after them under a 金额（万元） / 数值 header,
 * spaced-out characters (年 初 预 算 数), line breaks inside a label, ※ / 注 markers, 其中 rows
 * under a total, a unit column between label and value, empty spacer rows and columns, and 注
 * lines at the bottom that repeat figures in prose.
 */
import { D } from '../../src/engine/decimal';
import { chance, pick, shuffle, sumStaff, sumTP, type Cents } from '../holdout/figures';
import { count, money, type Ctx } from '../holdout/common';
import { clerkLabel, decoy, parts } from './helpers';

type Item =
  | { kind: 'money'; label: string; cents: Cents; name: string; subs?: [string, Cents][] }
  | { kind: 'count'; label: string; n: number; name: string; unit: string }
  | { kind: 'ratio'; label: string; pct: number; name: string };

export function wpsClerk(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['基础数据', '基础信息', 'Sheet1', '数据采集表']));
  const span = pick(next, [2, 3]);
  const gap = chance(next, 0.5);
  const withUnitCol = chance(next, 0.4);
  const labelCol = gap ? 1 : 0;
  const unitCol = labelCol + span;
  const valueCol = unitCol + (withUnitCol ? 1 : 0);
  s.mergedText(0, labelCol, 0, valueCol, `${d.name}${d.year}年度部门整体支出绩效评价基础数据表`);
  s.set(1, labelCol, `填报单位：${d.name}`);
  s.line(2, labelCol, [pick(next, ['项  目', '指标名称', '内容'])]);
  s.merge(2, labelCol, 2, labelCol + span - 1);
  if (withUnitCol) s.set(2, unitCol, '单位');
  s.set(
    2,
    valueCol,
    withUnitCol ? '数值' : pick(next, ['金额（万元）/数量', '数值（万元、人、项）', '填报数']),
  );
  const proj = parts(ctx, d.budgetInitial, 2);
  const money1: Item[] = [
    {
      kind: 'money',
      label: '年初预算数',
      cents: d.budgetInitial,
      name: 'PE_BudgetInitial',
      subs: [
        ['其中：财政拨款', proj[0]],
        ['其他资金', proj[1]],
      ],
    },
    {
      kind: 'money',
      label: pick(next, ['全年预算数', '调整后预算数']),
      cents: d.budgetAdjusted,
      name: 'PE_BudgetAdjusted',
    },
    {
      kind: 'money',
      label: pick(next, ['本年实际支出', '全年支出数']),
      cents: d.expenditure,
      name: 'PE_Expenditure',
      subs: [
        ['其中：基本支出', d.basic],
        ['项目支出', d.project],
      ],
    },
    { kind: 'money', label: '公用经费支出', cents: d.publicFundsActual, name: 'PE_PublicFundsActual' },
    { kind: 'money', label: '“三公”经费预算', cents: sumTP(d.tpBudget), name: 'PE_ThreePublicBudget' },
    { kind: 'money', label: '“三公”经费支出', cents: sumTP(d.tpActual), name: 'PE_ThreePublicActual' },
    { kind: 'money', label: '年末财政存量资金', cents: d.stockEnd, name: 'PE_StockFundsEnd' },
    { kind: 'money', label: '上年末财政存量资金', cents: d.stockPriorEnd, name: 'PE_StockFundsPriorEnd' },
    { kind: 'money', label: '政府采购预算', cents: d.procurementPlan, name: 'PE_ProcurementPlan' },
    { kind: 'money', label: '政府采购执行', cents: d.procurementActual, name: 'PE_ProcurementActual' },
  ];
  const counts: Item[] = [
    {
      kind: 'count',
      label: '核定编制人数',
      n: sumStaff(d.staffAuthorized),
      name: 'PE_StaffAuthorized',
      unit: '人',
    },
    { kind: 'count', label: '在编人数', n: sumStaff(d.staffActual), name: 'PE_StaffActual', unit: '人' },
    { kind: 'count', label: '重点工作任务', n: d.keyTasks[0], name: 'PE_KeyTasksPlanned', unit: '项' },
    { kind: 'count', label: '已完成重点工作', n: d.keyTasks[1], name: 'PE_KeyTasksDone', unit: '项' },
    { kind: 'count', label: '排查矛盾纠纷', n: d.disputes[0], name: 'PE_DisputesTotal', unit: '件' },
    { kind: 'count', label: '调处成功', n: d.disputes[1], name: 'PE_DisputesResolved', unit: '件' },
    {
      kind: 'ratio',
      label: pick(next, ['满意度', '服务对象满意度']),
      pct: d.satisfactionPct,
      name: 'PE_Satisfaction',
    },
  ];
  const items = [
    ...money1.filter(() => chance(next, 0.8)),
    ...shuffle(next, counts).filter(() => chance(next, 0.7)),
  ];
  let r = 3;
  const unitWord = ctx.unit === 'wan' ? '万元' : '元';
  for (const it of items) {
    if (chance(next, 0.12)) r++; // an empty spacer row
    const label = clerkLabel(next, it.label);
    const put = (row: number, text: string): void => {
      s.set(row, labelCol, text);
      s.merge(row, labelCol, row, labelCol + span - 1);
    };
    if (it.kind === 'money') {
      const shown = withUnitCol ? label : chance(next, 0.5) ? `${label}（${unitWord}）` : label;
      put(r, shown);
      if (withUnitCol) s.set(r, unitCol, unitWord);
      money(s, ctx, r, valueCol, it.cents, { name: it.name, label: shown });
      r++;
      for (const [sl, sc] of it.subs ?? []) {
        if (!chance(next, 0.6)) continue;
        put(r, `  ${sl}`);
        if (withUnitCol) s.set(r, unitCol, unitWord);
        decoy(s, ctx, r, valueCol, sc, it.name, `${sl}, a 其中 row`);
        r++;
      }
    } else if (it.kind === 'count') {
      const shown = withUnitCol ? label : `${label}（${it.unit}）`;
      put(r, shown);
      if (withUnitCol) s.set(r, unitCol, it.unit);
      count(s, r, valueCol, it.n, { name: it.name, label: shown });
      r++;
    } else {
      const v = new D(it.pct).div(100);
      put(r, label);
      if (withUnitCol) s.set(r, unitCol, '%');
      s.set(r, valueCol, v.toNumber());
      s.truth(it.name, r, valueCol, { value: v.toFixed(), cellUnit: 'ratio' }, label);
      r++;
    }
  }
  r++;
  s.set(
    r,
    labelCol,
    `注：1.金额单位为${unitWord}；2.存量资金口径为年末财政拨款结转结余；3.以上数据经单位负责人审核。`,
  );
  return `${withUnitCol ? 'unitcol' : 'inlabel'}-span${span}${gap ? '-gap' : ''}`;
}
