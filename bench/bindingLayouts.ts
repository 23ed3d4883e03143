/**
 * Generated department workbooks for measuring the label matcher: the sample's figures laid out
 * the ways budget tables are laid out, each with the cell every figure is in (the truth).
 *
 * Two sets: `tuning` (the layouts and wordings the tests build) and `heldout` (other wordings,
 * numbering and spacing, other column orders, offsets, several tables per sheet, transposed
 * “三公” tables with merged headings, a 元 overview table). The matcher is measured on `heldout`.
 */
import type { GridCell, GridSheet } from '../src/engine/binding';
import { cellAddress } from '../src/engine/binding';
import { rng } from './rng';

export type LayoutSet = 'tuning' | 'heldout' | 'fresh';

export interface GeneratedWorkbook {
  family: string;
  sheets: GridSheet[];
  /** Input name → the address of its figure and the figure in the evaluation's unit. */
  truth: Map<string, { address: string; value: string }>;
}

type Value = string | number | null;

class SheetBuilder {
  rows: Value[][] = [];
  merges: string[] = [];
  constructor(readonly name: string) {}
  put(r: number, c: number, v: Value): void {
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r];
    while (row.length <= c) row.push(null);
    row[c] = v;
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    const col = (i: number): string => String.fromCharCode(65 + i);
    this.merges.push(`${col(c1)}${r1 + 1}:${col(c2)}${r2 + 1}`);
  }
  build(): GridSheet {
    const cell = (v: Value): GridCell =>
      v === null || v === ''
        ? { kind: 'empty' }
        : typeof v === 'number'
          ? { kind: 'number', value: v }
          : { kind: 'text', value: v };
    return { name: this.name, cells: this.rows.map((r) => r.map(cell)), merges: this.merges };
  }
}

/** Figures of one department in 万元 (two decimals) and whole counts. */
function figures(next: () => number): Record<string, number> {
  const m = (lo: number, hi: number): number => Math.round((lo + next() * (hi - lo)) * 100) / 100;
  const initial = m(200, 3000);
  const fixed = m(50, 800);
  const current = m(20, 600);
  return {
    PE_BudgetInitial: initial,
    PE_BudgetAdjusted: m(initial, initial * 1.2),
    PE_Expenditure: m(initial * 0.9, initial * 1.1),
    PE_ThreePublicBudget: m(5, 40),
    PE_ThreePublicBudgetPrior: m(5, 40),
    PE_ThreePublicActual: m(4, 38),
    PE_PublicFundsBudget: m(50, 300),
    PE_PublicFundsActual: m(45, 290),
    PE_AssetsTotal: Math.round((fixed + current) * 100) / 100,
    PE_AssetsCurrent: current,
    PE_AssetsFixed: fixed,
    PE_StaffAuthorized: 20 + Math.floor(next() * 60),
    PE_StaffActual: 15 + Math.floor(next() * 60),
    PE_OfficialsAuthorized: 10 + Math.floor(next() * 30),
    PE_OfficialsActual: 8 + Math.floor(next() * 30),
    PE_KeyTasksPlanned: 3 + Math.floor(next() * 10),
    PE_ProjectsTotal: 2 + Math.floor(next() * 10),
  };
}

