import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';

/** Evaluate formulas in cells of a small workbook and read back what the cells show. */
function book(): FakeWorkbook {
  return fakeWorkbookFromSpec({
    sheets: [
      {
        name: '基础数据',
        cells: { C5: 624.04, C6: 681.72, C7: 672.18, C8: 'text', C9: true, D1: 0.1, D2: 0.2 },
      },
      { name: 'Sheet 2', cells: { A1: 10, A2: 20, A3: 'x' } },
      { name: '绩效自评' },
    ],
    names: [
      { name: 'PE_BudgetAdjusted', refersTo: '基础数据!$C$6' },
      { name: 'PE_Expenditure', refersTo: '基础数据!$C$7' },
      { name: 'PE_Col', refersTo: "'Sheet 2'!$A$1:$A$3" },
      { name: 'PE_Broken', refersTo: '#REF!' },
    ],
  });
}

function show(wb: FakeWorkbook, formula: string): number | string | boolean | null {
  wb.setCellValue('绩效自评!A1', formula);
  return wb.getValue('绩效自评!A1');
}

describe('fake Excel formula evaluator', () => {
  const cases: [string, number | string | boolean][] = [
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-2^2', 4],
    ['=10/4', 2.5],
    ['=基础数据!D1+基础数据!D2', 0.3], // exact decimal, not 0.30000000000000004
    ['=ROUND(PE_Expenditure/PE_BudgetAdjusted*100,2)', 98.6],
    ['=ROUND(-6.525,2)', -6.53],
    ['=ROUND(1234.5,-2)', 1200],
    ['=ABS(基础数据!C5-基础数据!C6)', 57.68],
    // VALUE as LibreOffice recalculates the same texts: ASCII digits, ',' thousands, spaces around.
    ['=VALUE("5,615.80")', 5615.8],
    ['=VALUE(" 561.58 ")', 561.58],
    ['=VALUE("6,500,000.00")/10000', 650],
    ['=VALUE("12%")', 0.12],
    ['=VALUE(基础数据!C5)', 624.04],
    ['=VALUE("５６１")', '#VALUE!'],
    ['=VALUE("5,61")', '#VALUE!'],
    ['=VALUE(基础数据!C8)', '#VALUE!'],
    ["=SUM('Sheet 2'!A1:A3)", 30],
    ['=SUM(PE_Col,5)', 35],
    // N(): a number stays, text and empty read as 0, TRUE as 1 (a dash in a budget table).
    ['=N(基础数据!C5)', 624.04],
    ['=N(基础数据!C8)/10000', 0],
    ['=N(基础数据!Z99)', 0],
    ['=N(基础数据!C9)', 1],
    ["=MAX('Sheet 2'!A1:A3)", 20],
    ["=MIN('Sheet 2'!A1:A3,3)", 3],
    ['=IF(PE_Expenditure>600,"高","低")', '高'],
    ['=IF(1>2,1)', false],
    ['=IF(基础数据!C9,"yes","no")', 'yes'],
    ['=1<>2', true],
    ['=2<=2', true],
    ['=3>=4', false],
    ['="a"="A"', true],
    ['="abc"<"abd"', true],
    ['=1<"a"', true],
    ['="He said ""hi"""', 'He said "hi"'],
    ['=基础数据!Z99+1', 1],
    ['=1/0', '#DIV/0!'],
    ['=PE_Missing+1', '#NAME?'],
    ['=FOO(1)', '#NAME?'],
    ['=PE_Broken', '#REF!'],
    ['=NoSuchSheet!A1', '#REF!'],
    ['=基础数据!C8*2', '#VALUE!'],
    ['=PE_Col+1', '#VALUE!'],
    ['=IF(1/0>1,1,2)', '#DIV/0!'],
    ['="a"&1&TRUE', 'a1TRUE'],
  ];

  it.each(cases)('%s shows %p', (formula, expected) => {
    expect(show(book(), formula)).toEqual(expected);
  });

  it('recomputes dependants when an input changes', () => {
    const wb = book();
    wb.setCellValue('绩效自评!B1', '=ROUND(PE_Expenditure/PE_BudgetAdjusted*100,2)');
    expect(wb.getValue('绩效自评!B1')).toBe(98.6);
    wb.setCellValue('基础数据!C7', 681.72);
    expect(wb.getValue('绩效自评!B1')).toBe(100);
  });

  it('shows 0 for a circular reference instead of recursing', () => {
    const wb = book();
    wb.setCellValue('绩效自评!B1', '=B2+1');
    wb.setCellValue('绩效自评!B2', '=B1+1');
    expect(typeof wb.getValue('绩效自评!B1')).toBe('number');
  });
});
