/**
 * The ribbon's 重新计算 against the fake Excel host: the real flow and the real Office port.
 */
import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../src/preview/fakeExcel';
import {
  recalculateWorkbook,
  sheetLanguage,
  type RecalculateHost,
} from '../../src/commands/recalculateWorkbook';
import { OWNER_MARK } from '../../src/workbook/sheetModel';
import { departmentSpec, EVAL_SHEET } from '../workbook/office/fixtures';

function hostOf(wb: FakeWorkbook, displayLanguage = 'zh-CN'): RecalculateHost {
  return { run: wb.run, isSetSupported: wb.isSetSupported, displayLanguage };
}

/** Every text on a sheet of the fake workbook, to look for what the evaluation wrote. */
function textsOf(wb: FakeWorkbook, sheetName: string): string[] {
  const sheet = wb.sheet(sheetName);
  if (!sheet) return [];
  return [...sheet.cells.values()].map((c) => c.constant).filter((v): v is string => typeof v === 'string');
}

describe('recalculateWorkbook', () => {
  it('writes the evaluation sheet from the named ranges in two syncs', async () => {
    const wb = fakeWorkbookFromSpec(departmentSpec());
    expect(wb.sheet(EVAL_SHEET)).toBeUndefined();
    await recalculateWorkbook(hostOf(wb));
    expect(wb.sheet(EVAL_SHEET)).toBeDefined();
    const texts = textsOf(wb, EVAL_SHEET);
    expect(texts).toContain(OWNER_MARK);
    expect(texts.join('\n')).toContain('预算控制率');
    expect(wb.syncCount).toBe(2);
  });

  it('refuses to overwrite a same-named sheet it did not create, and leaves it alone', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: '手工填写的自评表' } }] });
    const wb = fakeWorkbookFromSpec(spec);
    await expect(recalculateWorkbook(hostOf(wb))).rejects.toThrow(/不是本加载项创建的/);
    expect(textsOf(wb, EVAL_SHEET)).toEqual(['手工填写的自评表']);
  });

  it('reports the refusal in English when Office runs in English', async () => {
    const spec = departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: 'by hand' } }] });
    await expect(recalculateWorkbook(hostOf(fakeWorkbookFromSpec(spec), 'en-US'))).rejects.toThrow(
      /not created by this add-in/,
    );
  });
});

describe('sheetLanguage', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fr-FR', 'zh'],
  ])('%s → %s', (display, lang) => {
    expect(sheetLanguage(display)).toBe(lang);
  });
});
