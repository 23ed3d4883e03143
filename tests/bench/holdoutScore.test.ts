/**
 * The held-out measurement itself: the matcher runs over the whole set and the score is checked
 * for what must hold whatever the matcher's quality: every proposal points at a cell the workbook
 * has, each proposal's value is its cell read in the unit it names, and the bookkeeping adds up
 * (every wrong proposal and every miss is in the failure list).
 *
 * The precision and recall are a measurement (printed by `npm run bench`, line (i)), not asserted
 * here: the acceptance (≥ 98 % precision, ≥ 90 % recall, wrong < missed) does not hold on this set
 * yet, and a guard below the goal would only freeze today's figures.
 */
import { D } from '../../src/engine/decimal';
import { proposeBindings } from '../../src/engine/binding';
import { generateHoldoutSet } from '../../bench/holdout/generate';
import { failurePatterns, scoreHoldout, toGrid } from '../../bench/holdout/score';

const SCORE = scoreHoldout();

describe('the held-out binding measurement', () => {
  it('scores every workbook and every figure present', () => {
    const set = generateHoldoutSet();
    expect(SCORE.total.workbooks).toBe(set.length);
    expect(SCORE.total.present).toBe(set.reduce((n, w) => n + w.present.length, 0));
  });

  it('never sees a proposal pointing outside the workbook or off a number', () => {
    expect(SCORE.outside).toEqual([]);
  });

  it('adds up: right + wrong = proposed, missed = present − right − choices holding the right cell', () => {
    const parts = [SCORE.total, ...SCORE.byFamily.values(), ...SCORE.byInput.values()];
    for (const s of parts) {
      expect(s.right + s.wrong).toBe(s.proposed);
      expect(s.missed).toBe(s.present - s.right - s.choiceHolds);
      expect(s.choiceHolds).toBeLessThanOrEqual(s.choices);
    }
    for (const key of [
      'present',
      'proposed',
      'right',
      'wrong',
      'missed',
      'choices',
      'choiceHolds',
    ] as const) {
      const sum = [...SCORE.byFamily.values()].reduce((n, f) => n + f[key], 0);
      expect(sum).toBe(SCORE.total[key]);
    }
  });

  it('lists every wrong proposal and every miss', () => {
    const wrong = SCORE.failures.filter((f) => f.kind === 'wrong');
    expect(wrong.length).toBe(SCORE.total.wrong);
    const missedPresent = SCORE.failures.filter((f) => f.expected !== 'absent').length;
    expect(missedPresent).toBe(SCORE.total.missed);
    const grouped = failurePatterns(SCORE.failures).reduce((n, p) => n + p.count, 0);
    expect(grouped).toBe(SCORE.failures.length);
  });

  it('gives each proposal the value of its cell in the unit it names', () => {
    let n = 0;
    for (const wb of generateHoldoutSet({ perFamily: 6 })) {
      const { proposals } = proposeBindings(toGrid(wb));
      for (const c of proposals.flatMap((p) => [p, ...p.alternatives])) {
        if (typeof c.raw !== 'number') continue;
        const raw = new D(String(c.raw));
        const expected = c.sourceUnit === '元' ? raw.div(10000) : c.sourceUnit === '%' ? raw.div(100) : raw;
        expect(`${wb.id} ${c.address} ${new D(c.value).toFixed()}`).toBe(
          `${wb.id} ${c.address} ${expected.toFixed()}`,
        );
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
