/**
 * npm run bench: the figures that matter, one line each.
 *   (a) context.sync() round trips for a full evaluation inside Excel (fake host; goal 2), also
 *       with a whole-column name (capped through its used range: still 2) and when Excel on the
 *       web refuses the batch and the read falls back to one sync per name (bounded: 3 + names)
 *   (b) engine evaluations per second over 10,000 generated departments
 *   (c) the command line end to end on the sample, against the floor of reading and writing the
 *       same workbook with exceljs alone, as a ratio measured in the same run (goal ≤ 1.5)
 *   (d) the task pane's JavaScript, gzip (needs `npm run build`)
 *   (e) a large department workbook (generated: ≥ 5 MB, ≥ 50,000 ledger rows, ≥ 5,000 merged
 *       ranges, the names on small sheets) through the file door's reader and through the whole
 *       command line, against a full exceljs load of the same file, as ratios in the same run
 *   (f) 200 generated workbooks through `perf-eval batch` against a loop of one node process per
 *       file, as a ratio measured in the same run (goal ≥ 10× on 2 cores; BENCH_BATCH_FILES=n)
 *   (g) `npm run -s evaluate` against the bare `node dist/cli/src/cli/main.js` (goal ≤ 1.2×)
 *   (h) the label matcher's precision and recall over generated layouts; (h') the same layouts
 *       with figures stored as text, typed into their label's cell and on hidden sheets
 *   (i) the label matcher on the held-out set (bench/holdout: layouts written apart from the
 *       matcher), by family, with every wrong proposal (`npm run bench:holdout` lists the misses)
 *   (j) the same on the second held-out set (bench/holdout2: layouts the first set lacks, kept
 *       apart from the matcher's tuning on the first set; `npm run bench:holdout2` lists the misses)
 *   (k) the same on the third held-out set (bench/holdout3: layouts neither earlier set has, written
 *       after both were used for tuning; `npm run bench:holdout3` lists the misses)
 *   (l) the same on the fourth held-out set (bench/holdout4: layouts none of the three has, written
 *       after all three were used for tuning; `npm run bench:holdout4` lists the misses)
 *   (m) the same on the fifth held-out set (bench/holdout5: layouts none of the four has, written
 *       after all four were used for tuning; `npm run bench:holdout5` lists the misses)
 *   (n) the same on the sixth held-out set (bench/holdout6: layouts none of the five has, written
 *       after all five were used for tuning; `npm run bench:holdout6` lists the misses)
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
import type { FakeWorkbook } from '../src/preview/fakeExcel';
import { batchAgainstLoop } from './batch';
import { evaluateStartup } from './startup';
import { precision, recall, scoreBinding } from './bindingScore';
import {
  formatFailure,
  formatFamily,
  holdoutPrecision,
  holdoutRecall,
  holdoutRecallWithChoices,
  scoreHoldout,
  scoreWorkbooks,
  type HoldoutScore,
} from './holdout/score';
import { generateHoldout2Set } from './holdout2/generate';
import { generateHoldout3Set } from './holdout3/generate';
import { generateHoldout4Set } from './holdout4/generate';
import { generateHoldout5Set } from './holdout5/generate';
import { generateHoldout6Set } from './holdout6/generate';
import { withTextCells } from './bindingCellsLayouts';
import { fakeFromRawInputs } from './fakeSample';
import { writeLargeWorkbook } from './largeWorkbook';
import { rng } from './rng';

const ROOT = projectRoot(__dirname);
const SAMPLE = path.join(ROOT, 'examples', 'pingshi-2020.xlsx');

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

/** A sheet of `rows` × 4 cells of 60-character text: its used part alone is over the web's 5 MB. */
function addBigTable(wb: FakeWorkbook, rows: number): void {
  const sheet = wb.addSheet('大表');
  const line = '经济分类科目明细说明'.repeat(6);
  for (let r = 0; r < rows; r += 1) for (let c = 0; c < 4; c += 1) sheet.touch(r, c).constant = line;
  wb.changed();
}

interface OversizedFigures {
  names: number;
  normal: { syncs: number; ms: number };
  wholeColumn: { syncs: number; ms: number };
  fallback: { syncs: number; ms: number };
}

