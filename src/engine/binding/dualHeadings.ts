/**
 * A column heading that names two columns in one: 计划数（年初数） | 实际数（年末数） over a
 * 财务分析 table whose flow rows (政府采购) read the first word and whose balance rows
 * (财政存量资金) read the word in brackets. A clerk merges two small tables into one this way
 * and reads each row by the word that fits it; the matcher does the same: where the heading as a
 * whole names nothing, each half is tried as the column's heading, and the row decides.
 *
 * Only a heading both of whose halves are column words of the catalog naming a figure (…数,
 * …额) splits: a unit, a note or a qualifier in brackets (预算数（调整后）, 决算数（合计）) is no
 * half. Never one that names an earlier period in either half (决算数（上年数） is last year's
 * figure, not this year's 决算数).
 */
import { normaliseLabel } from './normalise';

/** Two words, the second in brackets: 计划数(年初数) (the key is NFKC, so brackets are ASCII). */
const DUAL = /^([^()]+)\(([^()]+)\)$/;
/** A half that names a figure of its own, not a qualifier of the other (调整后, 合计, 在编). */
const FIGURE_WORD = /(?:数|额)$/;
/** An earlier period: the half that names it qualifies the other. */
const EARLIER = /上年|上期|去年|同期|上一年|以前年度/;

/** The two readings of a dual heading: the halves' keys, or undefined for a plain heading. */
export function dualHalves(key: string, columnWords: ReadonlySet<string>): [string, string] | undefined {
  const m = DUAL.exec(key);
  if (!m) return undefined;
  const [a, b] = [normaliseLabel(m[1]), normaliseLabel(m[2])];
  if (a === b || !columnWords.has(a) || !columnWords.has(b)) return undefined;
  if (!FIGURE_WORD.test(a) || !FIGURE_WORD.test(b)) return undefined;
  if (EARLIER.test(a) || EARLIER.test(b)) return undefined;
  return [a, b];
}

/**
 * The headings of a cell read with its own (lowest) heading as each half of a dual heading in
 * turn; empty when that heading is a plain one.
 */
export function dualHeadingReadings<T extends { key: string }>(
  headings: readonly T[],
  columnWords: ReadonlySet<string>,
): T[][] {
  const own = headings[0];
  const halves = own ? dualHalves(own.key, columnWords) : undefined;
  if (!own || !halves) return [];
  return halves.map((key) => [{ ...own, key }, ...headings.slice(1)]);
}
