/**
 * Is the sheet still true to the figures? Checked through the port with an in-memory workbook
 * (the xlsx file version is in flow.test.ts).
 */
import { runEvaluationFlow } from '../../src/workbook/flow';
import { checkFreshness } from '../../src/workbook/freshness';
import type { RawCell, RawInput, ReadRequest, WorkbookPort, WorkbookSnapshot } from '../../src/workbook/port';
import { OWNER_MARK, type SheetModel } from '../../src/workbook/sheetModel';
import { loadSample } from '../support/sample';
import { toRawCells } from './modelCells';

/** Named cells by name, and sheets as raw cells: just enough of a workbook for the port. */
class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, RawCell[][]>();
  constructor(public values: Record<string, RawCell>) {}

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const inputs = request.names.map((name, k): RawInput => {
      const cell = this.values[name];
      return cell
        ? { name, status: 'range', address: `基础数据!C${k + 2}`, cells: [[cell]] }
        : { name, status: 'missing' };
    });
    const cells = this.sheets.get(request.sheetName);
    const owned = !!cells?.some((row) => row.some((c) => c.kind === 'text' && c.value === OWNER_MARK));
    return { inputs, sheet: { exists: !!cells, owned, cells: cells ?? [] }, extraSheets: {} };
  }

  async write(model: SheetModel): Promise<void> {
    this.sheets.set(model.name, toRawCells(model));
  }
}

function sampleWorkbook(): MemoryWorkbook {
  const values: Record<string, RawCell> = {};
  for (const [name, v] of Object.entries(loadSample().inputs)) {
    values[name] = typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
  }
  return new MemoryWorkbook(values);
}

describe('checkFreshness', () => {
  it('says "not evaluated" when there is no evaluation sheet', async () => {
    const f = await checkFreshness(sampleWorkbook());
    expect(f).toMatchObject({ evaluated: false, stale: false, recordedFingerprint: null, changedInputs: [] });
  });

  it('is not stale right after an evaluation', async () => {
    const wb = sampleWorkbook();
    const run = await runEvaluationFlow(wb, { now: new Date(2021, 2, 31) });
    const f = await checkFreshness(wb);
    expect(f).toMatchObject({ evaluated: true, stale: false, changedInputs: [] });
    expect(f.fingerprint).toBe(run.evaluation.fingerprint);
    expect(f.recordedFingerprint).toBe(run.evaluation.fingerprint);
  });

  it('is stale once a figure changes, and lists that input with before and now', async () => {
    const wb = sampleWorkbook();
    await runEvaluationFlow(wb, { now: new Date(2021, 2, 31) });
    wb.values.PE_Expenditure = { kind: 'number', value: 600.5 };
    const f = await checkFreshness(wb);
    expect(f.stale).toBe(true);
    expect(f.fingerprint).not.toBe(f.recordedFingerprint);
    expect(f.changedInputs).toEqual([
      {
        name: 'PE_Expenditure',
        label: '本年实际支出数',
        address: expect.stringMatching(/^基础数据!C\d+$/),
        before: '672.18',
        now: '600.5',
      },
    ]);
  });

  it('counts a figure that became unreadable as a change (now: null)', async () => {
    const wb = sampleWorkbook();
    await runEvaluationFlow(wb, { now: new Date(2021, 2, 31) });
    wb.values.PE_AssetsFixed = { kind: 'error', value: '#N/A' };
    const f = await checkFreshness(wb);
    expect(f.stale).toBe(true);
    expect(f.changedInputs.map((c) => [c.name, c.before, c.now])).toEqual([
      ['PE_AssetsFixed', '152.11', null],
    ]);
  });

  it('does not count a number typed as text with the same value as a change of figure', async () => {
    const wb = sampleWorkbook();
    await runEvaluationFlow(wb, { now: new Date(2021, 2, 31) });
    wb.values.PE_Expenditure = { kind: 'text', value: '672.18' };
    const f = await checkFreshness(wb);
    expect(f.changedInputs).toEqual([]);
    expect(f.stale).toBe(false);
  });
});
