/**
 * The one flow on real .xlsx files through the file adapter: write, rewrite keeping the clerk's
 * notes, idempotence, a foreign sheet of the same name, and freshness after an edit in the file.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CellValue, Workbook } from 'exceljs';
import { runEvaluationFlow } from '../../src/workbook/flow';
import { checkFreshness } from '../../src/workbook/freshness';
import { INPUTS_SHEET_NAME } from '../../src/workbook/inputsSheet';
import { DEFAULT_SHEET_NAME, META, formatTimestamp } from '../../src/workbook/layout';
import { OWNER_MARK } from '../../src/workbook/sheetModel';
import { openXlsxWorkbook } from '../../src/workbook/xlsx';
import { loadWorkbook, makeTempDir, setNamedCell, writeDepartment } from '../cli/support/files';

jest.setTimeout(60_000);

const FIRST = new Date(2021, 2, 31, 9, 0);
const SECOND = new Date(2021, 3, 1, 10, 30);
const THIRD = new Date(2021, 3, 2, 16, 45);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('flow');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Opens `input`, runs the flow, saves to `output`; returns the flow's result. */
async function evaluateFile(input: string, output: string, now: Date, overwriteForeign = false) {
  const wb = await openXlsxWorkbook(input);
  const result = await runEvaluationFlow(wb, { now, inputsSheetName: INPUTS_SHEET_NAME, overwriteForeign });
  await wb.save(output);
  return result;
}

/** Every non-empty cell of a sheet as address → value (formulas as their text). */
function cellsOf(wb: Workbook, sheet: string): Map<string, CellValue> {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out = new Map<string, CellValue>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      out.set(cell.address, cell.value);
    });
  });
  return out;
}

/** Address of the 人工说明 cell of an indicator, found by the header row and the 指标ID column. */
function noteCell(wb: Workbook, id: string): string {
  const ws = wb.getWorksheet(DEFAULT_SHEET_NAME)!;
  let header = 0;
  ws.eachRow((row, r) => {
    if (!header && (row.values as CellValue[]).includes('指标ID')) header = r;
  });
  const heads = ws.getRow(header).values as CellValue[];
  const idCol = heads.indexOf('指标ID');
  const noteCol = heads.indexOf('人工说明');
  for (let r = header + 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(idCol).value === id) return ws.getRow(r).getCell(noteCol).address;
  }
  throw new Error(`no row for ${id}`);
}

function generatedAtCell(wb: Workbook): string {
  const ws = wb.getWorksheet(DEFAULT_SHEET_NAME)!;
  let address = '';
  ws.eachRow((row) => {
    if (row.getCell(1).value === META.generatedAt) address = row.getCell(2).address;
  });
  return address;
}

