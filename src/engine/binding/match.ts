/**
 * Finding a clerk's figures by their labels: whole sheets in, proposals out.
 *
 * Every number cell is read the way a finance clerk reads it: its row label (the nearest text to
 * its left, skipping units, 行次 and other figures), its column headings (the text above it,
 * merged headings included), the title of its table and the sheet name. An input's label rules
 * (catalog.ts) then say whether that cell is the input's figure, and how sure that is. Figures are
 * never guessed: a heading that names another figure (上年, 年初数, 行次 …) refuses the cell, and
 * two different figures with similar confidence are handed over as a choice.
 */
import { indentOf, refusedByIndentParent } from './indentedList';
import { namesPartOfYear, refusedInMidYearForm } from './midYearForm';
import { D, fromNumber, type Decimal } from '../decimal';
import type { InputKind } from '../inputs';
import { compileRules, type CompiledRule, type LabelRule } from './catalog';
import { inCellCandidates } from './inCell';
import { ledgerCandidates } from './ledgers';
import { accountingReportCandidates } from './accountingReports';
import { dualHeadingReadings } from './dualHeadings';
import { numberInText, type NumberText } from './cellText';
import { cellAddress, parseRange, type GridCell, type GridSheet } from './grid';
import {
  announcedUnit,
  isFigureText,
  isProse,
  isUnitCell,
  normaliseLabel,
  unitLineUnit,
  type MoneyUnit,
} from './normalise';
import { FUNCTIONAL_TABLE_NAME, findFunctionalTable, type FunctionalTableSearch } from './functionalTable';
import { afterWarnings, sheetWarning, type BindingWarning } from './warnings';
import { RowUnits, type RowUnit } from './rowUnits';
import { readUnitsByScale } from './unitByScale';
import { refuseOtherYears } from './yearOfWorkbook';
import { isContentsSheet, readInTopic, sheetTopicOf, type SheetTopicId } from './sheetTopic';
import { TrendRows, type TrendColumn, type TrendVerdict } from './trendRows';
import { findPivotTables, isPivotGrandTotal, pivotAt, readPivotCell, type PivotTable } from './pivotTables';
import { stagedHeading, UnitColumns, type UnitColumn } from './unitColumns';
import { isAdjustmentBesideWholeYear, listsWholeSpendingParts } from './budgetComparison';
import { isExportMetaLine, isSourceShareBesideTotal } from './exportHead';
import { readBilingualSheets } from './bilingualLabels';
import { auditPaperUnit, isAuditedColumn, isJournalEntryList, isNotAuditedColumn } from './auditWorkpapers';
import { isProcurementInput, isPurchaseList } from './procurementTables';

export type SourceUnit = MoneyUnit | '%' | '';

/** One cell that may hold an input's figure. */
export interface Candidate {
  name: string;
  sheet: string;
  /** 0-based position of the value cell. */
  row: number;
  col: number;
  /** `'Sheet'!D8` */
  address: string;
  /** The label as the workbook spells it (row label or heading, joined with × for a table). */
  label: string;
  labelAddress: string;
  /** The figure in the evaluation's unit (万元 for money, a 0–1 ratio for satisfaction) as exact decimal text. */
  value: string;
  /** The cell's own figure as read. */
  raw: number | string;
  /** The unit the source cell is in: 元 figures are divided by 10000, % by 100. */
  sourceUnit: SourceUnit;
  /** True when no unit was announced and 万元 was taken (money only). */
  unitAssumed: boolean;
  /** 0–1, two decimals. */
  confidence: number;
  how: 'label' | 'heading' | 'table';
  /** What the clerk should look at twice (absent: nothing); each costs confidence (warnings.ts). */
  warnings?: BindingWarning[];
  /** How the figure stands in its cell (absent: 'cell'), which decides how 绩效数据 takes it. */
  form?: ValueForm;
}

/**
 * - 'cell': the cell's own value (a number, or the text of a text input): linked as it is;
 * - 'numberText': a number stored as text that VALUE() reads in every host: linked through VALUE;
 * - 'inText': a figure inside a text (a label and its value in one cell, full-width digits) that
 *   no plain reference or robust formula reaches: 绩效数据 holds it typed, 来源 naming the cell.
 */
export type ValueForm = 'cell' | 'numberText' | 'inText';

export interface Proposal extends Candidate {
  /** Other cells of similar confidence and a different figure: the clerk chooses. Empty when sure. */
  alternatives: Candidate[];
}

/** A label was found but the cell that should hold its figure does not hold one. */
export interface FoundWithoutValue {
  name: string;
  label: string;
  labelAddress: string;
  /** The neighbour that was looked at, and what it holds. */
  address: string;
  reason: 'text' | 'error' | 'empty';
}

export interface BindingProposals {
  proposals: Proposal[];
  foundWithoutValue: FoundWithoutValue[];
  /** Inputs of the catalog with neither a proposal nor a label found. */
  unmatched: string[];
  /** PE_FunctionalTable, a block rather than a cell (functionalTable.ts); absent when not asked for. */
  functionalTable?: FunctionalTableSearch;
}

export interface ProposeOptions {
  /** Inputs to look for (default: every input of the catalog). */
  names?: readonly string[];
  rules?: readonly LabelRule[];
  /** Candidates below this confidence are dropped (default 0.6). */
  floor?: number;
  /** Two figures closer in confidence than this are a choice (default 0.05). */
  tie?: number;
}

/** Row labels that stand for "the whole of it": a heading above them names the figure. */
const NEUTRAL_ROWS = new Set(
  [
    '合计',
    '总计',
    '金额',
    '数值',
    '数额',
    '本年',
    '本年数',
    '本年金额',
    '数据',
    '填报数',
    // The total row of a table by unit (机关本级, 二级单位 … and the department's own total).
    '全部门合计',
    '部门合计',
    '本部门',
    '本部门合计',
    '汇总',
    // A treasury execution export's total line of the unit.
    '本单位合计',
  ].map(normaliseLabel),
);
/** Headings above a value that neither confirm nor refuse a label at its left. */
const NEUTRAL_HEADINGS = new Set(
  [
    '金额',
    '数值',
    '数额',
    '本年',
    '本年数',
    '本年金额',
    '数据',
    '值',
    '填报数',
    '填报金额',
    '内容',
    '本期数',
    '本年度',
    '数量',
    '人数',
    '合计',
  ].map(normaliseLabel),
);
/** Column headings whose numbers are row numbers, not figures. */
const ROW_NUMBER_HEADINGS = ['行次', '栏次', '序号', '编号', '编码', '科目编码', '科目代码', '项目编码'];
/** A heading naming a year, and what follows it (2023年, 2023年度, 2023年预算数, 2023年末). */
const YEAR_HEADING = /^((?:19|20)\d{2})年度?(.{0,8})$/;
/** A year-named term against the latest year beside it: 上年…, 本年 / 本年末, or what follows the year. */
function relativeTo(m: RegExpExecArray, latest: number): string {
  const rest = m[2];
  if (Number(m[1]) < latest) return `上年${rest}`;
  return rest === '' ? '本年' : rest.startsWith('末') ? `本年${rest}` : rest;
}
/** Section headings that name the department's whole in a sheet of one block per unit. */
const WHOLE_SECTIONS = new Set(
  ['合计', '总计', '汇总', '全部门合计', '部门合计', '本部门合计', '本部门'].map(normaliseLabel),
);
/** The key a strip's single line of figures reads as (see isOwnEntityRow): the department's own. */
const ENTITY_ROW = normaliseLabel('本部门');
/** Headings of a column of years down a strip's first column. */
const YEAR_COLUMN_HEADINGS = new Set(['年度', '年份', '年', '会计年度', '预算年度'].map(normaliseLabel));
const isYearNumber = (x: number): boolean => Number.isInteger(x) && x >= 1990 && x <= 2100;
const MAX_YEAR_ROWS = 20;
/** What a year's heading says after the year when its column is no figure of that year's own (2025年预算). */
const TREND_NOT_OWN_YEAR = /预算|计划|预计|目标|预测|安排/;
const SUBTOTAL = normaliseLabel('小计');
/** A heading of a column that is one part of the column at its left. */
const PART_OF = /^\s*其中/;
const MAX_LEFT = 12;
/**
 * A figure of a wide table stands far right of its row label: a treasury execution export puts
 * 1月 … 12月 between the budget columns and 累计支出. Figures passed on the way do not count
 * against MAX_LEFT (they are the row's own cells, not a gap), up to this many columns.
 */
const MAX_LEFT_ACROSS_FIGURES = 40;
const MAX_UP = 60;

/**
 * What the matcher asks of a text, worked out once per distinct text: labels repeat across a
 * sheet (合计, 万元 …) and every figure's neighbourhood reads the same cells again.
 */
class TextFacts {
  private unitCell?: boolean;
  private prose?: boolean;
  private figureText?: boolean;
  private rowNumbers?: boolean;
  readonly key: string;

  constructor(readonly text: string) {
    this.key = normaliseLabel(text);
  }

  get isUnit(): boolean {
    return (this.unitCell ??= isUnitCell(this.text));
  }

  get isFigure(): boolean {
    return (this.figureText ??= isFigureText(this.text));
  }

  get isProse(): boolean {
    return (this.prose ??= isProse(this.text));
  }

  /** A heading that says its column holds row numbers (行次, 序号, 科目编码 …). */
  get namesRowNumbers(): boolean {
    return (this.rowNumbers ??= ROW_NUMBER_HEADINGS.some((h) => this.key.includes(h)));
  }
}

const factsMemo = new Map<string, TextFacts>();
function factsOf(text: string): TextFacts {
  let f = factsMemo.get(text);
  if (f === undefined) {
    if (factsMemo.size > 50_000) factsMemo.clear();
    f = new TextFacts(text);
    factsMemo.set(text, f);
  }
  return f;
}

function keyOf(text: string): string {
  return factsOf(text).key;
}

interface Label {
  key: string;
  raw: string;
  row: number;
  col: number;
  /** The heading of the column a 其中 column is part of: it qualifies the figure, never names it. */
  whole?: boolean;
}

