import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';
import { createOfficeWorkbookPort } from '../../../src/workbook/office';
import { ForeignSheetError, type RawInput, type WorkbookPort } from '../../../src/workbook/port';
import { OWNER_MARK } from '../../../src/workbook/sheetModel';
import { departmentSpec, EVAL_SHEET, evaluationModel, INPUT_SHEET, SAMPLE_INPUTS } from './fixtures';

const ALL_NAMES = [...SAMPLE_INPUTS.map(([n]) => n), 'PE_FunctionalTable'];

function setup(maxExcelApi?: string, spec = departmentSpec()): { wb: FakeWorkbook; port: WorkbookPort } {
  const wb = fakeWorkbookFromSpec(spec, { maxExcelApi });
  return { wb, port: createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }) };
}

function input(inputs: RawInput[], name: string): RawInput {
  const found = inputs.find((i) => i.name === name);
  if (!found) throw new Error(`no input ${name}`);
  return found;
}

/** Every sheet but the evaluation sheet, plus all names: what the adapter must never change. */
function outsideWorld(wb: FakeWorkbook): unknown {
  return {
    sheets: wb.sheets.filter((s) => s.name !== EVAL_SHEET).map((s) => wb.snapshotSheet(s.name)),
    names: wb.snapshotNames(),
  };
}

describe('Office port: read', () => {
  it('resolves 44+ names, the evaluation sheet and extra sheets in one sync', async () => {
    const { wb, port } = setup();
    expect(ALL_NAMES.length).toBeGreaterThanOrEqual(44);
    const snapshot = await port.read({
      names: ALL_NAMES,
      sheetName: EVAL_SHEET,
      extraSheets: ['Notes sheet', '规则'],
    });
    expect(wb.syncCount).toBe(1);
    expect(snapshot.inputs).toHaveLength(ALL_NAMES.length);
    expect(snapshot.inputs.every((i) => i.status === 'range')).toBe(true);
    expect(input(snapshot.inputs, 'PE_Expenditure')).toEqual({
      name: 'PE_Expenditure',
      status: 'range',
      address: `${INPUT_SHEET}!C6`,
      cells: [[{ kind: 'number', value: 672.18 }]],
    });
    expect(snapshot.sheet).toEqual({ exists: false, owned: false, cells: [] });
    // The absent extra sheet is omitted; the present one is read from A1.
    expect(Object.keys(snapshot.extraSheets)).toEqual(['Notes sheet']);
    expect(snapshot.extraSheets['Notes sheet']).toEqual([
      [{ kind: 'text', value: 'keep me' }, { kind: 'empty' }],
      [{ kind: 'empty' }, { kind: 'number', value: 1344.36 }],
    ]);
  });

  it('maps missing, #REF!, constant, multi-cell, text, error, boolean and empty cells', async () => {
    const spec = departmentSpec({
      names: [
        { name: 'PE_Broken', refersTo: '#REF!' },
        { name: 'PE_Constant', refersTo: '=42' },
        { name: 'PE_Error', refersTo: `${INPUT_SHEET}!$K$1` },
        { name: 'PE_Bool', refersTo: `${INPUT_SHEET}!$K$2` },
        { name: 'PE_Empty', refersTo: `${INPUT_SHEET}!$K$3` },
      ],
    });
    const { wb, port } = setup(undefined, spec);
    const names = [
      'PE_Nope',
      'PE_Broken',
      'PE_Constant',
      'PE_FunctionalTable',
      'PE_DeptName',
      'PE_Error',
      'PE_Bool',
      'PE_Empty',
      'Local_Name',
    ];
    const { inputs } = await port.read({ names, sheetName: EVAL_SHEET });
    expect(wb.syncCount).toBe(1);
    expect(input(inputs, 'PE_Nope')).toEqual({ name: 'PE_Nope', status: 'missing' });
    // A sheet-scoped name is not a workbook-scoped name.
    expect(input(inputs, 'Local_Name')).toEqual({ name: 'Local_Name', status: 'missing' });
    expect(input(inputs, 'PE_Broken')).toEqual({ name: 'PE_Broken', status: 'invalid', refersTo: '#REF!' });
    expect(input(inputs, 'PE_Constant')).toEqual({ name: 'PE_Constant', status: 'invalid', refersTo: '42' });
    const table = input(inputs, 'PE_FunctionalTable');
    expect(table.status === 'range' && table.address).toBe(`${INPUT_SHEET}!F2:I4`);
    expect(table.status === 'range' && table.cells[2]).toEqual([
      { kind: 'text', value: '社会保障和就业支出' },
      { kind: 'number', value: 123.54 },
      { kind: 'number', value: 151.53 },
      { kind: 'number', value: 140 },
    ]);
    expect(input(inputs, 'PE_DeptName')).toMatchObject({
      cells: [[{ kind: 'text', value: '乐昌市人民政府坪石办事处' }]],
    });
    expect(input(inputs, 'PE_Error')).toMatchObject({ cells: [[{ kind: 'error', value: '#N/A' }]] });
    expect(input(inputs, 'PE_Bool')).toMatchObject({ cells: [[{ kind: 'boolean', value: true }]] });
    expect(input(inputs, 'PE_Empty')).toMatchObject({ cells: [[{ kind: 'empty' }]] });
  });

  it('returns the existing sheet from A1 even when its used range starts later, and sees the owner mark', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { C3: OWNER_MARK, D4: 5 } }] });
    const { port } = setup(undefined, spec);
    const { sheet } = await port.read({ names: [], sheetName: EVAL_SHEET });
    expect(sheet.exists).toBe(true);
    expect(sheet.owned).toBe(true);
    expect(sheet.cells).toHaveLength(4);
    expect(sheet.cells.every((row) => row.length === 4)).toBe(true);
    expect(sheet.cells[0][0]).toEqual({ kind: 'empty' });
    expect(sheet.cells[2][2]).toEqual({ kind: 'text', value: OWNER_MARK });
    expect(sheet.cells[3][3]).toEqual({ kind: 'number', value: 5 });
  });

  it('reports a same-named sheet without the mark as not owned', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: '别人的表' } }] });
    const { port } = setup(undefined, spec);
    const { sheet } = await port.read({ names: [], sheetName: EVAL_SHEET });
    expect(sheet).toEqual({ exists: true, owned: false, cells: [[{ kind: 'text', value: '别人的表' }]] });
  });
});

