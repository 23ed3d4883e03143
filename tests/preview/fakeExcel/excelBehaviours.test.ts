/**
 * Behaviours of real Excel the fake host plays, each from Microsoft's documentation or the
 * office-js issues (cited in src/preview/fakeExcel): data limits per sync, InvalidSelection,
 * select() on the active sheet only, event source and enableEvents per runtime, workbook-wide
 * change events, and ##### for long text formatted as Text on desktop.
 */
import {
  fakeWorkbookFromSpec,
  FakeOfficeError,
  type FakeWorkbook,
  type FakeWorkbookOptions,
} from '../../../src/preview/fakeExcel';
import type { OfficeWorksheetChangedEventArgs } from '../../../src/workbook/office/officeApi';

function book(options: FakeWorkbookOptions = {}): FakeWorkbook {
  return fakeWorkbookFromSpec(
    {
      sheets: [
        { name: '基础数据', cells: { C5: 624.04, C6: 681.72 } },
        { name: '备查', cells: { A1: 'x' } },
        { name: '隐藏', hidden: true, cells: { A1: 'secret' } },
      ],
    },
    options,
  );
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  return 'resolved';
}

describe('data limits per sync', () => {
  it('refuses a read of more than 5 million cells on every platform (RangeExceedsLimit)', async () => {
    for (const platform of ['desktop', 'web'] as const) {
      const wb = book({ platform });
      const code = await codeOf(
        wb.run(async (context) => {
          context.workbook.worksheets.getItem('基础数据').getRange('A:E').load('values');
          await context.sync();
        }),
      );
      expect(code).toBe('RangeExceedsLimit');
    }
  });

  it('fails a whole batch whose response is over 5 MB on the web, not on desktop', async () => {
    const readColumn = (wb: FakeWorkbook) =>
      wb.run(async (context) => {
        const small = context.workbook.worksheets.getItem('基础数据').getRange('C5');
        small.load('values');
        const column = context.workbook.worksheets.getItem('基础数据').getRange('C:C');
        column.load(['values', 'valueTypes']);
        await context.sync();
        return column.values.length;
      });
    expect(await codeOf(readColumn(book({ platform: 'web' })))).toBe('ResponsePayloadSizeLimitExceeded');
    expect(await readColumn(book({ platform: 'desktop' }))).toBe(1_048_576);
  });

  it('refuses a request over 5 MB on the web and applies none of it', async () => {
    const wb = book({ platform: 'web' });
    const rows = 60_000;
    const data = Array.from({ length: rows }, () => ['一二三四五六七八九十'.repeat(10)]);
    const code = await codeOf(
      wb.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('备查');
        sheet.getRange('B1').values = [['before']];
        sheet.getRange(`A1:A${rows}`).values = data;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.getValue('备查!A1')).toBe('x');
    expect(wb.getValue('备查!B1')).toBeNull();
  });
});

describe('selection', () => {
  const selectedAddress = (wb: FakeWorkbook) =>
    wb.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      return range.address;
    });

  it('throws InvalidSelection for a chart, a shape or several areas, not for one area', async () => {
    const wb = book();
    wb.selectCells('基础数据', 'C5:C6');
    expect(await selectedAddress(wb)).toBe('基础数据!C5:C6');
    wb.selectCells('基础数据', 'C5', 'E7:F8');
    expect(await codeOf(selectedAddress(wb))).toBe('InvalidSelection');
    wb.selectObject('基础数据', 'chart');
    expect(await codeOf(selectedAddress(wb))).toBe('InvalidSelection');
    wb.selectObject('备查', 'shape');
    expect(await codeOf(selectedAddress(wb))).toBe('InvalidSelection');
  });

  it('selects only on the active sheet; activating first works; a hidden sheet cannot be activated', async () => {
    const wb = book();
    wb.selectCells('基础数据', 'C5');
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('备查').getRange('B2').select();
      await context.sync();
    });
    expect(wb.selection?.sheetId).toBe(wb.requireSheet('基础数据').id);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('备查');
      sheet.activate();
      sheet.getRange('B2').select();
      await context.sync();
    });
    expect(wb.activeSheetId).toBe(wb.requireSheet('备查').id);
    expect(wb.selection).toEqual({
      sheetId: wb.requireSheet('备查').id,
      range: { r0: 1, c0: 1, r1: 1, c1: 1 },
    });
    const hidden = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem('隐藏').activate();
        await context.sync();
      }),
    );
    expect(hidden).toBe('InvalidOperation');
    expect(wb.activeSheetId).toBe(wb.requireSheet('备查').id);
  });
});

