/**
 * A 部门预算 workbook exported from a 预算管理一体化 system after the budget is approved: the export
 * head (系统名称, 查询条件 with 预算年度 and 单位, 导出时间), a wide 支出预算明细 with the codes in
 * their own columns (功能科目编码 | 功能科目名称 | 经济科目编码 | 经济科目名称, 项目名称 for project
 * lines), 合计 then 基本支出 (人员经费 | 公用经费) and 项目支出, one line per 功能 × 经济 pair; a
 * 预算汇总 by 资金来源 beside last year's budget; the “三公” 经费 申报表 with last year's and this
 * year's 预算数 as rows; the 政府采购预算 by item; and the system's 人员信息 strip.
 *
 * What a clerk points at: the 合计 line's 合计 (年初预算数) and 公用经费 (公用经费预算数), the
 * “三公” 合计 of this year's row and of last year's, the 采购 合计, the 编制 / 实有 合计 and 行政.
 * Last year's budget, the 人员经费 and 项目支出 columns, the fund sources, “三公” items and
 * 增减额, 采购 items, 事业 / 工勤 / 离退休 / 编外 counts are distractors.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, shuffle, split, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { parts, putCount, putMoney, rateCell, type Mark, type NumberStyle } from '../holdout3/helpers';
import { onGrain, ownFunction, stamp } from './common5';

const PERSONNEL_LINES: [string, string, number][] = [
  ['30101', '基本工资', 3],
  ['30102', '津贴补贴', 2.5],
  ['30103', '奖金', 1],
  ['30108', '机关事业单位基本养老保险缴费', 1.2],
  ['30110', '职工基本医疗保险缴费', 0.6],
  ['30113', '住房公积金', 0.9],
];

/** Where each personnel line is booked in the 功能分类 when it is not the body's 行政运行. */
const PERSONNEL_FUNCTION: Record<string, [string, string]> = {
  '30108': ['2080505', '机关事业单位基本养老保险缴费支出'],
  '30110': ['2101101', '行政单位医疗'],
  '30113': ['2210201', '住房公积金'],
};

const PUBLIC_LINES: [string, string][] = [
  ['30201', '办公费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30211', '差旅费'],
  ['30213', '维修（护）费'],
  ['30216', '培训费'],
  ['30228', '工会经费'],
  ['30229', '福利费'],
  ['30239', '其他交通费用'],
  ['30299', '其他商品和服务支出'],
];

const PROJECT_ECONOMIC: [string, string][] = [
  ['30227', '委托业务费'],
  ['30213', '维修（护）费'],
  ['31002', '办公设备购置'],
  ['30299', '其他商品和服务支出'],
  ['31005', '基础设施建设'],
];

/** The 项 a project of each 类 is booked to when the class is not the body's own. */
const PROJECT_FUNCTION: Record<string, [string, string]> = {
  '205': ['2050299', '其他普通教育支出'],
  '207': ['2070199', '其他文化和旅游支出'],
  '208': ['2080299', '其他民政管理事务支出'],
  '210': ['2100499', '其他公共卫生支出'],
  '211': ['2110199', '其他环境保护管理事务支出'],
  '212': ['2120399', '其他城乡社区公共设施支出'],
  '213': ['2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出'],
  '221': ['2210199', '其他保障性安居工程支出'],
  '224': ['2240199', '其他应急管理支出'],
};

interface Line {
  fnCode: string;
  fnName: string;
  ecCode: string;
  ecName: string;
  project: string;
  kind: 'personnel' | 'public' | 'project';
  amount: Cents;
}

function exportHead(s: SheetBuilder, ctx: Ctx, title: string, width: number): number {
  const { d, next } = ctx;
  s.mergedText(0, 0, 0, width - 1, title);
  const cond = pick(next, [
    `查询条件：预算年度=${d.year}；单位=${d.name}`,
    `预算年度：${d.year}    单位名称：${d.name}`,
    `${d.year}年度    ${d.name}`,
  ]);
  s.set(1, 0, cond);
  s.set(1, width - 1, ctx.unit === 'wan' ? '单位：万元' : pick(next, ['单位：元', '金额单位：元']));
  if (chance(next, 0.5)) {
    s.set(2, 0, `导出时间：${stamp(next, d.year)}`);
    return 3;
  }
  return 2;
}