/** A sheet with merged text spread over the cells it covers. */
class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly text: (string | undefined)[][];
  /** For a covered cell, the anchor it shows. */
  private readonly anchorOf = new Map<string, [number, number]>();
  /** Per cell, the facts of its text (null: no text), filled as cells are read. */
  private readonly facts: (TextFacts | null | undefined)[][] = [];
  /** Per column, filled on first use: see isRowNumberColumn. */
  private readonly rowNumberMarks = new Map<number, { heading: Int32Array; empty: Int32Array }>();
  /**
   * Numbers stored as text, by row and column: a clerk reads them as the numbers they show, so
   * the view does too (a figure, never a label or heading); the candidate carries a warning.
   */
  private readonly numberTexts: Array<Array<NumberText | undefined> | undefined> = [];

  constructor(readonly sheet: GridSheet) {
    this.rows = sheet.cells.length;
    this.cols = sheet.cells.reduce((m, r) => Math.max(m, r.length), 0);
    this.text = sheet.cells.map((row, r) =>
      row.map((c, col) => {
        if (c.kind !== 'text' || c.value.trim() === '') return undefined;
        const n = numberInText(c.value);
        if (!n) return c.value;
        (this.numberTexts[r] ??= [])[col] = n;
        return undefined;
      }),
    );
    for (const ref of sheet.merges) {
      const range = parseRange(ref);
      if (!range) continue;
      const anchor = this.raw(range.top, range.left);
      if (anchor.kind !== 'text' || this.textAt(range.top, range.left) === undefined) continue;
      // Never spread a huge merge: a banner over a whole sheet is a title, read at its anchor.
      if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > 400) continue;
      for (let r = range.top; r <= range.bottom && r < this.rows; r++) {
        for (let c = range.left; c <= range.right; c++) {
          if (r === range.top && c === range.left) continue;
          (this.text[r] ??= [])[c] = anchor.value;
          this.anchorOf.set(`${r},${c}`, [range.top, range.left]);
        }
      }
    }
  }

  raw(r: number, c: number): GridCell {
    return this.sheet.cells[r]?.[c] ?? { kind: 'empty' };
  }

  /** Text shown at (r, c), merged text included. */
  textAt(r: number, c: number): string | undefined {
    return this.text[r]?.[c];
  }

  /** The facts of the text shown at (r, c), undefined when it shows none. */
  factsAt(r: number, c: number): TextFacts | undefined {
    const row = (this.facts[r] ??= []);
    let f = row[c];
    if (f === undefined) {
      const t = this.textAt(r, c);
      f = t === undefined ? null : factsOf(t);
      row[c] = f;
    }
    return f ?? undefined;
  }

  /** A number, or a number stored as text. */
  isNumber(r: number, c: number): boolean {
    return this.raw(r, c).kind === 'number' || this.numberTexts[r]?.[c] !== undefined;
  }

  /** The number a text cell holds, when it holds a clean one. */
  numberText(r: number, c: number): NumberText | undefined {
    return this.numberTexts[r]?.[c];
  }

  isEmpty(r: number, c: number): boolean {
    const cell = this.raw(r, c);
    return (
      this.textAt(r, c) === undefined &&
      !this.isNumber(r, c) &&
      cell.kind !== 'error' &&
      cell.kind !== 'boolean'
    );
  }

  private emptyRows: boolean[] | undefined;

  rowEmpty(r: number): boolean {
    if (!this.emptyRows) {
      this.emptyRows = [];
      for (let i = 0; i < this.rows; i++) {
        let empty = true;
        for (let c = 0; c < this.cols && empty; c++) if (!this.isEmpty(i, c)) empty = false;
        this.emptyRows.push(empty);
      }
    }
    return this.emptyRows[r] ?? true;
  }

  private readonly numberRows = new Map<number, boolean>();

  /** Row r holds a number (or a number stored as text) somewhere. */
  rowHasNumber(r: number): boolean {
    let known = this.numberRows.get(r);
    if (known === undefined) {
      known = false;
      for (let c = 0; c < this.cols && !known; c++) if (this.isNumber(r, c)) known = true;
      this.numberRows.set(r, known);
    }
    return known;
  }

  private readonly columnNumberRows = new Map<number, boolean>();

  /**
   * A 栏次 row (栏次 | 1 | 2 | 3 under the headings of a 决算 statement): its numbers number the
   * columns, they are no figures.
   */
  isColumnNumberRow(r: number): boolean {
    let known = this.columnNumberRows.get(r);
    if (known === undefined) {
      known = false;
      for (let c = 0; c < this.cols && !known; c++) {
        const key = this.factsAt(r, c)?.key;
        if (key === '栏次' || key === '列次') known = true;
      }
      known ||= this.isUnlabelledColumnNumbers(r);
      this.columnNumberRows.set(r, known);
    }
    return known;
  }

  /**
   * The same row without its 栏次 label: 1 | 2 | 3 | … in adjacent columns, nothing else, right
   * under a heading row (texts only), as the 财决07 form numbers its columns.
   */
  private isUnlabelledColumnNumbers(r: number): boolean {
    if (r === 0 || this.rowHasNumber(r - 1) || this.rowEmpty(r - 1)) return false;
    let first = -1;
    let count = 0;
    for (let c = 0; c < this.cols; c++) {
      const cell = this.raw(r, c);
      if (this.textAt(r, c) !== undefined || cell.kind === 'error' || cell.kind === 'boolean') return false;
      if (cell.kind !== 'number') continue;
      if (first < 0) first = c;
      // 1, 2, 3 … with no gap: the n-th number stands n-1 columns right of the first.
      if (c !== first + count || cell.value !== count + 1) return false;
      count++;
    }
    return count >= 4;
  }

  /** Where a label shown at (r, c) really is: a covered cell's anchor. */
  home(r: number, c: number): [number, number] {
    return this.anchorOf.get(`${r},${c}`) ?? [r, c];
  }

  /** Per column, filled on first use: see figureRunTop. */
  private readonly figureRuns = new Map<number, Int32Array>();

  /**
   * The top row of the run of figure cells (numbers, text numbers, errors; no text shown) that
   * holds (r, c) in its column: a column of 2,000 figures is walked once, not once per figure.
   */
  figureRunTop(r: number, c: number): number {
    let tops = this.figureRuns.get(c);
    if (!tops) {
      tops = new Int32Array(this.rows);
      for (let i = 0; i < this.rows; i++) {
        const figure =
          this.textAt(i, c) === undefined && (this.isNumber(i, c) || this.raw(i, c).kind === 'error');
        tops[i] = !figure ? -1 : i > 0 && tops[i - 1] >= 0 ? tops[i - 1] : i;
      }
      this.figureRuns.set(c, tops);
    }
    return tops[r] >= 0 ? tops[r] : r;
  }

  /**
   * A column whose heading, in the same table (no empty row between), says it holds row numbers:
   * within MAX_UP rows above `below` (itself included), a row-number heading nearer than any empty
   * row. Asked for every figure, so each column is marked once: for every row, the nearest such
   * heading and the nearest empty row at or above it.
   */
  isRowNumberColumn(c: number, below: number): boolean {
    let marks = this.rowNumberMarks.get(c);
    if (!marks) {
      const heading = new Int32Array(this.rows);
      const empty = new Int32Array(this.rows);
      let lastHeading = -1;
      let lastEmpty = -1;
      for (let r = 0; r < this.rows; r++) {
        if (this.rowEmpty(r)) lastEmpty = r;
        else if (this.factsAt(r, c)?.namesRowNumbers) lastHeading = r;
        heading[r] = lastHeading;
        empty[r] = lastEmpty;
      }
      marks = { heading, empty };
      this.rowNumberMarks.set(c, marks);
    }
    const from = Math.min(below, this.rows - 1);
    if (from < 0) return false;
    const h = marks.heading[from];
    return h >= 0 && h >= below - MAX_UP && h > marks.empty[from];
  }
}

interface RowLabel {
  label?: Label;
  between: number;
  unit?: MoneyUnit;
}

interface Headings {
  headings: Label[];
  unit?: MoneyUnit;
  top: number;
}

interface Features {
  rowLabel?: Label;
  /** Figures between the row label and this one (not counting 行次). */
  between: number;
  headings: Label[];
  unit?: MoneyUnit;
  /** What the row's unit column says (absent: the table has none); it outranks every other unit. */
  rowUnit?: RowUnit;
  /** Title and sheet name. */
  topic: string;
  siblings: string;
  /** Every text of the row of the nearest heading (the other columns' headings). */
  headingRow: string;
  /** The row label follows a 科目编码 (30201 | 办公费): the row is one item of a classification. */
  codedRow: boolean;
  /** The 科目编码 before the row label, its digits only (1601.01 → 160101), when there is one. */
  rowCode?: string;
  /** The row stands in one unit's block of a sheet that also has the whole's block (see unitBlock). */
  unitBlock: boolean;
  /** Another row of the table is its whole (合计, 部门合计 …): this row is one part of it. */
  wholeBeside: boolean;
}

function labelKeysOf(rules: CompiledRule[]): Set<string> {
  const all = new Set<string>();
  for (const r of rules) for (const k of r.labelKeys) all.add(k);
  return all;
}

/**
 * Every key that can name a figure of `rules` on its own or as a table's row: judge() takes a
 * cell only when its row label or a heading is one of these (a label, a heading naming the
 * figure, or a table row), so a cell none of whose terms is one is skipped before its title,
 * siblings and units are read. Most cells of a large sheet are such cells.
 */
function namingKeysOf(rules: CompiledRule[]): Set<string> {
  const all = labelKeysOf(rules);
  for (const r of rules) for (const g of r.gridKeys) for (const k of g.rows) all.add(k);
  return all;
}

class SheetReader {
  private readonly titleCache = new Map<number, { title: string; row: number }>();
  private readonly units: RowUnits;

  constructor(
    readonly view: SheetView,
    private readonly allLabels: Set<string>,
    /** Labels of inputs whose value is a text (部门名称, 年度): a text at their right is their value. */
    private readonly textValueLabels: Set<string>,
  ) {
    this.units = new RowUnits(view);
  }

  /** The year number at (r, c) stands in a run of years of its column that holds a later one. */
  laterYearBelowOrAbove(r: number, c: number): boolean {
    const v = this.view;
    const here = this.numberAt(r, c);
    if (!isYearNumber(here)) return false;
    for (const step of [-1, 1]) {
      for (
        let i = r + step;
        i >= 0 && i < v.rows && Math.abs(i - r) <= MAX_YEAR_ROWS && v.raw(i, c).kind === 'number';
        i += step
      ) {
        const y = this.numberAt(i, c);
        if (!isYearNumber(y)) return false;
        if (y > here) return true;
      }
    }
    return false;
  }

  /** A key some rule's label is. */
  isLabel(key: string): boolean {
    return this.allLabels.has(key);
  }

