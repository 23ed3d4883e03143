/**
 * Property-based tests (fast-check) over generated departments, and the rule kinds against an
 * independent model in integer hundredths (BigInt), so the Decimal code is checked by arithmetic
 * that shares nothing with it.
 */
import fc from 'fast-check';
import {
  D,
  DEFAULT_RULE_SET,
  applyRule,
  evaluate,
  round,
  toJsonResult,
  type InputValue,
  type Inputs,
  type Rule,
} from '../../src/engine';
import { indicator } from './helpers';

const RUNS = { numRuns: 200 };
type ComputedRule = Exclude<Rule, { kind: 'manual' }>;

// ---------- exact decimal text from integers ----------

/** n in units of 10^-dp as a plain decimal string: (−12345n, 3) → "-12.345". */
function fixed(n: bigint, dp: number): string {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const scale = 10n ** BigInt(dp);
  const frac = dp ? `.${(a % scale).toString().padStart(dp, '0')}` : '';
  return `${neg ? '-' : ''}${a / scale}${frac}`;
}

// ---------- the independent model (all integers) ----------

/** n ÷ d rounded half away from zero, for d > 0. */
function roundDiv(n: bigint, d: bigint): bigint {
  const a = n < 0n ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return n < 0n ? -q : q;
}
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
const clampH = (x: bigint, w: bigint): bigint => max(0n, min(w, x));

/** Model rules: v, w and all rule figures in hundredths; the score in hundredths. */
type ModelRule =
  | { kind: 'proportional'; t: bigint }
  | { kind: 'deductAbove' | 'deductBelow'; t: bigint; p: bigint }
  | { kind: 'bandsUpTo'; bands: [bigint, bigint][]; otherwise: bigint };

function modelScore(r: ModelRule, v: bigint, w: bigint): bigint {
  switch (r.kind) {
    case 'proportional':
      return clampH(roundDiv(w * min(v, r.t), r.t), w);
    case 'deductAbove':
      // w − p × (v − t), in ten-thousandths, back to hundredths
      return v <= r.t ? w : clampH(roundDiv(w * 100n - r.p * (v - r.t), 100n), w);
    case 'deductBelow':
      return v >= r.t ? w : clampH(roundDiv(w * 100n - r.p * (r.t - v), 100n), w);
    case 'bandsUpTo': {
      const band = r.bands.find(([upTo]) => v <= upTo);
      return clampH(band ? band[1] : r.otherwise, w);
    }
  }
}

function toEngineRule(r: ModelRule): ComputedRule {
  switch (r.kind) {
    case 'proportional':
      return { kind: 'proportional', target: fixed(r.t, 2) };
    case 'deductAbove':
    case 'deductBelow':
      return { kind: r.kind, threshold: fixed(r.t, 2), perPoint: fixed(r.p, 2) };
    case 'bandsUpTo':
      return {
        kind: 'bandsUpTo',
        bands: r.bands.map(([u, s]) => ({ upTo: fixed(u, 2), score: fixed(s, 2) })),
        otherwise: fixed(r.otherwise, 2),
      };
  }
}

const hundredths = (lo: number, hi: number): fc.Arbitrary<bigint> =>
  fc.bigInt({ min: BigInt(lo), max: BigInt(hi) });

const modelRule: fc.Arbitrary<ModelRule> = fc.oneof(
  hundredths(1, 20000).map((t): ModelRule => ({ kind: 'proportional', t })),
  fc
    .tuple(hundredths(-5000, 20000), hundredths(0, 500))
    .map(([t, p]): ModelRule => ({ kind: 'deductAbove', t, p })),
  fc
    .tuple(hundredths(-5000, 20000), hundredths(0, 500))
    .map(([t, p]): ModelRule => ({ kind: 'deductBelow', t, p })),
  fc
    .tuple(
      fc.uniqueArray(hundredths(-10000, 20000), { minLength: 1, maxLength: 5 }),
      fc.array(hundredths(0, 1500), { minLength: 5, maxLength: 5 }),
      hundredths(0, 1500),
    )
    .map(([bounds, scores, otherwise]): ModelRule => ({
      kind: 'bandsUpTo',
      bands: [...bounds]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((u, i): [bigint, bigint] => [u, scores[i]]),
      otherwise,
    })),
);

