/**
 * The year-end reports an accounting package (用友 GRP, 金蝶 政务版 and the like) prints under
 * 政府会计制度 and saves to Excel. Each sheet opens with the package's head block — the report's
 * title, its form number (会政预01表) on the right, 编制单位 | 2023年12月 (or 年度) | 单位：元 —
 * then a 项目 | 行次 | figures table, and closes with signature lines. The forms are fixed by the
 * 制度, so they are read as a clerk reads them, by the form:
 *
 * - 预算收入支出表 (会政预01表): 项目 | 行次 | 本月数 | 本年累计数 (the December run) or 本年数 |
 *   上年数 (the annual run). The 二、本年预算支出 line in the year's column (本年累计数 / 本年数) is
 *   the year's spending; 本月数 is December alone and 上年数 last year's, never the year's figure.
 *   Its parts (行政支出, 事业支出, 其他支出) are kinds of 支出, not the whole.
 * - 财政拨款预算收入支出表 (会政预03表): 年初财政拨款结转结余 | 调整… | 归集调入 | 归集上缴或调出 |
 *   单位内部调剂 | 本年财政拨款收入 | 本年财政拨款支出 | 年末财政拨款结转结余, by 一般公共预算 →
 *   基本支出 (人员经费, 日常公用经费) / 项目支出 and 政府性基金, 总计 last. The 总计 line's balances
 *   are the 财政存量资金 at the start (last year's end) and the end of the year, but only where a
 *   balance stands whole in one column: split into 结转 | 结余 no cell holds it. The 日常公用经费
 *   line's 本年财政拨款支出 is the 公用经费 spent. The table's 支出 total is the year's spending
 *   only when no other funds paid a part, which this table cannot tell: it is left to the 01表.
 * - 收入费用表 (会政财02表) and the other 财务 reports: accrual 费用, never the budget spending —
 *   nothing is read from them.
 *
 * The generic label reader refuses these cells on purpose (预算 in 本年预算支出 marks a budget,
 * 结转 / 结余 a part of a balance): the form, recognised by its title or form number, is what
 * makes them the figures.
 */
import { fromNumber } from '../decimal';
import { cellAddress } from './grid';
import type { Candidate } from './match';
import type { LedgerSheet } from './ledgers';
import { announcedUnit, normaliseLabel, type MoneyUnit } from './normalise';
import { afterWarnings } from './warnings';

/** What the reader of one sheet offers this module (the same as the ledgers'). */
export type ReportSheet = LedgerSheet;

type Form = 'budget' | 'fiscal' | 'accrual';

/** Titles and form numbers, most specific first (财政拨款预算收入支出表 holds 预算收入支出表). */
const FORMS: ReadonlyArray<{ form: Form; words: RegExp }> = [
  { form: 'fiscal', words: /财政拨款预算收入支出表|会政预0?3/ },
  { form: 'budget', words: /预算收入支出表|预算收支表|会政预0?1/ },
  { form: 'accrual', words: /收入费用表|会政财\d|资产负债表|净资产变动表|现金流量表/ },
];

/** How far down the head block may reach before the table's heading row. */
const MAX_HEAD_ROWS = 8;
/** The heading of the label column of every such form. */
const LABEL_HEADING = normaliseLabel('项目');

/** The year's column of a 预算收入支出表; 本月数 and 上年数 are refused by being absent. */
const YEAR_COLUMNS = new Set(
  ['本年累计数', '本年数', '本年累计', '本年累计金额', '本年金额'].map(normaliseLabel),
);
const SPENDING_LINES = new Set(['本年预算支出', '本年预算支出合计', '预算支出合计'].map(normaliseLabel));

const OPENING_BALANCE = normaliseLabel('年初财政拨款结转结余');
const CLOSING_BALANCE = normaliseLabel('年末财政拨款结转结余');
const FISCAL_SPENDING = normaliseLabel('本年财政拨款支出');
const GRAND_TOTALS = [normaliseLabel('总计'), normaliseLabel('合计')];
const PUBLIC_FUNDS_LINES = new Set(['日常公用经费', '公用经费'].map(normaliseLabel));

const CONFIDENCE = 0.9;

interface Table {
  form: Form;
  /** The first heading row (its label column reads 项目). */
  head: number;
  /** The first row of figures. */
  body: number;
  unit: MoneyUnit | undefined;
}

function keyAt(sheet: ReportSheet, r: number, c: number): string {
  const t = sheet.textAt(r, c);
  return t === undefined ? '' : normaliseLabel(t);
}

function hasNumber(sheet: ReportSheet, r: number): boolean {
  for (let c = 0; c < sheet.cols; c++) if (sheet.numberAt(r, c) !== undefined) return true;
  return false;
}

