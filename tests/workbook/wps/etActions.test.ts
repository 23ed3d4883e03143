/**
 * The pane's small actions over the fake ET host: bind a name to the selection with Names.Add,
 * select a cell on another sheet (activating it first), and hear SheetChange outside 绩效自评.
 */
import { fakeEtApplication } from '../../../src/preview/fakeEt';
import { fakeWorkbookFromSpec } from '../../../src/preview/fakeExcel';
import { bindNameToSelection, onInputsChanged, selectAddress, splitAddress } from '../../../src/workbook/wps';
import { departmentSpec, EVAL_SHEET, INPUT_SHEET } from '../office/fixtures';

function setup() {
  const spec = departmentSpec({
    sheets: [
      { name: "Ann's sheet", cells: { B2: 7 } },
      { name: EVAL_SHEET, cells: { A1: 1 } },
    ],
  });
  const wb = fakeWorkbookFromSpec(spec);
  return { wb, app: fakeEtApplication(wb) };
}

describe('WPS pane actions', () => {
  it('selects a cell on a sheet that is not active (the sheet is activated first)', () => {
    const { wb, app } = setup();
    const sheet = app.ActiveWorkbook.Worksheets.Item("Ann's sheet");
    if (!('Range' in sheet)) throw new Error('a worksheet');
    // ET refuses to select on an inactive sheet; the action must not.
    expect(() => sheet.Range('B2').Select()).toThrow();
    selectAddress(app, "'Ann''s sheet'!B2");
    expect(wb.sheetById(wb.activeSheetId ?? '')?.name).toBe("Ann's sheet");
    expect(wb.selection?.range).toEqual({ r0: 1, c0: 1, r1: 1, c1: 1 });
    expect(() => selectAddress(app, 'Nope!A1')).toThrow(/找不到工作表/);
  });

  it('binds a new name, and repoints an existing one, at the selection with a formula reference', () => {
    const { wb, app } = setup();
    selectAddress(app, "'Ann''s sheet'!B2");
    expect(bindNameToSelection(app, 'PE_New')).toBe("'Ann''s sheet'!B2");
    expect(wb.workbookName('PE_New')?.refersTo).toBe("='Ann''s sheet'!$B$2");
    expect(wb.getValue("'Ann''s sheet'!B2")).toBe(7);
    selectAddress(app, `${INPUT_SHEET}!C9`);
    expect(bindNameToSelection(app, 'PE_Expenditure')).toBe(`${INPUT_SHEET}!C9`);
    expect(wb.workbookName('PE_Expenditure')?.refersTo).toBe(`=${INPUT_SHEET}!$C$9`);
    expect(wb.names.filter((n) => n.name === 'PE_Expenditure')).toHaveLength(1);
  });

  it('reports an edit outside the evaluation sheet, ignores edits on it, and stops when unsubscribed', async () => {
    const { wb, app } = setup();
    const seen: string[] = [];
    const off = onInputsChanged(app, EVAL_SHEET, (name) => seen.push(name));
    wb.setCellValue(`${INPUT_SHEET}!C9`, 650);
    wb.setCellValue(`${EVAL_SHEET}!J8`, '复核');
    await app.whenIdle();
    expect(seen).toEqual([INPUT_SHEET]);
    off();
    wb.setCellValue(`${INPUT_SHEET}!C9`, 640);
    await app.whenIdle();
    expect(seen).toEqual([INPUT_SHEET]);
  });

  it('splits quoted sheet names', () => {
    expect(splitAddress("'Ann''s sheet'!B2:C3")).toEqual({ sheet: "Ann's sheet", local: 'B2:C3' });
    expect(splitAddress('C5')).toEqual({ local: 'C5' });
  });
});
