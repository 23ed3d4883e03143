/**
 * Finding PE_FunctionalTable in a clerk's own sheets: the table of expenditure by 功能分类 with
 * 年初预算数, 本年决算数 and 上年决算数 per 类 (一般公共服务支出, 教育支出 …).
 *
 * Unlike a scalar input this is a block of rows, and its whole point is the two sum checks
 * (Σ 年初预算数 = PE_BudgetInitial, Σ 本年决算数 = PE_Expenditure). So the rows kept must be the
 * 类 level only: a 合计/小计 row or a 款/项 row taken along would double a figure and make a
 * correct workbook fail. The 类 level is read from the 功能分类科目编码 (three digits 2xx; five
 * and seven digits are 款 and 项) or, where a table has no codes, from the closed list of 类 names
 * of the 政府收支分类科目 (old names included). A table whose rows are another classification
 * (基本支出/项目支出, 经济分类 301 …) or whose title says it is part of the budget only
 * (项目支出, 政府性基金 …) is refused, not guessed; two different tables of similar confidence are
 * handed over as a choice. Money is exact: 元 figures are divided by 10000 with decimal.js.
 */
import { fromNumber } from '../decimal';
import { cellAddress, columnName, parseRange, type GridCell, type GridSheet } from './grid';
import {
  CLASS_NAMES,
  CODE_HEADS,
  FAMILY_KEYS,
  NAME_HEADS,
  OTHER_CLASSIFICATION,
  REFUSE_ABOVE,
  REFUSE_TOPIC,
  ROW_NUMBER_ROWS,
  TOTAL_ROWS,
  WHOLE_SUBHEADS,
} from './functionalVocabulary';
import { announcedUnit, isProse, normaliseLabel, type MoneyUnit } from './normalise';

export const FUNCTIONAL_TABLE_NAME = 'PE_FunctionalTable';

/** The three figure columns of the table, in the order of PE_FunctionalTable after 科目名称. */
export type FunctionalColumn = 'budget' | 'final' | 'prior';
export const FUNCTIONAL_COLUMNS: readonly FunctionalColumn[] = ['budget', 'final', 'prior'];

/** One figure of a row: its source cell and its value in 万元 as exact decimal text. */
export interface FunctionalFigure {
  address: string;
  /** 万元, exact decimal text ('0' for an empty source cell, which a formula reads as 0). */
  value: string;
  /** The cell's own figure; null when the cell is empty or a dash. */
  raw: number | null;
  /**
   * The cell shows a dash (-, —) for nothing, as published tables do: read as 0. A link must
   * read it through N(), since a plain link to it yields the text and not a figure.
   */
  dash?: boolean;
}

export interface FunctionalRow {
  /** 科目名称 as the table spells it, without its code or indentation. */
  name: string;
  /** 功能分类科目编码 when the table gives one (201, 208 …). */
  code?: string;
  nameAddress: string;
  /** Undefined for a column the table does not have: the clerk types that figure. */
  figures: Record<FunctionalColumn, FunctionalFigure | undefined>;
}

export interface FunctionalHeading {
  label: string;
  address: string;
}

export interface FunctionalTableCandidate {
  name: typeof FUNCTIONAL_TABLE_NAME;
  /**
   * Which reading this is: the block and the figure headings taken. Two readings of one table
   * (决算数 and 本年支出 both standing) share the block address, never the id.
   */
  id: string;
  sheet: string;
  /** The source block: from the 科目名称 column to the last figure column, first to last 类 row. */
  address: string;
  /** The table's title (or sheet name) and the headings read, as the workbook spells them. */
  label: string;
  /** The heading of the 科目名称 column. */
  labelAddress: string;
  headings: { name: FunctionalHeading } & Record<FunctionalColumn, FunctionalHeading | undefined>;
  /** Columns the table does not have (上年决算数 often lives elsewhere): to type. */
  missing: FunctionalColumn[];
  rows: FunctionalRow[];
  sourceUnit: MoneyUnit;
  /** True when no unit was announced and 万元 was taken. */
  unitAssumed: boolean;
  /** Rows passed over: 合计/小计 lines and 款/项 lines below a 类. */
  skipped: { totals: number; deeper: number };
  /** 0–1, two decimals. */
  confidence: number;
}

