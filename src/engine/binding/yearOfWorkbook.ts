/**
 * A figure whose label names a year other than the evaluation's is not the evaluation's figure.
 *
 * Why: a clerk's workbook keeps several years side by side (next year's 预算 prepared while this
 * year is evaluated, a sheet copied from last year, a comparison strip), and a table read alone
 * takes its own latest year for 本年. When the workbook says which year it evaluates (a 评价年度 /
 * 年度 cell, proposed as PE_Year without a choice), a figure headed 2025年预算数 or found on a sheet
 * named 2023年决算 is refused for a 2024 evaluation, whatever its table says. The inputs of the
 * year before (上年“三公”经费预算数, 上年末财政存量资金) take the year before, and the evaluation
 * year too (2024年初 is 上年末).
 *
 * A label naming two years or more (2019—2023年, 2023年结转2024年) says no one year and is left to
 * the table's own reading.
 */
import type { Candidate, Proposal } from './match';

const YEAR_INPUT = 'PE_Year';
/** Inputs of the year before the evaluation. */
const PRIOR_INPUTS = new Set(['PE_ThreePublicBudgetPrior', 'PE_StockFundsPriorEnd']);
/** Inputs that are no figure of a year (the department's name, the year itself). */
const NOT_OF_A_YEAR = new Set(['PE_DeptName', YEAR_INPUT]);
const REFERENCE_CONFIDENCE = 0.8;

/** 2024年, 2024年度, 2019—2023年, 2024 as a whole heading: the years a text names. */
function yearsIn(text: string): Set<number> {
  const years = new Set<number>();
  for (const part of text.split(' × ')) {
    const t = part.normalize('NFKC').trim();
    if (/^(?:19|20)\d{2}$/.test(t)) years.add(Number(t));
    // With 年 in the text every year-like number counts, so a range (2019—2023年) names two.
    if (t.includes('年'))
      for (const m of t.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) years.add(Number(m[1]));
  }
  return years;
}

/** The evaluation year the workbook states, when it states one without doubt. */
function evaluationYear(proposals: readonly Proposal[]): number | undefined {
  const p = proposals.find((x) => x.name === YEAR_INPUT);
  if (!p || p.alternatives.length > 0 || p.confidence < REFERENCE_CONFIDENCE) return undefined;
  const y = Number(p.value);
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined;
}

function ofAnotherYear(c: Candidate, year: number): boolean {
  if (NOT_OF_A_YEAR.has(c.name)) return false;
  const named = new Set([...yearsIn(c.label), ...yearsIn(c.sheet)]);
  if (named.size !== 1) return false;
  const [y] = [...named];
  return PRIOR_INPUTS.has(c.name) ? y !== year - 1 && y !== year : y !== year;
}

/**
 * The proposals without the candidates of another year. A proposal whose own cell is of another
 * year gives way to its first alternative of the evaluation year; one with none is withdrawn, and
 * its input is then listed as not found, for the clerk to point at or type.
 */
export function refuseOtherYears(proposals: readonly Proposal[]): Proposal[] {
  const year = evaluationYear(proposals);
  if (year === undefined) return [...proposals];
  const out: Proposal[] = [];
  for (const p of proposals) {
    const options = [p, ...p.alternatives].filter((c) => !ofAnotherYear(c, year));
    if (options.length === 0) continue;
    if (options.length === p.alternatives.length + 1) out.push(p);
    else {
      const [top, ...alternatives] = options;
      out.push({ ...top, alternatives });
    }
  }
  return out;
}
