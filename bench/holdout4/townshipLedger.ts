/**
 * townshipLedger: the 乡镇 / 街道 财政所 books kept by hand in Excel: a 收支台账 (流水账) with
 * 日期 (月 | 日, or one date text) | 凭证号 | 摘要 | 收入 | 支出 | 余额, opening with 上年结转, every
 * month closed by a 本月合计 line and a 本年累计 line; a 指标台账 (下达 | 使用 | 结余) that opens with
 * the 年初预算 指标 and adds the 追加 ones; a “三公” 台账 with the kind of each entry and the budget
 * control figure on top. Mostly in 元 to the 分.
 *
 * Answers: only the year's lines: December's 本年累计 (and a 全年合计 line after it, equally right)
 * for the year's spending, the 指标台账's 年初 指标 line and its 本年累计 下达 for the adjusted
 * budget, the “三公” 台账's 本年累计 and its 预算控制数. Every 本月合计 and every 本年累计 before
 * December is a distractor for the same input.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, months, parts, putMoney } from '../holdout3/helpers';

const SPEND = [
  '支付{m}月工资',
  '缴纳{m}月社保费',
  '购办公用品',
  '付电费',
  '付网络费',
  '报差旅费',
  '村级运转经费',
  '付维修费',
  '付印刷费',
  '拨付项目款',
  '付物业费',
];
const INCOME = ['收到财政拨款', '收到{m}月经费', '收到上级补助', '收到专项资金'];

/** The date columns: 月 | 日 as numbers, or one date text; returns how many columns they take. */
interface DateStyle {
  cols: number;
  write: (s: SheetBuilder, r: number, month: number, day: number) => void;
}

