/**
 * "Nothing lost" on the Office door: the bad inputs of the corpus that make sense in a live
 * workbook, run through the shared flow on the fake Excel host. Whatever the inputs, the flow
 * may only touch its own sheet: every other sheet (cells, formulas, formats, merges, visibility,
 * sheet-scoped names) and every workbook name must be exactly as before, and a foreign 绩效自评
 * sheet must be left alone.
 */
import { toJsonResult } from '../../src/engine';
import {
  fakeWorkbookFromSpec,
  parseLocalRange,
  type FakeWorkbook,
  type FakeWorkbookSpec,
} from '../../src/preview/fakeExcel';
import { runEvaluationFlow, type FlowResult } from '../../src/workbook/flow';
import { createOfficeWorkbookPort } from '../../src/workbook/office';
import { departmentSpec, EVAL_SHEET, INPUT_SHEET, SAMPLE_INPUTS } from '../workbook/office/fixtures';

/** Row of an input in the fixture: column C, from row 2 in SAMPLE_INPUTS order. */
const rowOf = (name: string): number => SAMPLE_INPUTS.findIndex(([n]) => n === name) + 2;

const NOW = new Date(Date.UTC(2021, 2, 31, 2, 0, 0));

/** Every sheet but the evaluation sheet, the sheet order, and all workbook names. */
function outsideWorld(wb: FakeWorkbook): unknown {
  return {
    order: wb.sheets.map((s) => s.name).filter((n) => n !== EVAL_SHEET),
    sheets: wb.sheets.filter((s) => s.name !== EVAL_SHEET).map((s) => wb.snapshotSheet(s.name)),
    names: wb.snapshotNames(),
  };
}

/** The cell a name points at in the fixture (column C, one row per input). */
function cellOf(spec: FakeWorkbookSpec, name: string): string {
  const entry = spec.names?.find((n) => n.name === name && n.sheet === undefined);
  const match = entry && /!\$C\$(\d+)$/.exec(entry.refersTo);
  if (!match) throw new Error(`no one-cell name ${name}`);
  return `C${match[1]}`;
}

function setName(spec: FakeWorkbookSpec, name: string, refersTo: string): void {
  const entry = spec.names?.find((n) => n.name === name && n.sheet === undefined);
  if (!entry) throw new Error(`no name ${name}`);
  entry.refersTo = refersTo;
}

function setCell(
  spec: FakeWorkbookSpec,
  name: string,
  value: NonNullable<FakeWorkbookSpec['sheets'][number]['cells']>[string],
): void {
  const cells = spec.sheets[0].cells;
  if (!cells) throw new Error('no cells');
  cells[cellOf(spec, name)] = value;
}

interface OfficeCase {
  title: string;
  /** Edits the fixture spec into the bad workbook. */
  spec: (spec: FakeWorkbookSpec) => void;
  /** Edits the built fake (for what the spec format cannot say, e.g. merges). */
  fake?: (wb: FakeWorkbook) => void;
  /** Fragments that must appear in the indicator messages. */
  messages: string[];
  outcome: 'written' | 'foreignSheet';
}