/** Syncs and time of one evaluation of the sample on Excel on the web, three ways, side by side. */
async function oversizedNames(): Promise<OversizedFigures> {
  const wb0 = await openXlsxWorkbook(SAMPLE);
  const names = inputNamesOf(DEFAULT_RULE_SET);
  const snapshot = await wb0.read({ names, sheetName: '绩效自评' });
  const once = async (prepare: (wb: FakeWorkbook) => void): Promise<{ syncs: number; ms: number }> => {
    const fake = fakeFromRawInputs(snapshot.inputs, { platform: 'web' });
    prepare(fake);
    const port = createOfficeWorkbookPort(fake.run, { isSetSupported: fake.isSetSupported });
    const t0 = performance.now();
    const r = await runEvaluationFlow(port);
    const ms = performance.now() - t0;
    if (!r.outcome.written) throw new Error('bench: the oversized-name evaluation wrote nothing');
    return { syncs: fake.syncCount, ms };
  };
  const repoint = (wb: FakeWorkbook, refersTo: string): void => {
    const entry = wb.workbookName('PE_ProcurementPlan');
    if (!entry) throw new Error('bench: the sample has no PE_ProcurementPlan');
    entry.refersTo = refersTo;
    wb.changed();
  };
  await once(() => undefined); // warm-up, so the first figure is not the JIT's
  return {
    names: names.length,
    normal: await once(() => undefined),
    wholeColumn: await once((wb) => repoint(wb, '=基础数据!$C:$C')),
    fallback: await once((wb) => {
      addBigTable(wb, 25_000);
      repoint(wb, '=大表!$A$1:$D$25000');
    }),
  };
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

async function largeWorkbook(runs: number): Promise<{
  figures: ReturnType<typeof writeLargeWorkbook>;
  read: number;
  cli: number;
  exceljs: number;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-bench-large-'));
  const file = process.env.BENCH_LARGE_FILE ?? path.join(dir, 'large-department.xlsx');
  const quiet = { out: (): void => undefined, err: (s: string): void => void process.stderr.write(`${s}\n`) };
  const read: number[] = [];
  const cli: number[] = [];
  const full: number[] = [];
  try {
    const figures = writeLargeWorkbook(SAMPLE, file);
    if (figures.bytes < 5 * 1024 * 1024 || figures.rows < 50_000 || figures.merges < 5_000) {
      throw new Error(`bench: the large workbook is too small (${JSON.stringify(figures)})`);
    }
    const names = inputNamesOf(DEFAULT_RULE_SET);
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      const wb = await openXlsxWorkbook(file);
      const snapshot = await wb.read({ names, sheetName: '绩效自评' });
      read.push(performance.now() - t0);
      if (snapshot.inputs.some((input) => input.status !== 'range'))
        throw new Error('bench: a name did not resolve');
      t0 = performance.now();
      const code = await runCli([file, '--out', path.join(dir, `out-${i}.xlsx`)], quiet);
      cli.push(performance.now() - t0);
      if (code !== 0) throw new Error(`bench: the CLI exited ${code} on the large workbook`);
      t0 = performance.now();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      full.push(performance.now() - t0);
      if (workbook.worksheets.length !== 4) throw new Error('bench: exceljs did not load the four sheets');
    }
    return { figures, read: median(read), cli: median(cli), exceljs: median(full) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function bundleSize(): string {
  const dist = path.join(ROOT, 'dist', 'web');
  // The size script is plain CommonJS shared with the build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { measureTaskpane, measureOnDemand } = require(path.join(ROOT, 'scripts', 'bundle-size.js')) as {
    measureTaskpane: (dir: string) => { gzip: number; raw: number; budget: number };
    measureOnDemand: (dir: string) => { gzip: number; raw: number } | undefined;
  };
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) return 'not built (run npm run build first)';
  const m = measureTaskpane(dist);
  const lazy = measureOnDemand(dist);
  const later = lazy
    ? `; then ${(lazy.gzip / 1024).toFixed(1)} KB gzip when the 数据 view opens (自动识别)`
    : '';
  return `${(m.gzip / 1024).toFixed(1)} KB gzip at start (${(m.raw / 1024).toFixed(1)} KB raw; budget ${(m.budget / 1024).toFixed(0)} KB)${later}`;
}

async function main(): Promise<void> {
  const syncs = await syncsPerEvaluation();
  console.log(
    `(a) context.sync calls per full evaluation (fake Excel host, sample): ${syncs.first} (rewrite of an existing sheet: ${syncs.rewrite}; goal 2)`,
  );
  const o = await oversizedNames();
  console.log(
    `(a') Excel on the web, ${o.names} names: ${o.normal.syncs} syncs (${o.normal.ms.toFixed(0)} ms); a whole-column name: ${o.wholeColumn.syncs} syncs (${o.wholeColumn.ms.toFixed(0)} ms); a name over 5 MB, name-by-name fallback: ${o.fallback.syncs} syncs (bound 3 + ${o.names} = ${3 + o.names}; ${o.fallback.ms.toFixed(0)} ms, ${(o.fallback.ms / o.normal.ms).toFixed(1)}× the normal evaluation)`,
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
  const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 3);
  const large = await largeWorkbook(largeRuns);
  const mb = (large.figures.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `(e) large workbook (${mb} MB, ${large.figures.rows.toLocaleString('en-US')} rows, ${large.figures.merges.toLocaleString('en-US')} merged ranges): ` +
      `reader ${large.read.toFixed(0)} ms, CLI end to end ${large.cli.toFixed(0)} ms vs exceljs full load ${large.exceljs.toFixed(0)} ms: ` +
      `ratios ${(large.read / large.exceljs).toFixed(3)} (reader) and ${(large.cli / large.exceljs).toFixed(3)} (CLI) (median of ${largeRuns})`,
  );
  const files = Number(process.env.BENCH_BATCH_FILES ?? 200);
  const b = await batchAgainstLoop(ROOT, path.join(__dirname, '..', 'src', 'cli', 'main.js'), files);
  console.log(
    `(f) batch of ${b.files} workbooks: ${(b.batchMs / 1000).toFixed(1)} s (${b.jobs} worker threads) vs one node process per file ${(b.loopMs / 1000).toFixed(1)} s: ${(b.loopMs / b.batchMs).toFixed(1)}× faster (goal ≥ 10×)`,
  );
  const st = evaluateStartup(ROOT, Number(process.env.BENCH_STARTUP_RUNS ?? 9));
  console.log(
    `(g) npm run -s evaluate: ${st.npmRun.toFixed(0)} ms vs bare node ${st.bare.toFixed(0)} ms: ratio ${(st.npmRun / st.bare).toFixed(2)}; node scripts/perf-eval.js (its staleness check, no npm) ${st.runner.toFixed(0)} ms: ratio ${(st.runner / st.bare).toFixed(2)} (median of ${st.runs}; goal ≤ 1.2)`,
  );
  for (const set of ['tuning', 'heldout', 'fresh'] as const) {
    const b = scoreBinding(set, 300);
    console.log(
      `(h) binding by labels, ${set} layouts (${b.workbooks} workbooks, ${b.present} figures): precision ${(precision(b) * 100).toFixed(2)} % (${b.right}/${b.proposed}), recall ${(recall(b) * 100).toFixed(2)} %, wrong ${b.wrong}, missed ${b.present - b.right - b.choiceHolds}, choices ${b.choices}`,
    );
    for (const w of b.wrongExamples) console.log(`    wrong: ${w}`);
  }
  // The same layouts as a clerk's copy often is: figures stored as text, typed into their label's
  // cell, on hidden sheets (bench/bindingCellsLayouts.ts).
  for (const set of ['tuning', 'heldout', 'fresh'] as const) {
    const b = scoreBinding(set, 300, withTextCells);
    console.log(
      `(h') binding by labels, ${set} layouts with text cells and hidden sheets (${b.workbooks} workbooks, ${b.present} figures): precision ${(precision(b) * 100).toFixed(2)} % (${b.right}/${b.proposed}), recall ${(recall(b) * 100).toFixed(2)} %, wrong ${b.wrong}, missed ${b.present - b.right - b.choiceHolds}, choices ${b.choices}`,
    );
    for (const w of b.wrongExamples) console.log(`    wrong: ${w}`);
  }
  printHoldout('(i) binding by labels, held-out layouts', scoreHoldout());
  printHoldout('(j) binding by labels, second held-out layouts', scoreWorkbooks(generateHoldout2Set()));
  printHoldout('(k) binding by labels, third held-out layouts', scoreWorkbooks(generateHoldout3Set()));
  printHoldout('(l) binding by labels, fourth held-out layouts', scoreWorkbooks(generateHoldout4Set()));
  printHoldout('(m) binding by labels, fifth held-out layouts', scoreWorkbooks(generateHoldout5Set()));
  printHoldout('(n) binding by labels, sixth held-out layouts', scoreWorkbooks(generateHoldout6Set()));
}

/** One held-out line: the summary, the families, and every wrong proposal. */
function printHoldout(title: string, h: HoldoutScore): void {
  console.log(
    `${title} (${h.total.workbooks} workbooks, ${h.total.present} figures): precision ${(holdoutPrecision(h.total) * 100).toFixed(2)} % (${h.total.right}/${h.total.proposed}), recall ${(holdoutRecall(h.total) * 100).toFixed(2)} % (${(holdoutRecallWithChoices(h.total) * 100).toFixed(2)} % counting choices that hold the right cell), wrong ${h.total.wrong}, missed ${h.total.missed}, choices ${h.total.choices} (goal: precision ≥ 98 %, recall ≥ 90 %, wrong < missed)`,
  );
  for (const [name, f] of [...h.byFamily.entries()].sort()) console.log(`    ${formatFamily(name, f)}`);
  for (const f of h.failures.filter((x) => x.kind === 'wrong')) console.log(`    ${formatFailure(f)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
