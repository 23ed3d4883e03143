/**
 * The pane's small actions against the stricter fake: selections Excel cannot bind, cells on
 * other and hidden sheets, and change events that cover sheets added later and say who edited.
 */
import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';
import {
  bindNameToSelection,
  createOfficeWorkbookPort,
  OfficeActionError,
  onInputsChanged,
  selectAddress,
} from '../../../src/workbook/office';
import type { OfficeWorksheetChangedEventArgs } from '../../../src/workbook/office/officeApi';
import { departmentSpec, EVAL_SHEET, evaluationModel, INPUT_SHEET } from './fixtures';

function book(maxExcelApi?: string): FakeWorkbook {
  return fakeWorkbookFromSpec(
    departmentSpec({ sheets: [{ name: '隐藏底稿', hidden: true, cells: { B2: 1 } }] }),
    { maxExcelApi },
  );
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OfficeActionError) return e.reason;
    throw e;
  }
  return 'resolved';
}

describe('bindNameToSelection', () => {
  it('refuses a chart, a shape or a multi-area selection with a reason, touching no name', async () => {
    const wb = book();
    const before = wb.snapshotNames();
    wb.selectObject(INPUT_SHEET, 'chart');
    expect(await reason(bindNameToSelection(wb.run, 'PE_Expenditure'))).toBe('invalidSelection');
    wb.selectObject(INPUT_SHEET, 'shape');
    expect(await reason(bindNameToSelection(wb.run, 'PE_Expenditure'))).toBe('invalidSelection');
    wb.selectCells(INPUT_SHEET, 'C5', 'C9');
    expect(await reason(bindNameToSelection(wb.run, 'PE_Expenditure'))).toBe('invalidSelection');
    expect(wb.snapshotNames()).toEqual(before);
    wb.selectCells(INPUT_SHEET, 'D9');
    expect(await bindNameToSelection(wb.run, 'PE_Expenditure')).toBe(`${INPUT_SHEET}!D9`);
  });
});

describe('selectAddress', () => {
  it('activates the sheet of a cell on another sheet, then selects the cell', async () => {
    const wb = book();
    wb.selectCells('Notes sheet', 'A1');
    await selectAddress(wb.run, `${INPUT_SHEET}!C7`);
    expect(wb.activeSheetId).toBe(wb.requireSheet(INPUT_SHEET).id);
    expect(wb.selection).toEqual({
      sheetId: wb.requireSheet(INPUT_SHEET).id,
      range: { r0: 6, c0: 2, r1: 6, c1: 2 },
    });
  });

  it('says a hidden sheet is hidden instead of showing it', async () => {
    const wb = book();
    wb.selectCells('Notes sheet', 'A1');
    expect(await reason(selectAddress(wb.run, '隐藏底稿!B2'))).toBe('hiddenSheet');
    expect(wb.requireSheet('隐藏底稿').visibility).toBe('Hidden');
    expect(wb.activeSheetId).toBe(wb.requireSheet('Notes sheet').id);
  });

  it('says a deleted sheet is gone', async () => {
    expect(await reason(selectAddress(book().run, '没有这张表!A1'))).toBe('noSheet');
  });
});

describe('onInputsChanged', () => {
  async function subscribe(wb: FakeWorkbook) {
    const seen: OfficeWorksheetChangedEventArgs[] = [];
    const unsubscribe = await onInputsChanged(wb.run, {
      isSetSupported: wb.isSetSupported,
      evaluationSheetName: EVAL_SHEET,
      onChange: (args) => seen.push(args),
    });
    return { seen, unsubscribe };
  }

  it('with ExcelApi 1.9 hears sheets added after subscribing, but never the evaluation sheet', async () => {
    const wb = book();
    const { seen, unsubscribe } = await subscribe(wb);
    const added = wb.addSheet('补充数据');
    wb.setCellValue('补充数据!B3', 12);
    // The ribbon (its own runtime) creates and writes the evaluation sheet: its events reach the pane.
    const ribbonPort = createOfficeWorkbookPort(wb.runIn('commands'), { isSetSupported: wb.isSetSupported });
    await ribbonPort.write(evaluationModel());
    wb.setCellValue(`${EVAL_SHEET}!J8`, '备注');
    await wb.whenIdle();
    expect(seen.map((a) => [a.worksheetId, a.address])).toEqual([[added.id, 'B3']]);
    await unsubscribe?.();
    wb.setCellValue('补充数据!B4', 1);
    await wb.whenIdle();
    expect(seen).toHaveLength(1);
  });

  it('below 1.9 falls back to per-sheet handlers (sheets added later are not watched)', async () => {
    const wb = book('1.8');
    const { seen } = await subscribe(wb);
    wb.setCellValue(`${INPUT_SHEET}!C5`, 1);
    wb.addSheet('补充数据');
    wb.setCellValue('补充数据!B3', 12);
    await wb.whenIdle();
    expect(seen.map((a) => a.address)).toEqual(['C5']);
  });

  it("passes the event's source on, so the pane can tell a co-author's edit", async () => {
    const wb = book();
    const { seen } = await subscribe(wb);
    wb.remoteEdit(`${INPUT_SHEET}!C5`, 700);
    wb.setCellValue(`${INPUT_SHEET}!C6`, 1);
    await wb.whenIdle();
    expect(seen.map((a) => [a.address, a.source])).toEqual([
      ['C5', 'Remote'],
      ['C6', 'Local'],
    ]);
  });
});
