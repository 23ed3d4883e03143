/**
 * A form filled in during the year (a 预算绩效运行监控表: 年初预算数 | 调整后预算数 | 1-8月执行数 |
 * 执行进度 | 全年预计执行数): its head names an execution to a month before December. Its
 * 调整后 / 全年预算数 is the budget as adjusted so far, not the year's adjusted budget the
 * evaluation asks for, which is known only when the year is closed (决算).
 */

/** The month a head's execution runs to: 1-8月执行数, 1至6月, 截至9月末, 8月末. */
const TO_MONTH = [
  /(?:^|[^\d])1\s*[-－—–~～至到]\s*(\d{1,2})\s*月/,
  /截[至止]\s*(\d{1,2})\s*月/,
  /(?:^|[^\d年])(\d{1,2})\s*月末/,
];

/** A head text naming a period that ends before December. */
export function namesPartOfYear(text: string): boolean {
  const t = text.normalize('NFKC');
  for (const re of TO_MONTH) {
    const m = re.exec(t);
    if (m && Number(m[1]) >= 1 && Number(m[1]) < 12) return true;
  }
  return false;
}

/** Inputs a mid-year form cannot hold: the year's adjusted budget. */
const YEAR_END_INPUTS = new Set(['PE_BudgetAdjusted']);

/**
 * Whether `input` is refused in a table whose head row is mid-year. The head is asked only for the
 * inputs a mid-year form cannot hold, so the many other candidates never read it.
 */
export function refusedInMidYearForm(input: string, headIsMidYear: () => boolean): boolean {
  return YEAR_END_INPUTS.has(input) && headIsMidYear();
}
