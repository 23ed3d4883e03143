/**
 * Ledgers kept by month: a 乡镇 / 街道 财政所's 收支台账 (流水账, 现金日记账), its 指标台账 and its
 * “三公” 台账. Each is a list of dated entries (日期 or 月 | 日, 凭证号 / 文号, 摘要, figures) closed
 * month by month by a 本月合计 line and a 本年累计 line, sometimes a 全年合计 line at the end.
 *
 * Every month closes with the same words, so the label reader cannot tell the year's line from
 * the eleven before it: here the ledger is read as a clerk reads it. Only the year's line answers
 * — the 全年合计 (本年合计) line, or the last 本年累计 of the ledger, the one no dated entry
 * follows (the latest month the book holds: a “三公” 台账 has lines only for months with
 * entries) — and every 本月合计 and every earlier 本年累计 is one month's or a part of the year.
 *
 * What each kind of ledger answers, by its columns:
 * - 收入 | 支出 | 余额 (a 收支台账): the year's 支出 is the year's spending;
 * - 下达 | 使用 | 结余 (a 指标台账): the line of the 年初 指标 is the initial budget, the year's
 *   下达 the adjusted budget (年初 plus every 追加), the year's 使用 the spending again;
 * - 类别 | 金额 in a “三公” 台账: the year's 金额 is the “三公” spending, and a 预算控制数 line
 *   above the entries is the “三公” budget.
 * The 余额 / 结余 columns answer nothing: a book's balance is the account's money, not the
 * 财政存量资金 statistic.
 */
import { fromNumber } from '../decimal';
import { cellAddress } from './grid';
import type { Candidate } from './match';
import { announcedUnit, normaliseLabel, type MoneyUnit } from './normalise';
import { afterWarnings, type BindingWarning } from './warnings';

/** What the reader of one sheet offers this module. */
export interface LedgerSheet {
  name: string;
  rows: number;
  cols: number;
  /** Text shown at (r, c), merged text included; undefined for none. */
  textAt(r: number, c: number): string | undefined;
  /** The number at (r, c) when the cell holds one. */
  numberAt(r: number, c: number): number | undefined;
  /** The sheet name and table title above row r, normalised. */
  topic(r: number): string;
  /** The money unit the table announces above row r (单位：元), if any. */
  unitAbove(r: number): MoneyUnit | undefined;
  warnings: BindingWarning[];
}

/** The 摘要 column's heading: what marks a ledger's heading row. */
const TEXT_HEADINGS = new Set(['摘要', '摘 要', '事由', '内容摘要'].map(normaliseLabel));
const DATE_HEADINGS = new Set(['日期', '年', '日', '月', '记账日期', '凭证日期', '时间'].map(normaliseLabel));
/** Column headings by role (normalised keys, units dropped). */
const ROLE_HEADINGS: Record<Role, readonly string[]> = {
  income: ['收入', '收入金额', '收入数', '收款'],
  spending: ['支出', '支出金额', '付出', '付款'],
  balance: ['余额', '结余', '结存'],
  issued: ['指标下达', '下达数', '下达指标', '下达金额', '指标数', '指标金额', '下达'],
  used: ['指标使用', '使用数', '已用指标', '使用指标', '支出数', '指标支出', '使用金额'],
  left: ['指标结余', '可用余额', '指标余额', '可用指标', '结余数'],
  kind: ['类别', '类型', '经费类别', '支出类别', '项目类别'],
  amount: ['金额', '支出金额', '发生额'],
};
type Role = 'income' | 'spending' | 'balance' | 'issued' | 'used' | 'left' | 'kind' | 'amount';

/** A line that closes one month: one month's figures. */
const MONTH_LINES = new Set(['本月合计', '本月小计', '本月发生额', '月计', '本月累计'].map(normaliseLabel));
/** A line that closes a month with the year so far. */
const RUNNING_LINES = new Set(
  ['本年累计', '本年累计数', '累计', '年累计', '本年累计发生额'].map(normaliseLabel),
);
/** A line that closes the year. */
const YEAR_LINES = new Set(
  ['全年合计', '本年合计', '全年累计', '年度合计', '全年总计', '本年总计'].map(normaliseLabel),
);
/** A bare total: the year's line only as the ledger's last line (a 指标台账 closed by 合计). */
const BARE_TOTALS = new Set(['合计', '总计'].map(normaliseLabel));

