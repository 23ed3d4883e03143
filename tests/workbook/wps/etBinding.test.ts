/**
 * 自动识别 through the WPS door on the fake ET host: every sheet's values in one Value2 read,
 * merged areas found with few calls (whatever ET answers for a partly merged range), the
 * selection's top-left cell, and 确认 writing 绩效数据 and the names; then the clerk types the
 * remaining figures and the evaluation is the sample's 96.90 优.
 */
import fc from 'fast-check';
import { clerkWorkbook, CLERK_TYPED } from '../../../src/preview/clerkWorkbook';
import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';
import { formatLocalRange } from '../../../src/preview/fakeExcel/address';
import { countCalls, fakeEtApplication, FakeEtError } from '../../../src/preview/fakeEt';
import { planBinding, readForBinding } from '../../../src/workbook/binding/bindFlow';
import { DATA_SHEET_NAME, dataCellRef, layoutDataSheet } from '../../../src/workbook/binding/dataSheet';
import { runEvaluationFlow } from '../../../src/workbook/flow';
import { ForeignSheetError } from '../../../src/workbook/port';
import { a1 } from '../../../src/workbook/sheetModel';
import {
  createEtWorkbookPort,
  findMergedAreas,
  readSelectionEt,
  readSheetCellsEt,
  writeBindingEt,
  type EtApplication,
} from '../../../src/workbook/wps';

const NOW = new Date('2026-01-15T08:00:00Z');

/** `'绩效数据'!$C$8` → `绩效数据!C8`, as the fake's helpers take addresses. */
function plain(ref: string | undefined): string {
  return (ref ?? '').replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '');
}

function mergesOf(wb: FakeWorkbook, sheet: string): string[] {
  return wb
    .requireSheet(sheet)
    .merges.map((m) => formatLocalRange(m))
    .sort();
}