function dateStyle(ctx: Ctx): DateStyle {
  const y = ctx.d.year;
  return chance(ctx.next, 0.55)
    ? { cols: 2, write: (s, r, m, day) => s.line(r, 0, [m, day]) }
    : {
        cols: 1,
        write: (s, r, m, day) =>
          s.set(r, 0, `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
      };
}

function headLine(
  s: SheetBuilder,
  ctx: Ctx,
  title: string,
  width: number,
  ds: DateStyle,
  rest: string[],
): number {
  s.mergedText(0, 0, 0, width - 1, title);
  s.set(1, 0, `${pick(ctx.next, ['核算单位：', '单位名称：'])}${ctx.d.name}`);
  s.set(1, width - 1, ctx.unit === 'wan' ? '单位：万元' : pick(ctx.next, ['单位：元', '金额单位：元']));
  if (ds.cols === 2) {
    s.mergedText(2, 0, 2, 1, `${ctx.d.year}年`);
    s.line(3, 0, ['月', '日']);
    rest.forEach((h, i) => s.mergedText(2, 2 + i, 3, 2 + i, h));
    return 4;
  }
  s.line(2, 0, ['日期', ...rest]);
  return 3;
}

/** The 收支台账: entries month by month, 本月合计 and 本年累计 after each month. */
function cashLedger(ctx: Ctx, outM: Cents[]): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const ds = dateStyle(ctx);
  const s = b.addSheet(pick(next, ['收支台账', '流水账', '现金日记账', `${d.year}年台账`]));
  const c0 = ds.cols;
  const [cVoucher, cText, cIn, cOut, cBal] = [c0, c0 + 1, c0 + 2, c0 + 3, c0 + 4];
  let r = headLine(s, ctx, `${d.name}${d.year}年收支台账`, c0 + 5, ds, [
    '凭证号',
    '摘要',
    '收入',
    '支出',
    '余额',
  ]);
  s.set(r, cText, pick(next, ['上年结转', '期初余额']));
  putMoney(s, ctx, r, cBal, d.carryIn);
  r++;
  const inM = months(next, d.incomeActual, g);
  let balance = d.carryIn;
  let cumIn = 0;
  let cumOut = 0;
  let voucher = 1;
  const yearTotal = chance(next, 0.35);
  for (let m = 1; m <= 12; m++) {
    const ins = parts(next, inM[m - 1], int(next, 1, 2), g);
    const outs = parts(next, outM[m - 1], int(next, 2, 4), g);
    const entries: { day: number; text: string; inc: Cents; out: Cents }[] = [
      ...ins.map((c) => ({ day: int(next, 1, 10), text: pick(next, INCOME), inc: c, out: 0 })),
      ...outs.map((c) => ({ day: int(next, 5, 28), text: pick(next, SPEND), inc: 0, out: c })),
    ].sort((a, b2) => a.day - b2.day);
    for (const e of entries) {
      ds.write(s, r, m, e.day);
      s.set(r, cVoucher, `记-${String(voucher++).padStart(3, '0')}`);
      s.set(r, cText, e.text.replace('{m}', String(m)));
      balance += e.inc - e.out;
      if (e.inc) putMoney(s, ctx, r, cIn, e.inc);
      if (e.out) putMoney(s, ctx, r, cOut, e.out);
      putMoney(s, ctx, r, cBal, balance);
      r++;
    }
    cumIn += inM[m - 1];
    cumOut += outM[m - 1];
    ds.write(s, r, m, m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31);
    s.set(r, cText, '本月合计');
    putMoney(s, ctx, r, cIn, inM[m - 1]);
    putMoney(s, ctx, r, cOut, outM[m - 1], 'number', {
      distractor: { name: 'PE_Expenditure', why: `${m}月 本月合计, one month` },
    });
    putMoney(s, ctx, r, cBal, balance);
    r++;
    s.set(r, cText, '本年累计');
    putMoney(s, ctx, r, cIn, cumIn);
    putMoney(
      s,
      ctx,
      r,
      cOut,
      cumOut,
      'number',
      m === 12
        ? { truth: { name: 'PE_Expenditure', label: '12月 本年累计 支出' } }
        : { distractor: { name: 'PE_Expenditure', why: `${m}月 本年累计, not the whole year` } },
    );
    putMoney(s, ctx, r, cBal, balance);
    r++;
  }
  let closing = r - 1;
  if (yearTotal) {
    s.set(r, cText, pick(next, ['全年合计', '本年合计']));
    putMoney(s, ctx, r, cIn, cumIn);
    putMoney(s, ctx, r, cOut, cumOut, 'number', { also: 'PE_Expenditure' });
    putMoney(s, ctx, r, cBal, balance);
    r++;
    s.set(r, cText, '结转下年');
    putMoney(s, ctx, r, cBal, balance);
    closing = r;
  }
  // The book's closing balance is the account's money, not the 财政存量资金 statistic (which
  // counts the unspent quotas of earlier years as well).
  s.distractor('PE_StockFundsEnd', closing, cBal, '台账 余额 at the year end, not the 财政存量资金');
  if (balance !== d.carryOut) throw new Error(`townshipLedger: ${d.name} balance ${balance} ≠ ${d.carryOut}`);
  return `cash${ds.cols === 2 ? '-md' : '-date'}${yearTotal ? '+year' : ''}`;
}

/** The 指标台账: 年初 指标, 追加 指标, use by month, 本年累计. */
function quotaLedger(ctx: Ctx, use: Cents[]): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const ds = dateStyle(ctx);
  const s = b.addSheet(pick(next, ['指标台账', '预算指标台账']));
  const c0 = ds.cols;
  const [cDoc, cText, cIn, cOut, cBal] = [c0, c0 + 1, c0 + 2, c0 + 3, c0 + 4];
  const heads = [
    pick(next, ['文号', '指标文号']),
    '摘要',
    pick(next, ['指标下达', '下达数']),
    pick(next, ['指标使用', '支出数']),
    pick(next, ['指标结余', '可用余额']),
  ];
  let r = headLine(s, ctx, `${d.year}年预算指标台账`, c0 + 5, ds, heads);
  ds.write(s, r, 1, int(next, 5, 20));
  s.set(r, cDoc, `${pick(next, ['财预', '县财'])}〔${d.year}〕${int(next, 1, 30)}号`);
  const initialText = pick(next, [`下达${d.year}年年初预算指标`, '年初预算', '年初部门预算批复']);
  s.set(r, cText, initialText);
  putMoney(s, ctx, r, cIn, d.budgetInitial, 'number', {
    truth: { name: 'PE_BudgetInitial', label: initialText },
  });
  let left = d.budgetInitial;
  putMoney(s, ctx, r, cBal, left);
  r++;
  const extra = d.budgetAdjusted - d.budgetInitial;
  const adds = extra > 0 ? parts(next, extra, int(next, 1, 3), g) : [];
  const addMonths = adds.map(() => int(next, 3, 11)).sort((a, b2) => a - b2);
  let cumUse = 0;
  let ai = 0;
  for (let m = 1; m <= 12; m++) {
    while (ai < adds.length && addMonths[ai] === m) {
      ds.write(s, r, m, int(next, 1, 15));
      s.set(r, cDoc, `${pick(next, ['财预', '县财'])}〔${d.year}〕${int(next, 31, 200)}号`);
      s.set(r, cText, pick(next, ['追加指标', '追加预算', '调整追加']));
      putMoney(s, ctx, r, cIn, adds[ai], 'number', {
        distractor: { name: 'PE_BudgetAdjusted', why: '追加 指标, one addition' },
      });
      left += adds[ai];
      putMoney(s, ctx, r, cBal, left);
      r++;
      ai++;
    }
    ds.write(s, r, m, 28);
    s.set(r, cText, `${m}月支出`);
    putMoney(s, ctx, r, cOut, use[m - 1], 'number', {
      distractor: { name: 'PE_Expenditure', why: `${m}月支出, one month` },
    });
    left -= use[m - 1];
    cumUse += use[m - 1];
    putMoney(s, ctx, r, cBal, left);
    r++;
  }
  s.set(r, cText, pick(next, ['本年累计', '合计']));
  putMoney(s, ctx, r, cIn, d.budgetAdjusted, 'number', {
    truth: { name: 'PE_BudgetAdjusted', label: '本年累计 指标下达' },
  });
  putMoney(s, ctx, r, cOut, cumUse, 'number', { also: 'PE_Expenditure' });
  putMoney(s, ctx, r, cBal, left, 'number', {
    distractor: { name: 'PE_StockFundsEnd', why: '指标结余 of this year only, not the 财政存量资金' },
  });
  return `quota${adds.length}`;
}

const TP_KINDS: [keyof Ctx['d']['tpActual'], string][] = [
  ['reception', '公务接待'],
  ['carRun', '公务用车运行维护'],
  ['outbound', '因公出国（境）'],
  ['carPurchase', '公务用车购置'],
];

/** The “三公” 台账: entries with their kind, month lines, the budget control figure on top. */
function threePublicLedger(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const ds = dateStyle(ctx);
  const s = b.addSheet(pick(next, ['三公台账', '三公经费台账']));
  const c0 = ds.cols;
  const [cVoucher, cText, cKind, cAmt] = [c0, c0 + 1, c0 + 2, c0 + 3];
  let r = headLine(s, ctx, `${d.year}年“三公”经费支出台账`, c0 + 4, ds, ['凭证号', '摘要', '类别', '金额']);
  const withBudget = chance(next, 0.5);
  const body = r;
  if (withBudget) {
    // A line above the entries: the year's control figure, the clerk's reference while booking.
    s.set(r, cText, pick(next, ['年度预算控制数', '全年预算数']));
    putMoney(s, ctx, r, cAmt, sumTP(d.tpBudget), 'number', {
      truth: { name: 'PE_ThreePublicBudget', label: '年度预算控制数' },
    });
    r++;
  }
  // Each kind's year spread over a few months; month lines only for months with entries.
  const byMonth = new Map<number, { kind: string; c: Cents }[]>();
  for (const [k, label] of TP_KINDS) {
    if (d.tpActual[k] === 0) continue;
    const n = k === 'carPurchase' ? 1 : int(next, 2, 6);
    parts(next, d.tpActual[k], n, g).forEach((c) => {
      const m = int(next, 1, 12);
      byMonth.set(m, [...(byMonth.get(m) ?? []), { kind: label, c }]);
    });
  }
  let cum = 0;
  const monthsUsed = [...byMonth.keys()].sort((a, b2) => a - b2);
  let voucher = int(next, 3, 40);
  for (const m of monthsUsed) {
    const es = (byMonth.get(m) ?? [])
      .map((e) => ({ ...e, day: int(next, 1, 28) }))
      .sort((a, b2) => a.day - b2.day);
    let monthSum = 0;
    for (const e of es) {
      ds.write(s, r, m, e.day);
      s.set(r, cVoucher, `记-${String(voucher).padStart(3, '0')}`);
      voucher += int(next, 1, 9);
      s.set(
        r,
        cText,
        e.kind === '公务接待'
          ? pick(next, ['接待检查组', '接待考察组工作餐'])
          : e.kind === '公务用车运行维护'
            ? pick(next, ['车辆加油', '车辆保险', '车辆维修'])
            : e.kind === '公务用车购置'
              ? '购置公务用车'
              : '出访团组费用',
      );
      s.set(r, cKind, e.kind);
      putMoney(s, ctx, r, cAmt, e.c);
      monthSum += e.c;
      r++;
    }
    cum += monthSum;
    s.set(r, cText, '本月合计');
    // A single month's lines hold the whole year: its 本月合计 is then no distractor.
    const only = monthsUsed.length === 1;
    putMoney(
      s,
      ctx,
      r,
      cAmt,
      monthSum,
      'number',
      only ? {} : { distractor: { name: 'PE_ThreePublicActual', why: `${m}月 本月合计, one month` } },
    );
    r++;
    const isLast = m === monthsUsed[monthsUsed.length - 1];
    s.set(r, cText, '本年累计');
    putMoney(
      s,
      ctx,
      r,
      cAmt,
      cum,
      'number',
      isLast
        ? { truth: { name: 'PE_ThreePublicActual', label: '本年累计 金额' } }
        : { distractor: { name: 'PE_ThreePublicActual', why: `${m}月 本年累计, not the whole year` } },
    );
    r++;
  }
  if (r === body) s.set(r, cText, '本年无“三公”经费支出');
  return `tp${withBudget ? '+budget' : ''}`;
}

export function townshipLedger(ctx: Ctx): string {
  const { next } = ctx;
  const out: string[] = [];
  if (chance(next, 0.2)) coverSheet(ctx, `${ctx.d.year}年度财务台账`);
  // The quota is used month by month as the cash book pays: the same monthly spending in both.
  const spent = months(next, ctx.d.expenditure, ctx.d.grain);
  out.push(cashLedger(ctx, spent));
  if (chance(next, 0.6)) out.push(quotaLedger(ctx, spent));
  if (chance(next, 0.6)) out.push(threePublicLedger(ctx));
  return out.join('|');
}
