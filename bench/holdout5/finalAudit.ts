/**
 * A 决算 审核 workbook, the one a finance office fills before the 决算 goes up: a 预决算对比 table
 * (项目 | 年初预算数 | 调整预算数 (the adjustment itself) | 全年预算数 | 决算数 | 差异额 | 差异率 |
 * 差异原因说明 with prose that quotes the difference), often a 与上年对比 table (上年决算数 |
 * 本年决算数 | 增减额 | 增减率 | 变动原因) and a 审核情况 sheet listing the 审核公式 with their
 * results as text.
 *
 * What a clerk points at: the 支出合计 row's 年初 / 全年 / 决算, the 公用经费 row's budget and 决算,
 * the “三公” row's budget and 决算, the 政府采购 row's budget and 决算. A figure whose 年初 and 全年
 * budgets are the same (公用经费, “三公”, 采购 are not adjusted) is right in either column; this
 * year's 决算 repeated in the 与上年对比 table is right there too. The adjustment, the differences,
 * last year's 决算, 人员经费, 基本 / 项目 and the “三公” items are distractors.
 */
import { D } from '../../src/engine/decimal';
import type { Ctx } from '../holdout/common';
import { chance, pick, sumTP, type Cents } from '../holdout/figures';
import { coverSheet, putMoney, rateCell, type Mark } from '../holdout3/helpers';
import { diffReason, onGrain } from './common5';

interface AuditRow {
  label: string;
  initial: Cents;
  full: Cents;
  actual: Cents;
  /** Inputs for the 年初 (and, when equal, 全年) budget cell and for the 决算 cell. */
  budgetInput?: string;
  /** The 全年 budget is its own input (支出合计's 调整后预算数). */
  fullInput?: string;
  actualInput?: string;
  /** Distractor marks for a part row (an item of the “三公”, 人员经费 …). */
  partOf?: { budget: string; full: string; actual: string; why: string };
}

function proseAmount(c: Cents, unit: 'wan' | 'yuan'): string {
  const v = new D(Math.abs(c)).div(unit === 'wan' ? 1_000_000 : 100).toFixed(2);
  return `${v}${unit === 'wan' ? '万元' : '元'}`;
}