/** The “三公” budget line above the entries: the year's control figure. */
const TP_BUDGET = /预算控制数|控制数|全年预算|年度预算|预算数/;
/** The 年初 指标 line of a 指标台账 (年初预算, 下达2023年年初预算指标, 年初部门预算批复). */
const INITIAL_QUOTA = /年初/;
/** Lines that carry a balance, never a figure of the year (上年结转, 期初余额, 结转下年). */
const CARRY = /结转|余额|结余|期初|期末/;

const CONFIDENCE = {
  /** The 全年合计 line, or the last 本年累计 in December. */
  year: 0.9,
  /** The last 本年累计 of a book whose latest month is not December (or says no month). */
  lastRunning: 0.86,
  /** A 指标台账's 使用 for the spending: a second reading of what the 收支台账 states. */
  quotaUse: 0.84,
  /** A 指标台账's 年初 line, a “三公” 台账's control figure: a line named for the figure. */
  namedLine: 0.88,
};

interface Ledger {
  head: number;
  /** First and last row of the body. */
  top: number;
  bottom: number;
  textCol: number;
  dateCols: number[];
  /** The 月 column of 年 | 月 | 日 (or 月 | 日) typed as numbers, if any. */
  monthCol: number | undefined;
  roles: Partial<Record<Role, number>>;
  unit: MoneyUnit | undefined;
}

/** The role a figure column's heading names (the first that names it: 支出金额 is 支出 in a 收支台账). */
function roleOf(key: string): Role | undefined {
  return (Object.keys(ROLE_HEADINGS) as Role[]).find((role) => ROLE_HEADINGS[role].includes(key));
}

/** The ledgers of one sheet: heading rows with a 摘要 column and figure columns named by role. */
function findLedgers(sheet: LedgerSheet): Ledger[] {
  const heads: { row: number; textCol: number }[] = [];
  for (let r = 0; r < sheet.rows; r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const t = sheet.textAt(r, c);
      // Most cells of a sheet are no 摘要: a cheap look at the text before normalising it.
      if (t === undefined || t.length > 12 || !/[摘事内]/.test(t) || !TEXT_HEADINGS.has(normaliseLabel(t)))
        continue;
      // A merged 摘要 over two heading rows shows in both: the ledger's heading is its top.
      if (heads.some((h) => h.textCol === c && h.row === r - 1)) continue;
      heads.push({ row: r, textCol: c });
      break;
    }
  }
  const out: Ledger[] = [];
  heads.forEach((h, i) => {
    const roles: Partial<Record<Role, number>> = {};
    const dateCols: number[] = [];
    let monthCol: number | undefined;
    // The heading spans two rows when 月 | 日 stand under a merged year (2023年 over 月 | 日).
    let twoRows = false;
    for (let c = 0; c < h.textCol; c++) {
      const own = sheet.textAt(h.row, c);
      const below = sheet.textAt(h.row + 1, c);
      const belowIsDate = below !== undefined && below !== own && DATE_HEADINGS.has(normaliseLabel(below));
      if (belowIsDate) twoRows = true;
      if (belowIsDate || (own !== undefined && DATE_HEADINGS.has(normaliseLabel(own)))) dateCols.push(c);
      if (normaliseLabel((belowIsDate ? below : own) ?? '') === '月') monthCol = c;
    }
    for (let c = h.textCol + 1; c < sheet.cols; c++) {
      const own = sheet.textAt(h.row, c);
      const role = own === undefined ? undefined : roleOf(normaliseLabel(own));
      if (role !== undefined && roles[role] === undefined) roles[role] = c;
    }
    const lastHeadRow = twoRows ? h.row + 1 : h.row;
    const unitCols = Object.values(roles).map((c) => sheet.textAt(h.row, c) ?? '');
    const unit = unitCols.map((t) => announcedUnit(t)).find((u) => u !== undefined) ?? sheet.unitAbove(h.row);
    out.push({
      head: h.row,
      top: lastHeadRow + 1,
      bottom: (heads[i + 1]?.row ?? sheet.rows) - 1,
      textCol: h.textCol,
      dateCols,
      monthCol,
      roles,
      unit,
    });
  });
  return out;
}

