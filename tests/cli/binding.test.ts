/**
 * propose and bind on a department's own workbook with no names: the proposals as JSON, the copy
 * with 绩效数据 and the names, and the evaluation of that copy once the missing counts are typed.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { DEFAULT_RULE_SET, type JsonResult } from '../../src/engine';
import { runCli } from '../../src/cli/main';
import { clerkWorkbook } from '../binding/clerkWorkbook';
import { loadWorkbook, makeTempDir, nameTarget, sha256, sheetXml } from './support/files';
import { CLERK_TYPED } from '../../src/preview/clerkWorkbook';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('binding-cli');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function save(wb: Workbook, file: string): Promise<string> {
  const target = path.join(dir, file);
  await wb.xlsx.writeFile(target);
  return target;
}

interface ProposeJson {
  proposals: Array<Record<string, unknown>>;
  unmatched: string[];
  existing: string[];
}

describe('propose', () => {
  it('prints exactly the documented JSON: proposals, unmatched, existing', async () => {
    const file = await save(clerkWorkbook(), 'clerk.xlsx');
    const r = await run(['propose', file, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ProposeJson;
    expect(Object.keys(json)).toEqual(['proposals', 'unmatched', 'existing']);
    for (const p of json.proposals)
      expect(Object.keys(p)).toEqual([
        'name',
        'address',
        'label',
        'labelAddress',
        'value',
        'unit',
        'confidence',
      ]);
    const three = json.proposals.find((p) => p.name === 'PE_ThreePublicBudget');
    // 130000 元 in the table, 13 万元 for the evaluation.
    expect(three).toMatchObject({
      address: "'三公经费'!C4",
      value: 13,
      unit: '元',
      labelAddress: "'三公经费'!A4",
    });
    expect(json.proposals.find((p) => p.name === 'PE_Expenditure')).toMatchObject({
      value: 672.18,
      unit: '万元',
    });
    expect(json.unmatched).toContain('PE_KeyTasksDone');
    expect(json.existing).toEqual([]);
  });

  it('says so when a workbook holds no label it knows', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['Name', 'Qty'],
      ['apples', 3],
    ]);
    const file = await save(wb, 'other.xlsx');
    const r = await run(['propose', file]);
    expect(r.code).toBe(3);
    expect(r.out).toContain('没有识别到任何评价所需数据的标签');
  });

  it('answers a missing file in one line', async () => {
    const r = await run(['propose', path.join(dir, 'nope.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
  });
});

describe('bind', () => {
  it('writes a copy with 绩效数据 and the names; the input stays as it was', async () => {
    const file = await save(clerkWorkbook(), 'clerk-bind.xlsx');
    const before = await sha256(file);
    const out = path.join(dir, 'clerk-bound.xlsx');
    const r = await run(['bind', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(await sha256(file)).toBe(before);
    expect(r.out).toContain('已绑定');
    expect(r.out).toContain('PE_KeyTasksPlanned');

    const wb = await loadWorkbook(out);
    expect(nameTarget(wb, 'PE_BudgetInitial')).toEqual({ sheet: '绩效数据', cell: 'C8' });
    expect(nameTarget(wb, 'PE_KeyTasksPlanned').sheet).toBe('绩效数据');
    const { xml } = await sheetXml(out, '绩效数据');
    // A live link to the department's cell, ÷10000 from a 元 table, with its result cached.
    expect(xml).toContain("<f>'三公经费'!C4/10000</f><v>13</v>");
    expect(xml).toContain("<f>'收支决算总表'!C4</f><v>624.04</v>");
    // The department's own sheets are untouched.
    const original = await loadWorkbook(file);
    expect(wb.getWorksheet('三公经费')?.getCell('C4').value).toBe(
      original.getWorksheet('三公经费')?.getCell('C4').value,
    );
  });

  it('makes a copy that evaluates at once, and completely once the missing figures are typed', async () => {
    const file = await save(clerkWorkbook(), 'clerk-eval.xlsx');
    const bound = path.join(dir, 'clerk-eval-bound.xlsx');
    expect((await run(['bind', file, '--out', bound])).code).toBe(0);
    const first = await run([bound, '--out', path.join(dir, 'e1.xlsx'), '--json']);
    const partial = JSON.parse(first.out) as JsonResult;
    expect(partial.indicators.find((i) => i.id === 'budget_expenditure_rate')?.value).toBe(98.6);
    expect(partial.indicators.find((i) => i.id === 'three_public_control')?.value).toBe(95.85);
    expect(partial.complete).toBe(false);

    // The clerk types what no table holds into 绩效数据.
    const wb = await loadWorkbook(bound);
    for (const [name, v] of Object.entries(CLERK_TYPED)) {
      const { sheet, cell } = nameTarget(wb, name);
      wb.getWorksheet(sheet)!.getCell(cell).value = v;
    }
    const filled = path.join(dir, 'clerk-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const full = JSON.parse(
      (await run([filled, '--out', path.join(dir, 'e2.xlsx'), '--json'])).out,
    ) as JsonResult;
    // Found and typed together these are the sample's figures: the golden total (spec §8).
    expect(full.complete).toBe(true);
    expect(full.total).toBe(96.9);
    expect(full.indicators.map((i) => i.id)).toEqual(DEFAULT_RULE_SET.indicators.map((i) => i.id));
  });

  it('keeps what the clerk typed when bound again, and leaves names the workbook had alone', async () => {
    const wb = clerkWorkbook();
    wb.getWorksheet('基本情况')!.getCell('E1').value = 8;
    wb.definedNames.add("'基本情况'!$E$1", 'PE_KeyTasksDone');
    const file = await save(wb, 'clerk-named.xlsx');
    const once = path.join(dir, 'named-once.xlsx');
    const r = await run(['bind', file, '--out', once]);
    expect(r.out).toContain('已有名称（保持不变）：PE_KeyTasksDone');
    const bound = await loadWorkbook(once);
    expect(nameTarget(bound, 'PE_KeyTasksDone')).toEqual({ sheet: '基本情况', cell: 'E1' });
    const { sheet, cell } = nameTarget(bound, 'PE_TargetsSet');
    bound.getWorksheet(sheet)!.getCell(cell).value = 40;
    const typed = path.join(dir, 'named-typed.xlsx');
    await bound.xlsx.writeFile(typed);
    const twice = path.join(dir, 'named-twice.xlsx');
    expect((await run(['bind', typed, '--out', twice])).code).toBe(0);
    const again = await loadWorkbook(twice);
    expect(again.getWorksheet('绩效数据')!.getCell(cell).value).toBe(40);
    expect(nameTarget(again, 'PE_TargetsSet')).toEqual({ sheet: '绩效数据', cell });
  });

  it('refuses to write over a 绩效数据 sheet it did not create', async () => {
    const wb = clerkWorkbook();
    wb.addWorksheet('绩效数据').getCell('A1').value = '科室自己的表';
    const file = await save(wb, 'clerk-foreign.xlsx');
    const r = await run(['bind', file, '--out', path.join(dir, 'foreign-out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是本程序生成的');
  });

  it('asks for --out and a sensible --min-confidence', async () => {
    const file = await save(clerkWorkbook(), 'clerk-args.xlsx');
    expect((await run(['bind', file])).err).toContain('--out');
    const bad = await run(['bind', file, '--out', path.join(dir, 'x.xlsx'), '--min-confidence', '2']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--min-confidence');
    const strict = await run([
      'bind',
      file,
      '--out',
      path.join(dir, 'strict.xlsx'),
      '--min-confidence',
      '0.9',
    ]);
    expect(strict.out).toContain('低于 0.90，未绑定');
  });
});
