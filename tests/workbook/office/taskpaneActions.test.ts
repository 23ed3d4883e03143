import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';
import {
  bindNameToSelection,
  createOfficeWorkbookPort,
  onInputsChanged,
  selectAddress,
} from '../../../src/workbook/office';
import type { OfficeWorksheetChangedEventArgs } from '../../../src/workbook/office/officeApi';
import { departmentSpec, EVAL_SHEET, evaluationModel, INPUT_SHEET } from './fixtures';

function book(maxExcelApi?: string): FakeWorkbook {
  return fakeWorkbookFromSpec(departmentSpec(), { maxExcelApi });
}

describe('selectAddress', () => {
  it('selects a range on a named sheet, quoted or not', async () => {
    const wb = book();
    await selectAddress(wb.run, `${INPUT_SHEET}!C5:C7`);
    expect(wb.selection?.range).toEqual({ r0: 4, c0: 2, r1: 6, c1: 2 });
    expect(wb.selection?.sheetId).toBe(wb.requireSheet(INPUT_SHEET).id);
    await selectAddress(wb.run, "'Notes sheet'!B2");
    expect(wb.activeSheetId).toBe(wb.requireSheet('Notes sheet').id);
    expect(wb.selection?.range).toEqual({ r0: 1, c0: 1, r1: 1, c1: 1 });
  });
});

describe('bindNameToSelection', () => {
  it('creates a workbook-scoped name at the selection', async () => {
    const wb = book();
    await selectAddress(wb.run, `${INPUT_SHEET}!D10`);
    const before = wb.syncCount;
    const address = await bindNameToSelection(wb.run, 'PE_NewInput');
    expect(wb.syncCount - before).toBe(2);
    expect(address).toBe(`${INPUT_SHEET}!D10`);
    expect(wb.workbookName('PE_NewInput')?.refersTo).toBe(`=${INPUT_SHEET}!$D$10`);
  });

  it('repoints an existing name, leaving every other name alone', async () => {
    const wb = book();
    const others = wb.snapshotNames().filter((n) => n.name !== 'PE_Expenditure');
    await selectAddress(wb.run, "'Notes sheet'!A1:B2");
    await bindNameToSelection(wb.run, 'PE_Expenditure');
    expect(wb.workbookName('PE_Expenditure')?.refersTo).toBe("='Notes sheet'!$A$1:$B$2");
    expect(wb.snapshotNames().filter((n) => n.name !== 'PE_Expenditure')).toEqual(others);
    // Exactly one name of that name remains.
    expect(wb.snapshotNames().filter((n) => n.name === 'PE_Expenditure')).toHaveLength(1);
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const { inputs } = await port.read({ names: ['PE_Expenditure'], sheetName: EVAL_SHEET });
    expect(inputs[0]).toMatchObject({ status: 'range', address: "'Notes sheet'!A1:B2" });
  });
});

describe('onInputsChanged', () => {
  it('reports edits of input sheets, ignores the evaluation sheet and our own writes, and unsubscribes', async () => {
    const wb = book();
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    await port.write(evaluationModel());
    const seen: OfficeWorksheetChangedEventArgs[] = [];
    const unsubscribe = await onInputsChanged(wb.run, {
      isSetSupported: wb.isSetSupported,
      evaluationSheetName: EVAL_SHEET,
      onChange: (args) => seen.push(args),
    });
    expect(unsubscribe).not.toBeNull();

    wb.setCellValue(`${INPUT_SHEET}!C5`, 700);
    await wb.whenIdle();
    expect(seen.map((a) => [a.worksheetId, a.address])).toEqual([[wb.requireSheet(INPUT_SHEET).id, 'C5']]);

    // The clerk typing a note in the evaluation sheet, and our own rewrite, trigger nothing.
    wb.setCellValue(`${EVAL_SHEET}!J8`, '备注');
    await port.write(evaluationModel());
    await wb.whenIdle();
    expect(seen).toHaveLength(1);

    await unsubscribe?.();
    wb.setCellValue(`${INPUT_SHEET}!C6`, 1);
    await wb.whenIdle();
    expect(seen).toHaveLength(1);
  });

  it('returns null on hosts without change events (below ExcelApi 1.7)', async () => {
    const wb = book('1.4');
    const unsubscribe = await onInputsChanged(wb.run, {
      isSetSupported: wb.isSetSupported,
      evaluationSheetName: EVAL_SHEET,
      onChange: () => undefined,
    });
    expect(unsubscribe).toBeNull();
    expect(wb.syncCount).toBe(0);
  });
});