export interface FunctionalTableProposal extends FunctionalTableCandidate {
  /** Other tables of similar confidence with different figures: the clerk chooses. */
  alternatives: FunctionalTableCandidate[];
}

/** A table that looked like the functional table and was refused, with the cell that shows why. */
export interface RefusedFunctionalTable {
  sheet: string;
  /** The heading of its 科目名称 column. */
  labelAddress: string;
  title: string;
  reason: 'topic' | 'otherClassification' | 'notNumber';
  /** The cell that refused it (a 项目支出 row, a text figure …). */
  address: string;
}

export interface FunctionalTableSearch {
  proposal?: FunctionalTableProposal;
  refused: RefusedFunctionalTable[];
}

export interface FunctionalTableOptions {
  /** Tables below this confidence are dropped (default 0.6). */
  floor?: number;
  /** Two tables closer in confidence than this are a choice (default 0.05). */
  tie?: number;
}

const MAX_BAND = 3;
const MAX_TITLE_UP = 6;
const MAX_GAP = 2;

// ── Reading a sheet ───────────────────────────────────────────────────────────────────────────

/** A sheet with merged text spread over the cells it covers (headings only need this). */
class Cells {
  readonly rows: number;
  readonly cols: number;
  private readonly spread: (string | undefined)[][];

  constructor(readonly sheet: GridSheet) {
    this.rows = sheet.cells.length;
    this.cols = sheet.cells.reduce((m, r) => Math.max(m, r.length), 0);
    this.spread = sheet.cells.map((r) =>
      r.map((c) => (c.kind === 'text' && c.value.trim() !== '' ? c.value : undefined)),
    );
    for (const ref of sheet.merges) {
      const range = parseRange(ref);
      if (!range) continue;
      const anchor = this.raw(range.top, range.left);
      if (anchor.kind !== 'text') continue;
      if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > 400) continue;
      for (let r = range.top; r <= range.bottom && r < this.rows; r++)
        for (let c = range.left; c <= range.right; c++) (this.spread[r] ??= [])[c] = anchor.value;
    }
  }

  raw(r: number, c: number): GridCell {
    return this.sheet.cells[r]?.[c] ?? { kind: 'empty' };
  }

  text(r: number, c: number): string | undefined {
    return this.spread[r]?.[c];
  }

  rowEmpty(r: number): boolean {
    for (let c = 0; c < this.cols; c++) {
      const cell = this.raw(r, c);
      if (cell.kind !== 'empty' && !(cell.kind === 'text' && cell.value.trim() === '')) return false;
      if (this.text(r, c) !== undefined) return false;
    }
    return true;
  }

  hasNumber(r: number): boolean {
    for (let c = 0; c < this.cols; c++) if (this.raw(r, c).kind === 'number') return true;
    return false;
  }

  /** The distinct texts of a row (merged text once). */
  texts(r: number): string[] {
    const out = new Set<string>();
    for (let c = 0; c < this.cols; c++) {
      const t = this.text(r, c);
      if (t !== undefined) out.add(t);
    }
    return [...out];
  }
}

const keyMemo = new Map<string, string>();
function keyOf(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    if (keyMemo.size > 50_000) keyMemo.clear();
    k = normaliseLabel(text);
    keyMemo.set(text, k);
  }
  return k;
}

const hasAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/** A title row: one text only (a merged banner counts once), long enough or naming a 表. */
function isTitleRow(cells: Cells, r: number): boolean {
  const texts = cells.texts(r);
  if (texts.length !== 1 || cells.hasNumber(r)) return false;
  const key = keyOf(texts[0]);
  return key.length >= 6 || (key.length >= 4 && /表$/.test(key));
}

function isUnitRow(cells: Cells, r: number): boolean {
  return cells.texts(r).some((t) => /单位[:：]/.test(t.normalize('NFKC')));
}

interface ColumnHeading {
  col: number;
  /** Normalised heading keys, top to bottom. */
  keys: string[];
  raws: string[];
  /** Where the lowest heading text is. */
  row: number;
}

type ColumnRole =
  | { role: 'name' }
  | { role: 'code' }
  | { role: 'figure'; family: FunctionalColumn; strength: 2 | 1 }
  | { role: 'other' };

