/**
 * What a proposal asks the clerk to look at twice, and what it costs in confidence.
 *
 * Hidden sheets are searched, not skipped: budget workbooks often keep their source tables on a
 * hidden 基础数据 sheet, and ignoring it would send the clerk typing figures the workbook holds.
 * Nor are they used silently: a hidden sheet may as well be last year's copy kept out of sight.
 * So a figure from one is proposed with a warning and less confidence; a visible sheet's figure
 * of similar standing wins. A 'veryHidden' sheet (only a macro or add-in can show it again, the
 * clerk cannot even see it to check) costs enough that `bind` at its default 0.8 never binds from
 * it on its own; the pane lists it unticked, and binds it only when the clerk ticks it.
 */
import type { SheetVisibility } from './grid';

export type BindingWarning =
  /** The figure is a number stored as text (the green triangle): 数值 reads it with VALUE(). */
  | 'numberAsText'
  /** The figure is on a hidden sheet. */
  | 'hiddenSheet'
  /** The figure is on a very hidden sheet. */
  | 'veryHiddenSheet'
  /** The figure is inside a text (label and value in one cell, full-width digits): 数值 holds a copy. */
  | 'notLinked'
  /**
   * The table states no unit and the figure is far too large for 万元 beside the workbook's other
   * figures (a “三公” spending above the whole budget): read as 元 (unitByScale.ts).
   */
  | 'unitByScale';

/** Confidence taken off for each warning. */
export const WARNING_COST: Readonly<Record<BindingWarning, number>> = {
  numberAsText: 0.05,
  hiddenSheet: 0.08,
  veryHiddenSheet: 0.2,
  notLinked: 0,
  unitByScale: 0.05,
};

/** The warning a sheet's visibility gives every figure on it. */
export function sheetWarning(visibility: SheetVisibility | undefined): BindingWarning | undefined {
  if (visibility === 'hidden') return 'hiddenSheet';
  if (visibility === 'veryHidden') return 'veryHiddenSheet';
  return undefined;
}

/** Confidence after the warnings' costs, never below 0. */
export function afterWarnings(confidence: number, warnings: readonly BindingWarning[]): number {
  return Math.max(
    0,
    warnings.reduce((c, w) => c - WARNING_COST[w], confidence),
  );
}