/** The form of the report the sheet opens with, its heading rows and its unit; undefined for none. */
function findTable(sheet: ReportSheet): Table | undefined {
  let form: Form | undefined;
  let unit: MoneyUnit | undefined;
  const last = Math.min(sheet.rows, MAX_HEAD_ROWS);
  for (let r = 0; r < last; r++) {
    if (keyAt(sheet, r, 0) === LABEL_HEADING) {
      // The heading block runs down to the first row with a figure (a two-row head: 结转 | 结余).
      let body = r + 1;
      while (body < sheet.rows && body <= r + 3 && !hasNumber(sheet, body)) body++;
      if (!form || body >= sheet.rows || !hasNumber(sheet, body)) return undefined;
      return { form, head: r, body, unit: unit ?? sheet.unitAbove(r) };
    }
    for (let c = 0; c < sheet.cols; c++) {
      const t = sheet.textAt(r, c);
      if (t === undefined) continue;
      const s = t.normalize('NFKC').replace(/\s+/g, '');
      if (!form) form = FORMS.find((f) => f.words.test(s))?.form;
      unit ??= announcedUnit(s);
    }
  }
  return undefined;
}

/** The column whose lowest heading (the row just above the figures) is one of `keys`; -1 if not one. */
function columnOf(sheet: ReportSheet, t: Table, keys: ReadonlySet<string>): number {
  const found: number[] = [];
  for (let c = 1; c < sheet.cols; c++) if (keys.has(keyAt(sheet, t.body - 1, c))) found.push(c);
  return found.length === 1 ? found[0] : -1;
}

/** The one row of the table whose label is one of `keys`; -1 for none or several. */
function rowOf(sheet: ReportSheet, t: Table, keys: ReadonlySet<string>): number {
  const found: number[] = [];
  for (let r = t.body; r < sheet.rows; r++) if (keys.has(keyAt(sheet, r, 0))) found.push(r);
  return found.length === 1 ? found[0] : -1;
}

/** The grand total line: the last 总计, else the one 合计. */
function grandTotalRow(sheet: ReportSheet, t: Table): number {
  for (const key of GRAND_TOTALS) {
    const rows: number[] = [];
    for (let r = t.body; r < sheet.rows; r++) if (keyAt(sheet, r, 0) === key) rows.push(r);
    if (rows.length === 1 || (key === GRAND_TOTALS[0] && rows.length > 0)) return rows[rows.length - 1];
    if (rows.length > 1) return -1;
  }
  return -1;
}

/** Candidates for the inputs in `names` that the accounting package's reports on this sheet hold. */
export function accountingReportCandidates(names: ReadonlySet<string>, sheet: ReportSheet): Candidate[] {
  const t = findTable(sheet);
  if (!t || t.form === 'accrual') return [];
  const out: Candidate[] = [];
  const push = (name: string, r: number, c: number): void => {
    if (r < 0 || c < 0 || !names.has(name)) return;
    const v = sheet.numberAt(r, c);
    if (v === undefined) return;
    const d = fromNumber(v);
    const warnings = [...sheet.warnings];
    out.push({
      name,
      sheet: sheet.name,
      row: r,
      col: c,
      address: cellAddress(sheet.name, r, c),
      label: [(sheet.textAt(r, 0) ?? '').trim(), (sheet.textAt(t.body - 1, c) ?? '').trim()].join(' × '),
      labelAddress: cellAddress(sheet.name, r, 0),
      value: t.unit === '元' ? d.div(10000).toFixed() : d.toFixed(),
      raw: v,
      sourceUnit: t.unit === '元' ? '元' : '万元',
      unitAssumed: t.unit === undefined,
      confidence: afterWarnings(CONFIDENCE, warnings),
      how: 'table',
      ...(warnings.length > 0 ? { warnings } : {}),
    });
  };
  if (t.form === 'budget') {
    push('PE_Expenditure', rowOf(sheet, t, SPENDING_LINES), columnOf(sheet, t, YEAR_COLUMNS));
    return out;
  }
  // A balance split into 结转 | 结余 has those words as its lowest headings: no column is found.
  const total = grandTotalRow(sheet, t);
  push('PE_StockFundsPriorEnd', total, columnOf(sheet, t, new Set([OPENING_BALANCE])));
  push('PE_StockFundsEnd', total, columnOf(sheet, t, new Set([CLOSING_BALANCE])));
  push(
    'PE_PublicFundsActual',
    rowOf(sheet, t, PUBLIC_FUNDS_LINES),
    columnOf(sheet, t, new Set([FISCAL_SPENDING])),
  );
  return out;
}
