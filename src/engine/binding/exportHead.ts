/**
 * The head block of a 预算管理一体化 system's export (and of reports other finance systems print):
 * over the column heads stand lines that say when and how the table was drawn (导出时间：2024-01-26
 * 11:00, 打印日期：…, 查询条件：预算年度=2024；单位=…, 制表人：…). Such a line is no title: the
 * table's title and its 金额单位 line stand above it, and reading it as the title would cut off
 * that unit (a 元 table read as 万元).
 */

/** The words that open an export's metadata line, before its colon. */
const META_LINE =
  /^(?:导出|打印|制表|生成|查询|下载|输出|报送)(?:时间|日期|人|条件|用户|操作员)[:：]|^(?:操作员|经办人)[:：]/;

/** Whether `text` (as typed, any width) is an export's metadata line rather than a title. */
export function isExportMetaLine(text: string): boolean {
  return META_LINE.test(text.normalize('NFKC').replace(/\s/g, ''));
}

/** 查询条件：预算年度=2024；单位=某局 — the filter the export was drawn with, as label = value pairs. */
const QUERY_LINE = /^\s*查询条件\s*[:：]\s*/;

/**
 * The label = value pairs of an export's 查询条件 line (预算年度=2024 states the year the whole
 * export is of), in the order written; undefined when `text` is no such line.
 */
export function queryConditionSplits(text: string): Array<{ label: string; value: string }> | undefined {
  const head = QUERY_LINE.exec(text);
  if (!head) return undefined;
  const out: Array<{ label: string; value: string }> = [];
  for (const part of text.slice(head[0].length).split(/[;；,，]|\s{2,}|\u3000/)) {
    const eq = part.search(/[=＝]/);
    if (eq <= 0) continue;
    const label = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (label !== '' && value !== '') out.push({ label, value });
  }
  return out;
}

/**
 * The funding sources a 预算管理一体化 summary splits a year's budget into (2024年预算数 over 合计 |
 * 一般公共预算拨款 | 政府性基金预算拨款 | 财政专户管理资金 | 单位资金).
 */
const FUNDING_SOURCES = ['一般公共预算', '政府性基金', '国有资本经营', '财政专户', '单位资金', '其他资金'];
const WHOLE_COLUMNS = new Set(['合计', '小计', '总计']);

/**
 * Whether a cell whose column headings are `headings` (its own, lowest heading first) is one
 * funding source's share of a group that its heading row (`headingRow`, keys joined by '|') also
 * totals in a 合计 column: the clerk points at that 合计, never at a source beside it.
 */
export function isSourceShareBesideTotal(
  headings: ReadonlyArray<{ key: string }>,
  headingRow: string,
): boolean {
  if (headings.length < 2) return false;
  const own = headings[0].key;
  if (WHOLE_COLUMNS.has(own) || !FUNDING_SOURCES.some((w) => own.includes(w))) return false;
  return headingRow.split('|').some((k) => WHOLE_COLUMNS.has(k));
}

/**
 * The 支出预算明细 of a 预算管理一体化 export: one line per 功能 × 经济 pair across 合计 | 基本支出
 * (人员经费 | 公用经费) | 项目支出, its 合计 line (on top or at the bottom) the department's budget.
 * Read only in a table the title or sheet calls the department's (部门预算 / 支出预算明细), never in a
 * 财政拨款 or 一般公共预算 table of a 预算公开, whose 合计 is one source's part, and only where the
 * heading row splits the 合计 into 基本支出 and 项目支出.
 */
export const DETAIL_TOTAL_COLS = ['合计'];
export const DETAIL_TOPIC = ['部门预算', '部门支出预算', '支出预算明细'];
export const DETAIL_NOT_TOPIC = [
  '决算',
  '执行',
  '财政拨款',
  '一般公共预算',
  '政府性基金',
  '国有资本',
  '三公',
  '采购',
];
export const DETAIL_WITH_COLS = ['基本支出', '项目支出'];
/** A flat head of the same table names the sub-column with its group: 基本支出-公用经费. */
export const DETAIL_PUBLIC_FUNDS_COLS = ['基本支出-公用经费', '基本支出—公用经费', '基本支出_公用经费'];

/** The rows of a “三公” 申报表: what the department declares for this year's budget. */
export const THREE_PUBLIC_DECLARED_COLS = ['本年申报数', '申报数', '本年申报'];