const WORDS: Record<'tuning' | 'heldout', Record<string, string[]>> = {
  tuning: {
    initial: ['年初预算数'],
    adjusted: ['全年预算数', '调整后预算数'],
    actual: ['决算数', '本年支出'],
    prior: ['上年决算数'],
    total: ['合计'],
    budget3: ['预算数'],
    prior3: ['上年预算数'],
    actual3: ['决算数'],
    assetsTotal: ['资产总额'],
    current: ['流动资产'],
    fixed: ['固定资产'],
    end: ['期末数'],
    start: ['年初数'],
    authorized: ['编制数'],
    actualStaff: ['实有人数'],
    publicB: ['公用经费预算数'],
    publicA: ['公用经费决算数'],
    tasks: ['年度重点工作任务数'],
    projects: ['项目数'],
  },
  heldout: {
    initial: ['年初预算数（A）', '年 初 预 算', '年初预算', '预算数(A)'],
    adjusted: ['全年（调整）预算数', '调整预算数', '调整后预算数（B）', '全 年 预 算 数'],
    actual: ['本年决算数', '全年执行数', '实际支出数', '预算执行数（C）'],
    prior: ['上年决算数', '上年支出数', '上年决算'],
    total: ['合计', '合　计', '总计', '本年支出合计'],
    budget3: ['预算数', '本年预算数', '全年预算数'],
    prior3: ['上年预算数', '上年预算'],
    actual3: ['决算数', '实际支出数', '本年决算数'],
    assetsTotal: ['资产总计', '资产合计', '一、资产总额', '资产总额：'],
    current: ['流动资产合计', '（一）流动资产', '1.流动资产'],
    fixed: ['固定资产', '（二）固定资产', '2．固定资产'],
    end: ['期末余额', '年末数', '期末数'],
    start: ['年初余额', '年初数', '期初数'],
    authorized: ['核定编制数', '编制数', '核定编制'],
    actualStaff: ['实有人数', '在编人数', '年末实有人数'],
    publicB: ['公用经费预算', '公用经费预算数：'],
    publicA: ['公用经费实际支出数', '公用经费决算数'],
    tasks: ['重点工作任务数', '年度重点工作任务数：'],
    projects: ['纳入考核的项目数', '项目总数'],
  },
};

