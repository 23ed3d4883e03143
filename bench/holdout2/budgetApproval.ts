/**
 * Family `budgetApproval`: a 部门预算批复 document pasted into Excel. A few prose lines (the
 * notice's title, the addressee, 根据… 现将… 批复如下), then 附件 tables whose unit sits in the
 * 附件 title line (…批复表（单位：万元）) or in the column header (批复数（万元）): the 收支预算
 * as one vertical 项目 / 批复数 list (收入 then 支出, 收入合计 = 支出合计), the 基本支出 预算 by
 * 科目 with 人员经费 / 公用经费 columns, the “三公” 经费 预算 with this and last year's
 * 批复数 in year-named columns and an 增减 column written as text, and the 政府采购预算.
 * Everything on one sheet, or one 附件 a sheet.
 */
import { chance, pick, int, sumTP, type Cents } from '../holdout/figures';
import { money, type Ctx } from '../holdout/common';
import type { SheetBuilder } from '../holdout/workbook';
import { decoy, diffText, parts } from './helpers';

const wanWord = (ctx: Ctx): string => (ctx.unit === 'wan' ? '万元' : '元');

interface Place {
  s: SheetBuilder;
  r: number;
}

function attachmentTitle(ctx: Ctx, p: Place, no: number, title: string, width: number): boolean {
  const inTitle = chance(ctx.next, 0.6);
  p.s.set(p.r, 0, `附件${no}`);
  p.r++;
  p.s.mergedText(p.r, 0, p.r, width - 1, inTitle ? `${title}（单位：${wanWord(ctx)}）` : title);
  p.r++;
  return inTitle;
}

function revenueExpense(ctx: Ctx, p: Place, no: number): void {
  const { d, next } = ctx;
  const y = d.year;
  const inTitle = attachmentTitle(ctx, p, no, `${d.name}${y}年部门收支预算批复表`, 3);
  const priorCol = chance(next, 0.4);
  const head = inTitle ? '批复数' : `批复数（${wanWord(ctx)}）`;
  p.s.line(p.r, 0, ['项目', head, priorCol ? '上年批复数' : null]);
  p.r++;
  const s = p.s;
  const inc = parts(ctx, d.budgetInitial, 3);
  s.set(p.r++, 0, '一、收入预算');
  ['一般公共预算拨款收入', '其他收入', '上年结转'].forEach((l, k) => {
    s.set(p.r, 0, `  ${l}`);
    money(s, ctx, p.r, 1, inc[k]);
    p.r++;
  });
  const incLab = pick(next, ['收入合计', '收入总计']);
  s.set(p.r, 0, incLab);
  money(s, ctx, p.r, 1, d.budgetInitial, { name: 'PE_BudgetInitial', label: `${incLab} / 批复数` });
  if (priorCol) decoy(s, ctx, p.r, 2, d.priorBudgetInitial, 'PE_BudgetInitial', '上年批复数');
  p.r++;
  s.set(p.r++, 0, '二、支出预算');
  for (const f of d.functional) {
    s.set(p.r, 0, `  ${f.code}${pick(next, [' ', '　', ''])}${f.name}`);
    money(s, ctx, p.r, 1, f.initial);
    p.r++;
  }
  const expLab = pick(next, ['支出合计', '支出总计']);
  s.set(p.r, 0, expLab);
  money(s, ctx, p.r, 1, d.budgetInitial, { name: 'PE_BudgetInitial', label: `${expLab} / 批复数` });
  if (priorCol) decoy(s, ctx, p.r, 2, d.priorBudgetInitial, 'PE_BudgetInitial', '上年批复数');
  p.r += 2;
}

function basicBudget(ctx: Ctx, p: Place, no: number): void {
  const { d, next } = ctx;
  const s = p.s;
  const inTitle = attachmentTitle(ctx, p, no, `${d.year}年一般公共预算基本支出批复表`, 5);
  const u = inTitle ? '' : `（${wanWord(ctx)}）`;
  s.line(p.r, 0, ['科目编码', '科目名称', `合计${u}`, `人员经费${u}`, `公用经费${u}`]);
  p.r++;
  const n = Math.min(d.functional.length, int(next, 2, 4));
  const pers = parts(ctx, d.personnelBudget, n);
  const pub = parts(ctx, d.publicFundsBudget, n);
  const write = (row: number): void => {
    s.line(row, 0, ['', pick(next, ['合计', '合  计'])]);
    money(s, ctx, row, 2, d.personnelBudget + d.publicFundsBudget);
    money(s, ctx, row, 3, d.personnelBudget);
    money(s, ctx, row, 4, d.publicFundsBudget, { name: 'PE_PublicFundsBudget', label: '合计 / 公用经费' });
  };
  const top = chance(next, 0.5);
  if (top) write(p.r++);
  for (let k = 0; k < n; k++) {
    const f = d.functional[k];
    s.line(p.r, 0, [f.code, f.name]);
    money(s, ctx, p.r, 2, pers[k] + pub[k]);
    money(s, ctx, p.r, 3, pers[k]);
    decoy(s, ctx, p.r, 4, pub[k], 'PE_PublicFundsBudget', 'one class of 公用经费');
    p.r++;
  }
  if (!top) write(p.r++);
  p.r++;
}