export function integratedBudget(ctx: Ctx): string {
  const { d, next } = ctx;
  const g = d.grain;
  const style: NumberStyle = chance(next, 0.3) ? 'text' : 'number';
  const publicB = d.publicFundsBudget;
  // The approved budget is 基本 + 项目; when the department's own personnel figure would leave no
  // room for projects, the export shows the smaller personnel budget it would have approved.
  const personnelB = Math.min(d.personnelBudget, onGrain(d.budgetInitial, 0.9, g) - publicB);
  const projectB = d.budgetInitial - personnelB - publicB;
  const [own, ownName] = ownFunction(d);
  const variant: string[] = [style];

  // The detail lines, each one 功能 × 经济 pair, its amount in exactly one of the three columns.
  const pLines = PERSONNEL_LINES.filter((l) => l[0] !== '30103' || chance(next, 0.6));
  const pAmounts = split(
    personnelB,
    pLines.map((l) => l[2] * (0.8 + next() * 0.4)),
    g,
  );
  const lines: Line[] = pLines.map(([ec, name], i) => {
    const fn = PERSONNEL_FUNCTION[ec] ?? [`${own}01`, '行政运行'];
    return {
      fnCode: fn[0],
      fnName: fn[1],
      ecCode: ec,
      ecName: name,
      project: '',
      kind: 'personnel',
      amount: pAmounts[i],
    };
  });
  const pub = shuffle(next, PUBLIC_LINES)
    .slice(0, int(next, 5, 9))
    .sort((a, c) => a[0].localeCompare(c[0]));
  const pubAmounts = parts(next, publicB, pub.length, g);
  pub.forEach(([ec, name], i) =>
    lines.push({
      fnCode: `${own}01`,
      fnName: '行政运行',
      ecCode: ec,
      ecName: name,
      project: '',
      kind: 'public',
      amount: pubAmounts[i],
    }),
  );
  const projAmounts = parts(next, projectB, d.projectList.length, g);
  const otherClasses = d.functional.map((f) => f.code).filter((c) => PROJECT_FUNCTION[c]);
  d.projectList.forEach((p, i) => {
    const cls = chance(next, 0.5) && otherClasses.length > 0 ? pick(next, otherClasses) : null;
    const fn: [string, string] = cls ? PROJECT_FUNCTION[cls] : [`${own}99`, `其他${ownName}支出`];
    const ec = pick(next, PROJECT_ECONOMIC);
    lines.push({
      fnCode: fn[0],
      fnName: fn[1],
      ecCode: ec[0],
      ecName: ec[1],
      project: p.name,
      kind: 'project',
      amount: projAmounts[i],
    });
  });
  lines.sort((a, c) => a.fnCode.localeCompare(c.fnCode) || a.ecCode.localeCompare(c.ecCode));

  detailSheet(ctx, lines, { personnelB, publicB, projectB }, style, variant);
  if (chance(next, 0.7)) summarySheet(ctx, { personnelB, publicB, projectB }, style, variant);
  if (chance(next, 0.85)) threePublicSheet(ctx, style, variant);
  if (chance(next, 0.7)) procurementSheet(ctx, style, variant);
  if (chance(next, 0.55)) staffSheet(ctx, variant);
  return variant.join('+');
}