export function generateWorkbook(set: LayoutSet, seed: number): GeneratedWorkbook {
  if (set === 'fresh') return generateFresh(seed);
  const next = rng(seed * 7919 + (set === 'heldout' ? 104729 : 0));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const w = (key: string): string => pick(WORDS[set][key]);
  const f = figures(next);
  const truth = new Map<string, { address: string; value: string }>();
  const sheets: SheetBuilder[] = [];
  const held = set === 'heldout';
  const families: string[] = [];
  /** A money figure as the table shows it: 元 tables hold ten thousand times the 万元 figure. */
  const shown = (x: number, yuan: boolean): number => (yuan ? Math.round(x * 10000) : x);
  const record = (s: SheetBuilder, name: string, r: number, c: number, x: number): void => {
    truth.set(name, { address: cellAddress(s.name, r, c), value: String(x) });
  };

  // 1. The overview table: rows 合计 / functional rows / 项目支出, columns of budget and actual.
  {
    const s = new SheetBuilder(held ? pick(['收支决算总表', '表1', '部门决算']) : '收支总表');
    sheets.push(s);
    const yuan = held && next() < 0.4;
    const top = held ? Math.floor(next() * 3) : 0;
    const left = held ? Math.floor(next() * 2) : 0;
    s.put(top, left, '2020年度收入支出决算总表');
    s.merge(top, left, top, left + 5);
    s.put(top + 1, left + 4, yuan ? '单位：元' : '单位：万元');
    const rowNumbers = held ? next() < 0.5 : true;
    const cols: Array<[string, string | null]> = [
      [w('initial'), 'PE_BudgetInitial'],
      [w('adjusted'), 'PE_BudgetAdjusted'],
      [w('actual'), 'PE_Expenditure'],
      [w('prior'), null],
    ];
    if (held && next() < 0.5) cols.reverse();
    const h = top + 3;
    s.put(h, left, '项目');
    let c = left + 1;
    if (rowNumbers) s.put(h, c++, '行次');
    const first = c;
    cols.forEach(([label], i) => s.put(h, first + i, label));
    const totalRow = held && next() < 0.5 ? h + 3 : h + 1;
    const rows = [
      ['一般公共服务支出', 0.8],
      ['社会保障和就业支出', 0.15],
      ['项目支出', 0.3],
    ] as const;
    let r = h + 1;
    const other = (k: number): void => {
      const [label, share] = rows[k];
      s.put(r, left, label);
      if (rowNumbers) s.put(r, left + 1, r - h);
      cols.forEach(([, name], i) =>
        s.put(
          r,
          first + i,
          shown(Math.round((name ? f[name] : f.PE_Expenditure * 0.9) * share * 100) / 100, yuan),
        ),
      );
      r++;
    };
    if (totalRow !== h + 1) {
      other(0);
      other(1);
    }
    s.put(r, left, w('total'));
    if (rowNumbers) s.put(r, left + 1, r - h);
    cols.forEach(([, name], i) => {
      const x = name ? f[name] : Math.round(f.PE_Expenditure * 1.1 * 100) / 100;
      s.put(r, first + i, shown(x, yuan));
      if (name) record(s, name, r, first + i, x);
    });
    r++;
    if (totalRow === h + 1) {
      other(0);
      other(1);
    }
    other(2);
    s.put(r + 1, left, `注：${cols[0][0]}与${cols[2][0]}均含项目支出。`);
    families.push(yuan ? 'overview-元' : 'overview');
  }

  // 2. The “三公” table: normal (rows of items) or transposed with merged headings.
  {
    const s =
      held && next() < 0.5
        ? sheets[0]
        : new SheetBuilder(held ? pick(['三公经费', '表6', '“三公”经费']) : '三公经费');
    if (!sheets.includes(s)) sheets.push(s);
    const top = s.rows.length + (sheets[0] === s ? 2 : 0);
    const yuan = next() < 0.5;
    const transposed = held && next() < 0.5;
    s.put(top, 0, '一般公共预算财政拨款“三公”经费支出情况表');
    s.put(top + 1, 0, yuan ? '单位：元' : '单位：万元');
    const items = ['因公出国（境）费', '公务用车购置及运行费', '公务接待费'];
    const parts = [0.1, 0.6, 0.3];
    const cols: Array<[string, string]> = [
      [w('prior3'), 'PE_ThreePublicBudgetPrior'],
      [w('budget3'), 'PE_ThreePublicBudget'],
      [w('actual3'), 'PE_ThreePublicActual'],
    ];
    if (!transposed) {
      const h = top + 2;
      s.put(h, 0, '项目');
      cols.forEach(([l], i) => s.put(h, 1 + i, l));
      s.put(h + 1, 0, held ? pick(['合计', '“三公”经费合计', '合 计']) : '合计');
      cols.forEach(([, name], i) => {
        s.put(h + 1, 1 + i, shown(f[name], yuan));
        record(s, name, h + 1, 1 + i, f[name]);
      });
      items.forEach((it, k) => {
        s.put(h + 2 + k, 0, it);
        cols.forEach(([, name], i) =>
          s.put(h + 2 + k, 1 + i, shown(Math.round(f[name] * parts[k] * 100) / 100, yuan)),
        );
      });
      families.push(yuan ? 'three-public-元' : 'three-public');
    } else {
      // Headings: a merged group per column kind, its items below; one row of figures.
      const h = top + 2;
      let c = 1;
      s.put(h, 0, '项目');
      s.merge(h, 0, h + 1, 0);
      for (const [label, name] of cols) {
        s.put(h, c, label);
        s.merge(h, c, h, c + 3);
        s.put(h + 1, c, '合计');
        items.forEach((it, k) => s.put(h + 1, c + 1 + k, it));
        s.put(h + 2, c, shown(f[name], yuan));
        record(s, name, h + 2, c, f[name]);
        items.forEach((_, k) =>
          s.put(h + 2, c + 1 + k, shown(Math.round(f[name] * parts[k] * 100) / 100, yuan)),
        );
        c += 4;
      }
      s.put(h + 2, 0, '金额');
      families.push('three-public-transposed');
    }
  }

  // 3. Assets (年初数 beside 期末数) and staff (编制数 × 实有人数), on one sheet or two.
  {
    const s = new SheetBuilder(held ? pick(['资产情况', '基础信息', '表3']) : '资产');
    sheets.push(s);
    s.put(0, 0, '资产情况表');
    s.put(1, 3, '单位：万元');
    const swap = held && next() < 0.5;
    const [c1, c2] = swap ? [2, 1] : [1, 2];
    s.put(2, 0, '项目');
    s.put(2, c1, w('start'));
    s.put(2, c2, w('end'));
    const assets: Array<[string, string]> = [
      [w('assetsTotal'), 'PE_AssetsTotal'],
      [w('current'), 'PE_AssetsCurrent'],
      [w('fixed'), 'PE_AssetsFixed'],
    ];
    assets.forEach(([label, name], k) => {
      s.put(3 + k, 0, label);
      s.put(3 + k, c1, Math.round(f[name] * 0.93 * 100) / 100);
      s.put(3 + k, c2, f[name]);
      record(s, name, 3 + k, c2, f[name]);
    });
    const t = held ? new SheetBuilder(pick(['人员情况', '人员编制'])) : s;
    if (t !== s) sheets.push(t);
    const top = t === s ? 8 : 0;
    t.put(top, 0, '人员编制情况表');
    t.put(top + 1, 0, '项目');
    t.put(top + 1, 1, w('authorized'));
    t.put(top + 1, 2, w('actualStaff'));
    t.put(top + 2, 0, '合计');
    t.put(top + 2, 1, f.PE_StaffAuthorized);
    t.put(top + 2, 2, f.PE_StaffActual);
    record(t, 'PE_StaffAuthorized', top + 2, 1, f.PE_StaffAuthorized);
    record(t, 'PE_StaffActual', top + 2, 2, f.PE_StaffActual);
    t.put(top + 3, 0, '行政编制');
    t.put(top + 3, 1, f.PE_OfficialsAuthorized);
    t.put(top + 3, 2, f.PE_OfficialsActual);
    record(t, 'PE_OfficialsAuthorized', top + 3, 1, f.PE_OfficialsAuthorized);
    record(t, 'PE_OfficialsActual', top + 3, 2, f.PE_OfficialsActual);
    t.put(top + 4, 0, '事业编制');
    t.put(top + 4, 1, Math.max(0, f.PE_StaffAuthorized - f.PE_OfficialsAuthorized));
    t.put(top + 4, 2, Math.max(0, f.PE_StaffActual - f.PE_OfficialsActual));
    families.push(swap ? 'assets-swapped' : 'assets', t === s ? 'staff' : 'staff-own-sheet');
  }

  // 4. A list of other figures: label, then (sometimes) a unit column, then the figure.
  {
    const s = new SheetBuilder(held ? pick(['其他数据', '补充资料']) : '其他');
    sheets.push(s);
    const unitCol = held ? next() < 0.5 : true;
    const items: Array<[string, string, string]> = [
      [w('publicB'), 'PE_PublicFundsBudget', '万元'],
      [w('publicA'), 'PE_PublicFundsActual', '万元'],
      [w('tasks'), 'PE_KeyTasksPlanned', '项'],
      [w('projects'), 'PE_ProjectsTotal', '个'],
    ];
    items.forEach(([label, name, unit], k) => {
      s.put(k, 0, label);
      const c = unitCol ? 2 : 1;
      if (unitCol) s.put(k, 1, unit);
      s.put(k, c, f[name]);
      record(s, name, k, c, f[name]);
    });
    s.put(items.length + 1, 0, '说明：年初预算数、公用经费预算数等以财政批复为准，上年决算数见上表。');
    families.push(unitCol ? 'list-units' : 'list');
  }

  return { family: families.join('+'), sheets: sheets.map((s) => s.build()), truth };
}

