/**
 * Families laid out like published budget tables and system exports: the 部门预算公开 set
 * (部门收支总表, 基本支出预算表 with 人员经费 / 公用经费 columns, the "三公" 经费预算表, the 政府采购
 * 预算表), the budget-execution report a 预算管理一体化 system exports (元, numeric codes, merged
 * two-level headers 预算指标 / 支出, a 本月 column beside the 累计 one), a two-year comparison
 * sheet (the prior-year column is the answer for the 上年 inputs and a distractor for the others),
 * and a project table with its own budgets.
 */
import { cnOrdinal, count, money, ratioCell, tableHead, type Ctx } from './common';
import { chance, int, pick, split, sumAssets, sumStaff, sumTP, type Cents } from './figures';

// ─── 部门预算公开 ───────────────────────────────────────────────────────────────────────

export function budgetDisclosure(ctx: Ctx): string {
  const parts = ['totals'];
  revenueExpenditureTotals(ctx);
  if (chance(ctx.next, 0.7)) {
    basicBudget(ctx);
    parts.push('basic');
  }
  if (chance(ctx.next, 0.7)) {
    threePublicBudget(ctx);
    parts.push('3p');
  }
  if (chance(ctx.next, 0.5)) {
    procurementBudget(ctx);
    parts.push('procurement');
  }
  return parts.join('+');
}

function revenueExpenditureTotals(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const y = d.year;
  const s = b.addSheet(pick(next, ['部门收支总表', '表1', '收支总表']));
  const head = pick(next, ['预算数', `${y}年预算数`, '金额']);
  let r = tableHead(s, ctx, `${d.name}${y}年部门收支总表`, pick(next, ['公开01表', null]), 4);
  s.mergedText(r, 0, r, 1, '收入');
  s.mergedText(r, 2, r, 3, '支出');
  r++;
  s.line(r, 0, ['项目', head, '项目', head]);
  r++;
  const incomes = [
    '一般公共预算拨款收入',
    '政府性基金预算拨款收入',
    '国有资本经营预算拨款收入',
    '财政专户管理资金收入',
    '事业收入',
    '上级补助收入',
    '附属单位上缴收入',
    '其他收入',
  ];
  const [fiscal, other] = split(d.incomeInitial, [19, 1], d.grain);
  const n = Math.max(incomes.length, d.functional.length);
  for (let i = 0; i < n; i++) {
    if (i < incomes.length) {
      s.set(r, 0, `${cnOrdinal(i)}${incomes[i]}`);
      money(s, ctx, r, 1, i === 0 ? fiscal : i === 7 ? other : 0);
    }
    if (i < d.functional.length) {
      s.set(r, 2, `${cnOrdinal(i)}${d.functional[i].name}`);
      money(s, ctx, r, 3, d.functional[i].initial);
    }
    r++;
  }
  const carry = d.budgetInitial - d.incomeInitial;
  s.set(r, 0, '本年收入合计');
  money(s, ctx, r, 1, d.incomeInitial);
  if (carry !== 0) s.distractor('PE_BudgetInitial', r, 1, '本年收入合计 leaves out 上年结转');
  const label = pick(next, ['本年支出合计', '本 年 支 出 合 计']);
  s.set(r, 2, label);
  money(s, ctx, r, 3, d.budgetInitial, { name: 'PE_BudgetInitial', label: `${label} × ${head}` });
  r++;
  s.set(r, 0, '上年结转');
  money(s, ctx, r, 1, carry);
  s.set(r, 2, '结转下年');
  r++;
  s.set(r, 0, '收入总计');
  money(s, ctx, r, 1, d.budgetInitial);
  s.alsoRight('PE_BudgetInitial', r, 1);
  s.set(r, 2, '支出总计');
  money(s, ctx, r, 3, d.budgetInitial);
  s.alsoRight('PE_BudgetInitial', r, 3);
}

