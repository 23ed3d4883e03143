/**
 * `perf-eval batch` as a child process over a folder of complete, incomplete and broken
 * workbooks: exit codes, the rows of 汇总.xlsx read back (values with exceljs, the frozen header
 * and the autofilter from the sheet XML itself), results.jsonl against the contract that
 * `evaluate --json` prints for the same file, and every input byte-identical afterwards.
 */
import { spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import type { JsonResult } from '../../src/engine';
import { CLI_MAIN, Scenarios, buildCli, runCliProcess, stackLines, type CliRun } from './support/cli';
import { loadWorkbook, makeTempDir, sha256, sheetXml, writeDepartment } from './support/files';

jest.setTimeout(120_000);

const CONTRACT_KEYS = ['department', 'year', 'ruleSet', 'total', 'grade', 'complete', 'indicators', 'checks'];

let dir: string;
let input: string;
const files: Record<string, string> = {};
const digests = new Map<string, string>();
const scenarios = new Scenarios();

beforeAll(async () => {
  buildCli();
  dir = await makeTempDir('batch');
  input = path.join(dir, 'departments');
  await fs.mkdir(input);
  files.sample = await writeDepartment(input, 'a-pingshi.xlsx');
  // Year-end stock of 130 moves 存量资金变动率 to −20.85%: full marks there, total 98.90. The name
  // starts with "=": it must stay text in the summary, never become a formula.
  files.better = await writeDepartment(input, 'b-better.xlsx', {
    inputs: { PE_StockFundsEnd: 130, PE_DeptName: '=1+1 乙部门' },
  });
  // A zero procurement plan: 政府采购执行率 cannot be scored, so the evaluation is incomplete.
  files.incomplete = await writeDepartment(input, 'c-incomplete.xlsx', { inputs: { PE_ProcurementPlan: 0 } });
  files.broken = path.join(input, 'd-broken.xlsx');
  await fs.writeFile(files.broken, '部门,总分\n甲,90\n', 'utf8');
  // Excel's lock file beside an open workbook: not a workbook, and not to be evaluated.
  await fs.writeFile(path.join(input, '~$a-pingshi.xlsx'), 'lock', 'utf8');
  for (const f of await fs.readdir(input)) digests.set(f, await sha256(path.join(input, f)));
  scenarios.startAll();
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const outOf = (name: string): string => path.join(dir, name);

const folderRun = scenarios.add(() => runCliProcess(['batch', input, '--out', outOf('all')]));
const completeRun = scenarios.add(() =>
  runCliProcess([
    'batch',
    files.sample,
    files.better,
    '--out',
    outOf('complete'),
    '--json',
    '--report',
    '--jobs',
    '2',
  ]),
);
const incompleteRun = scenarios.add(() =>
  runCliProcess(['batch', files.sample, files.incomplete, '--out', outOf('incomplete'), '--lang', 'en']),
);
const evaluated = scenarios.add(async () => {
  const one = async (file: string): Promise<JsonResult> => {
    const run = await runCliProcess([
      file,
      '--json',
      '--out',
      path.join(dir, `single-${path.basename(file)}`),
    ]);
    return JSON.parse(run.stdout) as JsonResult;
  };
  return {
    sample: await one(files.sample),
    better: await one(files.better),
    incomplete: await one(files.incomplete),
  };
});

async function jsonl(folder: string): Promise<Array<Record<string, unknown>>> {
  const text = await fs.readFile(path.join(folder, 'results.jsonl'), 'utf8');
  return text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function expectNoStack(run: CliRun): void {
  expect(stackLines(run.stdout + run.stderr)).toEqual([]);
}

describe('batch over a folder with a broken workbook', () => {
  it('exits 2, reports the broken file and still evaluates the others', async () => {
    const run = await folderRun();
    expectNoStack(run);
    expect(run.status).toBe(2);
    const progress = run.stdout.split('\n').filter((l) => /^\[\d\/4\] /.test(l));
    expect(progress).toHaveLength(3);
    expect(run.stderr).toMatch(/^\[\d\/4\] d-broken\.xlsx：无法评价：不是 Excel 工作簿（\.xlsx）/m);
    expect(run.stdout).toContain('完整 2，不完整 1，无法评价 1');
  });

  it('never modifies an input and skips Excel lock files', async () => {
    await folderRun();
    for (const [f, digest] of digests) expect(await sha256(path.join(input, f))).toBe(digest);
    const out = await fs.readdir(outOf('all'));
    expect(out.sort()).toEqual([
      'a-pingshi.xlsx',
      'b-better.xlsx',
      'c-incomplete.xlsx',
      'results.jsonl',
      '汇总.xlsx',
    ]);
  });

  it('writes each evaluated workbook with its evaluation sheet', async () => {
    await folderRun();
    for (const f of ['a-pingshi.xlsx', 'b-better.xlsx', 'c-incomplete.xlsx']) {
      const { xml, sharedStrings } = await sheetXml(path.join(outOf('all'), f), '绩效自评');
      expect(xml + sharedStrings.join('')).toContain('总分');
    }
  });

  it('results.jsonl holds the contract of evaluate --json plus file, and the failure of the broken one', async () => {
    await folderRun();
    const lines = await jsonl(outOf('all'));
    const single = await evaluated();
    expect(lines).toHaveLength(4);
    const byFile = new Map(lines.map((l) => [l.file as string, l]));
    for (const [file, expected] of [
      ['a-pingshi.xlsx', single.sample],
      ['b-better.xlsx', single.better],
      ['c-incomplete.xlsx', single.incomplete],
    ] as const) {
      const line = byFile.get(file);
      expect(Object.keys(line ?? {})).toEqual([...CONTRACT_KEYS, 'file']);
      expect(line).toEqual({ ...expected, file });
    }
    expect(single.sample).toMatchObject({ total: 96.9, grade: '优', complete: true });
    expect(single.incomplete).toMatchObject({ complete: false, grade: null });
    const broken = byFile.get('d-broken.xlsx');
    expect(Object.keys(broken ?? {})).toEqual(['file', 'error']);
    expect(broken?.error).toContain('不是 Excel 工作簿');
  });

  it('汇总.xlsx: one row per workbook, ranked by total, every column filled from the evaluation', async () => {
    await folderRun();
    const single = await evaluated();
    const wb = await loadWorkbook(path.join(outOf('all'), '汇总.xlsx'));
    const ws = wb.getWorksheet('汇总');
    if (!ws) throw new Error('no sheet 汇总');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 7)).toEqual(['名次', '部门', '年度', '文件', '总分', '等次', '完整与否']);
    expect(header.slice(-2)).toEqual(['未通过的一致性检查', '输入问题']);
    expect(header).toHaveLength(7 + single.sample.indicators.length + 2);
    expect(header).toContain('财政存量资金变动率');
    expect(ws.rowCount).toBe(5);
    const rows = [2, 3, 4, 5].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => r[3])).toEqual([
      'b-better.xlsx',
      'a-pingshi.xlsx',
      'c-incomplete.xlsx',
      'd-broken.xlsx',
    ]);
    expect(rows.map((r) => r[4])).toEqual([
      single.better.total,
      single.sample.total,
      single.incomplete.total,
      undefined,
    ]);
    expect(single.better.total).toBe(98.9);
    expect(rows[0].slice(0, 7)).toEqual([1, '=1+1 乙部门', 2020, 'b-better.xlsx', 98.9, '优', '完整']);
    expect(rows[2][6]).toBe('不完整');
    expect(rows[3][6]).toBe('无法评价');
    // Each indicator's score, in the header's order.
    const stock = header.indexOf('财政存量资金变动率');
    expect(rows[1][stock]).toBe(single.sample.indicators.find((i) => i.id === 'stock_funds_change')?.score);
    const procurement = header.indexOf('政府采购执行率');
    expect(rows[2][procurement]).toBeUndefined();
    // The sample's two failed checks, and the incomplete file's input problem naming its cell.
    const failed = String(rows[1][header.length - 2]);
    expect(failed).toContain('资产构成');
    expect(failed).toContain('功能分类决算合计');
    expect(String(rows[2][header.length - 1])).toContain('PE_ProcurementPlan');
    expect(String(rows[3][header.length - 1])).toContain('不是 Excel 工作簿');
    // Grades coloured: 优 green.
    const fill = ws.getRow(2).getCell(6).fill;
    expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
  });

  it('汇总.xlsx: header frozen, autofilter over the table, the department name stored as text', async () => {
    await folderRun();
    const { xml, sharedStrings } = await sheetXml(path.join(outOf('all'), '汇总.xlsx'), '汇总');
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+5"\/>/);
    expect(xml).not.toContain('<f>');
    expect(sharedStrings).toContain('=1+1 乙部门');
  });
});