function detailSheet(
  ctx: Ctx,
  lines: Line[],
  tot: { personnelB: Cents; publicB: Cents; projectB: Cents },
  style: NumberStyle,
  variant: string[],
): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['支出预算明细', '部门支出预算明细表', '预算明细', 'Sheet1']));
  const withUnit = chance(next, 0.4);
  const left = withUnit ? 2 : 0;
  const cFn = left;
  const cProj = left + 4;
  const cTotal = left + 5;
  const [cPers, cPub, cProjAmt] = [cTotal + 1, cTotal + 2, cTotal + 3];
  const width = cProjAmt + 1;
  let r = exportHead(
    s,
    ctx,
    pick(next, [`${d.year}年部门支出预算明细表`, '支出预算明细表', `${d.year}年部门预算（批复）明细`]),
    width,
  );
  const merged = chance(next, 0.6);
  const heads = ['功能科目编码', '功能科目名称', '经济科目编码', '经济科目名称', '项目名称'];
  if (withUnit) s.line(r, 0, ['单位编码', '单位名称']);
  if (merged) {
    s.line(r, cFn, heads);
    s.set(r, cTotal, '合计');
    s.mergedText(r, cPers, r, cPub, '基本支出');
    s.set(r, cProjAmt, '项目支出');
    s.line(r + 1, cPers, ['人员经费', '公用经费']);
    for (let c = 0; c < width; c++) if (c !== cPers && c !== cPub) s.merge(r, c, r + 1, c);
    r += 2;
    variant.push('twoRowHead');
  } else {
    s.line(r, cFn, [...heads, '合计', '基本支出-人员经费', '基本支出-公用经费', '项目支出']);
    r++;
  }
  const codesAsNumbers = chance(next, 0.3);
  if (codesAsNumbers) variant.push('numericCodes');
  const code = (c: string): string | number => (codesAsNumbers ? Number(c) : c);
  const totalOnTop = chance(next, 0.65);
  const total = d.budgetInitial;
  const writeTotal = (row: number): void => {
    s.set(row, withUnit ? 0 : cFn, totalOnTop ? '合计' : pick(next, ['合计', '总计']));
    putMoney(s, ctx, row, cTotal, total, style, {
      truth: { name: 'PE_BudgetInitial', label: '合计 × 合计' },
    });
    putMoney(s, ctx, row, cPers, tot.personnelB, style, {
      distractor: { name: 'PE_PublicFundsBudget', why: '人员经费, not 公用经费' },
    });
    putMoney(s, ctx, row, cPub, tot.publicB, style, {
      truth: { name: 'PE_PublicFundsBudget', label: '合计 × 基本支出 公用经费' },
    });
    putMoney(s, ctx, row, cProjAmt, tot.projectB, style, {
      distractor: { name: 'PE_BudgetInitial', why: '项目支出 only' },
    });
  };
  if (totalOnTop) writeTotal(r++);
  const unitCode = `${int(next, 101, 699)}001`;
  for (const l of lines) {
    if (withUnit) s.line(r, 0, [unitCode, d.name]);
    s.line(r, cFn, [code(l.fnCode), l.fnName, code(l.ecCode), l.ecName]);
    if (l.project) s.set(r, cProj, l.project);
    putMoney(s, ctx, r, cTotal, l.amount, style);
    const col = l.kind === 'personnel' ? cPers : l.kind === 'public' ? cPub : cProjAmt;
    putMoney(s, ctx, r, col, l.amount, style);
    r++;
  }
  if (!totalOnTop) writeTotal(r++);
  variant.push(totalOnTop ? 'totalTop' : 'totalBottom');
}

function summarySheet(
  ctx: Ctx,
  tot: { personnelB: Cents; publicB: Cents; projectB: Cents },
  style: NumberStyle,
  variant: string[],
): void {
  const { b, d, next } = ctx;
  const g = d.grain;
  const s = b.addSheet(pick(next, ['预算汇总', '收支预算汇总表', '按资金来源汇总']));
  // This year's lines by source: personnel and 公用 are all 一般公共预算; projects draw on the
  // other sources too.
  const fund = chance(next, 0.4) ? onGrain(tot.projectB, 0.05 + next() * 0.2, g) : 0;
  const own = chance(next, 0.5) ? onGrain(tot.projectB, 0.02 + next() * 0.1, g) : 0;
  const projGeneral = tot.projectB - fund - own;
  const basic = tot.personnelB + tot.publicB;
  const priorTotal = d.priorBudgetInitial;
  // Last year's lines keep about this year's shares (their sum stays under last year's total).
  const priorPers = onGrain(priorTotal, (tot.personnelB / d.budgetInitial) * (0.95 + next() * 0.05), g);
  const priorPub = onGrain(priorTotal, (tot.publicB / d.budgetInitial) * (0.9 + next() * 0.15), g);
  const priorProj = priorTotal - priorPers - priorPub;
  const priorBasic = priorPers + priorPub;
  let r = exportHead(s, ctx, pick(next, ['部门收支预算汇总表', `${d.year}年预算汇总表（按资金来源）`]), 9);
  s.mergedText(r, 0, r + 1, 0, '项目');
  s.mergedText(r, 1, r + 1, 1, `${d.year - 1}年预算数`);
  s.mergedText(r, 2, r, 6, `${d.year}年预算数`);
  s.line(r + 1, 2, ['合计', '一般公共预算拨款', '政府性基金预算拨款', '财政专户管理资金', '单位资金']);
  s.mergedText(r, 7, r + 1, 7, '增减额');
  s.mergedText(r, 8, r + 1, 8, '增减率');
  r += 2;
  const rows: [string, Cents, Cents, Cents, Cents, string | null][] = [
    ['合计', d.budgetInitial, d.budgetInitial - fund - own, fund, own, 'total'],
    ['一、基本支出', basic, basic, 0, 0, null],
    ['    人员经费', tot.personnelB, tot.personnelB, 0, 0, null],
    ['    公用经费', tot.publicB, tot.publicB, 0, 0, 'public'],
    ['二、项目支出', tot.projectB, projGeneral, fund, own, null],
  ];
  const prior = [priorTotal, priorBasic, priorPers, priorPub, priorProj];
  rows.forEach(([label, all, gen, f, o, role], i) => {
    s.set(r, 0, label);
    putMoney(s, ctx, r, 1, prior[i], style, {
      distractor:
        role === 'total'
          ? { name: 'PE_BudgetInitial', why: '上年预算数' }
          : role === 'public'
            ? { name: 'PE_PublicFundsBudget', why: '上年预算数' }
            : undefined,
    });
    const input = role === 'total' ? 'PE_BudgetInitial' : role === 'public' ? 'PE_PublicFundsBudget' : null;
    putMoney(s, ctx, r, 2, all, style, input ? { also: input } : {});
    // The 一般公共预算 column is the whole budget when nothing else funds it: then it is as right.
    putMoney(
      s,
      ctx,
      r,
      3,
      gen,
      style,
      input
        ? gen === all
          ? { also: input }
          : { distractor: { name: input, why: '一般公共预算拨款 only' } }
        : {},
    );
    putMoney(s, ctx, r, 4, f, style);
    putMoney(s, ctx, r, 5, 0, style);
    putMoney(s, ctx, r, 6, o, style);
    putMoney(s, ctx, r, 7, all - prior[i], style);
    s.set(r, 8, rateCell(all - prior[i], prior[i], false));
    r++;
  });
  variant.push('summary');
}

