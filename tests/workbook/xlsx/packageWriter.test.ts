/**
 * The saved file is the input package with only the evaluation's parts patched in: every other
 * part comes out byte for byte, parts exceljs cannot keep survive, existing style indexes hold,
 * and the result opens in exceljs and in LibreOffice.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { runEvaluationFlow } from '../../../src/workbook/flow';
import { ForeignSheetError } from '../../../src/workbook/port';
import { OWNER_MARK } from '../../../src/workbook/sheetModel';
import type { SheetModel } from '../../../src/workbook/sheetModel';
import { openXlsxWorkbook } from '../../../src/workbook/xlsx';
import { writePackage } from '../../../src/workbook/xlsx/packageWriter';
import {
  convertToCsv,
  findSoffice,
  makeRecalcProfile,
  parseCsv,
  sheetCsvPath,
} from '../../libreoffice/soffice';
import { makeTempDir, writeDepartment } from './helpers';

jest.setTimeout(120_000);

const SHEET = '绩效自评';
const INPUTS_SHEET = '输入数据';
/** The parts the writer may change; every other part of the input must come out unchanged. */
const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

const CUSTOM_XML =
  '<?xml version="1.0" encoding="UTF-8"?><budget xmlns="urn:example:budget"><code>301</code></budget>';
const CUSTOM_PROPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>财务科</vt:lpwstr></property>' +
  '</Properties>';

async function loadZip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await fs.readFile(file));
}

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await loadZip(file);
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  }
  return out;
}

async function text(file: string, part: string): Promise<string> {
  const entry = (await loadZip(file)).file(part);
  if (!entry) throw new Error(`no ${part} in ${file}`);
  return entry.async('string');
}

/** Rewrites parts of an .xlsx in place (to build inputs exceljs cannot write). */
async function patch(file: string, edit: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await loadZip(file);
  await edit(zip);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function editText(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  zip.file(part, edit(await zip.file(part)!.async('string')));
}

/** A department workbook carrying a custom XML part and custom document properties. */
async function workbookWithExtraParts(dir: string, file: string): Promise<string> {
  const input = await writeDepartment(dir, file);
  await patch(input, async (zip) => {
    zip.file('customXml/item1.xml', CUSTOM_XML);
    zip.file('docProps/custom.xml', CUSTOM_PROPS);
    await editText(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
      ),
    );
    await editText(zip, '_rels/.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
      ),
    );
    await editText(zip, '[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    );
  });
  return input;
}

/** Runs the evaluation flow as the command line does and saves the result. */
async function evaluate(input: string, output: string): Promise<void> {
  const workbook = await openXlsxWorkbook(input);
  const result = await runEvaluationFlow(workbook, { inputsSheetName: INPUTS_SHEET });
  expect(result.outcome.written).toBe(true);
  await workbook.save(output);
}

