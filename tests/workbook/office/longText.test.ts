/**
 * Text longer than 255 characters stays text without the Text format, which desktop Excel
 * shows as ##### beyond 255 characters; shorter text keeps '@' as before.
 */
import { fakeWorkbookFromSpec, type FakeWorkbook } from '../../../src/preview/fakeExcel';
import { createOfficeWorkbookPort } from '../../../src/workbook/office';
import { joinedStringFormula, readAsNonText, textCellPlan } from '../../../src/workbook/office/writePlan';
import { OWNER_MARK, type SheetModel } from '../../../src/workbook/sheetModel';
import { EVAL_SHEET } from './fixtures';

const LONG = '本年度部门整体支出绩效目标基本完成，预算执行率较高；'.repeat(16); // 400 characters
const texts = {
  plain: LONG,
  dash: `- ${LONG}`,
  formulaLike: `=${LONG}`,
  quoted: `"${LONG}" 与 ""`,
  short: '=1+1',
  emoji: `=${'😀'.repeat(300)}`,
};

function model(): SheetModel {
  return {
    name: EVAL_SHEET,
    rows: [
      [{ value: { t: 'text', v: OWNER_MARK } }],
      ...Object.values(texts).map((v) => [{ value: { t: 'text' as const, v } }]),
    ],
    columnWidths: [],
    freezeRows: 0,
    merges: [],
    highlights: [],
  };
}

async function written(): Promise<FakeWorkbook> {
  const wb = fakeWorkbookFromSpec({ sheets: [{ name: '基础数据' }] });
  await createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }).write(model());
  return wb;
}

async function shownText(wb: FakeWorkbook, address: string): Promise<string> {
  return wb.run(async (context) => {
    const cell = context.workbook.worksheets.getItem(EVAL_SHEET).getRange(address);
    cell.load('text');
    await context.sync();
    return cell.text[0][0];
  });
}

describe('long text written by the Office door', () => {
  it('keeps every text exactly, as text', async () => {
    const wb = await written();
    Object.values(texts).forEach((v, i) => expect(wb.getValue(`${EVAL_SHEET}!A${i + 2}`)).toBe(v));
  });

  it('never leaves text over 255 characters formatted @, so desktop Excel shows it instead of #####', async () => {
    const wb = await written();
    for (let i = 0; i < Object.keys(texts).length; i += 1) {
      const address = `A${i + 2}`;
      const value = wb.getValue(`${EVAL_SHEET}!${address}`) as string;
      expect(await shownText(wb, address)).toBe(value);
      if (value.length > 255) expect(wb.cell(`${EVAL_SHEET}!${address}`)?.numberFormat).toBe('General');
    }
    // Short text that looks like a formula keeps the Text format (and stays text).
    expect(wb.cell(`${EVAL_SHEET}!A6`)?.numberFormat).toBe('@');
    expect(wb.cell(`${EVAL_SHEET}!A6`)?.formula).toBeUndefined();
  });

  it('writes long plain text as it is, and long formula-like text as joined constants', async () => {
    const wb = await written();
    expect(wb.cell(`${EVAL_SHEET}!A2`)?.formula).toBeUndefined();
    expect(wb.cell(`${EVAL_SHEET}!A4`)?.formula).toBe(joinedStringFormula(texts.formulaLike));
  });
});

describe('textCellPlan', () => {
  it('splits into constants of at most 255 UTF-16 units without breaking surrogate pairs', () => {
    const formula = joinedStringFormula(texts.emoji);
    const constants = formula.slice(1).split('&');
    expect(constants).toHaveLength(3); // 601 units
    expect(constants.every((c) => c.slice(1, -1).length <= 255)).toBe(true);
    expect(constants.every((c) => !/^"[\uDC00-\uDFFF]|[\uD800-\uDBFF]"$/.test(c))).toBe(true);
    expect(constants.map((c) => c.slice(1, -1)).join('')).toBe(texts.emoji);
  });

  it('knows what Excel would not keep as text', () => {
    expect(readAsNonText('=SUM(A1)')).toBe(true);
    expect(readAsNonText(' +86 751')).toBe(true);
    expect(readAsNonText("'quoted")).toBe(true);
    expect(readAsNonText('12,345.5%')).toBe(true);
    expect(readAsNonText('true')).toBe(true);
    expect(readAsNonText('#N/A')).toBe(true);
    expect(readAsNonText('本年度支出')).toBe(false);
  });

  it('falls back to @ for formula-like text too long for one formula', () => {
    const huge = `=${'x'.repeat(9000)}`;
    expect(textCellPlan(huge)).toEqual({ numberFormat: '@', formula: huge });
  });
});
