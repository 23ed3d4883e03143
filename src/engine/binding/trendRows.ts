/**
 * Rows of a table of years (the 近五年 comparison: items down, 2020年 | … | 2024年 across): what
 * such a table's row names that the same words beside a single figure would not.
 *
 * - A table of years is history: a row of money that does not say 预算 is what was spent that
 *   year. 公用经费, 政府采购金额 and 支出合计 there are the year's 决算 figures (the budget lines
 *   say so: 年初预算数, “三公”经费预算), while the same words in a 预算 table are the budget.
 *   Only a year's own column reads so: a 2025年预算 column closing the table is a budget.
 * - The year before the evaluation year holds the 上年 figures: a “三公” budget's or a 年末
 *   存量资金's row under it is 上年“三公”经费预算数 / 上年末财政存量资金. The label reader reads
 *   that from a heading in words (2023年 beside 2024年 reads 上年); a year typed as a bare number
 *   heads no word, so it is read here.
 */
import type { CompiledRule } from './catalog';
import { normaliseLabel } from './normalise';

/** Where a figure stands in a table of years (see SheetReader.trendColumn in match.ts). */
export interface TrendColumn {
  /** The year heading the figure's column. */
  year: number;
  /** The evaluation year the table states, else its latest year's own column. */
  evaluation: number;
  /** The heading is the year alone (2024, 2024年, 2024年决算), not a budget or plan (2025年预算). */
  plain: boolean;
}

export interface TrendLabel {
  key: string;
  raw: string;
  row: number;
  col: number;
}

export interface TrendVerdict {
  confidence: number;
  how: 'table';
  label: TrendLabel[];
}

/** Row labels that name the year's 决算 figure in a table of years only. */
const ACTUAL_ROWS: Readonly<Record<string, readonly string[]>> = {
  PE_Expenditure: ['支出合计', '支出总计', '总支出', '支出总额', '本年支出合计', '决算支出', '支出决算'],
  PE_PublicFundsActual: ['公用经费', '日常公用经费', '公用经费合计'],
  PE_ProcurementActual: ['政府采购金额', '政府采购', '政府采购规模', '政府采购总额'],
};

/** A table about budgets, unless it says it compares what was spent with them too. */
const BUDGET_TOPIC = /预算/;
const SPENT_TOPIC = /决算|执行|实际|完成/;

/** The inputs whose figure under the year before is another input's (the 上年 one). */
const PRIOR_OF: Readonly<Record<string, string>> = {
  PE_ThreePublicBudget: 'PE_ThreePublicBudgetPrior',
  PE_StockFundsEnd: 'PE_StockFundsPriorEnd',
};

/** ACTUAL_ROWS by normalised row key, built once: the reader asks for every sheet. */
const ACTUAL_BY_KEY: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [name, rows] of Object.entries(ACTUAL_ROWS))
    for (const k of rows.map(normaliseLabel)) m.set(k, [...(m.get(k) ?? []), name]);
  return m;
})();

/** A row label as the rules read it, for every input it names in a table of years. */
export class TrendRows {
  private readonly actual = new Map<string, string[]>();
  private readonly prior = new Map<string, string[]>();

  constructor(rules: readonly CompiledRule[]) {
    const wanted = new Set(rules.map((r) => r.name));
    for (const [k, names] of ACTUAL_BY_KEY) {
      const mine = names.filter((n) => wanted.has(n));
      if (mine.length > 0) this.actual.set(k, mine);
    }
    for (const rule of rules) {
      const prior = PRIOR_OF[rule.name];
      if (!prior || !wanted.has(prior)) continue;
      for (const k of rule.labelKeys) this.prior.set(k, [...(this.prior.get(k) ?? []), prior]);
    }
  }

  /** Whether a row of this label can name anything here: the cheap test before the year's. */
  mayName(rowKey: string | undefined): boolean {
    return rowKey !== undefined && (this.actual.has(rowKey) || this.prior.has(rowKey));
  }

  /**
   * The inputs a figure of this row under this column is, by name. `topic` is the table's sheet
   * name and title: a table of budgets by year (近五年部门预算对比) holds no spending.
   */
  verdicts(row: TrendLabel, column: TrendColumn, topic: string): Map<string, TrendVerdict> {
    const out = new Map<string, TrendVerdict>();
    if (!column.plain) return out;
    const budgets = BUDGET_TOPIC.test(topic) && !SPENT_TOPIC.test(topic);
    const names =
      column.year === column.evaluation
        ? budgets
          ? undefined
          : this.actual.get(row.key)
        : column.year === column.evaluation - 1
          ? this.prior.get(row.key)
          : undefined;
    for (const name of names ?? []) out.set(name, { confidence: 0.86, how: 'table', label: [row] });
    return out;
  }
}