function threePublicSheet(ctx: Ctx, style: NumberStyle, variant: string[]): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['三公经费预算', '“三公”经费申报表', '三公经费']));
  const withTotal = chance(next, 0.85);
  const cItems = withTotal ? 2 : 1;
  const width = cItems + 5;
  let r = exportHead(
    s,
    ctx,
    pick(next, [`${d.year}年“三公”经费预算申报表`, '一般公共预算“三公”经费支出预算表']),
    width,
  );
  s.mergedText(r, 0, r + 1, 0, '项目');
  if (withTotal) s.mergedText(r, 1, r + 1, 1, '合计');
  s.mergedText(r, cItems, r + 1, cItems, '因公出国（境）费');
  s.mergedText(r, cItems + 1, r + 1, cItems + 1, '公务接待费');
  s.mergedText(r, cItems + 2, r, cItems + 4, '公务用车购置及运行维护费');
  s.line(r + 1, cItems + 2, ['小计', '公务用车购置费', '公务用车运行维护费']);
  r += 2;
  const prior = d.tpPrior;
  const cur = d.tpBudget;
  const named = chance(next, 0.5);
  const rowsOf: [string, typeof cur, string | null][] = [
    [named ? `${d.year - 1}年预算数` : '上年预算数', prior, 'PE_ThreePublicBudgetPrior'],
    [named ? `${d.year}年预算数` : pick(next, ['本年预算数', '本年申报数']), cur, 'PE_ThreePublicBudget'],
  ];
  for (const [label, t, name] of rowsOf) {
    s.set(r, 0, label);
    if (withTotal && name)
      putMoney(s, ctx, r, 1, sumTP(t), style, { truth: { name, label: `${label} × 合计` } });
    // An item is a distractor unless it is the whole “三公” figure (the other items nil).
    const item = (c: Cents): Mark =>
      name && c !== sumTP(t) ? { distractor: { name, why: 'one “三公” item' } } : {};
    putMoney(s, ctx, r, cItems, t.outbound, style, item(t.outbound));
    putMoney(s, ctx, r, cItems + 1, t.reception, style, item(t.reception));
    putMoney(s, ctx, r, cItems + 2, t.carPurchase + t.carRun, style, item(t.carPurchase + t.carRun));
    putMoney(s, ctx, r, cItems + 3, t.carPurchase, style);
    putMoney(s, ctx, r, cItems + 4, t.carRun, style, item(t.carRun));
    r++;
  }
  s.set(r, 0, '增减额');
  if (withTotal)
    putMoney(s, ctx, r, 1, sumTP(cur) - sumTP(prior), style, {
      distractor: { name: 'PE_ThreePublicBudget', why: '增减额' },
    });
  putMoney(s, ctx, r, cItems, cur.outbound - prior.outbound, style);
  putMoney(s, ctx, r, cItems + 1, cur.reception - prior.reception, style);
  r++;
  s.set(r, 0, '增减率');
  if (withTotal) s.set(r, 1, rateCell(sumTP(cur) - sumTP(prior), sumTP(prior), false));
  variant.push(withTotal ? 'threePublic' : 'threePublicNoTotal');
}