describe('change events', () => {
  async function listen(wb: FakeWorkbook, run = wb.run, sheet = '基础数据') {
    const seen: OfficeWorksheetChangedEventArgs[] = [];
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => void seen.push(args));
      await context.sync();
    });
    return seen;
  }

  it("carry source 'Local' for this Excel's edits and 'Remote' for a co-author's", async () => {
    const wb = book();
    const seen = await listen(wb);
    wb.setCellValue('基础数据!C5', 1);
    wb.remoteEdit('基础数据!C6', 2);
    await wb.whenIdle();
    expect(seen.map((a) => [a.address, a.source])).toEqual([
      ['C5', 'Local'],
      ['C6', 'Remote'],
    ]);
    expect(wb.getValue('基础数据!C6')).toBe(2);
  });

  it('are switched off per runtime: the ribbon writing with events off still reaches the pane', async () => {
    const wb = book();
    const pane = await listen(wb);
    const ribbon = wb.runIn('commands');
    const ribbonSeen = await listen(wb, ribbon);
    await ribbon(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('基础数据').getRange('C5').values = [[9]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await wb.whenIdle();
    expect(pane.map((a) => a.address)).toEqual(['C5']);
    expect(ribbonSeen).toEqual([]);
    // The pane's own switch silences only the pane.
    await wb.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    wb.setCellValue('基础数据!C6', 3);
    await wb.whenIdle();
    expect(pane.map((a) => a.address)).toEqual(['C5']);
    expect(ribbonSeen.map((a) => a.address)).toEqual(['C6']);
  });

  it('WorksheetCollection.onChanged (ExcelApi 1.9) hears sheets added later; older hosts lack it', async () => {
    const wb = book();
    const seen: string[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => void seen.push(args.worksheetId));
      await context.sync();
    });
    const later = wb.addSheet('新表');
    wb.setCellValue('新表!A1', 5);
    await wb.whenIdle();
    expect(seen).toEqual([later.id]);

    const old = book({ maxExcelApi: '1.8' });
    expect(
      await codeOf(
        old.run(async (context) => {
          context.workbook.worksheets.onChanged.add(async () => undefined);
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });
});

describe('text formatted as Text (@)', () => {
  const long = '本年度部门整体支出绩效目标基本完成，'.repeat(20); // 360 characters

  async function shown(wb: FakeWorkbook, numberFormat: string): Promise<{ text: string; value: unknown }> {
    return wb.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('备查').getRange('D4');
      cell.numberFormat = [[numberFormat]];
      cell.values = [[long]];
      cell.load(['text', 'values']);
      await context.sync();
      return { text: cell.text[0][0], value: cell.values[0][0] };
    });
  }

  it('shows ##### on desktop when longer than 255 characters; the value is intact', async () => {
    expect(long.length).toBeGreaterThan(255);
    expect(await shown(book(), '@')).toEqual({ text: '###########', value: long });
    expect(await shown(book(), 'General')).toEqual({ text: long, value: long });
    expect(await shown(book({ platform: 'web' }), '@')).toEqual({ text: long, value: long });
  });

  it('shows text of 255 characters formatted @ as it is', async () => {
    const wb = book();
    const text = 'x'.repeat(255);
    const got = await wb.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('备查').getRange('D5');
      cell.numberFormat = [['@']];
      cell.values = [[text]];
      cell.load('text');
      await context.sync();
      return cell.text[0][0];
    });
    expect(got).toBe(text);
  });
});
