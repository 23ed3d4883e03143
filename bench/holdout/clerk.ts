/**
 * Families a clerk or a provincial template lays out: the 部门整体支出绩效自评表 (a block of
 * 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 with 其中 rows under the total, a
 * staff line, an indicator table whose 分值 and 得分 are numbers next to budget words), and the
 * loose 基础数据 sheet: labels in the clerk's own words, numbered 一、（一）1. or １．, padded with
 * spaces, with units in a column, in the label or above the table, a 行次 column, a prior-year
 * column, two label/value pairs per row, and notes that mention labels.
 */
import { D } from '../../src/engine/decimal';
import { cnOrdinal, cnParen, count, money, ratioCell, unitLine, type Ctx } from './common';
import { chance, int, moneyFig, pick, shuffle, sumAssets, sumStaff, sumTP, type Cents } from './figures';
import { projectTable } from './disclosure';
import type { SheetBuilder } from './workbook';

// ─── 部门整体支出绩效自评表 ─────────────────────────────────────────────────────────────

export function selfEvaluation(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const y = d.year;
  const s = b.addSheet(pick(next, ['自评表', '部门整体支出绩效自评表', `${y}年整体自评`]));
  const width = 8;
  let r = 0;
  s.mergedText(
    r,
    0,
    r,
    width - 1,
    pick(next, [`${y}年度部门整体支出绩效自评表`, `部门整体支出绩效自评表（${y}年度）`]),
  );
  r++;
  s.set(r, width - 1, pick(next, ['金额单位：万元', '单位：万元']));
  r++;
  s.set(r, 0, pick(next, ['部门（单位）名称', '部门名称', '单位名称']));
  s.mergedText(r, 1, r, 4, d.name);
  s.set(r, 5, '填报日期');
  s.set(r, 6, `${y + 1}年3月`);
  r++;
  const parts = [];
  if (chance(next, 0.6)) {
    const [la, lr] = pick(next, [
      ['人员编制', '实有人数'],
      ['编制人数', '实有人数'],
      ['核定编制数', '在编人数'],
    ]);
    s.set(r, 0, la);
    count(s, r, 1, sumStaff(d.staffAuthorized), { name: 'PE_StaffAuthorized', label: la });
    s.set(r, 2, lr);
    count(s, r, 3, sumStaff(d.staffActual), { name: 'PE_StaffActual', label: lr });
    s.set(r, 4, '联系电话');
    s.set(r, 5, `0${int(next, 700, 799)}-${int(next, 2000000, 8999999)}`);
    r++;
    parts.push('staff');
  }
  const heads = pick(next, [
    { id: 'gd', h: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] },
    { id: 'hn', h: ['年初预算数', '调整后预算数', '实际支出数', '分值', '执行率', '得分'] },
    { id: 'sc', h: ['年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'] },
    { id: 'mix', h: ['年初预算数', '全年（调整）预算数', '全年执行数', '执行率', '分值', '得分'] },
  ]);
  parts.unshift(heads.id);
  const block = r;
  s.mergedText(
    block,
    0,
    block + 4,
    0,
    pick(next, ['年度预算执行情况（万元）', '预算执行情况（万元）', '年度预算资金（万元）']),
  );
  s.line(r, 2, heads.h);
  r++;
  const rateCol = heads.h.findIndex((h) => h.includes('执行率'));
  const scoreCol = heads.h.indexOf('得分');
  const weightCol = heads.h.findIndex((h) => h === '分值' || h === '权重');
  const rows: [string, number][] = [
    [pick(next, ['年度资金总额', '资金总额', '总额', '合计']), 1],
    [pick(next, ['其中：当年财政拨款', '其中：财政资金', '  其中：本年财政拨款']), 0.9],
    [pick(next, ['上年结转资金', '上年结转']), 0.1],
    ['其他资金', 0],
  ];
  // One fiscal share for the three columns, so the 上年结转 row never spends more than its budget.
  const share = 0.88 + next() * 0.1;
  const fiscal = (c: Cents): Cents => Math.round((c * share) / d.grain) * d.grain;
  const fi = fiscal(d.budgetInitial);
  const fa = fiscal(d.budgetAdjusted);
  const fx = fiscal(d.expenditure);
  const vals: [Cents, Cents, Cents][] = [
    [d.budgetInitial, d.budgetAdjusted, d.expenditure],
    [fi, fa, fx],
    [d.budgetInitial - fi, d.budgetAdjusted - fa, d.expenditure - fx],
    [0, 0, 0],
  ];
  const names = ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure'];
  rows.forEach(([label], i) => {
    s.set(r, 1, label);
    vals[i].forEach((v, j) => {
      if (i === 0) money(s, ctx, r, 2 + j, v, { name: names[j], label: `${label} × ${heads.h[j]}` });
      else {
        money(s, ctx, r, 2 + j, v);
        if (i === 1) s.distractor(names[j], r, 2 + j, `${label} is a part of the total`);
      }
    });
    if (vals[i][1] !== 0) s.set(r, 2 + rateCol, ratioCell(vals[i][2], vals[i][1]));
    if (i === 0) {
      s.set(r, 2 + weightCol, 10);
      s.set(r, 2 + scoreCol, scoreOfRate(ratioCell(vals[0][2], vals[0][1])));
    } else {
      s.set(r, 2 + weightCol, '—');
      s.set(r, 2 + scoreCol, '—');
    }
    r++;
  });
  r++;
  s.set(r, 0, '年度总体目标');
  s.mergedText(
    r,
    1,
    r,
    3,
    `预期目标：完成年度重点工作任务${d.keyTasks[0]}项，“三公”经费不超过预算，服务对象满意度达到90%以上。`,
  );
  s.mergedText(
    r,
    4,
    r,
    7,
    `实际完成情况：完成重点工作${d.keyTasks[1]}项，“三公”经费支出${moneyFig(sumTP(d.tpActual), 'wan').value}万元，满意度${d.satisfactionPct}%。`,
  );
  r += 2;
  s.line(r, 0, [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  r++;
  const tpRate = ratioCell(sumTP(d.tpActual), sumTP(d.tpBudget));
  const ind: [string, string, string, string, string, number][] = [
    ['产出指标', '数量指标', '重点工作任务完成数', `${d.keyTasks[0]}项`, `${d.keyTasks[1]}项`, 10],
    [
      '产出指标',
      '时效指标',
      '项目按时完成率',
      '100%',
      `${new D(d.projects[1]).div(d.projects[0]).times(100).toFixed(0)}%`,
      5,
    ],
    ['效益指标', '经济效益', '“三公”经费控制率', '≤100%', `${new D(tpRate).times(100).toFixed(2)}%`, 5],
    ['效益指标', '经济效益', '公用经费控制率', '≤100%', '—', 5],
    ['满意度指标', '服务对象满意度', '公众或服务对象满意度', '≥90%', `${d.satisfactionPct}%`, 10],
  ];
  ind.forEach(([a, bb, c, target, done, w], i) => {
    s.line(r, 0, [a, bb, c, target, done, w, w - (i % 2 === 0 ? 0 : 1)]);
    if (c.includes('三公')) {
      s.distractor('PE_ThreePublicActual', r, 5, '分值 of the 三公 indicator');
      s.distractor('PE_ThreePublicBudget', r, 6, '得分 of the 三公 indicator');
    }
    r++;
  });
  s.mergedText(r, 0, r, 4, '总分');
  s.set(r, 5, 100);
  if (chance(next, 0.5)) {
    projectTable(ctx);
    parts.push('projects');
  }
  return parts.join('+');
}

/** The score a clerk types beside a rate: 10 × 执行率, two decimals. */
function scoreOfRate(rate: number): number {
  return new D(rate).times(10).toDecimalPlaces(2).toNumber();
}

// ─── 基础数据 ──────────────────────────────────────────────────────────────────────────

interface Entry {
  name: string;
  labels: string[];
  kind: 'money' | 'count' | 'ratio';
  value: number; // cents for money, the count, or per-cent for a ratio
  unit: string; // for counts
  p: number;
  section: number;
  prior?: number;
}

const SECTIONS = [
  '预算执行情况',
  '“三公”经费及公用经费',
  '资金管理',
  '资产管理',
  '人员情况',
  '工作完成情况',
  '满意度',
];

function entries(ctx: Ctx): Entry[] {
  const { d, next } = ctx;
  const prior = (c: number): number => Math.round((c * (0.8 + next() * 0.4)) / d.grain) * d.grain;
  const m = (name: string, labels: string[], value: Cents, section: number, p = 0.9, pr?: number): Entry => ({
    name,
    labels,
    kind: 'money',
    value,
    unit: '',
    p,
    section,
    prior: pr ?? prior(value),
  });
  const c = (
    name: string,
    labels: string[],
    value: number,
    unit: string,
    section: number,
    p = 0.6,
  ): Entry => ({
    name,
    labels,
    kind: 'count',
    value,
    unit,
    p,
    section,
    prior: Math.max(0, value + int(next, -2, 2)),
  });
  return [
    m(
      'PE_BudgetInitial',
      ['年初预算数', '年初预算', '年初批复预算数', '部门年初预算数', '年初预算金额'],
      d.budgetInitial,
      0,
      0.95,
      d.priorBudgetInitial,
    ),
    m(
      'PE_BudgetAdjusted',
      ['调整后预算数', '全年预算数', '调整预算数', '全年（调整）预算数', '年度调整后预算'],
      d.budgetAdjusted,
      0,
      0.95,
    ),
    m(
      'PE_Expenditure',
      ['本年实际支出数', '实际支出数', '本年支出', '全年执行数', '本年决算支出数', '预算执行数', '实际支出'],
      d.expenditure,
      0,
      0.95,
      d.priorExpenditure,
    ),
    m(
      'PE_ThreePublicBudget',
      [
        '“三公”经费预算数',
        '三公经费预算',
        '本年“三公”经费预算数',
        '“三公”经费年初预算数',
        '"三公"经费预算数',
      ],
      sumTP(d.tpBudget),
      1,
      0.9,
      sumTP(d.tpPrior),
    ),
    m(
      'PE_ThreePublicBudgetPrior',
      ['上年“三公”经费预算数', '上年三公经费预算', '上年度“三公”经费预算'],
      sumTP(d.tpPrior),
      1,
      0.8,
    ),
    m(
      'PE_ThreePublicActual',
      ['“三公”经费实际支出数', '三公经费决算数', '“三公”经费支出数', '本年“三公”经费实际支出'],
      sumTP(d.tpActual),
      1,
      0.9,
      sumTP(d.tpPriorActual),
    ),
    m(
      'PE_PublicFundsBudget',
      ['公用经费预算数', '公用经费预算', '日常公用经费预算数'],
      d.publicFundsBudget,
      1,
      0.85,
    ),
    m(
      'PE_PublicFundsActual',
      ['公用经费实际支出数', '公用经费支出', '公用经费决算数', '日常公用经费实际支出'],
      d.publicFundsActual,
      1,
      0.85,
    ),
    m(
      'PE_StockFundsEnd',
      ['年末财政存量资金', '本年末财政存量资金', '本年末存量资金', '财政存量资金（年末）'],
      d.stockEnd,
      2,
      0.8,
    ),
    m(
      'PE_StockFundsPriorEnd',
      ['上年末财政存量资金', '上年末存量资金', '年初财政存量资金'],
      d.stockPriorEnd,
      2,
      0.8,
    ),
    m(
      'PE_ProcurementPlan',
      ['政府采购预算', '政府采购计划金额', '政府采购预算数', '政府采购计划数'],
      d.procurementPlan,
      2,
      0.8,
    ),
    m(
      'PE_ProcurementActual',
      ['政府采购实际金额', '实际政府采购金额', '政府采购执行数', '政府采购实际支出'],
      d.procurementActual,
      2,
      0.8,
    ),
    m(
      'PE_AssetsTotal',
      ['资产总额', '资产总计', '年末资产总额'],
      sumAssets(d.assetsEnd),
      3,
      0.8,
      sumAssets(d.assetsBegin),
    ),
    m(
      'PE_AssetsCurrent',
      ['流动资产', '流动资产合计', '其中：流动资产'],
      d.assetsEnd.current,
      3,
      0.8,
      d.assetsBegin.current,
    ),
    m(
      'PE_AssetsFixed',
      ['固定资产', '固定资产总额', '固定资产净值'],
      d.assetsEnd.fixed,
      3,
      0.8,
      d.assetsBegin.fixed,
    ),
    m('PE_AssetsIntangible', ['无形资产'], d.assetsEnd.intangible, 3, 0.7, d.assetsBegin.intangible),
    m('PE_AssetsInProgress', ['在建工程'], d.assetsEnd.inProgress, 3, 0.7, d.assetsBegin.inProgress),
    m('PE_AssetsOther', ['其他资产'], d.assetsEnd.other, 3, 0.6, d.assetsBegin.other),
    m('PE_FixedAssetsInUse', ['实际在用固定资产', '在用固定资产', '在用固定资产总额'], d.fixedInUse, 3, 0.7),
    c(
      'PE_StaffActual',
      ['在编人数', '实有在编人数', '年末在编人数（含工勤）', '本年度在编人数'],
      sumStaff(d.staffActual),
      '人',
      4,
      0.85,
    ),
    c(
      'PE_StaffAuthorized',
      ['核定编制数', '编制数', '核定编制（含工勤）', '编制人数'],
      sumStaff(d.staffAuthorized),
      '人',
      4,
      0.85,
    ),
    c(
      'PE_OfficialsActual',
      ['在职公务员人数', '编制内在职公务人员数', '行政编制实有人数'],
      d.staffActual.admin,
      '人',
      4,
      0.7,
    ),
    c('PE_OfficialsAuthorized', ['行政编制数', '行政编制'], d.staffAuthorized.admin, '人', 4, 0.7),
    c(
      'PE_KeyTasksPlanned',
      ['年度重点工作任务数', '重点工作计划数', '计划重点工作任务'],
      d.keyTasks[0],
      '项',
      5,
    ),
    c(
      'PE_KeyTasksDone',
      ['已完成重点工作任务数', '完成重点工作数', '已完成重点工作'],
      d.keyTasks[1],
      '项',
      5,
    ),
    c('PE_TargetsSet', ['设定的绩效指标数', '设定绩效指标个数', '绩效指标数'], d.targets[0], '个', 5),
    c('PE_TargetsMet', ['完成的绩效指标数', '已完成绩效指标数'], d.targets[1], '个', 5),
    c('PE_ProjectsTotal', ['纳入考核的项目数', '考核项目个数', '项目总数'], d.projects[0], '个', 5),
    c('PE_ProjectsOnTime', ['按时完成的项目数', '按期完成项目数'], d.projects[1], '个', 5),
    c('PE_OutcomesSet', ['效果指标数', '效益指标个数'], d.outcomes[0], '个', 5, 0.5),
    c('PE_OutcomesMet', ['达成的效果指标数', '已达成效益指标数'], d.outcomes[1], '个', 5, 0.5),
    c('PE_DisputesTotal', ['排查矛盾纠纷数', '矛盾纠纷排查数', '排查矛盾纠纷'], d.disputes[0], '件', 5, 0.4),
    c(
      'PE_DisputesResolved',
      ['调处成功数', '矛盾纠纷调处成功数', '成功调处纠纷'],
      d.disputes[1],
      '件',
      5,
      0.4,
    ),
    {
      name: 'PE_Satisfaction',
      labels: ['公众或服务对象满意度', '服务对象满意度', '群众满意度', '满意度'],
      kind: 'ratio',
      value: d.satisfactionPct,
      unit: '%',
      p: 0.6,
      section: 6,
    },
  ];
}

const FULL_DIGITS = '０１２３４５６７８９';
function fullWidth(n: number): string {
  return String(n)
    .split('')
    .map((ch) => FULL_DIGITS[Number(ch)])
    .join('');
}

/** A clerk's spelling of a label: numbering, padding spaces between characters, a colon, a unit. */
function decorate(ctx: Ctx, label: string, i: number, numbering: string, unit: string | null): string {
  const { next } = ctx;
  let l = label;
  if (l.length <= 5 && !/[“"（]/.test(l) && chance(next, 0.15)) l = l.split('').join(' ');
  if (chance(next, 0.15)) l = l.replace(/“|”/g, '"');
  if (unit && chance(next, 0.5)) l = `${l}${pick(next, [`（${unit}）`, `(${unit})`])}`;
  const num =
    numbering === 'arabic'
      ? `${i + 1}.`
      : numbering === 'fullwidth'
        ? `${fullWidth(i + 1)}．`
        : numbering === 'paren'
          ? `（${i + 1}）`
          : numbering === 'cnParen'
            ? cnParen(i)
            : '';
  return `${num}${l}`;
}

function cellOf(
  ctx: Ctx,
  e: Entry,
): { cell: number; value: string; cellUnit: 'wan' | 'yuan' | 'count' | 'ratio' } {
  if (e.kind === 'money') return moneyFig(e.value, ctx.unit);
  if (e.kind === 'ratio') {
    const v = new D(e.value).div(100);
    return { cell: v.toNumber(), value: v.toFixed(), cellUnit: 'ratio' };
  }
  return { cell: e.value, value: String(e.value), cellUnit: 'count' };
}

function unitOf(ctx: Ctx, e: Entry): string {
  return e.kind === 'money' ? (ctx.unit === 'yuan' ? '元' : '万元') : e.unit;
}

export function clerkBasics(ctx: Ctx): string {
  const { b, next } = ctx;
  const layout = pick(next, ['numbered', 'colonGap', 'unitInLabel', 'twoYears', 'pairs'] as const);
  const numbering = pick(next, ['arabic', 'fullwidth', 'paren', 'none', 'cnParen']);
  const s = b.addSheet(pick(next, ['基础数据', '数据', '绩效评价基础数据', 'Sheet1', '基础信息']));
  const chosen = entries(ctx).filter((e) => chance(next, e.p));
  const parts = [layout, numbering];
  let r = 0;
  s.set(
    r,
    0,
    pick(next, [
      `${ctx.d.name}${ctx.d.year}年度绩效自评基础数据`,
      '部门整体支出绩效评价基础数据表',
      '基础数据',
    ]),
  );
  r++;
  const unitAbove = layout !== 'numbered' && layout !== 'twoYears' && layout !== 'unitInLabel';
  if (unitAbove || chance(next, 0.5)) {
    s.set(r, layout === 'pairs' ? 4 : 3, unitLine(ctx));
    r++;
  }
  const write = (row: number, col: number, e: Entry, label: string): void => {
    const f = cellOf(ctx, e);
    s.set(row, col, f.cell);
    s.truth(e.name, row, col, f, label);
  };
  if (layout === 'numbered') {
    s.line(r, 0, ['序号', '项目', pick(next, ['数值', '金额/数量', '数据']), '单位', '备注']);
    r++;
    let section = -1;
    let k = 0;
    for (const e of chosen) {
      if (e.section !== section) {
        section = e.section;
        s.set(r, 0, cnOrdinal(section).replace('、', ''));
        s.set(r, 1, `${cnOrdinal(section)}${SECTIONS[section]}`);
        r++;
        k = 0;
      }
      const label = decorate(ctx, pick(next, e.labels), k, 'none', null);
      s.set(r, 0, numbering === 'none' ? null : k + 1);
      s.set(r, 1, label);
      write(r, 2, e, label);
      s.set(r, 3, unitOf(ctx, e));
      if (e.name === 'PE_BudgetInitial' && chance(next, 0.5)) s.set(r, 4, '含上年结转资金');
      r++;
      k++;
    }
  } else if (layout === 'colonGap') {
    chosen.forEach((e, i) => {
      const label = `${decorate(ctx, pick(next, e.labels), i, numbering, null)}${pick(next, ['：', ':', ''])}`;
      s.set(r, 0, label);
      write(r, 2, e, label);
      s.set(r, 3, unitOf(ctx, e));
      r++;
    });
  } else if (layout === 'unitInLabel') {
    chosen.forEach((e, i) => {
      const label = decorate(ctx, pick(next, e.labels), i, numbering, unitOf(ctx, e));
      s.set(r, 0, label);
      write(r, 1, e, label);
      r++;
    });
  } else if (layout === 'twoYears') {
    const [hc, hp] = pick(next, [
      ['本年数', '上年数'],
      [`${ctx.d.year}年`, `${ctx.d.year - 1}年`],
      ['本期数', '上年同期数'],
    ]);
    s.line(r, 0, ['项目', '行次', hc, hp, '单位']);
    r++;
    chosen.forEach((e, i) => {
      const label = decorate(ctx, pick(next, e.labels), i, numbering, null);
      s.set(r, 0, label);
      s.set(r, 1, i + 1);
      write(r, 2, e, label);
      // Stock-fund and 上年 rows carry no prior-year figure (it would be another input's value).
      if (e.prior !== undefined && !/Prior|Stock/.test(e.name)) {
        const pf = e.kind === 'money' ? moneyFig(e.prior, ctx.unit).cell : e.prior;
        s.set(r, 3, pf);
        s.distractor(e.name, r, 3, `${hp} is the year before`);
        // …except that last year's 三公 budget is itself an input.
        if (e.name === 'PE_ThreePublicBudget')
          s.truth('PE_ThreePublicBudgetPrior', r, 3, moneyFig(e.prior, ctx.unit), `${label} × ${hp}`);
      } else s.set(r, 3, '—');
      s.set(r, 4, unitOf(ctx, e));
      r++;
    });
  } else {
    // Two label/value pairs per row, a blank column between them.
    const gapCol = chance(next, 0.5);
    for (let i = 0; i < chosen.length; i += 2) {
      [chosen[i], chosen[i + 1]].forEach((e, j) => {
        if (!e) return;
        const base = j === 0 ? 0 : gapCol ? 3 : 2;
        const label = decorate(ctx, pick(next, e.labels), i + j, 'none', null);
        s.set(r, base, label);
        write(r, base + 1, e, label);
      });
      r++;
    }
    parts.push(gapCol ? 'gap' : 'adjacent');
  }
  // Rows that look like inputs and are not.
  const extra = shuffle(next, distractorRows(ctx)).slice(0, int(next, 0, 2));
  for (const x of extra) {
    const col = layout === 'unitInLabel' ? 1 : layout === 'pairs' ? 1 : 2;
    const labelCol = layout === 'numbered' ? 1 : 0;
    s.set(r, labelCol, x.label);
    s.set(r, col, moneyFig(x.value, ctx.unit).cell);
    s.distractor(x.name, r, col, x.why);
    r++;
  }
  r++;
  notes(s, ctx, r);
  if (chance(next, 0.4)) {
    projectTable(ctx);
    parts.push('projects');
  }
  return parts.join('-');
}

function distractorRows(ctx: Ctx): { label: string; value: Cents; name: string; why: string }[] {
  const { d } = ctx;
  return [
    { label: '上年实际支出数', value: d.priorExpenditure, name: 'PE_Expenditure', why: '上年 spending' },
    { label: '其中：项目支出', value: d.project, name: 'PE_Expenditure', why: 'a part of spending' },
    { label: '基本支出', value: d.basic, name: 'PE_Expenditure', why: 'a part of spending' },
    { label: '上年年初预算数', value: d.priorBudgetInitial, name: 'PE_BudgetInitial', why: '上年 budget' },
    {
      label: '人员经费支出',
      value: d.personnel,
      name: 'PE_PublicFundsActual',
      why: '人员经费 is not 公用经费',
    },
  ];
}

function notes(s: SheetBuilder, ctx: Ctx, r: number): void {
  const { d, next } = ctx;
  const lines = [
    `注：1.年初预算数为人大批复数，调整后预算数含年中追加${moneyFig(d.budgetAdjusted - d.budgetInitial, 'wan').value}万元；`,
    '2.“三公”经费实际支出数含项目支出中的“三公”经费；',
    `3.年末财政存量资金为结转结余资金，上年末财政存量资金已按审计调整。`,
  ];
  if (chance(next, 0.6)) lines.forEach((l, i) => s.set(r + i, 0, l));
}
