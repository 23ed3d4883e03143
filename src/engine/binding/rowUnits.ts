/**
 * Units a table gives outside its title and headings:
 * - per row, in a unit column (指标 | 数值 | 单位 | 备注, 序号 | 项目 | 计量单位 | 金额): a clerk's
 *   data sheet mixes 万元 and 元 rows with 人, 个, 件 and % rows, so the row's own unit cell is the
 *   only thing that tells a 元 figure from a 万元 one. A 元 figure read as 万元 is 10,000 times too
 *   large, the worst error a proposal can make: where a unit column exists and the row's unit
 *   cannot be told, the money figure is refused rather than taken as 万元;
 * - in a note under the table (注：本表金额单位为元, 填报说明：1.本表金额单位为元；…), where a
 *   report pasted from Word states it once for the table.
 */
import { isUnitCell, normaliseLabel, noteUnit, type MoneyUnit } from './normalise';

/** What the unit module reads of a sheet (the matcher's view, merged text spread). */
export interface UnitGrid {
  readonly rows: number;
  readonly cols: number;
  textAt(r: number, c: number): string | undefined;
  isNumber(r: number, c: number): boolean;
  rowEmpty(r: number): boolean;
}

/**
 * A row's unit as its unit column gives it: a money unit, a unit of something else (人, 个, 件,
 * 辆, 平方米 …), a percentage, or `unknown` when the cell is empty or says nothing readable.
 */
export type RowUnit =
  { kind: 'money'; unit: MoneyUnit } | { kind: 'count' } | { kind: 'percent' } | { kind: 'unknown' };

/** Headings of a unit column. 单位 alone also heads a column of unit names (机关本级): see isUnitColumn. */
const UNIT_COLUMN_HEADINGS = new Set(['单位', '计量单位', '金额单位', '计算单位'].map(normaliseLabel));

/** Units of things counted or measured (not money): what a unit column holds beside 万元 and 元. */
const MEASURES =
  /^(?:人次?|万人次|名|个|项|件|次|辆|台|套|户|所|家|张|床|份|天|日|月|年|亩|公里|千米|米|平方米|m2|㎡|立方米|吨|公斤|千克|册|篇|场|期|批|处|座|条|支|把|部|本|元\/人|万元\/人|小时|学时|课时|人\/天|人天|分|‰)$/;

/** A unit cell's text, read: money, percent, another measure, or nothing a unit column holds. */
export function readUnitCell(text: string): RowUnit | undefined {
  const s = text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  const bare = s
    .replace(/^单位[:]?/, '')
    .replace(/^[([](.*)[)\]]$/, '$1')
    .replace(/^人民币/, '');
  if (bare === '万元' || bare === '元') return { kind: 'money', unit: bare };
  if (bare === '%' || bare === '百分比' || bare === '百分率') return { kind: 'percent' };
  // 台（套）, 台/套, 人·次: two measures joined.
  const parts = bare.split(/[()/·、]/).filter((p) => p !== '');
  if (parts.length > 0 && parts.length <= 2 && parts.every((p) => MEASURES.test(p))) return { kind: 'count' };
  if (isUnitCell(s)) return { kind: 'count' };
  return undefined;
}

/** Texts that fill a cell without saying anything (—, -, /, ——): a zero or a blank in a form. */
const FILLER = /^[\s\-—–―/\\_.·…0]*$/;

/** Headings of a column of remarks on each row. */
const REMARK_HEADINGS = /^(?:备注|说明|备注说明|附注|情况说明|简要说明|备注栏)$/;

/** A table's caption (表2 资产情况, 附表1, 附件3): a note below it belongs to that next table. */
const CAPTION = /^(?:附表|附件|表)[\d一二三四五六七八九十]+/;

/** At most this many rows are read below a heading (down to its table's first blank row) or a figure. */
const MAX_DOWN = 200;

export class RowUnits {
  private readonly unitColumns = new Map<string, boolean>();
  private readonly labelColumns = new Map<string, boolean>();
  private readonly notes = new Map<number, MoneyUnit | 'caption' | null>();
  /** noteBelow's answers by row (null: no note), shared by the rows of one table. */
  private readonly notesBelow = new Map<number, MoneyUnit | null>();

  constructor(private readonly grid: UnitGrid) {}

  /**
   * The unit of the figure at (r, c) as the unit column of its table gives it; undefined when the
   * table has no unit column that reaches the figure. `headingRows` are the rows of the figure's
   * column headings (the unit column's heading stands in one of them); `labelCol` the column of
   * the row label (a unit column left of the figure stands right of it).
   */
  rowUnit(r: number, c: number, headingRows: readonly number[], labelCol: number): RowUnit | undefined {
    const uc = this.unitColumnFor(r, c, headingRows, labelCol);
    if (uc === undefined) return undefined;
    const t = this.grid.textAt(r, uc);
    return (t === undefined ? undefined : readUnitCell(t)) ?? { kind: 'unknown' };
  }

  /**
   * The unit column a figure reads: in one of its heading rows, headed 单位 / 计量单位 and holding
   * units; between the row label and the figure (nearest first), else right of the figure; never
   * across a column of labels (a second table side by side: 项目 | 预算数 | 项目 | 计量单位 | 统计数).
   */
  private unitColumnFor(
    r: number,
    c: number,
    headingRows: readonly number[],
    labelCol: number,
  ): number | undefined {
    const g = this.grid;
    for (const h of headingRows) {
      if (h >= r) continue;
      const columns = this.unitColumnsOf(h).filter((x) => x !== c && x !== labelCol);
      const left = columns.filter((x) => x > labelCol && x < c).sort((a, b) => b - a);
      const right = columns.filter((x) => x > c).sort((a, b) => a - b);
      for (const x of [...left, ...right]) {
        const [from, to] = x < c ? [x + 1, c] : [c + 1, x];
        let apart = false;
        // Left of the figure the unit stands next to it (empty columns aside): past another
        // figure (数量 | 计量单位 | 单价 | 金额) it is that figure's unit. Right of it, the figures
        // of other years share it (指标 | 2024年 | 2023年 | 单位).
        for (let y = from; y < to && !apart; y++)
          apart = this.isLabelColumn(h, y) || (x < c && (g.isNumber(r, y) || g.textAt(r, y) !== undefined));
        if (!apart) return x;
      }
    }
    return undefined;
  }

