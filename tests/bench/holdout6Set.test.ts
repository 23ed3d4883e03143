/**
 * The sixth held-out binding set is only worth its figures if its truth is right. These tests check
 * the generator, not the matcher (they never run it): the set's size and families, that it is the
 * same on every run, the truth checks every held-out set passes, and per family what its layout
 * promises: a 运行监控 form whose sources add up to the total and which holds no year-end spending
 * or completion; a 快报 list whose children add up to their parents and which is numbered by
 * indentation only; 审定表 whose 审定数 is 账面数 plus the adjustment on every line and whose parents
 * are their lines' sums in every column; a 采购 table whose 合计 is its purchases' sum with no
 * contract above its budget; bilingual statements whose variance is Actual − Revised and whose
 * closing column is the truth.
 */
import { D, type Decimal } from '../../src/engine/decimal';
import { FAMILIES6, FIGURE_INPUTS, generateHoldout6Set } from '../../bench/holdout6/generate';
import type { HoldoutCell, HoldoutSheet, HoldoutWorkbook } from '../../bench/holdout/workbook';
import { figureOf, scorerBookkeeping, truthChecks } from './holdoutTruth';

const SET = generateHoldout6Set();
const of = (family: string): HoldoutWorkbook[] => SET.filter((w) => w.family === family);

function rc(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return [Number(m[2]) - 1, m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

const z = (v: HoldoutCell | undefined): Decimal => {
  const f = figureOf(v ?? null, false);
  return f === null ? new D(0) : new D(f);
};
const sum = (xs: (HoldoutCell | undefined)[]): Decimal =>
  xs.reduce<Decimal>((a, v) => a.plus(z(v)), new D(0));
const text = (v: HoldoutCell | undefined): string => (typeof v === 'string' ? v : '');
const truthOf = (wb: HoldoutWorkbook, name: string) => wb.present.find((p) => p.name === name);
const sheetOf = (wb: HoldoutWorkbook, name: string): HoldoutSheet => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`${wb.id}: no sheet ${name}`);
  return s;
};
const same = (id: string, a: Decimal, b: Decimal): void =>
  expect(`${id} ${a.toFixed()}`).toBe(`${id} ${b.toFixed()}`);

describe('the sixth held-out binding set', () => {
  it('has 25 workbooks in each of 5 families (125), with unique ids', () => {
    expect(SET.length).toBe(125);
    expect(FAMILIES6.map((f) => f.id)).toEqual([
      'monitoring',
      'quickList',
      'auditWorkpaper',
      'procurementExec',
      'bilingualDonor',
    ]);
    for (const f of FAMILIES6) expect(`${f.id} ${of(f.id).length}`).toBe(`${f.id} 25`);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same on every run and differs with the seed', () => {
    expect(JSON.stringify(generateHoldout6Set())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldout6Set({ seed: 7 }))).not.toBe(JSON.stringify(SET));
    expect(generateHoldout6Set({ perFamily: 2 }).length).toBe(10);
  });

  it('varies its layouts within each family and keeps tables in both units', () => {
    for (const f of FAMILIES6) {
      const variants = new Set(of(f.id).map((w) => w.variant));
      expect(`${f.id} ${variants.size > 8}`).toBe(`${f.id} true`);
    }
    const units = new Set(SET.flatMap((w) => w.present.map((p) => p.cellUnit)));
    expect([...units].sort()).toEqual(['count', 'ratio', 'wan', 'yuan']);
  });

  truthChecks(SET, FIGURE_INPUTS);
});

describe('monitoring', () => {
  const books = of('monitoring');

  it('holds no year-end spending, adjusted budget or completion, and marks their look-alikes', () => {
    for (const wb of books) {
      for (const n of [
        'PE_Expenditure',
        'PE_BudgetAdjusted',
        'PE_ThreePublicActual',
        'PE_PublicFundsActual',
        'PE_KeyTasksDone',
        'PE_TargetsMet',
        'PE_StaffActual',
      ])
        expect(`${wb.id} ${wb.absent.includes(n)}`).toBe(`${wb.id} true`);
      const names = new Set(wb.distractors.map((x) => x.name));
      for (const n of [
        'PE_Expenditure',
        'PE_BudgetAdjusted',
        'PE_KeyTasksDone',
        'PE_TargetsMet',
        'PE_StaffActual',
      ])
        expect(`${wb.id} ${n} ${names.has(n)}`).toBe(`${wb.id} ${n} true`);
      expect(truthOf(wb, 'PE_BudgetInitial')).toBeDefined();
    }
  });

  it('adds 财政拨款 and 其他资金 up to the total in every money column, paid so far under the forecast', () => {
    for (const wb of books) {
      const t = truthOf(wb, 'PE_BudgetInitial');
      if (!t) throw new Error(wb.id);
      const s = sheetOf(wb, t.sheet);
      const r = rc(t.address)[0];
      for (const c of [1, 2, 3, 5])
        same(`${wb.id} col ${c}`, z(s.rows[r + 1][c]).plus(z(s.rows[r + 2][c])), z(s.rows[r][c]));
      expect(`${wb.id} ${z(s.rows[r][3]).lt(z(s.rows[r][5]))}`).toBe(`${wb.id} true`);
      // With no 其他资金 the 财政拨款 row repeats the total and is equally right.
      if (z(s.rows[r + 2][1]).isZero()) expect(t.alsoRight.length).toBe(1);
      else expect(t.alsoRight.length).toBe(0);
    }
  });
});