/** What a column's headings say it holds. */
function roleOf(h: ColumnHeading): ColumnRole {
  const last = h.keys[h.keys.length - 1];
  if (CODE_HEADS.has(last)) return { role: 'code' };
  if (NAME_HEADS.has(last)) return { role: 'name' };
  for (const family of FUNCTIONAL_COLUMNS) {
    const keys = FAMILY_KEYS[family];
    // The family heading may stand above a sub-heading (本年支出 over 合计 | 基本支出 | 项目支出):
    // only the whole (合计) is the figure, a part is another figure.
    const at = h.keys.findIndex((k) => keys.strong.has(k) || keys.weak.has(k));
    if (at < 0) continue;
    const below = h.keys.slice(at + 1);
    if (below.some((k) => !WHOLE_SUBHEADS.has(k) && !keys.strong.has(k) && !keys.weak.has(k)))
      return { role: 'other' };
    const above = h.keys.slice(0, at);
    // 决算数 under a merged 上年 heading is last year's figure.
    if (family === 'final' && above.some((k) => k.includes('上年')))
      return above.some((k) => hasAny(k, REFUSE_ABOVE.prior))
        ? { role: 'other' }
        : { role: 'figure', family: 'prior', strength: 1 };
    if (above.some((k) => hasAny(k, REFUSE_ABOVE[family]))) return { role: 'other' };
    return { role: 'figure', family, strength: keys.strong.has(h.keys[at]) ? 2 : 1 };
  }
  return { role: 'other' };
}

/** The headings of every column, reading the header band that ends at row r. */
function headingsAt(cells: Cells, r: number): { headings: ColumnHeading[]; top: number } {
  let top = r;
  for (let i = r - 1; i >= 0 && i > r - MAX_BAND; i--) {
    if (cells.rowEmpty(i) || cells.hasNumber(i) || isTitleRow(cells, i) || isUnitRow(cells, i)) break;
    top = i;
  }
  const headings: ColumnHeading[] = [];
  for (let c = 0; c < cells.cols; c++) {
    const keys: string[] = [];
    const raws: string[] = [];
    let row = -1;
    for (let i = top; i <= r; i++) {
      const t = cells.text(i, c);
      if (t === undefined) continue;
      const k = keyOf(t);
      if (k === '' || keys[keys.length - 1] === k) continue;
      keys.push(k);
      raws.push(t.trim());
      row = i;
    }
    if (keys.length > 0) headings.push({ col: c, keys, raws, row });
  }
  return { headings, top };
}

/** The title above a header band and the unit announced between them. */
function titleAndUnit(cells: Cells, top: number): { title: string; titleRow: number; unit?: MoneyUnit } {
  let unit: MoneyUnit | undefined;
  for (let i = top - 1; i >= 0 && i >= top - MAX_TITLE_UP; i--) {
    for (const t of cells.texts(i)) unit ??= /单位/.test(t) ? announcedUnit(t) : undefined;
    if (isTitleRow(cells, i)) return { title: cells.texts(i)[0].trim(), titleRow: i, unit };
    if (cells.hasNumber(i)) break;
  }
  return { title: '', titleRow: -1, unit };
}

interface Reading {
  nameCol: number;
  /** Where the 科目名称 heading's own text is (not a cell its merge covers). */
  nameRow: number;
  nameHeadingCol: number;
  codeCols: number[];
  figureCols: Record<FunctionalColumn, ColumnHeading | undefined>;
  weak: number;
}

/**
 * The readings a header row allows: per table of the row (two tables side by side, as the 收入 and
 * 支出 halves of a 收支总表, each start at a 科目名称-like column), one per way of choosing among
 * equally strong columns.
 */
function readingsOf(headings: ColumnHeading[]): Reading[] {
  const roles = headings.map((h) => ({ h, role: roleOf(h) }));
  const names = roles.filter((x) => x.role.role === 'name');
  const out: Reading[] = [];
  for (let i = 0; i < names.length; i++) {
    // 项目 merged over the code and name columns with no sub-heading: the columns left of the
    // last one under the same heading hold the codes.
    let last = i;
    while (
      last + 1 < names.length &&
      names[last + 1].h.col === names[last].h.col + 1 &&
      names[last + 1].h.raws.join('|') === names[i].h.raws.join('|')
    )
      last++;
    const end = names[last + 1]?.h.col ?? Infinity;
    const start = names[i].h.col;
    // Code columns stand left of their names (科目编码 | 科目名称): those after the previous table's
    // name column belong to this one.
    const previous = names[i - 1]?.h.col ?? -1;
    const codeCols = [
      ...names.slice(i, last).map((x) => x.h.col),
      ...roles
        .filter((x) => x.role.role === 'code' && x.h.col > previous && x.h.col < start)
        .map((x) => x.h.col),
    ].sort((a, b) => a - b);
    const figures = roles.filter((x) => x.h.col > names[last].h.col && x.h.col < end);
    out.push(...groupReadings(names[last].h, start, codeCols, figures));
    i = last;
  }
  return out.slice(0, 8);
}

