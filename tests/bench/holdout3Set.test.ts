/**
 * The third held-out binding set is only worth its figures if its truth is right. These tests check
 * the generator, not the matcher: the set's size and families, that it is the same on every run,
 * the truth checks every held-out set passes (with figures stored as text counted as the number
 * they spell), and per family what its layout promises: text figures that parse to the truth,
 * months that add up to the year, sub-accounts that add up to their account and a net figure no
 * cell holds, a 事业单位's spending that adds up from its parts, a unit cell on every row that
 * matches the truth's unit, items that add up to the 合计 column, a survey whose counts give the
 * 满意度.
 */
import { D, type Decimal } from '../../src/engine/decimal';
import { FAMILIES3, FIGURE_INPUTS, generateHoldout3Set } from '../../bench/holdout3/generate';
import {
  numberInText,
  type HoldoutCell,
  type HoldoutSheet,
  type HoldoutWorkbook,
} from '../../bench/holdout/workbook';
import { cellAt, figureOf, truthChecks, scorerBookkeeping } from './holdoutTruth';

const SET = generateHoldout3Set();
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

/** A cell's figure as a decimal (numbers and numbers stored as text), or null. */
function dec(v: HoldoutCell | undefined): Decimal | null {
  const f = figureOf(v ?? null, true);
  return f === null ? null : new D(f);
}

const truthOf = (wb: HoldoutWorkbook, name: string) => wb.present.find((p) => p.name === name);