export function finalAudit(ctx: Ctx): string {
  const { b, d, next, unit } = ctx;
  const g = d.grain;
  const variant: string[] = [];
  const publicB = d.publicFundsBudget;
  // Personnel budgets as the 决算 shows them: the 年初 figure leaves room for projects, the 全年
  // figure takes a part of the year's unspent room (the rest stays with projects).
  const persInit = Math.min(d.personnelBudget, onGrain(d.budgetInitial, 0.9, g) - publicB);
  const persFull = Math.max(persInit, d.personnel + onGrain(d.budgetAdjusted - d.expenditure, 0.3, g));
  const tp = d.tpBudget;
  const ta = d.tpActual;
  const rows: AuditRow[] = [
    {
      label: pick(next, ['本年支出合计', '支出合计', '支出总计']),
      initial: d.budgetInitial,
      full: d.budgetAdjusted,
      actual: d.expenditure,
      budgetInput: 'PE_BudgetInitial',
      fullInput: 'PE_BudgetAdjusted',
      actualInput: 'PE_Expenditure',
    },
    {
      label: '一、基本支出',
      initial: persInit + publicB,
      full: persFull + publicB,
      actual: d.basic,
      partOf: {
        budget: 'PE_BudgetInitial',
        full: 'PE_BudgetAdjusted',
        actual: 'PE_Expenditure',
        why: '基本支出 only',
      },
    },
    {
      label: '    其中：人员经费',
      initial: persInit,
      full: persFull,
      actual: d.personnel,
      partOf: {
        budget: 'PE_PublicFundsBudget',
        full: 'PE_PublicFundsBudget',
        actual: 'PE_PublicFundsActual',
        why: '人员经费, not 公用经费',
      },
    },
    {
      label: pick(next, ['          公用经费', '          日常公用经费']),
      initial: publicB,
      full: publicB,
      actual: d.publicFundsActual,
      budgetInput: 'PE_PublicFundsBudget',
      actualInput: 'PE_PublicFundsActual',
    },
    {
      label: '二、项目支出',
      initial: d.budgetInitial - persInit - publicB,
      full: d.budgetAdjusted - persFull - publicB,
      actual: d.project,
      partOf: {
        budget: 'PE_BudgetInitial',
        full: 'PE_BudgetAdjusted',
        actual: 'PE_Expenditure',
        why: '项目支出 only',
      },
    },
    {
      label: pick(next, ['三、“三公”经费', '三、"三公"经费', '三、三公经费']),
      initial: sumTP(tp),
      full: sumTP(tp),
      actual: sumTP(ta),
      budgetInput: 'PE_ThreePublicBudget',
      actualInput: 'PE_ThreePublicActual',
    },
    {
      label: '    1.因公出国（境）费',
      initial: tp.outbound,
      full: tp.outbound,
      actual: ta.outbound,
      partOf: {
        budget: 'PE_ThreePublicBudget',
        full: 'PE_ThreePublicBudget',
        actual: 'PE_ThreePublicActual',
        why: 'one “三公” item',
      },
    },
    {
      label: '    2.公务接待费',
      initial: tp.reception,
      full: tp.reception,
      actual: ta.reception,
      partOf: {
        budget: 'PE_ThreePublicBudget',
        full: 'PE_ThreePublicBudget',
        actual: 'PE_ThreePublicActual',
        why: 'one “三公” item',
      },
    },
    {
      label: '    3.公务用车购置及运行维护费',
      initial: tp.carPurchase + tp.carRun,
      full: tp.carPurchase + tp.carRun,
      actual: ta.carPurchase + ta.carRun,
      partOf: {
        budget: 'PE_ThreePublicBudget',
        full: 'PE_ThreePublicBudget',
        actual: 'PE_ThreePublicActual',
        why: 'one “三公” item',
      },
    },
  ];
  const truthValue: Record<string, Cents> = {
    PE_BudgetInitial: d.budgetInitial,
    PE_BudgetAdjusted: d.budgetAdjusted,
    PE_Expenditure: d.expenditure,
    PE_PublicFundsBudget: publicB,
    PE_PublicFundsActual: d.publicFundsActual,
    PE_ThreePublicBudget: sumTP(tp),
    PE_ThreePublicActual: sumTP(ta),
  };
  const withProcurement = chance(next, 0.75);
  if (withProcurement)
    rows.push({
      label: pick(next, ['四、政府采购', '四、政府采购支出', '四、政府采购金额']),
      initial: d.procurementPlan,
      full: d.procurementPlan,
      actual: d.procurementActual,
      budgetInput: 'PE_ProcurementPlan',
      actualInput: 'PE_ProcurementActual',
    });

  if (chance(next, 0.3)) {
    coverSheet(ctx, `${d.year}年度部门决算审核资料`);
    variant.push('cover');
  }
  const s = b.addSheet(pick(next, ['预决算对比', '决算与预算对比分析', '差异分析', '审核表1']));
  const withAdjust = chance(next, 0.6);
  const actualHead = pick(next, ['决算数', '实际支出数', '本年决算数']);
  const fullHead = pick(next, ['全年预算数', '调整后预算数']);
  const heads = [
    '项目',
    '年初预算数',
    ...(withAdjust ? ['调整预算数'] : []),
    fullHead,
    actualHead,
    '差异额',
    '差异率',
    '差异原因说明',
  ];
  const [cInit, cAdj] = [1, withAdjust ? 2 : -1];
  const cFull = withAdjust ? 3 : 2;
  const [cAct, cDiff, cRate, cWhy] = [cFull + 1, cFull + 2, cFull + 3, cFull + 4];
  s.mergedText(0, 0, 0, heads.length - 1, `${d.name}${d.year}年度决算与预算差异情况表`);
  s.set(1, 0, `填报单位：${d.name}`);
  s.set(1, heads.length - 1, unit === 'wan' ? '单位：万元' : '单位：元');
  s.line(2, 0, heads);
  let r = 3;
  for (const row of rows) {
    s.set(r, 0, row.label);
    const same = row.initial === row.full;
    const mark = (input: string | undefined, label: string): Mark =>
      input ? { truth: { name: input, label } } : {};
    const part = row.partOf;
    // A part is a distractor for the whole's input, unless it happens to be the whole figure.
    const partMark = (input: string | undefined, c: Cents): Mark =>
      input && c !== truthValue[input] ? { distractor: { name: input, why: part?.why ?? '' } } : {};
    putMoney(s, ctx, r, cInit, row.initial, 'number', {
      ...mark(row.budgetInput, `${row.label.trim()} × 年初预算数`),
      ...partMark(part?.budget, row.initial),
    });
    if (withAdjust)
      putMoney(s, ctx, r, cAdj, row.full - row.initial, 'number', {
        distractor:
          row.fullInput && row.full !== row.initial
            ? { name: row.fullInput, why: '调整预算数 (the adjustment, not the adjusted budget)' }
            : undefined,
      });
    const fullMark: Mark = row.fullInput
      ? { truth: { name: row.fullInput, label: `${row.label.trim()} × ${fullHead}` } }
      : row.budgetInput && same
        ? { also: row.budgetInput }
        : {};
    putMoney(s, ctx, r, cFull, row.full, 'number', {
      ...fullMark,
      ...partMark(part?.full, row.full),
    });
    putMoney(s, ctx, r, cAct, row.actual, 'number', {
      ...mark(row.actualInput, `${row.label.trim()} × ${actualHead}`),
      ...partMark(part?.actual, row.actual),
    });
    const diff = row.actual - row.full;
    putMoney(s, ctx, r, cDiff, diff, 'number', {
      distractor:
        row.actualInput && diff !== row.actual ? { name: row.actualInput, why: '差异额' } : undefined,
    });
    s.set(r, cRate, rateCell(diff, row.full, false));
    if (diff !== 0 && (row.full === 0 || Math.abs(diff) * 20 > row.full || chance(next, 0.3)))
      s.set(
        r,
        cWhy,
        `${diff > 0 ? '超预算' : '较预算减少'}${proseAmount(diff, unit)}，主要是${diffReason(next, diff > 0)}。`,
      );
    r++;
  }
  variant.push(withAdjust ? 'adjustColumn' : 'noAdjust', withProcurement ? 'procurement' : 'noProcurement');

  if (chance(next, 0.6)) {
    priorSheet(ctx);
    variant.push('prior');
  }
  if (chance(next, 0.7)) {
    auditSheet(ctx);
    variant.push('audit');
  }
  return variant.join('+');
}