  /** The nearest text to the left of (r, c) that is a label, and any unit cell passed on the way. */
  /**
   * `relative`: a year-named label read against its column's latest year (for a figure's own
   * row); the headings' own checks read labels as written.
   */
  rowLabel(r: number, c: number, relative = false): RowLabel {
    const v = this.view;
    let between = 0;
    let unit: MoneyUnit | undefined;
    let figures = 0;
    for (let j = c - 1; j >= 0 && j >= c - MAX_LEFT - figures && j >= c - MAX_LEFT_ACROSS_FIGURES; j--) {
      const cell = v.raw(r, j);
      const t = v.textAt(r, j);
      if (t === undefined) {
        if (relative && cell.kind === 'number') {
          const year = this.yearRowLabel(r, j, cell.value);
          if (year) return { label: year, between, unit };
        }
        if (v.isNumber(r, j)) {
          figures++;
          if (!v.isRowNumberColumn(j, r)) between++;
        } else if (cell.kind === 'error' || cell.kind === 'boolean') between++;
        continue;
      }
      const facts = v.factsAt(r, j) as TextFacts;
      if (facts.isUnit) {
        unit ??= announcedUnit(t);
        continue;
      }
      const key = facts.key;
      // A note marker in a cell of its own (注1 between a label and its figure) is no label, nor
      // is the 方向 of a balance (借 | 贷 | 平 before 期末余额 in a 科目余额表).
      if (key === '' || /^(?:\d+|注\d{0,2}|[借贷平])$/.test(key) || ROW_NUMBER_HEADINGS.includes(key))
        continue;
      // A target typed as text (≥90%) stands between an indicator and its 实际完成值: a figure.
      if (facts.isFigure) {
        between++;
        continue;
      }
      if (facts.isProse) return { between, unit };
      const [hr, hc] = v.home(r, j);
      const k = relative ? this.relativeRowYear(j, key) : key;
      if (relative && this.isOwnEntityRow(r, c, j, k))
        return { label: { key: ENTITY_ROW, raw: t, row: hr, col: hc }, between, unit };
      return { label: { key: k, raw: t, row: hr, col: hc }, between, unit };
    }
    return { between, unit };
  }

  /**
   * The key of the text heading the label column j above row r (单位名称 over 某局, 年度 over
   * 2024), within the same table: the first text up the column, undefined past an empty row.
   */
  private labelColumnHeading(r: number, j: number): string | undefined {
    const v = this.view;
    for (let i = r - 1; i >= 0 && i >= r - MAX_UP; i--) {
      if (v.rowEmpty(i)) return undefined;
      const f = v.factsAt(i, j);
      if (f) return f.key;
    }
    return undefined;
  }

  /**
   * A 基本数字表 strip (单位名称 | 编制数 | 实有人数 | 年初预算数 …, one line of figures under it):
   * the line's label is the unit's name, the value of the 单位名称 heading above it, so the line
   * is the department's own, like a 合计 row; the headings name its figures. Only a single line
   * reads so: where several units' lines stand under the heading, each is one unit's part.
   */
  private isOwnEntityRow(r: number, c: number, j: number, key: string): boolean {
    if (this.allLabels.has(key) || NEUTRAL_ROWS.has(key)) return false;
    const heading = this.labelColumnHeading(r, j);
    if (heading === undefined || !this.textValueLabels.has(heading)) return false;
    const v = this.view;
    const above = v.textAt(r - 1, c) !== undefined && !v.isNumber(r - 1, c);
    const below = r + 1 < v.rows && (v.isNumber(r + 1, c) || v.textAt(r + 1, j) !== undefined);
    return above && !below;
  }

  /**
   * A year typed as a number down a strip's first column (年度 | 编制数 … over 2023 | … and
   * 2024 | …): the row of the column's latest year is the evaluation year's (本年), an earlier
   * one the year before (上年), as a year-named heading reads. The number must lead its row and
   * stand under a 年度 heading or among other years of its column, so no figure passes for one.
   */
  private yearRowLabel(r: number, j: number, value: number): Label | undefined {
    if (!isYearNumber(value)) return undefined;
    const v = this.view;
    for (let k = 0; k < j; k++) if (!v.isEmpty(r, k)) return undefined;
    const years: number[] = [];
    for (let i = r - 1; i >= 0 && i >= r - MAX_YEAR_ROWS - 1 && v.raw(i, j).kind === 'number'; i--)
      years.push(this.numberAt(i, j));
    for (let i = r + 1; i < v.rows && i <= r + MAX_YEAR_ROWS + 1 && v.raw(i, j).kind === 'number'; i++)
      years.push(this.numberAt(i, j));
    // A strip by year lists a few years; a long run of such numbers is a column of figures.
    if (years.length > MAX_YEAR_ROWS || !years.every(isYearNumber)) return undefined;
    const heading = this.labelColumnHeading(r, j);
    const headed = heading !== undefined && YEAR_COLUMN_HEADINGS.has(heading);
    if (!headed && years.length === 0) return undefined;
    const latest = Math.max(value, ...years);
    const key = value === latest ? '本年' : '上年';
    return { key, raw: String(value), row: r, col: j };
  }

  private numberAt(i: number, j: number): number {
    const cell = this.view.raw(i, j);
    return cell.kind === 'number' ? cell.value : NaN;
  }

  /** The headings above (r, c): the text band over the column's figures, merged headings included. */
  headings(r: number, c: number): Headings {
    const v = this.view;
    const out: Label[] = [];
    let unit: MoneyUnit | undefined;
    let top = r;
    // A table's total row often stands apart, a blank row or two below its last item (the 收入
    // side of a 收入支出决算总表 is shorter than its 支出 side): its headings are still the
    // table's. Any other row stops at a blank row, which ends its table.
    const rowKey = this.rowLabel(r, c).label?.key ?? '';
    let gaps = /(?:合计|总计)$/.test(rowKey) ? 2 : 0;
    for (let i = r - 1; i >= 0 && i >= r - MAX_UP; i--) {
      const t = v.textAt(i, c);
      if (t === undefined) {
        if (v.isNumber(i, c) || v.raw(i, c).kind === 'error') {
          if (out.length > 0) break;
          // The figures above are passed over one by one: jump to the top of their run at once.
          i = v.figureRunTop(i, c);
          continue;
        }
        if (v.rowEmpty(i)) {
          if (out.length > 0 || gaps-- <= 0) break;
        }
        continue;
      }
      const facts = v.factsAt(i, c) as TextFacts;
      if (facts.isProse) break;
      // Above a heading, a row holding figures is a list line (人员编制 | 21 | 实有人数 | 19
      // over a 自评表's 资金 block), not a heading of a higher level.
      if (out.length > 0 && v.rowHasNumber(i)) break;
      if (facts.isUnit) {
        unit ??= announcedUnit(t);
        continue;
      }
      const key = facts.key;
      // A text at the right of a label whose value is a text (部门名称 | 某局) is that value, not a
      // heading; at the right of a figure's label (预算数 | 统计数) it is the next column's heading.
      // A label merged down over the heading rows (单位名称 over 编制数 / 合计) heads its column
      // only: the texts anchored in its lower rows are the second level of the heading. No name
      // is 合计 or 金额: beside 单位名称 those head the next column.
      const left = this.rowLabel(i, c).label;
      const headerColumn = left !== undefined && left.row < i && v.home(i, c)[0] === i;
      const valueOf = (k: string): boolean => !this.allLabels.has(k) && !NEUTRAL_HEADINGS.has(k);
      if (left && !headerColumn && this.textValueLabels.has(left.key) && valueOf(key)) {
        if (out.length > 0) break;
        continue;
      }
      const [hr, hc] = v.home(i, c);
      // A title merged across the table (资产负债表 over every column) is no column heading.
      if (this.isBanner(i, hr, hc)) {
        if (
          out.length === 0 &&
          sectionBannerBelowHead(v, i, c, (k) => this.isBanner(i - 1, ...v.home(i - 1, k)))
        )
          continue;
        break;
      }
      unit ??= announcedUnit(t);
      if (key !== '' && !out.some((h) => h.row === hr && h.col === hc))
        out.push({ key: this.relativeYear(i, key), raw: t, row: hr, col: hc });
      top = i;
      if (out.length >= 3) break;
    }
    const whole = out.length > 0 ? this.partOf(r, out[0]) : undefined;
    if (whole) out.push(whole);
    return { headings: out, unit, top };
  }

  /**
   * The column a 其中 column is part of (本年支出 | 其中：基本支出 | 其中：公用经费, 实有人数 |
   * 其中：行政): the nearest heading at its left, in its row, that is no 其中 itself and heads a
   * figure in row r. A clerk reads 其中：公用经费 there as the spending on 公用经费, so it joins the
   * headings as if it stood above.
   */
  private partOf(r: number, h: Label): Label | undefined {
    const v = this.view;
    if (!PART_OF.test(h.raw.normalize('NFKC'))) return undefined;
    for (let j = h.col - 1; j >= 0; j--) {
      const t = v.textAt(h.row, j);
      if (t === undefined) continue;
      const [hr, hc] = v.home(h.row, j);
      if (hc === h.col) continue;
      if (PART_OF.test(t.normalize('NFKC'))) continue;
      if (!v.isNumber(r, hc)) return undefined;
      return { key: this.relativeYear(h.row, keyOf(t)), raw: t, row: hr, col: hc, whole: true };
    }
    return undefined;
  }

  /**
   * The text anchored at (hr, hc) and shown in row i is the row's only text and spreads over
   * three columns or more: a banner (a merged title), not the heading of one column group.
   */
  private isBanner(i: number, hr: number, hc: number): boolean {
    const v = this.view;
    let width = 0;
    for (let c = 0; c < v.cols; c++) {
      if (v.textAt(i, c) === undefined) continue;
      const [ar, ac] = v.home(i, c);
      if (ar !== hr || ac !== hc) return false;
      width++;
    }
    return width >= 3;
  }

  /**
   * A 科目编码 left of a row label at column c: in the cell just before it, or over the 类 | 款 |
   * 项 columns before it (201 | 03 | 01, a 类 line leaving 款 and 项 empty).
   */
  private codedBefore(r: number, c: number): boolean {
    for (let j = c - 1; j >= 0 && j >= c - 3; j--) {
      if (this.isCode(r, j)) return true;
      const cell = this.view.raw(r, j);
      const digits = cell.kind === 'text' ? /^\s*\d*\s*$/.test(cell.value) : cell.kind === 'empty';
      if (!digits) return false;
    }
    return false;
  }

  /**
   * The account code in the cell just before a row label at column c, as a 财务软件 prints it
   * (1601, '1601', '1601.01', '1601-01'), digits only.
   */
  private codeBefore(r: number, c: number): string | undefined {
    if (c < 1) return undefined;
    const cell = this.view.raw(r, c - 1);
    const text = cell.kind === 'number' ? String(cell.value) : cell.kind === 'text' ? cell.value.trim() : '';
    return /^\d{3,}(?:[.-]\d+)*$/.test(text) ? text.replace(/\D/g, '') : undefined;
  }

