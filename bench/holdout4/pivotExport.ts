/**
 * pivotExport: a clerk's summary made with an Excel PivotTable over a 指标 / 支出 detail export and
 * pasted as values onto its own sheet. What such a paste looks like: the report filter lines on top
 * (年度 | 2023, 单位 | (全部)), a head of field names (行标签 in the compact form, the row fields'
 * own names in the tabular form) and value fields named 求和项:年初预算数 / 求和项:支出数 / 计数项:姓名,
 * the outer row label written once per group (the repeats left blank), group subtotals either on
 * the group's own row (compact) or on an "X 汇总" row under it (tabular), and 总计 as the last row.
 * Items with no records simply do not appear. The unit is in a line a clerk typed above the pivot
 * or in the source column's name.
 *
 * Answers: 总计 of the budget and spending fields; the 公用经费 group's subtotals (its 年初 and
 * 调整后 budget are the same figure, 公用经费 being set by 定额 and not adjusted, so both cells are
 * right); the “三公” pivot's 总计 (and its 上年预算 field's 总计 when there is one); the staff
 * pivot's 行政编制 count, and its 总计 only when every row counted is on the establishment.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, shuffle, split, wan, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, notesSheet, putCount, putMoney } from '../holdout3/helpers';

const PERSONNEL_ITEMS = [
  '基本工资',
  '津贴补贴',
  '奖金',
  '机关事业单位基本养老保险缴费',
  '职工基本医疗保险缴费',
  '住房公积金',
  '绩效工资',
];
// 公务接待费 and 公务用车运行维护费 stay out: the “三公” pivot shows them with their own figures.
const PUBLIC_ITEMS = [
  '办公费',
  '印刷费',
  '水费',
  '电费',
  '邮电费',
  '差旅费',
  '维修（护）费',
  '会议费',
  '培训费',
  '工会经费',
  '福利费',
  '其他交通费用',
];

interface Group {
  label: string;
  items: string[];
  /** Per column (年初, 调整后, 支出, and 上年支出 when shown) the group's total. */
  totals: Cents[];
}

/** The unit as the clerk wrote it: a line above the pivot, or inside the field names. */
function unitStyle(ctx: Ctx): { line: string | null; suffix: string } {
  const word = ctx.unit === 'wan' ? '万元' : '元';
  return chance(ctx.next, 0.5)
    ? { line: pick(ctx.next, [`单位：${word}`, `金额单位：${word}`]), suffix: '' }
    : { line: null, suffix: pick(ctx.next, [`（${word}）`, `(${word})`]) };
}

/** Report-filter lines a pivot carries on top, then a blank line; returns the next row. */
function filterLines(s: SheetBuilder, ctx: Ctx, unitLine: string | null): number {
  const { d, next } = ctx;
  let r = 0;
  if (unitLine !== null && chance(next, 0.5)) {
    s.set(r, 0, `${d.name}${d.year}年度支出汇总`);
    r++;
  }
  if (chance(next, 0.7)) {
    s.line(r, 0, ['年度', d.year]);
    r++;
    if (chance(next, 0.5)) {
      s.line(r, 0, [pick(next, ['单位名称', '预算单位']), '(全部)']);
      r++;
    }
    r++;
  }
  if (unitLine !== null) {
    s.set(r, 3, unitLine);
    r++;
  }
  return r;
}

