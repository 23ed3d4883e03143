/**
 * The held-out binding set: workbooks laid out the way department budget and 决算 workbooks are,
 * each with the answer a finance clerk would give. This file is the neutral shape of one workbook
 * (sheets of plain cell values and merged ranges, no dependency on how the matcher reads a grid)
 * and the small builder the layout families write through, so every figure that lands in a cell
 * is recorded in the truth at the moment it is written.
 */
import { a1 } from '../../src/workbook/sheetModel';

/** What a cell holds as a reader sees it: a number, a text, or nothing. */
export type HoldoutCell = string | number | null;

/**
 * The number a text cell spells when a figure was stored as text (a PDF converter's "1,234.56",
 * a pasted "1234.56 "): thousands separators and surrounding spaces dropped, as a decimal string;
 * null when the text is not a plain number.
 */
export function numberInText(text: string): string | null {
  const t = text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return t.replace(/,/g, '');
}

export interface HoldoutSheet {
  name: string;
  /** rows[r][c], 0-based; ragged rows are allowed (missing cells are empty). */
  rows: HoldoutCell[][];
  /** Merged ranges in A1 notation ('A1:F1'); the value sits in the top-left cell only, as in Excel. */
  merges: string[];
}

/** One input the workbook holds: where a clerk would point, and its value in 万元 (or the count). */
export interface TruthPresent {
  name: string;
  sheet: string;
  /** The value cell, e.g. 'D8'. */
  address: string;
  /** Other cells holding the very same figure (a second table repeating it) that are equally right. */
  alsoRight: { sheet: string; address: string }[];
  /** The figure in the evaluation's unit (万元 for money), exact, as a decimal string. */
  value: string;
  /** 'yuan' when the cell holds 元 and the figure is the cell divided by 10000. */
  cellUnit: 'wan' | 'yuan' | 'count' | 'ratio';
  /** The row label (and column header, for a two-dimensional table) a clerk reads it by. */
  label: string;
}

/** A cell that looks like an input but is not it (上年决算数, a project's own 年初预算数 …). */
export interface Distractor {
  name: string;
  sheet: string;
  address: string;
  why: string;
}

export interface HoldoutWorkbook {
  /** Stable id: family, variant and index, e.g. 'caijue01#v2/017'. */
  id: string;
  family: string;
  variant: string;
  sheets: HoldoutSheet[];
  /** Inputs present, one entry each. */
  present: TruthPresent[];
  /** Inputs this workbook deliberately does not hold: a proposal for any of them is wrong. */
  absent: string[];
  distractors: Distractor[];
}

/** Writes one sheet cell by cell; records truth and distractors into the workbook being built. */
export class SheetBuilder {
  readonly sheet: HoldoutSheet;
  constructor(
    private readonly book: BookBuilder,
    name: string,
  ) {
    this.sheet = { name, rows: [], merges: [] };
  }

  set(row: number, col: number, value: HoldoutCell): this {
    const rows = this.sheet.rows;
    while (rows.length <= row) rows.push([]);
    const line = rows[row];
    while (line.length <= col) line.push(null);
    line[col] = value;
    return this;
  }

  get(row: number, col: number): HoldoutCell {
    return this.sheet.rows[row]?.[col] ?? null;
  }

  /** A row of values from `col` on; null leaves a cell empty. */
  line(row: number, col: number, values: HoldoutCell[]): this {
    values.forEach((v, i) => {
      if (v !== null) this.set(row, col + i, v);
    });
    return this;
  }

  merge(row: number, col: number, row2: number, col2: number): this {
    if (row2 === row && col2 === col) return this;
    this.sheet.merges.push(`${a1(row, col)}:${a1(row2, col2)}`);
    return this;
  }

  /** Writes a value and merges it across (a title, a group header). */
  mergedText(row: number, col: number, row2: number, col2: number, text: string): this {
    this.set(row, col, text);
    return this.merge(row, col, row2, col2);
  }

  /** Records that the cell (already written) is where input `name` is. */
  truth(
    name: string,
    row: number,
    col: number,
    fig: { value: string; cellUnit: TruthPresent['cellUnit'] },
    label: string,
  ): this {
    this.book.addTruth({
      name,
      sheet: this.sheet.name,
      address: a1(row, col),
      alsoRight: [],
      value: fig.value,
      cellUnit: fig.cellUnit,
      label,
    });
    return this;
  }

  /** Records that the cell holds a figure that must not be taken for input `name`. */
  distractor(name: string, row: number, col: number, why: string): this {
    this.book.distractors.push({ name, sheet: this.sheet.name, address: a1(row, col), why });
    return this;
  }

  /** Records that this cell holds the same figure as the truth of `name` (a second table repeating it). */
  alsoRight(name: string, row: number, col: number): this {
    this.book.alsoRight(name, this.sheet.name, a1(row, col));
    return this;
  }
}

export class BookBuilder {
  readonly sheets: SheetBuilder[] = [];
  readonly present = new Map<string, TruthPresent>();
  readonly distractors: Distractor[] = [];
  private readonly pendingAlso: { name: string; sheet: string; address: string }[] = [];

  /** A new sheet; a name already taken gets Excel's own suffix (Sheet1 → Sheet1 (2)). */
  addSheet(name: string): SheetBuilder {
    let unique = name;
    for (let k = 2; this.sheets.some((s) => s.sheet.name === unique); k++) unique = `${name} (${k})`;
    const s = new SheetBuilder(this, unique);
    this.sheets.push(s);
    return s;
  }

  /**
   * Records where an input is. When a workbook holds the same figure in two tables (财决01 and
   * 财决03 both show 本年支出合计), the second place is equally right; two different figures for
   * one input would make the truth ambiguous, so that is a generator error.
   */
  addTruth(t: TruthPresent): void {
    const first = this.present.get(t.name);
    if (!first) {
      this.present.set(t.name, t);
      return;
    }
    if (first.value !== t.value)
      throw new Error(`holdout: ${t.name} placed twice with ${first.value} and ${t.value}`);
    first.alsoRight.push({ sheet: t.sheet, address: t.address });
  }

  alsoRight(name: string, sheet: string, address: string): void {
    this.pendingAlso.push({ name, sheet, address });
  }

  /** Closes the workbook: every input not placed is absent. */
  finish(id: string, family: string, variant: string, universe: readonly string[]): HoldoutWorkbook {
    for (const a of this.pendingAlso) {
      const t = this.present.get(a.name);
      if (!t) throw new Error(`holdout: ${id}: alsoRight for ${a.name} which is not placed`);
      t.alsoRight.push({ sheet: a.sheet, address: a.address });
    }
    return {
      id,
      family,
      variant,
      sheets: this.sheets.map((s) => s.sheet),
      present: [...this.present.values()],
      absent: universe.filter((n) => !this.present.has(n)),
      distractors: this.distractors,
    };
  }
}
