import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import {
  buildDepartmentWorkbook,
  departmentWorkbookBytes,
  SAMPLE_OPTIONS,
  sampleZipDate,
} from '../../../src/workbook/xlsx/departmentWorkbook';
import { loadSample, REPO_ROOT } from './helpers';

const EXAMPLE = path.join(REPO_ROOT, 'examples/pingshi-2020.xlsx');

describe('the committed example workbook', () => {
  it('is what the builder makes from the spec sample (rebuild with npm run make:sample)', async () => {
    const sample = loadSample();
    const build = () =>
      departmentWorkbookBytes(
        buildDepartmentWorkbook(sample.inputs, sample.functional, SAMPLE_OPTIONS),
        sampleZipDate(),
      );
    const [first, second] = [await build(), await build()];
    expect(first.equals(second)).toBe(true);
    expect(first.equals(await fs.readFile(EXAMPLE))).toBe(true);
  });

  it('looks like a department workbook: formats, headers, totals below the table', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.readFile(EXAMPLE);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['基础数据', '功能分类', '人工评分']);
    expect(workbook.creator).toBe('乐昌市人民政府坪石办事处');
    const basic = workbook.getWorksheet('基础数据')!;
    expect(basic.getCell('B4').value).toBe('项目');
    expect(basic.getCell('B4').font.bold).toBe(true);
    expect(basic.getCell('C6').numFmt).toBe('#,##0.00##');
    expect(basic.getCell('C32').numFmt).toBe('0');
    expect(basic.getCell('B48').value).toBe('公众或服务对象满意度');
    expect(basic.getCell('C48').value).toBe(0.95);
    expect(basic.getCell('C48').numFmt).toBe('0%');
    expect(basic.getCell('A5').value).toBe('一、预算');
    expect(basic.getColumn(2).width).toBeGreaterThan(20);
    const functional = workbook.getWorksheet('功能分类')!;
    expect(functional.getCell('A7').value).toBe('合计');
    expect(functional.getCell('C7').value).toEqual({ formula: 'SUM(C3:C6)' });
    const scores = workbook.getWorksheet('人工评分')!;
    expect(scores.getCell('C8').value).toBe(6);
  });
});
