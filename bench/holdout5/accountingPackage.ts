/**
 * The year-end reports an accounting package (用友 GRP, 金蝶 政务版 style) prints under 政府会计制度,
 * saved to Excel: each sheet opens with the package's head block (the report's title, its form
 * number 会政预01表 on the right, 编制单位 | 2023年12月 (or 年度) | 单位：元), then
 * - the 预算收入支出表 (会政预01表): 项目 | 行次 | 本月数 | 本年累计数 (the December run) or
 *   本年数 | 上年数 (the annual run), 一、本年预算收入 with its sources, 二、本年预算支出 with
 *   行政支出 / 事业支出 / 其他支出, 三、本年预算收支差额;
 * - the 财政拨款预算收入支出表 (会政预03表): 年初财政拨款结转结余 | 调整 | 归集调入 | 归集上缴或调出 |
 *   单位内部调剂 | 本年财政拨款收入 | 本年财政拨款支出 | 年末财政拨款结转结余 by 一般公共预算 →
 *   基本支出 (人员经费, 日常公用经费) / 项目支出 (one row per project) and 政府性基金, 总计 last;
 *   sometimes the balances split into 结转 | 结余 (then no cell holds the whole balance);
 * - sometimes the 收入费用表 (会政财02表), accrual figures that are not the year's spending.
 * Signature lines close each sheet.
 *
 * What a clerk points at: 本年预算支出 本年累计数 (本年数), 日常公用经费's 本年财政拨款支出, the 总计
 * row's 年初 and 年末 结转结余 (财政存量资金). The 本月数, 上年数, 行政支出 alone, 财政拨款支出 when
 * other funds paid a part, 人员经费, 结转 / 结余 parts and the 费用 totals are distractors.
 */
