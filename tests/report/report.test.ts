/**
 * The 自评报告 draft: written by `perf-eval report` on the sample, opened by LibreOffice (an
 * independent reader of .docx) and converted to text, whose figures and sentences must be the
 * evaluation's own: 96.90, 优, the four deductions, the two failed checks, the functional shares.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { D, fmt2, round, type Evaluation } from '../../src/engine';
import { runEvaluationFlow } from '../../src/workbook/flow';
import { openXlsxWorkbook } from '../../src/workbook/xlsx';
import { buildCli, runCliProcess, type CliRun } from '../cli/support/cli';
import { REPO_ROOT, makeTempDir, sha256, writeDepartment } from '../cli/support/files';
import { findSoffice, makeRecalcProfile } from '../libreoffice/soffice';

jest.setTimeout(180_000);

const SAMPLE = path.join(REPO_ROOT, 'examples', 'pingshi-2020.xlsx');

let dir: string;
let evaluation: Evaluation;
let run: CliRun;
let reportPath: string;
let text: string;
let sampleDigest: string;

/** LibreOffice Writer's plain-text export of a .docx (UTF-8). */
async function docxToText(file: string, outDir: string): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('soffice not found: the tests need LibreOffice (npm test installs it)');
  const profile = await makeRecalcProfile(path.join(outDir, 'profile'));
  const tmp = path.join(outDir, '.tmp');
  await fs.mkdir(tmp, { recursive: true });
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        outDir,
        file,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } },
    );
    let log = '';
    child.stdout.on('data', (b: Buffer) => (log += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (log += b.toString('utf8')));
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(log);
      else reject(new Error(`soffice failed (${code}):\n${log}`));
    });
  });
  const txt = path.join(outDir, `${path.basename(file, path.extname(file))}.txt`);
  try {
    return (await fs.readFile(txt, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    throw new Error(`soffice wrote no text (is libreoffice-writer installed?):\n${output}`);
  }
}

beforeAll(async () => {
  buildCli();
  dir = await makeTempDir('report');
  sampleDigest = await sha256(SAMPLE);
  const wb = await openXlsxWorkbook(SAMPLE);
  evaluation = (await runEvaluationFlow(wb, { dryRun: true })).evaluation;
  reportPath = path.join(dir, '坪石 自评报告.docx');
  run = await runCliProcess(['report', SAMPLE, '--out', reportPath]);
  text = await docxToText(reportPath, dir);
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const deducted = (): Evaluation['indicators'] =>
  evaluation.indicators.filter((i) => i.deduction !== null && !i.deduction.isZero());

describe('perf-eval report on the sample', () => {
  it('exits 0, says what it wrote, and leaves the workbook as it was', async () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('总分 96.90，等次 优');
    expect(await sha256(SAMPLE)).toBe(sampleDigest);
  });

  it('follows the structure of the filed reports, ending with the department and the date', () => {
    const heads = [
      '一、部门基本情况',
      '（四）部门整体支出情况。',
      '二、绩效自评情况',
      '三、存在问题及改进意见',
      '（一）存在的问题',
      '（二）改进措施和有关建议',
    ];
    const at = heads.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => l.trim());
    expect(lines[0]).toBe('乐昌市人民政府坪石办事处2020年度部门整体支出绩效自评报告');
    expect(lines[lines.length - 2]).toBe('乐昌市人民政府坪石办事处');
    expect(lines[lines.length - 1]).toMatch(
      /^二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日$/,
    );
  });

  it('states the total and grade of the evaluation', () => {
    expect(evaluation.complete).toBe(true);
    expect(fmt2(evaluation.total)).toBe('96.90');
    expect(evaluation.grade).toBe('优');
    expect(text).toContain(`自评得分为${fmt2(evaluation.total)}分，等次为“${evaluation.grade}”`);
  });

  it('gives every indicator its sentence of the evaluation, in the groups of the indicator system', () => {
    for (const i of evaluation.indicators) expect(text).toContain(`${i.name}。${i.commentary}`);
    expect(text.indexOf('（二）预算执行情况。')).toBeLessThan(
      text.indexOf('（三）部门整体支出目标实现程度及使用绩效。'),
    );
    expect(text).toContain('1．资金管理（22分，得19.90分）。');
  });

  it('lists the four deductions and the two failed checks as problems', () => {
    const problems = text.slice(text.indexOf('（一）存在的问题'), text.indexOf('（二）改进措施和有关建议'));
    expect(deducted().map((i) => i.id)).toEqual([
      'budget_control_rate',
      'budget_expenditure_rate',
      'stock_funds_change',
      'procurement_rate',
    ]);
    for (const i of deducted()) expect(problems).toContain(`${i.name}扣${fmt2(i.deduction!)}分`);
    const failed = evaluation.checks.filter((c) => c.ok === false);
    expect(failed.map((c) => c.id)).toEqual(['assets_composition', 'functional_expenditure_sum']);
    for (const c of failed) expect(problems).toContain(`${c.title}未通过。${c.message}`);
    const lost = deducted().reduce((s, i) => s.plus(i.deduction!), new D(0));
    expect(text).toContain(`共4项指标扣分，合计扣${fmt2(lost)}分`);
  });

  it('writes the expenditure from the figures: budgets, their differences, and the functional shares', () => {
    expect(text).toContain('本年度年初预算数624.04万元，调整后预算数681.72万元，较年初预算增加57.68万元');
    expect(text).toContain('实际支出数672.18万元，对比年初预算624.04万元增加48.14万元');
    // Shares of the functional table's own 决算 total (674.18), computed here independently.
    const rows: Array<[string, string]> = [
      ['一般公共服务支出', '600.59'],
      ['社会保障和就业支出', '54.19'],
      ['医疗卫生与计划生育支出', '15.80'],
      ['公共安全支出', '3.60'],
    ];
    const total = rows.reduce((s, [, v]) => s.plus(v), new D(0));
    for (const [label, v] of rows) {
      const share = fmt2(round(new D(v).div(total).times(100)));
      expect(text).toContain(`${label}决算${v}万元，占比${share}%`);
    }
    expect(text).toContain('同比下降80.34%');
  });

  it('marks the parts the clerk must write, highlighted in the document', async () => {
    expect((text.match(/【待填写：/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('（一）部门职能。\n【待填写：');
    const xml = await (
      await JSZip.loadAsync(await fs.readFile(reportPath))
    )
      .file('word/document.xml')!
      .async('string');
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
    const holes = runs.filter((r) => r.includes('【待填写：'));
    expect(holes.length).toBeGreaterThan(0);
    for (const r of holes) expect(r).toContain('<w:highlight w:val="yellow"/>');
    expect(runs.filter((r) => r.includes('96.90') && r.includes('<w:highlight')).length).toBe(0);
  });
});

describe('perf-eval report on an incomplete workbook', () => {
  it('exits 3 and says the evaluation is incomplete instead of giving a grade', async () => {
    const input = await writeDepartment(dir, 'incomplete.xlsx', { inputs: { PE_ProcurementPlan: 0 } });
    const out = path.join(dir, 'incomplete.docx');
    const r = await runCliProcess(['report', input, '--out', out, '--lang', 'en']);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('incomplete');
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('评价不完整：1项指标无法计分');
    expect(xml).toContain('政府采购执行率无法计分');
  });

  it('refuses to write over its input', async () => {
    const input = await writeDepartment(dir, 'same.xlsx');
    const before = await sha256(input);
    const r = await runCliProcess(['report', input, '--out', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('输出文件不能是输入文件本身');
    expect(await sha256(input)).toBe(before);
  });
});
