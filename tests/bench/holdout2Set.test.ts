/**
 * The second held-out binding set is only worth its figures if its truth is right. These tests check the
 * generator, not the matcher: the set is large and varied enough, deterministic, every truth cell
 * holds exactly the figure the truth states (元 cells divided by 10000), distractors are real
 * numbers and never the answer, asset classes add up to their total, and where a department's
 * sub-units are listed their parts add up to the department total that is the answer.
 */
import { D } from '../../src/engine/decimal';
import { FAMILIES2, FIGURE_INPUTS, generateHoldout2Set } from '../../bench/holdout2/generate';
import type { HoldoutCell, HoldoutWorkbook } from '../../bench/holdout/workbook';
import { scoreWorkbooks } from '../../bench/holdout/score';

const SET = generateHoldout2Set();

function cellAt(wb: HoldoutWorkbook, sheet: string, address: string): HoldoutCell {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`${wb.id}: no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`${wb.id}: bad address ${address}`);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.rows[Number(m[2]) - 1]?.[col] ?? null;
}

describe('the second held-out binding set', () => {
  it('has at least 150 workbooks over at least 6 families, with unique ids', () => {
    expect(SET.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SET.map((w) => w.family)).size).toBeGreaterThanOrEqual(6);
    expect(FAMILIES2.length).toBeGreaterThanOrEqual(6);
    expect(new Set(SET.map((w) => w.id)).size).toBe(SET.length);
  });

  it('is the same set on every run (seeded)', () => {
    expect(JSON.stringify(generateHoldout2Set())).toBe(JSON.stringify(SET));
    expect(JSON.stringify(generateHoldout2Set({ seed: 7 }))).not.toBe(JSON.stringify(SET));
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

  it('has the units of a multi-unit sheet add up to the department total that is the answer', () => {
    let checked = 0;
    for (const wb of SET.filter((w) => w.family === 'multiUnit')) {
      for (const t of wb.present) {
        const col = /^[A-Z]+/.exec(t.address)?.[0];
        const units = wb.distractors.filter(
          (x) =>
            x.name === t.name &&
            x.sheet === t.sheet &&
            x.why.endsWith('one unit') &&
            /^[A-Z]+/.exec(x.address)?.[0] === col,
        );
        if (units.length < 2) continue;
        const sum = units.reduce((acc, x) => acc.plus(String(cellAt(wb, x.sheet, x.address))), new D(0));
        expect(`${wb.id} ${t.name} ${sum.toFixed()}`).toBe(
          `${wb.id} ${t.name} ${new D(String(cellAt(wb, t.sheet, t.address))).toFixed()}`,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('the second held-out set through the first set’s scorer', () => {
  const s = scoreWorkbooks(SET);
  it('scores every workbook and every figure present, with the same bookkeeping', () => {
    expect(s.total.workbooks).toBe(SET.length);
    expect(s.total.present).toBe(SET.reduce((n, w) => n + w.present.length, 0));
    expect(s.total.right + s.total.wrong).toBe(s.total.proposed);
    expect(s.total.missed).toBe(s.total.present - s.total.right - s.total.choiceHolds);
    expect(new Set(s.byFamily.keys())).toEqual(new Set(FAMILIES2.map((f) => f.id)));
  });

  it('never sees a proposal pointing outside the workbook or off a number', () => {
    expect(s.outside).toEqual([]);
  });
});
