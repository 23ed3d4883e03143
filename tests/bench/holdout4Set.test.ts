/**
 * The fourth held-out binding set is only worth its figures if its truth is right. These tests check
 * the generator, not the matcher: the set's size and families, that it is the same on every run,
 * the truth checks every held-out set passes, and per family what its layout promises: pivot items
 * that add up to their group and groups to the 总计, topic sheets whose 合计 is the sum of their rows
 * and a 目录 naming them, a trend table whose answer column is the evaluation year (not always the
 * last one), ledger months whose entries add up to 本月合计 and whose 本年累计 runs to the year,
 * staff counts that move from 年初 to 年末 and add up to their subtotals.
 */
import { D, type Decimal } from '../../src/engine/decimal';
import { FAMILIES4, FIGURE_INPUTS, generateHoldout4Set } from '../../bench/holdout4/generate';
import type { HoldoutCell, HoldoutSheet, HoldoutWorkbook } from '../../bench/holdout/workbook';
import { cellAt, figureOf, truthChecks, scorerBookkeeping } from './holdoutTruth';

const SET = generateHoldout4Set();
const of = (family: string): HoldoutWorkbook[] => SET.filter((w) => w.family === family);

function rc(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return [Number(m[2]) - 1, m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

function sheetOf(wb: HoldoutWorkbook, name: string): HoldoutSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`${wb.id}: no sheet ${name}`);
  return s;
}

function dec(v: HoldoutCell | undefined): Decimal | null {
  const f = figureOf(v ?? null, false);
  return f === null ? null : new D(f);
}

const z = (v: HoldoutCell | undefined): Decimal => dec(v) ?? new D(0);
const sum = (xs: (HoldoutCell | undefined)[]): Decimal =>
  xs.reduce<Decimal>((a, v) => a.plus(z(v)), new D(0));
const truthOf = (wb: HoldoutWorkbook, name: string) => wb.present.find((p) => p.name === name);
const text = (v: HoldoutCell | undefined): string => (typeof v === 'string' ? v : '');

describe('the fourth held-out binding set', () => {
  it('has 25 workbooks in each of 5 families (125), with unique ids', () => {
    expect(SET.length).toBe(125);
    expect(FAMILIES4.map((f) => f.id)).toEqual([
      'pivotExport',
      'sheetPerTopic',
      'trendTable',
      'townshipLedger',
      'staffStatistics',
    ]);
    for (const f of FAMILIES4) expect(`${f.id} ${of(f.id).length}`).toBe(`${f.id} 25`);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same set on every run (seeded), and another seed gives another set', () => {
    expect(JSON.stringify(generateHoldout4Set())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldout4Set({ seed: 7 }))).not.toBe(JSON.stringify(SET));
  });

  it('holds a realistic mix: most inputs present somewhere and absent elsewhere, 元 tables in the money families', () => {
    const byInput = new Map<string, number>();
    for (const wb of SET) for (const p of wb.present) byInput.set(p.name, (byInput.get(p.name) ?? 0) + 1);
    const often = FIGURE_INPUTS.filter((n) => (byInput.get(n) ?? 0) >= 10);
    expect(often.length).toBeGreaterThanOrEqual(25);
    for (const n of FIGURE_INPUTS) expect(`${n} ${(byInput.get(n) ?? 0) < SET.length}`).toBe(`${n} true`);
    const yuanFamilies = new Set(
      SET.filter((w) => w.present.some((p) => p.cellUnit === 'yuan')).map((w) => w.family),
    );
    expect([...yuanFamilies].sort()).toEqual([
      'pivotExport',
      'sheetPerTopic',
      'townshipLedger',
      'trendTable',
    ]);
  });

  truthChecks(SET, FIGURE_INPUTS);

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
});