describe('reading the sheets for binding', () => {
  it.each([
    ['true, as WPS documents', true as const],
    ['null, as Excel VBA answers', null],
  ])('finds every merged area when a partly merged range reads %s', (_label, mixed) => {
    const wb = clerkWorkbook();
    const sheets = readSheetCellsEt(fakeEtApplication(wb, { mixedMergeCells: mixed }));
    expect(sheets.map((s) => s.name)).toEqual(['收支决算总表', '三公经费', '基本情况']);
    for (const s of sheets) {
      expect([...s.merges].sort()).toEqual(mergesOf(wb, s.name));
      expect(s.mergesUnread).toBeUndefined();
    }
    const three = sheets[1];
    expect(three.cells[4]?.[9]).toEqual({ kind: 'number', value: 12.46 });
    expect(three.cells[2]?.[7]).toEqual({ kind: 'text', value: '决算数' });
  });

  it('reads each sheet with one Value2 and settles a sheet without merges with one MergeCells', () => {
    const wb = clerkWorkbook();
    const counter = countCalls<EtApplication>(fakeEtApplication(wb));
    readSheetCellsEt(counter.root);
    const by = counter.byMember();
    expect(by.get('Value2')).toBe(3);
    // 基本情况 has no merges: one look. The other two pay per merge found.
    const plainBook = fakeWorkbookFromSpec({
      sheets: [{ name: '基本情况', cells: { A1: '年初预算数', B1: 624.04, A40: '实有人数', B40: 29 } }],
    });
    const lone = countCalls<EtApplication>(fakeEtApplication(plainBook));
    readSheetCellsEt(lone.root);
    expect(lone.byMember().get('MergeCells')).toBe(1);
    expect(lone.byMember().get('MergeArea')).toBeUndefined();
    // The workbook: ActiveWorkbook, Worksheets, Count; the sheet: Item, Name, UsedRange, Address,
    // Value2, MergeCells (of the used range already in hand), Visible.
    expect(lone.count()).toBe(10);
    // Four merges on 三公经费 and one on the total table: a bounded number of calls each.
    expect(counter.count()).toBeLessThan(10 + 2 * 8 + 5 * 40);
  });

  it('halves its way to a merge in the middle of a large used range, in far fewer calls than cells', () => {
    const cells: Record<string, string | number> = { A1: '标题', T200: 1 };
    cells.K120 = '决算数';
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S', cells, merges: ['K120:M121'] }] });
    const counter = countCalls<EtApplication>(fakeEtApplication(wb));
    const [sheet] = readSheetCellsEt(counter.root);
    expect(sheet.merges).toEqual(['K120:M121']);
    // 4,000 cells; halving costs about 5 calls a level for each side it keeps.
    expect(counter.count()).toBeLessThan(400);
  });

  it('stops within its budget on a sheet of many merges and says the sheet was not read whole', () => {
    const merges = Array.from({ length: 700 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const cells = Object.fromEntries(merges.map((m, i) => [m.split(':')[0], `项目${i}`]));
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S', cells, merges }] });
    const app = fakeEtApplication(wb);
    const ws = app.ActiveWorkbook.Worksheets.Item('S');
    const search = findMergedAreas(ws, { top: 0, left: 0, bottom: 1399, right: 1 }, 200);
    expect(search.complete).toBe(false);
    expect(search.calls).toBeLessThanOrEqual(200);
    expect(search.merges.length).toBeGreaterThan(0);
    const whole = findMergedAreas(ws, { top: 0, left: 0, bottom: 1399, right: 1 }, 100_000);
    expect(whole.complete).toBe(true);
    expect(whole.merges.length).toBe(700);
    const [sheet] = readSheetCellsEt(app);
    expect(sheet.mergesUnread).toBe('tooMany');
  });

  it('finds exactly the merged areas of any sheet, under either answer for a partly merged range', () => {
    // Random non-overlapping merges on a sheet of up to 30 × 12: the search must list them all,
    // and nothing else, within its budget.
    const rect = fc.record({
      top: fc.nat({ max: 29 }),
      left: fc.nat({ max: 11 }),
      rows: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 25 }), fc.boolean(), (wanted, vba) => {
        const taken = new Set<string>();
        const merges: string[] = [];
        for (const r of wanted) {
          const bottom = Math.min(r.top + r.rows - 1, 29);
          const right = Math.min(r.left + r.cols - 1, 11);
          if (bottom === r.top && right === r.left) continue;
          const keys: string[] = [];
          for (let i = r.top; i <= bottom; i += 1)
            for (let j = r.left; j <= right; j += 1) keys.push(`${i},${j}`);
          if (keys.some((k) => taken.has(k))) continue;
          keys.forEach((k) => taken.add(k));
          merges.push(`${a1(r.top, r.left)}:${a1(bottom, right)}`);
        }
        const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S', merges }] });
        const ws = fakeEtApplication(wb, {
          mixedMergeCells: vba ? null : true,
        }).ActiveWorkbook.Worksheets.Item('S');
        const search = findMergedAreas(ws, { top: 0, left: 0, bottom: 29, right: 11 });
        expect(search.complete).toBe(true);
        expect([...search.merges].sort()).toEqual([...merges].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('reads hidden and very hidden sheets too, each with its visibility (Worksheet.Visible)', () => {
    const wb = fakeWorkbookFromSpec({
      sheets: [
        { name: '总表', cells: { A1: '年初预算数', B1: 624.04 } },
        { name: '基础数据', hidden: true, cells: { A1: '核定编制数', B1: 31 } },
        { name: '内部', hidden: 'veryHidden', cells: { A1: '实有人数', B1: 29 } },
      ],
    });
    const sheets = readSheetCellsEt(fakeEtApplication(wb));
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['总表', 'visible'],
      ['基础数据', 'hidden'],
      ['内部', 'veryHidden'],
    ]);
    expect(sheets[1].cells[0][1]).toEqual({ kind: 'number', value: 31 });
  });

  it('reads only the part of a sheet the file door reads (2000 rows, 100 columns)', () => {
    const wb = fakeWorkbookFromSpec({
      sheets: [{ name: 'S', cells: { A1: '年初预算数', B1: 624.04, A5000: '很远', CZ1: '右边' } }],
    });
    const [sheet] = readSheetCellsEt(fakeEtApplication(wb));
    expect(sheet.cells.length).toBe(2000);
    expect(Math.max(...sheet.cells.map((r) => r.length))).toBe(100);
  });

  it('gives an empty sheet no cells', () => {
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: '空表' }] });
    expect(readSheetCellsEt(fakeEtApplication(wb))).toEqual([
      { name: '空表', cells: [], merges: [], visibility: 'visible' },
    ]);
  });
});

