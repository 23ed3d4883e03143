/**
 * `pdfConverted`: the 部门决算 / 部门预算 公开 tables as a clerk gets them back from a PDF → Excel
 * converter. The tables are the published ones (公开01 收入支出决算总表, 公开03 支出决算表, the
 * 基本支出 table, 公开07 “三公” 经费; or the 预算公开 部门收支总表, 基本支出预算表, “三公” 经费
 * 预算表, 政府采购预算表), and what the converter does to them is the layout: the page head (表名,
 * 公开NN表, 单位：万元) repeated on every page, "第 1 页 共 3 页" lines, a long table cut over two
 * pages with its column head repeated, empty columns between the real ones, figures stored as
 * text with thousands separators or a stray space, a label broken over two lines of one cell,
 * header cells merged over the empty columns, zero shown as "-", one sheet per page or one sheet.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, split, sumTP, type Cents, type Department } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, parts, putMoney, type Mark, type NumberStyle } from './helpers';

/** One logical cell of a table row: a text, a money figure (with what it is), or nothing. */
type Spec = string | { c: Cents; mark?: Mark } | null;

interface Page {
  title: string;
  formNo: string;
  head: string[][];
  rows: Spec[][];
  /** The table continues from the page before: its title is followed by （续）. */
  continued?: boolean;
}

interface Look {
  style: NumberStyle;
  zero: '-' | '' | '0.00' | 'zero';
  perPage: boolean;
  sheetName: (i: number) => string;
  footer: (i: number, n: number) => string;
  gapChance: number;
  breakLabels: boolean;
}

/** Breaks a long label in two the way a converter keeps a wrapped PDF cell ("…\n收入"). */
function wrap(look: Look, ctx: Ctx, label: string): string {
  if (!look.breakLabels || label.length < 8 || !chance(ctx.next, 0.4)) return label;
  const at = int(ctx.next, 4, label.length - 2);
  return `${label.slice(0, at)}\n${label.slice(at)}`;
}

function renderPage(
  ctx: Ctx,
  look: Look,
  s: SheetBuilder,
  top: number,
  p: Page,
  i: number,
  n: number,
): number {
  const { next, unit } = ctx;
  const width = p.head[0].length;
  // The converter's columns: every real column, with empty ones slipped in between some.
  const map: number[] = [];
  let x = 0;
  for (let k = 0; k < width; k++) {
    if (k > 0 && chance(next, look.gapChance)) x++;
    map.push(x);
    x++;
  }
  const last = map[width - 1];
  let r = top;
  // Page head: the title merged over a width of the converter's own choosing, the form number on
  // its own line, then the unit and the department.
  s.set(r, 0, `${p.title}${p.continued ? pick(next, ['（续）', '(续表)', '']) : ''}`);
  s.merge(r, 0, r, int(next, Math.max(1, Math.floor(last / 2)), last));
  r++;
  s.set(r, last, p.formNo);
  r++;
  s.set(r, 0, `${pick(next, ['部门：', '单位名称：', '编制部门：'])}${ctx.d.name}`);
  s.set(
    r,
    last,
    unit === 'wan'
      ? pick(next, ['单位：万元', '金额单位：万元', '单位:万元 '])
      : pick(next, ['单位：元', '金额单位：元']),
  );
  r++;
  for (const line of p.head) {
    line.forEach((t, k) => {
      if (t === '') return;
      s.set(r, map[k], wrap(look, ctx, t));
      // A group head ('收入', '预算数') followed by empty cells spans them; the converter's box is
      // sometimes a column short. A single head may take in the empty column beside it.
      let span = 0;
      while (k + span + 1 < width && line[k + span + 1] === '') span++;
      if (span > 0 && chance(next, 0.3)) span--;
      const right = k + span + 1 < width ? map[k + span + 1] - 1 : map[k + span];
      if (right > map[k] && (span > 0 || chance(next, 0.6))) s.merge(r, map[k], r, right);
    });
    r++;
  }
  for (const row of p.rows) {
    row.forEach((cell, k) => {
      const col = map[k];
      if (cell === null) return;
      if (cell === '') return;
      if (typeof cell === 'string') {
        s.set(r, col, wrap(look, ctx, cell));
        return;
      }
      if (cell.c === 0 && !cell.mark) {
        if (look.zero === '-') s.set(r, col, '-');
        else if (look.zero === '0.00') s.set(r, col, '0.00');
        else if (look.zero === 'zero') s.set(r, col, 0);
        return;
      }
      putMoney(s, ctx, r, col, cell.c, look.style, cell.mark ?? {});
    });
    r++;
  }
  s.set(r, Math.floor(last / 2), look.footer(i, n));
  return r + 2;
}

