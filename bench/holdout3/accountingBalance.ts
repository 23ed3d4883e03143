/**
 * `accountingBalance`: a 科目余额表 exported from the unit's 财务软件 (用友 GRP-U8, 浪潮 and the
 * like) under the 政府会计制度, in 元 to the 分, printed before the year-end closing: 科目编码 |
 * 科目名称 | 年初余额 | 本期借方 | 本期贷方 | 期末余额, as 借方 / 贷方 column pairs, with 方向
 * columns, or for the 12th period only (期初 is then the balance on 1 December, 本期 is December,
 * 本年累计 the year). Codes 1001 库存现金 … 1601 固定资产 / 1602 累计折旧 / 1613 在建工程 / 1701
 * 无形资产 / 1702 累计摊销, sub-accounts under some, liabilities, 累计盈余, 财政拨款收入, 业务活动
 * 费用 and, in some books, the 预算会计 side (财政拨款预算收入, 行政支出 / 事业支出 with 基本支出 /
 * 项目支出 under it).
 *
 * Only what one cell really holds is present: 在建工程's 期末余额, and the year's 行政支出 (its
 * debit for the year and, before closing, its 期末余额). 固定资产 and 无形资产 are 原值 with the
 * depreciation in another account: the net figure the evaluation wants is in no cell, so it is
 * absent and both accounts are distractors. 流动资产 and 资产总额 are sums no row shows: absent.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, type Cents, type Rand } from '../holdout/figures';
import { coverSheet, parts, putMoney, type Mark } from './helpers';

interface Account {
  code: string;
  name: string;
  side: 'debit' | 'credit';
  begin: Cents;
  debit: Cents;
  credit: Cents;
  end: Cents;
  /** December's part of the flows (for the 12th-period print). */
  decDebit: Cents;
  decCredit: Cents;
  children: Account[];
  marks: Partial<Record<Col, Mark>>;
}

type Col = 'begin' | 'debit' | 'credit' | 'end' | 'decOpen' | 'decDebit' | 'decCredit';

function round(next: Rand, c: Cents, lo: number, hi: number, grain: Cents): Cents {
  return Math.round((c * (lo + next() * (hi - lo))) / grain) * grain;
}

/** A leaf account whose flows take `begin` to `end`; turnover is extra movement both ways. */
function leaf(
  next: Rand,
  grain: Cents,
  code: string,
  name: string,
  side: Account['side'],
  begin: Cents,
  end: Cents,
  turnover: Cents,
): Account {
  const extra = round(next, turnover, 0.2, 1, grain);
  // The account's own increase side (debits of a debit account, credits of a credit one) carries
  // the growth, the other side the fall; both carry the turnover.
  const change = end - begin;
  const incSide = Math.max(0, change) + extra;
  const decSide = Math.max(0, -change) + extra;
  const debit = side === 'debit' ? incSide : decSide;
  const credit = side === 'debit' ? decSide : incSide;
  let decDebit = round(next, debit, 0.05, 0.2, grain);
  let decCredit = round(next, credit, 0.05, 0.2, grain);
  // The balance on 1 December must not be negative: December's increase is at most what is there.
  if (side === 'debit') decDebit = Math.min(decDebit, end + decCredit);
  else decCredit = Math.min(decCredit, end + decDebit);
  return { code, name, side, begin, debit, credit, end, decDebit, decCredit, children: [], marks: {} };
}

/** An account with sub-accounts: every column is the sum of its children's. */
function parent(code: string, name: string, side: Account['side'], children: Account[]): Account {
  const sum = (f: (a: Account) => Cents): Cents => children.reduce((n, a) => n + f(a), 0);
  return {
    code,
    name,
    side,
    begin: sum((a) => a.begin),
    debit: sum((a) => a.debit),
    credit: sum((a) => a.credit),
    end: sum((a) => a.end),
    decDebit: sum((a) => a.decDebit),
    decCredit: sum((a) => a.decCredit),
    children,
    marks: {},
  };
}

/** An account that only accumulates over the year (income, expense) and is not closed yet. */
function flowAccount(
  next: Rand,
  grain: Cents,
  code: string,
  name: string,
  side: Account['side'],
  year: Cents,
): Account {
  // Before closing there are no reversals: the year's flow is all on one side and is the balance.
  const dec = round(next, year, 0.1, 0.25, grain);
  return {
    code,
    name,
    side,
    begin: 0,
    debit: side === 'debit' ? year : 0,
    credit: side === 'credit' ? year : 0,
    end: year,
    decDebit: side === 'debit' ? dec : 0,
    decCredit: side === 'credit' ? dec : 0,
    children: [],
    marks: {},
  };
}