function procurementSheet(ctx: Ctx, style: NumberStyle, variant: string[]): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['政府采购预算', '政府采购预算表']));
  let r = exportHead(s, ctx, `${d.year}年政府采购预算表`, 7);
  s.line(r, 0, ['序号', '项目名称', '采购品目', '采购组织形式', '数量', '计量单位', '预算金额']);
  r++;
  const items = shuffle(next, [
    ['台式计算机', 'A02010104', '台'],
    ['复印机', 'A02020200', '台'],
    ['车辆维修和保养服务', 'C23120300', '项'],
    ['物业管理服务', 'C21040000', '项'],
    ['信息系统运维服务', 'C16070000', '项'],
    ['办公家具', 'A05010000', '套'],
    ['印刷服务', 'C23090000', '项'],
  ]).slice(0, int(next, 2, 5));
  const amounts = parts(next, d.procurementPlan, items.length, d.grain);
  const top = chance(next, 0.5);
  const total = (row: number): void => {
    s.set(row, 1, '合计');
    putMoney(s, ctx, row, 6, d.procurementPlan, style, {
      truth: { name: 'PE_ProcurementPlan', label: '政府采购预算 合计' },
    });
  };
  if (top) total(r++);
  items.forEach(([name, code, unitName], i) => {
    s.line(r, 0, [i + 1, name, code, pick(next, ['集中采购', '分散采购']), int(next, 1, 20), unitName]);
    putMoney(s, ctx, r, 6, amounts[i], style, {
      distractor:
        amounts[i] !== d.procurementPlan ? { name: 'PE_ProcurementPlan', why: 'one item' } : undefined,
    });
    r++;
  });
  if (!top) total(r);
  variant.push('procurement');
}

function staffSheet(ctx: Ctx, variant: string[]): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['人员信息', '单位人员情况', '基础信息-人员']));
  s.mergedText(0, 0, 0, 11, `${d.year}年单位人员情况表`);
  s.set(1, 0, `单位：${d.name}`);
  s.set(1, 11, '单位：人');
  s.mergedText(2, 0, 3, 0, '单位名称');
  s.mergedText(2, 1, 2, 4, '编制数');
  s.mergedText(2, 5, 2, 8, '实有人数');
  s.mergedText(2, 9, 2, 10, '离退休人员');
  s.mergedText(2, 11, 3, 11, '编外人员');
  s.line(3, 1, ['合计', '行政', '事业', '工勤', '合计', '行政', '事业', '工勤', '离休', '退休']);
  const a = d.staffAuthorized;
  const x = d.staffActual;
  s.set(4, 0, d.name);
  putCount(s, 4, 1, a.admin + a.institution + a.worker, {
    truth: { name: 'PE_StaffAuthorized', label: '编制数 合计' },
  });
  putCount(s, 4, 2, a.admin, { truth: { name: 'PE_OfficialsAuthorized', label: '编制数 行政' } });
  putCount(s, 4, 3, a.institution, { distractor: { name: 'PE_OfficialsAuthorized', why: '事业编制' } });
  putCount(s, 4, 4, a.worker);
  putCount(s, 4, 5, x.admin + x.institution + x.worker, {
    truth: { name: 'PE_StaffActual', label: '实有人数 合计' },
  });
  putCount(s, 4, 6, x.admin, { truth: { name: 'PE_OfficialsActual', label: '实有人数 行政' } });
  putCount(s, 4, 7, x.institution, { distractor: { name: 'PE_OfficialsActual', why: '事业' } });
  putCount(s, 4, 8, x.worker);
  putCount(s, 4, 9, 0);
  putCount(s, 4, 10, d.retired, { distractor: { name: 'PE_StaffActual', why: '退休人员' } });
  putCount(s, 4, 11, int(next, 0, 12), { distractor: { name: 'PE_StaffActual', why: '编外人员' } });
  variant.push('staff');
}