describe('the third held-out binding set', () => {
  it('has 25 workbooks in each of 7 families (175), with unique ids', () => {
    expect(SET.length).toBe(175);
    expect(FAMILIES3.map((f) => f.id)).toEqual([
      'pdfConverted',
      'monthlyExecution',
      'transposed',
      'accountingBalance',
      'schoolHospital',
      'perRowUnits',
      'reportAppendix',
    ]);
    for (const f of FAMILIES3) expect(`${f.id} ${of(f.id).length}`).toBe(`${f.id} 25`);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same set on every run (seeded), and another seed gives another set', () => {
    expect(JSON.stringify(generateHoldout3Set())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldout3Set({ seed: 7 }))).not.toBe(JSON.stringify(SET));
  });

  it('holds a realistic mix: most inputs present somewhere, absent elsewhere, 元 tables in several families', () => {
    const byInput = new Map<string, number>();
    for (const wb of SET) for (const p of wb.present) byInput.set(p.name, (byInput.get(p.name) ?? 0) + 1);
    const money = FIGURE_INPUTS.filter((n) => !n.startsWith('PE_Score_'));
    for (const n of money) expect(`${n} ${(byInput.get(n) ?? 0) >= 20}`).toBe(`${n} true`);
    for (const n of money) expect(`${n} ${(byInput.get(n) ?? 0) < SET.length}`).toBe(`${n} true`);
    const yuanFamilies = new Set(
      SET.filter((w) => w.present.some((p) => p.cellUnit === 'yuan')).map((w) => w.family),
    );
    expect(yuanFamilies.size).toBeGreaterThanOrEqual(6);
  });

  truthChecks(SET, FIGURE_INPUTS, { textFigures: true });

  // Money to the 分 does not repeat by chance: a money distractor holding the very figure of its
  // input would be the answer under another label (a 总计 with nothing carried over, an item that
  // is the whole). Small counts do coincide (13 在编, 13 编制外) and stay distractors.
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

describe('pdfConverted', () => {
  const books = of('pdfConverted');

  it('stores figures as text in many workbooks, and every such text parses to the truth', () => {
    let text = 0;
    let grouped = 0;
    for (const wb of books)
      for (const t of wb.present) {
        const v = cellAt(wb, t.sheet, t.address);
        if (typeof v !== 'string') continue;
        text++;
        if (v.includes(',')) grouped++;
        const n = numberInText(v);
        expect(n).not.toBeNull();
        const asRead = t.cellUnit === 'yuan' ? new D(n ?? '0').div(10000) : new D(n ?? '0');
        expect(`${wb.id} ${t.name} ${asRead.toFixed()}`).toBe(
          `${wb.id} ${t.name} ${new D(t.value).toFixed()}`,
        );
      }
    expect(text).toBeGreaterThan(20);
    expect(grouped).toBeGreaterThan(3);
  });

  it('leaves no malformed figure text: a text with digits is a clean number, a dash, a label or a page line', () => {
    for (const wb of books)
      for (const s of wb.sheets)
        for (const row of s.rows)
          for (const v of row) {
            if (typeof v !== 'string' || !/^[\s\d,.-]+$/.test(v) || !/\d/.test(v) || /^- \d+ -$/.test(v))
              continue;
            expect(`${wb.id} "${v}" ${numberInText(v) !== null}`).toBe(`${wb.id} "${v}" true`);
          }
  });

  it('balances the 收入支出决算总表: 收入 总计 equals 支出 总计', () => {
    let checked = 0;
    for (const wb of books) {
      const totals = wb.sheets.flatMap((s) =>
        s.rows.flatMap((r) =>
          r.map((v, c) => (v === '总计' ? dec(r.slice(c + 1).find((x) => dec(x) !== null)) : null)),
        ),
      );
      const found = totals.filter((x): x is Decimal => x !== null);
      if (found.length !== 2) continue;
      const [a, b] = found;
      expect(`${wb.id} ${a?.toFixed()}`).toBe(`${wb.id} ${b?.toFixed()}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('repeats the page head and numbers its pages ("第 1 页 共 n 页" or "- 1 -")', () => {
    for (const wb of books) {
      const lines = wb.sheets.flatMap((s) => s.rows.flat()).filter((v): v is string => typeof v === 'string');
      const pages = lines.filter((v) => /^(第 ?\d+ ?页|- \d+ -)/.test(v));
      expect(`${wb.id} ${pages.length >= 2}`).toBe(`${wb.id} true`);
      expect(lines.filter((v) => /^公开\d\d表$/.test(v)).length).toBe(pages.length);
    }
  });
});

describe('monthlyExecution', () => {
  it('adds every row’s twelve months up to its 累计, and holds the year’s spending in the 累计 column', () => {
    let rows = 0;
    for (const wb of of('monthlyExecution')) {
      for (const s of wb.sheets) {
        const h = s.rows.findIndex((r) => r.includes('1月'));
        if (h < 0) continue;
        const monthCols = Array.from({ length: 12 }, (_, m) => s.rows[h].indexOf(`${m + 1}月`));
        const cum = monthCols[11] + 1;
        for (let r = h + 1; r < s.rows.length; r++) {
          const total = dec(s.rows[r][cum]);
          if (total === null) continue;
          const sum = monthCols.reduce((acc, c) => acc.plus(dec(s.rows[r][c]) ?? new D(0)), new D(0));
          expect(`${wb.id} ${s.name} row ${r + 1} ${sum.toFixed()}`).toBe(
            `${wb.id} ${s.name} row ${r + 1} ${total.toFixed()}`,
          );
          rows++;
        }
      }
      const t = truthOf(wb, 'PE_Expenditure');
      expect(t).toBeDefined();
      if (!t) continue;
      const s = sheetOf(wb, t.sheet);
      const h = s.rows.findIndex((r) => r.includes('12月'));
      expect(rc(t.address)[1]).toBe(s.rows[h].indexOf('12月') + 1);
    }
    expect(rows).toBeGreaterThan(150);
  });

  it('has the total row equal to the sum of the lines in every money column, and 元 cells ÷ 10000 equal to the truth', () => {
    let checked = 0;
    for (const wb of of('monthlyExecution')) {
      const t = truthOf(wb, 'PE_Expenditure');
      if (!t) continue;
      const s = sheetOf(wb, t.sheet);
      const [tr, tc] = rc(t.address);
      const lines = s.rows.filter(
        (r, i) => i !== tr && typeof r[0] !== 'undefined' && r[0] !== null && /^\d{3}$/.test(String(r[0])),
      );
      const head = s.rows.find((r) => r.includes('1月')) ?? [];
      // Every money column adds up (months included); a rate column does not.
      for (let c = 2; c < s.rows[tr].length; c++) {
        if (/进度|执行率/.test(String(head[c]))) continue;
        const total = dec(s.rows[tr][c]);
        if (total === null) continue;
        const sum = lines.reduce((acc, r) => acc.plus(dec(r[c]) ?? new D(0)), new D(0));
        expect(`${wb.id} col ${c} ${sum.toFixed()}`).toBe(`${wb.id} col ${c} ${total.toFixed()}`);
      }
      expect(rc(t.address)[1]).toBe(tc);
      if (t.cellUnit === 'yuan') {
        expect(new D(String(s.rows[tr][tc])).div(10000).toFixed()).toBe(new D(t.value).toFixed());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });
});

describe('transposed', () => {
  it('adds the “三公” items up to the 合计 column and the asset classes up to the total, row by row', () => {
    let checked = 0;
    for (const wb of of('transposed')) {
      for (const name of ['PE_ThreePublicBudget', 'PE_AssetsTotal']) {
        const t = truthOf(wb, name);
        if (!t) continue;
        const s = sheetOf(wb, t.sheet);
        const [r, c] = rc(t.address);
        const items =
          name === 'PE_ThreePublicBudget'
            ? [c + 1, c + 2, c + 3, c + 4]
            : wb.present
                .filter((p) =>
                  [
                    'PE_AssetsCurrent',
                    'PE_AssetsFixed',
                    'PE_AssetsIntangible',
                    'PE_AssetsInProgress',
                    'PE_AssetsOther',
                  ].includes(p.name),
                )
                .map((p) => rc(p.address)[1]);
        expect(items.length).toBe(name === 'PE_ThreePublicBudget' ? 4 : 5);
        // The opening row of the assets (or every 三公 row) adds up the same way.
        for (const row of [r - 1, r]) {
          const total = dec(s.rows[row][c]);
          if (total === null) continue;
          const sum = items.reduce((acc, k) => acc.plus(dec(s.rows[row][k]) ?? new D(0)), new D(0));
          expect(`${wb.id} ${name} row ${row + 1} ${sum.toFixed()}`).toBe(
            `${wb.id} ${name} row ${row + 1} ${total.toFixed()}`,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('has a value under a column head for every truth cell (the input is the head, the figure below)', () => {
    for (const wb of of('transposed'))
      for (const t of wb.present) {
        const s = sheetOf(wb, t.sheet);
        const [r, c] = rc(t.address);
        const above = [1, 2, 3, 4]
          .map((k) => s.rows[r - k]?.[c] ?? null)
          .filter((v) => typeof v === 'string');
        expect(`${wb.id} ${t.name} ${above.length > 0}`).toBe(`${wb.id} ${t.name} true`);
      }
  });
});

describe('accountingBalance', () => {
  const books = of('accountingBalance');
  const rowsOf = (s: HoldoutSheet): { code: string; row: HoldoutCell[] }[] =>
    s.rows
      .filter((r) => r[0] !== null && r[0] !== undefined && /^\d{4}(\.?\d{2})?$/.test(String(r[0])))
      .map((r) => ({ code: String(r[0]).replace('.', ''), row: r }));

  it('adds the sub-accounts up to their account in every money column', () => {
    let checked = 0;
    for (const wb of books) {
      const s = wb.sheets.find((x) => rowsOf(x).length > 0);
      if (!s) throw new Error(`${wb.id}: no balance sheet`);
      const rows = rowsOf(s);
      for (const p of rows.filter((x) => x.code.length === 4)) {
        const kids = rows.filter((x) => x.code.length === 6 && x.code.startsWith(p.code));
        if (kids.length === 0) continue;
        for (let c = 2; c < p.row.length; c++) {
          const v = dec(p.row[c]);
          if (v === null) continue;
          const sum = kids.reduce((acc, k) => acc.plus(dec(k.row[c]) ?? new D(0)), new D(0));
          expect(`${wb.id} ${p.code} col ${c} ${sum.toFixed()}`).toBe(
            `${wb.id} ${p.code} col ${c} ${v.toFixed()}`,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('takes each account from 年初余额 to 期末余额 by its flows (direction layout)', () => {
    let checked = 0;
    for (const wb of books.filter((w) => w.variant.includes(':direction:'))) {
      const s = wb.sheets.find((x) => rowsOf(x).length > 0);
      if (!s) continue;
      for (const { code, row } of rowsOf(s)) {
        const [begin, debit, credit, end] = [3, 4, 5, 7].map((c) => dec(row[c]) ?? new D(0));
        const credSide = /^(1602|1702|2|3|4|6)/.test(code);
        const expected = credSide ? begin.minus(debit).plus(credit) : begin.plus(debit).minus(credit);
        expect(`${wb.id} ${code} ${expected.toFixed()}`).toBe(`${wb.id} ${code} ${end.toFixed()}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('has 固定资产 net of depreciation in no cell, so it is absent and both accounts are distractors', () => {
    for (const wb of books) {
      expect(wb.absent).toEqual(
        expect.arrayContaining([
          'PE_AssetsFixed',
          'PE_AssetsCurrent',
          'PE_AssetsTotal',
          'PE_AssetsIntangible',
        ]),
      );
      const fixed = wb.distractors.filter((x) => x.name === 'PE_AssetsFixed');
      expect(fixed.length).toBe(2);
      const [gross, dep] = fixed.map((x) => dec(cellAt(wb, x.sheet, x.address)) ?? new D(0));
      const net = gross.minus(dep);
      const everywhere = wb.sheets.flatMap((s) => s.rows.flat()).map((v) => dec(v));
      expect(`${wb.id} ${everywhere.some((v) => v !== null && v.eq(net))}`).toBe(`${wb.id} false`);
    }
  });

  it('keeps the whole book in 元', () => {
    for (const wb of books) for (const t of wb.present) expect(t.cellUnit).toBe('yuan');
  });
});

describe('schoolHospital', () => {
  it('adds 基本支出 + 项目支出 + 经营支出 up to 支出合计 and 人员经费 + 公用经费 up to 基本支出, column by column', () => {
    let checked = 0;
    for (const wb of of('schoolHospital')) {
      const t = truthOf(wb, 'PE_Expenditure');
      if (!t) throw new Error(`${wb.id}: no spending`);
      const s = sheetOf(wb, t.sheet);
      const [tr] = rc(t.address);
      const find = (re: RegExp): HoldoutCell[] => {
        const row = s.rows.find((r) => typeof r[0] === 'string' && re.test(r[0]));
        if (!row) throw new Error(`${wb.id}: no row ${String(re)}`);
        return row;
      };
      const basic = find(/基本支出$/);
      const project = find(/项目支出$/);
      const op = find(/经营支出$/);
      const pers = find(/人员经费$/);
      const pub = find(/公用经费/);
      for (let c = 1; c < s.rows[tr].length; c++) {
        const total = dec(s.rows[tr][c]);
        if (total === null) continue;
        const z = (v: HoldoutCell | undefined): Decimal => dec(v) ?? new D(0);
        expect(`${wb.id} col ${c} ${z(basic[c]).plus(z(project[c])).plus(z(op[c])).toFixed()}`).toBe(
          `${wb.id} col ${c} ${total.toFixed()}`,
        );
        expect(`${wb.id} col ${c} ${z(pers[c]).plus(z(pub[c])).toFixed()}`).toBe(
          `${wb.id} col ${c} ${z(basic[c]).toFixed()}`,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('has no 行政编制 in a 事业单位: 行政编制数 and 在职公务人员 are absent', () => {
    for (const wb of of('schoolHospital'))
      expect(wb.absent).toEqual(expect.arrayContaining(['PE_OfficialsActual', 'PE_OfficialsAuthorized']));
  });
});

describe('perRowUnits', () => {
  it('says on every truth row the unit the truth is in (万元 / 元 / 人 项 个 件 / %)', () => {
    const units = { wan: ['万元'], yuan: ['元'], count: ['人', '项', '个', '件'], ratio: ['%'] };
    const seen = new Set<string>();
    for (const wb of of('perRowUnits'))
      for (const t of wb.present) {
        const s = sheetOf(wb, t.sheet);
        const [r, c] = rc(t.address);
        // The unit column is 单位 / 计量单位 (column D) whether the value sits in B or C.
        const u = s.rows[r][3];
        expect(c).toBeLessThan(3);
        expect(`${wb.id} ${t.name} ${units[t.cellUnit].includes(String(u))}`).toBe(`${wb.id} ${t.name} true`);
        seen.add(t.cellUnit);
      }
    expect([...seen].sort()).toEqual(['count', 'ratio', 'wan', 'yuan']);
  });

  it('writes 万元 rows to four decimals at most and 元 rows in whole 元', () => {
    for (const wb of of('perRowUnits'))
      for (const t of wb.present) {
        const v = new D(String(cellAt(wb, t.sheet, t.address)));
        if (t.cellUnit === 'wan') expect(v.decimalPlaces()).toBeLessThanOrEqual(4);
        if (t.cellUnit === 'yuan') expect(v.isInteger()).toBe(true);
      }
  });
});

describe('reportAppendix', () => {
  it('never puts a truth on a prose line, and every prose figure input appears in a table or is absent', () => {
    for (const wb of of('reportAppendix'))
      for (const t of wb.present) {
        const s = sheetOf(wb, t.sheet);
        const [r] = rc(t.address);
        const first = s.rows[r][0];
        expect(`${wb.id} ${typeof first === 'string' && first.length > 20}`).toBe(`${wb.id} false`);
      }
  });

  it('gives the 满意度 of the survey as 满意 ÷ 回收', () => {
    let checked = 0;
    for (const wb of of('reportAppendix')) {
      const t = truthOf(wb, 'PE_Satisfaction');
      if (!t) continue;
      const s = sheetOf(wb, t.sheet);
      const [r] = rc(t.address);
      const got = new D(String(s.rows[r][2])).div(String(s.rows[r][1]));
      expect(`${wb.id} ${got.toFixed()}`).toBe(`${wb.id} ${new D(t.value).toFixed()}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('holds each input only in its appendix table: an input not in a table is absent even when the prose names it', () => {
    for (const wb of of('reportAppendix')) {
      const s = wb.sheets[0];
      const prose = s.rows
        .map((r) => r[0])
        .filter((v): v is string => typeof v === 'string' && v.length > 20);
      expect(prose.some((v) => v.includes('实际支出'))).toBe(true);
      if (!wb.variant.includes('funds'))
        expect(wb.absent).toEqual(expect.arrayContaining(['PE_BudgetInitial', 'PE_Expenditure']));
    }
  });
});

describe('the third held-out set through the first set’s scorer', () => {
  scorerBookkeeping(
    SET,
    FAMILIES3.map((f) => f.id),
  );
});