function subs(
  next: Rand,
  grain: Cents,
  code: string,
  names: string[],
  side: Account['side'],
  begin: Cents,
  end: Cents,
  turnover: Cents,
): Account[] {
  const bs = parts(next, begin, names.length, grain);
  const es = parts(next, end, names.length, grain);
  return names.map((n, k) =>
    leaf(
      next,
      grain,
      `${code}${String(k + 1).padStart(2, '0')}`,
      n,
      side,
      bs[k],
      es[k],
      Math.round(turnover / names.length / grain) * grain,
    ),
  );
}

function accounts(ctx: Ctx, budgetSide: boolean): Account[] {
  const { d, next } = ctx;
  const g = d.grain;
  const e = d.assetsEnd;
  const bg = d.assetsBegin;
  const list: Account[] = [];
  // 流动资产: cash, bank, other receivables, stock of supplies (the classes add up to it).
  const [cashE, bankE, recvE, stockE] = parts(next, e.current, 4, g);
  const [cashB, bankB, recvB, stockB] = parts(next, bg.current, 4, g);
  list.push(
    leaf(
      next,
      g,
      '1001',
      '库存现金',
      'debit',
      round(next, cashB, 0.02, 0.05, g),
      round(next, cashE, 0.02, 0.05, g),
      cashE,
    ),
  );
  // What the small cash balance leaves of the first part goes to the bank.
  const cash = list[0];
  const bank = parent(
    '1002',
    '银行存款',
    'debit',
    subs(
      next,
      g,
      '1002',
      ['基本存款账户', '专用存款账户'],
      'debit',
      bankB + cashB - cash.begin,
      bankE + cashE - cash.end,
      d.expenditure,
    ),
  );
  bank.marks.end = {
    distractor: { name: 'PE_StockFundsEnd', why: '银行存款 balance, not the 财政存量资金' },
  };
  list.push(bank);
  list.push(leaf(next, g, '1011', '零余额账户用款额度', 'debit', 0, 0, d.expenditure));
  list.push(leaf(next, g, '1215', '其他应收款', 'debit', recvB, recvE, recvE));
  list.push(leaf(next, g, '1302', '库存物品', 'debit', stockB, stockE, stockE));
  // 固定资产 at 原值 and its depreciation apart: the net figure is in no cell.
  const depE = round(next, e.fixed, 0.3, 0.8, g);
  const depB = round(next, bg.fixed, 0.25, 0.75, g);
  const fixedNames = ['房屋及构筑物', '通用设备', '专用设备', '家具、用具及装具'].slice(0, int(next, 2, 4));
  const fixed = parent(
    '1601',
    '固定资产',
    'debit',
    subs(next, g, '1601', fixedNames, 'debit', bg.fixed + depB, e.fixed + depE, e.fixed / 10),
  );
  fixed.marks.end = { distractor: { name: 'PE_AssetsFixed', why: '固定资产 原值, before depreciation' } };
  list.push(fixed);
  const dep = leaf(next, g, '1602', '固定资产累计折旧', 'credit', depB, depE, 0);
  dep.marks.end = { distractor: { name: 'PE_AssetsFixed', why: '累计折旧' } };
  list.push(dep);
  if (e.inProgress > 0 || bg.inProgress > 0) {
    const names = ['建筑安装工程投资', '设备投资', '待摊投资'].slice(0, int(next, 1, 3));
    const ip =
      names.length === 1
        ? leaf(next, g, '1613', '在建工程', 'debit', bg.inProgress, e.inProgress, e.inProgress / 2)
        : parent(
            '1613',
            '在建工程',
            'debit',
            subs(next, g, '1613', names, 'debit', bg.inProgress, e.inProgress, e.inProgress / 2),
          );
    ip.marks.end = { truth: { name: 'PE_AssetsInProgress', label: '1613 在建工程 期末余额' } };
    if (bg.inProgress > 0 && bg.inProgress !== e.inProgress)
      ip.marks.begin = { distractor: { name: 'PE_AssetsInProgress', why: '年初余额, the opening balance' } };
    if (ip.decDebit !== ip.decCredit)
      ip.marks.decOpen = { distractor: { name: 'PE_AssetsInProgress', why: 'the balance on 1 December' } };
    list.push(ip);
  }
  if (e.intangible > 0) {
    const am = round(next, e.intangible, 0.1, 0.5, g);
    const amB = Math.max(0, am - round(next, e.intangible, 0.02, 0.08, g));
    const gross = leaf(
      next,
      g,
      '1701',
      '无形资产',
      'debit',
      round(next, bg.intangible + amB, 1, 1, g),
      e.intangible + am,
      0,
    );
    gross.marks.end = {
      distractor: { name: 'PE_AssetsIntangible', why: '无形资产 原值, before amortisation' },
    };
    list.push(gross);
    const amort = leaf(next, g, '1702', '无形资产累计摊销', 'credit', amB, am, 0);
    amort.marks.end = { distractor: { name: 'PE_AssetsIntangible', why: '累计摊销' } };
    list.push(amort);
  }
  if (e.other > 0) list.push(leaf(next, g, '1901', '长期待摊费用', 'debit', bg.other, e.other, 0));
  list.push(
    leaf(
      next,
      g,
      '2201',
      '应付职工薪酬',
      'credit',
      round(next, d.personnel, 0, 0.05, g),
      round(next, d.personnel, 0, 0.05, g),
      d.personnel,
    ),
  );
  list.push(
    leaf(
      next,
      g,
      '2307',
      '其他应付款',
      'credit',
      round(next, e.current, 0.02, 0.2, g),
      round(next, e.current, 0.02, 0.2, g),
      e.current / 5,
    ),
  );
  list.push(
    leaf(
      next,
      g,
      '3001',
      '累计盈余',
      'credit',
      round(next, e.fixed + e.current, 0.7, 0.9, g),
      round(next, e.fixed + e.current, 0.7, 0.9, g),
      0,
    ),
  );
  const income = flowAccount(next, g, '4001', '财政拨款收入', 'credit', d.incomeActual);
  income.marks.credit = { distractor: { name: 'PE_Expenditure', why: '财政拨款收入, income' } };
  list.push(income);
  const costs = flowAccount(
    next,
    g,
    '5001',
    '业务活动费用',
    'debit',
    round(next, d.expenditure, 0.85, 1.05, g),
  );
  costs.marks.debit = {
    distractor: { name: 'PE_Expenditure', why: '业务活动费用, accrual cost with depreciation' },
  };
  list.push(costs);
  if (budgetSide) {
    list.push(flowAccount(next, g, '6001', '财政拨款预算收入', 'credit', d.incomeActual));
    const kind = pick(next, [
      ['7101', '行政支出'],
      ['7201', '事业支出'],
    ] as const);
    const basic = flowAccount(next, g, `${kind[0]}01`, '基本支出', 'debit', d.basic);
    basic.marks.debit = { distractor: { name: 'PE_Expenditure', why: '基本支出, part of the spending' } };
    const project = flowAccount(next, g, `${kind[0]}02`, '项目支出', 'debit', d.project);
    const spend = parent(kind[0], kind[1], 'debit', [basic, project]);
    spend.marks.debit = { truth: { name: 'PE_Expenditure', label: `${kind[0]} ${kind[1]} 借方` } };
    spend.marks.end = { also: 'PE_Expenditure' };
    spend.marks.decDebit = {
      distractor: { name: 'PE_Expenditure', why: '本期借方 of the 12th period, December only' },
    };
    spend.marks.decOpen = {
      distractor: { name: 'PE_Expenditure', why: '期初余额 on 1 December, January to November' },
    };
    list.push(spend);
  }
  return list;
}