const t = (name: string, label: string): Mark => ({ truth: { name, label } });
const dx = (name: string, why: string): Mark => ({ distractor: { name, why } });

function finalPages(ctx: Ctx): Page[] {
  const { d, next } = ctx;
  const y = d.year;
  const pages: Page[] = [];
  // 公开01: 收入 and 支出 side by side; long enough that the converter cuts it over two pages.
  // 财政拨款 is most of a department's income; 其他收入 a small rest.
  const fin = split(d.incomeActual, [9 + next() * 6, 1], d.grain);
  const incomeRows: [string, Cents, Mark?][] = [
    ['一、一般公共预算财政拨款收入', fin[0]],
    ['二、政府性基金预算财政拨款收入', 0],
    ['三、国有资本经营预算财政拨款收入', 0],
    ['四、上级补助收入', 0],
    ['五、事业收入', 0],
    ['六、其他收入', fin[1]],
  ];
  const spendRows: [string, Cents][] = d.functional.map((f) => [f.name, f.actual]);
  const n = Math.max(incomeRows.length, spendRows.length);
  const rows: Spec[][] = [];
  for (let k = 0; k < n; k++) {
    const inc = incomeRows[k];
    const sp = spendRows[k];
    rows.push([
      inc ? inc[0] : null,
      inc ? { c: inc[1] } : null,
      sp ? `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][k]}、${sp[0]}` : null,
      sp ? { c: sp[1] } : null,
    ]);
  }
  const spendLabel = pick(next, ['本年支出合计', '本 年 支 出 合 计', '本年支出合计 ']);
  rows.push([
    pick(next, ['本年收入合计', '本 年 收 入 合 计']),
    { c: d.incomeActual, mark: dx('PE_Expenditure', '本年收入合计, income not spending') },
    spendLabel,
    { c: d.expenditure, mark: t('PE_Expenditure', spendLabel.trim()) },
  ]);
  rows.push(['年初结转和结余', { c: d.carryIn }, '年末结转和结余', { c: d.carryOut }]);
  // With nothing carried to next year the 支出 总计 is the year's spending itself: equally right.
  const grand: Mark =
    d.carryOut === 0 ? { also: 'PE_Expenditure' } : dx('PE_Expenditure', '总计 includes the carry-over');
  rows.push([
    '总计',
    {
      c: d.incomeActual + d.carryIn,
      mark: d.carryOut === 0 ? undefined : dx('PE_Expenditure', '总计 includes the carry-over'),
    },
    '总计',
    { c: d.expenditure + d.carryOut, mark: grand },
  ]);
  const head = [
    ['收入', '', '支出', ''],
    ['项目', `${y}年决算数`, '项目', `${y}年决算数`],
  ];
  const cut = int(next, 3, Math.max(3, rows.length - 3));
  const title1 = `${d.name}${y}年收入支出决算总表`;
  pages.push({ title: title1, formNo: '公开01表', head, rows: rows.slice(0, cut) });
  pages.push({ title: title1, formNo: '公开01表', head, rows: rows.slice(cut), continued: true });

  // 公开03 支出决算表: 合计 first, then the classes split into 基本支出 and 项目支出.
  if (chance(next, 0.7)) {
    const basics = splitBy(d, d.basic);
    const r3: Spec[][] = [
      [
        '',
        pick(next, ['合计', '合 计']),
        { c: d.expenditure, mark: { also: 'PE_Expenditure' } },
        { c: d.basic, mark: dx('PE_Expenditure', '基本支出, part of the spending') },
        { c: d.project, mark: dx('PE_Expenditure', '项目支出, part of the spending') },
      ],
    ];
    d.functional.forEach((f, k) =>
      r3.push([f.code, f.name, { c: f.actual }, { c: basics[k] }, { c: f.actual - basics[k] }]),
    );
    pages.push({
      title: `${d.name}${y}年支出决算表`,
      formNo: '公开03表',
      head: [['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出']],
      rows: r3,
    });
  }

  // The 基本支出 table as one list: 人员经费 and 公用经费 each a subtotal row over its items.
  if (chance(next, 0.7)) {
    const pers = parts(next, d.personnel, 4, d.grain);
    const pub = parts(next, d.publicFundsActual, 5, d.grain);
    const label = pick(next, ['公用经费', '公用经费合计', '日常公用经费']);
    const r6: Spec[][] = [
      [
        '',
        '合计',
        { c: d.basic, mark: dx('PE_PublicFundsActual', '基本支出合计, 人员经费 and 公用经费 together') },
      ],
      ['', '人员经费', { c: d.personnel, mark: dx('PE_PublicFundsActual', '人员经费') }],
      [
        '301',
        '工资福利支出',
        { c: d.personnel - pers[3], mark: dx('PE_PublicFundsActual', '工资福利支出, 人员经费') },
      ],
      ['30101', '基本工资', { c: pers[0] }],
      ['30102', '津贴补贴', { c: pers[1] }],
      ['30108', '机关事业单位基本养老保险缴费', { c: d.personnel - pers[0] - pers[1] - pers[3] }],
      [
        '303',
        '对个人和家庭的补助',
        { c: pers[3], mark: dx('PE_PublicFundsActual', '对个人和家庭的补助, 人员经费') },
      ],
      ['', label, { c: d.publicFundsActual, mark: t('PE_PublicFundsActual', label) }],
      ['30201', '办公费', { c: pub[0] }],
      ['30207', '邮电费', { c: pub[1] }],
      ['30211', '差旅费', { c: pub[2] }],
      ['30213', '维修（护）费', { c: pub[3] }],
      ['30299', '其他商品和服务支出', { c: pub[4] }],
    ];
    pages.push({
      title: `${d.name}${y}年一般公共预算财政拨款基本支出决算表`,
      formNo: pick(next, ['公开06表', '公开05表']),
      head: [['科目编码', '科目名称', '决算数']],
      rows: r6,
    });
  }

  // 公开07 “三公”: 预算数 and 决算数 groups side by side in one row.
  if (chance(next, 0.75)) {
    const group = (tp: Department['tpBudget'], which: 'budget' | 'actual'): Spec[] => [
      {
        c: sumTP(tp),
        mark:
          which === 'budget'
            ? t('PE_ThreePublicBudget', '“三公”经费 预算数 合计')
            : t('PE_ThreePublicActual', '“三公”经费 决算数 合计'),
      },
      { c: tp.outbound },
      { c: tp.carPurchase + tp.carRun },
      { c: tp.carPurchase },
      { c: tp.carRun },
      { c: tp.reception },
    ];
    const items = [
      '合计',
      '因公出国（境）费',
      '公务用车购置及运行费',
      '其中：公务用车购置费',
      '公务用车运行费',
      '公务接待费',
    ];
    pages.push({
      title: `${d.name}${y}年一般公共预算财政拨款“三公”经费支出决算表`,
      formNo: '公开07表',
      head: [
        ['预算数', '', '', '', '', '', '决算数', '', '', '', '', ''],
        [...items, ...items],
      ],
      rows: [[...group(d.tpBudget, 'budget'), ...group(d.tpActual, 'actual')]],
    });
  }
  return pages;
}