/** The month a ledger line is dated in: 月 as a number, a date text, or an Excel date serial. */
function monthOf(sheet: LedgerSheet, ledger: Ledger, r: number): number | undefined {
  for (const c of ledger.dateCols) {
    const n = sheet.numberAt(r, c);
    if (n !== undefined) {
      if (c === ledger.monthCol && Number.isInteger(n) && n >= 1 && n <= 12) return n;
      // A date cell as Excel stores it: days since 1899-12-30 (the years a ledger can hold).
      if (n > 20000 && n < 80000)
        return new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000).getUTCMonth() + 1;
      continue;
    }
    const t = sheet.textAt(r, c);
    if (t === undefined) continue;
    const m = /^\s*(?:19|20)\d{2}\s*[-/.年]\s*(\d{1,2})(?:\D|$)/.exec(t) ?? /^\s*(\d{1,2})\s*月/.exec(t);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return Number(m[1]);
  }
  return undefined;
}

interface Line {
  row: number;
  key: string;
  raw: string;
  month: number | undefined;
}

/** The year's lines of a ledger, with how sure each is; empty when the ledger closes no year. */
function yearLines(sheet: LedgerSheet, ledger: Ledger): { line: Line; confidence: number }[] {
  const lines: Line[] = [];
  let month: number | undefined;
  let lastEntry = -1;
  const figureCols = Object.values(ledger.roles);
  for (let r = ledger.top; r <= ledger.bottom; r++) {
    const m = monthOf(sheet, ledger, r);
    if (m !== undefined) month = m;
    const raw = sheet.textAt(r, ledger.textCol);
    const key = raw === undefined ? '' : normaliseLabel(raw);
    const closing =
      MONTH_LINES.has(key) || RUNNING_LINES.has(key) || YEAR_LINES.has(key) || BARE_TOTALS.has(key);
    if (closing) lines.push({ row: r, key, raw: raw ?? '', month });
    // An entry is a line with a figure (a note under the book, 制表人：…, is none); a balance
    // carried in or out (上年结转, 结转下年) is no entry either.
    else if (!CARRY.test(key) && figureCols.some((c) => sheet.numberAt(r, c) !== undefined)) lastEntry = r;
  }
  const out: { line: Line; confidence: number }[] = [];
  for (const line of lines) {
    if (line.row < lastEntry) continue; // entries follow it: it closes a part of the year
    if (YEAR_LINES.has(line.key)) out.push({ line, confidence: CONFIDENCE.year });
  }
  const running = lines.filter((l) => RUNNING_LINES.has(l.key));
  const lastRunning = running[running.length - 1];
  if (lastRunning && lastRunning.row > lastEntry)
    out.push({
      line: lastRunning,
      confidence: lastRunning.month === 12 ? CONFIDENCE.year : CONFIDENCE.lastRunning,
    });
  // A ledger closed by a bare 合计 as its very last line: the year's when it is the ledger's only
  // 合计 (a 合计 closing every month is one month's) and the ledger is closed by month or reaches
  // December (a one-month 日记账's 合计 is that month's).
  const last = lines[lines.length - 1];
  const closedByMonth = lines.some((l) => MONTH_LINES.has(l.key) || RUNNING_LINES.has(l.key));
  const bareTotals = lines.filter((l) => BARE_TOTALS.has(l.key)).length;
  if (last && BARE_TOTALS.has(last.key) && bareTotals === 1 && last.row > lastEntry)
    if (closedByMonth || last.month === 12)
      out.push({ line: last, confidence: last.month === 12 ? CONFIDENCE.year : CONFIDENCE.lastRunning });
  return out;
}

