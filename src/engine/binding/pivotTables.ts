/**
 * A PivotTable pasted as values, read the way its own syntax means it. Excel (and WPS, which
 * writes the same words) lays a pivot out in a fixed shape: report-filter lines on top (年度 |
 * 2023, 单位名称 | (全部)), a head row of the row fields (行标签 in the compact form, the fields'
 * own names in the tabular form) and of the value fields, each named by its aggregation and its
 * source field (求和项:年初预算数, 计数项:姓名, Sum of 支出数), the body with group subtotals
 * (on the group's own row, or on an "人员经费 汇总" row under it) and 总计 / Grand Total last.
 *
 * What follows from that syntax, and no more, is said here:
 * - a 求和项 (Sum of) field's figures are the source field's figures summed: the heading names
 *   the field (求和项:年初预算数 is 年初预算数), and 总计 is the field's whole;
 * - "X 汇总" (X Total) is the subtotal of group X: the row is X's;
 * - any other aggregation (平均值项, 最大值项 …) gives no figure an input asks for: an average's
 *   总计 is an average, not a sum;
 * - a 计数项 (Count of) field counts records. Counting a person's identifier (姓名, 身份证号,
 *   人员编号) by 人员类别 counts persons: the persons in post of each 编制 category, never posts
 *   (编制数), so a 行政编制 row counted is the 行政编制's staff in post. Its 总计 counts every row,
 *   and is the staff on the establishment (在编人数) only when every row counted is an 编制
 *   category: an 编外聘用 or 劳务派遣 row counted makes it another figure. A count of anything
 *   else (项目名称, a money field counted) is no input's figure;
 * - a pivot's rows are the items of one field: a “三公” item among other items makes no “三公”
 *   table (see mixedItems);
 * - with a column field, a row item under a column item is a part of a part; the 总计 column and
 *   the 总计 row hold the wholes (see readUnderColumnItem);
 * - a pivot over several periods (year filter (全部), years as items) adds periods up: it is
 *   not read (see severalPeriods).
 *
 * Pure: text in, readings out. match.ts asks once per figure cell and reads the answer through
 * the catalog as it reads any table (see readAsPivot there).
 */
import type { GridCell } from './grid';
import { isUnitCell, normaliseLabel, unitLineUnit } from './normalise';

/** The cells a pivot is read from (match.ts's sheet view has them). */
export interface PivotCells {
  readonly rows: number;
  readonly cols: number;
  textAt(r: number, c: number): string | undefined;
  isNumber(r: number, c: number): boolean;
  rowEmpty(r: number): boolean;
  raw(r: number, c: number): GridCell;
}

export type Aggregation = 'sum' | 'count' | 'other';

export interface ValueField {
  aggregation: Aggregation;
  /** The source field's name as written (年初预算数(元)), the aggregation's words dropped. */
  field: string;
}

/**
 * 求和项:X as Excel and WPS name a value field in Chinese (the colon half- or full-width), and
 * the English names. 数值计数项 counts numbers, 计数项 records: both are counts.
 */
const CHINESE_FIELD =
  /^\s*(求和项|计数项|数值计数项|平均值项|最大值项|最小值项|乘积项|标准偏差项|总体标准偏差项|方差项|总体方差项)\s*[:：]\s*(\S.*)$/;
const ENGLISH_FIELD =
  /^\s*(Sum|Count|Count Numbers|Average|Max|Min|Product|StdDev|StdDevp|Var|Varp)\s+of\s+(\S.*)$/i;

/** The value field a heading names, or undefined when the heading is no pivot value field. */
export function valueFieldOf(text: string): ValueField | undefined {
  // Asked of every text of a sheet: most hold neither word.
  if (!text.includes('项') && !/ of /i.test(text)) return undefined;
  const zh = CHINESE_FIELD.exec(text);
  if (zh) {
    const word = zh[1];
    const aggregation: Aggregation = word === '求和项' ? 'sum' : word.endsWith('计数项') ? 'count' : 'other';
    return { aggregation, field: zh[2].trim() };
  }
  const en = ENGLISH_FIELD.exec(text);
  if (en) {
    const word = en[1].toLowerCase();
    const aggregation: Aggregation = word === 'sum' ? 'sum' : word.startsWith('count') ? 'count' : 'other';
    return { aggregation, field: en[2].trim() };
  }
  return undefined;
}

