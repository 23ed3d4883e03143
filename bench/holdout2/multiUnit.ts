/**
 * Family `multiUnit`: a department with 二级单位, each unit's figures on one sheet and only the
 * department's total is the answer. Either a table with one row per unit (本部门合计 / 合计 at the
 * top or at the bottom, 机关本级 and the subordinate units under it) and columns 年初预算数 /
 * 调整后预算数 / 实际支出 / 其中：基本支出 / 其中：公用经费 / 项目支出, or the units one block
 * after another (一、机关本级 … 三、部门合计). The staff and asset tables are kept the same way.
 */
import { chance, pick, shuffle, split as splitBy, sumAssets, sumStaff, type Cents } from '../holdout/figures';
import { cnOrdinal, count, money, tableHead, type Ctx } from '../holdout/common';
import { decoy } from './helpers';

/** Each unit's share of the department, the same for every column of its row. */
function shares(ctx: Ctx, us: string[]): number[] {
  return us.map((_, i) => (i === 0 ? 2 : 0.4 + ctx.next()));
}

const SUBS = ['综合执法大队', '事务服务中心', '信息中心', '监测站', '服务站', '培训中心', '管理所'];

function units(ctx: Ctx): string[] {
  const n = 1 + Math.floor(ctx.next() * 3);
  const short = ctx.d.name.replace(/县.*/, '县');
  return [
    '机关本级',
    ...shuffle(ctx.next, SUBS)
      .slice(0, n)
      .map((x) => `${short}${x}`),
  ];
}

interface Col {
  head: string;
  total: Cents;
  input: string | null;
}

function fundsTable(ctx: Ctx, us: string[]): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['分单位汇总', '汇总表', '各单位支出']));
  const cols: Col[] = [
    { head: '年初预算数', total: d.budgetInitial, input: 'PE_BudgetInitial' },
    { head: pick(next, ['调整后预算数', '全年预算数']), total: d.budgetAdjusted, input: 'PE_BudgetAdjusted' },
    { head: pick(next, ['实际支出', '本年支出']), total: d.expenditure, input: 'PE_Expenditure' },
    { head: '其中：基本支出', total: d.basic, input: null },
    { head: '其中：公用经费', total: d.publicFundsActual, input: 'PE_PublicFundsActual' },
    { head: '项目支出', total: d.project, input: null },
  ];
  let r = tableHead(s, ctx, `${d.name}${d.year}年度分单位预算执行情况表`, null, cols.length + 2);
  s.line(r, 0, ['序号', '单位名称', ...cols.map((c) => c.head)]);
  r++;
  const w = shares(ctx, us);
  const split = cols.map((c) => splitBy(c.total, w, d.grain));
  const lab = pick(next, ['本部门合计', '合计', '部门合计']);
  const top = chance(next, 0.5);
  const totalRow = (): void => {
    s.line(r, 0, ['', lab]);
    cols.forEach((c, k) =>
      money(s, ctx, r, 2 + k, c.total, c.input ? { name: c.input, label: `${lab} / ${c.head}` } : undefined),
    );
    r++;
  };
  if (top) totalRow();
  us.forEach((u, i) => {
    s.line(r, 0, [i + 1, u]);
    cols.forEach((c, k) => {
      if (c.input) decoy(s, ctx, r, 2 + k, split[k][i], c.input, `${u}, one unit`);
      else money(s, ctx, r, 2 + k, split[k][i]);
    });
    r++;
  });
  if (!top) totalRow();
  return top ? 'rows-top' : 'rows-bottom';
}

function fundsBlocks(ctx: Ctx, us: string[]): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['各单位情况', '基础数据']));
  let r = tableHead(s, ctx, `${d.year}年度预算执行情况（分单位）`, null, 3);
  const items: [string, Cents, string][] = [
    ['年初预算数', d.budgetInitial, 'PE_BudgetInitial'],
    ['全年预算数', d.budgetAdjusted, 'PE_BudgetAdjusted'],
    ['全年支出数', d.expenditure, 'PE_Expenditure'],
    ['公用经费支出', d.publicFundsActual, 'PE_PublicFundsActual'],
  ];
  const w = shares(ctx, us);
  const split = items.map(([, c]) => splitBy(c, w, d.grain));
  const all = [...us, pick(next, ['部门合计', '全部门合计', '汇总'])];
  all.forEach((u, i) => {
    s.set(r, 0, `${cnOrdinal(i)}${u}`);
    r++;
    items.forEach(([l, c, name], k) => {
      s.set(r, 1, l);
      if (i === us.length) money(s, ctx, r, 2, c, { name, label: `${u} / ${l}` });
      else decoy(s, ctx, r, 2, split[k][i], name, `${u}, one unit`);
      r++;
    });
  });
  return 'blocks';
}