/** The top-level children of a list in styles.xml (`<cellXfs>` → its `<xf>` elements, as text). */
function listItems(stylesXml: string, list: string, item: string): string[] {
  const block = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(stylesXml);
  const inner = block?.[1] ?? '';
  return [...inner.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map(
    (m) => m[0],
  );
}

function sheetTags(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('saving by patching the input package', () => {
  let input: string;
  let output: string;
  beforeAll(async () => {
    input = await workbookWithExtraParts(dir, 'extra.xlsx');
    output = path.join(dir, 'extra-out.xlsx');
    await evaluate(input, output);
  });

  it('leaves every part it does not edit byte for byte as it was', async () => {
    const before = await entries(input);
    const after = await entries(output);
    const untouched = [...before.keys()].filter((name) => !EDITED.includes(name));
    expect(untouched).toEqual(
      expect.arrayContaining(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'docProps/core.xml']),
    );
    for (const name of untouched) {
      expect({ name, same: after.get(name)?.equals(before.get(name)!) }).toEqual({ name, same: true });
    }
    // Nothing of the input is missing, and the two written sheets are the only new parts.
    expect([...after.keys()].filter((name) => !before.has(name)).sort()).toEqual([
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet5.xml',
    ]);
  });

  it('keeps a custom XML part and custom properties that exceljs drops', async () => {
    const after = await loadZip(output);
    expect(await after.file('customXml/item1.xml')?.async('string')).toBe(CUSTOM_XML);
    expect(await after.file('docProps/custom.xml')?.async('string')).toBe(CUSTOM_PROPS);
    expect(await text(output, 'xl/_rels/workbook.xml.rels')).toContain('Target="../customXml/item1.xml"');
    expect(await text(output, '[Content_Types].xml')).toContain('PartName="/docProps/custom.xml"');

    // The same input saved by exceljs alone loses them: the reason for patching.
    const viaExceljs = new Workbook();
    await viaExceljs.xlsx.readFile(input);
    const reSerialised = await JSZip.loadAsync(await viaExceljs.xlsx.writeBuffer());
    expect(reSerialised.file('customXml/item1.xml')).toBeNull();
  });

  it('only appends to the style lists, so existing cells keep their formats', async () => {
    const before = await text(input, 'xl/styles.xml');
    const after = await text(output, 'xl/styles.xml');
    for (const [list, item] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
    ]) {
      const old = listItems(before, list, item);
      const now = listItems(after, list, item);
      expect({ list, head: now.slice(0, old.length) }).toEqual({ list, head: old });
      const count = new RegExp(`<${list}\\b[^>]*\\bcount="(\\d+)"`).exec(after)?.[1];
      if (now.length > 0) expect({ list, count: Number(count) }).toEqual({ list, count: now.length });
    }
    expect(listItems(after, 'cellXfs', 'xf').length).toBeGreaterThan(
      listItems(before, 'cellXfs', 'xf').length,
    );
    expect(listItems(after, 'dxfs', 'dxf').length).toBeGreaterThan(0);

    // Read through exceljs, the formats of the input sheets are those of the input.
    const load = async (file: string): Promise<Workbook> => {
      const wb = new Workbook();
      await wb.xlsx.readFile(file);
      return wb;
    };
    const [a, b] = await Promise.all([load(input), load(output)]);
    for (const sheet of ['基础数据', '功能分类', '人工评分']) {
      a.getWorksheet(sheet)!.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const other = b.getWorksheet(sheet)!.getCell(r, c);
          expect({ at: `${sheet}!${cell.address}`, style: other.style }).toEqual({
            at: `${sheet}!${cell.address}`,
            style: cell.style,
          });
        }),
      );
    }
  });

  it('adds the sheets after the others, asks for a full recalculation and keeps every name', async () => {
    const before = await text(input, 'xl/workbook.xml');
    const after = await text(output, 'xl/workbook.xml');
    expect(after).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const names = (xml: string): string[] =>
      [...xml.matchAll(/<definedName\b[\s\S]*?<\/definedName>/g)].map((m) => m[0]);
    expect(names(after)).toEqual(names(before));
    expect(names(after).length).toBeGreaterThan(30);
    const tags = sheetTags(after);
    expect(tags.slice(0, 3)).toEqual(sheetTags(before));
    expect(tags.slice(3).map((t) => /name="([^"]+)"/.exec(t)?.[1])).toEqual([SHEET, INPUTS_SHEET]);
  });

  it('writes text inline, formulas without a cached value, and the sheet layout', async () => {
    const xml = await text(output, 'xl/worksheets/sheet4.xml');
    expect(xml).not.toMatch(/t="s"/);
    expect(xml).toContain(`<is><t>${OWNER_MARK}</t></is>`);
    expect(xml).toMatch(/<c r="[A-Z]+\d+"[^>]*><f>[^<]+<\/f><\/c>/);
    expect(xml).not.toMatch(/<\/f><v>/);
    expect(xml).toMatch(/<pane ySplit="\d+" topLeftCell="A\d+" activePane="bottomLeft" state="frozen"\/>/);
    expect(xml).toMatch(/<cols><col min="1" max="1" width="[\d.]+" customWidth="1"\/>/);
    expect(xml).toMatch(/<mergeCells count="\d+"><mergeCell ref="A1:[A-Z]+1"\/>/);
    expect(xml).toMatch(
      /<conditionalFormatting sqref="[A-Z]+\d+:[A-Z]+\d+"><cfRule type="expression" dxfId="\d+" priority="1"><formula>[A-Z]+\d+=&quot;/,
    );
    // The shared string table of the input is not touched by the new text.
    expect(await text(output, 'xl/sharedStrings.xml')).toBe(await text(input, 'xl/sharedStrings.xml'));
  });

  it('opens in exceljs with the evaluation sheet readable', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '基础数据',
      '功能分类',
      '人工评分',
      SHEET,
      INPUTS_SHEET,
    ]);
    const sheet = wb.getWorksheet(SHEET)!;
    const values: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(OWNER_MARK);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
  });
});