/** Every figure a month-by-month ledger of this sheet answers. */
export function ledgerCandidates(names: ReadonlySet<string>, sheet: LedgerSheet): Candidate[] {
  const out: Candidate[] = [];
  for (const ledger of findLedgers(sheet)) {
    const roles = ledger.roles;
    const topic = sheet.topic(ledger.head);
    const isQuota = roles.issued !== undefined && (roles.used !== undefined || roles.left !== undefined);
    const isCash =
      !isQuota && roles.spending !== undefined && (roles.income !== undefined || roles.balance !== undefined);
    const isThreePublic = !isQuota && !isCash && roles.amount !== undefined && topic.includes('三公');
    if (!isQuota && !isCash && !isThreePublic) continue;
    const push = (name: string, line: Line, col: number | undefined, confidence: number): void => {
      if (col === undefined || !names.has(name)) return;
      const v = sheet.numberAt(line.row, col);
      if (v === undefined || v < 0) return;
      const c = figureOf(v, ledger.unit);
      const heading = sheet.textAt(ledger.head, col) ?? '';
      const warnings = [...sheet.warnings];
      out.push({
        name,
        sheet: sheet.name,
        row: line.row,
        col,
        address: cellAddress(sheet.name, line.row, col),
        label: [
          line.month !== undefined ? `${line.month}月 ${line.raw.trim()}` : line.raw.trim(),
          heading.trim(),
        ].join(' × '),
        labelAddress: cellAddress(sheet.name, line.row, ledger.textCol),
        value: c.value,
        raw: v,
        sourceUnit: c.sourceUnit,
        unitAssumed: ledger.unit === undefined,
        confidence: afterWarnings(confidence, warnings),
        how: 'table',
        ...(warnings.length > 0 ? { warnings } : {}),
      });
    };
    const years = yearLines(sheet, ledger);
    for (const { line, confidence } of years) {
      if (isCash) push('PE_Expenditure', line, roles.spending, confidence);
      if (isQuota) {
        push('PE_BudgetAdjusted', line, roles.issued, confidence);
        push('PE_Expenditure', line, roles.used, Math.min(confidence, CONFIDENCE.quotaUse));
      }
      if (isThreePublic) push('PE_ThreePublicActual', line, roles.amount, confidence);
    }
    // The lines named for a figure before the first month closes: the 年初 指标 (dated, as the
    // 批复 came), the “三公” control figure (above the entries). Only a line of its own answers:
    // two 年初 lines (基本支出 and 项目支出 指标) are each a part.
    const named: { name: string; line: Line; col: number | undefined }[] = [];
    for (let r = ledger.top; r <= ledger.bottom; r++) {
      const raw = sheet.textAt(r, ledger.textCol);
      if (raw === undefined) continue;
      const key = normaliseLabel(raw);
      if (MONTH_LINES.has(key) || RUNNING_LINES.has(key) || YEAR_LINES.has(key) || BARE_TOTALS.has(key))
        break;
      if (CARRY.test(key)) continue;
      const line: Line = { row: r, key, raw, month: undefined };
      if (isQuota && INITIAL_QUOTA.test(key))
        named.push({ name: 'PE_BudgetInitial', line, col: roles.issued });
      if (isThreePublic && TP_BUDGET.test(key))
        named.push({ name: 'PE_ThreePublicBudget', line, col: roles.amount });
    }
    for (const n of named)
      if (named.filter((o) => o.name === n.name).length === 1)
        push(n.name, n.line, n.col, CONFIDENCE.namedLine);
  }
  return out;
}

/** The figure in 万元, exact: a 元 book's figure divided by 10000 with the engine's Decimal. */
function figureOf(
  v: number,
  unit: MoneyUnit | undefined,
): { value: string; sourceUnit: Candidate['sourceUnit'] } {
  const d = fromNumber(v);
  return unit === '元'
    ? { value: d.div(10000).toFixed(), sourceUnit: '元' }
    : { value: d.toFixed(), sourceUnit: '万元' };
}
