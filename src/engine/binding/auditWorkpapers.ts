/**
 * An audit firm's working papers (审定表): each line is read across 账面数 / 未审数 | 审计调整
 * (借方 | 贷方, or one signed 调整数) | 审定数, sometimes with the year before's 审定数 at the left,
 * and a 核实表 of staff reads 单位提供数 | 核实数 | 差异. Only the audited column is the year's
 * figure: the book figure is what the audit corrected, the adjustment and the difference are
 * changes, the year before's 审定数 is another year. A row label that names an input (资产合计)
 * must therefore not take the nearest figure at its right, which is the book figure.
 *
 * The 审计调整分录汇总表 beside those papers lists one entry per adjusted line (借方科目 | 贷方科目 |
 * 金额): its amounts are adjustments, never a line's figure, even where its 摘要 or 影响报表项目
 * names the line.
 */
import { normaliseLabel, unitLineUnit, type MoneyUnit } from './normalise';

/** Words of the audited column's heading: 审定数, 审定金额, 期末审定数, 核实数 …. */
const AUDITED_WORDS = ['审定', '核实'];
/** An audited heading of another year or of the period's opening: not the year's figure. */
const OTHER_PERIOD_WORDS = ['上年', '上期', '期初', '年初', '以前年度'];

/**
 * Headings of the columns of an audit paper that are not the audited figure: the book figure
 * before the audit, the adjustment and the difference. Compared as normalised keys.
 */
const NOT_AUDITED_HEADINGS = new Set(
  [
    '账面数',
    '账面金额',
    '账面余额',
    '账面值',
    '未审数',
    '未审金额',
    '审计前金额',
    '审前数',
    '报表数',
    '单位提供数',
    '单位报送数',
    '调整数',
    '调整金额',
    '调整金额（+/-）',
    '调整金额(+/-)',
    '审计调整',
    '审计调整数',
    '审计调整金额',
    '借方',
    '贷方',
    '调增',
    '调减',
    '差异',
    '差异数',
    '差额',
  ].map(normaliseLabel),
);

/** Whether a heading key names the audited figure of the year (审定数, 期末审定数, 核实数). */
function isAuditedHeading(key: string): boolean {
  return AUDITED_WORDS.some((w) => key.includes(w)) && !OTHER_PERIOD_WORDS.some((w) => key.includes(w));
}

/** Whether a heading key is an audited figure of the year before or of the opening (上年审定数). */
function isOtherPeriodAudited(key: string): boolean {
  return AUDITED_WORDS.some((w) => key.includes(w)) && OTHER_PERIOD_WORDS.some((w) => key.includes(w));
}

/**
 * Whether a cell whose own headings are `headingKeys` can only be a not-audited column of an audit
 * paper: a book figure, an adjustment, a difference or the year before's 审定数. Cheap: it reads
 * only the cell's headings; `headingRowsText` (the keys of every heading row of the table, joined)
 * is asked for only when one of them is such a heading, to see that the table has an audited column.
 */
export function isNotAuditedColumn(headingKeys: readonly string[], headingRowsText: () => string): boolean {
  if (headingKeys.some(isAuditedHeading)) return false;
  if (headingKeys.some(isOtherPeriodAudited)) return true;
  if (!headingKeys.some((k) => NOT_AUDITED_HEADINGS.has(k))) return false;
  return headingRowsText()
    .split('|')
    .some((k) => isAuditedHeading(k));
}

const DEBIT_ACCOUNT = normaliseLabel('借方科目');
const CREDIT_ACCOUNT = normaliseLabel('贷方科目');

/**
 * Whether a heading row (keys joined by '|') is that of a list of journal entries (借方科目 |
 * 贷方科目 | 金额): each amount is one entry's, not a balance or a line's figure.
 */
export function isJournalEntryList(headingRow: string): boolean {
  const keys = headingRow.split('|');
  return keys.includes(DEBIT_ACCOUNT) && keys.includes(CREDIT_ACCOUNT);
}

/** The head block of a working paper names the audited unit and the paper's index or preparer. */
const HEAD_UNIT_WORDS = ['被审计单位'];
const HEAD_PAPER_WORDS = ['索引号', '编制人', '复核人', '底稿编号'];
/** How far down a paper's head block reaches. */
const HEAD_ROWS = 8;

/** What auditPaperUnit reads of a sheet. */
export interface PaperSheet {
  rows: number;
  cols: number;
  textAt(r: number, c: number): string | undefined;
}

/**
 * The unit of a working paper's head block (被审计单位 … | 索引号 … over 单位：元), undefined when
 * the sheet is no working paper or its head states none. A paper states its unit once, in the head,
 * for every table on it (支出, “三公”, 资产 one below another, each closed by its 审计说明 line): a
 * lower table without a unit line of its own is in the head's unit, not in an assumed 万元.
 */
export function auditPaperUnit(sheet: PaperSheet): MoneyUnit | undefined {
  let paper = false;
  let auditee = false;
  let unit: MoneyUnit | undefined;
  for (let r = 0; r < Math.min(sheet.rows, HEAD_ROWS); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const t = sheet.textAt(r, c);
      if (t === undefined) continue;
      if (HEAD_UNIT_WORDS.some((w) => t.includes(w))) auditee = true;
      if (HEAD_PAPER_WORDS.some((w) => t.includes(w))) paper = true;
      const u = unitLineUnit(t);
      if (u !== undefined) {
        // Two different units in the head: it cannot be told which table each is for.
        if (unit !== undefined && unit !== u) return undefined;
        unit = u;
      }
    }
  }
  return paper && auditee ? unit : undefined;
}

/** The audited column of a working paper: the year's figure of each line. */
export const AUDITED_COLS = ['审定数', '审定金额', '本年审定数', '期末审定数', '审定后金额', '审计后金额'];
/**
 * Words one of which an audit paper's heading row holds beside its 审定数 (账面数, 未审数, 审计调整):
 * they tell a working paper from a 预算评审 table, whose 审定数 is the budget a review approved.
 */
export const AUDIT_PAPER_COLUMNS = ['账面', '未审', '审计调整', '审计前'];
/** The whole spending's line of a 支出审定表 (never a bare 合计: an 资产审定表 has one too). */
export const AUDITED_SPENDING_ROWS = [
  '支出合计',
  '本年支出合计',
  '支出总计',
  '支出总额',
  '本年支出总额',
  '部门支出合计',
];

/** A grid rule: `rows` under a working paper's 审定数 column (see catalog.ts). */
export function auditedColumn(rows: string[]): {
  rows: string[];
  cols: string[];
  topic: string[];
  rowLabelOnly: true;
} {
  return { rows, cols: AUDITED_COLS, topic: AUDIT_PAPER_COLUMNS, rowLabelOnly: true };
}

/**
 * Whether a cell under `headingKeys` is the audited column of an audit paper: its headings name
 * the audited figure and the table's heading rows (`headingRowsText`, asked for only then) hold
 * a book figure or an adjustment beside it. The figures between its row label and it are those
 * columns, no input's: the distance to the label says nothing there.
 */
export function isAuditedColumn(headingKeys: readonly string[], headingRowsText: () => string): boolean {
  if (!headingKeys.some(isAuditedHeading)) return false;
  return headingRowsText()
    .split('|')
    .some((k) => NOT_AUDITED_HEADINGS.has(k));
}
