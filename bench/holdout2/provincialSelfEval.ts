/**
 * Family `provincialSelfEval`: 部门整体支出绩效自评表 templates of other provinces. The funds
 * block has wrapped headers (年初\n预算数 / 全年\n预算数 / 全年\n执行数 / 分值 / 执行率 / 得分)
 * under a 年度预算资金（万元） cell merged down the rows, 其中 rows by source, rows by nature
 * (基本支出 / 其中：人员经费 / 公用经费 / 项目支出) and a “三公” 经费 row; then the indicator
 * table with 一级 / 二级 / 三级指标 merged down, 年度指标值 / 实际完成值 / 分值 / 得分 columns,
 * where the counts and the 满意度 are figures; and a 人员 line of label–value pairs.
 */
import { D } from '../../src/engine/decimal';
import { chance, pick, int, split, sumStaff, sumTP, type Cents } from '../holdout/figures';
import { count, money, ratioCell, type Ctx } from '../holdout/common';
import { decoy } from './helpers';

export function provincialSelfEval(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const style = pick(next, ['zj', 'sc', 'gd']);
  const s = b.addSheet(pick(next, ['自评表', '部门整体支出绩效自评表', `${d.year}自评`]));
  s.mergedText(0, 0, 0, 7, `${d.year}年度部门整体支出绩效自评表`);
  s.set(1, 0, '部门（单位）名称');
  s.mergedText(1, 1, 1, 4, d.name);
  s.set(1, 5, style === 'sc' ? '填报日期' : '主管部门');
  s.mergedText(1, 6, 1, 7, style === 'sc' ? `${d.year + 1}年3月` : `${d.name.slice(0, 2)}县人民政府`);
  let r = 2;
  const wrap = style !== 'gd';
  const h = (a: string, z: string): string => (wrap ? `${a}\n${z}` : `${a}${z}`);
  const head = [h('年初', '预算数'), h('全年', '预算数'), h('全年', '执行数'), '分值', '执行率', '得分'];
  const blockTop = r;
  s.line(r, 1, ['', ...head]);
  r++;
  const fundLab = pick(next, ['年度资金总额', '年度资金总额：', '资金总额']);
  const row = (label: string, ini: Cents, adj: Cents, act: Cents, truth: boolean): void => {
    s.set(r, 1, label);
    if (truth) {
      money(s, ctx, r, 2, ini, { name: 'PE_BudgetInitial', label: `${fundLab} / 年初预算数` });
      money(s, ctx, r, 3, adj, { name: 'PE_BudgetAdjusted', label: `${fundLab} / 全年预算数` });
      money(s, ctx, r, 4, act, { name: 'PE_Expenditure', label: `${fundLab} / 全年执行数` });
      s.set(r, 5, 10);
      s.set(r, 6, ratioCell(act, adj));
      s.set(r, 7, new D(ratioCell(act, adj)).times(10).toDecimalPlaces(2).toNumber());
    } else {
      decoy(s, ctx, r, 2, ini, 'PE_BudgetInitial', `${label.trim()}, one source`);
      decoy(s, ctx, r, 3, adj, 'PE_BudgetAdjusted', `${label.trim()}, one source`);
      decoy(s, ctx, r, 4, act, 'PE_Expenditure', `${label.trim()}, one source`);
      s.set(r, 5, '—');
      s.set(r, 6, ratioCell(act, adj));
      s.set(r, 7, '—');
    }
    r++;
  };
  row(fundLab, d.budgetInitial, d.budgetAdjusted, d.expenditure, true);
  // One share per source for the three columns, so a source's 执行率 stays plausible.
  const w = [5 + next(), 1 + next(), 0.5 + next()];
  const ini = split(d.budgetInitial, w, d.grain);
  const adj = split(d.budgetAdjusted, w, d.grain);
  const act = split(d.expenditure, w, d.grain);
  ['  其中：财政拨款', '        上年结转资金', '        其他资金'].forEach((l, k) =>
    row(l, ini[k], adj[k], act[k], false),
  );
  const byNature = chance(next, 0.8);
  if (byNature) {
    s.set(r, 1, '按支出性质分：');
    r++;
    const basicBudget = d.personnelBudget + d.publicFundsBudget;
    s.set(r, 1, '基本支出');
    money(s, ctx, r, 2, basicBudget);
    money(s, ctx, r, 3, basicBudget);
    money(s, ctx, r, 4, d.basic);
    s.set(r, 6, ratioCell(d.basic, basicBudget));
    r++;
    s.set(r, 1, '  其中：人员经费');
    money(s, ctx, r, 2, d.personnelBudget);
    money(s, ctx, r, 3, d.personnelBudget);
    money(s, ctx, r, 4, d.personnel);
    r++;
    const pl = pick(next, ['        公用经费', '        日常公用经费']);
    s.set(r, 1, pl);
    money(s, ctx, r, 2, d.publicFundsBudget, {
      name: 'PE_PublicFundsBudget',
      label: `${pl.trim()} / 年初预算数`,
    });
    money(s, ctx, r, 3, d.publicFundsBudget, {
      name: 'PE_PublicFundsBudget',
      label: `${pl.trim()} / 全年预算数`,
    });
    money(s, ctx, r, 4, d.publicFundsActual, {
      name: 'PE_PublicFundsActual',
      label: `${pl.trim()} / 全年执行数`,
    });
    s.set(r, 6, ratioCell(d.publicFundsActual, d.publicFundsBudget));
    r++;
    s.set(r, 1, '项目支出');
    decoy(s, ctx, r, 2, d.budgetInitial - basicBudget, 'PE_BudgetInitial', '项目支出 only');
    money(s, ctx, r, 4, d.project);
    r++;
  }
  const tpl = pick(next, ['“三公”经费', '其中：“三公”经费', '三公经费支出']);
  s.set(r, 1, tpl);
  money(s, ctx, r, 2, sumTP(d.tpBudget), { name: 'PE_ThreePublicBudget', label: `${tpl} / 年初预算数` });
  money(s, ctx, r, 3, sumTP(d.tpBudget), { name: 'PE_ThreePublicBudget', label: `${tpl} / 全年预算数` });
  money(s, ctx, r, 4, sumTP(d.tpActual), { name: 'PE_ThreePublicActual', label: `${tpl} / 全年执行数` });
  r++;
  s.mergedText(blockTop, 0, r - 1, 0, wrap ? '年度预算\n资金\n（万元）' : '年度预算资金（万元）');
  r++;
  // The staff line: label–value pairs across one row.
  if (chance(next, 0.8)) {
    const a = pick(next, ['编制数（含工勤）', '核定编制数', '编制人数']);
    const x = pick(next, ['在编实有人数', '实有在编人数', '年末实有人数']);
    s.line(r, 0, [a, null, null, x]);
    count(s, r, 1, sumStaff(d.staffAuthorized), { name: 'PE_StaffAuthorized', label: a });
    count(s, r, 4, sumStaff(d.staffActual), { name: 'PE_StaffActual', label: x });
    s.set(r, 5, '其中：行政编制');
    count(s, r, 6, d.staffAuthorized.admin, { name: 'PE_OfficialsAuthorized', label: '其中：行政编制' });
    r += 2;
  }
  // The indicator table.
  s.line(r, 0, [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析',
  ]);
  r++;
  type Ind = [string, string, string, number, number, string, string];
  const inds: Ind[] = [
    [
      '产出指标',
      '数量指标',
      pick(next, ['年度重点工作任务数（项）', '重点工作任务完成数']),
      d.keyTasks[0],
      d.keyTasks[1],
      'PE_KeyTasksPlanned',
      'PE_KeyTasksDone',
    ],
    [
      '产出指标',
      '数量指标',
      pick(next, ['部门绩效指标数（个）', '设定绩效指标完成数']),
      d.targets[0],
      d.targets[1],
      'PE_TargetsSet',
      'PE_TargetsMet',
    ],
    [
      '产出指标',
      '时效指标',
      pick(next, ['项目按时完成数（个）', '纳入考核项目按时完成']),
      d.projects[0],
      d.projects[1],
      'PE_ProjectsTotal',
      'PE_ProjectsOnTime',
    ],
    [
      '效益指标',
      '社会效益指标',
      pick(next, ['效果指标达成数（个）', '效果指标达成情况']),
      d.outcomes[0],
      d.outcomes[1],
      'PE_OutcomesSet',
      'PE_OutcomesMet',
    ],
    [
      '效益指标',
      '社会效益指标',
      pick(next, ['矛盾纠纷调处数（件）', '排查化解矛盾纠纷']),
      d.disputes[0],
      d.disputes[1],
      'PE_DisputesTotal',
      'PE_DisputesResolved',
    ],
  ];
  const chosen = inds.filter(() => chance(next, 0.75));
  // 一级指标 merged down over its own rows only.
  let groupTop = r;
  chosen.forEach(([one, two, three, plan, done, pn, dn], k) => {
    s.set(r, 1, two);
    s.set(r, 2, three);
    count(s, r, 3, plan, { name: pn, label: `${three} / 年度指标值` });
    count(s, r, 4, done, { name: dn, label: `${three} / 实际完成值` });
    const wt = int(next, 3, 10);
    s.set(r, 5, wt);
    s.distractor(pn, r, 5, '分值');
    s.set(r, 6, plan === 0 ? wt : new D(wt).times(done).div(plan).toDecimalPlaces(1).toNumber());
    s.distractor(dn, r, 6, '得分');
    r++;
    if (k === chosen.length - 1 || chosen[k + 1][0] !== one) {
      s.mergedText(groupTop, 0, r - 1, 0, one);
      groupTop = r;
    }
  });
  if (chance(next, 0.85)) {
    const lab = pick(next, ['服务对象满意度', '社会公众满意度', '群众满意度（%）']);
    s.line(r, 0, ['满意度指标', '服务对象满意度指标', lab, '≥90%']);
    const sat = new D(d.satisfactionPct).div(100);
    s.set(r, 4, sat.toNumber());
    s.truth('PE_Satisfaction', r, 4, { value: sat.toFixed(), cellUnit: 'ratio' }, `${lab} / 实际完成值`);
    s.set(r, 5, 10);
    s.set(r, 6, 10);
    r++;
  }
  s.mergedText(r, 0, r, 7, '说明：执行率 = 全年执行数 ÷ 全年预算数；得分保留两位小数。');
  return `${style}${byNature ? '-nature' : ''}`;
}
