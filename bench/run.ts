/**
 * npm run bench: the figures that matter, one line each.
 *   (a) context.sync() round trips for a full evaluation inside Excel (fake host; goal 2)
 *   (b) engine evaluations per second over 10,000 generated departments
 *   (c) the command line end to end on the sample, against the floor of reading and writing the
 *       same workbook with exceljs alone, as a ratio measured in the same run (goal ≤ 1.5)
 *   (d) the task pane's JavaScript, gzip (needs `npm run build`)
 * Wall-clock figures vary by machine; compare ratios and counts, not absolute times.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { DEFAULT_RULE_SET, evaluate, inputNamesOf, inputsFromData, type Inputs } from '../src/engine';
import { runCli } from '../src/cli/main';
import { projectRoot } from '../src/cli/projectRoot';
import { runEvaluationFlow } from '../src/workbook/flow';
import { createOfficeWorkbookPort } from '../src/workbook/office';
import { openXlsxWorkbook } from '../src/workbook/xlsx';
import { precision, recall, scoreBinding } from './bindingScore';
import { fakeFromRawInputs } from './fakeSample';

const ROOT = projectRoot(__dirname);
const SAMPLE = path.join(ROOT, 'examples', 'pingshi-2020.xlsx');

/** A small deterministic generator, so every run evaluates the same 10,000 departments. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Figures of one made-up department, as a clerk would type them (2-3 decimals, whole counts). */
function department(next: () => number): Inputs {
  const money = (lo: number, hi: number): string => (lo + next() * (hi - lo)).toFixed(2);
  const count = (hi: number): number => 1 + Math.floor(next() * hi);
  const figures: Record<string, number | string> = {
    PE_DeptName: 'Bench department',
    PE_Year: 2020,
  };
  for (const name of inputNamesOf(DEFAULT_RULE_SET)) {
    if (name in figures || name === 'PE_FunctionalTable') continue;
    if (name.startsWith('PE_Score_')) figures[name] = Math.floor(next() * 3) + 2;
    else if (name === 'PE_Satisfaction') figures[name] = Number((0.8 + next() * 0.2).toFixed(2));
    else if (/Staff|Officials|Tasks|Targets|Projects|Outcomes|Disputes/.test(name)) figures[name] = count(40);
    else figures[name] = Number(money(1, 1000));
  }
  // Parse the text figures the way cells are read: through their shortest string form.
  return inputsFromData(
    Object.fromEntries(
      Object.entries(figures).map(([k, v]) => [
        k,
        typeof v === 'string' && k !== 'PE_DeptName' ? Number(v) : v,
      ]),
    ),
    [
      ['一般公共服务支出', Number(money(100, 600)), Number(money(100, 600)), Number(money(100, 600))],
      ['社会保障和就业支出', Number(money(10, 100)), Number(money(10, 100)), Number(money(10, 100))],
    ],
  );
}

async function syncsPerEvaluation(): Promise<{ first: number; rewrite: number }> {
  const wb = await openXlsxWorkbook(SAMPLE);
  const snapshot = await wb.read({ names: inputNamesOf(DEFAULT_RULE_SET), sheetName: '绩效自评' });
  const fake = fakeFromRawInputs(snapshot.inputs);
  const port = createOfficeWorkbookPort(fake.run, { isSetSupported: fake.isSetSupported });
  const before = fake.syncCount;
  const r = await runEvaluationFlow(port);
  if (!r.outcome.written || r.evaluation.total.toFixed(2) !== '96.90')
    throw new Error('bench: the fake-host evaluation did not reproduce 96.90');
  const first = fake.syncCount - before;
  const again = fake.syncCount;
  await runEvaluationFlow(port);
  return { first, rewrite: fake.syncCount - again };
}

function engineRate(n: number): { perSecond: number; ms: number } {
  const next = rng(2020);
  const departments = Array.from({ length: n }, () => department(next));
  evaluate(departments[0]); // warm-up
  const t0 = performance.now();
  let total = 0;
  for (const d of departments) total += evaluate(d).indicators.length;
  const ms = performance.now() - t0;
  if (total !== n * DEFAULT_RULE_SET.indicators.length) throw new Error('bench: unexpected indicator count');
  return { perSecond: (n / ms) * 1000, ms };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function cliAgainstFloor(runs: number): Promise<{ cli: number; floor: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-bench-'));
  const quiet = { out: (): void => undefined, err: (s: string): void => void process.stderr.write(`${s}\n`) };
  const cli: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      // Alternate the two so that machine noise hits both alike; the first round warms up.
      let t0 = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(SAMPLE);
      await wb.xlsx.writeFile(path.join(dir, `floor-${i}.xlsx`));
      const f = performance.now() - t0;
      t0 = performance.now();
      const code = await runCli([SAMPLE, '--out', path.join(dir, `cli-${i}.xlsx`)], quiet);
      const c = performance.now() - t0;
      if (code !== 0) throw new Error(`bench: the CLI exited ${code}`);
      if (i > 0) {
        floor.push(f);
        cli.push(c);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { cli: median(cli), floor: median(floor) };
}

function bundleSize(): string {
  const dist = path.join(ROOT, 'dist', 'web');
  // The size script is plain CommonJS shared with the build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { measureTaskpane } = require(path.join(ROOT, 'scripts', 'bundle-size.js')) as {
    measureTaskpane: (dir: string) => { gzip: number; raw: number; budget: number };
  };
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) return 'not built (run npm run build first)';
  const m = measureTaskpane(dist);
  return `${(m.gzip / 1024).toFixed(1)} KB gzip (${(m.raw / 1024).toFixed(1)} KB raw; budget ${(m.budget / 1024).toFixed(0)} KB)`;
}

async function main(): Promise<void> {
  const syncs = await syncsPerEvaluation();
  console.log(
    `(a) context.sync calls per full evaluation (fake Excel host, sample): ${syncs.first} (rewrite of an existing sheet: ${syncs.rewrite}; goal 2)`,
  );
  const n = 10000;
  const rate = engineRate(n);
  console.log(
    `(b) engine: ${Math.round(rate.perSecond).toLocaleString('en-US')} evaluations/s (${n.toLocaleString('en-US')} generated departments in ${rate.ms.toFixed(0)} ms)`,
  );
  const runs = Number(process.env.BENCH_RUNS ?? 9);
  const c = await cliAgainstFloor(runs);
  console.log(
    `(c) CLI end to end on the sample: ${c.cli.toFixed(0)} ms vs exceljs read+write floor ${c.floor.toFixed(0)} ms: ratio ${(c.cli / c.floor).toFixed(2)} (median of ${runs}; goal ≤ 1.5)`,
  );
  console.log(`(d) task pane JavaScript: ${bundleSize()}`);
  for (const set of ['tuning', 'heldout', 'fresh'] as const) {
    const b = scoreBinding(set, 300);
    console.log(
      `(e) binding by labels, ${set} layouts (${b.workbooks} workbooks, ${b.present} figures): precision ${(precision(b) * 100).toFixed(2)} % (${b.right}/${b.proposed}), recall ${(recall(b) * 100).toFixed(2)} %, wrong ${b.wrong}, missed ${b.present - b.right - b.choiceHolds}, choices ${b.choices}`,
    );
    for (const w of b.wrongExamples) console.log(`    wrong: ${w}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
