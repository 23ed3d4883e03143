/**
 * The WPS door on the fake ET host: the one flow over the sample workbook, bad names reported
 * per name, a foreign sheet left alone, user text kept as text, and the same sheet as the Office door.
 */
import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';
import { fakeEtApplication, type FakeEtApplication } from '../../../src/preview/fakeEt';
import { sampleWorkbook } from '../../../src/preview/sampleWorkbook';
import { runEvaluationFlow } from '../../../src/workbook/flow';
import { createOfficeWorkbookPort } from '../../../src/workbook/office';
import { ForeignSheetError, type RawInput } from '../../../src/workbook/port';
import { OWNER_MARK } from '../../../src/workbook/sheetModel';
import { createEtWorkbookPort, rawCellOf } from '../../../src/workbook/wps';
import { numberFormatRuns, rawGridOf } from '../../../src/workbook/wps/etWorkbookPort';
import { departmentSpec, EVAL_SHEET, evaluationModel, INPUT_SHEET, SAMPLE_INPUTS } from '../office/fixtures';

const NOW = new Date('2026-01-15T08:00:00Z');

function etOver(wb: FakeWorkbook): FakeEtApplication {
  return fakeEtApplication(wb);
}

function input(inputs: RawInput[], name: string): RawInput {
  const found = inputs.find((i) => i.name === name);
  if (!found) throw new Error(`no input ${name}`);
  return found;
}

/** Every sheet but the evaluation sheet, plus all names: what the door must never change. */
function outsideWorld(wb: FakeWorkbook): unknown {
  return {
    sheets: wb.sheets.filter((s) => s.name !== EVAL_SHEET).map((s) => wb.snapshotSheet(s.name)),
    names: wb.snapshotNames(),
  };
}

/** The label cell in column A whose neighbour in B holds the value (summary rows). */
function valueBeside(wb: FakeWorkbook, label: string): unknown {
  const sheet = wb.requireSheet(EVAL_SHEET);
  for (let r = 0; r < 60; r += 1) {
    if (wb.value(sheet, r, 0) === label) return wb.value(sheet, r, 1);
  }
  throw new Error(`no row ${label}`);
}

describe('WPS door: the sample through the one flow', () => {
  it('evaluates the sample to 96.90 优 and writes 绩效自评 through the ET API', async () => {
    const wb = sampleWorkbook();
    const before = outsideWorld(wb);
    const result = await runEvaluationFlow(createEtWorkbookPort(etOver(wb)), { now: NOW });
    expect(result.evaluation.total.toFixed(2)).toBe('96.90');
    expect(result.evaluation.grade).toBe('优');
    expect(result.outcome).toEqual({ written: true });
    expect(valueBeside(wb, '总分')).toBe(96.9);
    expect(valueBeside(wb, '等次')).toBe('优');
    // Live formulas were written as formulas and evaluate to the engine's figures.
    const sheet = wb.requireSheet(EVAL_SHEET);
    const formulas = [...sheet.cells.values()].filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(20);
    expect(outsideWorld(wb)).toEqual(before);
  });

  it('writes the same cells, formats, merges and highlights as the Office door', async () => {
    const viaEt = sampleWorkbook();
    const viaOffice = sampleWorkbook();
    await runEvaluationFlow(createEtWorkbookPort(etOver(viaEt)), { now: NOW });
    await runEvaluationFlow(
      createOfficeWorkbookPort(viaOffice.run, { isSetSupported: viaOffice.isSetSupported }),
      {
        now: NOW,
      },
    );
    const et = viaEt.snapshotSheet(EVAL_SHEET) as Record<string, unknown>;
    const office = viaOffice.snapshotSheet(EVAL_SHEET) as Record<string, unknown>;
    expect(et.cells).toEqual(office.cells);
    expect(et.merges).toEqual(office.merges);
    expect(et.columnWidths).toEqual(office.columnWidths);
    expect(et.conditionalFormats).toEqual(office.conditionalFormats);
    // ET has no freeze panes in this door (Window-level in ET): the one documented difference.
    expect(et.freezeRows).toBe(0);
  });

  it('rewrites idempotently and finds its previous sheet (changes are listed on the second run)', async () => {
    const wb = sampleWorkbook();
    const port = createEtWorkbookPort(etOver(wb));
    await runEvaluationFlow(port, { now: NOW });
    const once = wb.snapshotSheet(EVAL_SHEET);
    const second = await runEvaluationFlow(port, { now: NOW });
    expect(second.previous).not.toBeNull();
    expect(second.changes?.indicators).toEqual([]);
    expect(second.changes?.oldTotal?.toFixed(2)).toBe('96.90');
    expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(once);
  });

  it('fires no SheetChange for its own write and restores EnableEvents', async () => {
    const wb = sampleWorkbook();
    const app = etOver(wb);
    const seen: string[] = [];
    app.ApiEvent.AddApiEventListener('SheetChange', (sheet) => seen.push(sheet.Name));
    await runEvaluationFlow(createEtWorkbookPort(app), { now: NOW });
    await app.whenIdle();
    expect(seen).toEqual([]);
    expect(app.EnableEvents).toBe(true);
    wb.setCellValue('基础数据!C8', 650);
    await app.whenIdle();
    expect(seen).toEqual(['基础数据']);
  });
});