/** The spending pivot by 支出性质 (人员经费 / 公用经费 / 项目支出) and item. */
function spendingPivot(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const pub = d.publicFundsBudget;
  const projInit = Math.max(
    Math.round((d.budgetInitial * 0.1) / g) * g,
    d.budgetInitial - d.personnelBudget - pub,
  );
  const persInit = d.budgetInitial - pub - projInit;
  const persAdj = Math.max(persInit, d.personnel);
  const projAdj = d.budgetAdjusted - persAdj - pub;
  if (persInit <= 0 || projAdj <= 0) throw new Error(`pivotExport: ${d.name} budget does not split`);
  const withPrior = chance(next, 0.4);
  const prior = split(d.priorExpenditure, [d.personnel, d.publicFundsActual, d.project], g);
  const groups: Group[] = [
    {
      label: '人员经费',
      items: shuffle(next, PERSONNEL_ITEMS).slice(0, int(next, 3, 5)),
      totals: [persInit, persAdj, d.personnel, prior[0]],
    },
    {
      label: '公用经费',
      items: shuffle(next, PUBLIC_ITEMS).slice(0, int(next, 4, 7)),
      totals: [pub, pub, d.publicFundsActual, prior[1]],
    },
    {
      label: '项目支出',
      items: d.projectList.map((p) => p.name),
      totals: [projInit, projAdj, d.project, prior[2]],
    },
  ];
  if (chance(next, 0.3)) groups.reverse();
  const compact = chance(next, 0.5);
  const unit = unitStyle(ctx);
  const s = b.addSheet(pick(next, ['数据透视表', 'Sheet2', '透视汇总', '支出汇总']));
  let r = filterLines(s, ctx, unit.line);
  const budgetName = pick(next, ['调整后预算数', '全年预算数', '调整预算数']);
  const spendName = pick(next, ['支出数', '实际支出', '执行数', '累计支出']);
  const values = [
    `求和项:年初预算数${unit.suffix}`,
    `求和项:${budgetName}${unit.suffix}`,
    `求和项:${spendName}${unit.suffix}`,
  ];
  if (withPrior) values.push(`求和项:上年支出数${unit.suffix}`);
  const first = compact ? 1 : 2;
  s.line(
    r,
    0,
    compact
      ? ['行标签', ...values]
      : [pick(next, ['支出性质', '经费类型']), pick(next, ['科目名称', '明细']), ...values],
  );
  r++;
  const nCols = values.length;
  const writeTotals = (
    row: number,
    totals: Cents[],
    marks: { name: string; label: string; also?: boolean }[][],
  ): void => {
    for (let k = 0; k < nCols; k++) {
      const m = marks[k] ?? [];
      putMoney(s, ctx, row, first + k, totals[k]);
      for (const x of m) {
        if (x.also) s.alsoRight(x.name, row, first + k);
        else s.truth(x.name, row, first + k, { value: wan(totals[k]), cellUnit: ctx.unit }, x.label);
      }
    }
  };
  for (const grp of groups) {
    // An item keeps about its share in every column (a budget line is spent near its budget).
    const weights = grp.items.map(() => 0.3 + next());
    const cols = grp.totals.slice(0, nCols).map((t) =>
      split(
        t,
        weights.map((w) => w * (0.93 + next() * 0.14)),
        g,
      ),
    );
    const isPublic = grp.label === '公用经费';
    const marks = isPublic
      ? [
          [{ name: 'PE_PublicFundsBudget', label: `公用经费 ${values[0]}` }],
          [{ name: 'PE_PublicFundsBudget', label: '', also: true }],
          [{ name: 'PE_PublicFundsActual', label: `公用经费 ${values[2]}` }],
        ]
      : [];
    if (compact) {
      s.set(r, 0, grp.label);
      writeTotals(r, grp.totals, marks);
      if (withPrior && isPublic)
        s.distractor('PE_PublicFundsActual', r, first + 3, '上年支出数, not this year');
      r++;
      grp.items.forEach((item, i) => {
        s.set(r, 0, item);
        for (let k = 0; k < nCols; k++) putMoney(s, ctx, r, first + k, cols[k][i]);
        r++;
      });
    } else {
      grp.items.forEach((item, i) => {
        if (i === 0) s.set(r, 0, grp.label);
        s.set(r, 1, item);
        for (let k = 0; k < nCols; k++) putMoney(s, ctx, r, first + k, cols[k][i]);
        r++;
      });
      s.set(r, 0, `${grp.label} 汇总`);
      writeTotals(r, grp.totals, marks);
      if (withPrior && isPublic)
        s.distractor('PE_PublicFundsActual', r, first + 3, '上年支出数, not this year');
      r++;
    }
  }
  s.set(r, 0, '总计');
  writeTotals(
    r,
    [d.budgetInitial, d.budgetAdjusted, d.expenditure, d.priorExpenditure],
    [
      [{ name: 'PE_BudgetInitial', label: `总计 ${values[0]}` }],
      [{ name: 'PE_BudgetAdjusted', label: `总计 ${values[1]}` }],
      [{ name: 'PE_Expenditure', label: `总计 ${values[2]}` }],
    ],
  );
  if (withPrior) s.distractor('PE_Expenditure', r, first + 3, '上年支出数 总计, last year');
  return `spend-${compact ? 'compact' : 'tabular'}${withPrior ? '+prior' : ''}`;
}

const TP_ITEMS: [keyof Ctx['d']['tpBudget'], string][] = [
  ['outbound', '因公出国（境）费'],
  ['carPurchase', '公务用车购置费'],
  ['carRun', '公务用车运行维护费'],
  ['reception', '公务接待费'],
];

