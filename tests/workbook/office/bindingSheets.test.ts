/**
 * The Office door's whole-sheet read for binding, over the fake Excel host: every worksheet with
 * its visibility (Worksheet.visibility, readable from ExcelApi 1.1, below the 1.4 the add-in
 * targets), in two syncs however many sheets there are.
 */
import { fakeWorkbookFromSpec } from '../../../src/preview/fakeExcel';
import { readSheetCellsOffice } from '../../../src/workbook/office';

it('reads hidden and very hidden sheets too, each with its visibility, in two syncs', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [
      { name: '总表', cells: { A1: '年初预算数', B1: 624.04 } },
      { name: '基础数据', hidden: true, cells: { A1: '核定编制数', B1: 31 } },
      { name: '内部', hidden: 'veryHidden', cells: { A1: '实有人数', B1: '29' } },
    ],
  });
  const before = wb.syncCount;
  const sheets = await readSheetCellsOffice(wb.run, wb.isSetSupported);
  expect(wb.syncCount - before).toBe(2);
  expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['总表', 'visible'],
    ['基础数据', 'hidden'],
    ['内部', 'veryHidden'],
  ]);
  // A number stored as text comes through as the text it is: the matcher decides what it is worth.
  expect(sheets[2].cells[0][1]).toEqual({ kind: 'text', value: '29' });
});

it('refuses to read visibility before it is loaded, as Excel does', async () => {
  const wb = fakeWorkbookFromSpec({ sheets: [{ name: '总表', hidden: true }] });
  await expect(
    wb.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items[0].visibility;
    }),
  ).rejects.toThrow();
});
