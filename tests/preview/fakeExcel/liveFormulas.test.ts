/**
 * The functions the evaluation sheet's live columns use (IFERROR, ISNUMBER, COUNTIF), so the
 * preview shows what Excel would instead of #NAME?.
 */
import { fakeWorkbookFromSpec } from '../../../src/preview/fakeExcel';

function show(formula: string): number | string | boolean | null {
  const wb = fakeWorkbookFromSpec({
    sheets: [{ name: 'S', cells: { A1: '一致', A2: '已过期', A3: '已过期', A4: 5, B1: 0, B2: 4 } }],
    names: [{ name: 'PE_Zero', refersTo: 'S!$B$1' }],
  });
  wb.setCellValue('S!D1', formula);
  return wb.getValue('S!D1');
}

describe('live-column functions of the fake formula evaluator', () => {
  test('IFERROR gives the fallback only for an error', () => {
    expect(show('=IFERROR(S!B2/PE_Zero,"无法计算")')).toBe('无法计算');
    expect(show('=IFERROR(S!B2/2,"无法计算")')).toBe(2);
  });

  test('ISNUMBER', () => {
    expect(show('=ISNUMBER(S!B2)')).toBe(true);
    expect(show('=ISNUMBER(S!A1)')).toBe(false);
    expect(show('=ISNUMBER(S!C9)')).toBe(false);
  });

  test('COUNTIF with an equality criterion', () => {
    expect(show('=COUNTIF(S!A1:A4,"已过期")')).toBe(2);
    expect(show('=COUNTIF(S!A1:A4,5)')).toBe(1);
    expect(show('=IF(COUNTIF(S!A1:A4,"已过期")>0,"已过期","一致")')).toBe('已过期');
    expect(show('=COUNTIF(S!A1:A4,">1")')).toBe('#NAME?');
  });
});
