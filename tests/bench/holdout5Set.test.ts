/**
 * The fifth held-out binding set is only worth its figures if its truth is right. These tests check
 * the generator, not the matcher: the set's size and families, that it is the same on every run,
 * the truth checks every held-out set passes, and per family what its layout promises: a budget
 * export whose lines add up to the 合计 line in every column and whose “三公” and 采购 tables add
 * up; a 决算 审核 table whose parts add up to 支出合计 and whose 差异 / 调整 columns are the
 * differences they say; a 合并 workbook whose 合计 column is the sum of its units, 实有 never above
 * 编制; accounting reports whose lines sum to their totals and whose 财政拨款 rows balance (年初 +
 * 收入 − 上缴 − 支出 = 年末); a stacked analysis sheet whose truth cells sit in tables stating the
 * unit the truth says.
 */
import { D, type Decimal } from '../../src/engine/decimal';
import { FAMILIES5, FIGURE_INPUTS, generateHoldout5Set } from '../../bench/holdout5/generate';
import type { HoldoutCell, HoldoutSheet, HoldoutWorkbook } from '../../bench/holdout/workbook';
import { cellAt, figureOf, truthChecks, scorerBookkeeping } from './holdoutTruth';

const SET = generateHoldout5Set();
const of = (family: string): HoldoutWorkbook[] => SET.filter((w) => w.family === family);

