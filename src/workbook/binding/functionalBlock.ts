/**
 * The 按功能分类的收支表 block of 绩效数据: PE_FunctionalTable as n rows × 4 columns
 * [科目名称, 年初预算数, 本年决算数, 上年决算数], below the one-cell inputs.
 *
 * A table found in the department's sheets is linked figure by figure (÷10000 for a 元 table)
 * with the results cached, like the one-cell rows, so a change in their table flows through. The
 * 科目名称 are written as text: the source cell often carries the code and indentation
 * (201 一般公共服务支出, 　行政运行) that the finder stripped. A column the table lacks (上年决算数
 * lives in last year's tables) is typed by the clerk, and a rewrite keeps what was typed, matched
 * by 科目名称. The name is defined only over a block that holds rows: an empty table would make
 * the sum checks compare 0 with the budget and fail a workbook that simply has no such table.
 */
import {
  FUNCTIONAL_COLUMNS,
  FUNCTIONAL_TABLE_NAME,
  type FunctionalColumn,
  type FunctionalFigure,
  type FunctionalTableCandidate,
} from '../../engine/binding';
import type { RawCell } from '../port';
import type { SheetCellModel } from '../sheetModel';

export const FUNCTIONAL_BLOCK_TITLE = '按功能分类的收支表（PE_FunctionalTable，单位：万元）';
export const FUNCTIONAL_BLOCK_HEADER = [
  '科目名称',
  '年初预算数',
  '本年决算数',
  '上年决算数',
  '来源',
  '识别可信度',
  '填写规则',
] as const;
export const COLUMN_LABEL: Record<FunctionalColumn, string> = {
  budget: '年初预算数',
  final: '本年决算数',
  prior: '上年决算数',
};
/** Empty rows offered for typing when no table was found. */
export const TYPING_ROWS = 8;
const TYPE_PREFIX = '请填写：';
const TYPED_FILL = 'FFF2CC';

/** What the clerk typed (or an earlier binding left) in one row of the block. */
export interface TypedFunctionalRow {
  name?: string;
  figures: Partial<Record<FunctionalColumn, number | string>>;
  /** The columns typed by hand (the others were linked). */
  typed: FunctionalColumn[];
  /** Whether 科目名称 was typed by hand. */
  nameTyped: boolean;
}

export type FunctionalBlock =
  /** Linked to the department's table; `typed` holds what the clerk typed into missing columns. */
  | { source: 'bound'; table: FunctionalTableCandidate; typed: readonly TypedFunctionalRow[] }
  /** Typed by the clerk (or kept from an earlier binding whose source is no longer recognised). */
  | { source: 'typed'; rows: readonly TypedFunctionalRow[]; kept: boolean }
  /** The workbook names its own table elsewhere: shown, left alone. */
  | { source: 'existing'; target: string };

const text = (v: string, style?: SheetCellModel['style']): SheetCellModel => ({
  value: { t: 'text', v },
  style: { wrap: false, ...style },
});
const typedCell = (v: number | string | undefined): SheetCellModel =>
  v === undefined
    ? { value: { t: 'empty' }, style: { fill: TYPED_FILL } }
    : typeof v === 'number'
      ? { value: { t: 'number', v }, style: { fill: TYPED_FILL } }
      : { value: { t: 'text', v }, style: { fill: TYPED_FILL } };

function linkCell(f: FunctionalFigure, unit: FunctionalTableCandidate['sourceUnit']): SheetCellModel {
  // N() reads a dash (nothing, as published tables print it) as 0, and a figure typed later as itself.
  const ref = f.dash ? `N(${f.address})` : f.address;
  const formula = unit === '元' ? `${ref}/10000` : ref;
  return { value: { t: 'formula', f: formula, cached: Number(f.value) }, style: { numFmt: '#,##0.00' } };
}

function typeRule(columns: readonly string[]): string {
  return `${TYPE_PREFIX}${columns.join('、')}（万元）`;
}

