import { fakeWorkbookFromSpec, FakeOfficeError, FakeWorkbook } from '../../../src/preview/fakeExcel';
import type { OfficeWorksheetChangedEventArgs } from '../../../src/workbook/office/officeApi';

function sample(): FakeWorkbook {
  return fakeWorkbookFromSpec({
    sheets: [
      { name: '基础数据', cells: { B5: '年初预算数', C5: 624.04, C6: 681.72, C7: { formula: 'C6-C5' } } },
      { name: 'Other sheet', cells: { A1: true } },
    ],
    names: [
      { name: 'PE_BudgetInitial', refersTo: '基础数据!$C$5' },
      { name: 'PE_Broken', refersTo: '#REF!' },
      { name: 'Local', refersTo: '基础数据!$C$6', sheet: '基础数据' },
    ],
  });
}

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('fake Excel host: the proxy rules', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const wb = sample();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem('基础数据').getRange('C5');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      // Loaded but not yet synced: still not readable.
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[624.04]]);
      // Loading one property does not load the others.
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  it('gives null objects for missing items, readable only after sync, and null children of null parents', async () => {
    const wb = sample();
    await wb.run(async (context) => {
      const names = context.workbook.names;
      const missing = names.getItemOrNullObject('PE_Nope');
      const present = names.getItemOrNullObject('PE_BudgetInitial');
      const childOfMissing = missing.getRangeOrNullObject();
      const broken = names.getItemOrNullObject('PE_Broken').getRangeOrNullObject();
      const noSheet = context.workbook.worksheets.getItemOrNullObject('不存在');
      const usedOfNoSheet = noSheet.getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(childOfMissing.isNullObject).toBe(true);
      expect(broken.isNullObject).toBe(true);
      expect(noSheet.isNullObject).toBe(true);
      expect(usedOfNoSheet.isNullObject).toBe(true);
    });
  });

  it('keeps sheet-scoped names out of the workbook name collection', async () => {
    const wb = sample();
    await wb.run(async (context) => {
      const local = context.workbook.names.getItemOrNullObject('Local');
      context.workbook.names.load('items/name');
      await context.sync();
      expect(local.isNullObject).toBe(true);
      expect(context.workbook.names.items.map((n) => n.name)).toEqual(['PE_BudgetInitial', 'PE_Broken']);
    });
  });

  it('fails getItem of a missing sheet at sync with ItemNotFound, not before', async () => {
    const wb = sample();
    const error = await rejection(
      wb.run(async (context) => {
        const range = context.workbook.worksheets.getItem('不存在').getRange('A1');
        range.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('counts syncs and applies queued writes only at sync', async () => {
    const wb = sample();
    expect(wb.syncCount).toBe(0);
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem('基础数据').getRange('D1:E1');
      range.values = [[1, 'x']];
      expect(wb.getValue('基础数据!D1')).toBeNull();
      await context.sync();
      expect(wb.getValue('基础数据!D1')).toBe(1);
      await context.sync();
    });
    expect(wb.syncCount).toBe(2);
  });

  it('rejects a 2-D input that does not match the range shape', async () => {
    const wb = sample();
    const error = await rejection(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem('基础数据').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  it('reports values, value types, formulas and addresses as Excel does', async () => {
    const wb = sample();
    wb.setCellValue('基础数据!D1', '#N/A');
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem('基础数据').getRange('B5:D7');
      range.load(['address', 'values', 'valueTypes', 'formulas']);
      const other = context.workbook.worksheets.getItem('Other sheet').getRange('A1:B1');
      other.load('address, values, valueTypes');
      const err = context.workbook.worksheets.getItem('基础数据').getRange('D1');
      err.load('values, valueTypes');
      await context.sync();
      expect(range.address).toBe('基础数据!B5:D7');
      expect(range.values).toEqual([
        ['年初预算数', 624.04, ''],
        ['', 681.72, ''],
        ['', 57.68, ''],
      ]);
      expect(range.valueTypes[0]).toEqual(['String', 'Double', 'Empty']);
      expect(range.formulas[2][1]).toBe('=C6-C5');
      expect(other.address).toBe("'Other sheet'!A1:B1");
      expect(other.values).toEqual([[true, '']]);
      expect(other.valueTypes).toEqual([['Boolean', 'Empty']]);
      expect(err.values).toEqual([['#N/A']]);
      expect(err.valueTypes).toEqual([['Error']]);
    });
  });

  it('treats typed =, +, -, @ text as formulas unless the cell is formatted as text', async () => {
    const wb = sample();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('基础数据');
      sheet.getRange('F1:F4').values = [['=1+1'], ['+1+1'], ['-3'], ['@x']];
      const text = sheet.getRange('G1:G2');
      text.numberFormat = [['@'], ['@']];
      text.values = [['=1+1'], ['-3']];
      await context.sync();
    });
    expect(wb.getValue('基础数据!F1')).toBe(2);
    expect(wb.cell('基础数据!F2')?.formula).toBe('=+1+1');
    expect(wb.getValue('基础数据!F3')).toBe(-3);
    expect(wb.getValue('基础数据!F4')).toBe('#NAME?');
    expect(wb.getValue('基础数据!G1')).toBe('=1+1');
    expect(wb.getValue('基础数据!G2')).toBe('-3');
  });

  it('throws ApiNotFound for APIs above the configured requirement set', async () => {
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S' }] }, { maxExcelApi: '1.4' });
    expect(wb.isSetSupported('ExcelApi', '1.4')).toBe(true);
    expect(wb.isSetSupported('ExcelApi', '1.7')).toBe(false);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      expect(() => sheet.freezePanes).toThrow(/ApiNotFound/);
      expect(() => sheet.getRange('A1').conditionalFormats).toThrow(/ApiNotFound/);
      expect(() => (context.runtime.enableEvents = false)).toThrow(/ApiNotFound/);
    });
  });

  it('adds, deletes and points names at ranges', async () => {
    const wb = sample();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Other sheet').getRange('B2:C3');
      context.workbook.names.add('PE_New', range);
      context.workbook.names.getItemOrNullObject('PE_Broken').delete();
      await context.sync();
    });
    expect(wb.snapshotNames()).toEqual([
      { name: 'PE_BudgetInitial', refersTo: '=基础数据!$C$5' },
      { name: 'PE_New', refersTo: "='Other sheet'!$B$2:$C$3" },
    ]);
    const error = await rejection(
      wb.run(async (context) => {
        context.workbook.names.add('PE_New', 'Other sheet!A1');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
  });
});