function groupReadings(
  name: ColumnHeading,
  headingCol: number,
  codeCols: number[],
  columns: Array<{ h: ColumnHeading; role: ColumnRole }>,
): Reading[] {
  const byFamily = new Map<FunctionalColumn, Array<{ h: ColumnHeading; strength: number }>>();
  for (const x of columns) {
    if (x.role.role !== 'figure') continue;
    const list = byFamily.get(x.role.family) ?? [];
    list.push({ h: x.h, strength: x.role.strength });
    byFamily.set(x.role.family, list);
  }
  const present = FUNCTIONAL_COLUMNS.filter((f) => byFamily.has(f));
  if (present.length < 2 || !(byFamily.has('budget') || byFamily.has('final'))) return [];
  // Per family the strongest columns; two of them are a choice, not a guess.
  const options = FUNCTIONAL_COLUMNS.map((f) => {
    const list = byFamily.get(f) ?? [];
    const best = Math.max(0, ...list.map((x) => x.strength));
    return list.filter((x) => x.strength === best);
  });
  let readings: Reading[] = [
    {
      nameCol: name.col,
      nameRow: name.row,
      nameHeadingCol: headingCol,
      codeCols,
      figureCols: { budget: undefined, final: undefined, prior: undefined },
      weak: 0,
    },
  ];
  FUNCTIONAL_COLUMNS.forEach((f, i) => {
    if (options[i].length === 0) return;
    readings = readings.flatMap((rd) =>
      options[i].map((o) => ({
        ...rd,
        figureCols: { ...rd.figureCols, [f]: o.h },
        weak: rd.weak + (o.strength === 1 ? 1 : 0),
      })),
    );
  });
  return readings;
}

/** 科目名称 as written to 绩效数据: a known 类 without its outline numbering (一、), else as typed. */
function shownName(name: string): string {
  const key = keyOf(name);
  return CLASS_NAMES.has(key) ? key : name.trim();
}

type RowKind =
  | { kind: 'class'; name: string; code?: string; known: boolean; nameCol: number }
  | { kind: 'total' }
  | { kind: 'deeper' }
  | { kind: 'other'; address: string }
  | { kind: 'skip' }
  | { kind: 'end' };

function codeText(cell: GridCell): string {
  if (cell.kind === 'number') return Number.isInteger(cell.value) ? String(cell.value) : '';
  if (cell.kind === 'text') return cell.value.normalize('NFKC').replace(/\s/g, '');
  return '';
}

