/**
 * Names Excel will not hand over in one request: a whole column, a used part above the web's
 * 5 MB, a read above 5 million cells. Each is reported on its own input; every other input is
 * read and scored, and the syncs stay few (2 for a whole evaluation when the batch holds).
 */
import {
  fakeWorkbookFromSpec,
  type FakeWorkbook,
  type FakeWorkbookOptions,
} from '../../../src/preview/fakeExcel';
import { runEvaluationFlow } from '../../../src/workbook/flow';
import { createOfficeWorkbookPort } from '../../../src/workbook/office';
import type { RawInput } from '../../../src/workbook/port';
import { departmentSpec, EVAL_SHEET, INPUT_SHEET, SAMPLE_INPUTS } from './fixtures';

/** The department workbook with PE_ProcurementPlan repointed at `refersTo`. */
function bookWith(refersTo: string, options: FakeWorkbookOptions = {}): FakeWorkbook {
  const spec = departmentSpec();
  spec.names = (spec.names ?? []).map((n) => (n.name === 'PE_ProcurementPlan' ? { ...n, refersTo } : n));
  return fakeWorkbookFromSpec(spec, options);
}

/** A sheet '大表' with `rows` rows × 4 columns of 60-character text: about 6 MB of values. */
function withBigTable(wb: FakeWorkbook, rows: number): void {
  const sheet = wb.addSheet('大表');
  const line = '经济分类科目明细说明'.repeat(6);
  for (let r = 0; r < rows; r += 1) for (let c = 0; c < 4; c += 1) sheet.touch(r, c).constant = line;
  wb.changed();
}

const NAMES = SAMPLE_INPUTS.map(([n]) => n).concat('PE_FunctionalTable');

function byName(inputs: RawInput[]): Record<string, RawInput> {
  return Object.fromEntries(inputs.map((i) => [i.name, i]));
}

describe('a name over a whole column', () => {
  it.each(['desktop', 'web'] as const)(
    'is read through its used range and capped, like the file door (%s)',
    async (platform) => {
      const wb = bookWith(`${INPUT_SHEET}!$C:$C`, { platform });
      const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
      const snapshot = await port.read({ names: NAMES, sheetName: EVAL_SHEET });
      expect(wb.syncCount).toBe(1);
      const input = byName(snapshot.inputs).PE_ProcurementPlan;
      if (input.status !== 'range') throw new Error(`expected a range, got ${input.status}`);
      expect(input.cappedFrom).toBe(`${INPUT_SHEET}!$C:$C`);
      // Column C holds the inputs from row 1 (the header) to row 1 + the number of inputs.
      expect(input.address).toBe(`${INPUT_SHEET}!C1:C${SAMPLE_INPUTS.length + 1}`);
      expect(input.cells[0]).toEqual([{ kind: 'text', value: '数值' }]);
      expect(byName(snapshot.inputs).PE_BudgetInitial).toMatchObject({
        status: 'range',
        address: `${INPUT_SHEET}!C4`,
        cells: [[{ kind: 'number', value: 624.04 }]],
      });
    },
  );

  it('evaluates in 2 syncs with that input reported and the others scored', async () => {
    const wb = bookWith(`${INPUT_SHEET}!$C:$C`, { platform: 'web' });
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const result = await runEvaluationFlow(port, { lang: 'zh' });
    expect(wb.syncCount).toBe(2);
    expect(result.outcome.written).toBe(true);
    const plan = result.evaluation.inputs.find((i) => i.name === 'PE_ProcurementPlan');
    expect(plan?.ok).toBe(false);
    expect(plan?.messages.join('')).toContain('指向多个单元格');
    const scored = result.evaluation.indicators.filter((i) => i.score !== null);
    const unscored = result.evaluation.indicators.filter((i) => i.score === null);
    expect(unscored.length).toBeGreaterThan(0);
    expect(unscored.every((i) => i.inputs.includes('PE_ProcurementPlan'))).toBe(true);
    expect(scored.length).toBeGreaterThan(unscored.length);
  });

  it('keeps a one-cell name over an empty cell as one empty cell', async () => {
    const wb = bookWith(`${INPUT_SHEET}!$Z$99`);
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const snapshot = await port.read({
      names: ['PE_ProcurementPlan', 'PE_FunctionalTable'],
      sheetName: EVAL_SHEET,
    });
    expect(byName(snapshot.inputs).PE_ProcurementPlan).toEqual({
      name: 'PE_ProcurementPlan',
      status: 'range',
      address: `${INPUT_SHEET}!Z99`,
      cells: [[{ kind: 'empty' }]],
    });
  });

  it('rebuilds a block with empty edges cell for cell', async () => {
    const wb = bookWith(`${INPUT_SHEET}!$E$1:$J$6`);
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const snapshot = await port.read({ names: ['PE_ProcurementPlan'], sheetName: EVAL_SHEET });
    const input = snapshot.inputs[0];
    if (input.status !== 'range') throw new Error('expected a range');
    expect(input.address).toBe(`${INPUT_SHEET}!E1:J6`);
    expect(input.cells).toHaveLength(6);
    expect(input.cells.every((r) => r.length === 6)).toBe(true);
    expect(input.cells[0][0]).toEqual({ kind: 'empty' });
    expect(input.cells[1][1]).toEqual({ kind: 'text', value: '一般公共服务' }); // F2
    expect(input.cells[3][4]).toEqual({ kind: 'number', value: 140 }); // I4
    expect(input.cells[5][5]).toEqual({ kind: 'empty' });
  });
});

