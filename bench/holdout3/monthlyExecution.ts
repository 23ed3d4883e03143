/**
 * `monthlyExecution`: a 国库集中支付 / 预算执行 export by month, as the treasury or the 预算管理
 * 一体化 system prints it: 查询条件 and 打印日期 lines, 元 more often than not, then per row (功能
 * 科目 classes, or 经济分类 classes) the 指标 (年初预算 / 预算调整 / 调整后预算, or 年初指标 / 追加
 * 追减 / 指标合计, or only 预算指标) followed by 1月 … 12月, 累计支出, 执行进度 and sometimes an
 * 本月支出 column, an 上年同期 column and a 指标余额 column. 合计 at the top or the bottom. A second
 * sheet may give the “三公” 经费 the same way (全年预算, months, 累计).
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, split, sumTP, type Cents } from '../holdout/figures';
import { coverSheet, months, notesSheet, putMoney, rateCell, type Mark } from './helpers';

interface Line {
  code: string | number | null;
  name: string;
  initial: Cents;
  adjusted: Cents;
  actual: Cents;
  prior: Cents;
  total?: boolean;
}

type BudgetCols = 'threeStep' | 'indicator' | 'onlyIndicator';

export function monthlyExecution(ctx: Ctx): string {
  const { b, d, next, unit } = ctx;
  const by = pick(next, ['function', 'function', 'economic'] as const);
  const cols: BudgetCols = pick(next, ['threeStep', 'indicator', 'onlyIndicator'] as const);
  const totalTop = chance(next, 0.5);
  const thisMonth = chance(next, 0.5);
  const priorCol = chance(next, 0.35);
  const balanceCol = chance(next, 0.4);
  const pctNumber = chance(next, 0.5);
  const numericCodes = chance(next, 0.5);
  if (chance(next, 0.2)) coverSheet(ctx, `${d.year}年度预算执行情况`);

  let lines: Line[];
  if (by === 'function') {
    lines = d.functional.map((f) => ({
      code: numericCodes ? Number(f.code) : f.code,
      name: f.name,
      initial: f.initial,
      adjusted: f.adjusted,
      actual: f.actual,
      prior: f.priorActual,
    }));
  } else {
    // 经济分类: 工资福利 and 对个人和家庭的补助 from 人员经费, 商品和服务 and 资本性 from the rest.
    const names: [string, string][] = [
      ['301', '工资福利支出'],
      ['302', '商品和服务支出'],
      ['303', '对个人和家庭的补助'],
      ['310', '资本性支出'],
    ];
    const w = [
      d.personnel * 0.9,
      d.publicFundsActual + d.project * 0.7,
      d.personnel * 0.1,
      d.project * 0.3 + 1,
    ];
    const ini = split(d.budgetInitial, w, d.grain);
    const adj = split(d.budgetAdjusted, w, d.grain);
    const act = split(d.expenditure, w, d.grain);
    const pri = split(d.priorExpenditure, w, d.grain);
    lines = names.map(([code, name], k) => ({
      code: numericCodes ? Number(code) : code,
      name,
      initial: ini[k],
      adjusted: adj[k],
      actual: act[k],
      prior: pri[k],
    }));
  }
  const total: Line = {
    code: null,
    name: pick(next, ['合计', '总计', '合  计', '本单位合计']),
    initial: d.budgetInitial,
    adjusted: d.budgetAdjusted,
    actual: d.expenditure,
    prior: d.priorExpenditure,
    total: true,
  };
  const rows = totalTop ? [total, ...lines] : [...lines, total];
  // Each line's months, and the total's as their column sums (the export adds them up).
  const monthsOf = new Map<Line, Cents[]>(lines.map((l) => [l, months(next, l.actual, d.grain)]));
  monthsOf.set(total, sumMonths([...monthsOf.values()]));

  const s = b.addSheet(pick(next, ['预算执行情况', '指标执行明细', 'Sheet1', '支出进度表']));
  const heads: string[] = ['科目编码', by === 'function' ? '科目名称' : '经济分类科目'];
  const budgetHeads: Record<BudgetCols, string[]> = {
    threeStep: [
      pick(next, ['年初预算', '年初预算数']),
      pick(next, ['预算调整', '调整数（+/-）']),
      pick(next, ['调整后预算', '全年预算数']),
    ],
    indicator: ['年初指标', pick(next, ['追加追减指标', '调整指标']), pick(next, ['指标合计', '指标总额'])],
    onlyIndicator: [pick(next, ['预算指标', '全年指标'])],
  };
  heads.push(...budgetHeads[cols]);
  const monthCol = heads.length;
  for (let m = 1; m <= 12; m++) heads.push(pick(next, [`${m}月`]));
  const cumCol = heads.length;
  heads.push(pick(next, ['累计支出', '累计支付', '全年累计支出', '本年累计']));
  const pctCol = heads.length;
  heads.push(pctNumber ? '执行进度(%)' : pick(next, ['支出进度', '执行率']));
  const thisMonthCol = thisMonth ? heads.length : -1;
  if (thisMonth) heads.push('本月支出');
  const priorColIdx = priorCol ? heads.length : -1;
  if (priorCol) heads.push('上年同期累计');
  const balColIdx = balanceCol ? heads.length : -1;
  if (balanceCol) heads.push(pick(next, ['指标余额', '可用余额']));

  let r = 0;
  s.set(r, 0, `${d.name}${d.year}年度预算执行情况表（按${by === 'function' ? '功能分类' : '经济分类'}）`);
  s.merge(r, 0, r, 8);
  r++;
  s.set(r, 0, `查询条件：预算年度=${d.year}；预算单位=${d.name}；期间=1月至12月`);
  r++;
  s.set(r, 0, `打印日期：${d.year + 1}-01-${String(int(next, 3, 20)).padStart(2, '0')}`);
  s.set(
    r,
    heads.length - 1,
    unit === 'wan' ? '单位：万元' : pick(next, ['单位：元', '金额单位：元', '单位：人民币元']),
  );
  r++;
  s.line(r, 0, heads);
  r++;

  const mark = (name: string, label: string): Mark => ({ truth: { name, label } });
  for (const line of rows) {
    if (line.code !== null) s.set(r, 0, line.code);
    s.set(r, 1, line.name);
    let c = 2;
    const tot = line.total === true;
    const ini = budgetHeads[cols];
    if (cols === 'onlyIndicator') {
      putMoney(
        s,
        ctx,
        r,
        c++,
        line.adjusted,
        'number',
        tot ? mark('PE_BudgetAdjusted', `${line.name} ${ini[0]}`) : {},
      );
    } else {
      putMoney(
        s,
        ctx,
        r,
        c++,
        line.initial,
        'number',
        tot ? mark('PE_BudgetInitial', `${line.name} ${ini[0]}`) : {},
      );
      putMoney(
        s,
        ctx,
        r,
        c++,
        line.adjusted - line.initial,
        'number',
        tot && line.adjusted !== line.initial
          ? { distractor: { name: 'PE_BudgetAdjusted', why: 'the adjustment, not the adjusted budget' } }
          : {},
      );
      putMoney(
        s,
        ctx,
        r,
        c++,
        line.adjusted,
        'number',
        tot ? mark('PE_BudgetAdjusted', `${line.name} ${ini[2]}`) : {},
      );
    }
    const ms = monthsOf.get(line) ?? [];
    ms.forEach((v, m) =>
      putMoney(
        s,
        ctx,
        r,
        monthCol + m,
        v,
        'number',
        tot && m === 11 ? { distractor: { name: 'PE_Expenditure', why: '12月, one month' } } : {},
      ),
    );
    putMoney(
      s,
      ctx,
      r,
      cumCol,
      line.actual,
      'number',
      tot ? mark('PE_Expenditure', `${line.name} ${heads[cumCol]}`) : {},
    );
    s.set(r, pctCol, rateCell(line.actual, line.adjusted, pctNumber));
    if (thisMonth)
      putMoney(
        s,
        ctx,
        r,
        thisMonthCol,
        ms[11],
        'number',
        tot ? { distractor: { name: 'PE_Expenditure', why: '本月支出, December only' } } : {},
      );
    if (priorCol)
      putMoney(
        s,
        ctx,
        r,
        priorColIdx,
        line.prior,
        'number',
        tot ? { distractor: { name: 'PE_Expenditure', why: '上年同期, last year' } } : {},
      );
    if (balanceCol)
      putMoney(
        s,
        ctx,
        r,
        balColIdx,
        line.adjusted - line.actual,
        'number',
        tot ? { distractor: { name: 'PE_BudgetAdjusted', why: '指标余额, what is left' } } : {},
      );
    r++;
  }
  if (chance(next, 0.5))
    s.set(r + 1, 0, `制表：${pick(next, ['国库集中支付中心', '预算管理一体化系统', '财务股'])}`);

  let variant = `${by}:${cols}:${totalTop ? 'top' : 'bottom'}`;
  if (chance(next, 0.6)) {
    variant += ':threePublic';
    threePublicByMonth(ctx, pctNumber);
  }
  if (chance(next, 0.15)) notesSheet(ctx);
  return variant;
}

function threePublicByMonth(ctx: Ctx, pctNumber: boolean): void {
  const { b, d, next, unit } = ctx;
  const s = b.addSheet(pick(next, ['三公经费执行', '“三公”经费月报', '三公经费']));
  let r = 0;
  s.set(r, 0, `${d.year}年“三公”经费执行情况（按月）`);
  s.merge(r, 0, r, 6);
  r++;
  s.set(r, 15, unit === 'wan' ? '单位：万元' : '单位：元');
  r++;
  const head = ['项目', pick(next, ['全年预算', '年度预算数', '预算数'])];
  for (let m = 1; m <= 12; m++) head.push(`${m}月`);
  head.push(pick(next, ['累计', '累计支出', '全年合计']), '执行进度');
  s.line(r, 0, head);
  r++;
  const items: [string, Cents, Cents][] = [
    ['因公出国（境）费', d.tpBudget.outbound, d.tpActual.outbound],
    ['公务接待费', d.tpBudget.reception, d.tpActual.reception],
    ['公务用车运行维护费', d.tpBudget.carRun, d.tpActual.carRun],
    ['公务用车购置费', d.tpBudget.carPurchase, d.tpActual.carPurchase],
  ];
  const totalFirst = chance(next, 0.4);
  const totalLabel = pick(next, ['合计', '小计', '“三公”经费合计']);
  const itemMonths = items.map(([, , act]) => months(next, act, d.grain));
  const writeRow = (name: string, budget: Cents, actual: Cents, tot: boolean, ms: Cents[]): void => {
    s.set(r, 0, name);
    putMoney(
      s,
      ctx,
      r,
      1,
      budget,
      'number',
      tot ? { truth: { name: 'PE_ThreePublicBudget', label: `${name} ${head[1]}` } } : {},
    );
    ms.forEach((v, m) =>
      putMoney(
        s,
        ctx,
        r,
        2 + m,
        v,
        'number',
        tot && m === 11 ? { distractor: { name: 'PE_ThreePublicActual', why: '12月, one month' } } : {},
      ),
    );
    putMoney(
      s,
      ctx,
      r,
      14,
      actual,
      'number',
      tot ? { truth: { name: 'PE_ThreePublicActual', label: `${name} ${head[14]}` } } : {},
    );
    s.set(r, 15, rateCell(actual, budget, pctNumber));
    r++;
  };
  const totalMonths = sumMonths(itemMonths);
  if (totalFirst) writeRow(totalLabel, sumTP(d.tpBudget), sumTP(d.tpActual), true, totalMonths);
  items.forEach(([name, bud, act], k) => writeRow(name, bud, act, false, itemMonths[k]));
  if (!totalFirst) writeRow(totalLabel, sumTP(d.tpBudget), sumTP(d.tpActual), true, totalMonths);
}

/** Month by month sums of several lines' months. */
function sumMonths(lines: Cents[][]): Cents[] {
  return Array.from({ length: 12 }, (_, m) => lines.reduce((n, l) => n + l[m], 0));
}