describe('Office port: write', () => {
  it('costs two syncs for read + write, whatever the number of names', async () => {
    for (const names of [ALL_NAMES, ALL_NAMES.slice(0, 3)]) {
      const { wb, port } = setup();
      await port.read({ names, sheetName: EVAL_SHEET });
      await port.write(evaluationModel());
      expect(wb.syncCount).toBe(2);
    }
    // And again when the sheet already exists and is ours.
    const { wb, port } = setup();
    await port.read({ names: ALL_NAMES, sheetName: EVAL_SHEET });
    await port.write(evaluationModel());
    await port.read({ names: ALL_NAMES, sheetName: EVAL_SHEET });
    await port.write(evaluationModel());
    expect(wb.syncCount).toBe(4);
  });

  it('costs two syncs for a write without a preceding read (one to look, one to write)', async () => {
    const { wb, port } = setup();
    await port.write(evaluationModel());
    expect(wb.syncCount).toBe(2);
  });

  it('writes values, live formulas, formats, widths, merges, freeze and highlight', async () => {
    const { wb, port } = setup();
    const model = evaluationModel();
    await port.write(model);
    const sheet = wb.requireSheet(EVAL_SHEET);
    expect(wb.getValue(`${EVAL_SHEET}!A1`)).toBe('部门整体支出绩效自评表');
    expect(wb.getValue(`${EVAL_SHEET}!B2`)).toBe('乐昌市人民政府坪石办事处');
    expect(wb.getValue(`${EVAL_SHEET}!B3`)).toBe(OWNER_MARK);
    // The formula is live in the workbook: it reads the named inputs.
    expect(wb.cell(`${EVAL_SHEET}!E6`)?.formula).toBe('=ROUND(PE_Expenditure/PE_BudgetAdjusted*100,2)');
    expect(wb.getValue(`${EVAL_SHEET}!E6`)).toBe(98.6);
    expect(wb.getValue(`${EVAL_SHEET}!F6`)).toBe(5);
    expect(wb.cell(`${EVAL_SHEET}!E7`)?.numberFormat).toBe('0.00');
    expect(wb.cell(`${EVAL_SHEET}!A6`)?.numberFormat).toBe('@');
    expect(wb.cell(`${EVAL_SHEET}!A4`)?.format).toEqual({
      bold: true,
      fill: '#D9E1F2',
      horizontalAlignment: 'Center',
      wrap: true,
    });
    expect(wb.cell(`${EVAL_SHEET}!A1`)?.format).toEqual({
      bold: true,
      fontSize: 14,
      horizontalAlignment: 'Center',
    });
    expect(wb.cell(`${EVAL_SHEET}!B3`)?.format).toEqual({ fontColor: '#808080' });
    expect(sheet.columnWidths.get(0)).toBe(Math.round(10 * 7 + 5) * 0.75);
    expect(sheet.columnWidths.get(7)).toBe(Math.round(40 * 7 + 5) * 0.75);
    expect(sheet.merges.map((m) => `${m.r0},${m.c0}:${m.r1},${m.c1}`)).toEqual([
      '0,0:0,9',
      '1,1:1,2',
      '2,1:2,2',
    ]);
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.conditionalFormats).toEqual([
      {
        range: { r0: 5, c0: 8, r1: 28, c1: 8 },
        type: 'CellValue',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        rule: { formula1: '="已过期"', operator: 'EqualTo' },
      },
    ]);
  });

  it('keeps text that starts with =, +, -, @ as text', async () => {
    const { wb, port } = setup();
    await port.write(evaluationModel());
    const shown = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem(EVAL_SHEET).getRange('G6:G11');
      range.load(['values', 'valueTypes']);
      await context.sync();
      return { values: range.values, types: range.valueTypes };
    });
    expect(shown.values.map((r) => r[0])).toEqual(['=1+1', '+86 751 1234567', '-', '@risk', '==', '-5%']);
    expect(shown.types.every((r) => r[0] === 'String')).toBe(true);
  });

  it('is idempotent: the sheet after two writes equals the sheet after one', async () => {
    const { wb, port } = setup();
    await port.write(evaluationModel());
    const once = wb.snapshotSheet(EVAL_SHEET);
    await port.read({ names: ALL_NAMES, sheetName: EVAL_SHEET });
    await port.write(evaluationModel());
    expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(once);
  });

  it('clears what an older, larger version of our sheet left behind', async () => {
    const { wb, port } = setup();
    const big = evaluationModel();
    big.rows.push(
      ...Array.from({ length: 5 }, () => [
        { value: { t: 'text' as const, v: 'old row' }, style: { bold: true } },
      ]),
    );
    big.merges.push('A40:C40');
    await port.write(big);
    const small = evaluationModel();
    await port.write(small);
    const fresh = fakeWorkbookFromSpec(departmentSpec());
    await createOfficeWorkbookPort(fresh.run, { isSetSupported: fresh.isSetSupported }).write(small);
    expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(fresh.snapshotSheet(EVAL_SHEET));
  });

  it('changes no cell and no name outside the evaluation sheet', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: OWNER_MARK } }] });
    const { wb, port } = setup(undefined, spec);
    const before = outsideWorld(wb);
    await port.read({ names: ALL_NAMES, sheetName: EVAL_SHEET, extraSheets: ['Notes sheet'] });
    await port.write(evaluationModel());
    await port.write(evaluationModel({ notes: '复核：已核对' }));
    expect(outsideWorld(wb)).toEqual(before);
    expect(wb.getValue(`${EVAL_SHEET}!J8`)).toBe('复核：已核对');
  });

  it('refuses to overwrite a foreign sheet of the same name, and overwrites it when told to', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: '别人的表', B2: 1 } }] });
    const { wb, port } = setup(undefined, spec);
    const before = wb.snapshotSheet(EVAL_SHEET);
    await port.read({ names: ALL_NAMES, sheetName: EVAL_SHEET });
    await expect(port.write(evaluationModel())).rejects.toBeInstanceOf(ForeignSheetError);
    // Also without a preceding read (the port then looks for itself).
    await expect(port.write(evaluationModel())).rejects.toBeInstanceOf(ForeignSheetError);
    expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(before);

    await port.write(evaluationModel(), { overwriteForeign: true });
    expect(wb.getValue(`${EVAL_SHEET}!A1`)).toBe('部门整体支出绩效自评表');
    expect(wb.getValue(`${EVAL_SHEET}!B2`)).toBe('乐昌市人民政府坪石办事处');
    const { sheet } = await port.read({ names: [], sheetName: EVAL_SHEET });
    expect(sheet.owned).toBe(true);
  });

  it('degrades on ExcelApi 1.4: same cells, no freeze, no conditional formats, no crash', async () => {
    const { wb, port } = setup('1.4');
    await port.read({ names: ALL_NAMES, sheetName: EVAL_SHEET });
    await port.write(evaluationModel());
    expect(wb.syncCount).toBe(2);
    const sheet = wb.requireSheet(EVAL_SHEET);
    expect(sheet.freezeRows).toBe(0);
    expect(sheet.conditionalFormats).toEqual([]);
    const full = setup();
    await full.port.write(evaluationModel());
    const cellsOf = (w: FakeWorkbook): unknown => (w.snapshotSheet(EVAL_SHEET) as { cells: unknown }).cells;
    expect(cellsOf(wb)).toEqual(cellsOf(full.wb));
    // A rewrite of an existing sheet on an old host must not reach for newer APIs either.
    await port.write(evaluationModel());
    expect(cellsOf(wb)).toEqual(cellsOf(full.wb));
  });

  it('does not fire change events for its own write when events can be switched off', async () => {
    const { wb, port } = setup();
    await port.write(evaluationModel());
    let fired = 0;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem(EVAL_SHEET).onChanged.add(async () => {
        fired += 1;
      });
      await context.sync();
    });
    await port.write(evaluationModel());
    await wb.whenIdle();
    expect(fired).toBe(0);
    expect(wb.eventsEnabled).toBe(true);
  });

  it('keeps the request small: style runs, not one command per cell', async () => {
    const { wb, port } = setup();
    const model = evaluationModel();
    await port.write(model);
    // The header block (rows 4–5) is one rectangle with one fill.
    const fills = wb.requireSheet(EVAL_SHEET);
    const headerCells = [...fills.cellsIn({ r0: 3, c0: 0, r1: 4, c1: 9 })];
    expect(headerCells).toHaveLength(20);
    expect(headerCells.every(({ cell }) => cell.format.fill === '#D9E1F2')).toBe(true);
  });
});