describe('WPS door: names that ET throws on, caught per name', () => {
  it('reports missing, #REF!, constant and sheet-scoped names on their own and reads the rest', async () => {
    const spec = departmentSpec({
      names: [
        { name: 'PE_Broken', refersTo: '#REF!' },
        { name: 'PE_Constant', refersTo: '=42' },
        { name: 'PE_Error', refersTo: `${INPUT_SHEET}!$K$1` },
        { name: 'PE_Bool', refersTo: `${INPUT_SHEET}!$K$2` },
        { name: 'PE_Empty', refersTo: `${INPUT_SHEET}!$K$3` },
      ],
    });
    const wb = fakeWorkbookFromSpec(spec);
    const app = etOver(wb);
    // The fake is as strict as ET: these throw, the port must not.
    expect(() => app.ActiveWorkbook.Names.Item('PE_Nope')).toThrow();
    expect(() => app.ActiveWorkbook.Names.Item('PE_Constant').RefersToRange).toThrow();
    expect(() => app.ActiveWorkbook.Names.Item('PE_Broken').RefersToRange).toThrow();

    const names = [
      'PE_Nope',
      'PE_Broken',
      'PE_Constant',
      'Local_Name',
      'PE_FunctionalTable',
      'PE_Expenditure',
    ];
    const { inputs } = await createEtWorkbookPort(app).read({
      names: [...names, 'PE_Error', 'PE_Bool', 'PE_Empty', 'PE_DeptName'],
      sheetName: EVAL_SHEET,
    });
    expect(input(inputs, 'PE_Nope')).toEqual({ name: 'PE_Nope', status: 'missing' });
    expect(input(inputs, 'Local_Name')).toEqual({ name: 'Local_Name', status: 'missing' });
    expect(input(inputs, 'PE_Broken')).toEqual({ name: 'PE_Broken', status: 'invalid', refersTo: '#REF!' });
    expect(input(inputs, 'PE_Constant')).toEqual({ name: 'PE_Constant', status: 'invalid', refersTo: '42' });
    expect(input(inputs, 'PE_Expenditure')).toEqual({
      name: 'PE_Expenditure',
      status: 'range',
      address: `${INPUT_SHEET}!C6`,
      cells: [[{ kind: 'number', value: 672.18 }]],
    });
    const table = input(inputs, 'PE_FunctionalTable');
    expect(table.status === 'range' && table.address).toBe(`${INPUT_SHEET}!F2:I4`);
    expect(table.status === 'range' && table.cells[1]).toEqual([
      { kind: 'text', value: '农林水支出' },
      { kind: 'number', value: 200 },
      { kind: 'number', value: 210.4 },
      { kind: 'number', value: 190.1 },
    ]);
    expect(input(inputs, 'PE_Error')).toMatchObject({ cells: [[{ kind: 'error', value: '#N/A' }]] });
    expect(input(inputs, 'PE_Bool')).toMatchObject({ cells: [[{ kind: 'boolean', value: true }]] });
    expect(input(inputs, 'PE_Empty')).toMatchObject({ cells: [[{ kind: 'empty' }]] });
  });

  it('scores everything else and names the bad input on its indicators', async () => {
    const wb = sampleWorkbook({ missing: ['PE_ProcurementPlan'] });
    const entry = wb.workbookName('PE_StaffActual');
    if (!entry) throw new Error('sample has PE_StaffActual');
    entry.refersTo = '=29';
    const result = await runEvaluationFlow(createEtWorkbookPort(etOver(wb)), { now: NOW });
    const byId = new Map(result.evaluation.indicators.map((i) => [i.id, i]));
    const problemsOf = (id: string) => (byId.get(id)?.messages ?? []).join('\n');
    expect(problemsOf('procurement_rate')).toContain('PE_ProcurementPlan');
    expect(problemsOf('staff_control_rate')).toContain('PE_StaffActual');
    expect(byId.get('budget_expenditure_rate')?.score?.toFixed(2)).toBe('5.92');
    expect(result.evaluation.grade).toBeNull();
  });
});