describe('quickList', () => {
  const books = of('quickList');
  const depth = (label: string, unit: number): number => (label.length - label.trimStart().length) / unit;

  it('adds every child up to its parent where the parent holds the whole', () => {
    let checked = 0;
    for (const wb of books) {
      const s = wb.sheets[0];
      const rows = s.rows.slice(3).filter((r) => text(r[0]) !== '' && !text(r[0]).startsWith('注'));
      const unit = Math.min(
        ...rows.map((r) => text(r[0]).length - text(r[0]).trimStart().length).filter((n) => n > 0),
      );
      const vc = s.rows[2][1] === '计量单位' ? 2 : 1;
      const wholes = ['支出合计', '本年支出合计', '支出总计', '基本支出', '资产总额', '资产合计'];
      rows.forEach((r, i) => {
        const name = text(r[0]).trim();
        if (!wholes.includes(name)) return;
        const dp = depth(text(r[0]), unit);
        const kids: HoldoutCell[][] = [];
        for (let k = i + 1; k < rows.length && depth(text(rows[k][0]), unit) > dp; k++)
          if (depth(text(rows[k][0]), unit) === dp + 1) kids.push(rows[k]);
        same(`${wb.id} ${name}`, sum(kids.map((x) => x[vc])), z(r[vc]));
        checked++;
      });
    }
    expect(checked).toBe(books.length * 3);
  });

  it('numbers nothing: the hierarchy is in the leading spaces alone', () => {
    for (const wb of books)
      for (const r of wb.sheets[0].rows.slice(3))
        expect(`${wb.id} ${text(r[0])}`).not.toMatch(
          /^\S+ \s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、]|其中)/,
        );
  });

  it('answers 上年“三公”经费预算数 from the 上年 column or the 上年预算数 row, and both when both are there', () => {
    for (const wb of books) {
      const t = truthOf(wb, 'PE_ThreePublicBudgetPrior');
      if (!t) throw new Error(wb.id);
      const prior = /:prior/.test(wb.variant);
      const row = !/noPriorRow/.test(wb.variant);
      expect(`${wb.id} ${1 + t.alsoRight.length}`).toBe(`${wb.id} ${(prior ? 1 : 0) + (row ? 1 : 0)}`);
    }
  });
});

describe('auditWorkpaper', () => {
  const books = of('auditWorkpaper');

  it('makes every 审定数 its 账面数 plus the adjustment, and every parent its lines’ sum in every column', () => {
    let tables = 0;
    for (const wb of books) {
      for (const s of wb.sheets) {
        s.rows.forEach((h, i) => {
          const cAud = h.findIndex((v) => v === '审定数');
          if (cAud < 0) return;
          const dc = s.rows[i + 1]?.includes('借方') === true;
          const cBook = h.findIndex((v) => ['账面数', '未审数', '账面金额'].includes(text(v)));
          const start = dc ? i + 2 : i + 1;
          const body: HoldoutCell[][] = [];
          for (let k = start; k < s.rows.length && typeof s.rows[k][cAud] === 'number'; k++)
            body.push(s.rows[k]);
          for (const r of body) {
            const adj = dc ? z(r[cBook + 1]).minus(z(r[cBook + 2])) : z(r[cBook + 1]);
            same(`${wb.id} ${s.name} ${text(r[0])}`, z(r[cBook]).plus(adj), z(r[cAud]));
          }
          // The first line is the total of the lines one level in (the 原值 / 折旧 lines aside).
          const lvl = (r: HoldoutCell[]): number => text(r[0]).length - text(r[0]).trimStart().length;
          const kids = body.slice(1).filter((r) => lvl(r) === 2);
          for (const c of [cBook, cAud])
            same(`${wb.id} ${s.name} total ${c}`, sum(kids.map((r) => r[c])), z(body[0][c]));
          tables++;
        });
      }
    }
    expect(tables).toBe(books.length * 3);
  });

  it('takes the 审定数, with the 账面数 equally right only where the line was not adjusted', () => {
    let adjusted = 0;
    for (const wb of books) {
      for (const t of wb.present) {
        const [r, c] = rc(t.address);
        const s = sheetOf(wb, t.sheet);
        const head = s.rows
          .slice(0, r)
          .reverse()
          .find((x) => x.includes('审定数') || x.includes('核实数'));
        expect(`${wb.id} ${t.name} ${text(head?.[c])}`).toMatch(/审定数|核实数$/);
        const bookCell = t.alsoRight.find((a) => a.sheet === t.sheet && rc(a.address)[0] === r);
        const distracted = wb.distractors.some(
          (x) =>
            x.name === t.name &&
            x.sheet === t.sheet &&
            rc(x.address)[0] === r &&
            /before the audit/.test(x.why),
        );
        expect(`${wb.id} ${t.name} ${(bookCell !== undefined) !== distracted}`).toBe(
          `${wb.id} ${t.name} true`,
        );
        if (distracted) adjusted++;
      }
    }
    expect(adjusted).toBeGreaterThan(books.length);
  });
});