  /** A 科目编码 at (r, c): a number or a text of digits (301, '30201'). */
  private isCode(r: number, c: number): boolean {
    if (c < 0) return false;
    const cell = this.view.raw(r, c);
    if (cell.kind === 'number') return Number.isInteger(cell.value) && cell.value >= 100;
    return cell.kind === 'text' && /^\s*\d{3,}\s*$/.test(cell.value);
  }

  private readonly latestColumnYears = new Map<number, number>();

  /**
   * A year-named row label (2022年末 | 2021年末 down a transposed asset table) read like a
   * year-named heading, against the latest year of its column.
   */
  private relativeRowYear(j: number, key: string): string {
    const m = YEAR_HEADING.exec(key);
    if (!m) return key;
    let latest = this.latestColumnYears.get(j);
    if (latest === undefined) {
      latest = 0;
      for (let i = 0; i < this.view.rows; i++) {
        const t = this.view.textAt(i, j);
        const y = t === undefined ? null : YEAR_HEADING.exec(keyOf(t));
        if (y) latest = Math.max(latest, Number(y[1]));
      }
      this.latestColumnYears.set(j, latest);
    }
    const read = relativeTo(m, latest);
    // Down a column that already says 本年预算数 and 上年决算数, 2023年预算数 is not this year's
    // budget a second time: it is the year before's.
    if (m[2] !== '' && !read.startsWith('上年') && this.columnSpeaksRelative(j, m[2])) return `上年${m[2]}`;
    return read;
  }

  private readonly columnKeys = new Map<number, Set<string>>();

  /** Column j names `本年${rest}` and something of 上年: its years are read against those words. */
  private columnSpeaksRelative(j: number, rest: string): boolean {
    let keys = this.columnKeys.get(j);
    if (!keys) {
      keys = new Set();
      for (let i = 0; i < this.view.rows; i++) {
        const t = this.view.textAt(i, j);
        if (t !== undefined) keys.add(keyOf(t));
      }
      this.columnKeys.set(j, keys);
    }
    return keys.has(`本年${rest}`) && [...keys].some((k) => k.startsWith('上年'));
  }

  private readonly latestYears = new Map<number, number>();

  /** The latest year a heading of row i names (2024年, 2024年预算数), 0 when none does. */
  private latestYear(i: number): number {
    let latest = this.latestYears.get(i);
    if (latest === undefined) {
      latest = 0;
      for (let c = 0; c < this.view.cols; c++) {
        const t = this.view.textAt(i, c);
        const m = t === undefined ? null : YEAR_HEADING.exec(keyOf(t));
        if (m) latest = Math.max(latest, Number(m[1]));
      }
      this.latestYears.set(i, latest);
    }
    return latest;
  }

  /**
   * A year-named heading read the way the table means it: of two years side by side (2023年 |
   * 2024年, 2023年预算数 | 2024年预算数) the latest is the table's own year and the others are
   * 上年; a year alone heads the table's own year. So 2023年 beside 2024年 is 上年, 2024年 is 本年
   * and 2024年预算数 is 预算数, and the rules' 上年 / 本年 wordings apply to them.
   */
  private relativeYear(i: number, key: string): string {
    const m = YEAR_HEADING.exec(key);
    if (!m) return key;
    // A trend table that says its year (see offYearOfTrend) is read against that year, not its
    // latest column (a 2025年预算 column closing a 2024 table is no 本年).
    const stated = this.yearRow(i) ? this.statedYear(i) : undefined;
    return relativeTo(m, stated ?? this.latestYear(i));
  }

  private readonly yearRows = new Map<number, Map<number, number> | null>();

  /**
   * The years a heading row names column by column (2020年 | … | 2024年, or the years as numbers),
   * when it names three or more and holds no other figure; null for any other row.
   */
  private yearRow(i: number): Map<number, number> | null {
    const known = this.yearRows.get(i);
    if (known !== undefined) return known;
    const years = new Map<number, number>();
    let other = false;
    for (let j = 0; j < this.view.cols && !other; j++) {
      const cell = this.view.raw(i, j);
      if (cell.kind === 'number') {
        if (Number.isInteger(cell.value) && cell.value >= 1990 && cell.value <= 2100)
          years.set(j, cell.value);
        else other = true;
        continue;
      }
      const t = this.view.textAt(i, j);
      const m = t === undefined ? null : YEAR_HEADING.exec(keyOf(t));
      if (m) years.set(j, Number(m[1]));
    }
    const found = !other && new Set(years.values()).size >= 3 ? years : null;
    this.yearRows.set(i, found);
    return found;
  }

  /**
   * A trend table (three years or more side by side) holds one figure per year, and its latest
   * column is not always the evaluation's year (a 2025年预算 column closes many, and the first
   * figure right of a label is the oldest year). When the table's title names one year (某局2023年度
   * 近五年收支对比), a figure under another year is not the input's; without one year in the title
   * the columns are read as before.
   */
  offYearOfTrend(r: number, c: number): boolean {
    for (let i = r - 1; i >= Math.max(0, r - MAX_UP); i--) {
      const years = this.yearRow(i);
      if (!years) continue;
      const year = years.get(c);
      if (year === undefined) return false;
      const stated = this.statedYear(i);
      if (stated === undefined || year === stated) return false;
      // The year before, headed as a year in words (2023年), is read as 上年 (relativeYear): the
      // inputs of the year before are there. A bare number heads no word to read.
      return !(year === stated - 1 && this.view.textAt(i, c) !== undefined);
    }
    return false;
  }

  /**
   * The year of column c in the table of years above row r, the year the table is of (stated,
   * else its latest year's own column) and whether the heading is the year alone (trendRows.ts).
   */
  trendColumn(r: number, c: number): TrendColumn | undefined {
    for (let i = r - 1; i >= Math.max(0, r - MAX_UP); i--) {
      const years = this.yearRow(i);
      if (!years) continue;
      const year = years.get(c);
      if (year === undefined) return undefined;
      const plainAt = (j: number): boolean => {
        const t = this.view.textAt(i, j);
        const m = t === undefined ? null : YEAR_HEADING.exec(keyOf(t));
        return !m || !TREND_NOT_OWN_YEAR.test(m[2]);
      };
      let latest = 0;
      for (const [j, y] of years) if (plainAt(j)) latest = Math.max(latest, y);
      return { year, evaluation: this.statedYear(i) ?? latest, plain: plainAt(c) };
    }
    return undefined;
  }

  /** The stated year of each heading row asked: every figure under a trend table's years asks it. */
  private readonly statedYears = new Map<number, number | undefined>();

  /**
   * The year a table above heading row i says it is of: a 年度：2024 / 评价年度：2022 line between
   * its title and the headings, else the one year its title names (某局2023年度…); a title over a
   * range of years (2019—2023年) names none.
   */
  private statedYear(i: number): number | undefined {
    if (!this.statedYears.has(i)) this.statedYears.set(i, this.readStatedYear(i));
    return this.statedYears.get(i);
  }