function staffByUnit(ctx: Ctx, us: string[]): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['人员情况', '分单位人员']));
  s.line(0, 0, ['单位', '编制数', '其中：行政编制', '实有人数', '其中：行政']);
  const w = shares(ctx, us);
  const a = splitBy(sumStaff(d.staffAuthorized), w, 1);
  const aa = splitBy(d.staffAuthorized.admin, w, 1);
  const x = splitBy(sumStaff(d.staffActual), w, 1);
  const xa = splitBy(d.staffActual.admin, w, 1);
  us.forEach((u, i) => {
    s.set(1 + i, 0, u);
    count(s, 1 + i, 1, a[i]);
    count(s, 1 + i, 2, aa[i]);
    count(s, 1 + i, 3, x[i]);
    count(s, 1 + i, 4, xa[i]);
    s.distractor('PE_StaffAuthorized', 1 + i, 1, 'one unit');
    s.distractor('PE_StaffActual', 1 + i, 3, 'one unit');
  });
  const r = 1 + us.length;
  const lab = pick(next, ['合计', '本部门合计']);
  s.set(r, 0, lab);
  count(s, r, 1, sumStaff(d.staffAuthorized), { name: 'PE_StaffAuthorized', label: `${lab} / 编制数` });
  count(s, r, 2, d.staffAuthorized.admin, {
    name: 'PE_OfficialsAuthorized',
    label: `${lab} / 其中：行政编制`,
  });
  count(s, r, 3, sumStaff(d.staffActual), { name: 'PE_StaffActual', label: `${lab} / 实有人数` });
  count(s, r, 4, d.staffActual.admin, { name: 'PE_OfficialsActual', label: `${lab} / 其中：行政` });
}

function assetsByUnit(ctx: Ctx, us: string[]): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['资产情况', '分单位资产']));
  const e = d.assetsEnd;
  const cols: [string, Cents, string][] = [
    ['资产总额', sumAssets(e), 'PE_AssetsTotal'],
    ['流动资产', e.current, 'PE_AssetsCurrent'],
    ['固定资产', e.fixed, 'PE_AssetsFixed'],
    ['无形资产', e.intangible, 'PE_AssetsIntangible'],
    ['在建工程', e.inProgress, 'PE_AssetsInProgress'],
    ['其他资产', e.other, 'PE_AssetsOther'],
  ];
  const r0 = tableHead(s, ctx, `${d.year}年末资产情况（分单位）`, null, cols.length + 1);
  s.line(r0, 0, ['单位', ...cols.map((c) => c[0])]);
  // Per-unit parts: each class split, the unit total the sum of its classes.
  const w = shares(ctx, us);
  const split = cols.slice(1).map(([, c]) => splitBy(c, w, d.grain));
  us.forEach((u, i) => {
    const r = r0 + 1 + i;
    s.set(r, 0, u);
    decoy(
      s,
      ctx,
      r,
      1,
      split.reduce((acc, p) => acc + p[i], 0),
      'PE_AssetsTotal',
      `${u}, one unit`,
    );
    split.forEach((p, k) => decoy(s, ctx, r, 2 + k, p[i], cols[k + 1][2], `${u}, one unit`));
  });
  const r = r0 + 1 + us.length;
  const lab = pick(next, ['合计', '部门合计']);
  s.set(r, 0, lab);
  cols.forEach(([h, c, name], k) => money(s, ctx, r, 1 + k, c, { name, label: `${lab} / ${h}` }));
}

export function multiUnit(ctx: Ctx): string {
  const us = units(ctx);
  const v = [chance(ctx.next, 0.6) ? fundsTable(ctx, us) : fundsBlocks(ctx, us)];
  if (chance(ctx.next, 0.6)) {
    staffByUnit(ctx, us);
    v.push('staff');
  }
  if (chance(ctx.next, 0.5)) {
    assetsByUnit(ctx, us);
    v.push('assets');
  }
  return v.join('+');
}
