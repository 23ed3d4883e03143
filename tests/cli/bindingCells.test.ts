/**
 * propose and bind on figures that are not plain number cells (tests/binding/cellsWorkbook.ts):
 * the JSON keeps its documented shape, the printed proposals carry their warnings in both
 * languages, and the bound copy's 数值 are numbers: VALUE() for a number stored as text, a typed
 * copy for a figure inside a text, with 来源 saying which.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { JsonResult } from '../../src/engine';
import { runCli } from '../../src/cli/main';
import { cellsWorkbook } from '../binding/cellsWorkbook';
import { loadWorkbook, makeTempDir, nameTarget, sheetXml } from './support/files';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await makeTempDir('binding-cells');
  input = path.join(dir, 'cells.xlsx');
  await cellsWorkbook().xlsx.writeFile(input);
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

interface ProposalJson {
  name: string;
  address: string;
  label: string;
  labelAddress: string;
  value: number | string;
  unit: string;
  confidence: number;
}

describe('propose', () => {
  it('keeps the documented JSON shape, the warnings showing only as lower confidence', async () => {
    const r = await run(['propose', input, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { proposals: ProposalJson[]; unmatched: string[]; existing: string[] };
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
    const p = new Map(json.proposals.map((x) => [x.name, x]));
    expect(p.get('PE_DeptName')).toMatchObject({
      address: "'封面'!A2",
      labelAddress: "'封面'!A2",
      value: '乐昌市人民政府坪石办事处',
    });
    expect(p.get('PE_Year')).toMatchObject({ address: "'封面'!A3", value: 2020 });
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'封面'!A4", value: 624.04, unit: '万元' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({
      address: "'收支决算总表'!C4",
      value: 681.72,
      unit: '元',
    });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'收支决算总表'!D4", value: 672.18 });
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产'!B1", value: 316.7 });
    // A number cell beside the text ones is as sure as ever; the text ones less.
    const sure = p.get('PE_AssetsCurrent')?.confidence ?? 0;
    expect(p.get('PE_AssetsTotal')?.confidence).toBeLessThan(sure);
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'人员'!B1", value: 31 });
    expect(p.get('PE_StaffAuthorized')?.confidence).toBeLessThan(sure);
    expect(p.get('PE_StaffActual')?.confidence).toBeLessThan(0.8);
    // The 行次 stored as text is no figure.
    expect(json.proposals.some((x) => x.address === "'收支决算总表'!B4")).toBe(false);
  });

  it('prints each proposal’s warnings under it, in Chinese and in English', async () => {
    const zh = (await run(['propose', input])).out.split('\n');
    const under = (lines: string[], name: string): string =>
      lines[lines.findIndex((l) => l.includes(name)) + 1];
    expect(under(zh, 'PE_Expenditure')).toMatch(/注意：原单元格是以文本格式存储的数字/);
    expect(under(zh, 'PE_AssetsTotal')).toMatch(/文本格式存储的数字.*；数值取自单元格中的文字/);
    expect(under(zh, 'PE_StaffAuthorized')).toMatch(/来自隐藏工作表/);
    expect(under(zh, 'PE_StaffActual')).toMatch(/深度隐藏/);
    expect(under(zh, 'PE_DeptName')).toMatch(/数值取自单元格中的文字/);
    // A plain number cell has no warning; its table states no unit, and the clerk is told so.
    expect(under(zh, 'PE_AssetsCurrent')).toBe('      注意：表中未注明单位，按万元读取，请与原表核对');
    expect(under(zh, 'PE_BudgetAdjusted')).not.toMatch(/未注明单位/);
    const en = (await run(['propose', input, '--lang', 'en'])).out.split('\n');
    expect(under(en, 'PE_Expenditure')).toMatch(/note: the cell is a number stored as text/);
    expect(under(en, 'PE_StaffAuthorized')).toMatch(/hidden sheet/);
  });
});

describe('bind', () => {
  it('links a text number through VALUE(), types a figure read from a text, and says so in 来源', async () => {
    const out = path.join(dir, 'cells-bound.xlsx');
    const r = await run(['bind', input, '--out', out]);
    expect(r.code).toBe(0);
    // The very hidden sheet's figure is below the default 0.8: listed, not bound.
    expect(r.out).toMatch(
      /PE_StaffActual {2}可信度 0\.\d\d 低于 0\.80，未绑定\n {6}注意：来自深度隐藏的工作表/,
    );
    expect(r.out).toMatch(/PE_StaffAuthorized .*\n {6}注意：来自隐藏工作表/);

    const { xml } = await sheetXml(out, '绩效数据');
    expect(xml).toContain("<f>VALUE('收支决算总表'!D4)/10000</f><v>672.18</v>");
    expect(xml).toContain("<f>VALUE('收支决算总表'!C4)/10000</f><v>681.72</v>");
    expect(xml).toContain("<f>'人员'!B1</f><v>31</v>");
    const wb = await loadWorkbook(out);
    const at = (name: string) => {
      const { sheet, cell } = nameTarget(wb, name);
      const row = wb.getWorksheet(sheet)!.getCell(cell).row;
      return wb.getWorksheet(sheet)!.getRow(Number(row));
    };
    // Typed copies: numbers as numbers, the name as text; 来源 names the cell and says it is no link.
    expect(at('PE_BudgetInitial').getCell(3).value).toBe(624.04);
    expect(at('PE_AssetsTotal').getCell(3).value).toBe(316.7);
    expect(at('PE_Year').getCell(3).value).toBe(2020);
    expect(at('PE_DeptName').getCell(3).value).toBe('乐昌市人民政府坪石办事处');
    expect(at('PE_DeptName').getCell(5).text).toMatch(/'封面'!A2.*未链接/);
    expect(at('PE_AssetsTotal').getCell(5).text).toMatch(/原为文本格式的数字.*未链接/);
    expect(at('PE_Expenditure').getCell(5).text).toMatch(/已折算为万元，原为文本格式的数字/);
    expect(at('PE_StaffAuthorized').getCell(5).text).toContain('隐藏工作表');
  });

  it('makes a copy that evaluates at once from those figures', async () => {
    const out = path.join(dir, 'cells-bound-eval.xlsx');
    expect((await run(['bind', input, '--out', out])).code).toBe(0);
    const r = await run([out, '--out', path.join(dir, 'cells-evaluated.xlsx'), '--json']);
    const json = JSON.parse(r.out) as JsonResult;
    // 672.18 / 681.72, both read from numbers stored as text in a 元 table.
    expect(json.indicators.find((i) => i.id === 'budget_expenditure_rate')?.value).toBe(98.6);
  });
});