  private readStatedYear(i: number): number | undefined {
    const title = this.title(i);
    for (let k = i - 1; k >= Math.max(0, title.row); k--) {
      for (let j = 0; j < this.view.cols; j++) {
        const t = this.view.textAt(k, j);
        const m = t === undefined ? null : /年度[:：]?\s*((?:19|20)\d{2})(?!\d)/.exec(t);
        if (m) return Number(m[1]);
      }
    }
    if (/(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d{2}/.test(title.title)) return undefined;
    const named = new Set([...title.title.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])));
    return named.size === 1 ? [...named][0] : undefined;
  }

  /** The nearest title above row r: a row holding one text only, or a text naming a 表. */
  title(r: number): { title: string; row: number } {
    const cached = this.titleCache.get(r);
    if (cached) return cached;
    const v = this.view;
    let found = { title: '', row: -1 };
    for (let i = r; i >= 0 && i >= r - MAX_UP; i--) {
      const texts = new Set<string>();
      let numbers = 0;
      for (let c = 0; c < v.cols; c++) {
        const t = v.textAt(i, c);
        if (t !== undefined) texts.add(t);
        else if (v.isNumber(i, c)) numbers++;
      }
      // Unit lines, the 编制单位：… and date (2024年12月31日, 2024年度) of the line under a
      // form's title, and the form's number in its corner (财决01表, 资年03表), are no titles.
      const list = [...texts].filter((t) => {
        const s = t.normalize('NFKC').replace(/\s/g, '');
        return (
          !isUnitCell(t) &&
          !/^(?:(?:金额)?单位|(?:编制|填报|预算)单位[:]|部门名称[:])/.test(s) &&
          !/^\d{4}年(?:度|\d{1,2}月(?:\d{1,2}日)?)?$/.test(s) &&
          !/^[A-Za-z\u4e00-\u9fff]{1,4}\d{1,3}表$/.test(s) &&
          !isExportMetaLine(t)
        );
      });
      if (numbers === 0 && list.length === 1 && keyOf(list[0]).length >= 4) {
        found = { title: list[0], row: i };
        break;
      }
      // A row of three texts or more is a heading band (人员情况 | 经费情况 | 离退休人数 over a
      // 基本数字表 strip): a group heading ending in 情况 there heads columns, it titles nothing.
      const table = list.find((t) => /表$|情况$|明细$|一览$/.test(keyOf(t)) && keyOf(t).length >= 4);
      if (numbers === 0 && table && list.length <= 2) {
        found = { title: table, row: i };
        break;
      }
    }
    this.titleCache.set(r, found);
    return found;
  }

  /** The sheet name and the title of the table above row r, normalised (what refuseTopic reads). */
  topic(r: number): string {
    return normaliseLabel(`${this.view.sheet.name}|${this.title(r).title}`);
  }

  /** The unit line (单位：元) between the table's title and row r, if any. */
  private readonly rowUnits = new Map<number, MoneyUnit | null>();

  /** The unit a row announces with a unit line (单位：元), once per row. */
  private rowUnit(i: number): MoneyUnit | null {
    const known = this.rowUnits.get(i);
    if (known !== undefined) return known;
    let found: MoneyUnit | null = null;
    // A line that holds nothing but a unit cell (a bare 元 or （万元） in the corner above a table)
    // says the table's unit as 单位：元 does: a 元 table read as 万元 is 10,000 times off.
    let bare: MoneyUnit | null | undefined;
    for (let c = 0; c < this.view.cols && !found; c++) {
      const t = this.view.textAt(i, c);
      if (t === undefined) continue;
      found = unitLineUnit(t) ?? null;
      const unit = isUnitCell(t) ? announcedUnit(t) : undefined;
      bare = bare === undefined && unit ? unit : null;
    }
    if (!found && bare && !this.view.rowHasNumber(i)) found = bare;
    this.rowUnits.set(i, found);
    return found;
  }

  unitLine(r: number, titleRow: number): MoneyUnit | undefined {
    for (let i = r; i >= Math.max(0, titleRow, r - MAX_UP); i--) {
      const u = this.rowUnit(i);
      if (u) return u;
    }
    return undefined;
  }

  rowTexts(r: number): string {
    const out: string[] = [];
    for (let c = 0; c < this.view.cols; c++) {
      const t = this.view.textAt(r, c);
      if (t !== undefined) out.push(keyOf(t));
    }
    return out.join('|');
  }

  /** Other row labels in the label's column, within the same block of rows. */
  siblings(label: Label | undefined, r: number): string {
    if (!label) return '';
    const v = this.view;
    const out: string[] = [];
    for (const step of [-1, 1]) {
      for (let i = r + step; i >= 0 && i < v.rows && Math.abs(i - r) <= 30; i += step) {
        if (v.rowEmpty(i)) break;
        const t = v.textAt(i, label.col);
        if (t !== undefined) out.push(keyOf(t));
      }
    }
    return out.join('|');
  }

  private readonly soleTexts = new Map<number, { key: string; col: number } | null>();

  /** The only text of row i and its column, when the row holds nothing else (a section heading). */
  private soleText(i: number): { key: string; col: number } | null {
    let known = this.soleTexts.get(i);
    if (known === undefined) {
      const v = this.view;
      let col = -1;
      for (let c = 0; c < v.cols && col > -2; c++) {
        const hc = v.home(i, c)[1];
        if (v.textAt(i, c) === undefined) col = v.isEmpty(i, c) ? col : -2;
        else col = col < 0 || col === hc ? hc : -2;
      }
      known = col >= 0 ? { key: keyOf(v.textAt(i, col) ?? ''), col } : null;
      this.soleTexts.set(i, known);
    }
    return known;
  }

  /** The columns holding a section heading that names the whole (see inUnitBlock). */
  private wholeSections?: Set<number>;

  /**
   * Figures listed in one block per unit (一、机关本级 | 年初预算数 … 五、全部门合计 | 年初预算数 …):
   * the section heading above row r, in or left of its label column, names one unit while another
   * section of that column names the whole. The same labels then repeat in every block, and only
   * the whole's block holds the department's figures.
   */
  private inUnitBlock(r: number, labelCol: number): boolean {
    for (let i = r - 1; i >= 0 && i >= r - MAX_UP && !this.view.rowEmpty(i); i--) {
      const section = this.soleText(i);
      if (!section || section.col > labelCol || this.allLabels.has(section.key)) continue;
      if (WHOLE_SECTIONS.has(section.key)) return false;
      if (!this.wholeSections) {
        this.wholeSections = new Set();
        for (let j = 0; j < this.view.rows; j++) {
          const s = this.soleText(j);
          if (s && WHOLE_SECTIONS.has(s.key)) this.wholeSections.add(s.col);
        }
      }
      return this.wholeSections.has(section.col);
    }
    return false;
  }

  /** A unit cell right of the figure at (r, c), past empty cells (a column left blank between). */
  private unitAtRight(r: number, c: number): MoneyUnit | undefined {
    for (let j = c + 1; j < this.view.cols && j <= c + 3; j++) {
      const t = this.view.textAt(r, j);
      if (t === undefined) {
        if (this.view.isEmpty(r, j)) continue;
        return undefined;
      }
      return isUnitCell(t) ? announcedUnit(t) : undefined;
    }
    return undefined;
  }

  /** The row label and headings of (r, c): all a rule needs to know whether the cell can be its figure. */
  terms(r: number, c: number): { left: RowLabel; up: Headings } {
    return { left: this.rowLabel(r, c, true), up: this.headings(r, c) };
  }

  features(
    r: number,
    c: number,
    { left, up }: { left: RowLabel; up: Headings } = this.terms(r, c),
  ): Features {
    const title = this.title(up.top);
    const headingRows = [...new Set(up.headings.map((h) => h.row))];
    const rowUnit = this.units.rowUnit(r, c, headingRows, left.label?.col ?? -1);
    const unit =
      rowUnit !== undefined
        ? rowUnit.kind === 'money'
          ? rowUnit.unit
          : undefined
        : (left.unit ??
          this.unitAtRight(r, c) ??
          (left.label ? announcedUnit(left.label.raw) : undefined) ??
          up.unit ??
          this.unitLine(r, title.row) ??
          this.units.noteBelow(r));
    const siblings = this.siblings(left.label, r);
    return {
      rowLabel: left.label,
      codedRow: left.label !== undefined && this.codedBefore(r, left.label.col),
      rowCode: left.label === undefined ? undefined : this.codeBefore(r, left.label.col),
      between: left.between,
      headings: up.headings,
      unit,
      ...(rowUnit ? { rowUnit } : {}),
      topic: normaliseLabel(`${this.view.sheet.name}|${title.title}`),
      siblings,
      wholeBeside: siblings.split('|').some((k) => WHOLE_SECTIONS.has(k)),
      headingRow: up.headings.length > 0 ? this.rowTexts(up.headings[0].row) : '',
      unitBlock: left.label !== undefined && this.inUnitBlock(r, left.label.col),
    };
  }
}

const hasAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/** How well a cell's headings name `rule`'s figure: a confidence, or undefined when it does not. */
function judge(
  rule: CompiledRule,
  f: Features,
  otherLabels: Set<string>,
): { confidence: number; how: Candidate['how']; label: Label[] } | undefined {
  if (hasAny(f.topic, rule.refuseTopic)) return undefined;
  const code = f.rowCode;
  if (code !== undefined && (rule.refuseCodes ?? []).some((p) => code.startsWith(p))) return undefined;
  if (rule.refuseSiblings.length > 0 && hasAny(f.headingRow, rule.refuseSiblings)) return undefined;
  // 年初预算数 | 调整预算数 | 全年预算数: the middle column is the adjustment, no input's figure.
  if (f.headings.some((h) => isAdjustmentBesideWholeYear(h.key, f.headingRow))) return undefined;
  if (f.rowLabel && isAdjustmentBesideWholeYear(f.rowLabel.key, f.siblings)) return undefined;
  // 2024年预算数 over 合计 | 一般公共预算拨款 | 政府性基金 …: a source's share, the 合计 is the figure.
  if (isSourceShareBesideTotal(f.headings, f.headingRow)) return undefined;
  // Rows of another table (固定资产, 因公出国 …) beside a 合计 row say that 合计 is not the
  // department's whole: they refuse a figure a generic row and a heading name (B, C). A row
  // label that names the figure itself (实际支出数) is that figure whatever a clerk's list holds
  // below it: a 基础数据 sheet lists budget, assets and 三公 lines in one column.
  const row = f.rowLabel;
  // A 预决算差异 table lists 基本支出, 项目支出 and the “三公” items under its 支出合计: those rows
  // are its parts, not another table's (budgetComparison.ts).
  const otherTable =
    rule.refuseSiblings.length > 0 &&
    hasAny(f.siblings, rule.refuseSiblings) &&
    !listsWholeSpendingParts(row?.key, f.siblings);
  if (row && rule.rowsBesideKeys.some((x) => x.rows.has(row.key) && hasAny(f.siblings, x.siblings)))
    return undefined;
  const terms = [...(row ? [row] : []), ...f.headings];
  const refused = (t: Label): boolean =>
    hasAny(t.key, rule.refuse) || (otherLabels.has(t.key) && !rule.labelKeys.has(t.key));
  const results: Array<{ confidence: number; how: Candidate['how']; label: Label[] }> = [];

  // A: the row label names the figure; the headings above must not name another.
  if (row && rule.labelKeys.has(row.key)) {
    let confidence = 0.95 - 0.04 * f.between;
    let ok = true;
    for (const h of f.headings) {
      if (rule.labelKeys.has(h.key) || rule.confirmKeys.has(h.key)) confidence += 0.02;
      else if (NEUTRAL_HEADINGS.has(h.key)) continue;
      else if (refused(h)) ok = false;
      else confidence -= 0.08;
    }
    if (ok) results.push({ confidence, how: 'label', label: [row] });
  }
  // B: a heading names it; the row is the whole (合计) or has no label.
  const named = f.headings.find((h) => !h.whole && rule.labelKeys.has(h.key));
  // A row that confirms it (期末数 down a transposed balance table) is as good as 合计.
  const wholeRow = (k: string): boolean =>
    NEUTRAL_ROWS.has(k) || rule.labelKeys.has(k) || rule.confirmKeys.has(k);
  if (named && !otherTable && (!row || wholeRow(row.key))) {
    // A 其中 heading that is the figure's own label (实有人数 | 其中：行政编制) names it whatever
    // column it is part of: the whole at its left refuses nothing.
    const others = terms.filter((t) => t !== named && t !== row && !(t.whole && named.col !== t.col));
    if (!others.some((t) => refused(t) && !NEUTRAL_HEADINGS.has(t.key) && !rule.confirmKeys.has(t.key))) {
      results.push({ confidence: row ? 0.92 : 0.9, how: 'heading', label: row ? [row, named] : [named] });
    }
  }
  // C: a row heading and a column heading together name it.
  const part = f.headings.some((h) => h.whole) ? f.headings[0] : undefined;
  for (const g of rule.gridKeys) {
    // An account named by its 科目编码 is itself whatever other accounts the 科目余额表 lists, and a
    // list rule reads a clerk's list that mixes rows of several tables.
    if (otherTable && !g.codes && !g.list) continue;
    const rowTerm = terms.find((t) => g.rows.has(t.key));
    const colTerm = terms.find((t) => t !== rowTerm && g.cols.has(t.key));
    if (!rowTerm || !colTerm) continue;
    // A 小计 heading under a group heading (公务用车购置及运行维护费 over 小计 | 购置费 | 运行费) is
    // that group's subtotal, not the table's whole. A 小计 row label is not: the headings above it
    // are its columns' (全年预算 over a “三公” 执行 sheet's 小计 line).
    if (
      [rowTerm, colTerm].some((t) => t !== row && t.key === SUBTOTAL && f.headings.some((h) => h.row < t.row))
    )
      continue;
    // Two headings that name it (公用经费 over 决算数, 其中：公用经费 beside 本年支出, 编制数 over
    // 合计) name the column's whole, not the figure of one coded item (30201 办公费) or of one
    // unit (机关本级) above or below the table's 合计 row.
    const byHeadings = row && rowTerm !== row && colTerm !== row && !wholeRow(row.key);
    if (byHeadings && (f.codedRow || f.wholeBeside || rowTerm.whole || colTerm.whole)) continue;
    // Under a 其中 heading the figure is that part: the whole's heading only qualifies it. A part
    // that is another figure's own label (其中：行政编制 beside 实有人数) is that figure's.
    if (part && rowTerm !== part && colTerm !== part) continue;
    if (part && otherLabels.has(part.key) && !rule.labelKeys.has(part.key)) continue;
    if (g.notTopic && hasAny(f.topic, g.notTopic)) continue;
    if (g.rowLabelOnly && rowTerm !== row) continue;
    if (g.ownHeading && colTerm !== f.headings[0]) continue;
    if (g.codes && !(code !== undefined && g.codes.some((p) => code.startsWith(p)))) continue;
    if (g.notWithCols && hasAny(f.headingRow, g.notWithCols)) continue;
    if (g.withCols && !g.withCols.every((w) => f.headingRow.includes(w))) continue;
    if (g.notBeside && f.siblings.split('|').some((k) => g.notBeside?.has(k))) continue;
    if (g.topic) {
      const where = `${f.topic}|${f.siblings}|${f.headingRow}|${terms.map((t) => t.key).join('|')}`;
      if (!hasAny(where, g.topic)) continue;
    }
    const rest = terms.filter((t) => t !== rowTerm && t !== colTerm);
    if (rest.some((t) => refused(t) && !NEUTRAL_HEADINGS.has(t.key))) continue;
    if (hasAny(rowTerm.key, rule.refuse) && !g.rows.has(rowTerm.key)) continue;
    results.push({ confidence: 0.88, how: 'table', label: [rowTerm, colTerm] });
  }
  if (results.length === 0) return undefined;
  const best = results.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  // One unit's figure, where the whole's block holds the same label: far below the whole's.
  return f.unitBlock ? { ...best, confidence: best.confidence - 0.1 } : best;
}

