/**
 * The 数值 that binding writes for numbers stored as text, recalculated by LibreOffice (a judge we
 * did not write): VALUE() of the department's text cell is a number, a later edit of that text
 * flows through, and the typed copies of figures read from a text stay what was read.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { cellsWorkbook } from '../binding/cellsWorkbook';
import { loadWorkbook, makeTempDir } from '../cli/support/files';
import { convertToCsv, findSoffice, makeRecalcProfile, parseCsv, sheetCsvPath } from './soffice';

jest.setTimeout(200_000);

let dir: string;
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

it('VALUE() of a text number recalculates to the number, and follows an edit of the text', async () => {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      'LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc',
    );
  dir = await makeTempDir('binding-cells-lo');
  const input = path.join(dir, 'cells.xlsx');
  await cellsWorkbook().xlsx.writeFile(input);
  const bound = path.join(dir, 'bound.xlsx');
  expect(await runCli(['bind', input, '--out', bound], { out: () => undefined, err: () => undefined })).toBe(
    0,
  );

  // The clerk retypes the figure in their own table, still as text with separators.
  const changed = path.join(dir, 'changed.xlsx');
  const edit = await loadWorkbook(bound);
  edit.getWorksheet('收支决算总表')!.getCell('D4').value = '6,500,000.00';
  await edit.xlsx.writeFile(changed);

  const profile = await makeRecalcProfile(path.join(dir, 'profile'));
  const csv = path.join(dir, 'csv');
  await convertToCsv(soffice, profile, [bound, changed], csv);
  const data = async (file: string): Promise<Map<string, string>> => {
    const rows = parseCsv(await fs.readFile(sheetCsvPath(csv, file, '绩效数据'), 'utf8'));
    return new Map(rows.filter((r) => r[1]?.startsWith('PE_')).map((r) => [r[1], r[2]]));
  };
  const before = await data(bound);
  expect(before.get('PE_Expenditure')).toBe('672.18');
  expect(before.get('PE_BudgetAdjusted')).toBe('681.72');
  expect(before.get('PE_BudgetInitial')).toBe('624.04');
  expect(before.get('PE_AssetsTotal')).toBe('316.7');
  expect(before.get('PE_DeptName')).toBe('乐昌市人民政府坪石办事处');
  const after = await data(changed);
  expect(after.get('PE_Expenditure')).toBe('650');
  expect(after.get('PE_BudgetAdjusted')).toBe('681.72');
});
