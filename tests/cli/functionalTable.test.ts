/**
 * PE_FunctionalTable through propose and bind: the table proposed with its source block, the
 * 按功能分类的收支表 block of 绩效数据 linked to the department's cells, and the sum checks of
 * spec §8 on the bound copy (functional_expenditure_sum fails: 674.18 ≠ 672.18).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { JsonResult } from '../../src/engine';
import { runCli } from '../../src/cli/main';
import { clerkWorkbook, functionalSheet } from '../binding/clerkWorkbook';
import { loadWorkbook, makeTempDir, sheetXml } from './support/files';
import { CLERK_TYPED } from '../../src/preview/clerkWorkbook';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('functional-cli');
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

/** The one range a workbook-scoped name points at, as exceljs keeps it. */
function nameRange(wb: Workbook, name: string): string | undefined {
  const ranges = wb.definedNames.getRanges(name).ranges;
  return ranges.length === 1 ? ranges[0] : undefined;
}

interface Entry {
  name: string;
  address: string;
  value: unknown;
  unit: string;
  confidence: number;
}

describe('propose', () => {
  it('lists the table as one proposal of the documented shape, its address the source block', async () => {
    const file = await save(clerkWorkbook({ functional: true }), 'clerk-ft.xlsx');
    const r = await run(['propose', file, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { proposals: Entry[]; unmatched: string[]; existing: string[] };
    expect(Object.keys(json)).toEqual(['proposals', 'unmatched', 'existing']);
    const table = json.proposals.filter((p) => p.name === 'PE_FunctionalTable');
    expect(table).toHaveLength(1);
    expect(Object.keys(table[0])).toEqual([
      'name',
      'address',
      'label',
      'labelAddress',
      'value',
      'unit',
      'confidence',
    ]);
    expect(table[0]).toMatchObject({
      address: "'支出决算表'!D6:J12",
      labelAddress: "'支出决算表'!D4",
      unit: '万元',
      value: [
        ['一般公共服务支出', 561.58, 600.59, 452.3],
        ['社会保障和就业支出', 45.44, 54.19, 275.64],
        ['医疗卫生与计划生育支出', 13.42, 15.8, 11.86],
        ['公共安全支出', 3.6, 3.6, 0],
      ],
    });
    expect(json.unmatched).not.toContain('PE_FunctionalTable');
    // The scalar figures are as they were without the table.
    expect(json.proposals.find((p) => p.name === 'PE_Expenditure')).toMatchObject({ value: 672.18 });
    expect(json.proposals.find((p) => p.name === 'PE_BudgetInitial')).toMatchObject({ value: 624.04 });

    const human = await run(['propose', file]);
    expect(human.out).toContain('PE_FunctionalTable  按功能分类的收支表 一般公共预算财政拨款支出决算表');
    expect(human.out).toContain("← '支出决算表'!D6:J12");
    expect(human.out).toContain('款/项 3 行');
  });

  it('says why a distractor was not taken, and lists the table as unmatched', async () => {
    // The overview table mixes 一般公共服务支出 with 项目支出: not a functional table.
    const file = await save(clerkWorkbook(), 'clerk-noft.xlsx');
    const json = JSON.parse((await run(['propose', file, '--json'])).out) as { unmatched: string[] };
    expect(json.unmatched).toContain('PE_FunctionalTable');
    const human = await run(['propose', file]);
    expect(human.out).toContain(
      "未采用“乐昌市人民政府坪石办事处2020年度收入支出决算总表”的表格（'收支决算总表'!A6）",
    );
    expect(human.out).toContain('未找到按功能分类的收支表');
  });
});

describe('bind', () => {
  it('links the block in 绩效数据, names it, and the copy evaluates to the checks of spec §8', async () => {
    const file = await save(clerkWorkbook({ functional: true }), 'clerk-ft-bind.xlsx');
    const bound = path.join(dir, 'clerk-ft-bound.xlsx');
    const r = await run(['bind', file, '--out', bound]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("PE_FunctionalTable  按功能分类的收支表 4 行 → '绩效数据'!$A$52:$D$55");

    const wb = await loadWorkbook(bound);
    expect(nameRange(wb, 'PE_FunctionalTable')).toBe("'绩效数据'!$A$52:$D$55");
    const { xml } = await sheetXml(bound, '绩效数据');
    expect(xml).toContain("<f>'支出决算表'!E6</f><v>561.58</v>");
    expect(xml).toContain("<f>'支出决算表'!G9</f><v>54.19</v>");
    expect(xml).toContain("<f>'支出决算表'!J12</f><v>0</v>");
    const data = wb.getWorksheet('绩效数据')!;
    expect(data.getCell('A50').value).toBe('按功能分类的收支表（PE_FunctionalTable，单位：万元）');
    expect(data.getCell('A54').value).toBe('医疗卫生与计划生育支出');

    // Right after bind: the table's sums are checked (the rest waits for what is to type).
    const first = JSON.parse(
      (await run([bound, '--out', path.join(dir, 'ft-e1.xlsx'), '--json'])).out,
    ) as JsonResult;
    const check = (res: JsonResult, id: string) => res.checks.find((c) => c.id === id);
    expect(check(first, 'functional_budget_sum')?.ok).toBe(true);
    expect(check(first, 'functional_expenditure_sum')?.ok).toBe(false);

    for (const [name, v] of Object.entries(CLERK_TYPED)) {
      const range = nameRange(wb, name) ?? '';
      const cell = /!\$?([A-Z]+)\$?(\d+)$/.exec(range);
      data.getCell(`${cell?.[1]}${cell?.[2]}`).value = v;
    }
    const filled = path.join(dir, 'clerk-ft-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const full = JSON.parse(
      (await run([filled, '--out', path.join(dir, 'ft-e2.xlsx'), '--json'])).out,
    ) as JsonResult;
    expect(full.complete).toBe(true);
    expect(full.total).toBe(96.9);
    expect(full.grade).toBe('优');
    // Spec §8: assets_composition and functional_expenditure_sum fail, the others pass.
    expect(Object.fromEntries(full.checks.map((c) => [c.id, c.ok]))).toEqual({
      assets_composition: false,
      functional_budget_sum: true,
      functional_expenditure_sum: false,
      fixed_in_use_within_total: true,
      counts_within_base: true,
    });
    expect(check(full, 'functional_expenditure_sum')?.message).toContain('674.18');
    expect(check(full, 'functional_expenditure_sum')?.message).toContain('672.18');
  });

  it('divides a 元 table by 10000 in the formula and caches the exact result', async () => {
    const wb = clerkWorkbook();
    wb.addWorksheet('功能分类').addRows([
      ['支出决算表（按功能分类）'],
      ['单位：元'],
      ['科目名称', '年初预算数', '本年决算数', '上年决算数'],
      ['一般公共服务支出', 5615800, 6005900, 4523000],
      ['社会保障和就业支出', 454400, 541900.5, 2756400],
    ]);
    const file = await save(wb, 'clerk-yuan.xlsx');
    const bound = path.join(dir, 'clerk-yuan-bound.xlsx');
    const r = await run(['bind', file, '--out', bound]);
    expect(r.out).toContain("→ '绩效数据'!$A$52:$D$53");
    const { xml } = await sheetXml(bound, '绩效数据');
    expect(xml).toContain("<f>'功能分类'!C5/10000</f><v>54.19005</v>");
    expect(xml).toContain('原单位元，已折算为万元');
    const json = JSON.parse((await run(['propose', file, '--json'])).out) as { proposals: Entry[] };
    expect(json.proposals.find((p) => p.name === 'PE_FunctionalTable')).toMatchObject({
      unit: '元',
      value: [
        ['一般公共服务支出', 561.58, 600.59, 452.3],
        ['社会保障和就业支出', 45.44, 54.19005, 275.64],
      ],
    });
  });

  it('leaves a missing 上年决算数 to type, and keeps what was typed when bound again', async () => {
    const wb = clerkWorkbook();
    wb.addWorksheet('功能分类').addRows([
      ['科目名称', '年初预算数', '本年决算数'],
      ['一般公共服务支出', 561.58, 600.59],
      ['公共安全支出', 3.6, 3.6],
    ]);
    const file = await save(wb, 'clerk-noprior.xlsx');
    const once = path.join(dir, 'noprior-once.xlsx');
    const r = await run(['bind', file, '--out', once]);
    expect(r.out).toContain('表中没有 上年决算数 列');
    const bound = await loadWorkbook(once);
    const data = bound.getWorksheet('绩效数据')!;
    expect(data.getCell('D52').value).toBeNull();
    expect(data.getCell('G52').value).toBe('请填写：上年决算数（万元）');
    data.getCell('D52').value = 452.3;
    data.getCell('D53').value = 0;
    const typed = path.join(dir, 'noprior-typed.xlsx');
    await bound.xlsx.writeFile(typed);
    const twice = path.join(dir, 'noprior-twice.xlsx');
    expect((await run(['bind', typed, '--out', twice])).code).toBe(0);
    const again = (await loadWorkbook(twice)).getWorksheet('绩效数据')!;
    expect(again.getCell('D52').value).toBe(452.3);
    expect(again.getCell('D53').value).toBe(0);
    expect(again.getCell('B52').value).toMatchObject({ formula: "'功能分类'!B2" });
    const res = JSON.parse(
      (await run([twice, '--out', path.join(dir, 'np.xlsx'), '--json'])).out,
    ) as JsonResult;
    expect(res.checks.find((c) => c.id === 'functional_budget_sum')).toBeDefined();
  });

  it('without a table: no name, rows to type, and typed rows become the table on the next bind', async () => {
    const file = await save(clerkWorkbook(), 'clerk-type-ft.xlsx');
    const once = path.join(dir, 'type-ft-once.xlsx');
    const r = await run(['bind', file, '--out', once]);
    expect(r.out).toContain('按功能分类的收支表（可选）');
    const wb = await loadWorkbook(once);
    expect(nameRange(wb, 'PE_FunctionalTable')).toBeUndefined();
    // No table, no sum checks (an empty table would compare 0 with the budget).
    const res = JSON.parse(
      (await run([once, '--out', path.join(dir, 't1.xlsx'), '--json'])).out,
    ) as JsonResult;
    expect(res.checks.map((c) => c.id)).not.toContain('functional_budget_sum');

    const data = wb.getWorksheet('绩效数据')!;
    expect(data.getCell('E52').value).toBe('待填写');
    data.getRow(52).values = ['一般公共服务支出', 561.58, 600.59, 452.3];
    data.getRow(53).values = ['=cmd|x', 62.46, 73.59, 287.5];
    const typed = path.join(dir, 'type-ft-typed.xlsx');
    await wb.xlsx.writeFile(typed);
    const twice = path.join(dir, 'type-ft-twice.xlsx');
    const r2 = await run(['bind', typed, '--out', twice]);
    expect(r2.out).toContain("保留手工填写的 2 行 → '绩效数据'!$A$52:$D$55");
    const again = await loadWorkbook(twice);
    expect(nameRange(again, 'PE_FunctionalTable')).toBe("'绩效数据'!$A$52:$D$55");
    // Typed text stays text, never a formula.
    expect(again.getWorksheet('绩效数据')!.getCell('A53').value).toBe('=cmd|x');
    const e = JSON.parse(
      (await run([twice, '--out', path.join(dir, 't2.xlsx'), '--json'])).out,
    ) as JsonResult;
    expect(e.checks.find((c) => c.id === 'functional_budget_sum')?.ok).toBe(true); // 561.58 + 62.46
  });

  it('keeps the last figures as typed rows when a table bound before is no longer recognised', async () => {
    const file = await save(clerkWorkbook({ functional: true }), 'clerk-lost.xlsx');
    const once = path.join(dir, 'lost-once.xlsx');
    expect((await run(['bind', file, '--out', once])).code).toBe(0);
    const wb = await loadWorkbook(once);
    // Retitled as a 项目支出 table: refused on the next bind.
    wb.getWorksheet('支出决算表')!.getCell('A1').value = '项目支出决算表';
    const edited = path.join(dir, 'lost-edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const twice = path.join(dir, 'lost-twice.xlsx');
    const r = await run(['bind', edited, '--out', twice]);
    expect(r.out).toContain("保留手工填写的 4 行 → '绩效数据'!$A$52:$D$57");
    const again = await loadWorkbook(twice);
    expect(nameRange(again, 'PE_FunctionalTable')).toBe("'绩效数据'!$A$52:$D$57");
    const data = again.getWorksheet('绩效数据')!;
    expect(data.getCell('B52').value).toBe(561.58);
    expect(data.getCell('E52').value).toBe('上次绑定的数值（未再识别到来源，改为手工填写）');
    const e = JSON.parse(
      (await run([twice, '--out', path.join(dir, 'lost.xlsx'), '--json'])).out,
    ) as JsonResult;
    expect(e.checks.find((c) => c.id === 'functional_expenditure_sum')?.ok).toBe(false);
  });

  it('offers two different tables as a choice and binds neither', async () => {
    const wb = clerkWorkbook({ functional: true });
    functionalSheet(wb, '支出决算表（旧）');
    wb.getWorksheet('支出决算表（旧）')!.getCell('E6').value = 500;
    const file = await save(wb, 'clerk-two.xlsx');
    const json = JSON.parse((await run(['propose', file, '--json'])).out) as { proposals: Entry[] };
    expect(
      json.proposals
        .filter((p) => p.name === 'PE_FunctionalTable')
        .map((p) => p.address)
        .sort(),
    ).toEqual(["'支出决算表'!D6:J12", "'支出决算表（旧）'!D6:J12"]);
    const out = path.join(dir, 'clerk-two-bound.xlsx');
    const r = await run(['bind', file, '--out', out]);
    expect(r.out).toContain('有多个相近的按功能分类的收支表，未绑定');
    expect(nameRange(await loadWorkbook(out), 'PE_FunctionalTable')).toBeUndefined();
  });
});
