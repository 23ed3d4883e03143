/**
 * (e) The bureau's case: N generated department workbooks through `perf-eval batch` (one Node
 * process, worker threads) against a loop of one `node` process per file, as the README's shell
 * loop did; both run here, one after the other, on the same files.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { buildDepartmentWorkbook, departmentWorkbookBytes } from '../src/workbook/xlsx/departmentWorkbook';
import { readSampleData } from '../scripts/sampleData';

export interface BatchFigures {
  files: number;
  batchMs: number;
  loopMs: number;
  jobs: number;
}

/** Department k: the sample with its name and a few figures changed, so that scores differ. */
async function writeDepartments(root: string, dir: string, n: number): Promise<void> {
  const sample = await readSampleData(root);
  for (let k = 0; k < n; k++) {
    const inputs = { ...sample.inputs };
    inputs.PE_DeptName = `示例部门${String(k + 1).padStart(3, '0')}`;
    // Whole 万元 steps keep the figures exact; the spread moves several indicators' scores.
    inputs.PE_BudgetAdjusted = 640 + (k % 60);
    inputs.PE_StockFundsEnd = 120 + (k % 50);
    inputs.PE_StaffActual = 25 + (k % 9);
    const wb = buildDepartmentWorkbook(inputs, sample.functional);
    fs.writeFileSync(
      path.join(dir, `dept-${String(k + 1).padStart(3, '0')}.xlsx`),
      await departmentWorkbookBytes(wb),
    );
  }
}

function node(main: string, args: readonly string[]): number {
  const r = spawnSync(process.execPath, [main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.status !== 0 && r.status !== 3) throw new Error(`bench: ${args[0]} exited ${r.status}: ${r.stderr}`);
  return r.status;
}

export async function batchAgainstLoop(root: string, main: string, n: number): Promise<BatchFigures> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-batch-bench-'));
  try {
    const input = path.join(tmp, 'in');
    fs.mkdirSync(input);
    await writeDepartments(root, input, n);
    const jobs = os.availableParallelism();

    let t0 = performance.now();
    node(main, ['batch', input, '--out', path.join(tmp, 'batch'), '--jobs', String(jobs)]);
    const batchMs = performance.now() - t0;
    const rows = fs
      .readFileSync(path.join(tmp, 'batch', 'results.jsonl'), 'utf8')
      .trim()
      .split('\n');
    if (rows.length !== n) throw new Error(`bench: results.jsonl has ${rows.length} lines, expected ${n}`);

    const loopOut = path.join(tmp, 'loop');
    fs.mkdirSync(loopOut);
    t0 = performance.now();
    for (const f of fs.readdirSync(input).sort())
      node(main, [path.join(input, f), '--out', path.join(loopOut, f), '--json']);
    const loopMs = performance.now() - t0;
    return { files: n, batchMs, loopMs, jobs };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
