/**
 * The preview holds exactly the bundled sample: every input name read through the Office
 * adapter from the preview's fake workbook equals what the xlsx adapter reads from
 * examples/pingshi-2020.xlsx (regenerate with `npm run make:preview` when the sample changes).
 */
import * as path from 'path';
import { INPUT_NAMES } from '../../src/engine';
import { sampleWorkbook, previewOptionsFromQuery } from '../../src/preview/sampleWorkbook';
import { runEvaluationFlow } from '../../src/workbook/flow';
import { DEFAULT_SHEET_NAME } from '../../src/workbook/layout';
import { createOfficeWorkbookPort } from '../../src/workbook/office';
import { openXlsxWorkbook } from '../../src/workbook/xlsx';

const SAMPLE = path.resolve(__dirname, '../../examples/pingshi-2020.xlsx');
const request = { names: [...INPUT_NAMES], sheetName: DEFAULT_SHEET_NAME };

describe('the preview workbook', () => {
  test('reads the same inputs as the sample .xlsx file', async () => {
    const file = await (await openXlsxWorkbook(SAMPLE)).read(request);
    const wb = sampleWorkbook();
    const fake = await createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }).read(request);
    expect(fake.inputs).toEqual(file.inputs);
    expect(fake.inputs.every((i) => i.status === 'range')).toBe(true);
    expect(wb.sheets.map((s) => s.name)).toEqual(['基础数据', '功能分类', '人工评分']);
  });

  test('evaluates to the golden result, 96.90 优', async () => {
    const wb = sampleWorkbook();
    const result = await runEvaluationFlow(
      createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }),
    );
    expect(result.evaluation.total.toFixed(2)).toBe('96.90');
    expect(result.evaluation.grade).toBe('优');
  });

  test('?missing= leaves names out; ?api= claims an older Excel', () => {
    const options = previewOptionsFromQuery('?missing=PE_ProcurementPlan,%20PE_Year&api=1.4');
    expect(options).toEqual({ missing: ['PE_ProcurementPlan', 'PE_Year'], maxExcelApi: '1.4' });
    const wb = sampleWorkbook(options);
    expect(wb.workbookName('PE_ProcurementPlan')).toBeUndefined();
    expect(wb.workbookName('PE_Year')).toBeUndefined();
    expect(wb.workbookName('PE_Expenditure')).toBeDefined();
    expect(wb.isSetSupported('ExcelApi', '1.7')).toBe(false);
    expect(previewOptionsFromQuery('?api=evil')).toEqual({ missing: [] });
  });
});