describe('the flow on an .xlsx file', () => {
  let input: string;
  let first: string;
  beforeAll(async () => {
    input = await writeDepartment(dir, 'pingshi.xlsx');
    first = path.join(dir, 'pingshi.1.xlsx');
  });

  it('writes the evaluation sheet and the inputs sheet, leaving the input sheets in place', async () => {
    const result = await evaluateFile(input, first, FIRST);
    expect(result.outcome).toEqual({ written: true });
    expect(result.previous).toBeNull();
    expect(result.changes).toBeNull();
    expect(result.evaluation.total.toFixed(2)).toBe('96.90');
    const wb = await loadWorkbook(first);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '基础数据',
      '功能分类',
      '人工评分',
      DEFAULT_SHEET_NAME,
      INPUTS_SHEET_NAME,
    ]);
    const cells = cellsOf(wb, DEFAULT_SHEET_NAME);
    expect([...cells.values()]).toContain(OWNER_MARK);
    expect(cells.get(generatedAtCell(wb))).toBe(formatTimestamp(FIRST));
    // The named ranges the evaluation read are still there for the next run and for the live formulas.
    expect(wb.definedNames.getRanges('PE_Expenditure').ranges).toHaveLength(1);
  });

  it('keeps a 人工说明 typed into the saved sheet when it rewrites, and reports no changes', async () => {
    const note = '存量资金下降，因上年结转项目已于年内完成。';
    const wb = await loadWorkbook(first);
    wb.getWorksheet(DEFAULT_SHEET_NAME)!.getCell(noteCell(wb, 'stock_funds_change')).value = note;
    const typed = path.join(dir, 'pingshi.1-noted.xlsx');
    await wb.xlsx.writeFile(typed);

    const second = path.join(dir, 'pingshi.2.xlsx');
    const result = await evaluateFile(typed, second, SECOND);
    expect(result.outcome).toEqual({ written: true });
    expect(result.previous?.notes.get('stock_funds_change')).toBe(note);
    expect(result.changes?.indicators).toEqual([]);
    expect(result.changes?.oldTotal?.toFixed(2)).toBe('96.90');

    const out = await loadWorkbook(second);
    expect(out.getWorksheet(DEFAULT_SHEET_NAME)!.getCell(noteCell(out, 'stock_funds_change')).value).toBe(
      note,
    );
    // Only one evaluation sheet, where it was.
    expect(out.worksheets.filter((w) => w.name === DEFAULT_SHEET_NAME)).toHaveLength(1);

    // Idempotent: one more run changes no cell but the time it was generated.
    const third = path.join(dir, 'pingshi.3.xlsx');
    await evaluateFile(second, third, THIRD);
    const before = cellsOf(out, DEFAULT_SHEET_NAME);
    const againWb = await loadWorkbook(third);
    const after = cellsOf(againWb, DEFAULT_SHEET_NAME);
    const stamp = generatedAtCell(againWb);
    expect(stamp).toBe(generatedAtCell(out));
    expect(before.get(stamp)).toBe(formatTimestamp(SECOND));
    expect(after.get(stamp)).toBe(formatTimestamp(THIRD));
    before.delete(stamp);
    after.delete(stamp);
    expect(after).toEqual(before);
    expect(before.size).toBeGreaterThan(300);
  });

  it('is not stale right after, and stale with the changed input listed after an input cell is edited', async () => {
    const fresh = await checkFreshness(await openXlsxWorkbook(first));
    expect(fresh).toMatchObject({ evaluated: true, stale: false, changedInputs: [] });

    const edited = path.join(dir, 'pingshi.1-edited.xlsx');
    await setNamedCell(first, 'PE_Expenditure', 650.25, edited);
    const stale = await checkFreshness(await openXlsxWorkbook(edited));
    expect(stale.stale).toBe(true);
    expect(stale.changedInputs).toEqual([
      {
        name: 'PE_Expenditure',
        label: '本年实际支出数',
        address: expect.stringMatching(/^基础数据!C\d+$/),
        before: '672.18',
        now: '650.25',
      },
    ]);
  });

  it('does not touch the input file', async () => {
    const wb = await openXlsxWorkbook(input);
    await expect(wb.save(input)).rejects.toMatchObject({ code: 'same_as_input' });
  });
});

describe('a foreign sheet of the same name', () => {
  let input: string;
  beforeAll(async () => {
    input = await writeDepartment(dir, 'foreign.xlsx', {
      edit: (wb) => {
        const ws = wb.addWorksheet(DEFAULT_SHEET_NAME);
        ws.getCell('A1').value = '科室自己做的自评草稿';
        ws.getCell('B2').value = 88;
      },
    });
  });

  it('is left alone: outcome foreignSheet and nothing written', async () => {
    const out = path.join(dir, 'foreign.1.xlsx');
    const result = await evaluateFile(input, out, FIRST);
    expect(result.outcome).toEqual({ written: false, reason: 'foreignSheet' });
    const wb = await loadWorkbook(out);
    const cells = cellsOf(wb, DEFAULT_SHEET_NAME);
    expect(cells).toEqual(
      new Map<string, CellValue>([
        ['A1', '科室自己做的自评草稿'],
        ['B2', 88],
      ]),
    );
    expect(wb.getWorksheet(INPUTS_SHEET_NAME)).toBeUndefined();
  });

  it('is replaced with overwriteForeign', async () => {
    const out = path.join(dir, 'foreign.2.xlsx');
    const result = await evaluateFile(input, out, FIRST, true);
    expect(result.outcome).toEqual({ written: true });
    const wb = await loadWorkbook(out);
    const values = [...cellsOf(wb, DEFAULT_SHEET_NAME).values()];
    expect(values).toContain(OWNER_MARK);
    expect(values).not.toContain('科室自己做的自评草稿');
    expect(wb.getWorksheet(INPUTS_SHEET_NAME)).toBeDefined();
  });
});