function threePublicBudget(ctx: Ctx, p: Place, no: number): void {
  const { d, next } = ctx;
  const s = p.s;
  const inTitle = attachmentTitle(ctx, p, no, `${d.year}年“三公”经费预算批复表`, 4);
  const y = d.year;
  const u = inTitle ? '' : `（${wanWord(ctx)}）`;
  s.line(p.r, 0, ['项目', `${y}年批复数${u}`, `${y - 1}年批复数${u}`, '增减']);
  p.r++;
  const cur = d.tpBudget;
  const pri = d.tpPrior;
  const rows: [string, Cents, Cents][] = [
    ['因公出国（境）费', cur.outbound, pri.outbound],
    ['公务用车购置及运行费', cur.carPurchase + cur.carRun, pri.carPurchase + pri.carRun],
    ['  其中：公务用车购置费', cur.carPurchase, pri.carPurchase],
    ['        公务用车运行费', cur.carRun, pri.carRun],
    ['公务接待费', cur.reception, pri.reception],
  ];
  const lab = pick(next, ['合计', '“三公”经费合计', '三公经费合计']);
  const total = (row: number): void => {
    s.set(row, 0, lab);
    money(s, ctx, row, 1, sumTP(cur), { name: 'PE_ThreePublicBudget', label: `${lab} / ${y}年批复数${u}` });
    money(s, ctx, row, 2, sumTP(pri), {
      name: 'PE_ThreePublicBudgetPrior',
      label: `${lab} / ${y - 1}年批复数`,
    });
    s.set(row, 3, diffText(ctx, sumTP(cur) - sumTP(pri)));
  };
  const top = chance(next, 0.5);
  if (top) total(p.r++);
  for (const [l, c, pr] of rows) {
    s.set(p.r, 0, l);
    decoy(s, ctx, p.r, 1, c, 'PE_ThreePublicBudget', 'one part of the 三公 budget');
    decoy(s, ctx, p.r, 2, pr, 'PE_ThreePublicBudgetPrior', 'one part of last year’s 三公 budget');
    s.set(p.r, 3, diffText(ctx, c - pr));
    p.r++;
  }
  if (!top) total(p.r++);
  p.r++;
}

function procurement(ctx: Ctx, p: Place, no: number): void {
  const { d, next } = ctx;
  const s = p.s;
  const inTitle = attachmentTitle(ctx, p, no, `${d.year}年政府采购预算批复表`, 5);
  s.line(p.r, 0, [
    '采购项目',
    '采购品目',
    '数量',
    '计量单位',
    inTitle ? '预算金额' : `预算金额（${wanWord(ctx)}）`,
  ]);
  p.r++;
  const items: [string, string, string][] = [
    ['办公设备购置', '台式计算机', '台'],
    ['办公设备购置', '复印机', '台'],
    ['办公用品', '复印纸', '箱'],
    ['物业管理', '物业管理服务', '项'],
    ['车辆维修', '车辆维修和保养服务', '项'],
  ];
  const n = int(next, 2, items.length);
  const amounts = parts(ctx, d.procurementPlan, n);
  for (let k = 0; k < n; k++) {
    s.line(p.r, 0, [...items[k].slice(0, 2), int(next, 1, 30), items[k][2]]);
    decoy(s, ctx, p.r, 4, amounts[k], 'PE_ProcurementPlan', 'one procurement item');
    p.r++;
  }
  const lab = pick(next, ['合计', '政府采购预算合计']);
  s.set(p.r, 0, lab);
  s.merge(p.r, 0, p.r, 3);
  money(s, ctx, p.r, 4, d.procurementPlan, { name: 'PE_ProcurementPlan', label: `${lab} / 预算金额` });
  p.r += 2;
}

export function budgetApproval(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const oneSheet = chance(next, 0.5);
  const first = b.addSheet(oneSheet ? pick(next, ['Sheet1', '批复']) : '通知');
  const p: Place = { s: first, r: 0 };
  p.s.mergedText(0, 0, 0, 4, `关于批复${d.name}${d.year}年部门预算的通知`);
  p.s.set(1, 0, `${d.name}：`);
  p.s.mergedText(
    2,
    0,
    2,
    4,
    `根据县人民代表大会批准的${d.year}年预算，现将你单位${d.year}年部门预算批复如下，请严格执行。`,
  );
  p.r = 4;
  const tables = [revenueExpense, basicBudget, threePublicBudget, procurement].filter(
    (_, k) => k === 0 || chance(next, 0.8),
  );
  tables.forEach((t, k) => {
    if (!oneSheet) {
      p.s = b.addSheet(`附件${k + 1}`);
      p.r = 0;
    }
    t(ctx, p, k + 1);
  });
  return `${oneSheet ? 'onesheet' : 'sheets'}-${tables.length}`;
}
