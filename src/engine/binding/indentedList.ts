/**
 * A list whose hierarchy is shown only by leading spaces in the label cell (a 决算快报 kept as
 * one column of lines: “三公”经费 / ␣␣预算数 / ␣␣实际支出 / ␣␣␣␣公务接待费), with no 一、 / （一）
 * numbering. There a line's meaning includes its parent line, the nearest less-indented line
 * above: a bare figure word (实际支出, 决算数, 合计, 预算数) under “三公”经费 is the “三公”
 * figure, never the department's whole spending the same word names on a line of its own.
 */
import { normaliseLabel } from './normalise';

/** Figure words that name no subject of their own: on an indented line, the parent is the subject. */
const BARE_FIGURE_WORDS = new Set(
  [
    '合计',
    '小计',
    '总计',
    '实际支出',
    '支出数',
    '支出',
    '决算数',
    '实际数',
    '实际',
    '执行数',
    '预算数',
    '预算',
    '年初预算数',
    '年初预算',
    '调整后预算数',
    '调整后预算',
    '金额',
  ].map(normaliseLabel),
);

/**
 * The depth of a label's leading white space: an ASCII space counts one, a full-width space
 * (U+3000, what a Chinese IME types) two, a tab four, as each looks in a cell.
 */
export function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\u00a0') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** What the rule needs to read a column of lines. */
export interface IndentedColumn {
  textAt(r: number, c: number): string | undefined;
  /** An empty row ends a list: a line past it is no parent. */
  rowEmpty(r: number): boolean;
}

/**
 * A single ASCII space before a label is a slip of typing, not a level: lists indent by a
 * full-width space or by two spaces and more.
 */
const MIN_INDENT = 2;

/** White space on both sides (␣调整后预算数␣) centres a label in its cell: padding, not a level. */
function isPadded(raw: string): boolean {
  return /[ \u00a0\u3000\t]$/.test(raw);
}

/** How far up the parent line may be (a 决算快报's list stays within one screen or two). */
const MAX_PARENT_DISTANCE = 40;

/**
 * The parent line of the label at (r, c): the nearest line above in the same column with less
 * leading white space, within the same block of rows. Undefined when the label is not indented,
 * or no such line stands above it before an empty row.
 */
export function indentParent(
  sheet: IndentedColumn,
  r: number,
  c: number,
): { key: string; row: number } | undefined {
  const own = sheet.textAt(r, c);
  if (own === undefined) return undefined;
  const depth = indentOf(own);
  if (depth < MIN_INDENT || isPadded(own)) return undefined;
  for (let i = r - 1; i >= 0 && r - i <= MAX_PARENT_DISTANCE; i--) {
    if (sheet.rowEmpty(i)) return undefined;
    const t = sheet.textAt(i, c);
    if (t === undefined || t.trim() === '') continue;
    if (indentOf(t) < depth) return { key: normaliseLabel(t), row: i };
  }
  return undefined;
}

/**
 * Whether a rule's reading of the indented label at (r, c) is refused because the label is a
 * bare figure word whose parent line names another input's figure (“三公”经费, 公用经费) and not
 * this rule's: the line is that parent's figure.
 */
export function refusedByIndentParent(
  sheet: IndentedColumn,
  r: number,
  c: number,
  ownKeys: ReadonlySet<string>,
  otherKeys: ReadonlySet<string>,
): boolean {
  const own = sheet.textAt(r, c);
  if (own === undefined || !BARE_FIGURE_WORDS.has(normaliseLabel(own))) return false;
  const parent = indentParent(sheet, r, c);
  if (!parent || ownKeys.has(parent.key)) return false;
  return otherKeys.has(parent.key);
}