/**
 * An audit paper's 账面数 / 调整 / 差异 / 上年审定数 cell, or an amount of its list of adjusting
 * entries: no input's figure, whatever its row label names (auditWorkpapers.ts).
 */
function isAuditPaperNonFigure(reader: SheetReader, f: Features): boolean {
  if (isJournalEntryList(f.headingRow)) return true;
  return isNotAuditedColumn(
    f.headings.map((h) => h.key),
    () => headingRowsText(reader, f),
  );
}

/** An audit paper's 审定数 cell: the 账面数 and 调整 columns between it and its row label are no figures. */
function isAuditPaperFigure(reader: SheetReader, f: Features): boolean {
  return isAuditedColumn(
    f.headings.map((h) => h.key),
    () => headingRowsText(reader, f),
  );
}

/** The texts of every row a figure's headings stand on, joined: what an audit paper's head says. */
function headingRowsText(reader: SheetReader, f: Features): string {
  return [...new Set(f.headings.map((h) => h.row))].map((row) => reader.rowTexts(row)).join('|');
}

/**
 * Whether a row whose unit column says `u` can hold an input of `kind`: money only in a row of
 * 万元 or 元 (a row whose unit cannot be told is refused, never taken as 万元), a count or a
 * ratio never in a money row, a count never in a % row.
 */
function unitFits(kind: InputKind, u: RowUnit): boolean {
  if (kind === 'money') return u.kind === 'money';
  if (kind === 'count') return u.kind !== 'money' && u.kind !== 'percent';
  if (kind === 'ratio') return u.kind !== 'money';
  return true;
}

/** The figure for an input of `kind`, in the evaluation's unit; undefined when it cannot be that input. */
function figure(
  kind: InputKind,
  d: Decimal,
  unit: MoneyUnit | undefined,
): { value: Decimal; sourceUnit: SourceUnit } | undefined {
  switch (kind) {
    case 'money':
      return unit === '元' ? { value: d.div(10000), sourceUnit: '元' } : { value: d, sourceUnit: '万元' };
    case 'count':
      return d.isInteger() && d.gte(0) ? { value: d, sourceUnit: '' } : undefined;
    case 'ratio':
      if (d.gte(0) && d.lte(1)) return { value: d, sourceUnit: '' };
      if (d.gt(1) && d.lte(100)) return { value: d.div(100), sourceUnit: '%' };
      return undefined;
    case 'score':
      return d.gte(0) && d.lte(100) ? { value: d, sourceUnit: '' } : undefined;
    case 'year':
      return d.isInteger() && d.gte(1990) && d.lte(2100) ? { value: d, sourceUnit: '' } : undefined;
    default:
      return undefined;
  }
}

function round2(x: number): number {
  return Number(new D(x).toDecimalPlaces(2).toFixed(2));
}

/** The department's name: a text beside its label (the only text-valued input). */
function textCandidates(rule: CompiledRule, reader: SheetReader, warnings: BindingWarning[]): Candidate[] {
  const v = reader.view;
  const out: Candidate[] = [];
  for (let r = 0; r < v.rows; r++) {
    for (let c = 0; c < v.cols; c++) {
      const t = v.textAt(r, c);
      if (t === undefined || v.home(r, c)[1] !== c || !rule.labelKeys.has(keyOf(t))) continue;
      const [hr] = v.home(r, c);
      if (hr !== r) continue;
      const below = nameBelowHeading(reader, r, c);
      if (below) {
        out.push({
          name: rule.name,
          sheet: v.sheet.name,
          row: below.row,
          col: c,
          address: cellAddress(v.sheet.name, below.row, c),
          label: t,
          labelAddress: cellAddress(v.sheet.name, r, c),
          value: below.text.trim(),
          raw: below.text,
          sourceUnit: '',
          unitAssumed: false,
          confidence: afterWarnings(0.9, warnings),
          how: 'heading',
          ...(warnings.length > 0 ? { warnings } : {}),
        });
        continue;
      }
      for (let j = c + 1; j < v.cols && j <= c + 4; j++) {
        if (v.home(r, j)[0] === r && v.home(r, j)[1] === c) continue; // the label's own merge
        const value = v.textAt(r, j);
        if (value === undefined) continue;
        if (isUnitCell(value) || isProse(value) || keyOf(value).length < 2) break;
        const [hr, hc] = v.home(r, j);
        out.push({
          name: rule.name,
          sheet: v.sheet.name,
          row: hr,
          col: hc,
          address: cellAddress(v.sheet.name, hr, hc),
          label: t,
          labelAddress: cellAddress(v.sheet.name, r, c),
          value: value.trim(),
          raw: value,
          sourceUnit: '',
          unitAssumed: false,
          confidence: afterWarnings(0.9, warnings),
          how: 'label',
          ...(warnings.length > 0 ? { warnings } : {}),
        });
        break;
      }
    }
  }
  return out;
}

/**
 * A 单位名称 heading over a strip's single line (单位名称 | 人员情况 … merged down over the heading
 * rows, the unit's name under it, its figures beside): the name is the text below the heading,
 * not the group heading at its right. Undefined when the heading stands over no such line.
 */
function nameBelowHeading(
  reader: SheetReader,
  r: number,
  c: number,
): { text: string; row: number } | undefined {
  const v = reader.view;
  let bottom = r;
  while (bottom + 1 < v.rows && v.home(bottom + 1, c)[0] === r && v.home(bottom + 1, c)[1] === c) bottom++;
  const row = bottom + 1;
  if (row >= v.rows || v.home(row, c)[0] !== row) return undefined;
  const text = v.textAt(row, c);
  if (text === undefined || isUnitCell(text) || isProse(text) || keyOf(text).length < 2) return undefined;
  if (reader.isLabel(keyOf(text)) || !v.rowHasNumber(row)) return undefined;
  // The line under a heading band: the heading's row (or rows) holds no figure, and the column at
  // its right is headed by a figure's label (编制数) with a figure under it, so a cover sheet's
  // 部门名称 | 某局 over 人员经费 | 50 is no strip.
  for (let i = r; i <= bottom; i++) if (v.rowHasNumber(i)) return undefined;
  if (!v.isNumber(row, c + 1)) return undefined;
  for (let i = r; i <= bottom; i++) {
    const right = v.textAt(i, c + 1);
    if (right !== undefined && reader.isLabel(keyOf(right))) return { text, row };
  }
  return undefined;
}

/**
 * The title row above a label-and-value cell. Its own row, and the lines above it of a cover
 * sheet (编制单位：…, 年度：…), would each pass for a title (one text in a row): the title is the
 * nearest such row that is not itself a label and its value.
 */
function inCellTitleRow(reader: SheetReader, r: number): number {
  for (let i = r - 1; i >= 0 && i >= r - MAX_UP;) {
    const t = reader.title(i);
    if (t.row < 0 || !/[:：]./.test(t.title)) return t.row;
    i = t.row - 1;
  }
  return -1;
}

/**
 * A figure's terms on a topic's tab (表1 收支, 02三公经费, 资产情况 …) read in the tab's topic when
 * its table has no title of its own (sheetTopic.ts): the tab's name is then the table's title.
 */
function topicTerms(
  reader: SheetReader,
  topic: SheetTopicId,
  terms: { left: RowLabel; up: Headings },
): { left: RowLabel; up: Headings } {
  if (reader.title(terms.up.top).title !== '') return terms;
  const read = readInTopic(
    topic,
    terms.left.label,
    terms.up.headings,
    terms.up.top,
    (r, c) => reader.view.factsAt(r, c)?.key,
  );
  if (read.row === terms.left.label && read.headings.every((h, i) => h === terms.up.headings[i]))
    return terms;
  return { left: { ...terms.left, label: read.row }, up: { ...terms.up, headings: read.headings } };
}

/** The year's lines of the month-by-month ledgers on a sheet (ledgers.ts). */
function ledgerCandidatesOf(
  rules: CompiledRule[],
  view: SheetView,
  reader: SheetReader,
  warnings: BindingWarning[],
): Candidate[] {
  return ledgerCandidates(new Set(rules.map((r) => r.name)), {
    name: view.sheet.name,
    rows: view.rows,
    cols: view.cols,
    textAt: (r, c) => view.textAt(r, c),
    numberAt: (r, c) => {
      const cell = view.raw(r, c);
      return cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : undefined;
    },
    topic: (r) => reader.topic(inCellTitleRow(reader, r)),
    unitAbove: (r) => reader.unitLine(r, inCellTitleRow(reader, r)),
    warnings,
  });
}

/** Every column word of the rules' grids: the halves a dual heading may split into (dualHeadings.ts). */
function columnWordsOf(rules: CompiledRule[]): Set<string> {
  const all = new Set<string>();
  for (const r of rules) for (const g of r.gridKeys) for (const k of g.cols) all.add(k);
  return all;
}