function basicBudget(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['一般公共预算基本支出表', '表5', '基本支出预算表']));
  let r = tableHead(s, ctx, '一般公共预算基本支出表', null, 5);
  s.mergedText(r, 0, r, 1, pick(next, ['部门预算支出经济分类科目', '项目']));
  s.mergedText(r, 2, r, 4, `${d.year}年基本支出`);
  r++;
  const pfHead = pick(next, ['公用经费', '公用经费', '日常公用经费']);
  s.line(r, 0, ['科目编码', '科目名称', '合计', '人员经费', pfHead]);
  r++;
  const totalLabel = pick(next, ['合计', '合    计']);
  s.mergedText(r, 0, r, 1, totalLabel);
  money(s, ctx, r, 2, d.personnelBudget + d.publicFundsBudget);
  money(s, ctx, r, 3, d.personnelBudget);
  money(s, ctx, r, 4, d.publicFundsBudget, {
    name: 'PE_PublicFundsBudget',
    label: `${totalLabel} × ${pfHead}`,
  });
  r++;
  const [p301, p303] = split(d.personnelBudget, [9, 1], d.grain);
  const [c302, c310] = split(d.publicFundsBudget, [9, 1], d.grain);
  const rows: [string, string, Cents, Cents][] = [
    ['301', '工资福利支出', p301, 0],
    ['302', '商品和服务支出', 0, c302],
    ['303', '对个人和家庭的补助', p303, 0],
    ['310', '资本性支出', 0, c310],
  ];
  for (const [code, name, p, c] of rows) {
    s.line(r, 0, [chance(next, 0.5) ? Number(code) : code, name]);
    money(s, ctx, r, 2, p + c);
    if (p !== 0) money(s, ctx, r, 3, p);
    if (c !== 0) money(s, ctx, r, 4, c);
    if (code === '302')
      s.distractor('PE_PublicFundsBudget', r, 4, '302 商品和服务支出 is a part of 公用经费');
    r++;
  }
}

function threePublicBudget(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const y = d.year;
  const s = b.addSheet(pick(next, ['“三公”经费预算表', '表7', '三公预算']));
  const [hp, hc] = pick(next, [
    ['上年预算数', '本年预算数'],
    [`${y - 1}年预算数`, `${y}年预算数`],
    [`${y - 1}年`, `${y}年`],
  ]);
  const currentFirst = chance(next, 0.5);
  let r = tableHead(s, ctx, `${y}年“三公”经费预算情况表`, null, 4);
  const cols = currentFirst ? [hc, hp] : [hp, hc];
  s.line(r, 0, ['项目', ...cols, '增减']);
  r++;
  const parts = (t: typeof d.tpBudget): Cents[] => [
    sumTP(t),
    t.outbound,
    t.carPurchase + t.carRun,
    t.reception,
  ];
  const labels = [
    pick(next, ['合计', '“三公”经费合计', '三公经费合计']),
    '因公出国（境）费',
    '公务用车购置及运行费',
    '公务接待费',
  ];
  labels.forEach((label, i) => {
    s.set(r, 0, label);
    const cur = parts(d.tpBudget)[i];
    const pri = parts(d.tpPrior)[i];
    const cc = currentFirst ? 1 : 2;
    const pc = currentFirst ? 2 : 1;
    money(
      s,
      ctx,
      r,
      cc,
      cur,
      i === 0 ? { name: 'PE_ThreePublicBudget', label: `${label} × ${hc}` } : undefined,
    );
    money(
      s,
      ctx,
      r,
      pc,
      pri,
      i === 0 ? { name: 'PE_ThreePublicBudgetPrior', label: `${label} × ${hp}` } : undefined,
    );
    money(s, ctx, r, 3, cur - pri);
    r++;
  });
}