/** The “三公” pivot over a 三公 ledger: only the kinds that have records appear. */
function threePublicPivot(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const unit = unitStyle(ctx);
  const s = b.addSheet(pick(next, ['三公透视', 'Sheet3', '三公汇总']));
  let r = filterLines(s, ctx, unit.line);
  const withPrior = chance(next, 0.45);
  const values = [
    `求和项:${pick(next, ['预算数', '本年预算'])}${unit.suffix}`,
    `求和项:${pick(next, ['支出数', '实际支出', '决算数'])}${unit.suffix}`,
  ];
  if (withPrior) values.push(`求和项:上年预算数${unit.suffix}`);
  s.line(r, 0, [pick(next, ['行标签', '费用类别']), ...values]);
  r++;
  const rows = shuffle(next, TP_ITEMS).filter(
    ([k]) => d.tpBudget[k] + d.tpActual[k] + (withPrior ? d.tpPrior[k] : 0) > 0,
  );
  for (const [k, label] of rows) {
    s.set(r, 0, label);
    putMoney(s, ctx, r, 1, d.tpBudget[k]);
    putMoney(s, ctx, r, 2, d.tpActual[k]);
    if (withPrior) putMoney(s, ctx, r, 3, d.tpPrior[k]);
    r++;
  }
  const sum = (t: Ctx['d']['tpBudget']): Cents => t.outbound + t.carPurchase + t.carRun + t.reception;
  s.set(r, 0, '总计');
  putMoney(s, ctx, r, 1, sum(d.tpBudget), 'number', {
    truth: { name: 'PE_ThreePublicBudget', label: `总计 ${values[0]}` },
  });
  putMoney(s, ctx, r, 2, sum(d.tpActual), 'number', {
    truth: { name: 'PE_ThreePublicActual', label: `总计 ${values[1]}` },
  });
  if (withPrior)
    putMoney(s, ctx, r, 3, sum(d.tpPrior), 'number', {
      truth: { name: 'PE_ThreePublicBudgetPrior', label: `总计 ${values[2]}` },
    });
  return `tp${withPrior ? '+prior' : ''}`;
}

/** The staff pivot over a 人员花名册: 计数项:姓名 by 人员类别. */
function staffPivot(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['人员透视', 'Sheet4', '人员汇总']));
  let r = 0;
  if (chance(next, 0.6)) {
    s.line(r, 0, ['人员状态', '在职']);
    r += 2;
  }
  const field = pick(next, ['计数项:姓名', '计数项:身份证号', '计数项:人员编号']);
  s.line(r, 0, [pick(next, ['行标签', '人员类别', '编制类型']), field]);
  r++;
  const outside = chance(next, 0.5) ? int(next, 1, 12) : 0;
  const rows: [string, number, string | null][] = [
    [pick(next, ['行政编制', '公务员（行政编制）']), d.staffActual.admin, 'PE_OfficialsActual'],
    ['事业编制', d.staffActual.institution, null],
    [pick(next, ['工勤编制', '机关工勤']), d.staffActual.worker, null],
    [pick(next, ['编外聘用', '劳务派遣', '临时聘用']), outside, null],
  ];
  for (const [label, n, name] of rows) {
    if (n === 0) continue;
    s.set(r, 0, label);
    putCount(s, r, 1, n, name ? { truth: { name, label: `${label} ${field}` } } : {});
    r++;
  }
  s.set(r, 0, '总计');
  const inPost = d.staffActual.admin + d.staffActual.institution + d.staffActual.worker;
  putCount(
    s,
    r,
    1,
    inPost + outside,
    outside === 0
      ? { truth: { name: 'PE_StaffActual', label: `总计 ${field}` } }
      : { distractor: { name: 'PE_StaffActual', why: '总计 counts 编外 staff too' } },
  );
  return `staff${outside === 0 ? '' : '+outside'}`;
}

export function pivotExport(ctx: Ctx): string {
  const { next } = ctx;
  const out: string[] = [];
  if (chance(next, 0.3)) coverSheet(ctx, `${ctx.d.year}年度部门整体支出绩效自评基础数据`);
  out.push(spendingPivot(ctx));
  if (chance(next, 0.75)) out.push(threePublicPivot(ctx));
  if (chance(next, 0.55)) out.push(staffPivot(ctx));
  if (chance(next, 0.2)) notesSheet(ctx);
  return out.join('|');
}
