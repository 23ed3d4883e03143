import { promises as fs } from 'fs';
import * as path from 'path';
import type { CellFormulaValue } from 'exceljs';
import type { RawInput } from '../../../src/workbook/port';
import {
  buildDepartmentWorkbook,
  DEPARTMENT_INPUT_NAMES,
} from '../../../src/workbook/xlsx/departmentWorkbook';
import { openXlsxWorkbook } from '../../../src/workbook/xlsx';
import { addDefinedNames, loadSample, makeTempDir, writeDepartment, writeWorkbook } from './helpers';

const SHEET = '绩效自评';

async function readNames(file: string, names: string[]): Promise<Record<string, RawInput>> {
  const workbook = await openXlsxWorkbook(file);
  const snapshot = await workbook.read({ names, sheetName: SHEET });
  return Object.fromEntries(snapshot.inputs.map((input) => [input.name, input]));
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('names on the sample layout', () => {
  it('resolves every one-cell input to its address and value', async () => {
    const sample = loadSample();
    const file = await writeDepartment(dir, 'sample.xlsx');
    const names = DEPARTMENT_INPUT_NAMES.filter((n) => n !== 'PE_FunctionalTable');
    const inputs = await readNames(file, names);
    for (const name of names) {
      const input = inputs[name];
      expect(input.status).toBe('range');
      if (input.status !== 'range') continue;
      const expected = sample.inputs[name];
      expect(input.cells).toEqual([
        [
          typeof expected === 'number'
            ? { kind: 'number', value: expected }
            : { kind: 'text', value: expected },
        ],
      ]);
    }
    expect(inputs.PE_DeptName).toMatchObject({ address: '基础数据!C2' });
    expect(inputs.PE_BudgetInitial).toMatchObject({ address: '基础数据!C6' });
    expect(inputs.PE_ProcurementPlan).toMatchObject({
      address: '基础数据!C21',
      cells: [[{ kind: 'number', value: 8.795 }]],
    });
    expect(inputs.PE_Satisfaction).toMatchObject({ cells: [[{ kind: 'number', value: 0.95 }]] });
    expect(inputs.PE_Score_AssetSafety).toMatchObject({
      address: '人工评分!B6',
      cells: [[{ kind: 'number', value: 2 }]],
    });
  });

  it('resolves the functional table to the 4×4 block without header or total', async () => {
    const file = await writeDepartment(dir, 'functional.xlsx');
    const { PE_FunctionalTable: table } = await readNames(file, ['PE_FunctionalTable']);
    expect(table).toMatchObject({ status: 'range', address: '功能分类!A3:D6' });
    if (table.status !== 'range') throw new Error('not a range');
    expect(table.cells).toHaveLength(4);
    expect(table.cells[0]).toEqual([
      { kind: 'text', value: '一般公共服务支出' },
      { kind: 'number', value: 561.58 },
      { kind: 'number', value: 600.59 },
      { kind: 'number', value: 452.3 },
    ]);
    expect(table.cells[3][3]).toEqual({ kind: 'number', value: 0 });
  });

  it('reports a name that is not defined, or left out of the workbook, as missing', async () => {
    const file = await writeDepartment(dir, 'omitted.xlsx', {}, { omitNames: ['PE_Expenditure'] });
    const inputs = await readNames(file, ['PE_Expenditure', 'PE_NoSuchName']);
    expect(inputs.PE_Expenditure).toEqual({ name: 'PE_Expenditure', status: 'missing' });
    expect(inputs.PE_NoSuchName).toEqual({ name: 'PE_NoSuchName', status: 'missing' });
  });

  it('gives a two-cell name as a multi-cell range', async () => {
    const file = await writeDepartment(dir, 'two.xlsx', {}, { twoCellNames: ['PE_AssetsTotal'] });
    const { PE_AssetsTotal: input } = await readNames(file, ['PE_AssetsTotal']);
    expect(input).toEqual({
      name: 'PE_AssetsTotal',
      status: 'range',
      address: '基础数据!C24:D24',
      cells: [
        [
          { kind: 'number', value: 316.7 },
          { kind: 'text', value: '万元' },
        ],
      ],
    });
  });

  it('matches names without regard to case, as Excel does', async () => {
    const file = await writeDepartment(dir, 'case.xlsx');
    const { pe_budgetinitial: input } = await readNames(file, ['pe_budgetinitial']);
    expect(input).toMatchObject({ status: 'range', address: '基础数据!C6' });
  });
});

describe('names exceljs cannot see', () => {
  let file: string;
  let inputs: Record<string, RawInput>;
  beforeAll(async () => {
    file = await writeDepartment(dir, 'patched.xlsx');
    await addDefinedNames(
      file,
      [
        '<definedName name="PE_Broken">#REF!</definedName>',
        '<definedName name="PE_BrokenCell">基础数据!#REF!</definedName>',
        '<definedName name="PE_Constant">5</definedName>',
        '<definedName name="PE_Text">"abc"</definedName>',
        '<definedName name="PE_Formula">SUM(基础数据!$C$6:$C$7)</definedName>',
        '<definedName name="PE_OtherSheet">NoSuchSheet!$A$1</definedName>',
        '<definedName name="PE_LocalOnly" localSheetId="1">功能分类!$B$3</definedName>',
        // A sheet-scoped name must not shadow the workbook-scoped one of the same name.
        '<definedName name="PE_BudgetInitial" localSheetId="0">基础数据!$C$7</definedName>',
        '<definedName name="PE_Column">基础数据!$C:$C</definedName>',
        '<definedName name="PE_Quoted">\'人工评分\'!$B$2:$C$3</definedName>',
      ].join(''),
    );
    inputs = await readNames(file, [
      'PE_Broken',
      'PE_BrokenCell',
      'PE_Constant',
      'PE_Text',
      'PE_Formula',
      'PE_OtherSheet',
      'PE_LocalOnly',
      'PE_BudgetInitial',
      'PE_Column',
      'PE_Quoted',
    ]);
  });

  it('reports #REF!, constants, formulas and unknown sheets as invalid with their text', () => {
    expect(inputs.PE_Broken).toEqual({ name: 'PE_Broken', status: 'invalid', refersTo: '#REF!' });
    expect(inputs.PE_BrokenCell).toEqual({
      name: 'PE_BrokenCell',
      status: 'invalid',
      refersTo: '基础数据!#REF!',
    });
    expect(inputs.PE_Constant).toEqual({ name: 'PE_Constant', status: 'invalid', refersTo: '5' });
    expect(inputs.PE_Text).toEqual({ name: 'PE_Text', status: 'invalid', refersTo: '"abc"' });
    expect(inputs.PE_Formula).toMatchObject({ status: 'invalid', refersTo: 'SUM(基础数据!$C$6:$C$7)' });
    expect(inputs.PE_OtherSheet).toMatchObject({ status: 'invalid', refersTo: 'NoSuchSheet!$A$1' });
  });

  it('treats a sheet-scoped-only name as missing and says where it is defined', () => {
    expect(inputs.PE_LocalOnly).toEqual({
      name: 'PE_LocalOnly',
      status: 'missing',
      sheetScopedOn: ['功能分类'],
    });
  });

  it('resolves the workbook-scoped name even when a sheet-scoped one shares its name', () => {
    expect(inputs.PE_BudgetInitial).toMatchObject({
      status: 'range',
      address: '基础数据!C6',
      cells: [[{ kind: 'number', value: 624.04 }]],
    });
  });

  it('caps a whole column to the used rows and says so', () => {
    const input = inputs.PE_Column;
    if (input.status !== 'range') throw new Error(`expected a range, got ${input.status}`);
    expect(input.cappedFrom).toBe('基础数据!$C:$C');
    // The sample's 基础数据 sheet ends with the satisfaction row (row 48).
    expect(input.address).toBe('基础数据!C1:C48');
    expect(input.cells).toHaveLength(48);
    expect(input.cells[47]).toEqual([{ kind: 'number', value: 0.95 }]);
    // C5 lies inside the merged section header A5:E5: empty, as Excel reports it (exceljs would echo A5).
    expect(input.cells[4]).toEqual([{ kind: 'empty' }]);
    expect(input.cells[5]).toEqual([{ kind: 'number', value: 624.04 }]);
  });

  it('reads a quoted sheet reference as an area', () => {
    expect(inputs.PE_Quoted).toMatchObject({
      status: 'range',
      address: '人工评分!B2:C3',
      cells: [
        [
          { kind: 'number', value: 5 },
          { kind: 'number', value: 5 },
        ],
        [
          { kind: 'number', value: 5 },
          { kind: 'number', value: 5 },
        ],
      ],
    });
  });
});

describe('cell contents', () => {
  it('maps text, errors, booleans, empties, rich text, formulas, dates and hyperlinks', async () => {
    const sample = loadSample();
    const workbook = buildDepartmentWorkbook(
      {
        ...sample.inputs,
        PE_BudgetInitial: 'abc',
        PE_BudgetAdjusted: { error: '#DIV/0!' },
        PE_Expenditure: true,
        PE_ThreePublicBudget: null,
        PE_ThreePublicBudgetPrior: { richText: ['14', '.29'] },
        PE_ThreePublicActual: { formula: 'ROUND(12.456,2)', result: 12.46 },
        PE_PublicFundsBudget: { formula: 'C6*2' },
        PE_PublicFundsActual: new Date(Date.UTC(2020, 11, 31)),
        PE_StockFundsEnd: '',
        PE_AssetsCurrent: { formula: 'NA()', result: '#N/A' },
        PE_AssetsFixed: ' 1,000.00 ',
      },
      sample.functional,
    );
    const sheet = workbook.getWorksheet('基础数据')!;
    sheet.getCell('C19').value = { text: '见附表', hyperlink: 'https://example.org/' };
    // A date is a number with a date format; the money format of the layout would hide it.
    sheet.getCell('C16').numFmt = 'yyyy-mm-dd';
    const file = await writeWorkbook(dir, 'kinds.xlsx', workbook);
    const inputs = await readNames(file, [
      'PE_BudgetInitial',
      'PE_BudgetAdjusted',
      'PE_Expenditure',
      'PE_ThreePublicBudget',
      'PE_ThreePublicBudgetPrior',
      'PE_ThreePublicActual',
      'PE_PublicFundsBudget',
      'PE_PublicFundsActual',
      'PE_StockFundsEnd',
      'PE_StockFundsPriorEnd',
      'PE_AssetsFixed',
    ]);
    const cell = (name: string) => {
      const input = inputs[name];
      if (input.status !== 'range') throw new Error(`${name}: ${input.status}`);
      return input.cells[0][0];
    };
    expect(cell('PE_BudgetInitial')).toEqual({ kind: 'text', value: 'abc' });
    expect(cell('PE_BudgetAdjusted')).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(cell('PE_Expenditure')).toEqual({ kind: 'boolean', value: true });
    expect(cell('PE_ThreePublicBudget')).toEqual({ kind: 'empty' });
    expect(cell('PE_ThreePublicBudgetPrior')).toEqual({ kind: 'text', value: '14.29' });
    expect(cell('PE_ThreePublicActual')).toEqual({ kind: 'number', value: 12.46 });
    // A formula nobody calculated has no value to report.
    expect(cell('PE_PublicFundsBudget')).toEqual({ kind: 'empty' });
    expect(cell('PE_PublicFundsActual')).toEqual({ kind: 'text', value: '2020-12-31' });
    expect(cell('PE_StockFundsEnd')).toEqual({ kind: 'empty' });
    expect(cell('PE_StockFundsPriorEnd')).toEqual({ kind: 'text', value: '见附表' });
    expect(cell('PE_AssetsFixed')).toEqual({ kind: 'text', value: ' 1,000.00 ' });
  });

  it('reads a cached formula error and a shared formula result', async () => {
    const sample = loadSample();
    const workbook = buildDepartmentWorkbook(sample.inputs, sample.functional);
    const sheet = workbook.getWorksheet('基础数据')!;
    sheet.getCell('C25').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    // exceljs writes a shared-formula master from these (untyped) extra fields.
    const master: CellFormulaValue & { shareType: 'shared'; ref: string } = {
      formula: 'C6+1',
      result: 625.04,
      shareType: 'shared',
      ref: 'C26:C27',
    };
    sheet.getCell('C26').value = master;
    sheet.getCell('C27').value = { sharedFormula: 'C26', result: 1 };
    const file = await writeWorkbook(dir, 'formulas.xlsx', workbook);
    const inputs = await readNames(file, ['PE_AssetsCurrent', 'PE_AssetsFixed', 'PE_AssetsIntangible']);
    expect(inputs.PE_AssetsCurrent).toMatchObject({ cells: [[{ kind: 'error', value: '#DIV/0!' }]] });
    expect(inputs.PE_AssetsFixed).toMatchObject({ cells: [[{ kind: 'number', value: 625.04 }]] });
    expect(inputs.PE_AssetsIntangible).toMatchObject({ cells: [[{ kind: 'number', value: 1 }]] });
  });
});

describe('sheets', () => {
  it('resolves names on hidden and very hidden sheets and reports their state', async () => {
    const sample = loadSample();
    const workbook = buildDepartmentWorkbook(sample.inputs, sample.functional);
    workbook.getWorksheet('人工评分')!.state = 'hidden';
    workbook.getWorksheet('功能分类')!.state = 'veryHidden';
    const file = await writeWorkbook(dir, 'hidden.xlsx', workbook);
    const opened = await openXlsxWorkbook(file);
    expect(opened.sheets).toEqual([
      { name: '基础数据', state: 'visible' },
      { name: '功能分类', state: 'veryHidden' },
      { name: '人工评分', state: 'hidden' },
    ]);
    const snapshot = await opened.read({
      names: ['PE_Score_RiskControl', 'PE_FunctionalTable'],
      sheetName: SHEET,
    });
    expect(snapshot.inputs[0]).toMatchObject({ status: 'range', cells: [[{ kind: 'number', value: 5 }]] });
    expect(snapshot.inputs[1]).toMatchObject({ status: 'range', address: '功能分类!A3:D6' });
  });

  it('reads requested extra sheets that exist and reports an absent evaluation sheet', async () => {
    const file = await writeDepartment(dir, 'extra.xlsx');
    const snapshot = await (
      await openXlsxWorkbook(file)
    ).read({
      names: [],
      sheetName: SHEET,
      extraSheets: ['人工评分', '没有这张表'],
    });
    expect(Object.keys(snapshot.extraSheets)).toEqual(['人工评分']);
    const scores = snapshot.extraSheets['人工评分'];
    expect(scores).toHaveLength(8);
    expect(scores[0][0]).toEqual({ kind: 'text', value: '评分项目' });
    expect(scores[7][2]).toEqual({ kind: 'number', value: 6 });
    expect(snapshot.sheet).toEqual({ exists: false, owned: false, cells: [] });
  });

  it('opens the committed example workbook', async () => {
    const example = path.resolve(__dirname, '../../../examples/pingshi-2020.xlsx');
    const { PE_Year: year, PE_FunctionalTable: table } = await readNames(example, [
      'PE_Year',
      'PE_FunctionalTable',
    ]);
    expect(year).toMatchObject({ status: 'range', cells: [[{ kind: 'number', value: 2020 }]] });
    expect(table).toMatchObject({ status: 'range', address: '功能分类!A3:D6' });
  });
});