function rc(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return [Number(m[2]) - 1, m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

function dec(v: HoldoutCell | undefined): Decimal | null {
  const f = figureOf(v ?? null, true);
  return f === null ? null : new D(f);
}

const z = (v: HoldoutCell | undefined): Decimal => dec(v) ?? new D(0);
const sum = (xs: (HoldoutCell | undefined)[]): Decimal =>
  xs.reduce<Decimal>((a, v) => a.plus(z(v)), new D(0));
const truthOf = (wb: HoldoutWorkbook, name: string) => wb.present.find((p) => p.name === name);
const text = (v: HoldoutCell | undefined): string => (typeof v === 'string' ? v : '');
const findSheet = (wb: HoldoutWorkbook, test: (s: HoldoutSheet) => boolean): HoldoutSheet | undefined =>
  wb.sheets.find(test);
const eqMsg = (id: string, a: Decimal, b: Decimal): [string, string] => [
  `${id} ${a.toFixed()}`,
  `${id} ${b.toFixed()}`,
];

describe('the fifth held-out binding set', () => {
  it('has 25 workbooks in each of 5 families (125), with unique ids', () => {
    expect(SET.length).toBe(125);
    expect(FAMILIES5.map((f) => f.id)).toEqual([
      'integratedBudget',
      'finalAudit',
      'consolidatedUnits',
      'accountingPackage',
      'analysisStacked',
    ]);
    for (const f of FAMILIES5) expect(`${f.id} ${of(f.id).length}`).toBe(`${f.id} 25`);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same set on every run (seeded), and another seed gives another set', () => {
    expect(JSON.stringify(generateHoldout5Set())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldout5Set({ seed: 7 }))).not.toBe(JSON.stringify(SET));
  });

  it('holds a realistic mix: most inputs present somewhere and absent elsewhere, 元 tables in every family', () => {
    const byInput = new Map<string, number>();
    for (const wb of SET) for (const p of wb.present) byInput.set(p.name, (byInput.get(p.name) ?? 0) + 1);
    const often = FIGURE_INPUTS.filter((n) => (byInput.get(n) ?? 0) >= 10);
    expect(often.length).toBeGreaterThanOrEqual(25);
    for (const n of FIGURE_INPUTS) expect(`${n} ${(byInput.get(n) ?? 0) < SET.length}`).toBe(`${n} true`);
    const yuanFamilies = new Set(
      SET.filter((w) => w.present.some((p) => p.cellUnit === 'yuan')).map((w) => w.family),
    );
    expect([...yuanFamilies].sort()).toEqual(FAMILIES5.map((f) => f.id).sort());
  });

  truthChecks(SET, FIGURE_INPUTS, { textFigures: true });

  it('never marks as a money distractor a cell holding the very figure of its input’s truth cell', () => {
    const same: string[] = [];
    let n = 0;
    for (const wb of SET)
      for (const x of wb.distractors) {
        const t = truthOf(wb, x.name);
        if (!t || (t.cellUnit !== 'wan' && t.cellUnit !== 'yuan')) continue;
        const a = dec(cellAt(wb, x.sheet, x.address));
        const b = dec(cellAt(wb, t.sheet, t.address));
        n++;
        if (a !== null && b !== null && a.eq(b)) same.push(`${wb.id} ${x.name} ${x.sheet}!${x.address}`);
      }
    expect(same).toEqual([]);
    expect(n).toBeGreaterThan(300);
  });

  it('keeps 元 figures to the 分 and 万元 figures to the 0.01 万元 (or finer only where the truth is in 元)', () => {
    for (const wb of SET)
      for (const t of wb.present) {
        if (t.cellUnit !== 'yuan' && t.cellUnit !== 'wan') continue;
        const v = z(cellAt(wb, t.sheet, t.address));
        expect(`${wb.id} ${t.name} ${v.decimalPlaces() <= 2}`).toBe(`${wb.id} ${t.name} true`);
      }
  });
});

describe('integratedBudget', () => {
  const books = of('integratedBudget');

  it('adds the 功能 × 经济 lines up to the 合计 line in every column, each line in one column', () => {
    let lines = 0;
    for (const wb of books) {
      const s = findSheet(wb, (x) => x.rows.some((r) => r.includes('功能科目编码')));
      if (!s) throw new Error(`${wb.id}: no detail sheet`);
      const h = s.rows.findIndex((r) => r.includes('功能科目编码'));
      const cTotal = s.rows[h].indexOf('合计');
      const start = s.rows[h + 1]?.includes('人员经费') ? h + 2 : h + 1;
      const body = s.rows.slice(start);
      const totalRow = body.find((r) => ['合计', '总计'].includes(text(r[0])));
      if (!totalRow) throw new Error(`${wb.id}: no 合计 line`);
      const items = body.filter((r) => r !== totalRow);
      for (let c = cTotal; c <= cTotal + 3; c++) {
        const [a, b] = eqMsg(`${wb.id} col ${c}`, sum(items.map((r) => r[c])), z(totalRow[c]));
        expect(a).toBe(b);
      }
      for (const r of items) {
        const filled = [1, 2, 3].filter((k) => r[cTotal + k] !== null && r[cTotal + k] !== undefined);
        expect(filled.length).toBe(1);
        expect(z(r[cTotal + filled[0]]).toFixed()).toBe(z(r[cTotal]).toFixed());
        lines++;
      }
      const [a, b] = eqMsg(
        wb.id,
        z(totalRow[cTotal]),
        new D(truthOf(wb, 'PE_BudgetInitial')?.value ?? '0').times(
          truthOf(wb, 'PE_BudgetInitial')?.cellUnit === 'yuan' ? 10000 : 1,
        ),
      );
      expect(a).toBe(b);
    }
    expect(lines).toBeGreaterThan(books.length * 10);
  });

  it('adds the summary by source and by nature, and the “三公” and 采购 tables to their totals', () => {
    let summaries = 0;
    let tp = 0;
    let proc = 0;
    for (const wb of books) {
      const sm = findSheet(wb, (x) => x.rows.some((r) => r.includes('一般公共预算拨款')));
      if (sm) {
        const h = sm.rows.findIndex((r) => r.includes('一般公共预算拨款'));
        const rows = sm.rows.slice(h + 1);
        for (const r of rows) {
          const [a, b] = eqMsg(`${wb.id} ${text(r[0])}`, sum(r.slice(3, 7)), z(r[2]));
          expect(a).toBe(b);
          const [c, d] = eqMsg(`${wb.id} ${text(r[0])} 增减`, z(r[2]).minus(z(r[1])), z(r[7]));
          expect(c).toBe(d);
        }
        for (const c of [1, 2, 3, 4, 6]) {
          expect(z(rows[2][c]).plus(z(rows[3][c])).toFixed()).toBe(z(rows[1][c]).toFixed());
          expect(z(rows[1][c]).plus(z(rows[4][c])).toFixed()).toBe(z(rows[0][c]).toFixed());
        }
        summaries++;
      }
      const t = findSheet(wb, (x) => x.rows.some((r) => r.includes('公务用车运行维护费')));
      if (t) {
        const h = t.rows.findIndex((r) => r.includes('公务接待费'));
        const withTotal = t.rows[h][1] === '合计';
        const c0 = withTotal ? 2 : 1;
        for (const r of t.rows.slice(h + 2, h + 4)) {
          expect(
            z(r[c0 + 3])
              .plus(z(r[c0 + 4]))
              .toFixed(),
          ).toBe(z(r[c0 + 2]).toFixed());
          if (withTotal) expect(sum([r[c0], r[c0 + 1], r[c0 + 2]]).toFixed()).toBe(z(r[1]).toFixed());
        }
        if (withTotal) {
          const prior = truthOf(wb, 'PE_ThreePublicBudgetPrior');
          const cur = truthOf(wb, 'PE_ThreePublicBudget');
          expect(`${prior?.sheet}!${prior?.address} ${cur?.sheet}!${cur?.address}`).toBe(
            `${t.name}!B${h + 3} ${t.name}!B${h + 4}`,
          );
        } else expect(truthOf(wb, 'PE_ThreePublicBudget')).toBeUndefined();
        tp++;
      }
      const p = findSheet(wb, (x) => x.rows.some((r) => r.includes('采购品目')));
      if (p) {
        const h = p.rows.findIndex((r) => r.includes('采购品目'));
        const body = p.rows.slice(h + 1);
        const total = body.find((r) => r[1] === '合计');
        const items = body.filter((r) => r !== total);
        expect(sum(items.map((r) => r[6])).toFixed()).toBe(z(total?.[6]).toFixed());
        proc++;
      }
    }
    expect(summaries).toBeGreaterThan(8);
    expect(tp).toBeGreaterThan(12);
    expect(proc).toBeGreaterThan(8);
  });

  it('stores some exports’ figures as text with thousands separators, which spell the truth', () => {
    const textBooks = books.filter((w) =>
      w.present.some((p) => typeof cellAt(w, p.sheet, p.address) === 'string'),
    );
    expect(textBooks.length).toBeGreaterThan(3);
    expect(
      textBooks.some((w) =>
        w.present.some((p) => /^\s?\d{1,3}(,\d{3})+/.test(text(cellAt(w, p.sheet, p.address)))),
      ),
    ).toBe(true);
  });
});

describe('finalAudit', () => {
  const books = of('finalAudit');

  it('adds 基本 + 项目 to 支出合计, 人员 + 公用 to 基本, the items to “三公”, and states the differences it shows', () => {
    for (const wb of books) {
      const s = findSheet(wb, (x) => text(x.rows[0]?.[0]).includes('差异情况表'));
      if (!s) throw new Error(`${wb.id}: no 差异 table`);
      const head = s.rows[2].map(text);
      const cInit = head.indexOf('年初预算数');
      const cAdj = head.indexOf('调整预算数');
      const cFull = head.findIndex((x) => x === '全年预算数' || x === '调整后预算数');
      const cAct = cFull + 1;
      const cDiff = head.indexOf('差异额');
      const row = (re: RegExp): HoldoutCell[] => {
        const r = s.rows.find((x, i) => i > 2 && re.test(text(x[0])));
        if (!r) throw new Error(`${wb.id}: no row ${re.source}`);
        return r;
      };
      const total = s.rows[3];
      const basic = row(/^一、基本支出/);
      const pers = row(/人员经费/);
      const pub = row(/^\s*(日常)?公用经费/);
      const proj = row(/^二、项目支出/);
      const tp = row(/^三、/);
      const items = [row(/1\.因公出国/), row(/2\.公务接待/), row(/3\.公务用车/)];
      for (const c of [cInit, cFull, cAct]) {
        expect(`${wb.id} ${c} ${z(basic[c]).plus(z(proj[c])).toFixed()}`).toBe(
          `${wb.id} ${c} ${z(total[c]).toFixed()}`,
        );
        expect(`${wb.id} ${c} ${z(pers[c]).plus(z(pub[c])).toFixed()}`).toBe(
          `${wb.id} ${c} ${z(basic[c]).toFixed()}`,
        );
        expect(`${wb.id} ${c} ${sum(items.map((r) => r[c])).toFixed()}`).toBe(
          `${wb.id} ${c} ${z(tp[c]).toFixed()}`,
        );
      }
      for (const r of s.rows.slice(3)) {
        expect(z(r[cAct]).minus(z(r[cFull])).toFixed()).toBe(z(r[cDiff]).toFixed());
        if (cAdj >= 0) expect(z(r[cFull]).minus(z(r[cInit])).toFixed()).toBe(z(r[cAdj]).toFixed());
      }
      // 公用经费 and “三公” are not adjusted: their 年初 and 全年 budgets are one figure, right in either.
      const pb = truthOf(wb, 'PE_PublicFundsBudget');
      expect(pb?.alsoRight.map((a) => a.address)).toContain(
        `${String.fromCharCode(65 + cFull)}${pb ? rc(pb.address)[0] + 1 : 0}`,
      );
      expect(truthOf(wb, 'PE_BudgetAdjusted')?.address).toBe(`${String.fromCharCode(65 + cFull)}4`);
    }
  });

  it('repeats this year’s 决算 in the 与上年对比 table as equally right, last year’s as a distractor', () => {
    let n = 0;
    for (const wb of books) {
      const s = findSheet(wb, (x) => text(x.rows[0]?.[0]).includes('与上年决算对比'));
      if (!s) continue;
      const t = truthOf(wb, 'PE_Expenditure');
      expect(t?.alsoRight).toContainEqual({ sheet: s.name, address: 'C4' });
      expect(
        wb.distractors.some((x) => x.sheet === s.name && x.address === 'B4' && x.name === 'PE_Expenditure'),
      ).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThan(8);
  });
});

describe('consolidatedUnits', () => {
  const books = of('consolidatedUnits');
  const TOTAL = ['合计', '部门合计', '汇总数', '汇总'];

  it('makes every 合计 the sum of its units, and answers only from the 合计 column', () => {
    let rows = 0;
    for (const wb of books) {
      for (const s of wb.sheets) {
        const grouped = s.rows[4]?.includes('年初');
        const head = s.rows[2] ?? [];
        if (grouped) {
          const groups = head.flatMap((v, c) => (c >= 1 && (c - 1) % 3 === 0 && text(v) ? [c] : []));
          const tg = groups.find((c) => TOTAL.includes(text(head[c])));
          if (tg === undefined) throw new Error(`${wb.id}: no total group`);
          for (const r of s.rows.slice(5))
            for (let k = 0; k < 3; k++) {
              const units = groups.filter((c) => c !== tg).map((c) => r[c + k]);
              expect(`${wb.id} ${text(r[0])} ${sum(units).toFixed()}`).toBe(
                `${wb.id} ${text(r[0])} ${z(r[tg + k]).toFixed()}`,
              );
              rows++;
            }
          for (const t of wb.present.filter((p) => p.sheet === s.name)) {
            const c = rc(t.address)[1];
            expect(`${wb.id} ${t.name} ${c >= tg && c < tg + 3}`).toBe(`${wb.id} ${t.name} true`);
          }
        } else if (head[0] === '项目') {
          const cTotal = head.findIndex((v) => TOTAL.includes(text(v)));
          const unitCols = head.flatMap((v, c) =>
            c > 0 && c !== cTotal && text(v) !== '计量单位' ? [c] : [],
          );
          for (const r of s.rows.slice(3)) {
            expect(`${wb.id} ${text(r[0])} ${sum(unitCols.map((c) => r[c])).toFixed()}`).toBe(
              `${wb.id} ${text(r[0])} ${z(r[cTotal]).toFixed()}`,
            );
            rows++;
          }
          for (const t of wb.present.filter((p) => p.sheet === s.name))
            expect(`${wb.id} ${t.name} ${rc(t.address)[1]}`).toBe(`${wb.id} ${t.name} ${cTotal}`);
        }
      }
    }
    expect(rows).toBeGreaterThan(books.length * 10);
  });

  it('keeps each unit’s 实有 at or under its 编制, and marks every unit’s own figure as a distractor', () => {
    let units = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => x.rows.some((r) => r[0] === '编制数'));
      if (s) {
        const auth = s.rows.find((r) => r[0] === '编制数') ?? [];
        const act = s.rows.find((r) => r[0] === '实有在编人数') ?? [];
        for (let c = 1; c < auth.length; c++)
          if (typeof auth[c] === 'number') {
            expect(`${wb.id} ${c} ${z(act[c]).lte(z(auth[c]))}`).toBe(`${wb.id} ${c} true`);
            units++;
          }
      }
      const t = truthOf(wb, 'PE_Expenditure');
      if (!t) throw new Error(`${wb.id}: no 支出`);
      expect(
        wb.distractors.filter((x) => x.name === 'PE_Expenditure' && /only$/.test(x.why)).length,
      ).toBeGreaterThan(1);
    }
    expect(units).toBeGreaterThan(30);
  });
});

