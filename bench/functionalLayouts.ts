/**
 * Generated workbooks holding (or not) a table of expenditure by 功能分类, for scoring the
 * functional-table finder on layouts its tests never saw: heading spellings, column order, extra
 * columns (调整预算数, 行次, 增减), codes in a column, before the name or absent, 款/项 lines, a
 * 合计 line at the top or bottom, 元 or 万元, and distractor tables (项目支出, 经济分类) beside it.
 * Every figure is built from whole 分 so that the expected 万元 text is exact.
 */
import { D } from '../src/engine/decimal';
import type { GridCell, GridSheet } from '../src/engine/binding';
import { rng } from './rng';

export interface FunctionalTruth {
  /** [科目名称, 年初预算数, 本年决算数, 上年决算数 | undefined] in 万元 as exact decimal text. */
  rows: Array<[string, string, string, string | undefined]>;
}

export interface FunctionalLayout {
  sheets: GridSheet[];
  /** Undefined when the workbook holds only distractors: any proposal is wrong. */
  truth?: FunctionalTruth;
}

const CLASSES: Array<[string, string]> = [
  ['201', '一般公共服务支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['221', '住房保障支出'],
  ['224', '灾害防治及应急管理支出'],
];
const SUB = ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '行政事业单位养老支出', '其他支出项目'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function cell(v: string | number | null): GridCell {
  if (v === null) return { kind: 'empty' };
  return typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
}

type Column =
  'code' | 'name' | 'budget' | 'final' | 'prior' | 'adjusted' | 'line' | 'change' | 'basic' | 'project';

export function generateFunctionalLayout(seed: number): FunctionalLayout {
  const r = rng(seed * 7919 + 17);
  const yuan = r() < 0.3;
  const withPrior = r() < 0.7;
  const codes = pick(r, ['column', 'prefix', 'none'] as const);
  const present = r() < 0.85;
  const heads = {
    name: pick(r, ['科目名称', '项目', '功能分类科目名称', '支出功能分类科目', '科目']),
    budget: pick(r, ['年初预算数', '年初预算', '年初预算数（A）']),
    final: pick(r, ['本年决算数', '决算数', '本年支出', '支出决算数']),
    prior: pick(r, ['上年决算数', '上年支出', '上年决算']),
    adjusted: pick(r, ['调整预算数', '全年预算数', '调整后预算数']),
  };
  const cols: Column[] = [
    ...(codes === 'column' ? (['code'] as Column[]) : []),
    'name',
    ...(r() < 0.3 ? (['line'] as Column[]) : []),
  ];
  // 决算数 over 合计 | 基本支出 | 项目支出 in a two-row header, merged or not.
  const split = r() < 0.3;
  const merged = r() < 0.5;
  const figures: Column[] = [
    'budget',
    ...(split ? (['final', 'basic', 'project'] as Column[]) : (['final'] as Column[])),
    ...(withPrior ? (['prior'] as Column[]) : []),
  ];
  if (r() < 0.6) figures.splice(1, 0, 'adjusted');
  if (r() < 0.3) figures.push('change');
  if (r() < 0.3 && !split) figures.reverse();
  cols.push(...figures);
  const numbered = codes === 'none' && r() < 0.4;
  const NUMBERS = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、'];

  const scale = yuan ? 10000 : 1;
  const money = (): { cents: number; wan: string } => {
    const cents = Math.floor(r() * 9_000_000) + 100; // 1.00 to 90000 万元 in 分 of 万元
    return { cents, wan: new D(cents).div(100).toFixed() };
  };
  const asCell = (m: { cents: number }): number => Number(new D(m.cents).div(100).times(scale).toFixed());

  const classes = [...CLASSES].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 6));
  const body: Array<Array<string | number | null>> = [];
  const truth: FunctionalTruth = { rows: [] };
  let line = 1;
  const rowOf = (
    code: string,
    name: string,
    values: Partial<Record<Column, number>>,
  ): Array<string | number | null> =>
    cols.map((c) => {
      if (c === 'code') return code;
      if (c === 'name') return codes === 'prefix' ? `${code} ${name}` : name;
      if (c === 'basic' || c === 'project') return values[c] ?? 0;
      if (c === 'line') return line++;
      return values[c] ?? null;
    });
  for (const [k, [code, className]] of classes.entries()) {
    const name = className === '卫生健康支出' && r() < 0.5 ? '医疗卫生与计划生育支出' : className;
    const b = money();
    const f = money();
    const p = money();
    const a = money();
    body.push(
      rowOf(code, numbered ? `${NUMBERS[k]}${name}` : name, {
        budget: asCell(b),
        final: asCell(f),
        prior: asCell(p),
        adjusted: asCell(a),
        change: 3.5,
        basic: asCell(f) / 2,
        project: asCell(f) / 2,
      }),
    );
    truth.rows.push([name, b.wan, f.wan, withPrior ? p.wan : undefined]);
    const subs = Math.floor(r() * 3);
    for (let i = 0; i < subs; i++) {
      const sub = pick(r, SUB);
      const subCode = `${code}${String(i + 1).padStart(2, '0')}`;
      const named = codes === 'none' ? `　　${sub}` : sub;
      body.push(
        rowOf(subCode, named, {
          budget: asCell(b),
          final: asCell(f),
          prior: asCell(p),
          adjusted: 1,
          change: 0,
        }),
      );
    }
  }
  const total = pick(r, ['top', 'bottom', 'none'] as const);
  const totalRow = cols.map((c) =>
    c === 'name' || (c === 'code' && codes === 'column') ? '合计' : c === 'line' ? 0 : 999,
  );
  if (total === 'top') body.unshift(totalRow);
  if (total === 'bottom') body.push(totalRow);

  const headRow: Array<string | null> = cols.map((c) =>
    c === 'code'
      ? '科目编码'
      : c === 'line'
        ? '行次'
        : c === 'change'
          ? '比上年增减%'
          : c === 'basic' || c === 'project'
            ? null
            : heads[c],
  );
  const subRow: Array<string | null> | undefined = split
    ? cols.map((c) =>
        c === 'final' ? '合计' : c === 'basic' ? '基本支出' : c === 'project' ? '项目支出' : null,
      )
    : undefined;
  const title = pick(r, [
    '支出决算表',
    '一般公共预算财政拨款支出决算表',
    '部门支出决算表（按功能分类）',
    null,
  ]);
  const unitLine = yuan ? '单位：元' : pick(r, ['单位：万元', '金额单位：万元', null]);
  const table = (
    t: string | null,
    rows: Array<Array<string | number | null>>,
  ): Array<Array<string | number | null>> => [
    ...(t ? [[t]] : []),
    ...(unitLine ? [[null, null, unitLine]] : []),
    headRow,
    ...(subRow ? [subRow] : []),
    ...rows,
  ];
  /** Merges of the two-row header, `top` its first row (0-based). */
  const headerMerges = (top: number, offset: number): string[] => {
    if (!split || !merged) return [];
    const a1 = (row: number, col: number): string => `${String.fromCharCode(65 + col + offset)}${row + 1}`;
    return cols.flatMap((c, i) =>
      c === 'final'
        ? [`${a1(top, i)}:${a1(top, i + 2)}`]
        : c === 'basic' || c === 'project'
          ? []
          : [`${a1(top, i)}:${a1(top + 1, i)}`],
    );
  };

  const sheets: GridSheet[] = [];
  const grid = (
    name: string,
    rows: Array<Array<string | number | null>>,
    merges: string[] = [],
  ): GridSheet => ({
    name,
    cells: rows.map((row) => row.map(cell)),
    merges,
  });
  // Distractors: a 项目支出 table with the same layout, an 经济分类 table of 基本支出.
  if (r() < 0.6) {
    const other = body.map((row) => row.map((v) => (typeof v === 'number' ? v + 1 : v)));
    sheets.push(grid('项目支出', table('项目支出决算表', other)));
  }
  if (r() < 0.5)
    sheets.push(
      grid('基本支出', [
        ['基本支出决算明细表'],
        ['科目编码', '科目名称', heads.budget, heads.final, heads.prior],
        ['301', '工资福利支出', 300, 310, 290],
        ['302', '商品和服务支出', 100, 102, 95],
      ]),
    );
  if (present) {
    const at = Math.floor(r() * 4);
    const pad: Array<Array<string | number | null>> = Array.from({ length: at }, () => [null]);
    let rows = [...pad, ...table(title, body)];
    const headerTop = at + (title ? 1 : 0) + (unitLine ? 1 : 0);
    // The 支出 half of a 收支总表: a 收入 half stands to its left.
    const income = r() < 0.2;
    if (income) {
      const items = ['一般公共预算财政拨款收入', '事业收入', '其他收入'];
      rows = rows.map((row, i) => {
        if (i === headerTop) return ['项目', heads.budget, heads.final, null, ...row];
        if (i > headerTop + (subRow ? 1 : 0) && items[i - headerTop - 2])
          return [items[i - headerTop - 2], 100 + i, 110 + i, null, ...row];
        return i < headerTop ? row : [null, null, null, null, ...row];
      });
    }
    sheets.push(
      grid(pick(r, ['财决04', '支出决算表', 'Sheet1', '表4']), rows, headerMerges(headerTop, income ? 4 : 0)),
    );
  }
  return { sheets, truth: present ? truth : undefined };
}
