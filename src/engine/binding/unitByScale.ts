/**
 * A money figure whose table states no unit is read as 万元 (the unit of every 部门决算 table).
 * Where the workbook itself shows that reading to be impossible, the figure is read as 元.
 *
 * Why: a table in 元 that says so somewhere the matcher does not know (a unit column, a note, a
 * line in a place no form uses) is the commonest wrong reading of a clerk's workbook, and it is a
 * bad one: the figure is printed 10,000 times too large, and a “三公” spending 10,000 times its
 * budget scores as a gross overspend. The department's figures bound each other, whatever the
 * layout: a part of the budget (“三公”经费, 公用经费, 政府采购) is never larger than the whole
 * budget or spending, an asset item never larger than the total assets, and the whole budget and
 * spending of one year stay within a small factor of each other. A figure read as 万元 that
 * breaks such a bound by far, and that read as 元 keeps it, is in 元. A few amounts are impossible
 * for any department on their own (a “三公” spending of more than 10亿元; more than 5000亿元 for
 * anything).
 *
 * Only figures whose unit was assumed are ever changed: a unit the workbook states is the
 * workbook's word. References are figures proposed without a choice and with a confidence a clerk
 * would bind at; a reference whose own unit was assumed still bounds, since a 元 misreading only
 * ever makes a figure larger. Every figure read this way carries a warning and costs confidence,
 * so the clerk looks at it twice.
 */
import { D, type Decimal } from '../decimal';
import type { Candidate, Proposal } from './match';
import { afterWarnings } from './warnings';

const WHOLES = ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure'];
/** Parts of the department's budget and spending: never above the whole. */
const PARTS_OF_WHOLE = [
  'PE_ThreePublicBudget',
  'PE_ThreePublicBudgetPrior',
  'PE_ThreePublicActual',
  'PE_PublicFundsBudget',
  'PE_PublicFundsActual',
  'PE_ProcurementPlan',
  'PE_ProcurementActual',
];
const THREE_PUBLIC = ['PE_ThreePublicBudget', 'PE_ThreePublicBudgetPrior', 'PE_ThreePublicActual'];
/** 结转结余: a fraction of a year's budget, ten years' worth at the very most. */
const STOCK = ['PE_StockFundsEnd', 'PE_StockFundsPriorEnd'];
const ASSET_TOTAL = 'PE_AssetsTotal';
const ASSET_PARTS = [
  'PE_AssetsCurrent',
  'PE_AssetsFixed',
  'PE_AssetsIntangible',
  'PE_AssetsInProgress',
  'PE_AssetsOther',
  'PE_FixedAssetsInUse',
];
/** The money inputs bounded here; the others (text, counts, ratios) are never a reference. */
const BOUNDED = new Set([...WHOLES, ...PARTS_OF_WHOLE, ...STOCK, ASSET_TOTAL, ...ASSET_PARTS]);

/** How far past a bound a figure must go before its unit is doubted. */
const PART_OVER_WHOLE = new D(2);
const STOCK_OVER_WHOLE = new D(10);
/** Assets beyond 2000 years of the department's budget are no department's. */
const ASSETS_OVER_WHOLE = new D(2000);
/** Two wholes of one year (年初预算, 调整后预算, 支出) 1000 times apart are in two units. */
const WHOLE_OVER_WHOLE = new D(1000);
/** 10亿元 of “三公”经费 in 万元: more than any department spends (the central departments' together ~40亿元). */
const THREE_PUBLIC_MAX = new D(100_000);
/** 5000亿元 in 万元: more than any department's budget, spending or assets. */
const ANY_MAX = new D(50_000_000);
/** A reference the clerk would bind (the command line's default floor). */
const REFERENCE_CONFIDENCE = 0.8;
const TEN_THOUSAND = new D(10_000);

type Figures = ReadonlyMap<string, Decimal>;