describe('batch exit codes', () => {
  it('0 when every workbook is complete; --json prints one contract line per file; --report writes each draft', async () => {
    const run = await completeRun();
    expectNoStack(run);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file).sort()).toEqual(['a-pingshi.xlsx', 'b-better.xlsx']);
    expect(lines.every((l) => l.complete === true)).toBe(true);
    for (const base of ['a-pingshi', 'b-better']) {
      const docx = await fs.readFile(path.join(outOf('complete'), `${base}.自评报告.docx`));
      expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('3 when some workbook is incomplete (messages in English with --lang en)', async () => {
    const run = await incompleteRun();
    expectNoStack(run);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('2 files in');
    expect(run.stdout).toContain('1 complete, 1 incomplete, 0 could not be evaluated');
    const lines = await jsonl(outOf('incomplete'));
    const incomplete = lines.find((l) => l.file === 'c-incomplete.xlsx') as unknown as JsonResult;
    expect(incomplete.complete).toBe(false);
    expect(incomplete.indicators.find((i) => i.id === 'procurement_rate')?.messages.join(' ')).toMatch(
      /zero/i,
    );
  });

  it('draws a progress bar on a terminal instead of plain lines', async () => {
    // util-linux `script` gives the command a pseudo-terminal (Debian's bsdutils, always present).
    const command = [process.execPath, CLI_MAIN, 'batch', files.sample, files.better, '--out', outOf('tty')]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/=+ 2\/2/);
    expect(run.stdout).toContain('\x1b[');
    expect(run.stdout).not.toMatch(/\[\d\/2\] /);
    expect(run.stdout).toContain('完整 2，不完整 0，无法评价 0');
  });

  it('2 with one line when the out folder is the input folder, writing nothing', async () => {
    const run = await runCliProcess(['batch', input, '--out', input]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('输出文件夹不能是输入文件夹');
    expect(existsSync(path.join(input, 'results.jsonl'))).toBe(false);
  });

  it('2 with one line for a folder without workbooks, and for a missing --out', async () => {
    const empty = await makeTempDir('batch-empty');
    try {
      const run = await runCliProcess(['batch', empty, '--out', path.join(empty, 'out')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('没有找到 .xlsx 工作簿');
      const noOut = await runCliProcess(['batch', empty]);
      expect(noOut.status).toBe(2);
      expect(noOut.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(noOut.stderr).toContain('--out');
    } finally {
      await fs.rm(empty, { recursive: true, force: true });
    }
  });
});