describe('a batch Excel refuses', () => {
  it('is retried name by name: the oversized name is reported alone, the rest is read', async () => {
    // 25,000 rows × 4 of 60 characters: the used part alone is over the web's 5 MB.
    const wb = bookWith('大表!$A$1:$D$25000', { platform: 'web' });
    withBigTable(wb, 25_000);
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const snapshot = await port.read({ names: NAMES, sheetName: EVAL_SHEET });
    const inputs = byName(snapshot.inputs);
    expect(inputs.PE_ProcurementPlan).toEqual({
      name: 'PE_ProcurementPlan',
      status: 'invalid',
      refersTo: '大表!$A$1:$D$25000: Excel ResponsePayloadSizeLimitExceeded',
    });
    expect(inputs.PE_BudgetInitial).toMatchObject({
      status: 'range',
      cells: [[{ kind: 'number', value: 624.04 }]],
    });
    expect(snapshot.inputs.filter((i) => i.status === 'range')).toHaveLength(NAMES.length - 1);
    // The failed batch, one sync for the references and sheets, one per range name.
    expect(wb.syncCount).toBe(2 + NAMES.length);
  });

  it('evaluates the others in a bounded number of syncs', async () => {
    const wb = bookWith('大表!$A$1:$D$25000', { platform: 'web' });
    withBigTable(wb, 25_000);
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const result = await runEvaluationFlow(port, { lang: 'en' });
    expect(result.outcome.written).toBe(true);
    // Read (failed batch + references + one per name) and one write.
    expect(wb.syncCount).toBe(2 + NAMES.length + 1);
    const plan = result.evaluation.inputs.find((i) => i.name === 'PE_ProcurementPlan');
    expect(plan?.messages.join('')).toContain('ResponsePayloadSizeLimitExceeded');
    expect(result.evaluation.inputs.filter((i) => !i.ok).map((i) => i.name)).toEqual(['PE_ProcurementPlan']);
  });

  it('reports a name over more than 5 million cells with RangeExceedsLimit when its used part is that big', async () => {
    // Not materialised: the fake refuses by the count before building any grid.
    const wb = bookWith(`${INPUT_SHEET}!$A$1:$F$1000000`);
    const sheet = wb.requireSheet(INPUT_SHEET);
    sheet.touch(999_999, 5).constant = 1; // the used part now spans A1:F1000000 = 6 million cells
    const port = createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported });
    const snapshot = await port.read({
      names: ['PE_BudgetInitial', 'PE_ProcurementPlan'],
      sheetName: EVAL_SHEET,
    });
    expect(byName(snapshot.inputs).PE_ProcurementPlan).toMatchObject({
      status: 'invalid',
      refersTo: expect.stringContaining('RangeExceedsLimit'),
    });
    expect(byName(snapshot.inputs).PE_BudgetInitial).toMatchObject({ status: 'range' });
  });
});
