/**
 * npm run bench:functional: the functional-table finder over generated layouts (right, wrong,
 * missed, choices), and its cost inside proposeBindings on a large sheet as a ratio against the
 * one-cell matcher alone, both measured in the same run. Wall-clock figures vary by machine.
 */
import { performance } from 'perf_hooks';
import {
  FUNCTIONAL_COLUMNS,
  findFunctionalTable,
  proposeBindings,
  type GridSheet,
} from '../src/engine/binding';
import { generateFunctionalLayout } from './functionalLayouts';
import { rng } from './rng';

export interface FunctionalScore {
  workbooks: number;
  present: number;
  right: number;
  wrong: number;
  choices: number;
  missed: number;
  wrongExamples: string[];
}

export function scoreFunctional(count: number, from = 1): FunctionalScore {
  const s: FunctionalScore = {
    workbooks: count,
    present: 0,
    right: 0,
    wrong: 0,
    choices: 0,
    missed: 0,
    wrongExamples: [],
  };
  for (let seed = from; seed < from + count; seed++) {
    const { sheets, truth } = generateFunctionalLayout(seed);
    if (truth) s.present++;
    const p = findFunctionalTable(sheets).proposal;
    if (!p) {
      if (truth) s.missed++;
      continue;
    }
    if (p.alternatives.length > 0) {
      s.choices++;
      continue;
    }
    const got = p.rows.map((r) => [r.name, ...FUNCTIONAL_COLUMNS.map((c) => r.figures[c]?.value)]);
    const ok = truth !== undefined && JSON.stringify(got) === JSON.stringify(truth.rows);
    if (ok) s.right++;
    else {
      s.wrong++;
      if (s.wrongExamples.length < 5) s.wrongExamples.push(`seed ${seed}: ${p.address}`);
    }
  }
  return s;
}

/** A ledger-like sheet of `rows` rows: text, codes and figures, no functional table. */
function ledger(rows: number): GridSheet {
  const r = rng(4242);
  const cells = Array.from({ length: rows }, (_v, i) => [
    { kind: 'text' as const, value: `凭证${i}` },
    { kind: 'text' as const, value: pick(r, ['办公费', '差旅费', '工资', '水电费', '印刷费']) },
    { kind: 'number' as const, value: Math.round(r() * 1e6) / 100 },
    { kind: 'number' as const, value: Math.round(r() * 1e6) / 100 },
    { kind: 'text' as const, value: pick(r, ['201', '208', '2010101', '备注']) },
  ]);
  return { name: '明细账', cells, merges: [] };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** Median times of `fs`, run interleaved so that warm-up and caches favour none of them. */
function timedTogether(fs: Array<() => void>, runs: number): number[] {
  for (const f of fs) f();
  const times: number[][] = fs.map(() => []);
  for (let i = 0; i < runs; i++)
    fs.forEach((f, j) => {
      const t0 = performance.now();
      f();
      times[j].push(performance.now() - t0);
    });
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

function main(): void {
  const s = scoreFunctional(500);
  const decided = s.right + s.wrong;
  console.log(
    `functional table over ${s.workbooks} generated workbooks (${s.present} hold one): ` +
      `right ${s.right}, wrong ${s.wrong}, choices ${s.choices}, missed ${s.missed}; ` +
      `precision ${(decided ? (100 * s.right) / decided : 0).toFixed(1)} %, ` +
      `recall ${((100 * s.right) / Math.max(1, s.present)).toFixed(1)} %`,
  );
  for (const w of s.wrongExamples) console.log(`  wrong: ${w}`);

  const rows = Number(process.env.BENCH_FUNCTIONAL_ROWS ?? 5000);
  const big = [ledger(rows), ...generateFunctionalLayout(3).sheets];
  const names = ['PE_BudgetInitial', 'PE_Expenditure', 'PE_AssetsTotal'];
  const [alone, withTable, finder] = timedTogether(
    [
      () => proposeBindings(big, { names }),
      () => proposeBindings(big, { names: [...names, 'PE_FunctionalTable'] }),
      () => findFunctionalTable(big),
    ],
    5,
  );
  // The one-cell matcher's own spread between runs is larger than the finder's cost, so the
  // with/without ratio is noise around 1; the finder's share is the figure that says something.
  console.log(
    `proposeBindings on ${rows.toLocaleString('en')} ledger rows (medians of 5): ${alone.toFixed(1)} ms without the table, ` +
      `${withTable.toFixed(1)} ms with it; the finder alone ${finder.toFixed(1)} ms = ` +
      `${((100 * finder) / alone).toFixed(1)} % of the one-cell matcher's time`,
  );
}

if (require.main === module) main();
