/**
 * The second held-out binding set is only worth its figures if its truth is right. These tests check the
 * generator, not the matcher: the set is large and varied enough, deterministic, every truth cell
 * holds exactly the figure the truth states (元 cells divided by 10000), distractors are real
 * numbers and never the answer, asset classes add up to their total, and where a department's
 * sub-units are listed their parts add up to the department total that is the answer.
 */
import { D } from '../../src/engine/decimal';
import { FAMILIES2, FIGURE_INPUTS, generateHoldout2Set } from '../../bench/holdout2/generate';
import { cellAt, truthChecks, scorerBookkeeping } from './holdoutTruth';

const SET = generateHoldout2Set();

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

  truthChecks(SET, FIGURE_INPUTS);

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
  scorerBookkeeping(
    SET,
    FAMILIES2.map((f) => f.id),
  );
});