/** What one row of the table is: a 类 to keep, a total or a 款/项 to pass over, or the table's end. */
function rowKind(cells: Cells, r: number, rd: Reading): RowKind {
  const sheet = cells.sheet.name;
  let nameCol = rd.nameCol;
  const codeParts = rd.codeCols.map((c) => codeText(cells.raw(r, c)));
  let code = codeParts.join('');
  // 项目 over a code column and a name column, its merge not read (Office.js): the heading's
  // column holds the code, the name stands in the unheaded column to its right.
  const here = cells.raw(r, nameCol);
  const right = cells.raw(r, nameCol + 1);
  const figureCols = new Set(FUNCTIONAL_COLUMNS.map((f) => rd.figureCols[f]?.col));
  if (
    code === '' &&
    /^\d{3,9}$/.test(codeText(here)) &&
    right.kind === 'text' &&
    !figureCols.has(nameCol + 1)
  ) {
    code = codeText(here);
    nameCol++;
  }
  const rawName = cells.raw(r, nameCol);
  const nameText = rawName.kind === 'text' ? rawName.value : undefined;
  let name = nameText?.normalize('NFKC') ?? '';
  // 201 一般公共服务支出 in one cell: the code leads the name.
  const lead = /^\s*(\d{3,9})\s*(\S.*)$/.exec(name);
  if (lead && code === '') {
    code = lead[1];
    name = lead[2];
  }
  const key = keyOf(name);
  const codeKey = keyOf(code);
  if (TOTAL_ROWS.includes(key) || TOTAL_ROWS.includes(codeKey)) return { kind: 'total' };
  if (ROW_NUMBER_ROWS.includes(key) || ROW_NUMBER_ROWS.includes(codeKey)) return { kind: 'skip' };
  if (nameText !== undefined && (isProse(nameText) || /^注/.test(key))) return { kind: 'end' };
  if (/^\d+$/.test(code)) {
    // A table split into 类 | 款 | 项 columns: a row without its 类 part is a 款 or 项 line.
    if (rd.codeCols.length > 1 && codeParts[0] === '') return { kind: 'deeper' };
    if (/^2\d{2}$/.test(code))
      return name ? { kind: 'class', name: shownName(name), code, known: true, nameCol } : { kind: 'skip' };
    if (/^2\d{3,}$/.test(code)) return { kind: 'deeper' };
    return { kind: 'other', address: cellAddress(sheet, r, rd.codeCols[0] ?? rd.nameCol) };
  }
  if (key === '') return { kind: 'skip' };
  // Indented (leading spaces) or introduced by 其中: a line below a 类.
  if (/^[\s\u3000\u00a0]/.test(nameText ?? '') || /^其中/.test(name.replace(/\s/g, '')))
    return { kind: 'deeper' };
  if (CLASS_NAMES.has(key)) return { kind: 'class', name: shownName(name), known: true, nameCol };
  if (OTHER_CLASSIFICATION.includes(key))
    return { kind: 'other', address: cellAddress(sheet, r, rd.nameCol) };
  // An unknown top-level 支出 line is most likely a 类 under a name the list does not know yet;
  // 其他…支出 is a 款 (其他一般公共服务支出), the lone 其他支出 is known above.
  if (/支出$/.test(key) && !/^其他/.test(key))
    return { kind: 'class', name: shownName(name), known: false, nameCol };
  return { kind: 'deeper' };
}

/** A figure cell of a 类 row: a number, an empty cell (0), or the reason it cannot be read. */
function figureAt(cells: Cells, r: number, c: number, unit: MoneyUnit): FunctionalFigure | 'notNumber' {
  const cell = cells.raw(r, c);
  const address = cellAddress(cells.sheet.name, r, c);
  if (cell.kind === 'empty' || (cell.kind === 'text' && cell.value.trim() === ''))
    return { address, value: '0', raw: null };
  if (cell.kind === 'text' && /^[-—–－―]+$/.test(cell.value.replace(/\s/g, '')))
    return { address, value: '0', raw: null, dash: true };
  if (cell.kind !== 'number' || !Number.isFinite(cell.value)) return 'notNumber';
  const d = fromNumber(cell.value);
  return { address, value: (unit === '元' ? d.div(10000) : d).toFixed(), raw: cell.value };
}

function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

type ReadResult = { table: FunctionalTableCandidate } | { refused: RefusedFunctionalTable } | undefined;

interface RowFound extends FunctionalRow {
  row: number;
  col: number;
  known: boolean;
}

