/**
 * The held-out binding set is only worth its figures if its truth is right. These tests check the
 * generator, not the matcher: the set is large and varied enough, deterministic, every truth cell
 * holds exactly the figure the truth states (元 cells divided by 10000), distractors are real
 * numbers and never the answer, and the department figures behind the tables add up.
 */
import { D } from '../../src/engine/decimal';
import { FAMILIES, FIGURE_INPUTS, generateHoldoutSet } from '../../bench/holdout/generate';
import { makeDepartment, sumAssets, sumStaff, sumTP } from '../../bench/holdout/figures';
import type { HoldoutCell, HoldoutWorkbook } from '../../bench/holdout/workbook';
import { rng } from '../../bench/rng';

const SET = generateHoldoutSet();

function cellAt(wb: HoldoutWorkbook, sheet: string, address: string): HoldoutCell {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`${wb.id}: no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`${wb.id}: bad address ${address}`);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.rows[Number(m[2]) - 1]?.[col] ?? null;
}

describe('the held-out binding set', () => {
  it('has at least 200 workbooks over at least 8 families, with unique ids', () => {
    expect(SET.length).toBeGreaterThanOrEqual(200);
    expect(new Set(SET.map((w) => w.family)).size).toBeGreaterThanOrEqual(8);
    expect(FAMILIES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same set on every run (seeded)', () => {
    expect(JSON.stringify(generateHoldoutSet())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldoutSet({ seed: 7 }))).not.toBe(JSON.stringify(SET));
  });

  it('accounts for every figure input exactly once per workbook: present or absent', () => {
    for (const wb of SET) {
      const present = wb.present.map((p) => p.name);
      expect(new Set(present).size).toBe(present.length);
      expect([...present, ...wb.absent].sort()).toEqual([...FIGURE_INPUTS].sort());
    }
  });

  it('holds every truth figure in its cell, in the unit the truth states', () => {
    for (const wb of SET) {
      for (const t of wb.present) {
        for (const at of [{ sheet: t.sheet, address: t.address }, ...t.alsoRight]) {
          const v = cellAt(wb, at.sheet, at.address);
          if (typeof v !== 'number')
            throw new Error(`${wb.id} ${t.name} ${at.sheet}!${at.address} holds ${String(v)}`);
          const asRead = t.cellUnit === 'yuan' ? new D(String(v)).div(10000) : new D(String(v));
          expect(`${wb.id} ${t.name} ${asRead.toFixed()}`).toBe(
            `${wb.id} ${t.name} ${new D(t.value).toFixed()}`,
          );
        }
      }
    }
  });

  it('has distractors that are numbers and never an answer for the same input', () => {
    let n = 0;
    for (const wb of SET) {
      for (const x of wb.distractors) {
        expect(typeof cellAt(wb, x.sheet, x.address)).toBe('number');
        const t = wb.present.find((p) => p.name === x.name);
        if (!t) continue;
        const right = [`${t.sheet}!${t.address}`, ...t.alsoRight.map((a) => `${a.sheet}!${a.address}`)];
        expect(right).not.toContain(`${x.sheet}!${x.address}`);
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  it('spells every text cell out (no undefined or NaN leaking from a numbering or a sum)', () => {
    for (const wb of SET)
      for (const s of wb.sheets)
        for (const row of s.rows)
          for (const v of row)
            if (typeof v === 'string') expect(`${wb.id} ${v}`).not.toMatch(/undefined|NaN/);
    for (const wb of SET) for (const t of wb.present) expect(t.label).not.toMatch(/undefined|NaN/);
  });

  it('writes a merged range’s value in its top-left cell only', () => {
    for (const wb of SET) {
      for (const s of wb.sheets) {
        for (const m of s.merges) {
          const [a, b] = m.split(':');
          const tl = cellAt(wb, s.name, a);
          const [ra, rb] = [a, b].map((x) => Number(/\d+/.exec(x)?.[0]));
          const [ca, cb] = [a, b].map((x) =>
            (/^[A-Z]+/.exec(x)?.[0] ?? 'A').split('').reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0),
          );
          expect(rb).toBeGreaterThanOrEqual(ra);
          expect(cb).toBeGreaterThanOrEqual(ca);
          expect(tl).not.toBeNull();
          for (let r = ra; r <= rb; r++)
            for (let c = ca; c <= cb; c++) {
              if (r === ra && c === ca) continue;
              expect(s.rows[r - 1]?.[c - 1] ?? null).toBeNull();
            }
        }
      }
    }
  });

  it('adds up where a sheet shows an asset total beside all its classes', () => {
    let checked = 0;
    for (const wb of SET) {
      const by = new Map(wb.present.map((p) => [p.name, p]));
      const parts = [
        'PE_AssetsCurrent',
        'PE_AssetsFixed',
        'PE_AssetsIntangible',
        'PE_AssetsInProgress',
        'PE_AssetsOther',
      ];
      const total = by.get('PE_AssetsTotal');
      if (!total || !parts.every((p) => by.get(p)?.sheet === total.sheet)) continue;
      const sum = parts.reduce((acc, p) => acc.plus(by.get(p)?.value ?? '0'), new D(0));
      expect(`${wb.id} ${sum.toFixed()}`).toBe(`${wb.id} ${new D(total.value).toFixed()}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('builds departments whose figures are consistent', () => {
    for (let i = 0; i < 300; i++) {
      const next = rng(1000 + i);
      const d = makeDepartment(next, i % 2 === 0 ? 10_000 : 1);
      for (const c of [d.budgetInitial, d.budgetAdjusted, d.expenditure, d.publicFundsActual, d.stockEnd]) {
        expect(Number.isSafeInteger(c)).toBe(true);
        expect(c % d.grain).toBe(0);
      }
      expect(d.expenditure).toBeLessThanOrEqual(d.budgetAdjusted);
      expect(d.budgetAdjusted).toBeGreaterThanOrEqual(d.budgetInitial);
      expect(d.functional.reduce((a, f) => a + f.initial, 0)).toBe(d.budgetInitial);
      expect(d.functional.reduce((a, f) => a + f.adjusted, 0)).toBe(d.budgetAdjusted);
      expect(d.functional.reduce((a, f) => a + f.actual, 0)).toBe(d.expenditure);
      expect(d.basic + d.project).toBe(d.expenditure);
      expect(d.personnel + d.publicFundsActual).toBe(d.basic);
      expect(d.incomeActual + d.carryIn).toBe(d.expenditure + d.carryOut);
      expect(d.carryOut).toBeGreaterThanOrEqual(0);
      for (const k of ['outbound', 'carPurchase', 'carRun', 'reception'] as const) {
        expect(d.tpActual[k]).toBeLessThanOrEqual(d.tpBudget[k]);
      }
      expect(sumTP(d.tpActual)).toBeLessThanOrEqual(sumTP(d.tpBudget));
      expect(sumAssets(d.assetsEnd)).toBeGreaterThan(0);
      expect(d.fixedInUse).toBeLessThanOrEqual(d.assetsEnd.fixed);
      expect(sumStaff(d.staffActual)).toBeLessThanOrEqual(sumStaff(d.staffAuthorized));
      expect(d.staffActual.admin).toBeLessThanOrEqual(d.staffAuthorized.admin);
      for (const [n, done] of [d.keyTasks, d.targets, d.projects, d.outcomes, d.disputes])
        expect(done).toBeLessThanOrEqual(n);
      expect(d.procurementActual).toBeLessThanOrEqual(d.procurementPlan);
    }
  });
});