describe('fake Excel host: change events', () => {
  it('fires onChanged after the sync for writes through run and for setCellValue, and stops after remove', async () => {
    const wb = sample();
    const seen: OfficeWorksheetChangedEventArgs[] = [];
    const sheetId = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('基础数据');
      sheet.load('id');
      sheet.onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      return sheet.id;
    });
    wb.setCellValue('基础数据!C5', 700);
    await wb.whenIdle();
    expect(seen).toEqual([
      {
        address: 'C5',
        worksheetId: sheetId,
        changeType: 'RangeEdited',
        source: 'Local',
        type: 'WorksheetChanged',
      },
    ]);
    expect(wb.getValue('基础数据!C7')).toBeCloseTo(-18.28, 10);

    // A change on another sheet does not reach this sheet's handler.
    wb.setCellValue('Other sheet!A1', 1);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('基础数据').getRange('A1:B1').values = [[1, 2]];
      await context.sync();
      // Fired after the sync completes, asynchronously.
      expect(seen).toHaveLength(1);
    });
    await wb.whenIdle();
    expect(seen.map((a) => a.address)).toEqual(['C5', 'A1:B1']);
  });

  it('drops events for changes made while runtime.enableEvents is false', async () => {
    const wb = sample();
    let count = 0;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('基础数据').onChanged.add(async () => {
        count += 1;
      });
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('基础数据').getRange('A1').values = [[5]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await wb.whenIdle();
    expect(count).toBe(0);
    wb.setCellValue('基础数据!A1', 6);
    await wb.whenIdle();
    expect(count).toBe(1);
  });

  it('removes a handler through its result', async () => {
    const wb = sample();
    let count = 0;
    const result = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem('基础数据').onChanged.add(async () => {
        count += 1;
      });
      await context.sync();
      return r;
    });
    result.remove();
    await result.context.sync();
    wb.setCellValue('基础数据!A1', 6);
    await wb.whenIdle();
    expect(count).toBe(0);
  });
});
