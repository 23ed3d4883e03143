/**
 * A clerk's workbook with no names, bound and evaluated, recalculated by LibreOffice: the figures
 * trace back through 绩效数据 to the department's own cells, and changing one of those cells (not
 * the names, not 绩效数据) turns the evaluation sheet's status 已过期.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { clerkWorkbook } from '../binding/clerkWorkbook';
import { loadWorkbook, makeTempDir, nameTarget } from '../cli/support/files';
import { convertToCsv, findSoffice, makeRecalcProfile, parseCsv, sheetCsvPath } from './soffice';
import { CLERK_TYPED } from '../../src/preview/clerkWorkbook';

jest.setTimeout(200_000);

let dir: string;
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<number> {
  return runCli(args, { out: () => undefined, err: (s) => process.stderr.write(`${s}\n`) });
}

it('bind → type the missing figures → evaluate; a source change in the department’s sheet reads 已过期', async () => {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      'LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc',
    );
  dir = await makeTempDir('binding-lo');
  const input = path.join(dir, 'clerk.xlsx');
  await clerkWorkbook({ functional: true }).xlsx.writeFile(input);
  const bound = path.join(dir, 'bound.xlsx');
  expect(await cli(['bind', input, '--out', bound])).toBe(0);

  const wb = await loadWorkbook(bound);
  for (const [name, v] of Object.entries(CLERK_TYPED)) {
    const { sheet, cell } = nameTarget(wb, name);
    wb.getWorksheet(sheet)!.getCell(cell).value = v;
  }
  const filled = path.join(dir, 'filled.xlsx');
  await wb.xlsx.writeFile(filled);
  const evaluated = path.join(dir, 'evaluated.xlsx');
  expect(await cli([filled, '--out', evaluated])).toBe(0);

  // The budget adjusted in the department's own overview table, and a class of its functional
  // table corrected, nowhere else.
  const changed = path.join(dir, 'changed.xlsx');
  const edit = await loadWorkbook(evaluated);
  edit.getWorksheet('收支决算总表')!.getCell('E4').value = 650.4;
  edit.getWorksheet('支出决算表')!.getCell('G9').value = 52.19;
  await edit.xlsx.writeFile(changed);

  const profile = await makeRecalcProfile(path.join(dir, 'profile'));
  const csv = path.join(dir, 'csv');
  await convertToCsv(soffice, profile, [evaluated, changed], csv);
  const read = async (file: string, sheet: string): Promise<string[][]> =>
    parseCsv(await fs.readFile(sheetCsvPath(csv, file, sheet), 'utf8'));
  const status = (rows: string[][]): string | undefined =>
    rows.find((r) => r[0] === '评价表状态（实时）')?.[1];
  const dataValue = (rows: string[][], name: string): string | undefined =>
    rows.find((r) => r[1] === name)?.[2];

  const before = await read(evaluated, '绩效自评');
  expect(status(before)).toBe('一致');
  const dataBefore = await read(evaluated, '绩效数据');
  expect(dataValue(dataBefore, 'PE_ThreePublicBudget')).toBe('13');
  // The 按功能分类的收支表 block, recalculated from the department's cells: the sample's table.
  const block = (rows: string[][]): string[][] => {
    const title = rows.findIndex((r) => r[0]?.startsWith('按功能分类的收支表'));
    return rows.slice(title + 2, title + 6).map((r) => r.slice(0, 4));
  };
  expect(block(dataBefore)).toEqual([
    ['一般公共服务支出', '561.58', '600.59', '452.3'],
    ['社会保障和就业支出', '45.44', '54.19', '275.64'],
    ['医疗卫生与计划生育支出', '13.42', '15.8', '11.86'],
    ['公共安全支出', '3.6', '3.6', '0'],
  ]);
  // The evaluation sheet reports the sample's failed sum (spec §8: 674.18 ≠ 672.18).
  expect(before.some((r) => r.some((c) => c.includes('674.18') && c.includes('672.18')))).toBe(true);

  const after = await read(changed, '绩效自评');
  expect(status(after)).toBe('已过期');
  // The new figure came through 绩效数据 from the department's cell.
  const dataAfter = await read(changed, '绩效数据');
  expect(dataValue(dataAfter, 'PE_Expenditure')).toBe('650.4');
  expect(block(dataAfter)[1]).toEqual(['社会保障和就业支出', '45.44', '52.19', '275.64']);
  const header = after.findIndex((r) => r.includes('指标ID'));
  const idCol = after[header].indexOf('指标ID');
  const stateCol = after[header].indexOf('状态');
  const stale = after.filter((r) => r[stateCol] === '已过期').map((r) => r[idCol]);
  expect(stale).toEqual(expect.arrayContaining(['budget_expenditure_rate', 'carryover_rate']));
  expect(stale).not.toContain('fixed_asset_utilization');
});
