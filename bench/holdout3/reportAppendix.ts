/**
 * `reportAppendix`: the 自评报告 as written in Word and pasted into Excel, with its appendix tables:
 * the headings and paragraphs land one per cell (一、部门基本情况, （一）部门职能… , the 收支预算
 * paragraph with several figures, the 资产 paragraph, the 人员 sentence with its ratio), then small
 * tables under captions (表1 / 附表1 …): a two-row 收支 table (年初预算数 | 全年预算数 | 全年执行数 |
 * 执行率), the “三公” table by item with 预算数 / 实际支出数 / 控制率, a two-row 人员 table, a
 * two-row 资产 table, the 绩效目标 table by 指标 with 计划数 / 完成数 / 完成率, the 满意度 survey
 * (发放 / 回收 / 满意 / 满意度), 填报说明 notes under a table (where the unit is sometimes said only
 * there), and the signature block with a date Excel stored as a serial number.
 *
 * A figure in a sentence is never a cell answer: when a figure is only in the prose it is absent.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, sumAssets, sumStaff, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { prose, putCount, putMoney, putRatio, rateCell, type Mark } from './helpers';

const T = (name: string, label: string): Mark => ({ truth: { name, label } });
const X = (name: string, why: string): Mark => ({ distractor: { name, why } });

/** Excel's serial number of a date (days since 1899-12-30), as a pasted date is stored. */
function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function reportAppendix(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const u = ctx.unit === 'wan' ? '万元' : '元';
  const s = b.addSheet(pick(next, ['自评报告', 'Sheet1', '附件', '报告']));
  const unitWhere = pick(next, ['caption', 'head', 'note'] as const);
  const used: string[] = [];
  let r = 0;
  const line = (text: string): void => {
    s.set(r, 0, text);
    r++;
  };
  s.set(r, 0, `${d.name}${d.year}年度部门整体支出绩效自评报告`);
  s.merge(r, 0, r, 5);
  r += 2;
  line('一、部门基本情况');
  line(
    `（一）部门职能。${d.name}内设机构${int(next, 3, 8)}个，核定编制${sumStaff(d.staffAuthorized)}名，其中行政编制${d.staffAuthorized.admin}名，实有在编人员${sumStaff(d.staffActual)}人，退休人员${d.retired}人。`,
  );
  line(
    `（二）部门整体支出情况。本年度收支预算安排总额${prose(d.budgetInitial)}万元，全年预算调整为${prose(d.budgetAdjusted)}万元，实际支出${prose(d.expenditure)}万元，比上年决算数${prose(d.priorExpenditure)}万元${d.expenditure >= d.priorExpenditure ? '增加' : '减少'}${prose(Math.abs(d.expenditure - d.priorExpenditure))}万元。`,
  );
  line(
    `“三公”经费预算${prose(sumTP(d.tpBudget))}万元，实际支出${prose(sumTP(d.tpActual))}万元；公用经费预算${prose(d.publicFundsBudget)}万元，实际支出${prose(d.publicFundsActual)}万元。`,
  );
  r++;

  // The appendix tables, each under its caption; the unit in the caption, in the head or only in
  // the note below.
  let tableNo = 0;
  const caption = (title: string): void => {
    tableNo++;
    const name = pick(next, [`表${tableNo}`, `附表${tableNo}`, `表${tableNo}：`]);
    s.set(r, 0, `${name} ${title}${unitWhere === 'caption' ? `（单位：${u}）` : ''}`);
    r++;
  };
  const head = (h: string): string => (unitWhere === 'head' ? `${h}（${u}）` : h);
  const note = (): void => {
    if (unitWhere === 'note') line(`填报说明：1.本表金额单位为${u}；2.数据来源于${d.year}年度部门决算。`);
    else if (chance(next, 0.3)) line('填报说明：数据来源于部门决算报表，与财政总决算口径一致。');
    r++;
  };

  if (chance(next, 0.8)) {
    used.push('funds');
    caption(pick(next, ['部门整体支出情况', '预算执行情况']));
    const h = [
      head('年初预算数'),
      head(pick(next, ['全年预算数', '调整后预算数'])),
      head(pick(next, ['全年执行数', '实际支出数'])),
      '执行率',
    ];
    s.line(r, 0, h);
    r++;
    putMoney(s, ctx, r, 0, d.budgetInitial, 'number', T('PE_BudgetInitial', h[0]));
    putMoney(s, ctx, r, 1, d.budgetAdjusted, 'number', T('PE_BudgetAdjusted', h[1]));
    putMoney(s, ctx, r, 2, d.expenditure, 'number', T('PE_Expenditure', h[2]));
    s.set(r, 3, rateCell(d.expenditure, d.budgetAdjusted, false));
    r++;
    note();
  }

  if (chance(next, 0.7)) {
    used.push('threePublic');
    caption('“三公”经费及公用经费情况');
    const h = ['项目', head('预算数'), head(pick(next, ['实际支出数', '决算数'])), '控制率'];
    s.line(r, 0, h);
    r++;
    const items: [string, Cents, Cents, Mark, Mark][] = [
      [
        pick(next, ['“三公”经费合计', '“三公”经费']),
        sumTP(d.tpBudget),
        sumTP(d.tpActual),
        T('PE_ThreePublicBudget', '“三公”经费 预算数'),
        T('PE_ThreePublicActual', '“三公”经费 实际支出数'),
      ],
      ['其中：因公出国（境）费', d.tpBudget.outbound, d.tpActual.outbound, {}, {}],
      [
        '公务用车购置及运行费',
        d.tpBudget.carPurchase + d.tpBudget.carRun,
        d.tpActual.carPurchase + d.tpActual.carRun,
        {},
        {},
      ],
      [
        '公务接待费',
        d.tpBudget.reception,
        d.tpActual.reception,
        // Marked only when it differs from the total (it is the only item in some years).
        d.tpBudget.reception !== sumTP(d.tpBudget) ? X('PE_ThreePublicBudget', 'one item') : {},
        d.tpActual.reception !== sumTP(d.tpActual) ? X('PE_ThreePublicActual', 'one item') : {},
      ],
    ];
    if (chance(next, 0.6))
      items.push([
        '公用经费',
        d.publicFundsBudget,
        d.publicFundsActual,
        T('PE_PublicFundsBudget', '公用经费 预算数'),
        T('PE_PublicFundsActual', '公用经费 实际支出数'),
      ]);
    for (const [label, bud, act, mb, ma] of items) {
      s.set(r, 0, label);
      putMoney(s, ctx, r, 1, bud, 'number', mb);
      putMoney(s, ctx, r, 2, act, 'number', ma);
      s.set(r, 3, rateCell(act, bud, false));
      r++;
    }
    note();
  }

  if (chance(next, 0.6)) {
    used.push('staff');
    caption('人员情况');
    const h = [
      pick(next, ['核定编制数', '编制数（含工勤）']),
      pick(next, ['实有在编人数', '在编人数（含工勤）']),
      '行政编制数',
      pick(next, ['在职公务人员', '编制内在职公务员']),
      '财政供养人员控制率',
    ];
    s.line(r, 0, h);
    r++;
    putCount(s, r, 0, sumStaff(d.staffAuthorized), T('PE_StaffAuthorized', h[0]));
    putCount(s, r, 1, sumStaff(d.staffActual), T('PE_StaffActual', h[1]));
    putCount(s, r, 2, d.staffAuthorized.admin, T('PE_OfficialsAuthorized', h[2]));
    putCount(s, r, 3, d.staffActual.admin, T('PE_OfficialsActual', h[3]));
    s.set(r, 4, rateCell(sumStaff(d.staffActual), sumStaff(d.staffAuthorized), false));
    r += 2;
  }

  if (chance(next, 0.5)) {
    used.push('assets');
    caption('资产情况');
    const h = [head('资产总额'), head('流动资产'), head('固定资产'), head('在用固定资产'), '固定资产利用率'];
    s.line(r, 0, h);
    r++;
    putMoney(s, ctx, r, 0, sumAssets(d.assetsEnd), 'number', T('PE_AssetsTotal', h[0]));
    putMoney(s, ctx, r, 1, d.assetsEnd.current, 'number', T('PE_AssetsCurrent', h[1]));
    putMoney(s, ctx, r, 2, d.assetsEnd.fixed, 'number', T('PE_AssetsFixed', h[2]));
    putMoney(s, ctx, r, 3, d.fixedInUse, 'number', T('PE_FixedAssetsInUse', h[3]));
    s.set(r, 4, rateCell(d.fixedInUse, d.assetsEnd.fixed, false));
    r++;
    note();
  }

  if (chance(next, 0.7)) {
    used.push('targets');
    caption(pick(next, ['绩效目标完成情况', '年度工作任务完成情况']));
    s.line(r, 0, ['指标', pick(next, ['计划数', '目标值']), pick(next, ['完成数', '实际完成值']), '完成率']);
    r++;
    const rows: [string, [number, number], string, string][] = [
      ['年度重点工作任务（项）', d.keyTasks, 'PE_KeyTasksPlanned', 'PE_KeyTasksDone'],
      ['绩效指标（个）', d.targets, 'PE_TargetsSet', 'PE_TargetsMet'],
      ['纳入考核项目（个）', d.projects, 'PE_ProjectsTotal', 'PE_ProjectsOnTime'],
      ['效果指标（个）', d.outcomes, 'PE_OutcomesSet', 'PE_OutcomesMet'],
      ['矛盾纠纷排查调处（件）', d.disputes, 'PE_DisputesTotal', 'PE_DisputesResolved'],
    ];
    for (const [label, [plan, done], n1, n2] of rows) {
      if (!chance(next, 0.75)) continue;
      s.set(r, 0, label);
      putCount(s, r, 1, plan, T(n1, `${label} 计划数`));
      putCount(s, r, 2, done, T(n2, `${label} 完成数`));
      s.set(r, 3, rateCell(done, plan, false));
      r++;
    }
    r++;
  }

  if (chance(next, 0.55)) {
    used.push('survey');
    caption('满意度调查情况');
    const k = int(next, 1, 5);
    const h = [
      '发放问卷（份）',
      '回收有效问卷（份）',
      '满意（份）',
      pick(next, ['满意度', '服务对象满意度']),
    ];
    s.line(r, 0, h);
    r++;
    s.set(r, 0, 100 * k + int(next, 0, 20));
    s.set(r, 1, 100 * k);
    s.set(r, 2, d.satisfactionPct * k);
    putRatio(s, r, 3, d.satisfactionPct, T('PE_Satisfaction', h[3]));
    r += 2;
  } else {
    line(`（三）满意度。本年度发放调查问卷${100 * 2}份，服务对象满意度为${d.satisfactionPct}%。`);
  }

  line('三、存在问题及改进意见');
  line('（一）存在的问题。预算控制率有待降低，部分临时、紧急工作任务导致年中追加预算。');
  r++;
  // The signature block: names, a phone number as text, and the date as Excel stores it.
  s.line(r, 0, [
    '单位负责人：',
    pick(next, ['张', '李', '王', '陈']) + pick(next, ['建国', '明', '丽华']),
    '财务负责人：',
    pick(next, ['刘', '黄']) + '敏',
    '填表人：',
    '周洁',
  ]);
  r++;
  s.line(r, 0, [
    '联系电话：',
    `0751-${int(next, 1000000, 9999999)}`,
    '填报日期：',
    serial(d.year + 1, int(next, 2, 4), int(next, 1, 28)),
  ]);
  if (used.length === 0) used.push('proseOnly');
  appendSheet(ctx);
  return `${unitWhere}:${used.join('+')}`;
}

/** Sometimes the appendix's 评分表 is on its own sheet: 分值 and 得分 are never inputs here. */
function appendSheet(ctx: Ctx): void {
  const { b, next } = ctx;
  if (!chance(next, 0.35)) return;
  const s: SheetBuilder = b.addSheet(pick(next, ['评分表', '附表']));
  s.line(0, 0, ['一级指标', '二级指标', '三级指标', '分值', '得分']);
  const rows: [string, string, string, number][] = [
    ['投入', '预算配置', '财政供养人员控制率', 2],
    ['过程', '预算执行', '预算完成率', 6],
    ['过程', '预算执行', '“三公”经费控制率', 3],
    ['产出', '职责履行', '重点工作完成率', 5],
    ['效果', '社会效益', '服务对象满意度', 4],
  ];
  rows.forEach(([a, c, e, w], k) => {
    s.line(1 + k, 0, [a, c, e, w, w - pick(next, [0, 0, 0.5, 1])]);
  });
}