/** Reads the rows below a header row under one reading of its columns. */
function readTable(cells: Cells, headerRow: number, top: number, rd: Reading): ReadResult {
  const sheet = cells.sheet.name;
  const nameHeading = cellAddress(sheet, rd.nameRow, rd.nameHeadingCol);
  const { title, unit: lineUnit } = titleAndUnit(cells, top);
  const topic = keyOf(`${sheet}|${title}`);
  const figureHeadings = FUNCTIONAL_COLUMNS.map((f) => rd.figureCols[f]).filter((h) => h !== undefined);
  const headingUnit = figureHeadings
    .flatMap((h) => h.raws)
    .map((t) => announcedUnit(t))
    .find((u) => u !== undefined);
  const unit: MoneyUnit = headingUnit ?? lineUnit ?? '万元';
  const refuse = (reason: RefusedFunctionalTable['reason'], address: string): ReadResult => ({
    refused: { sheet, labelAddress: nameHeading, title: title || sheet, reason, address },
  });

  const found: RowFound[] = [];
  let gap = 0;
  const skipped = { totals: 0, deeper: 0 };
  for (let r = headerRow + 1; r < cells.rows; r++) {
    if (cells.rowEmpty(r)) {
      if (found.length > 0 && ++gap >= MAX_GAP) break;
      continue;
    }
    gap = 0;
    // Another table starts below: its title or its header row.
    const lone = cells.texts(r);
    if (
      found.length > 0 &&
      ((isTitleRow(cells, r) && !CLASS_NAMES.has(keyOf(lone[0]))) || mayBeHeader(cells, r))
    )
      break;
    const kind = rowKind(cells, r, rd);
    if (kind.kind === 'end') break;
    if (kind.kind === 'skip') continue;
    if (kind.kind === 'total') {
      skipped.totals++;
      // A total below the 类 rows closes them (收支总表: 本年支出合计, then 结余 lines).
      if (found.length > 0) break;
      continue;
    }
    if (kind.kind === 'deeper') {
      skipped.deeper++;
      continue;
    }
    if (kind.kind === 'other') return refuse('otherClassification', kind.address);
    const figures: FunctionalRow['figures'] = { budget: undefined, final: undefined, prior: undefined };
    for (const f of FUNCTIONAL_COLUMNS) {
      const h = rd.figureCols[f];
      if (!h) continue;
      const fig = figureAt(cells, r, h.col, unit);
      if (fig === 'notNumber') return refuse('notNumber', cellAddress(sheet, r, h.col));
      figures[f] = fig;
    }
    found.push({
      name: kind.name,
      code: kind.code,
      nameAddress: cellAddress(sheet, r, kind.nameCol),
      figures,
      row: r,
      col: kind.nameCol,
      known: kind.known,
    });
  }
  // Where some rows are known 类, an unknown 支出 line among them is a 款 (行政事业单位养老支出).
  const anyKnown = found.some((f) => f.known);
  const kept = anyKnown ? found.filter((f) => f.known) : found;
  skipped.deeper += found.length - kept.length;
  if (kept.length === 0) return undefined;
  if (hasAny(topic, REFUSE_TOPIC)) return refuse('topic', nameHeading);

  const missing = FUNCTIONAL_COLUMNS.filter((f) => !rd.figureCols[f]);
  let confidence = 0.9 - 0.05 * missing.length - 0.05 * rd.weak;
  if (!anyKnown) confidence -= 0.2;
  if (kept.every((r) => r.code)) confidence += 0.03;
  if (hasAny(topic, ['功能分类', '支出决算', '支出预算', '财政拨款支出'])) confidence += 0.04;
  const cols = [...kept.map((r) => r.col), ...figureHeadings.map((h) => h.col)];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const first = kept[0].row;
  const last = kept[kept.length - 1].row;
  const address = `${cellAddress(sheet, first, left)}:${columnName(right)}${last + 1}`;
  const headingOf = (h: ColumnHeading | undefined): FunctionalHeading | undefined =>
    h && { label: h.raws.join(' / '), address: cellAddress(sheet, h.row, h.col) };
  const nameRaw = cells.text(rd.nameRow, rd.nameHeadingCol)?.trim() ?? '';
  const labels = figureHeadings.map((h) => h.raws.join('/'));
  return {
    table: {
      name: FUNCTIONAL_TABLE_NAME,
      id: [address, ...figureHeadings.map((h) => cellAddress(sheet, h.row, h.col))].join('|'),
      sheet,
      address,
      label: `${title || sheet}：${[nameRaw, ...labels].join(' × ')}`,
      labelAddress: nameHeading,
      headings: {
        name: { label: nameRaw, address: nameHeading },
        budget: headingOf(rd.figureCols.budget),
        final: headingOf(rd.figureCols.final),
        prior: headingOf(rd.figureCols.prior),
      },
      missing,
      rows: kept.map(({ name, code, nameAddress, figures }): FunctionalRow => ({
        name,
        ...(code ? { code } : {}),
        nameAddress,
        figures,
      })),
      sourceUnit: unit,
      unitAssumed: !headingUnit && !lineUnit,
      skipped,
      confidence: round2(Math.min(0.97, confidence)),
    },
  };
}