/**
 * A third set, written after the matcher was last changed and never tuned on: side-by-side
 * label/value pairs, a horizontal list (labels above their figures), headings with their unit
 * (金额（元）), change columns (比上年增减) beside the figures, and wordings of their own.
 */
function generateFresh(seed: number): GeneratedWorkbook {
  const next = rng(seed * 104723 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const f = figures(next);
  const truth = new Map<string, { address: string; value: string }>();
  const families: string[] = [];
  const sheets: SheetBuilder[] = [];
  const record = (s: SheetBuilder, name: string, r: number, c: number, x: number): void => {
    truth.set(name, { address: cellAddress(s.name, r, c), value: String(x) });
  };

  // A horizontal list: labels in one row, figures below, a change row under them.
  {
    const s = new SheetBuilder(pick(['预算执行', '执行情况']));
    sheets.push(s);
    const yuan = next() < 0.5;
    s.put(0, 0, pick(['部门预算执行情况', '2020年预算执行情况表']));
    const cols: Array<[string, string]> = [
      [pick(['年初预算', '年初预算数']), 'PE_BudgetInitial'],
      [pick(['调整后预算数', '全年预算数']), 'PE_BudgetAdjusted'],
      [pick(['实际支出数', '本年支出', '全年执行数']), 'PE_Expenditure'],
    ];
    cols.forEach(([label, name], i) => {
      s.put(1, i, yuan ? `${label}（元）` : `${label}（万元）`);
      const x = f[name];
      s.put(2, i, yuan ? Math.round(x * 10000) : x);
      record(s, name, 2, i, x);
    });
    s.put(1, 3, '执行率');
    s.put(2, 3, 0.986);
    families.push(yuan ? 'horizontal-元' : 'horizontal');
  }

  // Side-by-side pairs: label | figure | label | figure, with a change column after each.
  {
    const s = new SheetBuilder(pick(['基本数据', '基础数据表']));
    sheets.push(s);
    const withChange = next() < 0.5;
    s.put(0, 0, '部门基础数据');
    s.put(1, 0, '单位：万元');
    const pairs: Array<[string, string]> = [
      [pick(['公用经费预算数', '公用经费预算']), 'PE_PublicFundsBudget'],
      [pick(['公用经费决算数', '公用经费实际支出数']), 'PE_PublicFundsActual'],
      [pick(['资产总额', '资产合计']), 'PE_AssetsTotal'],
      [pick(['固定资产', '固定资产合计']), 'PE_AssetsFixed'],
    ];
    const step = withChange ? 3 : 2;
    pairs.forEach(([label, name], k) => {
      const r = 2 + Math.floor(k / 2);
      const c = (k % 2) * step;
      s.put(r, c, label);
      s.put(r, c + 1, f[name]);
      record(s, name, r, c + 1, f[name]);
      if (withChange) s.put(r, c + 2, Math.round(f[name] * 0.05 * 100) / 100);
    });
    if (withChange) {
      s.put(1, 2, '比上年增减');
      s.put(1, 5, '比上年增减');
    }
    families.push(withChange ? 'pairs-with-change' : 'pairs');
  }

  // Staff as a list with 人 units, counts of their own wording.
  {
    const s = new SheetBuilder('人员');
    sheets.push(s);
    const items: Array<[string, string]> = [
      [pick(['核定编制数', '编制人数']), 'PE_StaffAuthorized'],
      [pick(['实有人数', '在编人数']), 'PE_StaffActual'],
      [pick(['行政编制数', '行政编制']), 'PE_OfficialsAuthorized'],
      [pick(['重点工作任务数', '年度重点工作任务数']), 'PE_KeyTasksPlanned'],
    ];
    items.forEach(([label, name], k) => {
      s.put(k, 0, `${k + 1}、${label}`);
      s.put(k, 1, f[name]);
      s.put(k, 2, name === 'PE_KeyTasksPlanned' ? '项' : '人');
      record(s, name, k, 1, f[name]);
    });
    families.push('numbered-list');
  }
  return { family: families.join('+'), sheets: sheets.map((s) => s.build()), truth };
}