describe('rule kinds against the integer model', () => {
  it('applyRule equals the model for 2-dp values', () => {
    fc.assert(
      fc.property(modelRule, hundredths(-20000, 40000), hundredths(0, 1000), (r, v, w) => {
        const s = applyRule(toEngineRule(r), new D(fixed(v, 2)), new D(fixed(w, 2))).score;
        expect(s.toFixed(2)).toBe(fixed(modelScore(r, v, w), 2));
      }),
      { numRuns: 500 },
    );
  });

  it('rounding a raw value with 4 decimals half up, then applying the rule, equals the model', () => {
    fc.assert(
      fc.property(
        modelRule,
        fc.bigInt({ min: -2000000n, max: 4000000n }),
        hundredths(0, 1000),
        (r, raw4, w) => {
          const v = roundDiv(raw4, 100n); // ten-thousandths → hundredths, half away from zero
          const engineV = round(new D(fixed(raw4, 4)));
          expect(engineV.toFixed(2)).toBe(fixed(v, 2));
          expect(applyRule(toEngineRule(r), engineV, new D(fixed(w, 2))).score.toFixed(2)).toBe(
            fixed(modelScore(r, v, w), 2),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---------- generated departments ----------

const WEIGHTS = new Map(DEFAULT_RULE_SET.indicators.map((i) => [i.id, new D(i.weight)]));
const MONEY = [
  'PE_BudgetInitial',
  'PE_BudgetAdjusted',
  'PE_Expenditure',
  'PE_ThreePublicBudget',
  'PE_ThreePublicBudgetPrior',
  'PE_ThreePublicActual',
  'PE_PublicFundsBudget',
  'PE_PublicFundsActual',
  'PE_StockFundsEnd',
  'PE_StockFundsPriorEnd',
  'PE_ProcurementPlan',
  'PE_ProcurementActual',
  'PE_AssetsTotal',
  'PE_AssetsCurrent',
  'PE_AssetsFixed',
  'PE_AssetsIntangible',
  'PE_AssetsInProgress',
  'PE_AssetsOther',
  'PE_FixedAssetsInUse',
];
const COUNT_PAIRS: [done: string, base: string][] = [
  ['PE_StaffActual', 'PE_StaffAuthorized'],
  ['PE_OfficialsActual', 'PE_OfficialsAuthorized'],
  ['PE_KeyTasksDone', 'PE_KeyTasksPlanned'],
  ['PE_TargetsMet', 'PE_TargetsSet'],
  ['PE_ProjectsOnTime', 'PE_ProjectsTotal'],
  ['PE_OutcomesMet', 'PE_OutcomesSet'],
  ['PE_DisputesResolved', 'PE_DisputesTotal'],
];
const MANUAL: [input: string, id: string][] = DEFAULT_RULE_SET.indicators.flatMap((i) =>
  i.rule.kind === 'manual' ? [[i.rule.input, i.id] as [string, string]] : [],
);

/** Money in 万元 with up to 3 decimals (as thousandths). */
const money = fc.bigInt({ min: 0n, max: 100000000n });
/** A count pair: done within base, or anything. */
const countPair = fc.oneof(
  fc
    .integer({ min: 0, max: 400 })
    .chain((base) => fc.tuple(fc.integer({ min: 0, max: base }), fc.constant(base))),
  fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 400 })),
);

type Dept = Record<string, string>;

const department: fc.Arbitrary<Dept> = fc
  .tuple(
    fc.array(money, { minLength: MONEY.length, maxLength: MONEY.length }),
    fc.array(countPair, { minLength: COUNT_PAIRS.length, maxLength: COUNT_PAIRS.length }),
    fc.integer({ min: 0, max: 10000 }), // satisfaction in ten-thousandths
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: MANUAL.length, maxLength: MANUAL.length }), // share of weight, %
  )
  .map(([m, counts, sat, manual]) => {
    const d: Dept = {};
    MONEY.forEach((name, i) => (d[name] = fixed(m[i], 3)));
    COUNT_PAIRS.forEach(([done, base], i) => {
      d[done] = String(counts[i][0]);
      d[base] = String(counts[i][1]);
    });
    d.PE_Satisfaction = fixed(BigInt(sat), 4);
    MANUAL.forEach(([input, id], i) => {
      const w = WEIGHTS.get(id) ?? new D(0);
      d[input] = round(w.times(manual[i]).div(100)).toFixed(2);
    });
    return d;
  });

function toInputs(d: Dept): Inputs {
  const out: Record<string, InputValue> = {};
  for (const [name, v] of Object.entries(d))
    out[name] = { name, address: `基础数据!${name}`, number: new D(v), problems: [] };
  return out;
}

describe('generated departments', () => {
  it('every score lies in [0, weight] with 2 decimals; total is the sum; grade only when complete', () => {
    fc.assert(
      fc.property(department, (d) => {
        const e = evaluate(toInputs(d));
        let sum = new D(0);
        for (const r of e.indicators) {
          if (r.score === null) {
            expect(r.status).toBe('error');
            continue;
          }
          expect(r.score.gte(0)).toBe(true);
          expect(r.score.lte(r.weight)).toBe(true);
          expect(r.score.decimalPlaces()).toBeLessThanOrEqual(2);
          if (r.value !== null) expect(r.value.decimalPlaces()).toBeLessThanOrEqual(2);
          sum = sum.plus(r.score);
        }
        expect(e.total.eq(sum)).toBe(true);
        expect(e.complete).toBe(e.indicators.every((r) => r.score !== null));
        if (!e.complete) expect(e.grade).toBeNull();
        else expect(e.grade).not.toBeNull();
        for (const c of e.checks) expect([true, false]).toContain(c.ok); // every input is usable
      }),
      RUNS,
    );
  });

  it('errors only come from zero denominators here', () => {
    fc.assert(
      fc.property(department, (d) => {
        const e = evaluate(toInputs(d));
        for (const r of e.indicators.filter((x) => x.status === 'error')) {
          expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['zeroDenominator']));
          for (const p of r.problems) expect(new D(d[p.input]).isZero()).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same inputs give deep-equal JSON results and fingerprints', () => {
    fc.assert(
      fc.property(department, (d) => {
        const a = evaluate(toInputs(d));
        const b = evaluate(toInputs({ ...d }));
        expect(JSON.stringify(toJsonResult(a))).toBe(JSON.stringify(toJsonResult(b)));
        expect(toJsonResult(a)).toEqual(toJsonResult(b));
        expect(a.fingerprint).toBe(b.fingerprint);
        expect(a.indicators.map((i) => i.commentary)).toEqual(b.indicators.map((i) => i.commentary));
      }),
      { numRuns: 100 },
    );
  });

  it('end to end: 支出率 and 存量资金 values and scores equal the integer model', () => {
    fc.assert(
      fc.property(department, (d) => {
        const e = evaluate(toInputs(d));
        const th = (name: string): bigint => BigInt(new D(d[name]).times(1000).toFixed(0));
        const exp = th('PE_Expenditure');
        const adj = th('PE_BudgetAdjusted');
        if (adj > 0n) {
          const v = roundDiv(exp * 10000n, adj); // E ÷ B × 100, in hundredths
          const r = indicator(e, 'budget_expenditure_rate');
          expect(r.value?.toFixed(2)).toBe(fixed(v, 2));
          expect(r.score?.toFixed(2)).toBe(
            fixed(modelScore({ kind: 'proportional', t: 10000n }, v, 600n), 2),
          );
          const carry = indicator(e, 'carryover_rate');
          expect(carry.value?.toFixed(2)).toBe(fixed(max(0n, 10000n - v), 2));
        }
        const end = th('PE_StockFundsEnd');
        const prior = th('PE_StockFundsPriorEnd');
        if (prior > 0n) {
          const v = roundDiv(end * 10000n - prior * 10000n, prior); // (End ÷ Prior × 100 − 100), hundredths
          const r = indicator(e, 'stock_funds_change');
          expect(r.value?.toFixed(2)).toBe(fixed(v, 2));
          const bands: [bigint, bigint][] = [
            [-1500n, 300n],
            [-1000n, 200n],
            [0n, 100n],
          ];
          expect(r.score?.toFixed(2)).toBe(
            fixed(modelScore({ kind: 'bandsUpTo', bands, otherwise: 0n }, v, 300n), 2),
          );
        }
      }),
      RUNS,
    );
  });
});

describe('monotonicity where the rule is monotone', () => {
  const base = (d: Dept, changes: Dept): Inputs => toInputs({ ...d, ...changes });

  it('a higher 支出率 never lowers its score', () => {
    fc.assert(
      fc.property(department, money, money, fc.bigInt({ min: 1n, max: 100000000n }), (d, a, b, adj) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const adjusted = fixed(adj, 3);
        const sLo = indicator(
          evaluate(base(d, { PE_Expenditure: fixed(lo, 3), PE_BudgetAdjusted: adjusted })),
          'budget_expenditure_rate',
        ).score;
        const sHi = indicator(
          evaluate(base(d, { PE_Expenditure: fixed(hi, 3), PE_BudgetAdjusted: adjusted })),
          'budget_expenditure_rate',
        ).score;
        expect(sLo && sHi && sHi.gte(sLo)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a higher “三公” actual never raises three_public_control’s score', () => {
    fc.assert(
      fc.property(department, money, money, fc.bigInt({ min: 1n, max: 100000000n }), (d, a, b, budget) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const bud = fixed(budget, 3);
        const sLo = indicator(
          evaluate(base(d, { PE_ThreePublicActual: fixed(lo, 3), PE_ThreePublicBudget: bud })),
          'three_public_control',
        ).score;
        const sHi = indicator(
          evaluate(base(d, { PE_ThreePublicActual: fixed(hi, 3), PE_ThreePublicBudget: bud })),
          'three_public_control',
        ).score;
        expect(sLo && sHi && sHi.lte(sLo)).toBe(true);
      }),
      RUNS,
    );
  });

  it('higher satisfaction never lowers its score', () => {
    fc.assert(
      fc.property(
        department,
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (d, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const sLo = indicator(
            evaluate(base(d, { PE_Satisfaction: fixed(BigInt(lo), 4) })),
            'satisfaction',
          ).score;
          const sHi = indicator(
            evaluate(base(d, { PE_Satisfaction: fixed(BigInt(hi), 4) })),
            'satisfaction',
          ).score;
          expect(sLo && sHi && sHi.gte(sLo)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