describe('accountingPackage', () => {
  const books = of('accountingPackage');

  it('adds the 预算收入支出表 lines to their totals in both columns and takes 本年预算支出 for the year', () => {
    for (const wb of books) {
      const s = findSheet(wb, (x) => x.rows[0]?.[0] === '预算收入支出表');
      if (!s) throw new Error(`${wb.id}: no 会政预01表`);
      const monthly = s.rows[3][2] === '本月数';
      for (const c of [2, 3]) {
        const incomeLines = [5, 7, 8, 9, 10, 11, 12, 13, 14].map((r) => s.rows[r][c]);
        expect(`${wb.id} ${sum(incomeLines).toFixed()}`).toBe(`${wb.id} ${z(s.rows[4][c]).toFixed()}`);
        const spend = s.rows.slice(16, 24).map((r) => r[c]);
        expect(`${wb.id} ${sum(spend).toFixed()}`).toBe(`${wb.id} ${z(s.rows[15][c]).toFixed()}`);
        expect(z(s.rows[4][c]).minus(z(s.rows[15][c])).toFixed()).toBe(z(s.rows[24][c]).toFixed());
      }
      const t = truthOf(wb, 'PE_Expenditure');
      expect(`${t?.sheet}!${t?.address}`).toBe(`${s.name}!${monthly ? 'D' : 'C'}16`);
      expect(z(s.rows[15][monthly ? 2 : 3]).lt(z(s.rows[15][monthly ? 3 : 2])) || !monthly).toBe(true);
    }
  });

  it('balances every 财政拨款 row (年初 + 收入 − 上缴 − 支出 = 年末) and adds the rows up to 总计', () => {
    let split = 0;
    for (const wb of books) {
      const s = findSheet(wb, (x) => x.rows[0]?.[0] === '财政拨款预算收入支出表');
      if (!s) throw new Error(`${wb.id}: no 会政预03表`);
      const isSplit = s.rows[4]?.[1] === '结转';
      const w = isSplit ? 2 : 1;
      const cAdj = 1 + w;
      const [cUp, cInc, cSpend] = [cAdj + 2, cAdj + 4, cAdj + 5];
      const cEnd = cSpend + 1;
      const start = isSplit ? 5 : 4;
      const body = s.rows.slice(start).filter((r) => text(r[0]) !== '' && !text(r[0]).includes('负责人'));
      const bal = (r: HoldoutCell[], c: number): Decimal => sum(r.slice(c, c + w));
      for (const r of body) {
        const left = bal(r, 1).plus(z(r[cInc])).minus(z(r[cUp])).minus(z(r[cSpend]));
        expect(`${wb.id} ${text(r[0])} ${left.toFixed()}`).toBe(
          `${wb.id} ${text(r[0])} ${bal(r, cEnd).toFixed()}`,
        );
      }
      const idx = (re: RegExp): number => body.findIndex((r) => re.test(text(r[0])));
      const [iGen, iBasic, iProj, iFund] = [
        idx(/^一、/),
        idx(/（一）基本支出/),
        idx(/（二）项目支出/),
        idx(/^二、/),
      ];
      const total = body[body.length - 1];
      for (let c = 1; c <= cEnd + w - 1; c++) {
        const col = (rs: HoldoutCell[][]): Decimal => sum(rs.map((r) => r[c]));
        expect(col(body.slice(iBasic + 1, iProj)).toFixed()).toBe(z(body[iBasic][c]).toFixed());
        expect(col(body.slice(iProj + 1, iFund)).toFixed()).toBe(z(body[iProj][c]).toFixed());
        expect(z(body[iBasic][c]).plus(z(body[iProj][c])).toFixed()).toBe(z(body[iGen][c]).toFixed());
        expect(z(body[iGen][c]).plus(z(body[iFund][c])).toFixed()).toBe(z(total[c]).toFixed());
      }
      // With 结转 | 结余 apart no cell holds the whole balance: the inputs are absent.
      const stock = truthOf(wb, 'PE_StockFundsEnd');
      if (isSplit) {
        expect(stock).toBeUndefined();
        expect(wb.absent).toContain('PE_StockFundsPriorEnd');
        split++;
      } else
        expect(`${stock?.sheet}!${stock?.address}`).toBe(
          `${s.name}!${String.fromCharCode(65 + cEnd)}${s.rows.indexOf(total) + 1}`,
        );
    }
    expect(split).toBeGreaterThan(4);
    expect(split).toBeLessThan(books.length - 4);
  });

  it('keeps most books in 元, whose cells ÷ 10000 give the truth', () => {
    const yuan = books.filter((w) => w.present.every((p) => p.cellUnit === 'yuan'));
    expect(yuan.length).toBeGreaterThan(15);
  });
});