describe('pivotExport', () => {
  const books = of('pivotExport');

  it('adds the items up to their group and the groups up to 总计 in every value column', () => {
    let checked = 0;
    for (const wb of books) {
      const t = truthOf(wb, 'PE_Expenditure');
      if (!t) throw new Error(`${wb.id}: no 总计`);
      const s = sheetOf(wb, t.sheet);
      const [tr] = rc(t.address);
      const headRow = s.rows.findIndex((r) => r.some((v) => text(v).startsWith('求和项:')));
      const valueCols = s.rows[headRow].flatMap((v, c) => (text(v).startsWith('求和项:') ? [c] : []));
      const compact = s.rows[headRow][0] === '行标签';
      const groupRows: number[] = [];
      for (let r = headRow + 1; r < tr; r++) {
        const label = text(s.rows[r][0]);
        if (compact ? ['人员经费', '公用经费', '项目支出'].includes(label) : label.endsWith(' 汇总'))
          groupRows.push(r);
      }
      expect(`${wb.id} ${groupRows.length}`).toBe(`${wb.id} 3`);
      for (const c of valueCols) {
        expect(`${wb.id} col ${c} ${sum(groupRows.map((r) => s.rows[r][c])).toFixed()}`).toBe(
          `${wb.id} col ${c} ${z(s.rows[tr][c]).toFixed()}`,
        );
        for (const g of groupRows) {
          const items = compact
            ? s.rows.slice(g + 1).findIndex((_r, i) => groupRows.includes(g + 1 + i) || g + 1 + i === tr)
            : 0;
          const rows = compact
            ? s.rows.slice(g + 1, g + 1 + items)
            : s.rows.slice(groupRows.filter((x) => x < g).pop() ?? headRow, g).slice(1);
          expect(`${wb.id} group row ${g + 1} col ${c} ${sum(rows.map((r) => r[c])).toFixed()}`).toBe(
            `${wb.id} group row ${g + 1} col ${c} ${z(s.rows[g][c]).toFixed()}`,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('states the unit above the pivot or in the field names, and 元 cells ÷ 10000 give the truth', () => {
    let yuan = 0;
    for (const wb of books) {
      const t = truthOf(wb, 'PE_BudgetInitial');
      if (!t) throw new Error(`${wb.id}: no 年初预算数`);
      const s = sheetOf(wb, t.sheet);
      const word = t.cellUnit === 'yuan' ? '元' : '万元';
      const all = s.rows.flat().map(text);
      const stated = all.some(
        (v) =>
          v === `单位：${word}` ||
          v === `金额单位：${word}` ||
          v.endsWith(`${word}）`) ||
          v.endsWith(`${word})`),
      );
      expect(`${wb.id} ${stated}`).toBe(`${wb.id} true`);
      if (word === '元') {
        expect(all.some((v) => v.includes('万元'))).toBe(false);
        expect(new D(String(cellAt(wb, t.sheet, t.address))).div(10000).toFixed()).toBe(
          new D(t.value).toFixed(),
        );
        yuan++;
      }
    }
    expect(yuan).toBeGreaterThan(8);
  });

  it('makes the staff 总计 the 在编人数 only when no 编外 row is counted', () => {
    let checked = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => x.rows.some((r) => text(r[1]).startsWith('计数项:')));
      if (!s) continue;
      const head = s.rows.findIndex((r) => text(r[1]).startsWith('计数项:'));
      const total = s.rows.findIndex((r) => r[0] === '总计');
      const rows = s.rows.slice(head + 1, total);
      expect(sum(rows.map((r) => r[1])).toFixed()).toBe(z(s.rows[total][1]).toFixed());
      const outside = rows.some((r) => /编外|派遣|临时/.test(text(r[0])));
      const t = truthOf(wb, 'PE_StaffActual');
      expect(`${wb.id} ${t !== undefined && t.sheet === s.name}`).toBe(`${wb.id} ${!outside}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('sheetPerTopic', () => {
  const books = of('sheetPerTopic');
  const TOPICS = ['收支', '三公经费', '公用经费', '资产', '人员', '采购', '存量资金', '绩效'];

  it('names every table sheet after its topic and lists them all in the 目录', () => {
    for (const wb of books) {
      const toc = wb.sheets.find((s) => s.rows[0]?.[1] === '表名');
      const tables = wb.sheets.filter((s) => s !== toc && !['目录', '封面', '首页'].includes(s.name));
      for (const s of tables)
        expect(`${wb.id} ${s.name} ${TOPICS.some((t) => s.name.includes(t))}`).toBe(
          `${wb.id} ${s.name} true`,
        );
      if (toc) expect(toc.rows.slice(1).map((r) => r[1])).toEqual(tables.map((s) => s.name));
      for (const t of wb.present)
        expect(sheetOf(wb, t.sheet).rows[0]?.some((v) => text(v).includes('表'))).toBe(false);
    }
  });

  it('has every 合计 / 小计 / 总计 equal to the rows above or below it, column by column', () => {
    let checked = 0;
    for (const wb of books)
      for (const s of wb.sheets) {
        const tr = s.rows.findIndex((r) => ['合计', '小计', '总计'].includes(text(r[0])));
        if (tr < 0 || s.name.includes('人员')) continue;
        const head = s.rows.findIndex((r) => r[0] === '项目' || r[0] === '品目');
        const body = (tr === head + 1 ? s.rows.slice(tr + 1) : s.rows.slice(head + 1, tr)).filter(
          (r) => !text(r[0]).startsWith('其中'),
        );
        for (let c = 1; c < s.rows[tr].length; c++) {
          expect(`${wb.id} ${s.name} col ${c} ${sum(body.map((r) => r[c])).toFixed()}`).toBe(
            `${wb.id} ${s.name} col ${c} ${z(s.rows[tr][c]).toFixed()}`,
          );
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(80);
  });

  it('keeps 元 sheets’ truth cells ÷ 10000 equal to the truth, and the staff 合计 adding up', () => {
    let yuan = 0;
    for (const wb of books) {
      for (const t of wb.present.filter((p) => p.cellUnit === 'yuan')) {
        expect(new D(String(cellAt(wb, t.sheet, t.address))).div(10000).toFixed()).toBe(
          new D(t.value).toFixed(),
        );
        yuan++;
      }
      const staff = truthOf(wb, 'PE_StaffActual');
      if (!staff) continue;
      const s = sheetOf(wb, staff.sheet);
      const [r, c] = rc(staff.address);
      expect(sum([1, 2, 3].map((k) => s.rows[r - k][c])).toFixed()).toBe(z(s.rows[r][c]).toFixed());
    }
    expect(yuan).toBeGreaterThan(10);
  });
});

describe('trendTable', () => {
  const books = of('trendTable');

  it('puts every this-year truth under the evaluation year’s head, given in the title or a 年度 cell', () => {
    let notLast = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => x.rows.some((r) => r[1] === '项目'));
      if (!s) throw new Error(`${wb.id}: no trend table`);
      const heads = s.rows.find((r) => r[1] === '项目') ?? [];
      const t = truthOf(wb, 'PE_Expenditure');
      if (!t) throw new Error(`${wb.id}: no spending`);
      const year = Number(/^(\d{4})/.exec(String(heads[rc(t.address)[1]]))?.[1]);
      const said = s.rows
        .slice(0, 2)
        .flat()
        .map(text)
        .some((v) => v.includes(`${year}年度`) || v.endsWith(`：${year}`));
      expect(`${wb.id} ${said}`).toBe(`${wb.id} true`);
      const yearCols = heads.flatMap((v, c) => (/^\d{4}/.test(String(v)) ? [c] : []));
      const latest = Math.max(...yearCols.map((c) => Number(String(heads[c]).slice(0, 4))));
      if (latest !== year) notLast++;
      for (const p of wb.present) {
        const head = String(heads[rc(p.address)[1]]);
        const want =
          p.name === 'PE_ThreePublicBudgetPrior' || p.name === 'PE_StockFundsPriorEnd' ? year - 1 : year;
        expect(`${wb.id} ${p.name} ${head.slice(0, 4)}`).toBe(`${wb.id} ${p.name} ${want}`);
      }
    }
    expect(notLast).toBeGreaterThan(5);
  });

  it('marks every other year’s figure in an input row as a distractor, the next year’s budget among them', () => {
    let budgetYear = 0;
    for (const wb of books) {
      const t = truthOf(wb, 'PE_BudgetInitial');
      if (!t) throw new Error(`${wb.id}: no 年初预算数`);
      const s = sheetOf(wb, t.sheet);
      const [r] = rc(t.address);
      const heads = s.rows.find((x) => x[1] === '项目') ?? [];
      const marked = new Set(
        wb.distractors.filter((x) => x.name === 'PE_BudgetInitial').map((x) => x.address),
      );
      for (let c = 0; c < heads.length; c++) {
        if (!/^\d{4}/.test(String(heads[c])) || c === rc(t.address)[1]) continue;
        if (String(heads[c]).includes('预算')) budgetYear++;
        const addr = `${String.fromCharCode(65 + c)}${r + 1}`;
        expect(`${wb.id} ${addr} ${marked.has(addr)}`).toBe(`${wb.id} ${addr} true`);
      }
    }
    expect(budgetYear).toBeGreaterThan(5);
  });
});

describe('townshipLedger', () => {
  const books = of('townshipLedger');

  it('adds each month’s entries up to 本月合计, runs 本年累计 to the year, and ends on the truth', () => {
    let months = 0;
    for (const wb of books) {
      const t = truthOf(wb, 'PE_Expenditure');
      if (!t) throw new Error(`${wb.id}: no spending`);
      const s = wb.sheets.find(
        (x) => x.rows.some((r) => r.includes('余额')) && x.rows.some((r) => r.includes('收入')),
      );
      if (!s) throw new Error(`${wb.id}: no cash ledger`);
      const headRow = s.rows.findIndex((r) => r.includes('支出') && r.includes('余额'));
      const cText = s.rows[headRow].indexOf('摘要');
      const [cIn, cOut] = [cText + 1, cText + 2];
      let inMonth = [new D(0), new D(0)];
      let cum = [new D(0), new D(0)];
      let lastCum = '';
      for (let r = headRow + 1; r < s.rows.length; r++) {
        const label = text(s.rows[r][cText]);
        if (label === '本月合计') {
          expect(`${wb.id} row ${r + 1} ${z(s.rows[r][cIn]).toFixed()} ${z(s.rows[r][cOut]).toFixed()}`).toBe(
            `${wb.id} row ${r + 1} ${inMonth[0].toFixed()} ${inMonth[1].toFixed()}`,
          );
          cum = [cum[0].plus(inMonth[0]), cum[1].plus(inMonth[1])];
          inMonth = [new D(0), new D(0)];
          months++;
        } else if (label === '本年累计') {
          expect(`${wb.id} row ${r + 1} ${z(s.rows[r][cOut]).toFixed()}`).toBe(
            `${wb.id} row ${r + 1} ${cum[1].toFixed()}`,
          );
          lastCum = `${String.fromCharCode(65 + cOut)}${r + 1}`;
        } else if (label !== '上年结转' && label !== '期初余额' && !/合计|结转/.test(label)) {
          inMonth = [inMonth[0].plus(z(s.rows[r][cIn])), inMonth[1].plus(z(s.rows[r][cOut]))];
        }
      }
      expect(`${wb.id} ${s.name}!${lastCum}`).toBe(`${wb.id} ${t.sheet}!${t.address}`);
      const asRead = t.cellUnit === 'yuan' ? cum[1].div(10000) : cum[1];
      expect(`${wb.id} ${asRead.toFixed()}`).toBe(`${wb.id} ${new D(t.value).toFixed()}`);
    }
    expect(months).toBe(books.length * 12);
  });

  it('keeps the running 余额 right: 上年结转 + 收入 − 支出 on every line', () => {
    for (const wb of books) {
      const s = wb.sheets.find(
        (x) => x.rows.some((r) => r.includes('余额')) && x.rows.some((r) => r.includes('收入')),
      );
      if (!s) continue;
      const headRow = s.rows.findIndex((r) => r.includes('支出') && r.includes('余额'));
      const cText = s.rows[headRow].indexOf('摘要');
      const open = s.rows.findIndex((r) => ['上年结转', '期初余额'].includes(text(r[cText])));
      let bal = z(s.rows[open][cText + 3]);
      for (let r = open + 1; r < s.rows.length; r++) {
        const label = text(s.rows[r][cText]);
        if (!/合计|累计|结转/.test(label))
          bal = bal.plus(z(s.rows[r][cText + 1])).minus(z(s.rows[r][cText + 2]));
        expect(`${wb.id} row ${r + 1} ${z(s.rows[r][cText + 3]).toFixed()}`).toBe(
          `${wb.id} row ${r + 1} ${bal.toFixed()}`,
        );
      }
    }
  });

  it('adds the “三公” 台账 entries up to 本月合计 and ends its 本年累计 on the truth; the 指标台账 runs 下达 − 使用 to 结余', () => {
    let tp = 0;
    let quota = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => x.rows.some((r) => r.includes('类别')));
      if (s) {
        const cText = (s.rows.find((r) => r.includes('类别')) ?? []).indexOf('摘要');
        const cAmt = cText + 2;
        let month = new D(0);
        let cum = new D(0);
        let last = '';
        for (let r = 0; r < s.rows.length; r++) {
          const label = text(s.rows[r][cText]);
          const v = dec(s.rows[r][cAmt]);
          if (v === null || /预算/.test(label)) continue;
          if (label === '本月合计') {
            expect(`${wb.id} row ${r + 1} ${v.toFixed()}`).toBe(`${wb.id} row ${r + 1} ${month.toFixed()}`);
            cum = cum.plus(month);
            month = new D(0);
          } else if (label === '本年累计') {
            expect(`${wb.id} row ${r + 1} ${v.toFixed()}`).toBe(`${wb.id} row ${r + 1} ${cum.toFixed()}`);
            last = `${String.fromCharCode(65 + cAmt)}${r + 1}`;
          } else month = month.plus(v);
        }
        const t = truthOf(wb, 'PE_ThreePublicActual');
        expect(`${wb.id} ${t?.sheet}!${t?.address}`).toBe(`${wb.id} ${s.name}!${last}`);
        tp++;
      }
      const q = wb.sheets.find((x) => x.name.includes('指标台账'));
      if (q) {
        const head = q.rows.findIndex((r) => r.includes('摘要'));
        const cText = q.rows[head].indexOf('摘要');
        const open = q.rows.findIndex((r, i) => i > head && dec(r[cText + 1]) !== null);
        let left = new D(0);
        for (let r = open; r < q.rows.length - 1; r++) {
          left = left.plus(z(q.rows[r][cText + 1])).minus(z(q.rows[r][cText + 2]));
          expect(`${wb.id} row ${r + 1} ${z(q.rows[r][cText + 3]).toFixed()}`).toBe(
            `${wb.id} row ${r + 1} ${left.toFixed()}`,
          );
        }
        const endRow = q.rows[q.rows.length - 1];
        const given = sum(q.rows.slice(open, -1).map((r) => r[cText + 1]));
        expect(`${wb.id} ${z(endRow[cText + 1]).toFixed()}`).toBe(`${wb.id} ${given.toFixed()}`);
        expect(`${wb.id} ${z(endRow[cText + 3]).toFixed()}`).toBe(`${wb.id} ${left.toFixed()}`);
        quota++;
      }
    }
    expect(tp).toBeGreaterThan(8);
    expect(quota).toBeGreaterThan(8);
  });

  it('puts most ledgers in 元, whose cells ÷ 10000 give the truth', () => {
    const yuan = books.filter((w) => w.present.every((p) => p.cellUnit === 'yuan'));
    expect(yuan.length).toBeGreaterThan(12);
    for (const wb of yuan)
      for (const t of wb.present)
        expect(new D(String(cellAt(wb, t.sheet, t.address))).div(10000).toFixed()).toBe(
          new D(t.value).toFixed(),
        );
  });
});

describe('staffStatistics', () => {
  const books = of('staffStatistics');

  it('moves every row from 年初 to 年末 (年初 + 增加 − 减少) and adds the rows up to their subtotals', () => {
    let checked = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => x.rows.some((r) => r[0] === '人员类别'));
      if (!s) throw new Error(`${wb.id}: no staff table`);
      const head = s.rows.findIndex((r) => r[0] === '人员类别');
      const end = s.rows.findIndex((r, i) => i > head && (r[0] ?? null) === null);
      const body = s.rows.slice(head + 1, end < 0 ? undefined : end).filter((r) => typeof r[1] === 'number');
      for (const r of body) {
        expect(z(r[1]).plus(z(r[2])).minus(z(r[3])).toFixed()).toBe(z(r[4]).toFixed());
        checked++;
      }
      const leaves = body.filter((r) => text(r[0]).startsWith('  '));
      const subs = body.filter((r) => /^(一、|二、)|小计$|^在编人员$/.test(text(r[0])));
      const total = body.find((r) => /总计|^合计$/.test(text(r[0])));
      if (!total) throw new Error(`${wb.id}: no total`);
      for (let c = 1; c <= 5; c++) {
        expect(`${wb.id} col ${c} ${sum(subs.map((r) => r[c])).toFixed()}`).toBe(
          `${wb.id} col ${c} ${z(total[c]).toFixed()}`,
        );
        expect(`${wb.id} col ${c} ${sum(leaves.map((r) => r[c])).toFixed()}`).toBe(
          `${wb.id} col ${c} ${z(total[c]).toFixed()}`,
        );
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('answers 在编人数 with the 编制内 subtotal, the total only when nobody is outside the establishment', () => {
    for (const wb of books) {
      const t = truthOf(wb, 'PE_StaffActual');
      if (!t) throw new Error(`${wb.id}: no 在编人数`);
      const s = sheetOf(wb, t.sheet);
      const label = text(s.rows[rc(t.address)[0]][0]);
      const outside = s.rows.some((r) => /编制外|编外|派遣/.test(text(r[0])));
      expect(`${wb.id} ${label} ${/编制内|在编/.test(label) || (!outside && /总计|合计/.test(label))}`).toBe(
        `${wb.id} ${label} true`,
      );
      expect(wb.present.every((p) => p.cellUnit === 'count')).toBe(true);
    }
  });
});

describe('the fourth held-out set through the first set’s scorer', () => {
  scorerBookkeeping(
    SET,
    FAMILIES4.map((f) => f.id),
  );
});