/** Splits an amount over the functional classes in proportion to their actual spending. */
function splitBy(d: Department, total: Cents): Cents[] {
  const w = d.functional.map((f) => f.actual);
  const sum = w.reduce((a, b) => a + b, 0);
  const units = total / d.grain;
  const out = w.map((x) => Math.floor((units * x) / sum) * d.grain);
  out[out.length - 1] = total - out.slice(0, -1).reduce((a, b) => a + b, 0);
  return out;
}

function budgetPages(ctx: Ctx): Page[] {
  const { d, next } = ctx;
  const y = d.year;
  const pages: Page[] = [];
  const carry = d.budgetInitial - d.incomeInitial;
  const spendLabel = pick(next, ['本年支出合计', '支出合计']);
  const rows: Spec[][] = [];
  const inc: [string, Cents][] = [
    ['一、一般公共预算拨款收入', d.incomeInitial],
    ['二、政府性基金预算拨款收入', 0],
    ['三、国有资本经营预算拨款收入', 0],
    ['四、财政专户管理资金收入', 0],
    ['五、单位资金', 0],
  ];
  const n = Math.max(inc.length, d.functional.length);
  for (let k = 0; k < n; k++) {
    const a = inc[k];
    const f = d.functional[k];
    rows.push([a ? a[0] : null, a ? { c: a[1] } : null, f ? f.name : null, f ? { c: f.initial } : null]);
  }
  rows.push([
    '本年收入合计',
    { c: d.incomeInitial, mark: dx('PE_BudgetInitial', '本年收入合计 without the carry-over') },
    spendLabel,
    { c: d.budgetInitial, mark: t('PE_BudgetInitial', spendLabel) },
  ]);
  rows.push(['上年结转', { c: carry }, '结转下年', { c: 0 }]);
  rows.push([
    '收入总计',
    { c: d.budgetInitial, mark: { also: 'PE_BudgetInitial' } },
    '支出总计',
    { c: d.budgetInitial, mark: { also: 'PE_BudgetInitial' } },
  ]);
  const head = [
    ['收入', '', '支出', ''],
    ['项目', '预算数', '项目', '预算数'],
  ];
  const cut = int(next, 3, Math.max(3, rows.length - 2));
  const title = `${d.name}${y}年部门收支总表`;
  pages.push({ title, formNo: '公开01表', head, rows: rows.slice(0, cut) });
  pages.push({ title, formNo: '公开01表', head, rows: rows.slice(cut), continued: true });

  if (chance(next, 0.75)) {
    const label = pick(next, ['公用经费', '日常公用经费']);
    pages.push({
      title: `${d.name}${y}年一般公共预算基本支出表`,
      formNo: pick(next, ['公开05表', '公开06表']),
      head: [['科目编码', '科目名称', '基本支出合计', '人员经费', '公用经费']],
      rows: [
        [
          '',
          '合计',
          { c: d.personnelBudget + d.publicFundsBudget, mark: dx('PE_PublicFundsBudget', '基本支出 合计') },
          { c: d.personnelBudget, mark: dx('PE_PublicFundsBudget', '人员经费') },
          { c: d.publicFundsBudget, mark: t('PE_PublicFundsBudget', `合计 ${label}`) },
        ],
      ],
    });
  }

  if (chance(next, 0.8)) {
    const row = (name: string, prior: Cents, now: Cents, marks: [Mark?, Mark?]): Spec[] => [
      name,
      { c: prior, mark: marks[0] },
      { c: now, mark: marks[1] },
    ];
    pages.push({
      title: `${d.name}${y}年“三公”经费预算表`,
      formNo: pick(next, ['公开07表', '公开08表']),
      head: [['项目', `${y - 1}年预算数`, `${y}年预算数`]],
      rows: [
        row('合计', sumTP(d.tpPrior), sumTP(d.tpBudget), [
          t('PE_ThreePublicBudgetPrior', `合计 ${y - 1}年预算数`),
          t('PE_ThreePublicBudget', `合计 ${y}年预算数`),
        ]),
        row('1.因公出国（境）费', d.tpPrior.outbound, d.tpBudget.outbound, [undefined, undefined]),
        row('2.公务接待费', d.tpPrior.reception, d.tpBudget.reception, [
          undefined,
          // Marked only when it differs from the total (it is the only item in some budgets).
          d.tpBudget.reception !== sumTP(d.tpBudget)
            ? dx('PE_ThreePublicBudget', '公务接待费, one item')
            : undefined,
        ]),
        row(
          '3.公务用车购置及运行费',
          d.tpPrior.carPurchase + d.tpPrior.carRun,
          d.tpBudget.carPurchase + d.tpBudget.carRun,
          [undefined, undefined],
        ),
        row('其中：公务用车购置费', d.tpPrior.carPurchase, d.tpBudget.carPurchase, [undefined, undefined]),
        row('公务用车运行费', d.tpPrior.carRun, d.tpBudget.carRun, [undefined, undefined]),
      ],
    });
  }

  if (chance(next, 0.6)) {
    const items: [string, string][] = [
      ['办公设备购置', '货物'],
      ['信息系统运维服务', '服务'],
      ['印刷服务', '服务'],
      ['物业管理服务', '服务'],
      ['车辆维修和保养服务', '服务'],
    ];
    const k = int(next, 2, 4);
    const amounts = parts(next, d.procurementPlan, k, d.grain);
    const rows4: Spec[][] = [
      ['合计', '', { c: d.procurementPlan, mark: t('PE_ProcurementPlan', '政府采购预算 合计') }],
    ];
    for (let j = 0; j < k; j++)
      rows4.push([
        items[j][0],
        items[j][1],
        { c: amounts[j], mark: dx('PE_ProcurementPlan', 'one item of the procurement budget') },
      ]);
    pages.push({
      title: `${d.name}${y}年政府采购预算表`,
      formNo: pick(next, ['公开09表', '公开10表']),
      head: [['采购项目', '采购品目', '预算金额']],
      rows: rows4,
    });
  }
  return pages;
}