describe('procurementExec', () => {
  const books = of('procurementExec');

  it('makes the 合计 the sum of its purchases, no contract above its budget, 节约 their difference', () => {
    for (const wb of books) {
      const plan = truthOf(wb, 'PE_ProcurementPlan');
      const act = truthOf(wb, 'PE_ProcurementActual');
      if (!plan || !act) throw new Error(wb.id);
      const s = sheetOf(wb, plan.sheet);
      const items = s.rows.filter((r) => typeof r[0] === 'number');
      expect(items.length).toBeGreaterThanOrEqual(4);
      const total = s.rows[rc(plan.address)[0]];
      expect(rc(act.address)[0]).toBe(rc(plan.address)[0]);
      for (const c of [4, 5, 6]) same(`${wb.id} col ${c}`, sum(items.map((r) => r[c])), z(total[c]));
      for (const r of items) {
        expect(`${wb.id} ${text(r[1])} ${z(r[5]).lte(z(r[4]))}`).toBe(`${wb.id} ${text(r[1])} true`);
        same(`${wb.id} ${text(r[1])}`, z(r[4]).minus(z(r[5])), z(r[6]));
      }
      expect(new D(act.value).lte(new D(plan.value))).toBe(true);
    }
  });

  it('repeats the totals in the 分品目 汇总 as equally right, its parts adding up', () => {
    let n = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => x.rows.some((r) => r[0] === '货物类'));
      if (!s) continue;
      const body = s.rows.slice(3, 6);
      const total = s.rows[6];
      for (const c of [1, 2, 3]) same(`${wb.id} ${c}`, sum(body.map((r) => r[c])), z(total[c]));
      expect(truthOf(wb, 'PE_ProcurementPlan')?.alsoRight).toEqual([{ sheet: s.name, address: 'B7' }]);
      expect(truthOf(wb, 'PE_ProcurementActual')?.alsoRight).toEqual([{ sheet: s.name, address: 'C7' }]);
      n++;
    }
    expect(n).toBeGreaterThan(6);
  });
});

describe('bilingualDonor', () => {
  const books = of('bilingualDonor');

  it('states Variance = Actual − Revised on every line and adds 基本 + 项目 to the total in every budget column', () => {
    let nature = 0;
    for (const wb of books) {
      const t = truthOf(wb, 'PE_BudgetInitial');
      if (!t) throw new Error(wb.id);
      const s = sheetOf(wb, t.sheet);
      const [r0, c0] = rc(t.address);
      const body = s.rows.slice(r0).filter((r) => typeof r[c0] === 'number');
      for (const r of body) same(`${wb.id} ${text(r[0])}`, z(r[c0 + 2]).minus(z(r[c0 + 1])), z(r[c0 + 3]));
      if (/:nature/.test(wb.variant)) {
        for (const c of [c0, c0 + 1, c0 + 2]) {
          same(`${wb.id} total ${c}`, z(body[1][c]).plus(z(body[4][c])), z(body[0][c]));
          same(`${wb.id} basic ${c}`, z(body[2][c]).plus(z(body[3][c])), z(body[1][c]));
        }
        // The revision covers what was paid: no line of 人员经费 over its revised budget.
        expect(z(body[2][c0 + 2]).lte(z(body[2][c0 + 1]))).toBe(true);
        nature++;
      }
    }
    expect(nature).toBeGreaterThan(8);
  });

  it('answers from the column dated the evaluation year, the other date a distractor', () => {
    for (const wb of books) {
      const t = truthOf(wb, 'PE_AssetsTotal');
      if (!t) throw new Error(wb.id);
      const s = sheetOf(wb, t.sheet);
      const [, c] = rc(t.address);
      const year = /For the year ended 31 December (\d{4})/.exec(text(wb.sheets[0].rows[2]?.[0]))?.[1];
      expect(`${wb.id} ${text(s.rows[3][c])}`).toBe(`${wb.id} 31 Dec ${year}`);
      expect(wb.distractors.filter((x) => x.sheet === s.name && /opening/.test(x.why)).length).toBe(6);
    }
  });
});

describe('the sixth held-out set through the first set’s scorer', () => {
  scorerBookkeeping(
    SET,
    FAMILIES6.map((f) => f.id),
  );
});