  private readonly unitColumnsByRow = new Map<number, number[]>();

  /** The unit columns headed in row h, once per row. */
  private unitColumnsOf(h: number): number[] {
    let known = this.unitColumnsByRow.get(h);
    if (known === undefined) {
      known = [];
      for (let x = 0; x < this.grid.cols; x++) {
        const t = this.grid.textAt(h, x);
        if (t !== undefined && UNIT_COLUMN_HEADINGS.has(normaliseLabel(t)) && this.isUnitColumn(h, x))
          known.push(x);
      }
      this.unitColumnsByRow.set(h, known);
    }
    return known;
  }

  /** The cells under the heading at (h, x), down to the table's end (a blank row). */
  private *below(h: number, x: number): Generator<string | null> {
    const g = this.grid;
    for (let i = h + 1; i < g.rows && i <= h + MAX_DOWN; i++) {
      if (g.rowEmpty(i)) return;
      yield g.isNumber(i, x) ? null : (g.textAt(i, x) ?? '');
    }
  }

  /**
   * Most texts under the heading are units, two at least (not unit names: 机关本级), and one at
   * least is 万元 or 元: a 计量单位 column of 台, 箱, 项 only is the unit of a 数量 column beside
   * the money (数量 | 计量单位 | 预算金额), it says nothing of the money.
   */
  private isUnitColumn(h: number, x: number): boolean {
    const key = `${h},${x}`;
    let known = this.unitColumns.get(key);
    if (known === undefined) {
      let units = 0;
      let money = 0;
      let others = 0;
      for (const t of this.below(h, x)) {
        const u = t === null || t === '' ? undefined : readUnitCell(t);
        if (t === null) others++;
        else if (u) {
          units++;
          if (u.kind === 'money') money++;
        } else if (t !== '' && !FILLER.test(t)) others++;
      }
      known = units >= 2 && units > others && money > 0;
      this.unitColumns.set(key, known);
    }
    return known;
  }

  /**
   * A column of row labels under the heading row h: more label texts than figures. A 备注 / 说明
   * column holds texts too, but they remark on the row: it parts no table from another.
   */
  private isLabelColumn(h: number, x: number): boolean {
    const key = `${h},${x}`;
    let known = this.labelColumns.get(key);
    const heading = this.grid.textAt(h, x);
    if (known === undefined && heading !== undefined && REMARK_HEADINGS.test(normaliseLabel(heading)))
      known = false;
    if (known === undefined) {
      let labels = 0;
      let figures = 0;
      for (const t of this.below(h, x)) {
        if (t === null) figures++;
        else if (t !== '' && !FILLER.test(t) && !readUnitCell(t)) labels++;
      }
      known = labels >= 2 && labels > figures;
      this.labelColumns.set(key, known);
    }
    return known;
  }

  /**
   * The money unit a note under the table states (注：本表金额单位为元): the first text-only row
   * below row r, past the table's rows, when it is such a note. The table ends at a blank row (one
   * blank row may stand between it and its note) or at a row of text after that blank.
   */
  noteBelow(r: number): MoneyUnit | undefined {
    const known = this.notesBelow.get(r);
    if (known !== undefined) return known ?? undefined;
    const g = this.grid;
    // Every table row passed before any blank row reads on exactly as r does: one walk per table.
    const same = [r];
    let found: MoneyUnit | null = null;
    let blanks = 0;
    for (let i = r + 1; i < g.rows && i <= r + MAX_DOWN; i++) {
      if (g.rowEmpty(i)) {
        if (++blanks > 1) break;
        continue;
      }
      const note = this.noteOf(i);
      if (note === 'caption') break;
      if (note !== null) {
        found = note;
        break;
      }
      // After a blank row, anything but the note is the next table.
      if (blanks > 0) break;
      const next = this.notesBelow.get(i);
      if (next !== undefined) {
        found = next;
        break;
      }
      same.push(i);
    }
    for (const i of same) this.notesBelow.set(i, found);
    return found ?? undefined;
  }

  /**
   * The unit a note row states; `caption` for the caption of the next table; null when row i is
   * neither (a table row, a heading, a note of something else).
   */
  private noteOf(i: number): MoneyUnit | 'caption' | null {
    let known = this.notes.get(i);
    if (known === undefined) {
      known = null;
      const g = this.grid;
      // Distinct texts: a note merged across the table shows in every cell it covers.
      const texts = new Set<string>();
      let unit: MoneyUnit | undefined;
      let figures = false;
      for (let c = 0; c < g.cols; c++) {
        if (g.isNumber(i, c)) figures = true;
        const t = g.textAt(i, c);
        if (t === undefined) continue;
        texts.add(t);
        unit ??= noteUnit(t);
      }
      const only = texts.size === 1 ? [...texts][0].normalize('NFKC').trim() : '';
      if (!figures && CAPTION.test(only)) known = 'caption';
      else if (!figures && texts.size <= 2 && unit) known = unit;
      this.notes.set(i, known);
    }
    return known;
  }
}
