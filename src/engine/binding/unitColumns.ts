/**
 * A 合并 (汇总) workbook by 二级单位: one column, or one column group, per unit of the department
 * (机关本级 | 机关服务中心 | 信息中心 …) beside the department's own column (合计 / 汇总数 /
 * 部门合计, first or last). Every row holds the same figure once per unit and once for the whole,
 * so the row label alone cannot tell them apart: the department's figure is the whole's column,
 * never a unit's (the 机关本级 one, nearest the label when the 合计 stands last, above all).
 *
 * A heading row reads as such a row of units only when, right of the row labels, it holds a
 * whole's heading and at least one unit's name and nothing else (计量单位 and row-number headings
 * aside): a row of 合计 | 基本支出 | 项目支出 is a breakdown of the figure, not of the department,
 * and stays as it was.
 */
import { normaliseLabel } from './normalise';

/** What the sheet reader offers this module. */
export interface UnitColumnsSheet {
  cols: number;
  /** The normalised key of the text shown at (r, c), undefined for none. */
  keyAt(r: number, c: number): string | undefined;
  /** The anchor a covered cell of a merge shows. */
  home(r: number, c: number): [number, number];
  /** The text at (r, c) is a unit cell (元, 万元, 人). */
  isUnit(r: number, c: number): boolean;
  /** A key some input's label is: such a heading names a figure, never a unit of the department. */
  isLabel(key: string): boolean;
}

/** A heading over a figure, as the matcher keeps it. */
export interface HeadingAt {
  key: string;
  row: number;
  col: number;
}

export interface UnitColumn {
  /** 'whole': the department's column; 'unit': one unit's own. */
  kind: 'whole' | 'unit';
  /** The heading of the units' row the figure stands under. */
  heading: HeadingAt;
}

/** Headings of the department's own column in a table by unit. */
const WHOLE_COLUMNS = new Set(
  [
    '合计',
    '总计',
    '汇总',
    '汇总数',
    '合并数',
    '部门合计',
    '全部门合计',
    '本部门合计',
    '本部门',
    '部门汇总',
  ].map(normaliseLabel),
);

/**
 * A unit's name as a heading: the 机关本级 (局本级, 本级), the 下属 / 所属 / 二级单位 together, or
 * an institution named by what it is (…中心, …大队, …站, …所, …学校, …医院, …馆 …).
 */
const UNIT_NAME =
  /(?:本级|^机关|^(?:下属|所属|二级)单位(?:小计)?$|(?:中心|大队|中队|支队|站|所|院|学校|馆|办公室|委员会|公司)$)/;

/** Headings of the columns beside the row labels that say nothing of the department's units. */
const BESIDE_LABELS = new Set(
  ['计量单位', '单位', '行次', '栏次', '序号', '编码', '项目编码'].map(normaliseLabel),
);

export class UnitColumns {
  /** Per heading row and label column: the row's whole and unit headings' columns, or null. */
  private readonly rowsRead = new Map<string, { wholes: Set<number>; units: Set<number> } | null>();

  constructor(private readonly sheet: UnitColumnsSheet) {}

  /**
   * Whether the figure whose headings are `headings` (nearest first) and whose row label stands
   * in column `labelCol` is the whole's or one unit's in a table by unit; undefined when its
   * table is none.
   */
  columnOf(headings: readonly HeadingAt[], labelCol: number): UnitColumn | undefined {
    for (const h of headings) {
      const row = this.unitsRow(h.row, labelCol);
      if (!row) continue;
      if (row.wholes.has(h.col)) return { kind: 'whole', heading: h };
      if (row.units.has(h.col)) return { kind: 'unit', heading: h };
    }
    return undefined;
  }

  private unitsRow(r: number, labelCol: number): { wholes: Set<number>; units: Set<number> } | null {
    const id = `${r},${labelCol}`;
    const known = this.rowsRead.get(id);
    if (known !== undefined) return known;
    const s = this.sheet;
    const wholes = new Set<number>();
    const units = new Set<number>();
    let other = false;
    for (let c = labelCol + 1; c < s.cols && !other; c++) {
      const key = s.keyAt(r, c);
      if (key === undefined || key === '') continue;
      const [hr, hc] = s.home(r, c);
      // Only the anchor's own row: a label merged down from a row above is that row's heading.
      if (hr !== r || hc <= labelCol) continue;
      if (s.isUnit(r, c) || BESIDE_LABELS.has(key)) continue;
      if (WHOLE_COLUMNS.has(key)) wholes.add(hc);
      else if (UNIT_NAME.test(key) && !s.isLabel(key)) units.add(hc);
      else other = true;
    }
    const found = !other && wholes.size === 1 && units.size >= 1 ? { wholes, units } : null;
    this.rowsRead.set(id, found);
    return found;
  }
}

/** The sub-headings a 预算数 group splits into (预算数 over 年初 | 调整后). */
const BUDGET_STAGES = new Set(['年初', '调整后', '全年', '调整'].map(normaliseLabel));

/**
 * The key a two-level heading reads as in a unit's column group: 预算数 over 年初 is the
 * 年初预算数, over 调整后 the 调整后预算数, as the group's clerk reads it. Undefined for any
 * other pair (the sub-heading then names its figure alone).
 */
export function stagedHeading(sub: string, parent: string): string | undefined {
  if (!BUDGET_STAGES.has(sub) || !/预算数?$/.test(parent)) return undefined;
  return normaliseLabel(`${sub}${parent}`);
}
