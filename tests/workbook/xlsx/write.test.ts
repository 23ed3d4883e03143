import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { ForeignSheetError } from '../../../src/workbook/port';
import { OWNER_MARK } from '../../../src/workbook/sheetModel';
import type { SheetCellModel, SheetModel } from '../../../src/workbook/sheetModel';
import { buildDepartmentWorkbook } from '../../../src/workbook/xlsx/departmentWorkbook';
import { openXlsxWorkbook, WorkbookSaveError } from '../../../src/workbook/xlsx';
import {
  addDefinedNames,
  loadSample,
  makeTempDir,
  readZipEntry,
  writeDepartment,
  writeWorkbook,
} from './helpers';

const SHEET = '绩效自评';

const text = (v: string, style?: SheetCellModel['style']): SheetCellModel => ({
  value: { t: 'text', v },
  style,
});
const num = (v: number, style?: SheetCellModel['style']): SheetCellModel => ({
  value: { t: 'number', v },
  style,
});

function evaluationModel(total = 96.9, name = SHEET): SheetModel {
  return {
    name,
    rows: [
      [text('部门整体支出绩效自评表', { bold: true, fontSize: 14, align: 'center' })],
      [text('指标'), text('值'), text('得分'), text('状态')],
      [
        text('=1+1', { wrap: true }),
        num(0.986, { numFmt: '0.00%' }),
        num(5.92, { numFmt: '0.00' }),
        text('已过期'),
      ],
      [
        text('合计', { bold: true, fill: 'FFF2CC', color: 'C00000' }),
        { value: { t: 'empty' } },
        { value: { t: 'formula', f: 'SUM(C3:C3)' }, style: { numFmt: '0.00', align: 'right' } },
        text('正常'),
      ],
      [text(OWNER_MARK), num(total)],
    ],
    columnWidths: [30, 12, 10, 8],
    freezeRows: 2,
    merges: ['A1:D1'],
    highlights: [{ range: 'D3:D4', text: '已过期', fill: 'FFC7CE', color: '9C0006' }],
  };
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

async function loadWithExceljs(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The XML of a sheet, found by name through workbook.xml and its relationships. */
async function sheetXml(file: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const target =
    new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  return zip.file(`xl/${target![1].replace(/^\/?xl\//, '')}`)!.async('string');
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writing the evaluation sheet', () => {
  let input: string;
  let output: string;
  let inputHash: string;
  beforeAll(async () => {
    input = await writeDepartment(dir, 'in.xlsx');
    inputHash = await sha256(input);
    const workbook = await openXlsxWorkbook(input);
    await workbook.read({ names: ['PE_BudgetInitial'], sheetName: SHEET });
    await workbook.write(evaluationModel());
    output = path.join(dir, 'out.xlsx');
    await workbook.save(output);
  });

  it('leaves the input file byte-identical', async () => {
    expect(await sha256(input)).toBe(inputHash);
  });

  it('adds the sheet at the end and reads it back as owned', async () => {
    const reopened = await openXlsxWorkbook(output);
    expect(reopened.sheets.map((s) => s.name)).toEqual(['基础数据', '功能分类', '人工评分', SHEET]);
    const { sheet } = await reopened.read({ names: [], sheetName: SHEET });
    expect(sheet.exists).toBe(true);
    expect(sheet.owned).toBe(true);
    expect(sheet.cells[2].slice(0, 3)).toEqual([
      { kind: 'text', value: '=1+1' },
      { kind: 'number', value: 0.986 },
      { kind: 'number', value: 5.92 },
    ]);
    expect(sheet.cells[4][1]).toEqual({ kind: 'number', value: 96.9 });
  });

  it('writes formats, fonts, fills, widths, merges and frozen rows', async () => {
    const sheet = (await loadWithExceljs(output)).getWorksheet(SHEET)!;
    expect(sheet.getCell('B3').numFmt).toBe('0.00%');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A1').font.size).toBe(14);
    expect(sheet.getCell('A1').alignment.horizontal).toBe('center');
    expect(sheet.getCell('A3').alignment.wrapText).toBe(true);
    expect(sheet.getCell('A4').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    });
    expect(sheet.getCell('A4').font.color).toEqual({ argb: 'FFC00000' });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(4).width).toBe(8);
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(sheet.getCell('D1').master.address).toBe('A1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('keeps text starting with "=" as text and writes formulas without a cached result', async () => {
    const xml = await sheetXml(output, SHEET);
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas).toEqual(['SUM(C3:C3)']);
    expect(xml).toMatch(/<c r="C4"[^>]*><f>SUM\(C3:C3\)<\/f><\/c>/);
    // Text is stored inline, so the shared string table of the input is left as it was.
    expect(xml).toMatch(/<c r="A3"[^>]*t="inlineStr"[^>]*><is><t>=1\+1<\/t><\/is><\/c>/);
    expect(await readZipEntry(output, 'xl/sharedStrings.xml')).not.toContain('=1+1');
    expect(await readZipEntry(output, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('turns highlight rules into conditional formatting comparing the cell to the text', async () => {
    const xml = await sheetXml(output, SHEET);
    expect(xml).toMatch(/<conditionalFormatting sqref="D3:D4">/);
    expect(xml).toContain('<formula>D3=&quot;已过期&quot;</formula>');
    expect(await readZipEntry(output, 'xl/styles.xml')).toMatch(/<dxf>.*FFFFC7CE.*<\/dxf>/s);
  });

  it('keeps the input workbook names resolvable in the output', async () => {
    const reopened = await openXlsxWorkbook(output);
    const { inputs } = await reopened.read({
      names: ['PE_BudgetInitial', 'PE_FunctionalTable'],
      sheetName: SHEET,
    });
    expect(inputs[0]).toMatchObject({
      status: 'range',
      address: '基础数据!C6',
      cells: [[{ kind: 'number', value: 624.04 }]],
    });
    expect(inputs[1]).toMatchObject({ status: 'range', address: '功能分类!A3:D6' });
  });

  it('refuses to save over the input file, however the path is spelled', async () => {
    const workbook = await openXlsxWorkbook(input);
    await workbook.write(evaluationModel());
    const spelled = path.join(dir, '.', '..', path.basename(dir), 'in.xlsx');
    await expect(workbook.save(input)).rejects.toMatchObject({ code: 'same_as_input' });
    await expect(workbook.save(spelled)).rejects.toBeInstanceOf(WorkbookSaveError);
    const link = path.join(dir, 'link.xlsx');
    await fs.link(input, link);
    await expect(workbook.save(link)).rejects.toMatchObject({ code: 'same_as_input' });
    expect(await sha256(input)).toBe(inputHash);
  });
});

describe('rewriting', () => {
  it('keeps an owned sheet at its position, and a second write gives the same sheet', async () => {
    const input = await writeDepartment(dir, 'rewrite-in.xlsx');
    const first = await openXlsxWorkbook(input);
    await first.write(evaluationModel(90));
    await first.write({ ...evaluationModel(0, '输入数据'), highlights: [] });
    const middle = path.join(dir, 'rewrite-1.xlsx');
    await first.save(middle);

    const second = await openXlsxWorkbook(middle);
    await second.write(evaluationModel(96.9));
    const once = await second.read({ names: [], sheetName: SHEET });
    await second.write(evaluationModel(96.9));
    const twice = await second.read({ names: [], sheetName: SHEET });
    expect(twice.sheet).toEqual(once.sheet);
    const last = path.join(dir, 'rewrite-2.xlsx');
    await second.save(last);

    const reopened = await openXlsxWorkbook(last);
    expect(reopened.sheets.map((s) => s.name)).toEqual([
      '基础数据',
      '功能分类',
      '人工评分',
      SHEET,
      '输入数据',
    ]);
    const { sheet } = await reopened.read({ names: [], sheetName: SHEET });
    expect(sheet.cells[4][1]).toEqual({ kind: 'number', value: 96.9 });
    expect(sheet.cells).toHaveLength(5);
  });

  it('refuses a foreign sheet of the same name unless told to overwrite it, and keeps its place', async () => {
    const sample = loadSample();
    const workbook = buildDepartmentWorkbook(sample.inputs, sample.functional);
    workbook.addWorksheet(SHEET).getCell('A1').value = '科长的笔记';
    workbook.addWorksheet('附注').getCell('A1').value = '备注';
    const input = await writeWorkbook(dir, 'foreign.xlsx', workbook);

    const opened = await openXlsxWorkbook(input);
    const { sheet } = await opened.read({ names: [], sheetName: SHEET });
    expect(sheet).toMatchObject({ exists: true, owned: false });
    await expect(opened.write(evaluationModel())).rejects.toBeInstanceOf(ForeignSheetError);

    await opened.write(evaluationModel(), { overwriteForeign: true });
    const out = path.join(dir, 'foreign-out.xlsx');
    await opened.save(out);
    const reopened = await openXlsxWorkbook(out);
    expect(reopened.sheets.map((s) => s.name)).toEqual(['基础数据', '功能分类', '人工评分', SHEET, '附注']);
    expect((await reopened.read({ names: [], sheetName: SHEET })).sheet.owned).toBe(true);
  });

  it('carries names exceljs drops (#REF!, constants, sheet scope) into the saved file', async () => {
    const input = await writeDepartment(dir, 'names-in.xlsx');
    await addDefinedNames(
      input,
      '<definedName name="PE_Broken">#REF!</definedName>' +
        '<definedName name="PE_Constant">5</definedName>' +
        '<definedName name="PE_Budget_Local" localSheetId="2">人工评分!$B$2</definedName>' +
        '<definedName name="PE_BudgetInitial" localSheetId="0">基础数据!$C$7</definedName>',
    );
    const opened = await openXlsxWorkbook(input);
    await opened.write(evaluationModel());
    const out = path.join(dir, 'names-out.xlsx');
    await opened.save(out);

    const xml = await readZipEntry(out, 'xl/workbook.xml');
    expect(xml).toContain('<definedName name="PE_Broken">#REF!</definedName>');
    expect(xml).toContain('<definedName name="PE_Budget_Local" localSheetId="2">人工评分!$B$2</definedName>');
    const { inputs } = await (
      await openXlsxWorkbook(out)
    ).read({
      names: ['PE_Broken', 'PE_Constant', 'PE_Budget_Local', 'PE_BudgetInitial'],
      sheetName: SHEET,
    });
    expect(inputs[0]).toMatchObject({ status: 'invalid', refersTo: '#REF!' });
    expect(inputs[1]).toMatchObject({ status: 'invalid', refersTo: '5' });
    expect(inputs[2]).toEqual({ name: 'PE_Budget_Local', status: 'missing', sheetScopedOn: ['人工评分'] });
    expect(inputs[3]).toMatchObject({ status: 'range', address: '基础数据!C6' });
  });
});