export function pdfConverted(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const kind = pick(next, ['final', 'final', 'budget'] as const);
  const style = pick(next, ['number', 'text', 'text', 'mixed'] as const);
  const perPage = chance(next, 0.5);
  const look: Look = {
    style,
    zero: pick(next, ['-', '', '0.00', 'zero'] as const),
    perPage,
    sheetName: pick(next, [
      (i: number) => `Table ${i + 1}`,
      (i: number) => `Page ${i + 1}`,
      (i: number) => `第${i + 1}页`,
    ]),
    footer: pick(next, [
      (i: number, n: number) => `第 ${i + 1} 页 共 ${n} 页`,
      (i: number, n: number) => `第${i + 1}页，共${n}页`,
      (i: number) => `- ${i + 1} -`,
    ]),
    gapChance: pick(next, [0, 0.3, 0.5]),
    breakLabels: chance(next, 0.6),
  };
  if (chance(next, 0.25))
    coverSheet(ctx, `${d.name}${d.year}年部门${kind === 'final' ? '决算' : '预算'}公开`);
  const pages = kind === 'final' ? finalPages(ctx) : budgetPages(ctx);
  let s: SheetBuilder | null = null;
  let top = 0;
  for (let i = 0; i < pages.length; i++) {
    if (perPage || s === null) {
      s = b.addSheet(perPage ? look.sheetName(i) : pick(next, ['Sheet1', 'Table 1', '部门公开表']));
      top = 0;
    }
    top = renderPage(ctx, look, s, top, pages[i], i, pages.length);
  }
  return `${kind}:${style}:${perPage ? 'pages' : 'oneSheet'}:gap${look.gapChance}`;
}