describe('analysisStacked', () => {
  const books = of('analysisStacked');
  const heading = /^([一二三四五六七]、|表\d |（\d）)/;

  it('puts each truth in a table that states the unit the truth says, with 元 and 万元 tables on one sheet', () => {
    let mixed = 0;
    for (const wb of books) {
      const s = wb.sheets[0];
      for (const t of wb.present) {
        if (t.cellUnit !== 'wan' && t.cellUnit !== 'yuan') continue;
        let r = rc(t.address)[0];
        while (r > 0 && !heading.test(text(s.rows[r][0]))) r--;
        const said = [...s.rows[r], ...s.rows[r + 1]].map(text).join(' ');
        const unit = /万元/.test(said) ? 'wan' : /元/.test(said) ? 'yuan' : 'none';
        expect(`${wb.id} ${t.name} ${unit}`).toBe(`${wb.id} ${t.name} ${t.cellUnit}`);
      }
      const units = new Set(wb.present.map((p) => p.cellUnit));
      if (units.has('wan') && units.has('yuan')) mixed++;
    }
    expect(mixed).toBeGreaterThan(5);
  });

  it('adds the “三公” items up to their 合计 and the 绩效 completions stay at or under the plan', () => {
    let tp = 0;
    for (const wb of books) {
      const s = wb.sheets[0];
      const h = s.rows.findIndex((r) => r.includes('上年实际支出'));
      if (h >= 0) {
        const priorBudget = text(s.rows[h][6]).startsWith('上年预算数');
        if (priorBudget) {
          const t = truthOf(wb, 'PE_ThreePublicBudgetPrior');
          expect(`${t?.sheet}!${t?.address}`).toBe(`${s.name}!G${h + 2}`);
        }
        for (const c of [1, 2, 3, ...(priorBudget ? [6] : [])])
          expect(sum([s.rows[h + 2][c], s.rows[h + 3][c], s.rows[h + 4][c]]).toFixed()).toBe(
            z(s.rows[h + 1][c]).toFixed(),
          );
        tp++;
      }
      for (const [p, d] of [
        ['PE_KeyTasksPlanned', 'PE_KeyTasksDone'],
        ['PE_TargetsSet', 'PE_TargetsMet'],
        ['PE_DisputesTotal', 'PE_DisputesResolved'],
      ]) {
        const a = truthOf(wb, p);
        const b = truthOf(wb, d);
        if (a && b) expect(new D(b.value).lte(new D(a.value))).toBe(true);
      }
    }
    expect(tp).toBeGreaterThan(12);
  });
});

describe('the fifth held-out set through the first set’s scorer', () => {
  scorerBookkeeping(
    SET,
    FAMILIES5.map((f) => f.id),
  );
});