/** A row that may head the table: it holds a 科目名称-like heading and figure headings. */
function mayBeHeader(cells: Cells, r: number): boolean {
  let name = false;
  let figure = false;
  for (let c = 0; c < cells.cols && !(name && figure); c++) {
    const t = cells.text(r, c);
    if (t === undefined) continue;
    const k = keyOf(t);
    if (NAME_HEADS.has(k)) name = true;
    else if (FUNCTIONAL_COLUMNS.some((f) => FAMILY_KEYS[f].strong.has(k) || FAMILY_KEYS[f].weak.has(k)))
      figure = true;
  }
  return name && (figure || bandAboveHasFigure(cells, r));
}

function bandAboveHasFigure(cells: Cells, r: number): boolean {
  for (let i = r - 1; i >= 0 && i > r - MAX_BAND; i--) {
    if (cells.rowEmpty(i) || cells.hasNumber(i)) return false;
    for (const t of cells.texts(i)) {
      const k = keyOf(t);
      if (FUNCTIONAL_COLUMNS.some((f) => FAMILY_KEYS[f].strong.has(k) || FAMILY_KEYS[f].weak.has(k)))
        return true;
    }
  }
  return false;
}

function sheetTables(sheet: GridSheet): {
  tables: FunctionalTableCandidate[];
  refused: RefusedFunctionalTable[];
} {
  const cells = new Cells(sheet);
  const tables: FunctionalTableCandidate[] = [];
  const refused: RefusedFunctionalTable[] = [];
  for (let r = 0; r < cells.rows; r++) {
    if (!mayBeHeader(cells, r)) continue;
    // The lowest row of a multi-row header is the header row: the next row must not be heading text too.
    if (r + 1 < cells.rows && mayBeHeader(cells, r + 1)) continue;
    const { headings, top } = headingsAt(cells, r);
    let lowest = r;
    // Sub-headings (合计 | 基本支出 …) may sit in the row below the family headings.
    while (
      lowest + 1 < cells.rows &&
      !cells.hasNumber(lowest + 1) &&
      !cells.rowEmpty(lowest + 1) &&
      lowest - r < MAX_BAND - 1 &&
      cells
        .texts(lowest + 1)
        .every((t) => !CLASS_NAMES.has(keyOf(t)) && !TOTAL_ROWS.includes(keyOf(t)) && !/^\d/.test(t.trim()))
    )
      lowest++;
    const band = lowest === r ? headings : headingsAt(cells, lowest).headings;
    for (const rd of readingsOf(band)) {
      const got = readTable(cells, lowest, top, rd);
      if (!got) continue;
      if ('table' in got) tables.push(got.table);
      else if (!refused.some((x) => x.labelAddress === got.refused.labelAddress)) refused.push(got.refused);
    }
    r = lowest;
  }
  return { tables, refused };
}

/** The figures of a table as one comparable text: the same table found twice is no choice. */
function fingerprint(t: FunctionalTableCandidate): string {
  return t.rows
    .map((r) => [keyOf(r.name), ...FUNCTIONAL_COLUMNS.map((f) => r.figures[f]?.value ?? '-')].join(','))
    .join(';');
}

/**
 * Finds the functional table in the sheets: the most confident reading, with the others of
 * similar confidence and different figures as alternatives, and the tables refused with why.
 */
export function findFunctionalTable(
  sheets: readonly GridSheet[],
  options: FunctionalTableOptions = {},
): FunctionalTableSearch {
  const floor = options.floor ?? 0.6;
  const tie = options.tie ?? 0.05;
  const found = sheets.map(sheetTables);
  const refused = found.flatMap((f) => f.refused);
  const tables = found
    .flatMap((f) => f.tables)
    .filter((t) => t.confidence >= floor)
    .sort((a, b) => b.confidence - a.confidence || a.sheet.localeCompare(b.sheet));
  if (tables.length === 0) return { refused };
  const top = tables[0];
  const seen = new Set([fingerprint(top)]);
  const alternatives: FunctionalTableCandidate[] = [];
  let same = false;
  for (const t of tables.slice(1)) {
    const fp = fingerprint(t);
    if (seen.has(fp)) {
      same ||= fp === fingerprint(top);
      continue;
    }
    if (t.confidence < top.confidence - tie) continue;
    seen.add(fp);
    alternatives.push(t);
  }
  const confidence = round2(Math.min(0.99, top.confidence + (same ? 0.02 : 0)));
  return { proposal: { ...top, confidence, alternatives }, refused };
}
