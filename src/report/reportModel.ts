/**
 * The 部门整体支出绩效自评报告 draft as plain data, in the structure of the reports departments
 * file: 一、部门基本情况, 二、绩效自评情况, 三、存在问题及改进意见, then the department and the date.
 * Every figure comes from the evaluation or its parsed inputs (never retyped); what only the
 * department can write is a placeholder the renderer marks visibly. Pure: no Node, DOM or docx.
 */
import { D, fmt2, round, type Decimal, type Evaluation, type Inputs, type TableRow } from '../engine';

/** A piece of a paragraph: text, or a placeholder for the clerk (shown as 【待填写：…】). */
export type ReportRun = { text: string } | { placeholder: string };

export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: ReportRun[]; align?: 'right' }
  /** The functional classification as a table: header row, then one row per class, then 合计. */
  | { kind: 'table'; rows: string[][] };

export interface ReportOptions {
  /** The parsed inputs of the evaluation (the budget figures and PE_FunctionalTable). */
  inputs: Inputs;
  /** The date printed under the department's name (default: today). */
  date?: Date;
}

const text = (s: string): ReportRun => ({ text: s });
const hole = (s: string): ReportRun => ({ placeholder: s });
const para = (...runs: ReportRun[]): ReportBlock => ({ kind: 'paragraph', runs });
const h1 = (s: string): ReportBlock => ({ kind: 'heading', level: 1, text: s });
const h2 = (s: string): ReportBlock => ({ kind: 'heading', level: 2, text: s });