/** The figures that bound others: sure, unambiguous, positive money proposals, in 万元 as read. */
function referencesOf(proposals: readonly Proposal[]): Map<string, Decimal> {
  const refs = new Map<string, Decimal>();
  for (const p of proposals) {
    if (!BOUNDED.has(p.name) || p.alternatives.length > 0 || p.confidence < REFERENCE_CONFIDENCE) continue;
    const v = new D(p.value);
    if (v.gt(0)) refs.set(p.name, v);
  }
  return refs;
}

function maxOf(refs: Figures, names: readonly string[], except?: string): Decimal | undefined {
  let max: Decimal | undefined;
  for (const n of names) {
    const v = n === except ? undefined : refs.get(n);
    if (v && (!max || v.gt(max))) max = v;
  }
  return max;
}

/** True when `v` (万元 as read) is beyond `bound` × `factor` while its 元 reading is within it. */
function breaks(v: Decimal, bound: Decimal | undefined, factor: Decimal): boolean {
  if (!bound) return false;
  const limit = bound.times(factor);
  return v.gt(limit) && v.div(TEN_THOUSAND).lte(limit);
}

/** Whether the figure of `name`, read as 万元 = `v`, is in 元 by the workbook's own bounds. */
function inYuan(name: string, v: Decimal, refs: Figures): boolean {
  if (v.gt(ANY_MAX)) return true;
  if (THREE_PUBLIC.includes(name) && v.gt(THREE_PUBLIC_MAX)) return true;
  if (WHOLES.includes(name)) return breaks(v, maxOf(refs, WHOLES, name), WHOLE_OVER_WHOLE);
  const whole = maxOf(refs, WHOLES);
  if (PARTS_OF_WHOLE.includes(name)) return breaks(v, whole, PART_OVER_WHOLE);
  if (STOCK.includes(name)) return breaks(v, whole, STOCK_OVER_WHOLE);
  if (name === ASSET_TOTAL) return breaks(v, whole, ASSETS_OVER_WHOLE);
  if (ASSET_PARTS.includes(name))
    return breaks(v, refs.get(ASSET_TOTAL), PART_OVER_WHOLE) || breaks(v, whole, ASSETS_OVER_WHOLE);
  return false;
}

function readAsYuan<C extends Candidate>(c: C): C {
  const warnings = [...(c.warnings ?? []), 'unitByScale' as const];
  return {
    ...c,
    value: new D(c.value).div(TEN_THOUSAND).toFixed(),
    sourceUnit: '元',
    unitAssumed: false,
    warnings,
    confidence: Math.round(afterWarnings(c.confidence, ['unitByScale']) * 100) / 100,
  };
}

function checked<C extends Candidate>(c: C, refs: Figures): C {
  return c.unitAssumed && BOUNDED.has(c.name) && inYuan(c.name, new D(c.value), refs) ? readAsYuan(c) : c;
}

/**
 * The proposals with every assumed-万元 figure that the workbook's other figures show to be in 元
 * read as 元. Wholes are checked first, so that the parts are bounded by wholes already read right.
 */
export function readUnitsByScale(proposals: readonly Proposal[]): Proposal[] {
  const refs = referencesOf(proposals);
  const check = (p: Proposal): Proposal => {
    const top = checked(p, refs);
    const alternatives = p.alternatives.map((a) => checked(a, refs)).filter((a) => a.value !== top.value);
    return top === p && alternatives.length === p.alternatives.length ? p : { ...top, alternatives };
  };
  const wholesDone = proposals.map((p) => (WHOLES.includes(p.name) ? check(p) : p));
  const wholeRefs = referencesOf(wholesDone);
  for (const n of WHOLES) {
    const v = wholeRefs.get(n);
    if (v) refs.set(n, v);
    else refs.delete(n);
  }
  // The total assets are checked before their items, for the same reason.
  const totalDone = wholesDone.map((p) => (p.name === ASSET_TOTAL ? check(p) : p));
  const total = referencesOf(totalDone).get(ASSET_TOTAL);
  if (total) refs.set(ASSET_TOTAL, total);
  else refs.delete(ASSET_TOTAL);
  return totalDone.map((p) => (WHOLES.includes(p.name) || p.name === ASSET_TOTAL ? p : check(p)));
}