import type { Ctx } from '../holdout/common';
import { chance, pick, split, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { putMoney, type Mark } from '../holdout3/helpers';
import { onGrain } from './common5';

interface Leaf {
  label: string;
  begin: Cents;
  spend: Cents;
  end: Cents;
  up?: Cents;
  income?: Cents;
  role: 'personnel' | 'public' | 'project';
}

interface FRow {
  label: string;
  begin: Cents;
  up: Cents;
  income: Cents;
  spend: Cents;
  end: Cents;
  /** A leaf's role, or what a subtotal row is. */
  role: Leaf['role'] | 'total' | 'general' | 'basic' | 'projects' | 'fund';
  /** The 结余 parts of the balances (the rest is 结转). */
  leftBegin: Cents;
  leftEnd: Cents;
}

interface Head {
  s: SheetBuilder;
  row: number;
}

function packageHead(
  ctx: Ctx,
  sheetName: string,
  title: string,
  formNo: string,
  width: number,
  monthly: boolean,
): Head {
  const { b, d, next, unit } = ctx;
  const s = b.addSheet(sheetName);
  s.mergedText(0, 0, 0, width - 1, title);
  s.set(1, width - 1, formNo);
  s.set(2, 0, `编制单位：${d.name}`);
  s.set(2, Math.floor(width / 2), monthly ? `${d.year}年12月` : pick(next, [`${d.year}年度`, `${d.year}年`]));
  s.set(2, width - 1, unit === 'wan' ? '单位：万元' : pick(next, ['单位：元', '单位:元']));
  return { s, row: 3 };
}

function signatures(s: SheetBuilder, row: number): void {
  s.set(row, 0, '单位负责人：');
  s.set(row, 2, '财务负责人：');
  s.set(row, 4, '制表人：');
}

/** December's share of a year's figure, on the grain (the year-end rush makes it a big month). */
function december(c: Cents, f: number, g: Cents): Cents {
  return onGrain(c, f, g);
}

export function accountingPackage(ctx: Ctx): string {
  const { d, next } = ctx;
  const g = d.grain;
  const variant: string[] = [];
  const monthly = chance(next, 0.55);
  variant.push(monthly ? 'monthly' : 'annual');

  // Spending paid from other funds (事业收入, 其他收入) stays out of the 财政拨款 table.
  const otherSpend = chance(next, 0.5) ? onGrain(d.expenditure, 0.01 + next() * 0.03, g) : 0;
  // The leaves of the 财政拨款 table: 人员经费 (no balance), 日常公用经费 (a small 结余 now and
  // then) and one row per project, which carry the rest of the balances.
  const pubBegin = chance(next, 0.5) ? onGrain(d.stockPriorEnd, 0.03 + next() * 0.07, g) : 0;
  const pubEnd = chance(next, 0.5) ? onGrain(d.stockEnd, 0.03 + next() * 0.07, g) : 0;
  const projSpend = split(
    d.project - otherSpend,
    d.projectList.map((p) => p.adjusted),
    g,
  );
  const projBegin = split(
    d.stockPriorEnd - pubBegin,
    d.projectList.map(() => 0.3 + next()),
    g,
  );
  const projEnd = split(
    d.stockEnd - pubEnd,
    d.projectList.map(() => 0.3 + next()),
    g,
  );
  const raw: Leaf[] = [
    { label: '      1.人员经费', begin: 0, spend: d.personnel, end: 0, role: 'personnel' },
    {
      label: '      2.日常公用经费',
      begin: pubBegin,
      spend: d.publicFundsActual,
      end: pubEnd,
      role: 'public',
    },
    ...d.projectList.map((p, i): Leaf => ({
      label: `      ${i + 1}.${p.name}`,
      begin: projBegin[i],
      spend: projSpend[i],
      end: projEnd[i],
      role: 'project',
    })),
  ];
  const leaves = raw.map((l): Required<Leaf> => {
    // Each row balances: 年初 + 收入 − 上缴 − 支出 = 年末, with 上缴 only where the year's balance
    // fell below what was left over.
    const up = Math.max(0, l.begin - l.end - l.spend);
    return { ...l, up, income: l.spend + l.end - l.begin + up };
  });
  const fiscalIncome = leaves.reduce((a, l) => a + l.income, 0);
  const otherIncome = otherSpend > 0 ? onGrain(otherSpend, 0.9 + next() * 0.3, g) : 0;

  budgetStatement(ctx, monthly, { fiscalIncome, otherIncome, otherSpend }, variant);
  fiscalStatement(ctx, monthly, leaves, otherSpend, variant);
  if (chance(next, 0.6)) incomeExpense(ctx, monthly, fiscalIncome, otherIncome);
  return variant.join('+');
}

function budgetStatement(
  ctx: Ctx,
  monthly: boolean,
  f: { fiscalIncome: Cents; otherIncome: Cents; otherSpend: Cents },
  variant: string[],
): void {
  const { d, next } = ctx;
  const g = d.grain;
  const { s, row: r0 } = packageHead(
    ctx,
    pick(next, ['预算收入支出表', '会政预01表', '预算收支表']),
    '预算收入支出表',
    '会政预01表',
    4,
    monthly,
  );
  s.line(r0, 0, ['项目', '行次', ...(monthly ? ['本月数', '本年累计数'] : ['本年数', '上年数'])]);
  const inst = chance(next, 0.35) ? onGrain(d.expenditure - f.otherSpend, 0.1 + next() * 0.3, g) : 0;
  const admin = d.expenditure - f.otherSpend - inst;
  const income = f.fiscalIncome + f.otherIncome;
  const decF = 0.08 + next() * 0.12;
  const priorF = d.priorExpenditure / d.expenditure;
  type Line = [string, Cents | null, string | null];
  const lines: Line[] = [
    ['一、本年预算收入', income, null],
    ['（一）财政拨款预算收入', f.fiscalIncome, null],
    ['    其中：政府性基金收入', 0, null],
    ['（二）事业预算收入', 0, null],
    ['（三）上级补助预算收入', 0, null],
    ['（四）附属单位上缴预算收入', 0, null],
    ['（五）经营预算收入', 0, null],
    ['（六）债务预算收入', 0, null],
    ['（七）非同级财政拨款预算收入', 0, null],
    ['（八）投资预算收益', 0, null],
    ['（九）其他预算收入', f.otherIncome, null],
    ['二、本年预算支出', d.expenditure, 'total'],
    ['（一）行政支出', admin, 'part'],
    ['（二）事业支出', inst, 'part'],
    ['（三）经营支出', 0, null],
    ['（四）上缴上级支出', 0, null],
    ['（五）对附属单位补助支出', 0, null],
    ['（六）投资支出', 0, null],
    ['（七）债务还本支出', 0, null],
    ['（八）其他支出', f.otherSpend, 'part'],
    ['三、本年预算收支差额', income - d.expenditure, null],
  ];
  // The second column (December, or last year) line by line, the totals the sums of their lines.
  const second = lines.map(([, v], i) =>
    i === 0 || i === 11 || i === 20 || v === null
      ? 0
      : monthly
        ? december(v, decF, g)
        : onGrain(v, priorF * (0.97 + next() * 0.06), g),
  );
  // 其中：政府性基金收入 is inside 财政拨款 (line 3), not added again.
  second[0] = second.slice(1, 11).reduce((a, x, k) => (k === 1 ? a : a + x), 0);
  second[11] = second.slice(12, 20).reduce((a, x) => a + x, 0);
  second[20] = second[0] - second[11];
  let r = r0 + 1;
  lines.forEach(([label, v, role], i) => {
    s.set(r, 0, label);
    s.set(r, 1, i + 1);
    if (v !== null) {
      const yearMark: Mark =
        role === 'total'
          ? {
              truth: {
                name: 'PE_Expenditure',
                label: `二、本年预算支出 × ${monthly ? '本年累计数' : '本年数'}`,
              },
            }
          : role === 'part' && v !== d.expenditure && v !== 0
            ? { distractor: { name: 'PE_Expenditure', why: 'one kind of 支出' } }
            : {};
      const secondMark: Mark =
        role === 'total' && second[i] !== d.expenditure
          ? { distractor: { name: 'PE_Expenditure', why: monthly ? '本月数 (December)' : '上年数' } }
          : {};
      putMoney(s, ctx, r, monthly ? 3 : 2, v, 'number', yearMark);
      putMoney(s, ctx, r, monthly ? 2 : 3, second[i], 'number', secondMark);
    }
    r++;
  });
  signatures(s, r + 1);
  if (inst > 0) variant.push('institution');
}

function fiscalStatement(
  ctx: Ctx,
  monthly: boolean,
  leaves: Leaf[],
  otherSpend: Cents,
  variant: string[],
): void {
  const { d, next } = ctx;
  const g = d.grain;
  const splitBalances = chance(next, 0.4);
  variant.push(splitBalances ? 'balancesSplit' : 'balancesWhole');
  // Columns: 项目, 年初 (1 or 2), 调整年初, 归集调入, 归集上缴或调出, 单位内部调剂, 收入, 支出, 年末 (1 or 2).
  const wb = splitBalances ? 2 : 1;
  const cBegin = 1;
  const cAdj = cBegin + wb;
  const [cIn, cUp, cMove, cInc, cSpend] = [cAdj + 1, cAdj + 2, cAdj + 3, cAdj + 4, cAdj + 5];
  const cEnd = cSpend + 1;
  const width = cEnd + wb;
  const { s, row: r0 } = packageHead(
    ctx,
    pick(next, ['财政拨款预算收入支出表', '会政预03表']),
    '财政拨款预算收入支出表',
    '会政预03表',
    width,
    monthly,
  );
  const heads: [number, string][] = [
    [cAdj, '调整年初财政拨款结转结余'],
    [cIn, '本年归集调入'],
    [cUp, '本年归集上缴或调出'],
    [cMove, '单位内部调剂'],
    [cInc, '本年财政拨款收入'],
    [cSpend, '本年财政拨款支出'],
  ];
  if (splitBalances) {
    s.mergedText(r0, 0, r0 + 1, 0, '项目');
    s.mergedText(r0, cBegin, r0, cBegin + 1, '年初财政拨款结转结余');
    s.line(r0 + 1, cBegin, ['结转', '结余']);
    for (const [c, h] of heads) s.mergedText(r0, c, r0 + 1, c, h);
    s.mergedText(r0, cEnd, r0, cEnd + 1, '年末财政拨款结转结余');
    s.line(r0 + 1, cEnd, ['结转', '结余']);
  } else {
    s.line(r0, 0, ['项目', '年初财政拨款结转结余']);
    for (const [c, h] of heads) s.set(r0, c, h);
    s.set(r0, cEnd, '年末财政拨款结转结余');
  }
  // The 结余 part of a balance (the rest is 结转): a small share, on the grain.
  const leftover = (c: Cents): Cents => (c === 0 ? 0 : onGrain(c, 0.05 + next() * 0.15, g));
  const leafRows: FRow[] = leaves.map((l) => ({
    label: l.label,
    begin: l.begin,
    up: l.up ?? 0,
    income: l.income ?? 0,
    spend: l.spend,
    end: l.end,
    role: l.role,
    leftBegin: leftover(l.begin),
    leftEnd: leftover(l.end),
  }));
  const total = (label: string, role: FRow['role'], xs: FRow[]): FRow => ({
    label,
    role,
    begin: xs.reduce((a, x) => a + x.begin, 0),
    up: xs.reduce((a, x) => a + x.up, 0),
    income: xs.reduce((a, x) => a + x.income, 0),
    spend: xs.reduce((a, x) => a + x.spend, 0),
    end: xs.reduce((a, x) => a + x.end, 0),
    leftBegin: xs.reduce((a, x) => a + x.leftBegin, 0),
    leftEnd: xs.reduce((a, x) => a + x.leftEnd, 0),
  });
  const basicLeaves = leafRows.filter((l) => l.role !== 'project');
  const projectLeaves = leafRows.filter((l) => l.role === 'project');
  const rows: FRow[] = [
    total('一、一般公共预算财政拨款', 'general', leafRows),
    total('  （一）基本支出', 'basic', basicLeaves),
    ...basicLeaves,
    total('  （二）项目支出', 'projects', projectLeaves),
    ...projectLeaves,
    total('二、政府性基金预算财政拨款', 'fund', []),
    total(pick(next, ['总计', '合计']), 'total', leafRows),
  ];
  let r = r0 + (splitBalances ? 2 : 1);
  for (const row of rows) {
    s.set(r, 0, row.label);
    // The 一般公共预算 row is the whole table when no 政府性基金 came in: as right as the 总计.
    const whole = row.role === 'total' || row.role === 'general';
    const isTotal = row.role === 'total';
    const balance = (c: number, v: Cents, left: Cents, input: string, begin: boolean): void => {
      const wholeValue = begin ? d.stockPriorEnd : d.stockEnd;
      if (!splitBalances) {
        const mark: Mark = isTotal
          ? { truth: { name: input, label: `${row.label} × ${begin ? '年初' : '年末'}财政拨款结转结余` } }
          : whole
            ? { also: input }
            : v !== wholeValue && v !== 0
              ? { distractor: { name: input, why: 'a part of the balance' } }
              : {};
        putMoney(s, ctx, r, c, v, 'number', mark);
        return;
      }
      // Split into 结转 | 结余: the whole balance is in no cell, so the input is absent; the parts
      // of the 总计 row are distractors.
      const carry = v - left;
      putMoney(
        s,
        ctx,
        r,
        c,
        carry,
        'number',
        isTotal && carry !== 0 ? { distractor: { name: input, why: '结转 only' } } : {},
      );
      putMoney(
        s,
        ctx,
        r,
        c + 1,
        left,
        'number',
        isTotal && left !== 0 ? { distractor: { name: input, why: '结余 only' } } : {},
      );
    };
    balance(cBegin, row.begin, row.leftBegin, 'PE_StockFundsPriorEnd', true);
    putMoney(s, ctx, r, cAdj, 0, 'number');
    putMoney(s, ctx, r, cIn, 0, 'number');
    putMoney(s, ctx, r, cUp, row.up, 'number');
    putMoney(s, ctx, r, cMove, 0, 'number');
    putMoney(s, ctx, r, cInc, row.income, 'number');
    const spendMark: Mark =
      whole && otherSpend === 0
        ? { also: 'PE_Expenditure' }
        : whole
          ? { distractor: { name: 'PE_Expenditure', why: '财政拨款支出 only (other funds paid a part)' } }
          : row.role === 'public'
            ? { truth: { name: 'PE_PublicFundsActual', label: '日常公用经费 × 本年财政拨款支出' } }
            : row.role === 'personnel'
              ? { distractor: { name: 'PE_PublicFundsActual', why: '人员经费, not 公用经费' } }
              : {};
    putMoney(s, ctx, r, cSpend, row.spend, 'number', spendMark);
    balance(cEnd, row.end, row.leftEnd, 'PE_StockFundsEnd', false);
    r++;
  }
  signatures(s, r + 1);
}

function incomeExpense(ctx: Ctx, monthly: boolean, fiscalIncome: Cents, otherIncome: Cents): void {
  const { d, next } = ctx;
  const g = d.grain;
  const { s, row: r0 } = packageHead(
    ctx,
    pick(next, ['收入费用表', '会政财02表']),
    '收入费用表',
    '会政财02表',
    3,
    monthly,
  );
  s.line(r0, 0, ['项目', ...(monthly ? ['本月数', '本年累计数'] : ['本年数', '上年数'])]);
  // Accrual expenses: depreciation in, capital purchases out; never the year's 支出 figure.
  let expense = onGrain(d.expenditure, 0.9 + next() * 0.16, g);
  if (expense === d.expenditure) expense += g;
  const [business, admin] = split(expense, [0.7 + next() * 0.2, 0.2], g);
  const income = fiscalIncome + otherIncome;
  const lines: [string, Cents, boolean][] = [
    ['一、本期收入', income, false],
    ['（一）财政拨款收入', fiscalIncome, false],
    ['（二）事业收入', 0, false],
    ['（三）其他收入', otherIncome, false],
    ['二、本期费用', expense, true],
    ['（一）业务活动费用', business, true],
    ['（二）单位管理费用', admin, true],
    ['（三）经营费用', 0, false],
    ['（四）资产处置费用', 0, false],
    ['（五）其他费用', 0, false],
    ['三、本期盈余', income - expense, false],
  ];
  const f2 = monthly ? 0.08 + next() * 0.12 : 0.85 + next() * 0.3;
  const second = lines.map(([, v]) => onGrain(v, f2, g));
  second[0] = second[1] + second[2] + second[3];
  second[4] = second.slice(5, 10).reduce((a, x) => a + x, 0);
  second[10] = second[0] - second[4];
  let r = r0 + 1;
  lines.forEach(([label, v, isExpense], i) => {
    s.set(r, 0, label);
    const mark: Mark =
      isExpense && v !== d.expenditure && v !== 0
        ? { distractor: { name: 'PE_Expenditure', why: '费用 (accrual), not 支出' } }
        : {};
    putMoney(s, ctx, r, monthly ? 2 : 1, v, 'number', mark);
    putMoney(s, ctx, r, monthly ? 1 : 2, second[i], 'number');
    r++;
  });
  signatures(s, r + 1);
}