const CN_DIGITS = '〇一二三四五六七八九';
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十, 31 → 三十一 (months and days). */
function cnNumber(n: number): string {
  if (n <= 10) return CN_ORDINALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** The date as these reports print it: 二〇二一年一月二十日. */
export function chineseDate(d: Date): string {
  const year = String(d.getFullYear())
    .split('')
    .map((c) => CN_DIGITS[Number(c)])
    .join('');
  return `${year}年${cnNumber(d.getMonth() + 1)}月${cnNumber(d.getDate())}日`;
}

/** （一）, （二）… */
export function cnParen(i: number): string {
  return `（${cnNumber(i + 1)}）`;
}

const num = (inputs: Inputs, name: string): Decimal | null => inputs[name]?.number ?? null;

/** "增加57.68万元" / "减少69.72万元" / "持平". */
function change(from: Decimal, to: Decimal): string {
  const d = to.minus(from);
  if (d.isZero()) return '持平';
  return `${d.isPositive() ? '增加' : '减少'}${fmt2(d.abs())}万元`;
}

/** (to − from) ÷ from × 100, rounded; null when from is zero. */
function rate(from: Decimal, to: Decimal): Decimal | null {
  return from.isZero() ? null : round(to.minus(from).div(from).times(100));
}

function sum(rows: readonly TableRow[], pick: (r: TableRow) => Decimal | null): Decimal | null {
  let total = new D(0);
  for (const r of rows) {
    const v = pick(r);
    if (v === null) return null;
    total = total.plus(v);
  }
  return total;
}

function expenditureSection(e: Evaluation, inputs: Inputs): ReportBlock[] {
  const out: ReportBlock[] = [h2('（四）部门整体支出情况。')];
  const initial = num(inputs, 'PE_BudgetInitial');
  const adjusted = num(inputs, 'PE_BudgetAdjusted');
  const spent = num(inputs, 'PE_Expenditure');
  const table = inputs.PE_FunctionalTable?.table ?? [];
  const priorTotal = table.length ? sum(table, (r) => r.prior) : null;

  const budget: ReportRun[] = [text('1．收入支出预算安排情况。')];
  if (initial) budget.push(text(`本年度年初预算数${fmt2(initial)}万元`));
  else budget.push(text('本年度年初预算数'), hole('年初预算数（工作簿中未取得）'));
  if (initial && adjusted) {
    const r = rate(initial, adjusted);
    budget.push(
      text(
        `，调整后预算数${fmt2(adjusted)}万元，较年初预算${change(initial, adjusted)}` +
          (r ? `（预算调整幅度${fmt2(r)}%）` : '') +
          '，调整原因：',
      ),
      hole('预算调整的主要原因'),
      text('。'),
    );
  } else budget.push(text('。'));
  out.push(para(...budget));

  const final: ReportRun[] = [text('2．收入支出决算情况。')];
  if (spent) {
    final.push(text(`${e.year ?? ''}${e.year !== null ? '年' : '本年'}实际支出数${fmt2(spent)}万元`));
    if (initial) final.push(text(`，对比年初预算${fmt2(initial)}万元${change(initial, spent)}`));
    if (adjusted) {
      const r = round(spent.div(adjusted).times(100));
      final.push(
        text(`，对比调整后预算${fmt2(adjusted)}万元${change(adjusted, spent)}，预算支出率${fmt2(r)}%`),
      );
    }
    if (priorTotal) final.push(text(`，比上年决算数${fmt2(priorTotal)}万元${change(priorTotal, spent)}`));
    final.push(text('。'));
  } else final.push(hole('本年实际支出数（工作簿中未取得）'));
  out.push(para(...final));

  out.push(para(text('3．收入支出结构分析。')));
  if (!table.length) {
    out.push(para(hole('按功能分类的支出结构（工作簿中没有 PE_FunctionalTable）')));
    return out;
  }
  const finalTotal = sum(table, (r) => r.final);
  const rows: string[][] = [
    ['科目名称', '年初预算数（万元）', '本年决算数（万元）', '占比', '上年决算数（万元）', '同比'],
  ];
  const sentences: string[] = [];
  for (const r of table) {
    const share =
      finalTotal && r.final && !finalTotal.isZero() ? round(r.final.div(finalTotal).times(100)) : null;
    const yoy = r.prior && r.final ? rate(r.prior, r.final) : null;
    const cell = (x: Decimal | null): string => (x === null ? '—' : fmt2(x));
    rows.push([
      r.label,
      cell(r.budget),
      cell(r.final),
      share ? `${fmt2(share)}%` : '—',
      cell(r.prior),
      yoy ? `${fmt2(yoy)}%` : '—',
    ]);
    let s = `${r.label}${r.final ? `决算${fmt2(r.final)}万元` : '决算数缺失'}`;
    if (share) s += `，占比${fmt2(share)}%`;
    if (r.budget && r.final) s += `，比年初预算${change(r.budget, r.final)}`;
    if (r.prior && r.final) {
      if (r.prior.isZero()) s += '，上年无此项支出';
      else if (yoy)
        s += `，上年决算${fmt2(r.prior)}万元，同比${yoy.isNegative() ? '下降' : '增长'}${fmt2(yoy.abs())}%`;
    }
    sentences.push(s);
  }
  const budgetTotal = sum(table, (r) => r.budget);
  rows.push([
    '合计',
    budgetTotal ? fmt2(budgetTotal) : '—',
    finalTotal ? fmt2(finalTotal) : '—',
    '100.00%',
    priorTotal ? fmt2(priorTotal) : '—',
    priorTotal && finalTotal ? `${fmt2(rate(priorTotal, finalTotal) ?? new D(0))}%` : '—',
  ]);
  out.push(
    para(
      text(`按功能分类：${sentences.join('；')}。主要变动原因：`),
      hole('各功能分类支出变动的主要原因'),
      text('。'),
    ),
  );
  out.push({ kind: 'table', rows });
  return out;
}

/** The seed's headings for the first-level groups of the indicator system. */
const GROUP_TITLES: Record<string, string> = {
  预算编制: '预算编制情况',
  预算执行: '预算执行情况',
  使用绩效: '部门整体支出目标实现程度及使用绩效',
};

function selfEvaluationSection(e: Evaluation): ReportBlock[] {
  const dept = e.department ?? '本部门';
  const out: ReportBlock[] = [h1('二、绩效自评情况')];
  const scored = e.indicators.filter((i) => i.status !== 'error').length;
  out.push(
    para(
      text(
        `根据《部门整体支出绩效自评表》三级指标体系（${e.ruleSet.name}），${dept}${e.year ?? ''}${e.year !== null ? '年度' : ''}部门整体支出绩效自评得分为${fmt2(e.total)}分`,
      ),
      text(
        e.complete && e.grade
          ? `，等次为“${e.grade}”。`
          : `（评价不完整：${e.indicators.length - scored}项指标无法计分，得分为已计分指标之和，不评定等次）。`,
      ),
      text('部门整体支出绩效情况如下：'),
    ),
  );
  const groups: string[] = [];
  for (const i of e.indicators) if (!groups.includes(i.level1)) groups.push(i.level1);
  groups.forEach((g, gi) => {
    out.push(h2(`${cnParen(gi)}${GROUP_TITLES[g] ?? g}。`));
    const inGroup = e.indicators.filter((i) => i.level1 === g);
    const subs: string[] = [];
    for (const i of inGroup) if (!subs.includes(i.level2)) subs.push(i.level2);
    subs.forEach((s, si) => {
      const items = inGroup.filter((i) => i.level2 === s);
      const weight = items.reduce((w, i) => w.plus(i.weight), new D(0));
      const score = items.every((i) => i.score !== null)
        ? items.reduce((w, i) => w.plus(i.score as Decimal), new D(0))
        : null;
      out.push(
        para(text(`${si + 1}．${s}（${weight.toFixed()}分${score ? `，得${fmt2(score)}分` : ''}）。`)),
      );
      items.forEach((i, k) => {
        const runs: ReportRun[] = [text(`（${k + 1}）${i.name}。${i.commentary}`)];
        if (i.status === 'manual') runs.push(text('评分依据：'), hole(`${i.name}的评分依据`), text('。'));
        out.push(para(...runs));
      });
    });
  });
  out.push(h2(`${cnParen(groups.length)}自评结论。`));
  const deducted = e.indicators.filter((i) => i.deduction !== null && !i.deduction.isZero());
  const lost = deducted.reduce((w, i) => w.plus(i.deduction as Decimal), new D(0));
  out.push(
    para(
      text(
        `综上，${dept}${e.year ?? ''}${e.year !== null ? '年度' : ''}部门整体支出绩效自评得分${fmt2(e.total)}分，` +
          (e.complete && e.grade ? `等次为“${e.grade}”` : '评价不完整，不评定等次') +
          (deducted.length
            ? `；共${deducted.length}项指标扣分，合计扣${fmt2(lost)}分（${deducted.map((i) => `${i.name}扣${fmt2(i.deduction as Decimal)}分`).join('、')}）。`
            : '；各项已计分指标均得满分。'),
      ),
      hole('部门年度工作与职能、规划的相关程度，制度保障与资金管理机制的总体判断'),
    ),
  );
  return out;
}

function problemsSection(e: Evaluation): ReportBlock[] {
  const out: ReportBlock[] = [h1('三、存在问题及改进意见'), h2('（一）存在的问题')];
  const items: string[] = [];
  for (const i of e.indicators) {
    if (i.deduction !== null && !i.deduction.isZero())
      items.push(
        `${i.name}扣${fmt2(i.deduction)}分（得${fmt2(i.score as Decimal)}分，满分${i.weight.toFixed()}分）。${i.commentary}`,
      );
  }
  for (const c of e.checks.filter((c) => c.ok === false))
    items.push(`数据不一致：${c.title}未通过。${c.message}请核实相关账表数据并更正。`);
  for (const i of e.indicators.filter((x) => x.status === 'error'))
    items.push(`${i.name}无法计分：${i.messages.join('；') || i.commentary}`);
  if (items.length) items.forEach((s, k) => out.push(para(text(`${k + 1}．${s}`))));
  else out.push(para(text('本年度各项指标均得满分，数据一致性检查全部通过。')));
  out.push(para(text('其他问题：'), hole('评价中发现的其他问题')));
  out.push(h2('（二）改进措施和有关建议'));
  const causes = e.indicators.filter((i) => i.deduction !== null && !i.deduction.isZero()).map((i) => i.name);
  if (e.checks.some((c) => c.ok === false)) causes.push('数据一致性');
  if (causes.length)
    causes.forEach((name, k) => out.push(para(text(`${k + 1}．针对${name}：`), hole(`${name}的改进措施`))));
  else out.push(para(hole('改进措施和有关建议')));
  return out;
}

export function buildReportModel(e: Evaluation, options: ReportOptions): ReportBlock[] {
  const dept = e.department ?? '';
  const blocks: ReportBlock[] = [
    {
      kind: 'title',
      text: `${dept || '【部门名称】'}${e.year ?? ''}${e.year !== null ? '年度' : ''}部门整体支出绩效自评报告`,
    },
    h1('一、部门基本情况'),
    h2('（一）部门职能。'),
    para(hole('部门成立、主要职责、机构设置、内控管理情况')),
    h2('（二）年度总体工作和重点工作任务。'),
    para(hole('年度总体工作和重点工作任务的完成情况')),
    h2('（三）部门整体支出绩效目标。'),
    para(hole('年度绩效目标及其与部门职能、中期规划的相关性')),
    ...expenditureSection(e, options.inputs),
    ...selfEvaluationSection(e),
    ...problemsSection(e),
    { kind: 'paragraph', runs: [dept ? text(dept) : hole('部门名称')], align: 'right' },
    { kind: 'paragraph', runs: [text(chineseDate(options.date ?? new Date()))], align: 'right' },
  ];
  return blocks;
}

/** The text a placeholder shows in the document. */
export function placeholderText(what: string): string {
  return `【待填写：${what}】`;
}