describe('WPS door: writing', () => {
  it('refuses a foreign 绩效自评 without consent and overwrites it when told to', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: '别人的表', B2: 1 } }] });
    const wb = fakeWorkbookFromSpec(spec);
    const port = createEtWorkbookPort(etOver(wb));
    const before = wb.snapshotSheet(EVAL_SHEET);
    const flow = await runEvaluationFlow(port, { now: NOW });
    expect(flow.outcome).toEqual({ written: false, reason: 'foreignSheet' });
    await expect(port.write(evaluationModel())).rejects.toBeInstanceOf(ForeignSheetError);
    expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(before);

    await port.write(evaluationModel(), { overwriteForeign: true });
    expect(wb.getValue(`${EVAL_SHEET}!A1`)).toBe('部门整体支出绩效自评表');
    expect(wb.getValue(`${EVAL_SHEET}!B2`)).toBe('乐昌市人民政府坪石办事处');
    const { sheet } = await port.read({ names: [], sheetName: EVAL_SHEET });
    expect(sheet.owned).toBe(true);
  });

  it('keeps text that starts with =, +, -, @ as text (NumberFormat @ before Value2)', async () => {
    const wb = fakeWorkbookFromSpec(departmentSpec());
    const app = etOver(wb);
    // The fake turns such strings into formulas on a General cell, as ET does.
    const probe = app.ActiveWorkbook.Worksheets.Item(INPUT_SHEET);
    if (!('Range' in probe)) throw new Error('a worksheet');
    probe.Range('Z1').Value2 = '=1+1';
    expect(probe.Range('Z1').HasFormula).toBe(true);
    expect(probe.Range('Z1').Value2).toBe(2);

    await createEtWorkbookPort(app).write(evaluationModel());
    const texts = ['G6', 'G7', 'G8', 'G9', 'G10', 'G11'].map((a) => wb.cell(`${EVAL_SHEET}!${a}`));
    expect(texts.map((c) => c?.constant)).toEqual(['=1+1', '+86 751 1234567', '-', '@risk', '==', '-5%']);
    expect(texts.every((c) => c?.formula === undefined && c?.numberFormat === '@')).toBe(true);
  });

  it('keeps a department name beginning with = as text through the whole flow', async () => {
    const wb = sampleWorkbook();
    const entry = wb.workbookName('PE_DeptName');
    if (!entry) throw new Error('sample has PE_DeptName');
    const target = entry.refersTo.replace(/^=/, '').replace(/\$/g, '');
    const { sheet, range } = wb.resolveAddress(target);
    sheet.touch(range.r0, range.c0).constant = '=HYPERLINK("http://x","坪石")';
    wb.changed();
    await runEvaluationFlow(createEtWorkbookPort(etOver(wb)), { now: NOW });
    const evalSheet = wb.requireSheet(EVAL_SHEET);
    const hits = [...evalSheet.cells.values()].filter(
      (c) => typeof c.constant === 'string' && c.constant.startsWith('=HYPERLINK'),
    );
    expect(hits.length).toBeGreaterThan(0);
    const formulas = [...evalSheet.cells.values()].map((c) => c.formula ?? '');
    expect(formulas.some((f) => f.includes('HYPERLINK'))).toBe(false);
  });

  it('changes no cell and no name outside the evaluation sheet', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: OWNER_MARK } }] });
    const wb = fakeWorkbookFromSpec(spec);
    const port = createEtWorkbookPort(etOver(wb));
    const before = outsideWorld(wb);
    await port.read({
      names: SAMPLE_INPUTS.map(([n]) => n),
      sheetName: EVAL_SHEET,
      extraSheets: ['Notes sheet'],
    });
    await port.write(evaluationModel());
    await port.write(evaluationModel({ notes: '复核：已核对' }));
    expect(outsideWorld(wb)).toEqual(before);
    expect(wb.getValue(`${EVAL_SHEET}!J8`)).toBe('复核：已核对');
  });
});

describe('WPS door: Value2 shapes', () => {
  const range = (value: unknown, rows: number, cols: number) =>
    ({ Value2: value, Rows: { Count: rows }, Columns: { Count: cols } }) as unknown as Parameters<
      typeof rawGridOf
    >[0];

  it('reads a scalar, a 2-D array, and a flat row or column by the range’s shape', () => {
    expect(rawGridOf(range(5, 1, 1))).toEqual([[{ kind: 'number', value: 5 }]]);
    expect(rawGridOf(range([[1, 'a']], 1, 2))).toEqual([
      [
        { kind: 'number', value: 1 },
        { kind: 'text', value: 'a' },
      ],
    ]);
    expect(rawGridOf(range([1, 2], 1, 2))).toEqual([
      [
        { kind: 'number', value: 1 },
        { kind: 'number', value: 2 },
      ],
    ]);
    expect(rawGridOf(range([1, 2], 2, 1))).toEqual([
      [{ kind: 'number', value: 1 }],
      [{ kind: 'number', value: 2 }],
    ]);
  });

  it('maps empty values, error texts and VBA error codes', () => {
    expect([undefined, null, ''].map(rawCellOf)).toEqual([
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'empty' },
    ]);
    expect(rawCellOf('#DIV/0!')).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(rawCellOf(-2146826281)).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(rawCellOf('#not an error')).toEqual({ kind: 'text', value: '#not an error' });
    expect(rawCellOf(false)).toEqual({ kind: 'boolean', value: false });
  });
});

describe('WPS door: few calls into WPS', () => {
  it('joins equal number formats into rectangles', () => {
    const formats = [
      ['@', '@', '0.00'],
      ['@', '@', '0.00'],
      ['@', 'General', '0.00'],
    ];
    expect(numberFormatRuns(formats)).toEqual([
      { address: 'A1:B2', format: '@' },
      { address: 'C1:C3', format: '0.00' },
      { address: 'A3', format: '@' },
      { address: 'B3', format: 'General' },
    ]);
  });
});