/**
 * What a cell under a dual heading names when its heading is read as each half in turn, by rule:
 * only for rules its headings as they stand name nothing, and only when the halves name one input
 * (支出合计 under 预算数（决算数） would name two: then neither).
 */
function dualVerdicts(
  rules: CompiledRule[],
  f: Features,
  readings: Features[],
  otherLabels: Set<string>,
): Map<string, NonNullable<ReturnType<typeof judge>>> | undefined {
  if (readings.length === 0) return undefined;
  const out = new Map<string, NonNullable<ReturnType<typeof judge>>>();
  for (const rule of rules) {
    if (judge(rule, f, otherLabels)) continue;
    for (const g of readings) {
      const v = judge(rule, g, otherLabels);
      const had = out.get(rule.name);
      if (v && (!had || v.confidence > had.confidence)) out.set(rule.name, v);
    }
  }
  return out.size === 1 ? out : undefined;
}

/** The figures of an accounting package's year-end reports on a sheet (accountingReports.ts). */
function accountingReportCandidatesOf(
  rules: CompiledRule[],
  view: SheetView,
  reader: SheetReader,
  warnings: BindingWarning[],
): Candidate[] {
  return accountingReportCandidates(new Set(rules.map((r) => r.name)), {
    name: view.sheet.name,
    rows: view.rows,
    cols: view.cols,
    textAt: (r, c) => view.textAt(r, c),
    numberAt: (r, c) => {
      const cell = view.raw(r, c);
      return cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : undefined;
    },
    topic: (r) => reader.topic(r),
    unitAbove: (r) => reader.unitLine(r, r),
    warnings,
  });
}

/** What a table of years' row names at (r, c) beyond the catalog's labels (trendRows.ts); undefined for nothing. */
function trendVerdictsAt(
  trendRows: TrendRows,
  reader: SheetReader,
  row: Label | undefined,
  r: number,
  c: number,
): Map<string, TrendVerdict> | undefined {
  if (!row || !trendRows.mayName(row.key)) return undefined;
  const column = reader.trendColumn(r, c);
  const verdicts = column ? trendRows.verdicts(row, column, reader.topic(r)) : undefined;
  return verdicts && verdicts.size > 0 ? verdicts : undefined;
}

/** A cell's terms, and for a pivot's figure the row labels it is read among (see pivotTables.ts). */
interface PivotTerms {
  left: RowLabel;
  up: Headings;
  siblings?: string;
}

/**
 * A figure of a PivotTable pasted as values (pivotTables.ts) read as a plain table's: its value
 * field's heading keyed by the field it sums (求和项:年初预算数 as 年初预算数), a subtotal row by its
 * group, a count of persons as the persons in post of its 编制 category. Null: the cell is no
 * input's figure (an average, a count of records that are not persons in post).
 */
function readAsPivot(
  view: SheetView,
  pivot: PivotTable,
  r: number,
  c: number,
  terms: { left: RowLabel; up: Headings },
): PivotTerms | null {
  const reading = readPivotCell(view, pivot, r, c);
  if (!reading.figure) return null;
  const { headingKey, headingRow, headingCol, rowKey, siblings } = reading;
  const raw = view.textAt(headingRow, headingCol) ?? '';
  const fieldHeading: Label = { key: headingKey, raw, row: headingRow, col: headingCol };
  // Above a column field's items stand the field and 列标签, and its 总计 column is the whole of
  // the items: neither is a heading of its own.
  const at = reading.rowAt;
  const others = terms.up.headings.filter(
    (h) => h.row !== headingRow && !isPivotGrandTotal(h.raw) && !(at && h.row === at[0] && h.col === at[1]),
  );
  const rowLabel: Label | undefined = at
    ? { key: '', raw: view.textAt(at[0], at[1]) ?? '', row: at[0], col: at[1] }
    : terms.left.label;
  return {
    left:
      rowLabel && rowKey !== undefined ? { ...terms.left, label: { ...rowLabel, key: rowKey } } : terms.left,
    // The field's own unit (求和项:支出数(元)) stands in the corner over a column field's items.
    up: { ...terms.up, headings: [fieldHeading, ...others], unit: terms.up.unit ?? announcedUnit(raw) },
    ...(siblings !== undefined ? { siblings } : {}),
  };
}

/**
 * A figure of a table by unit (see unitColumns.ts): one unit's own column is no figure of the
 * department's (null); under the whole's column (合计 / 部门合计 …) the figure is read as the
 * row's own, its whole's heading neutral and the units' figures passed on the way no gap. Any
 * other figure is read as it is.
 */
function unitColumnOfFigure(
  unitColumns: UnitColumns,
  view: SheetView,
  f: Features,
  r: number,
  c: number,
): Features | null {
  if (!f.rowLabel) return f;
  const column: UnitColumn | undefined = unitColumns.columnOf(f.headings, f.rowLabel.col);
  if (!column) return f;
  if (column.kind === 'unit') return null;
  const h = column.heading;
  // Only the figures of the whole's own column group (年初 before 调整后) stand between.
  let between = 0;
  for (let j = h.col; j < c; j++) if (view.isNumber(r, j)) between++;
  const headings = f.headings.filter((x) => x !== h);
  // 预算数 over 年初 | 调整后 in the whole's group: one heading, 年初预算数 / 调整后预算数.
  const staged = headings.length >= 2 ? stagedHeading(headings[0].key, headings[1].key) : undefined;
  if (staged !== undefined) {
    const [sub, parent] = headings;
    headings.splice(0, 2, { ...sub, key: staged, raw: `${parent.raw.trim()}（${sub.raw.trim()}）` });
  }
  // The rows of a 汇总表 by unit are the department's summary lines one under another (支出,
  // 基本 / 项目, “三公” and its items indented under it): beside a row that names the spending
  // total itself (本年支出合计, not a bare 合计), an indented or 其中 item is a part of a line
  // above it, not a row of another table whose 合计 this would be.
  const namedTotal = SPENDING_TOTAL_ROW.test(f.rowLabel.key);
  return { ...f, between, headings, ...(namedTotal ? { siblings: outerSiblings(view, f.rowLabel, r) } : {}) };
}

/** The row labels of the label's block (as SheetReader.siblings reads them) that are no part rows. */
function outerSiblings(view: SheetView, label: Label, r: number): string {
  const out: string[] = [];
  for (const step of [-1, 1]) {
    for (let i = r + step; i >= 0 && i < view.rows && Math.abs(i - r) <= 30; i += step) {
      if (view.rowEmpty(i)) break;
      const t = view.textAt(i, label.col);
      if (t === undefined || /^[\s\u3000]/.test(t) || PART_OF.test(t.normalize('NFKC'))) continue;
      out.push(keyOf(t));
    }
  }
  return out.join('|');
}

/** A row label naming the spending's own total (本年支出合计, 支出总计, 部门支出合计). */
const SPENDING_TOTAL_ROW = /支出(?:合计|总计)$/;

/** Every candidate cell of every input on one sheet. */
function sheetCandidates(
  rules: CompiledRule[],
  sheet: GridSheet,
  allLabels: Set<string>,
  textValueLabels: Set<string>,
  sheetNames: readonly string[],
): Candidate[] {
  const view = new SheetView(sheet);
  const reader = new SheetReader(view, allLabels, textValueLabels);
  const hidden = sheetWarning(sheet.visibility);
  const sheetWarnings: BindingWarning[] = hidden ? [hidden] : [];
  const out: Candidate[] = [];
  for (const rule of rules)
    if (rule.kind === 'text') out.push(...textCandidates(rule, reader, sheetWarnings));
  out.push(
    ...inCellCandidates(rules, {
      name: sheet.name,
      rows: view.rows,
      cols: view.cols,
      textAt: (r, c) => view.textAt(r, c),
      home: (r, c) => view.home(r, c),
      topic: (r) => reader.topic(inCellTitleRow(reader, r)),
      unitAbove: (r) => reader.unitLine(r, inCellTitleRow(reader, r)),
      warnings: sheetWarnings,
    }),
  );
  // A 目录's list: its 序号 and page numbers are no figures. What it says in its lines (a cover's
  // 单位名称：… or 年度：… above the list) is read as on any sheet.
  if (isContentsSheet(sheet, sheetNames)) return out;
  const topic = sheetTopicOf(sheet.name);
  out.push(...ledgerCandidatesOf(rules, view, reader, sheetWarnings));
  out.push(...accountingReportCandidatesOf(rules, view, reader, sheetWarnings));
  const numeric = rules.filter((r) => r.kind !== 'text' && r.kind !== 'table');
  const naming = namingKeysOf(numeric);
  const trendRows = new TrendRows(numeric);
  const pivots = findPivotTables(view);
  const unitColumns = new UnitColumns({
    cols: view.cols,
    keyAt: (r, c) => view.factsAt(r, c)?.key,
    home: (r, c) => view.home(r, c),
    isUnit: (r, c) => view.factsAt(r, c)?.isUnit ?? false,
    isLabel: (key) => allLabels.has(key),
  });
  const columnWords = columnWordsOf(numeric);
  // A working paper's head states the unit of every table below it (auditWorkpapers.ts).
  const paperUnit = auditPaperUnit({ rows: view.rows, cols: view.cols, textAt: (r, c) => view.textAt(r, c) });
  // Whether a head row names an execution to a month before December, read once per row.
  const midYearHeads = new Map<number, boolean>();
  const midYearHead = (row: number): boolean => {
    let known = midYearHeads.get(row);
    if (known === undefined) {
      known = headTextsOf(view, row).some(namesPartOfYear);
      midYearHeads.set(row, known);
    }
    return known;
  };
  for (let r = 0; r < view.rows; r++) {
    for (let c = 0; c < view.cols; c++) {
      const cell = view.raw(r, c);
      const asText = view.numberText(r, c);
      let raw: number | string;
      if (cell.kind === 'number' && Number.isFinite(cell.value)) raw = cell.value;
      else if (asText && cell.kind === 'text') raw = cell.value;
      else continue;
      // A pivot's 计数项:人员编号 counts records: its figures are no row numbers (see readAsPivot).
      const pivot = pivots.length > 0 ? pivotAt(pivots, r, c) : undefined;
      if (!pivot && (view.isRowNumberColumn(c, r) || view.isColumnNumberRow(r))) continue;
      const terms: PivotTerms | null = pivot
        ? readAsPivot(view, pivot, r, c, reader.terms(r, c))
        : topic
          ? topicTerms(reader, topic, reader.terms(r, c))
          : reader.terms(r, c);
      if (!terms) continue;
      const row = terms.left.label;
      const trend = trendVerdictsAt(trendRows, reader, row, r, c);
      if (!(row && naming.has(row.key)) && !terms.up.headings.some((h) => naming.has(h.key)) && !trend)
        continue;
      // Exact from here on: the text's own digits, or the number's shortest spelling.
      const x = typeof raw === 'number' ? fromNumber(raw) : new D(asText?.value ?? raw);
      const features = reader.features(r, c, terms);
      const read = terms.siblings !== undefined ? { ...features, siblings: terms.siblings } : features;
      const figureFeatures = unitColumnOfFigure(unitColumns, view, read, r, c);
      if (!figureFeatures) continue;
      if (isAuditPaperNonFigure(reader, figureFeatures)) continue;
      const withUnit =
        paperUnit !== undefined && figureFeatures.unit === undefined && !figureFeatures.rowUnit
          ? { ...figureFeatures, unit: paperUnit }
          : figureFeatures;
      const f =
        withUnit.between > 0 && isAuditPaperFigure(reader, withUnit) ? { ...withUnit, between: 0 } : withUnit;
      const offYear = reader.offYearOfTrend(r, c);
      const dual = dualVerdicts(
        numeric,
        f,
        dualHeadingReadings(f.headings, columnWords).map((headings) => ({ ...f, headings })),
        allLabels,
      );
      // A 政府采购执行情况表's rows are purchases: only the procurement inputs stand in it.
      const purchases = isPurchaseList(f.headingRow);
      for (const rule of numeric) {
        if (purchases && !isProcurementInput(rule.name)) continue;
        const fromTrend = trend?.get(rule.name);
        if (offYear && rule.kind !== 'year' && !fromTrend) continue;
        const verdict =
          offYear && rule.kind !== 'year'
            ? fromTrend
            : (judge(rule, f, allLabels) ?? fromTrend ?? dual?.get(rule.name));
        if (!verdict) continue;
        if (underOtherParent(view, f.rowLabel, rule, naming)) continue;
        if (f.headings.length > 0 && refusedInMidYearForm(rule.name, () => midYearHead(f.headings[0].row)))
          continue;
        if (f.rowUnit && !unitFits(rule.kind, f.rowUnit)) continue;
        const fig = figure(rule.kind, x, f.unit);
        if (!fig) continue;
        // A strip by year (年度 over 2023 | 2024): the evaluation year is the latest of its column.
        if (rule.kind === 'year' && reader.laterYearBelowOrAbove(r, c)) continue;
        const unitAssumed = rule.kind === 'money' && f.unit === undefined;
        // A number stored as text: VALUE() links it when every host reads it, else 数值 holds a copy.
        const warnings: BindingWarning[] = [...sheetWarnings];
        let form: ValueForm = 'cell';
        if (asText) {
          warnings.push('numberAsText');
          form = asText.valueReadable ? 'numberText' : 'inText';
          if (!asText.valueReadable) warnings.push('notLinked');
        }
        const confidence = afterWarnings(Math.max(0, Math.min(1, verdict.confidence)), warnings);
        out.push({
          name: rule.name,
          sheet: sheet.name,
          row: r,
          col: c,
          address: cellAddress(sheet.name, r, c),
          label: verdict.label.map((l) => l.raw.trim()).join(' × '),
          labelAddress: cellAddress(sheet.name, verdict.label[0].row, verdict.label[0].col),
          value: fig.value.toFixed(),
          raw,
          sourceUnit: fig.sourceUnit,
          unitAssumed,
          confidence: round2(confidence),
          how: verdict.how,
          ...(warnings.length > 0 ? { warnings } : {}),
          ...(form !== 'cell' ? { form } : {}),
        });
      }
    }
  }
  return out;
}