const GRAND_TOTAL = new Set(['总计', 'grandtotal', '总合计']);
/** "人员经费 汇总" / "Personnel Total": a pivot's subtotal row of one group. */
const SUBTOTAL = /^(.*\S)\s*汇总$|^(.*\S)\s+Total$/i;

/** 总计 / Grand Total: the whole of a pivot's rows or columns. */
export const isPivotGrandTotal = (text: string): boolean =>
  GRAND_TOTAL.has(normaliseLabel(text).toLowerCase());
const isGrandTotal = isPivotGrandTotal;

/** The group whose subtotal row this label is, or undefined for any other label. */
function subtotalOf(text: string): string | undefined {
  if (isGrandTotal(text)) return undefined;
  const m = SUBTOTAL.exec(text.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * The field names a person's record by: counting it counts persons. A roster's 姓名, 身份证号,
 * 人员编号 (工号, 职工编号 …), or their English names.
 */
const PERSON_FIELD =
  /姓名|身份证|身份号码|人员编[号码]|人员代码|人员ID|职工编号|员工编号|工号|^(?:name|id|employeeid|staffid)$/i;
/** 人员类别 values that are not on the establishment (编外, hired, retired …). */
const OFF_ESTABLISHMENT =
  /编外|编制外|非编|无编|聘用|聘任|派遣|临时|劳务|合同|外包|返聘|退休|离休|离职|调出|实习|见习|公益性岗位|其他/;
/** 人员类别 values of the establishment: 行政 / 事业 / 工勤 编制, 公务员, 参公, 编制内. */
const ESTABLISHMENT = /编制|编内|在编|公务员|参公|参照公务员|工勤/;
/** The group of every 编制 category: its count is the staff on the establishment. */
const WHOLE_ESTABLISHMENT = /^(?:编制内|编内|在编|编制内人员|在编人员)$/;
/** The 行政编制 category as a roster names it (公务员（行政编制）, 行政编制, 公务员). */
const OFFICIALS = /行政编制|^公务员$|^公务员\(行政\)$/;
/**
 * A report filter that counts persons not in post: 人员状态 | 退休, or several statuses at once
 * ((全部), (多项)).
 */
const STATUS_FIELD = /状态|在职情况|人员性质/;
const NOT_IN_POST = /退休|离休|离职|调出|死亡|辞职|全部|多项/;

/** The keys match.ts gives a pivot's cell: the catalog reads them as any table's terms. */
export const PIVOT_KEYS = {
  /** The persons in post a count of persons by 编制 category is (IN_POST in the catalog). */
  inPost: normaliseLabel('在编人数'),
  officials: normaliseLabel('行政编制'),
  grandTotal: normaliseLabel('总计'),
} as const;

/** An item of the “三公” (the catalog's THREE_PUBLIC words). */
const THREE_PUBLIC_ITEM = /三公|因公出国|公务接待|公务用车/;
/**
 * The parts a department's whole spending is grouped into (支出性质, or the 经济分类's 类): a
 * pivot holding two of them sums the whole, whatever items stand under them.
 */
const WHOLE_PARTS = new Set(
  [
    '人员经费',
    '公用经费',
    '项目支出',
    '基本支出',
    '工资福利支出',
    '商品和服务支出',
    '对个人和家庭的补助',
    '资本性支出',
  ].map(normaliseLabel),
);

/** How match.ts reads a figure of a pivot: its row and heading keys, or no input's figure at all. */
export type PivotCellReading =
  | { figure: false }
  | {
      figure: true;
      /** Replaces the row label's key (the group of a subtotal row, 行政编制 for an official's category). */
      rowKey?: string;
      /** Replaces the key of the value field's heading, which stands at (headingRow, headingCol). */
      headingKey: string;
      headingRow: number;
      headingCol: number;
      /** Replaces the row's sibling labels (keys joined by |): see mixedItems. */
      siblings?: string;
      /** Where the text standing for the row is, when it is not the row label (a column item). */
      rowAt?: [number, number];
    };

const MAX_BODY = 5000;

/** The texts of row r's label columns (left … firstValue-1), left to right. */
function labelTexts(cells: PivotCells, r: number, left: number, firstValue: number): string[] {
  const out: string[] = [];
  for (let c = left; c < firstValue; c++) {
    const t = cells.textAt(r, c);
    if (t !== undefined && t.trim() !== '') out.push(t);
  }
  return out;
}

/** The report-filter lines above a head row: name | value pairs up to the first two blank rows. */
function filtersAbove(cells: PivotCells, head: number, left: number): PivotTable['filters'] {
  const out: PivotTable['filters'] = [];
  let blanks = 0;
  for (let r = head - 1; r >= 0 && r >= head - 8; r--) {
    if (cells.rowEmpty(r)) {
      if (++blanks > 1) break;
      continue;
    }
    const name = cells.textAt(r, left);
    const value = cells.textAt(r, left + 1);
    if (name !== undefined && value !== undefined) out.push({ name, value });
  }
  return out;
}

/** A value column of a pivot: its field, and where the field's heading stands. */
export interface ValueColumn extends ValueField {
  headingRow: number;
  headingCol: number;
  /** Under a column field: the column's item as the head row shows it (总计 for the whole's column). */
  columnItem?: string;
  /** Where the item's text stands (the head row under one field, the row above it under several). */
  columnItemAt?: [number, number];
}

export interface PivotTable {
  /** The head row: the row fields' names (行标签) and the value fields (or the column items). */
  head: number;
  /** The last row of the body (总计 when there is one). */
  bottom: number;
  /** The leftmost column of the pivot and its first value column. */
  left: number;
  firstValue: number;
  fields: Map<number, ValueColumn>;
  /**
   * A pivot with a column field (求和项:支出数 | 列标签 over 行标签 | 基本支出 | 项目支出 | 总计)
   * whose items are periods (2022 | 2023, 1月 | 2月, 一季度): its 总计 column sums several
   * periods, its item columns are each one period's. Which one is the evaluation's the pivot does
   * not say, so none is read.
   */
  periodColumns: boolean;
  /** The report-filter lines above the head (name | value). */
  filters: Array<{ name: string; value: string }>;
}

/** A column item naming a period: a year (2023, 2023年), a month, a quarter, 上年 / 本年. */
const PERIOD =
  /^(?:(?:19|20)\d{2}(?:年度?)?|\d{1,2}月(?:份)?|[一二三四1-4]季度|第[一二三四1-4]季度|上年|本年|上半年|下半年|q[1-4])$/i;
const COLUMN_LABELS = new Set(['列标签', 'columnlabels']);
/** The caption Excel puts over several value fields (Σ 值): no column item. */
const VALUES_CAPTION = new Set(['值', '数值', 'values', 'σ值', 'σvalues']);
/** A report filter on the year, and the values that let several years in. */
const YEAR_FILTER = /^(?:年度|年份|预算年度|会计年度|所属年度|决算年度|year|fiscalyear)$/i;
const SEVERAL = /^\(?(?:全部|多项|all|multipleitems)\)?$/i;

/** The body below a head row: down to 总计 or to the row before the first empty row. */
function bodyBottom(cells: PivotCells, head: number, left: number, firstValue: number): number {
  let bottom = head;
  for (let i = head + 1; i < cells.rows && i <= head + MAX_BODY; i++) {
    if (cells.rowEmpty(i)) break;
    bottom = i;
    if (labelTexts(cells, i, left, firstValue).some(isGrandTotal)) break;
  }
  return bottom;
}

/** One value field over the column items: the field in the corner, 列标签 beside it. */
function columnFieldPivot(
  cells: PivotCells,
  r: number,
  corner: number,
  field: ValueField,
): PivotTable | undefined {
  const head = r + 1;
  if (head >= cells.rows || cells.textAt(head, corner) === undefined) return undefined;
  // The first value column: the leftmost one right of the corner holding a figure in the body
  // (a row item may have none under the first column item).
  let firstValue = -1;
  for (let i = head + 1; i < cells.rows && i <= head + MAX_BODY && !cells.rowEmpty(i); i++) {
    for (let c = corner + 1; c < cells.cols && (firstValue < 0 || c < firstValue); c++) {
      if (cells.isNumber(i, c)) {
        firstValue = c;
        break;
      }
    }
  }
  if (firstValue < 0) return undefined;
  const bottom = bodyBottom(cells, head, corner, firstValue);
  if (bottom === head) return undefined;
  const fields = new Map<number, ValueColumn>();
  let periodColumns = false;
  for (let c = firstValue; c < cells.cols; c++) {
    const item = cells.textAt(head, c);
    if (item === undefined && !cells.isNumber(head, c)) continue;
    // A column item typed as a number is a year or a code: either way no field of its own.
    if (item === undefined || PERIOD.test(normaliseLabel(item))) periodColumns = true;
    fields.set(c, {
      ...field,
      headingRow: r,
      headingCol: corner,
      columnItem: item ?? '',
      columnItemAt: [head, c],
    });
  }
  return {
    head,
    bottom,
    left: corner,
    firstValue,
    fields,
    periodColumns,
    filters: filtersAbove(cells, r, corner),
  };
}

/** A grand total column of several value fields: 求和项:年初预算数汇总, Total Sum of 支出数. */
const FIELD_TOTAL_ZH = /^(.*\S)\s*汇总$/;
const FIELD_TOTAL_EN = /^\s*Total\s+(\S.*)$/i;

/**
 * Several value fields over a column field: the head row names the fields (行标签 | 求和项:A |
 * 求和项:B | 求和项:A …), the row above names the column item once over its fields (the rest
 * left blank), and the grand total columns are named 求和项:A汇总 (Total Sum of A). Marks each
 * value column with its item (总计 for a grand total column); true when an item is a period
 * (see PivotTable.periodColumns). A unit line above the head (单位：元) is no item.
 */
function itemsAbove(cells: PivotCells, head: number, fields: Map<number, ValueColumn>): boolean {
  const columns = [...fields.keys()].sort((a, b) => a - b);
  const isItem = (t: string | undefined): t is string =>
    t !== undefined &&
    !isUnitCell(t) &&
    unitLineUnit(t) === undefined &&
    !VALUES_CAPTION.has(normaliseLabel(t).toLowerCase());
  let hasItems = false;
  for (let c = columns[0]; c <= columns[columns.length - 1] && !hasItems; c++)
    hasItems = isItem(cells.textAt(head - 1, c)) || cells.isNumber(head - 1, c);
  // Without an items row, a field named …汇总 is a field of that name, as it stands.
  if (!hasItems) return false;
  let periods = false;
  let item: { text: string; col: number } | undefined;
  for (let c = columns[0]; c <= columns[columns.length - 1]; c++) {
    const t = cells.textAt(head - 1, c);
    if (isItem(t)) item = { text: t, col: c };
    else if (t === undefined && cells.isNumber(head - 1, c)) item = { text: '', col: c };
    const field = fields.get(c);
    if (!field) continue;
    const en = FIELD_TOTAL_EN.exec(valueText(cells, field));
    const zh = FIELD_TOTAL_ZH.exec(field.field);
    if (en || zh) {
      const total = en ? valueFieldOf(en[1]) : { ...field, field: zh?.[1] ?? field.field };
      if (total) fields.set(c, { ...field, ...total, columnItem: '总计' });
    } else if (item) {
      if (item.text === '' || PERIOD.test(normaliseLabel(item.text))) periods = true;
      fields.set(c, { ...field, columnItem: item.text, columnItemAt: [head - 1, item.col] });
    } else {
      // A field left of every item heads no item and no whole: the columns are not read, as periods.
      periods = true;
    }
  }
  return periods;
}

/** The text of a value column's heading. */
function valueText(cells: PivotCells, field: ValueColumn): string {
  return cells.textAt(field.headingRow, field.headingCol) ?? '';
}

/**
 * Every pivot on a sheet: a head row holding value fields (求和项:… beside the row fields), or
 * one value field in the corner over a column field's items, and its body down to 总计 or to the
 * first empty row. A value field with neither row fields at its left nor column items under it
 * is no pivot (a lone 求和项 text in a clerk's note).
 */
export function findPivotTables(cells: PivotCells): PivotTable[] {
  const out: PivotTable[] = [];
  for (let r = 0; r < cells.rows; r++) {
    const fields = new Map<number, ValueColumn>();
    let left = -1;
    let corner: { col: number; field: ValueField } | undefined;
    let columnLabels = false;
    for (let c = 0; c < cells.cols; c++) {
      const t = cells.textAt(r, c);
      if (t === undefined) continue;
      const field = valueFieldOf(t);
      if (field) {
        if (left < 0 && fields.size === 0 && !corner) corner = { col: c, field };
        fields.set(c, { ...field, headingRow: r, headingCol: c });
      } else if (COLUMN_LABELS.has(normaliseLabel(t).toLowerCase())) columnLabels = true;
      else if (left < 0 && fields.size === 0) left = c;
    }
    if (fields.size === 0) continue;
    let pivot: PivotTable | undefined;
    if (corner && fields.size === 1 && (columnLabels || left < 0)) {
      pivot = columnFieldPivot(cells, r, corner.col, corner.field);
    } else if (left >= 0 && !corner) {
      const firstValue = Math.min(...fields.keys());
      const bottom = bodyBottom(cells, r, left, firstValue);
      const periodColumns = r > 0 && itemsAbove(cells, r, fields);
      if (bottom > r)
        pivot = {
          head: r,
          bottom,
          left,
          firstValue,
          fields,
          periodColumns,
          filters: filtersAbove(cells, r, left),
        };
    }
    if (!pivot) continue;
    out.push(pivot);
    r = pivot.bottom;
  }
  return out;
}

/** The pivot holding the figure at (r, c) in one of its value columns, if any. */
export function pivotAt(pivots: readonly PivotTable[], r: number, c: number): PivotTable | undefined {
  return pivots.find((p) => r > p.head && r <= p.bottom && p.fields.has(c));
}

/** The row label of body row r: its rightmost label text (the item; the group on a group's row). */
function rowTextOf(cells: PivotCells, p: PivotTable, r: number): string | undefined {
  const texts = labelTexts(cells, r, p.left, p.firstValue);
  return texts.length > 0 ? texts[texts.length - 1] : undefined;
}

/** The 人员类别 a category row (or a category's subtotal row) stands for, without 汇总. */
function categoryOf(text: string): string {
  return normaliseLabel(subtotalOf(text) ?? text);
}

const isEstablishment = (key: string): boolean => ESTABLISHMENT.test(key) && !OFF_ESTABLISHMENT.test(key);

/**
 * Whether every row a count of persons counts is an 编制 category: the categories of every
 * label column of the body, totals aside.
 */
function countsEstablishmentOnly(cells: PivotCells, p: PivotTable): boolean {
  let known = establishmentMemo.get(p);
  if (known === undefined) {
    known = readCountsEstablishmentOnly(cells, p);
    establishmentMemo.set(p, known);
  }
  return known;
}

const establishmentMemo = new WeakMap<PivotTable, boolean>();

function readCountsEstablishmentOnly(cells: PivotCells, p: PivotTable): boolean {
  let counted = false;
  for (let r = p.head + 1; r <= p.bottom; r++) {
    for (const t of labelTexts(cells, r, p.left, p.firstValue)) {
      if (isGrandTotal(t)) continue;
      if (!isEstablishment(categoryOf(t))) return false;
      counted = true;
    }
  }
  return counted;
}

/** A report filter that lets persons not in post into the count. */
function countsOthersThanInPost(p: PivotTable): boolean {
  return p.filters.some(
    (f) => STATUS_FIELD.test(normaliseLabel(f.name)) && NOT_IN_POST.test(f.value.normalize('NFKC')),
  );
}

/** A count of persons: what its row (a 编制 category, or 总计) makes of the cell. */
function readPersonCount(cells: PivotCells, p: PivotTable, field: ValueColumn, r: number): PivotCellReading {
  if (countsOthersThanInPost(p)) return { figure: false };
  const text = rowTextOf(cells, p, r);
  if (text === undefined) return { figure: false };
  const reading = {
    figure: true as const,
    headingKey: PIVOT_KEYS.inPost,
    headingRow: field.headingRow,
    headingCol: field.headingCol,
  };
  if (isGrandTotal(text))
    return countsEstablishmentOnly(cells, p)
      ? { ...reading, rowKey: PIVOT_KEYS.grandTotal }
      : { figure: false };
  const category = categoryOf(text);
  if (!isEstablishment(category)) return { figure: false };
  // 编制内 over 行政 / 事业 / 工勤 (its row, or its 汇总 row) counts everyone on the establishment.
  if (WHOLE_ESTABLISHMENT.test(category)) return { ...reading, rowKey: PIVOT_KEYS.grandTotal };
  return OFFICIALS.test(category)
    ? { ...reading, rowKey: PIVOT_KEYS.officials }
    : { ...reading, rowKey: category };
}

/**
 * A pivot that sums several years or months: a year filter set to (全部) / (多项), or row items
 * that are periods (2022 | 2023 as numbers, 2023年, 1月, 一季度). Its 总计 adds periods up, and
 * which item is the evaluation's the pivot does not say: none is read. A number as a row item
 * (a year, or a 科目编码) is taken as a period, on the side of reading nothing.
 */
function severalPeriods(cells: PivotCells, p: PivotTable): boolean {
  let known = periodsMemo.get(p);
  if (known === undefined) {
    known =
      p.filters.some(
        (f) => YEAR_FILTER.test(normaliseLabel(f.name)) && SEVERAL.test(normaliseLabel(f.value)),
      ) || periodRows(cells, p);
    periodsMemo.set(p, known);
  }
  return known;
}

const periodsMemo = new WeakMap<PivotTable, boolean>();

function periodRows(cells: PivotCells, p: PivotTable): boolean {
  for (let r = p.head + 1; r <= p.bottom; r++) {
    for (let c = p.left; c < p.firstValue; c++) {
      if (cells.raw(r, c).kind === 'number') return true;
      const t = cells.textAt(r, c);
      if (t !== undefined && PERIOD.test(normaliseLabel(t))) return true;
    }
  }
  return false;
}

/** The keys of every row label of the body (groups and items), totals aside, subtotals as their group. */
function itemsOf(cells: PivotCells, p: PivotTable): string[] {
  const out = new Set<string>();
  for (let r = p.head + 1; r <= p.bottom; r++) {
    for (const t of labelTexts(cells, r, p.left, p.firstValue)) if (!isGrandTotal(t)) out.add(categoryOf(t));
  }
  return [...out];
}

/**
 * What a pivot's rows say about its table. Its rows are the items of one field, so an item is
 * never "a row of another table": a “三公” item (公务接待费) among the 经济分类 items of a spending
 * pivot is one line of the whole, and the table is a “三公” one only when every item is. So:
 * - every item a “三公” kind, or none: the rows are read as they stand (undefined);
 * - some: a pivot grouped by the whole's parts (人员经费 / 公用经费 / 项目支出) sums the whole, and
 *   its rows are read without the “三公” items ('siblings'); any other (a “三公” and 会议费 pivot)
 *   is neither the “三公” whole nor the department's, and its 总计 reads as nothing ('neither').
 */
function mixedItems(cells: PivotCells, p: PivotTable): MixedItems {
  // Every figure of the pivot asks: its rows are read once.
  if (!mixedMemo.has(p)) mixedMemo.set(p, readMixedItems(cells, p));
  return mixedMemo.get(p);
}

type MixedItems = { siblings: string } | 'neither' | undefined;
const mixedMemo = new WeakMap<PivotTable, MixedItems>();

function readMixedItems(cells: PivotCells, p: PivotTable): MixedItems {
  const items = itemsOf(cells, p);
  const threePublic = items.filter((k) => THREE_PUBLIC_ITEM.test(k));
  if (threePublic.length === 0 || threePublic.length === items.length) return undefined;
  if (items.filter((k) => WHOLE_PARTS.has(k)).length < 2) return 'neither';
  return { siblings: items.filter((k) => !THREE_PUBLIC_ITEM.test(k)).join('|') };
}

/**
 * How the figure at (r, c) of pivot p reads: under a 求和项 field, as the field's figure in its
 * row (a subtotal row as its group's, Grand Total as 总计); under a count of persons, see
 * readPersonCount; under any other value field, as no input's figure.
 */
export function readPivotCell(cells: PivotCells, p: PivotTable, r: number, c: number): PivotCellReading {
  const field = p.fields.get(c);
  if (!field || p.periodColumns || severalPeriods(cells, p)) return { figure: false };
  if (field.aggregation === 'other') return { figure: false };
  const text = rowTextOf(cells, p, r);
  const total = text !== undefined && isGrandTotal(text);
  const item = field.columnItem;
  if (item !== undefined) return readUnderColumnItem(cells, p, field, item, total, r, c);
  if (field.aggregation === 'count') {
    return PERSON_FIELD.test(normaliseLabel(field.field))
      ? readPersonCount(cells, p, field, r)
      : { figure: false };
  }
  const group = text === undefined ? undefined : subtotalOf(text);
  const mixed = mixedItems(cells, p);
  if (mixed === 'neither' && (total || group !== undefined)) return { figure: false };
  const rowKey = total ? PIVOT_KEYS.grandTotal : group !== undefined ? normaliseLabel(group) : undefined;
  return {
    figure: true,
    headingKey: normaliseLabel(field.field),
    headingRow: field.headingRow,
    headingCol: field.headingCol,
    ...(rowKey !== undefined ? { rowKey } : {}),
    ...(mixed !== undefined && mixed !== 'neither' ? { siblings: mixed.siblings } : {}),
  };
}

/**
 * A figure under a column field's item. A row item's column item is a part of a part, and no
 * input's: only the 总计 column (the row's whole, read as a plain pivot's row) and the 总计 row
 * (the column item's whole, read as if the item were the row: 总计 under 公用经费 is 公用经费's
 * figure, among the other column items) hold one. A count of persons is read in the 总计 column
 * only (its rows are the categories); which column items are 编制 categories the head alone does
 * not settle.
 */
function readUnderColumnItem(
  cells: PivotCells,
  p: PivotTable,
  field: ValueColumn,
  item: string,
  total: boolean,
  r: number,
  c: number,
): PivotCellReading {
  // A count of persons across a column field (性别, 学历 …): its 总计 column is the row's count.
  if (field.aggregation === 'count' && isGrandTotal(item) && PERSON_FIELD.test(normaliseLabel(field.field)))
    return readPersonCount(cells, p, field, r);
  if (field.aggregation !== 'sum') return { figure: false };
  const heading = {
    figure: true as const,
    headingKey: normaliseLabel(field.field),
    headingRow: field.headingRow,
    headingCol: field.headingCol,
  };
  if (isGrandTotal(item)) {
    if (!total) return heading;
    const mixed = mixedItems(cells, p);
    if (mixed === 'neither') return { figure: false };
    return { ...heading, rowKey: PIVOT_KEYS.grandTotal, ...(mixed ? { siblings: mixed.siblings } : {}) };
  }
  if (!total) return { figure: false };
  const others: string[] = [];
  for (const [col, f] of p.fields) {
    if (col !== c && f.columnItem && !isGrandTotal(f.columnItem)) others.push(normaliseLabel(f.columnItem));
  }
  const at = field.columnItemAt ?? [p.head, c];
  return { ...heading, rowKey: normaliseLabel(item), rowAt: at, siblings: others.join('|') };
}
