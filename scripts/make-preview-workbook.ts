/**
 * Generates src/preview/sampleWorkbook.json, the fake-workbook spec the browser preview loads,
 * from the bundled sample examples/pingshi-2020.xlsx, so the preview holds exactly that workbook.
 *
 * Usage: npm run make:preview
 *
 * Cells (values, formulas, number formats) come from the file's sheets; the named ranges are
 * resolved by the xlsx adapter of the workbook port, the same code the command line trusts.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { Cell, CellValue } from 'exceljs';
import { INPUT_NAMES } from '../src/engine';
import { projectRoot } from '../src/cli/projectRoot';
import { openXlsxWorkbook } from '../src/workbook/xlsx';
import { DEFAULT_SHEET_NAME } from '../src/workbook/layout';
import type {
  FakeCellSpec,
  FakeNameSpec,
  FakeSheetSpec,
  FakeWorkbookSpec,
} from '../src/preview/fakeExcel/spec';

const SAMPLE = 'examples/pingshi-2020.xlsx';
const OUTPUT = 'src/preview/sampleWorkbook.json';

const withFormat = (value: number | string | boolean, numFmt: string | undefined): FakeCellSpec =>
  numFmt && numFmt !== 'General' ? { value, numberFormat: numFmt } : value;

/** One exceljs cell as a fake-workbook cell spec; null for cells with nothing to show. */
function cellSpec(cell: Cell): FakeCellSpec | null {
  const v: CellValue = cell.value;
  const numFmt = cell.numFmt || undefined;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return withFormat(v, numFmt);
  if (typeof v === 'string') return withFormat(v, numFmt);
  if (v instanceof Date) throw new Error(`${cell.address}: dates are not expected in the sample`);
  if ('formula' in v && typeof v.formula === 'string') {
    return numFmt ? { formula: v.formula, numberFormat: numFmt } : { formula: v.formula };
  }
  if ('richText' in v) return withFormat(v.richText.map((r) => r.text).join(''), numFmt);
  if ('error' in v) return { error: String(v.error) };
  throw new Error(`${cell.address}: unsupported cell content ${JSON.stringify(v)}`);
}

async function main(): Promise<void> {
  const root = projectRoot(__dirname);
  const samplePath = path.join(root, SAMPLE);
  const file = new Workbook();
  await file.xlsx.readFile(samplePath);

  const sheets: FakeSheetSpec[] = [];
  file.eachSheet((ws) => {
    // A sample is evaluated in the preview; an evaluation sheet saved into it would not be "the sample".
    if (ws.name === DEFAULT_SHEET_NAME) return;
    const cells: Record<string, FakeCellSpec> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // exceljs repeats a merged area's value in every cell; only the top-left one holds it.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const spec = cellSpec(cell);
        if (spec !== null) cells[cell.address] = spec;
      });
    });
    sheets.push({ name: ws.name, ...(ws.state === 'visible' ? {} : { hidden: true }), cells });
  });

  // Names through the adapter: it reads workbook.xml itself, so no name exceljs drops is lost.
  const adapter = await openXlsxWorkbook(samplePath);
  const snapshot = await adapter.read({ names: [...INPUT_NAMES], sheetName: DEFAULT_SHEET_NAME });
  const names: FakeNameSpec[] = [];
  for (const input of snapshot.inputs) {
    if (input.status === 'range') names.push({ name: input.name, refersTo: absolute(input.address) });
    else if (input.status === 'invalid') names.push({ name: input.name, refersTo: input.refersTo });
  }

  const spec: FakeWorkbookSpec = { sheets, names };
  const outPath = path.join(root, OUTPUT);
  await fs.writeFile(outPath, JSON.stringify(spec, null, 2) + '\n');
  console.log(`wrote ${OUTPUT}: ${sheets.length} sheets, ${names.length} names from ${SAMPLE}`);
}

/** `Sheet!C5` → `Sheet!$C$5` (and ranges), the way Excel shows a defined name's reference. */
function absolute(address: string): string {
  const bang = address.lastIndexOf('!');
  const local = address.slice(bang + 1).replace(/\$/g, '');
  return `${address.slice(0, bang + 1)}${local.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