function procurementBudget(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['政府采购预算表', '表9', '采购预算']));
  let r = tableHead(s, ctx, '政府采购预算表', null, 5);
  const head = pick(next, ['预算金额', '采购预算', '金额']);
  s.line(r, 0, ['序号', '采购项目', '采购品目', '数量', head]);
  r++;
  const items = ['办公设备', '复印纸', '信息系统运维服务', '物业管理服务', '车辆维修和保养服务'].slice(
    0,
    int(next, 2, 5),
  );
  const amounts = split(
    d.procurementPlan,
    items.map(() => 0.5 + next()),
    d.grain,
  );
  items.forEach((it, i) => {
    s.line(r, 0, [
      i + 1,
      it,
      pick(next, ['A02010104', 'A05040101', 'C16070000', 'C21040000']),
      int(next, 1, 30),
    ]);
    money(s, ctx, r, 4, amounts[i]);
    r++;
  });
  const label = pick(next, ['合计', '合    计', '政府采购预算合计']);
  s.mergedText(r, 0, r, 3, label);
  money(s, ctx, r, 4, d.procurementPlan, {
    name: 'PE_ProcurementPlan',
    label: `政府采购预算表 ${label} × ${head}`,
  });
}

// ─── Budget-execution export from the system ───────────────────────────────────────────

export function ledgerExport(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['预算执行情况', '执行情况表', 'Sheet1', '导出数据']));
  const spacer = chance(next, 0.4);
  const [hi, hx, ha] = pick(next, [
    ['年初预算', '追加（减）', '调整后预算'],
    ['年初指标', '调整指标', '全年指标'],
    ['年初预算数', '预算调整数', '调整后预算数'],
  ]);
  const [hm, hc] = pick(next, [
    ['本月支出', '累计支出'],
    ['本月', '1-12月累计'],
    ['本期支出数', '本年累计支出数'],
  ]);
  const cI = 2;
  const cS = spacer ? 6 : 5;
  const width = cS + 4;
  let r = 0;
  s.mergedText(r, 0, r, width - 1, `${d.year}年1-12月部门预算执行情况表`);
  r++;
  s.set(r, 0, `单位名称：${d.name}`);
  s.set(r, width - 1, ctx.unit === 'yuan' ? '单位：元' : '单位：万元');
  r++;
  s.mergedText(r, 0, r + 1, 0, pick(next, ['功能科目编码', '科目编码']));
  s.mergedText(r, 1, r + 1, 1, pick(next, ['功能科目名称', '科目名称']));
  s.mergedText(r, cI, r, cI + 2, '预算指标');
  s.line(r + 1, cI, [hi, hx, ha]);
  s.mergedText(r, cS, r, cS + 1, '支出');
  s.line(r + 1, cS, [hm, hc]);
  s.mergedText(r, cS + 2, r + 1, cS + 2, '执行进度');
  s.mergedText(r, cS + 3, r + 1, cS + 3, '指标结余');
  r += 2;
  const month = (c: Cents): Cents => Math.round((c * (0.05 + next() * 0.2)) / d.grain) * d.grain;
  const writeRow = (row: number, ini: Cents, adj: Cents, act: Cents, names: boolean, label: string): void => {
    const n = (name: string, head: string): { name: string; label: string } | undefined =>
      names ? { name, label: `${label} × ${head}` } : undefined;
    money(s, ctx, row, cI, ini, n('PE_BudgetInitial', hi));
    money(s, ctx, row, cI + 1, adj - ini);
    money(s, ctx, row, cI + 2, adj, n('PE_BudgetAdjusted', ha));
    money(s, ctx, row, cS, month(act));
    money(s, ctx, row, cS + 1, act, n('PE_Expenditure', hc));
    s.set(row, cS + 2, ratioCell(act, adj));
    money(s, ctx, row, cS + 3, adj - act);
    if (names) {
      s.distractor('PE_Expenditure', row, cS, `${hm} is one month`);
      s.distractor('PE_BudgetAdjusted', row, cI + 1, `${hx} is the change only`);
    }
  };
  const totalTop = chance(next, 0.5);
  const totalLabel = totalTop ? pick(next, ['合计', '合    计']) : pick(next, ['总计', '合计']);
  if (totalTop) {
    s.mergedText(r, 0, r, 1, totalLabel);
    writeRow(r, d.budgetInitial, d.budgetAdjusted, d.expenditure, true, totalLabel);
    r++;
  }
  for (const f of d.functional) {
    s.set(r, 0, Number(f.code));
    s.set(r, 1, f.name);
    writeRow(r, f.initial, f.adjusted, f.actual, false, f.name);
    r++;
  }
  if (!totalTop) {
    s.mergedText(r, 0, r, 1, totalLabel);
    writeRow(r, d.budgetInitial, d.budgetAdjusted, d.expenditure, true, totalLabel);
    r++;
  }
  r++;
  s.set(r, 0, `制表人：    审核人：    导出时间：${d.year + 1}-01-1${int(next, 0, 9)}`);
  const parts = [`total-${totalTop ? 'top' : 'bottom'}${spacer ? '-spacer' : ''}`];
  if (chance(next, 0.6)) {
    projectTable(ctx);
    parts.push('projects');
  }
  return parts.join('+');
}