type Layout = 'pairs' | 'direction' | 'december';

export function accountingBalance(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const layout: Layout = pick(next, ['pairs', 'direction', 'december'] as const);
  const budgetSide = chance(next, 0.55);
  const codeStyle = pick(next, ['plain', 'dotted', 'number'] as const);
  const nameStyle = pick(next, ['indent', 'path', 'plain'] as const);
  if (chance(next, 0.15)) coverSheet(ctx, `${d.year}年度会计账簿`);
  const list = accounts(ctx, budgetSide);
  const s = b.addSheet(pick(next, ['科目余额表', '余额表', 'Sheet1', '总账科目余额表']));
  let r = 0;
  s.set(r, 0, pick(next, ['科目余额表', '科 目 余 额 表', '总账科目余额表']));
  s.merge(r, 0, r, 7);
  r++;
  s.set(r, 0, `核算单位：[${int(next, 100, 999)}]${d.name}`);
  s.set(
    r,
    4,
    layout === 'december'
      ? `会计期间：${d.year}年12期`
      : pick(next, [`会计期间：${d.year}年1期至${d.year}年12期`, `期间：${d.year}.01-${d.year}.12`]),
  );
  s.set(r, 7, pick(next, ['金额单位：元', '单位：元', '币种：人民币 单位：元']));
  r++;

  // Columns: which figure goes where.
  const cols: {
    head: string;
    sub?: string;
    col: Col | 'dirBegin' | 'dirEnd' | 'endDebit' | 'endCredit' | 'beginDebit' | 'beginCredit';
  }[] = [];
  if (layout === 'pairs') {
    cols.push(
      { head: '年初余额', sub: '借方', col: 'beginDebit' },
      { head: '', sub: '贷方', col: 'beginCredit' },
      { head: '本期发生额', sub: '借方', col: 'debit' },
      { head: '', sub: '贷方', col: 'credit' },
      { head: '期末余额', sub: '借方', col: 'endDebit' },
      { head: '', sub: '贷方', col: 'endCredit' },
    );
  } else if (layout === 'direction') {
    cols.push(
      { head: '方向', col: 'dirBegin' },
      { head: '年初余额', col: 'begin' },
      { head: '本期借方', col: 'debit' },
      { head: '本期贷方', col: 'credit' },
      { head: '方向', col: 'dirEnd' },
      { head: '期末余额', col: 'end' },
    );
  } else {
    cols.push(
      { head: '期初余额', col: 'decOpen' },
      { head: '本期借方', col: 'decDebit' },
      { head: '本期贷方', col: 'decCredit' },
      { head: '本年累计借方', col: 'debit' },
      { head: '本年累计贷方', col: 'credit' },
      { head: '方向', col: 'dirEnd' },
      { head: '期末余额', col: 'end' },
    );
  }
  s.set(r, 0, '科目编码');
  s.set(r, 1, '科目名称');
  if (layout === 'pairs') {
    s.merge(r, 0, r + 1, 0);
    s.merge(r, 1, r + 1, 1);
    cols.forEach((c, k) => {
      if (c.head) {
        s.set(r, 2 + k, c.head);
        s.merge(r, 2 + k, r, 3 + k);
      }
      s.set(r + 1, 2 + k, c.sub ?? '');
    });
    r += 2;
  } else {
    cols.forEach((c, k) => s.set(r, 2 + k, c.head));
    r++;
  }

  const code = (a: Account): string | number => {
    if (codeStyle === 'number') return Number(a.code);
    if (codeStyle === 'dotted' && a.code.length > 4) return `${a.code.slice(0, 4)}.${a.code.slice(4)}`;
    return a.code;
  };
  const write = (a: Account, up: Account | null): void => {
    s.set(r, 0, code(a));
    s.set(
      r,
      1,
      up === null
        ? a.name
        : nameStyle === 'indent'
          ? `  ${a.name}`
          : nameStyle === 'path'
            ? `${up.name}-${a.name}`
            : a.name,
    );
    const dir = (bal: Cents): string => (bal === 0 ? '平' : a.side === 'debit' ? '借' : '贷');
    const decOpen = a.side === 'debit' ? a.end - a.decDebit + a.decCredit : a.end - a.decCredit + a.decDebit;
    const value: Record<Col, Cents> = {
      begin: a.begin,
      debit: a.debit,
      credit: a.credit,
      end: a.end,
      decOpen,
      decDebit: a.decDebit,
      decCredit: a.decCredit,
    };
    cols.forEach((c, k) => {
      const at = 2 + k;
      switch (c.col) {
        case 'dirBegin':
          s.set(r, at, dir(a.begin));
          return;
        case 'dirEnd':
          s.set(r, at, dir(a.end));
          return;
        case 'beginDebit':
        case 'beginCredit':
        case 'endDebit':
        case 'endCredit': {
          const which: Col = c.col.startsWith('begin') ? 'begin' : 'end';
          const onSide = c.col.endsWith('Debit') ? 'debit' : 'credit';
          if (a.side === onSide) putMoney(s, ctx, r, at, value[which], 'number', a.marks[which] ?? {});
          else s.set(r, at, pick(next, [null, 0]));
          return;
        }
        default:
          putMoney(s, ctx, r, at, value[c.col], 'number', a.marks[c.col] ?? {});
      }
    });
    r++;
    for (const ch of a.children) write(ch, a);
  };
  for (const a of list) write(a, null);
  s.set(
    r + 1,
    0,
    `制单：${pick(next, ['财务室', '会计'])}    打印时间：${d.year + 1}-01-${String(int(next, 5, 25)).padStart(2, '0')}`,
  );
  return `${layout}:${budgetSide ? 'budget' : 'financial'}:${codeStyle}:${nameStyle}`;
}