const CASES: OfficeCase[] = [
  {
    title: 'a missing name',
    spec: (s) => {
      s.names = s.names?.filter((n) => n.name !== 'PE_ProcurementPlan');
    },
    messages: ['“政府采购计划金额”（PE_ProcurementPlan）在工作簿中不存在（请定义此名称）'],
    outcome: 'written',
  },
  {
    title: 'a #REF! name (a formula elsewhere uses it)',
    spec: (s) => setName(s, 'PE_Expenditure', '#REF!'),
    messages: ['“本年实际支出数”（PE_Expenditure）指向无效引用（#REF!），不是单元格区域'],
    outcome: 'written',
  },
  {
    title: 'a two-cell name',
    spec: (s) => setName(s, 'PE_BudgetAdjusted', `${INPUT_SHEET}!$C$5:$D$5`),
    messages: [`（PE_BudgetAdjusted，${INPUT_SHEET}!C5:D5）指向多个单元格，此项应为单个单元格`],
    outcome: 'written',
  },
  {
    title: 'a name on a merged two-cell area',
    spec: (s) => setName(s, 'PE_BudgetAdjusted', `${INPUT_SHEET}!$C$5:$D$5`),
    fake: (wb) => {
      const merge = parseLocalRange('C5:D5');
      if (!merge) throw new Error('bad range');
      wb.requireSheet(INPUT_SHEET).merges.push(merge);
    },
    messages: ['指向多个单元格，此项应为单个单元格'],
    outcome: 'written',
  },
  {
    title: 'text, error and empty cells',
    spec: (s) => {
      setCell(s, 'PE_AssetsFixed', '待补充');
      setCell(s, 'PE_PublicFundsActual', { error: '#DIV/0!' });
      setCell(s, 'PE_ThreePublicActual', { error: '#N/A' });
      const cells = s.sheets[0].cells;
      if (cells) delete cells[cellOf(s, 'PE_StockFundsEnd')];
    },
    messages: [
      '为文本“待补充”，不是数字',
      '为错误值 #DIV/0!',
      '为错误值 #N/A',
      `（PE_StockFundsEnd，${INPUT_SHEET}!C${rowOf('PE_StockFundsEnd')}）为空`,
    ],
    outcome: 'written',
  },
  {
    title: 'inputs on a hidden sheet (read like any other)',
    spec: (s) => {
      s.sheets[0].hidden = true;
    },
    messages: [],
    outcome: 'written',
  },
  {
    title: 'a foreign 绩效自评 sheet',
    spec: (s) => {
      s.sheets.push({
        name: EVAL_SHEET,
        cells: { A1: '本单位自行编制的绩效自评表', B3: 88, C3: { formula: 'B3*2' } },
      });
    },
    messages: [],
    outcome: 'foreignSheet',
  },
];

describe.each(CASES.map((c) => [c.title, c] as const))('Office door, %s', (_title, c) => {
  let wb: FakeWorkbook;
  let before: unknown;
  let foreignBefore: unknown;
  let result: FlowResult;

  beforeAll(async () => {
    const spec = departmentSpec();
    c.spec(spec);
    wb = fakeWorkbookFromSpec(spec);
    c.fake?.(wb);
    before = outsideWorld(wb);
    foreignBefore = wb.sheet(EVAL_SHEET) ? wb.snapshotSheet(EVAL_SHEET) : undefined;
    result = await runEvaluationFlow(
      createOfficeWorkbookPort(wb.run, { isSetSupported: wb.isSetSupported }),
      { now: NOW },
    );
  });

  it('changes no cell outside its own sheet and no name', () => {
    expect(outsideWorld(wb)).toEqual(before);
  });

  it('would notice a change outside its sheet (the snapshot is not blind)', () => {
    const notes = wb.requireSheet('Notes sheet');
    const cell = notes.touch(0, 0);
    const kept = cell.constant;
    cell.constant = 'changed';
    try {
      expect(outsideWorld(wb)).not.toEqual(before);
    } finally {
      cell.constant = kept;
    }
  });

  if (c.outcome === 'foreignSheet') {
    it('reports the foreign sheet and leaves it untouched', () => {
      expect(result.outcome).toEqual({ written: false, reason: 'foreignSheet' });
      expect(foreignBefore).toBeDefined();
      expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(foreignBefore);
    });
  } else {
    it('writes its own sheet and reports the problem', () => {
      expect(result.outcome).toEqual({ written: true });
      expect(wb.sheet(EVAL_SHEET)).toBeDefined();
      const said = toJsonResult(result.evaluation)
        .indicators.flatMap((i) => i.messages)
        .join('\n');
      for (const fragment of c.messages) expect(said).toContain(fragment);
      // Problems make the evaluation incomplete; a hidden input sheet does not.
      expect(result.evaluation.complete).toBe(c.messages.length === 0);
    });
  }
});
