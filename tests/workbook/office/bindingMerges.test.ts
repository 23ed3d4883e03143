/**
 * Merged areas in the Office door's read for binding. Range.getMergedAreasOrNullObject is
 * ExcelApi 1.13: from there the merges come with the used ranges in the same sync; below it every
 * sheet is marked unread (no guess) and a heading over covered cells finds nothing rather than
 * something wrong. Over 512 merged areas Excel refuses the answer: only that sheet goes without.
 */
import { clerkWorkbook } from '../../../src/preview/clerkWorkbook';
import { fakeWorkbookFromSpec } from '../../../src/preview/fakeExcel';
import { FakeOfficeError } from '../../../src/preview/fakeExcel/errors';
import { readForBinding } from '../../../src/workbook/binding/bindFlow';
import { createOfficeWorkbookPort, readSheetCellsOffice } from '../../../src/workbook/office';
import type { OfficeRange } from '../../../src/workbook/office/officeApi';

describe('reading merged areas for binding', () => {
  it('reads them with the used ranges from ExcelApi 1.13, in two syncs', async () => {
    const wb = clerkWorkbook({ maxExcelApi: '1.13' });
    const before = wb.syncCount;
    const sheets = await readSheetCellsOffice(wb.run, wb.isSetSupported);
    expect(wb.syncCount - before).toBe(2);
    expect(sheets.map((s) => [s.name, [...s.merges].sort(), s.mergesUnread])).toEqual([
      ['收支决算总表', ['A1:F1'], undefined],
      ['三公经费', ['A3:A4', 'B3:D3', 'E3:G3', 'H3:J3'], undefined],
      ['基本情况', [], undefined],
    ]);
    const read = await readForBinding({
      ...createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }),
      readSheetCells: () => readSheetCellsOffice(wb.run, wb.isSetSupported),
    });
    const p = new Map(read.proposals.proposals.map((x) => [x.name, x]));
    expect(p.get('PE_ThreePublicActual')?.address).toBe("'三公经费'!J5");
    expect(p.get('PE_ThreePublicBudgetPrior')?.value).toBe('14.29');
  });

  it('below 1.13 marks every sheet unread, never calls the 1.13 method, and proposes nothing wrong', async () => {
    const wb = clerkWorkbook({ maxExcelApi: '1.12' });
    const before = wb.syncCount;
    const sheets = await readSheetCellsOffice(wb.run, wb.isSetSupported);
    expect(wb.syncCount - before).toBe(2);
    expect(sheets.every((s) => s.merges.length === 0 && s.mergesUnread === 'unsupported')).toBe(true);
    const read = await readForBinding({
      ...createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }),
      readSheetCells: () => readSheetCellsOffice(wb.run, wb.isSetSupported),
    });
    const p = new Map(read.proposals.proposals.map((x) => [x.name, x]));
    // The totals stand under covered cells: without the merges they are not found, and nothing
    // else of the 三公 table is offered in their place.
    expect(p.get('PE_ThreePublicActual')).toBeUndefined();
    expect(p.get('PE_ThreePublicBudget')).toBeUndefined();
    expect([...p.values()].filter((x) => x.sheet === '三公经费')).toEqual([]);
    // What does not depend on merges is still found.
    expect(p.get('PE_BudgetInitial')?.value).toBe('624.04');
  });

  it('leaves out only the sheet with more than 512 merged areas', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const cells = Object.fromEntries(merges.map((m, i) => [m.split(':')[0], `项目${i}`]));
    const wb = fakeWorkbookFromSpec(
      {
        sheets: [
          { name: '明细', cells, merges },
          { name: '总表', cells: { A1: '标题', A2: '年初预算数', B2: 624.04 }, merges: ['A1:C1'] },
        ],
      },
      { maxExcelApi: '1.13' },
    );
    const sheets = await readSheetCellsOffice(wb.run, wb.isSetSupported);
    expect(sheets.map((s) => [s.name, s.merges, s.mergesUnread])).toEqual([
      ['明细', [], 'tooMany'],
      ['总表', ['A1:C1'], undefined],
    ]);
    expect(sheets[0].cells.length).toBe(513);
  });
});

describe('the fake Excel host gates getMergedAreasOrNullObject at ExcelApi 1.13', () => {
  it('refuses it below 1.13 with ApiNotFound', async () => {
    const wb = fakeWorkbookFromSpec(
      { sheets: [{ name: 'S', cells: { A1: 'x' }, merges: ['A1:B1'] }] },
      {
        maxExcelApi: '1.12',
      },
    );
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:D4').getMergedAreasOrNullObject();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('answers the areas whose top-left cell is in the range, or a null object', async () => {
    const wb = fakeWorkbookFromSpec(
      { sheets: [{ name: 'S', cells: { A1: 'x', C3: 'y' }, merges: ['A1:B1', 'C3:D5'] }] },
      { maxExcelApi: '1.13' },
    );
    const areas = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const ask = (address: string) => {
        const merged = sheet.getRange(address).getMergedAreasOrNullObject();
        merged.areas.load('items/address');
        return merged;
      };
      const all = ask('A1:D5');
      const fromB2 = ask('B2:D5');
      const none = ask('D4:E9');
      await context.sync();
      const list = (m: typeof all): string[] | null =>
        m.isNullObject ? null : m.areas.items.map((r: OfficeRange) => r.address);
      return { all: list(all), fromB2: list(fromB2), none: list(none) };
    });
    expect(areas).toEqual({ all: ['S!A1:B1', 'S!C3:D5'], fromB2: ['S!C3:D5'], none: null });
  });

  it('fails the sync past 512 areas', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const wb = fakeWorkbookFromSpec({ sheets: [{ name: 'S', merges }] }, { maxExcelApi: '1.13' });
    const failure = wb.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B600').getMergedAreasOrNullObject();
      await context.sync();
    });
    await expect(failure).rejects.toBeInstanceOf(FakeOfficeError);
  });
});