describe('rewriting a sheet of ours in a patched package', () => {
  it('keeps its place, sheetId and visibility, and drops the stale calculation chain', async () => {
    const input = await writeDepartment(dir, 'again.xlsx');
    const first = path.join(dir, 'again-1.xlsx');
    await evaluate(input, first);
    // Hide our sheet and give the file a calculation chain, as Excel would after a save.
    await patch(first, async (zip) => {
      await editText(zip, 'xl/workbook.xml', (xml) =>
        xml.replace(`name="${SHEET}"`, `name="${SHEET}" state="hidden"`),
      );
      zip.file(
        'xl/calcChain.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="4"/></calcChain>',
      );
      await editText(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rId901" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
      await editText(zip, '[Content_Types].xml', (xml) =>
        xml.replace(
          '</Types>',
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
    });
    const second = path.join(dir, 'again-2.xlsx');
    await evaluate(first, second);

    const tagsBefore = sheetTags(await text(first, 'xl/workbook.xml'));
    const tagsAfter = sheetTags(await text(second, 'xl/workbook.xml'));
    expect(tagsAfter).toEqual(tagsBefore);
    expect(tagsAfter.find((t) => t.includes(`name="${SHEET}"`))).toContain('state="hidden"');

    const zip = await loadZip(second);
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await text(second, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await text(second, '[Content_Types].xml')).not.toContain('calcChain');
    // The same parts, no more: the sheets were replaced where they were.
    const names = (z: JSZip): string[] =>
      Object.keys(z.files)
        .filter((n) => n !== 'xl/calcChain.xml')
        .sort();
    expect(names(zip)).toEqual(names(await loadZip(first)));
    const reopened = await openXlsxWorkbook(second);
    expect(reopened.sheets.find((s) => s.name === SHEET)?.state).toBe('hidden');
    expect((await reopened.read({ names: [], sheetName: SHEET })).sheet.owned).toBe(true);
  });
});

const CHARTSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>';

/** A department workbook with a chart sheet (which exceljs does not load) of the given name. */
async function workbookWithChartSheet(file: string, chartName: string): Promise<string> {
  const input = await writeDepartment(dir, file);
  await patch(input, async (zip) => {
    zip.file('xl/chartsheets/sheet1.xml', CHARTSHEET);
    await editText(zip, 'xl/workbook.xml', (xml) =>
      xml.replace('</sheets>', `<sheet name="${chartName}" sheetId="9" r:id="rId902"/></sheets>`),
    );
    await editText(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rId902" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
      ),
    );
    await editText(zip, '[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
      ),
    );
  });
  return input;
}

describe('chart sheets, which exceljs does not load', () => {
  it('are kept, part and entry, when the evaluation is saved', async () => {
    const input = await workbookWithChartSheet('chart.xlsx', '图表');
    const output = path.join(dir, 'chart-out.xlsx');
    await evaluate(input, output);
    expect(await text(output, 'xl/chartsheets/sheet1.xml')).toBe(CHARTSHEET);
    const names = sheetTags(await text(output, 'xl/workbook.xml')).map((t) => /name="([^"]+)"/.exec(t)?.[1]);
    expect(names).toEqual(['基础数据', '功能分类', '人工评分', '图表', SHEET, INPUTS_SHEET]);
    expect(await text(output, '[Content_Types].xml')).toContain('PartName="/xl/chartsheets/sheet1.xml"');
  });

  it('count as a sheet that is not ours: refused, and replaced in place only when told to', async () => {
    const input = await workbookWithChartSheet('chart-named.xlsx', SHEET);
    const opened = await openXlsxWorkbook(input);
    await expect(opened.write(evaluationLike())).rejects.toBeInstanceOf(ForeignSheetError);
    await opened.write(evaluationLike(), { overwriteForeign: true });
    const output = path.join(dir, 'chart-named-out.xlsx');
    await opened.save(output);

    const tags = sheetTags(await text(output, 'xl/workbook.xml'));
    expect(tags).toEqual(sheetTags(await text(input, 'xl/workbook.xml')));
    // The relationship now leads to a worksheet part; the chart sheet part is gone.
    const rels = await text(output, 'xl/_rels/workbook.xml.rels');
    const target = /Id="rId902" Type="[^"]+\/worksheet" Target="(worksheets\/sheet\d+\.xml)"/.exec(rels)?.[1];
    expect(target).toBeDefined();
    const contentTypes = await text(output, '[Content_Types].xml');
    expect(contentTypes).not.toContain('chartsheets');
    expect(contentTypes).toContain(
      `<Override PartName="/xl/${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    expect((await loadZip(output)).file('xl/chartsheets/sheet1.xml')).toBeNull();
    const { sheet } = await (await openXlsxWorkbook(output)).read({ names: [], sheetName: SHEET });
    expect(sheet).toMatchObject({ exists: true, owned: true });
  });
});

/** A small sheet of ours. */
function evaluationLike(): SheetModel {
  return {
    name: SHEET,
    rows: [[{ value: { t: 'text', v: '自评' } }, { value: { t: 'text', v: OWNER_MARK } }]],
    columnWidths: [20],
    freezeRows: 1,
    merges: [],
    highlights: [],
  };
}

describe('text that needs escaping', () => {
  const model: SheetModel = {
    name: '说明',
    rows: [
      [{ value: { t: 'text', v: ' a<b & c>"d" ' } }, { value: { t: 'text', v: '行一\n行二' } }],
      [{ value: { t: 'text', v: 'tab\u0001_x0041_' } }, { value: { t: 'text', v: OWNER_MARK } }],
    ],
    columnWidths: [],
    freezeRows: 0,
    merges: [],
    highlights: [],
  };

  it('is escaped, keeps its spaces and line breaks, and reads back as written', async () => {
    const input = await writeDepartment(dir, 'escape.xlsx');
    const bytes = await writePackage(await fs.readFile(input), [model]);
    const out = path.join(dir, 'escape-out.xlsx');
    await fs.writeFile(out, bytes);
    const xml = await text(out, 'xl/worksheets/sheet4.xml');
    expect(xml).toContain('<t xml:space="preserve"> a&lt;b &amp; c&gt;"d" </t>');
    expect(xml).toContain('<t xml:space="preserve">行一\n行二</t>');
    expect(xml).toContain('<t>tab_x0001__x005F_x0041_</t>');
    const { sheet } = await (await openXlsxWorkbook(out)).read({ names: [], sheetName: '说明' });
    expect(sheet.cells[0]).toEqual([
      { kind: 'text', value: ' a<b & c>"d" ' },
      { kind: 'text', value: '行一\n行二' },
    ]);
  });

  it('patches a zip written with data descriptors (streamed) as well', async () => {
    const input = await writeDepartment(dir, 'streamed.xlsx');
    const zip = await loadZip(input);
    const streamed = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      streamFiles: true,
    });
    // General purpose flag bit 3 in the first local header: sizes follow the data.
    expect(streamed.readUInt16LE(6) & 0x0008).toBe(0x0008);
    const out = path.join(dir, 'streamed-out.xlsx');
    await fs.writeFile(out, await writePackage(streamed, [model]));
    const before = await entries(input);
    const after = await entries(out);
    for (const [name, data] of before) {
      if (!EDITED.includes(name))
        expect({ name, same: after.get(name)?.equals(data) }).toEqual({ name, same: true });
    }
    const { sheet } = await (
      await openXlsxWorkbook(out)
    ).read({ names: ['PE_BudgetInitial'], sheetName: '说明' });
    expect(sheet.owned).toBe(true);
  });

  it('gives back the input unchanged when nothing was written', async () => {
    const input = await writeDepartment(dir, 'nothing.xlsx');
    const bytes = await fs.readFile(input);
    expect(Buffer.from(await writePackage(bytes, [])).equals(bytes)).toBe(true);
  });
});

describe('LibreOffice', () => {
  it('opens the patched file and shows the evaluation sheet with its values', async () => {
    const soffice = findSoffice();
    if (!soffice) {
      throw new Error(
        'LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc',
      );
    }
    const input = await workbookWithExtraParts(dir, 'lo.xlsx');
    const output = path.join(dir, 'lo-out.xlsx');
    await evaluate(input, output);
    const csvDir = path.join(dir, 'lo-csv');
    await convertToCsv(soffice, await makeRecalcProfile(path.join(dir, 'lo-profile')), [output], csvDir);
    const rows = parseCsv(await fs.readFile(sheetCsvPath(csvDir, output, SHEET), 'utf8'));
    const value = (label: string): string | undefined => rows.find((r) => r[0] === label)?.[1];
    expect(value('部门（单位）')).toBe('乐昌市人民政府坪石办事处');
    expect(value('总分')).toBe('96.9');
    expect(value('生成程序')).toBe(OWNER_MARK);
    // The live formulas were computed by LibreOffice from the named ranges and agree.
    expect(value('评价表状态（实时）')).toBe('一致');
    const statuses = rows.filter((r) => r.includes('budget_control_rate') || r.includes('procurement_rate'));
    expect(statuses.map((r) => r.includes('一致'))).toEqual([true, true]);
  });
});