describe('the fake ET host follows the references for merges', () => {
  it('MergeCells is false, true or the mixed answer; MergeArea is for one cell only', () => {
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S', cells: { B2: '合并' }, merges: ['B2:C3'] }] });
    for (const mixed of [true as const, null]) {
      const ws = fakeEtApplication(wb, { mixedMergeCells: mixed }).ActiveWorkbook.Worksheets.Item('S');
      expect(ws.Range('A1').MergeCells).toBe(false);
      expect(ws.Range('B2:C3').MergeCells).toBe(true);
      expect(ws.Range('C3').MergeCells).toBe(true);
      expect(ws.Range('A1:C3').MergeCells).toBe(mixed);
      expect(ws.Range('C3').MergeArea.Address(false, false)).toBe('B2:C3');
      expect(ws.Range('A1').MergeArea.Address(false, false)).toBe('A1');
      expect(() => ws.Range('B2:C3').MergeArea).toThrow(FakeEtError);
    }
  });

  it('UsedRange covers merged areas, as a merge is a format', () => {
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S', cells: { A1: '标题' }, merges: ['A1:F2'] }] });
    const ws = fakeEtApplication(wb).ActiveWorkbook.Worksheets.Item('S');
    expect(ws.UsedRange.Address(false, false)).toBe('A1:F2');
  });
});

describe('the selection', () => {
  it('is its top-left cell, with its value', () => {
    const wb = clerkWorkbook();
    const app = fakeEtApplication(wb);
    const ws = app.ActiveWorkbook.Worksheets.Item('收支决算总表');
    ws.Activate();
    ws.Range('C4:E5').Select();
    expect(readSelectionEt(app)).toEqual({
      address: '收支决算总表!C4',
      cell: { kind: 'number', value: 624.04 },
    });
  });
});

describe('确认 through the ET door', () => {
  it('writes 绩效数据 and the names; after typing the counts the clerk’s workbook evaluates to 96.90 优', async () => {
    const wb = clerkWorkbook();
    const app = fakeEtApplication(wb);
    const port = createEtWorkbookPort(app);
    const departmentBefore = ['收支决算总表', '三公经费', '基本情况'].map((s) => wb.snapshotSheet(s));
    const read = await readForBinding({ ...port, readSheetCells: async () => readSheetCellsEt(app) });
    const byName = new Map(read.proposals.proposals.map((p) => [p.name, p]));
    // Under merged headings: found only because the merges were read.
    expect(byName.get('PE_ThreePublicActual')?.address).toBe("'三公经费'!J5");
    expect(byName.get('PE_ThreePublicBudget')?.address).toBe("'三公经费'!G5");
    expect(byName.get('PE_BudgetInitial')?.address).toBe("'收支决算总表'!C4");

    const plan = planBinding(read, { minConfidence: 0 });
    await writeBindingEt(app, port, layoutDataSheet(plan.rows), plan.names);
    expect(plain(wb.workbookName('PE_BudgetInitial')?.refersTo)).toBe(plain(dataCellRef('PE_BudgetInitial')));
    expect(wb.getValue(plain(dataCellRef('PE_ThreePublicActual')))).toBe(12.46);
    // Text cells of 绩效数据 are text-formatted, so none can turn into a formula.
    const data = wb.requireSheet(DATA_SHEET_NAME);
    const texts = [...data.cells.values()].filter((c) => typeof c.constant === 'string');
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.every((c) => c.numberFormat === '@')).toBe(true);
    expect(['收支决算总表', '三公经费', '基本情况'].map((s) => wb.snapshotSheet(s))).toEqual(
      departmentBefore,
    );

    for (const [name, value] of Object.entries(CLERK_TYPED)) wb.setCellValue(plain(dataCellRef(name)), value);
    await app.whenIdle();
    const result = await runEvaluationFlow(port, { now: NOW });
    expect(result.evaluation.total.toFixed(2)).toBe('96.90');
    expect(result.evaluation.grade).toBe('优');
  });

  it('refuses a 绩效数据 it did not create and leaves every name as it was', async () => {
    const wb = fakeWorkbookFromSpec({
      sheets: [
        { name: '基本情况', cells: { A1: '年初预算数', B1: 624.04 } },
        { name: DATA_SHEET_NAME, cells: { A1: '科室自己的表' } },
      ],
      names: [{ name: 'PE_Year', refersTo: '基本情况!$B$1' }],
    });
    const app = fakeEtApplication(wb);
    const port = createEtWorkbookPort(app);
    const read = await readForBinding({ ...port, readSheetCells: async () => readSheetCellsEt(app) });
    const plan = planBinding(read, { minConfidence: 0 });
    const names = wb.snapshotNames();
    await expect(writeBindingEt(app, port, layoutDataSheet(plan.rows), plan.names)).rejects.toBeInstanceOf(
      ForeignSheetError,
    );
    expect(wb.getValue(`${DATA_SHEET_NAME}!A1`)).toBe('科室自己的表');
    expect(wb.snapshotNames()).toEqual(names);
  });
});