/** The rows of the block, title and header included, and how many of them are table rows. */
export function functionalBlockRows(block: FunctionalBlock): { rows: SheetCellModel[][]; tableRows: number } {
  const head: SheetCellModel[][] = [
    [text(FUNCTIONAL_BLOCK_TITLE, { bold: true })],
    FUNCTIONAL_BLOCK_HEADER.map((h) => text(h, { bold: true, fill: 'DDEBF7' })),
  ];
  if (block.source === 'existing')
    return {
      rows: [...head, [text(`已有名称 ${FUNCTIONAL_TABLE_NAME}（${block.target}），未改动`)]],
      tableRows: 0,
    };
  if (block.source === 'typed') {
    const filled = block.rows.map((r) => typedRow(r, block.kept));
    const spare = Array.from({ length: filled.length > 0 ? 2 : TYPING_ROWS }, () =>
      typedRow({ figures: {}, typed: [...FUNCTIONAL_COLUMNS], nameTyped: true }, false),
    );
    return { rows: [...head, ...filled, ...spare], tableRows: filled.length > 0 ? filled.length + 2 : 0 };
  }
  const t = block.table;
  const typedByName = new Map(block.typed.filter((r) => r.name).map((r) => [r.name as string, r]));
  const unitNote = t.sourceUnit === '元' ? '，原单位元，已折算为万元' : '';
  const rows = t.rows.map((r) => {
    const old = typedByName.get(r.name);
    const cells = FUNCTIONAL_COLUMNS.map((c) => {
      const f = r.figures[c];
      if (f) return linkCell(f, t.sourceUnit);
      return typedCell(old?.typed.includes(c) ? old.figures[c] : undefined);
    });
    const sources = FUNCTIONAL_COLUMNS.map((c) => r.figures[c]?.address).filter((a) => a !== undefined);
    return [
      text(r.name),
      ...cells,
      text(`${r.nameAddress} 行：${sources.join('、')}${unitNote}`),
      { value: { t: 'number' as const, v: t.confidence }, style: { numFmt: '0%' } },
      text(t.missing.length ? typeRule(t.missing.map((c) => COLUMN_LABEL[c])) : ''),
    ];
  });
  return { rows: [...head, ...rows], tableRows: rows.length };
}

function typedRow(r: TypedFunctionalRow, kept: boolean): SheetCellModel[] {
  const empty = r.name === undefined && FUNCTIONAL_COLUMNS.every((c) => r.figures[c] === undefined);
  return [
    typedCell(r.name),
    ...FUNCTIONAL_COLUMNS.map((c) => typedCell(r.figures[c])),
    text(empty ? '待填写' : kept ? '上次绑定的数值（未再识别到来源，改为手工填写）' : '手工填写'),
    { value: { t: 'empty' } },
    text(typeRule(['科目名称', ...FUNCTIONAL_COLUMNS.map((c) => COLUMN_LABEL[c])])),
  ];
}

function valueOf(c: RawCell | undefined): number | string | undefined {
  if (c?.kind === 'number') return c.value;
  if (c?.kind === 'text' && c.value.trim() !== '') return c.value;
  return undefined;
}

/**
 * The rows of the block of an earlier 绩效数据 sheet: every row with a name or a figure, with the
 * columns its 填写规则 says were typed. Linked figures are read as their cached results.
 */
export function readTypedTable(cells: RawCell[][]): TypedFunctionalRow[] {
  const title = cells.findIndex((r) => r[0]?.kind === 'text' && r[0].value === FUNCTIONAL_BLOCK_TITLE);
  if (title < 0) return [];
  const out: TypedFunctionalRow[] = [];
  for (const row of cells.slice(title + 2)) {
    const rule = row[6]?.kind === 'text' ? row[6].value : '';
    const labels = rule.startsWith(TYPE_PREFIX)
      ? rule
          .slice(TYPE_PREFIX.length)
          .replace(/（万元）$/, '')
          .split('、')
      : [];
    const name = valueOf(row[0]);
    const figures: TypedFunctionalRow['figures'] = {};
    FUNCTIONAL_COLUMNS.forEach((c, i) => {
      const v = valueOf(row[1 + i]);
      if (v !== undefined) figures[c] = v;
    });
    if (name === undefined && Object.keys(figures).length === 0) continue;
    out.push({
      ...(name !== undefined ? { name: String(name) } : {}),
      figures,
      typed: FUNCTIONAL_COLUMNS.filter((c) => labels.includes(COLUMN_LABEL[c])),
      nameTyped: labels.includes('科目名称'),
    });
  }
  return out;
}