/** A table of projects with their own budgets: every figure in it, totals too, is a distractor. */
export function projectTable(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['项目支出明细', '项目支出', '项目执行情况']));
  let r = tableHead(s, ctx, '项目支出预算执行情况表', null, 6);
  const heads = pick(next, [
    ['年初预算数', '调整后预算数', '实际支出数'],
    ['年初预算数', '全年预算数', '全年执行数'],
    ['年初预算', '调整预算', '执行数'],
  ]);
  s.line(r, 0, ['序号', '项目名称', ...heads, '执行率']);
  r++;
  const names = ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure'];
  const sum = [0, 0, 0];
  d.projectList.forEach((p, i) => {
    s.line(r, 0, [i + 1, p.name]);
    [p.initial, p.adjusted, p.actual].forEach((v, j) => {
      money(s, ctx, r, 2 + j, v);
      sum[j] += v;
      if (i === 0) s.distractor(names[j], r, 2 + j, 'a project’s own budget');
    });
    s.set(r, 5, ratioCell(p.actual, p.adjusted));
    r++;
  });
  s.mergedText(r, 0, r, 1, pick(next, ['合计', '项目支出合计']));
  sum.forEach((v, j) => {
    money(s, ctx, r, 2 + j, v);
    s.distractor(names[j], r, 2 + j, 'the project table’s total, not the department’s');
  });
  s.set(r, 5, ratioCell(sum[2], sum[1]));
}

// ─── Two years side by side ─────────────────────────────────────────────────────────────

