/**
 * propose and bind on a workbook whose “三公” table is in 元 without saying so, beside a 收支
 * table in 万元: the command line says the figure was read as 元 by its size, and the bound copy
 * divides it by 10000 and says why in 来源.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { loadWorkbook, makeTempDir, nameTarget, sheetXml } from './support/files';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await makeTempDir('unit-by-scale');
  input = path.join(dir, 'dept.xlsx');
  const wb = new ExcelJS.Workbook();
  const overview = wb.addWorksheet('收支情况');
  overview.addRows([
    ['2024年度收支情况'],
    ['单位：万元'],
    ['项目', '年初预算数', '调整后预算数', '本年支出'],
    ['合计', 1532.1, 1632.23, 1364.39],
  ]);
  const threePublic = wb.addWorksheet('三公经费');
  threePublic.addRows([
    ['项目', '预算数', '决算数'],
    ['“三公”经费合计', 45000.5, 41230],
  ]);
  // A figure that states no unit and is no larger than 万元 allows: read as 万元, and said so.
  wb.addWorksheet('存量资金').addRows([['年末财政存量资金', 300.5]]);
  await wb.xlsx.writeFile(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n') };
}

const under = (out: string, name: string): string => {
  const lines = out.split('\n');
  return lines[lines.findIndex((l) => l.includes(name)) + 1];
};

it('propose says the figure was read as 元 by its size, in Chinese and in English', async () => {
  const zh = await run(['propose', input]);
  expect(zh.code).toBe(0);
  expect(zh.out).toMatch(/PE_ThreePublicBudget .*= 4\.50005 万元（原表 45000\.5 元） {2}← '三公经费'!B2/);
  expect(under(zh.out, 'PE_ThreePublicBudget')).toMatch(/注意：表中未注明单位；按万元读取比其他数据大得多/);
  const en = await run(['propose', input, '--lang', 'en']);
  expect(under(en.out, 'PE_ThreePublicActual')).toMatch(/note: the table states no unit; .* read as 元/);
  const json = JSON.parse((await run(['propose', input, '--json'])).out) as {
    proposals: Array<{ name: string; value: number; unit: string }>;
  };
  expect(json.proposals.find((p) => p.name === 'PE_ThreePublicActual')).toMatchObject({
    value: 4.123,
    unit: '元',
  });
});

it('bind divides the figure by 10000 and 来源 says why', async () => {
  const out = path.join(dir, 'bound.xlsx');
  const r = await run(['bind', input, '--out', out, '--min-confidence', '0.5']);
  expect(r.code).toBe(0);
  const { xml } = await sheetXml(out, '绩效数据');
  expect(xml).toContain("<f>'三公经费'!B2/10000</f><v>4.50005</v>");
  const wb = await loadWorkbook(out);
  const { sheet, cell } = nameTarget(wb, 'PE_ThreePublicBudget');
  const row = wb.getWorksheet(sheet)!.getRow(Number(wb.getWorksheet(sheet)!.getCell(cell).row));
  expect(row.getCell(5).text).toMatch(
    /'三公经费'!B2，原单位元，已折算为万元，表中未注明单位，按数额判断为元/,
  );
});

it('bind says in 来源 which figures had no unit in their table, and only those', async () => {
  const out = path.join(dir, 'bound-source.xlsx');
  expect((await run(['bind', input, '--out', out, '--min-confidence', '0.5'])).code).toBe(0);
  const wb = await loadWorkbook(out);
  const source = (name: string): string => {
    const t = nameTarget(wb, name);
    const ws = wb.getWorksheet(t.sheet)!;
    return ws.getRow(Number(ws.getCell(t.cell).row)).getCell(5).text;
  };
  // The 收支 table states 万元; the “三公” table states nothing and was read as 元 by its size.
  expect(source('PE_Expenditure')).toBe("合计 × 本年支出（'收支情况'!D4）");
  expect(source('PE_ThreePublicActual')).not.toMatch(/按万元读取/);
  expect(source('PE_StockFundsEnd')).toBe("年末财政存量资金（'存量资金'!B1，表中未注明单位，按万元读取）");
});