/** The texts of a head row, as shown (see midYearForm.ts). */
function headTextsOf(view: SheetView, row: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < view.cols; c++) {
    const t = view.textAt(row, c);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/**
 * A section line merged across the body of a table (预算资金执行情况 over a 监控表's rows, right
 * under its head row) divides the rows, it heads no column: the column's heading is the head
 * row just above it, when that row holds a text at column c that is no banner of its own.
 */
function sectionBannerBelowHead(
  view: SheetView,
  i: number,
  c: number,
  bannerAt: (col: number) => boolean,
): boolean {
  if (i === 0 || view.rowEmpty(i - 1)) return false;
  const above = view.textAt(i - 1, c);
  if (above === undefined || view.factsAt(i - 1, c)?.isProse) return false;
  return !bannerAt(c);
}

/**
 * In a list indented by leading spaces, a bare figure word (实际支出, 预算数) is its parent line's
 * figure: refused for a rule the parent does not name when the parent names another's (see
 * indentedList.ts).
 */
function underOtherParent(
  view: SheetView,
  label: Label | undefined,
  rule: CompiledRule,
  naming: ReadonlySet<string>,
): boolean {
  if (!label || indentOf(view.textAt(label.row, label.col) ?? '') === 0) return false;
  return refusedByIndentParent(view, label.row, label.col, ownRowKeysOf(rule), naming);
}

/** The row words a rule names its figure by (its labels and its grids' rows), gathered once per rule. */
const ownRowKeys = new WeakMap<CompiledRule, ReadonlySet<string>>();
function ownRowKeysOf(rule: CompiledRule): ReadonlySet<string> {
  let own = ownRowKeys.get(rule);
  if (!own) {
    const keys = new Set(rule.labelKeys);
    for (const g of rule.gridKeys) for (const k of g.rows) keys.add(k);
    ownRowKeys.set(rule, keys);
    own = keys;
  }
  return own;
}

/** Labels that were found where no figure stands beside them. */
function labelsWithoutValue(
  rules: CompiledRule[],
  sheet: GridSheet,
  wanted: Set<string>,
): FoundWithoutValue[] {
  const view = new SheetView(sheet);
  const out: FoundWithoutValue[] = [];
  for (let r = 0; r < view.rows; r++) {
    for (let c = 0; c < view.cols; c++) {
      const t = view.textAt(r, c);
      if (t === undefined || view.home(r, c)[1] !== c || view.home(r, c)[0] !== r || isProse(t)) continue;
      const key = keyOf(t);
      const rule = rules.find((x) => wanted.has(x.name) && x.labelKeys.has(key));
      if (!rule) {
        // 年初预算数：见附表 — a label with something after its colon that is no value of its kind.
        const split = /^(.+?)[:：](.+)$/.exec(t);
        const inside = split && keyOf(split[1]);
        const named = inside ? rules.find((x) => wanted.has(x.name) && x.labelKeys.has(inside)) : undefined;
        if (named) {
          const here = cellAddress(sheet.name, r, c);
          out.push({ name: named.name, label: t.trim(), labelAddress: here, address: here, reason: 'text' });
        }
        continue;
      }
      let j = c + 1;
      while (j < view.cols && view.home(r, j)[0] === r && view.home(r, j)[1] === c) j++;
      while (j < view.cols && view.textAt(r, j) !== undefined && isUnitCell(view.textAt(r, j) as string)) j++;
      const cell = view.raw(r, j);
      const reason: FoundWithoutValue['reason'] =
        cell.kind === 'error' ? 'error' : view.textAt(r, j) !== undefined ? 'text' : 'empty';
      if (view.isNumber(r, j)) continue;
      out.push({
        name: rule.name,
        label: t.trim(),
        labelAddress: cellAddress(sheet.name, r, c),
        address: cellAddress(sheet.name, r, j),
        reason,
      });
    }
  }
  return out;
}

/**
 * Proposes a cell for every input the sheets hold, most confident first per input. A cell goes
 * to the input it names best; an input whose best cells disagree on the figure gets a choice.
 */
export function proposeBindings(given: readonly GridSheet[], options: ProposeOptions = {}): BindingProposals {
  // A bilingual statement is read in Chinese, its labels' Chinese halves (bilingualLabels.ts).
  const sheets = readBilingualSheets(given);
  const all = compileRules(options.rules);
  const names = new Set(options.names ?? all.map((r) => r.name));
  const rules = all.filter((r) => names.has(r.name));
  const allLabels = labelKeysOf(all);
  const textValueLabels = labelKeysOf(all.filter((r) => r.kind === 'text' || r.kind === 'year'));
  const floor = options.floor ?? 0.6;
  const tie = options.tie ?? 0.05;
  const sheetNames = sheets.map((s) => s.name);

  const candidates = sheets
    .flatMap((s) => sheetCandidates(rules, s, allLabels, textValueLabels, sheetNames))
    .map((c) => ({ ...c, confidence: round2(c.confidence) }))
    .filter((c) => c.confidence >= floor);

  // A cell belongs to the input(s) it names best.
  const bestForCell = new Map<string, number>();
  for (const c of candidates)
    bestForCell.set(c.address, Math.max(bestForCell.get(c.address) ?? 0, c.confidence));
  const kept = candidates.filter((c) => c.confidence >= (bestForCell.get(c.address) ?? 0) - 0.005);

  let proposals: Proposal[] = [];
  for (const rule of rules) {
    const mine = kept
      .filter((c) => c.name === rule.name)
      .sort(
        (a, b) =>
          b.confidence - a.confidence || a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col,
      );
    if (mine.length === 0) continue;
    const top = mine[0];
    // The same figure found twice (a total repeated in two tables) is no choice, only more certain.
    const same = mine.filter((c) => c !== top && c.value === top.value);
    const rivals = mine.filter((c) => c.value !== top.value && c.confidence >= top.confidence - tie);
    const alternatives: Candidate[] = [];
    for (const c of rivals) if (!alternatives.some((a) => a.value === c.value)) alternatives.push(c);
    const confidence = round2(Math.min(0.99, top.confidence + (same.length > 0 ? 0.02 : 0)));
    proposals.push({ ...top, confidence, alternatives });
  }

  proposals = refuseOtherYears(proposals);
  const proposed = new Set(proposals.map((p) => p.name));
  const wanted = new Set(rules.filter((r) => !proposed.has(r.name)).map((r) => r.name));
  const foundWithoutValue = sheets.flatMap((s) => labelsWithoutValue(rules, s, wanted));
  const found = new Set(foundWithoutValue.map((f) => f.name));
  const unmatched = rules.filter((r) => !proposed.has(r.name) && !found.has(r.name)).map((r) => r.name);
  const wantsTable = !options.names || options.names.includes(FUNCTIONAL_TABLE_NAME);
  const functionalTable = wantsTable ? findFunctionalTable(sheets, { floor, tie }) : undefined;
  return {
    proposals: readUnitsByScale(proposals),
    foundWithoutValue,
    unmatched,
    ...(functionalTable ? { functionalTable } : {}),
  };
}