export function multiYear(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const y = d.year;
  const [hp, hc] = pick(next, [
    [`${y - 1}年`, `${y}年`],
    ['上年数', '本年数'],
    [`${y - 1}年度`, `${y}年度`],
  ]);
  const currentFirst = chance(next, 0.3);
  const unitCol = chance(next, 0.6);
  const s = b.addSheet(pick(next, ['部门整体支出情况', '两年对比', '基本情况']));
  const c0 = unitCol ? 2 : 1;
  const cc = currentFirst ? c0 : c0 + 1;
  const pc = currentFirst ? c0 + 1 : c0;
  const width = c0 + 4;
  let r = 0;
  s.mergedText(r, 0, r, width - 1, `${d.name}部门整体支出情况（${y - 1}—${y}年）`);
  r++;
  if (!unitCol) {
    s.set(r, width - 1, ctx.unit === 'yuan' ? '单位：元' : '单位：万元');
    r++;
  }
  const heads = [
    '项目',
    ...(unitCol ? ['单位'] : []),
    ...(currentFirst ? [hc, hp] : [hp, hc]),
    '增减额',
    '增减率',
  ];
  s.line(r, 0, heads);
  r++;
  const unitText = ctx.unit === 'yuan' ? '元' : '万元';
  type Item = {
    labels: string[];
    cur: Cents;
    pri: Cents;
    cn: string | null;
    pn: string | null;
    isCount?: boolean;
    p: number;
  };
  const prior = (c: Cents): Cents => Math.round((c * (0.8 + next() * 0.4)) / d.grain) * d.grain;
  const items: Item[] = [
    {
      labels: ['年初预算数', '年初预算'],
      cur: d.budgetInitial,
      pri: d.priorBudgetInitial,
      cn: 'PE_BudgetInitial',
      pn: null,
      p: 0.95,
    },
    {
      labels: ['调整后预算数', '全年预算数'],
      cur: d.budgetAdjusted,
      pri: prior(d.budgetAdjusted),
      cn: 'PE_BudgetAdjusted',
      pn: null,
      p: 0.9,
    },
    {
      labels: ['实际支出数', '决算支出数', '本年支出'],
      cur: d.expenditure,
      pri: d.priorExpenditure,
      cn: 'PE_Expenditure',
      pn: null,
      p: 0.95,
    },
    {
      labels: ['“三公”经费预算数', '"三公"经费预算'],
      cur: sumTP(d.tpBudget),
      pri: sumTP(d.tpPrior),
      cn: 'PE_ThreePublicBudget',
      pn: 'PE_ThreePublicBudgetPrior',
      p: 0.85,
    },
    {
      labels: ['“三公”经费支出数', '“三公”经费决算数'],
      cur: sumTP(d.tpActual),
      pri: sumTP(d.tpPriorActual),
      cn: 'PE_ThreePublicActual',
      pn: null,
      p: 0.85,
    },
    {
      labels: ['公用经费支出', '公用经费决算数'],
      cur: d.publicFundsActual,
      pri: prior(d.publicFundsActual),
      cn: 'PE_PublicFundsActual',
      pn: null,
      p: 0.6,
    },
    {
      labels: ['财政存量资金', '年末财政存量资金'],
      cur: d.stockEnd,
      pri: d.stockPriorEnd,
      cn: 'PE_StockFundsEnd',
      pn: 'PE_StockFundsPriorEnd',
      p: 0.7,
    },
    {
      labels: ['政府采购金额', '政府采购实际金额'],
      cur: d.procurementActual,
      pri: prior(d.procurementActual),
      cn: 'PE_ProcurementActual',
      pn: null,
      p: 0.6,
    },
    {
      labels: ['资产总额', '资产总计'],
      cur: sumAssets(d.assetsEnd),
      pri: sumAssets(d.assetsBegin),
      cn: 'PE_AssetsTotal',
      pn: null,
      p: 0.7,
    },
    {
      labels: ['在编人数', '实有人数'],
      cur: sumStaff(d.staffActual),
      pri: Math.max(1, sumStaff(d.staffActual) + int(next, -3, 3)),
      cn: 'PE_StaffActual',
      pn: null,
      isCount: true,
      p: 0.6,
    },
  ];
  let used = 0;
  const numbered = chance(next, 0.4);
  items.forEach((it) => {
    if (!chance(next, it.p)) return;
    const label = `${numbered ? `${used + 1}.` : ''}${pick(next, it.labels)}`;
    used++;
    s.set(r, 0, label);
    if (unitCol) s.set(r, 1, it.isCount ? '人' : unitText);
    const put = (col: number, v: Cents, name: string | null, head: string): void => {
      if (it.isCount) count(s, r, col, v, name ? { name, label: `${label} × ${head}` } : undefined);
      else money(s, ctx, r, col, v, name ? { name, label: `${label} × ${head}` } : undefined);
    };
    put(cc, it.cur, it.cn, hc);
    put(pc, it.pri, it.pn, hp);
    if (!it.pn && it.cn) s.distractor(it.cn, r, pc, `${hp} is the year before`);
    if (it.isCount) count(s, r, c0 + 2, it.cur - it.pri);
    else money(s, ctx, r, c0 + 2, it.cur - it.pri);
    if (it.pri !== 0) s.set(r, c0 + 3, ratioCell(it.cur - it.pri, it.pri));
    r++;
  });
  return `${currentFirst ? 'current-first' : 'prior-first'}${unitCol ? '-unitCol' : ''}`;
}
