/**
 * A department workbook that already has a sheet of its own named 输入数据 (a common name for a
 * department's data sheet) is evaluated normally: the evaluation sheet is written, the input
 * snapshot sheet is skipped with a note, and the department's own sheet is never overwritten,
 * not even with --force (which is the user's say about the evaluation sheet only).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { OWNER_MARK } from '../../src/workbook/sheetModel';
import { buildCli, runOnFile } from './support/cli';
import { loadWorkbook, makeTempDir, writeDepartment } from './support/files';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  buildCli();
  dir = await makeTempDir('cli-pending');
}, 180_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it('evaluates a workbook that has its own 输入数据 sheet, leaving that sheet alone (also with --force)', async () => {
  const input = await writeDepartment(dir, 'own-inputs.xlsx', {
    edit: (wb) => {
      wb.addWorksheet('输入数据').getCell('A1').value = '科室原始数据';
    },
  });
  for (const args of [[], ['--force']]) {
    const out = path.join(dir, `out${args.length}.xlsx`);
    const run = await runOnFile(input, ['--out', out, ...args]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const wb = await loadWorkbook(out);
    expect(wb.getWorksheet('绩效自评')?.getSheetValues().flat()).toContain(OWNER_MARK);
    expect(wb.getWorksheet('输入数据')?.getCell('A1').value).toBe('科室原始数据');
  }
});