/** 与上年对比: this year's 决算 repeats the first table's figures (equally right there). */
function priorSheet(ctx: Ctx): void {
  const { b, d, next, unit } = ctx;
  const g = d.grain;
  const s = b.addSheet(pick(next, ['与上年对比', '决算与上年对比', '审核表2']));
  s.mergedText(0, 0, 0, 5, `${d.year}年度决算与上年决算对比表`);
  s.set(1, 5, unit === 'wan' ? '单位：万元' : '单位：元');
  const named = chance(next, 0.5);
  s.line(2, 0, [
    '项目',
    named ? `${d.year - 1}年决算数` : '上年决算数',
    named ? `${d.year}年决算数` : '本年决算数',
    '增减额',
    '增减率',
    '变动原因',
  ]);
  const priorBasic = onGrain(d.priorExpenditure, (d.basic / d.expenditure) * (0.95 + next() * 0.1), g);
  const priorPublic = onGrain(d.publicFundsActual, 0.85 + next() * 0.25, g);
  const rows: [string, Cents, Cents, string | null][] = [
    ['本年支出合计', d.priorExpenditure, d.expenditure, 'PE_Expenditure'],
    ['基本支出', priorBasic, d.basic, null],
    ['项目支出', d.priorExpenditure - priorBasic, d.project, null],
    ['公用经费', priorPublic, d.publicFundsActual, 'PE_PublicFundsActual'],
    ['“三公”经费', sumTP(d.tpPriorActual), sumTP(d.tpActual), 'PE_ThreePublicActual'],
  ];
  let r = 3;
  for (const [label, prior, cur, input] of rows) {
    s.set(r, 0, label);
    putMoney(s, ctx, r, 1, prior, 'number', {
      distractor: input && prior !== cur ? { name: input, why: '上年决算数' } : undefined,
    });
    putMoney(s, ctx, r, 2, cur, 'number', input ? { also: input } : {});
    putMoney(s, ctx, r, 3, cur - prior, 'number');
    s.set(r, 4, rateCell(cur - prior, prior, false));
    if (prior !== 0 && Math.abs(cur - prior) * 10 > prior)
      s.set(r, 5, `${cur > prior ? '增加' : '减少'}主要是${diffReason(next, cur > prior)}`);
    r++;
  }
}

/** The 审核公式 and their results: text, no figures a clerk would bind. */
function auditSheet(ctx: Ctx): void {
  const { b, next } = ctx;
  const s = b.addSheet(pick(next, ['审核情况', '审核结果', '审核问题说明']));
  s.line(0, 0, ['序号', '审核类型', '审核公式', '审核结果', '情况说明']);
  const checks: [string, string][] = [
    ['强制性审核', '[财决01表]本年支出合计 = [财决03表]本年支出合计'],
    ['强制性审核', '[财决03表]基本支出 = [财决05表]人员经费 + [财决05表]公用经费'],
    ['强制性审核', '[财决07表]“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费'],
    ['提示性审核', '本年支出较上年增减幅度超过30%的，须说明原因'],
    ['提示性审核', '“三公”经费决算数不得超过预算数'],
    ['提示性审核', '决算数与全年预算数差异率超过10%的，须说明原因'],
  ];
  checks.forEach(([kind, formula], i) => {
    const ok = kind === '强制性审核' || chance(next, 0.6);
    s.line(i + 1, 0, [
      i + 1,
      kind,
      formula,
      ok ? '通过' : '未通过（已说明）',
      ok ? '' : diffReason(next, chance(next, 0.5)),
    ]);
  });
}
