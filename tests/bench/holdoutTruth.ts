/**
 * The checks both held-out sets' truth must pass (the generators differ, the truth's shape and
 * rules are the same): every figure input present or absent exactly once, every truth figure in
 * its cell in the unit the truth states, distractors that are numbers and never the answer, text
 * cells spelled out, merged values in the top-left cell only, asset classes adding up to their total.
 */
import { D } from '../../src/engine/decimal';
import { scoreWorkbooks } from '../../bench/holdout/score';
import { numberInText, type HoldoutCell, type HoldoutWorkbook } from '../../bench/holdout/workbook';

/** The value at `address` (A1 notation) of a sheet of a generated workbook. */
export function cellAt(wb: HoldoutWorkbook, sheet: string, address: string): HoldoutCell {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`${wb.id}: no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`${wb.id}: bad address ${address}`);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.rows[Number(m[2]) - 1]?.[col] ?? null;
}

export interface TruthCheckOptions {
  /** The set stores some figures as text ("1,234.56"): such a cell counts as the number it spells. */
  textFigures?: boolean;
}

/** The figure a cell holds as a decimal string: a number, or (when allowed) a number stored as text. */
export function figureOf(v: HoldoutCell, textFigures: boolean): string | null {
  if (typeof v === 'number') return String(v);
  if (textFigures && typeof v === 'string') return numberInText(v);
  return null;
}

/** Declares the shared truth checks inside the caller's describe block. */
export function truthChecks(
  SET: readonly HoldoutWorkbook[],
  FIGURE_INPUTS: readonly string[],
  options: TruthCheckOptions = {},
): void {
  const textFigures = options.textFigures === true;
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
          const fig = figureOf(v, textFigures);
          if (fig === null)
            throw new Error(`${wb.id} ${t.name} ${at.sheet}!${at.address} holds ${String(v)}`);
          const asRead = t.cellUnit === 'yuan' ? new D(fig).div(10000) : new D(fig);
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
        expect(
          `${wb.id} ${x.sheet}!${x.address} ${figureOf(cellAt(wb, x.sheet, x.address), textFigures) !== null}`,
        ).toBe(`${wb.id} ${x.sheet}!${x.address} true`);
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
}

/**
 * Declares, inside the caller's describe block, the scorer's bookkeeping checks over a set: every
 * workbook and figure present scored, right + wrong = proposed, missed as line (h) counts it, the
 * set's families, and no proposal outside the workbook or off a number (a number stored as text
 * counts as one).
 */
export function scorerBookkeeping(SET: readonly HoldoutWorkbook[], familyIds: readonly string[]): void {
  const s = scoreWorkbooks(SET);
  it('scores every workbook and every figure present, with the same bookkeeping', () => {
    expect(s.total.workbooks).toBe(SET.length);
    expect(s.total.present).toBe(SET.reduce((n, w) => n + w.present.length, 0));
    expect(s.total.right + s.total.wrong).toBe(s.total.proposed);
    expect(s.total.missed).toBe(s.total.present - s.total.right - s.total.choiceHolds);
    expect(new Set(s.byFamily.keys())).toEqual(new Set(familyIds));
  });

  it('never sees a proposal pointing outside the workbook or off a number', () => {
    expect(s.outside).toEqual([]);
  });
}
