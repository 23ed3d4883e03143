/**
 * Cross-check with an independent spreadsheet program: LibreOffice recalculates the live formulas
 * the command line writes (当前值（实时）, 状态, 评价表状态（实时）) from the named ranges, and they must
 * agree with the engine's exact-decimal 指标值 — then, after a figure is changed in the file, they
 * must say 已过期 exactly where that figure matters.
 *
 * Two soffice launches in all: one for every evaluated file, one for every edited file.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  D,
  DEFAULT_RULE_SET,
  evaluate,
  inputsFromData,
  round,
  type JsonResult,
  type PlainFigures,
} from '../../src/engine';
import type { DepartmentCellContent } from '../../src/workbook/xlsx/departmentWorkbook';
import { Scenarios, buildCli, runCliProcess } from '../cli/support/cli';
import { makeTempDir, sampleData, setNamedCell, writeDepartment } from '../cli/support/files';
import {
  convertToCsv,
  findSoffice,
  makeRecalcProfile,
  parseCsv,
  sheetCsvPath,
  type ConvertRun,
} from './soffice';

jest.setTimeout(200_000);

const SHEET = '绩效自评';
const FRESH = '一致';
const STALE = '已过期';

interface Department {
  key: string;
  inputs: Record<string, DepartmentCellContent>;
  /** The figure changed in the evaluated file, and its new value. */
  edit?: { name: string; value: number };
}

/** The sample, and three other departments with other figures. */
const DEPARTMENTS: Department[] = [
  { key: 'pingshi', inputs: {}, edit: { name: 'PE_Expenditure', value: 650.4 } },
  {
    // Larger figures throughout; deductions on 三公 growth, satisfaction and completion rates.
    key: 'north',
    inputs: {
      PE_DeptName: '北江区农业农村局',
      PE_Year: 2021,
      PE_BudgetInitial: 1200.5,
      PE_BudgetAdjusted: 1350.8,
      PE_Expenditure: 1290.33,
      PE_ThreePublicBudget: 20,
      PE_ThreePublicBudgetPrior: 18.5,
      PE_ThreePublicActual: 19.2,
      PE_PublicFundsBudget: 210.4,
      PE_PublicFundsActual: 205.7,
      PE_StockFundsEnd: 80.2,
      PE_StockFundsPriorEnd: 100.3,
      PE_ProcurementPlan: 50,
      PE_ProcurementActual: 49.5,
      PE_AssetsTotal: 900,
      PE_AssetsCurrent: 400,
      PE_AssetsFixed: 480,
      PE_AssetsIntangible: 10,
      PE_AssetsInProgress: 5,
      PE_AssetsOther: 5,
      PE_FixedAssetsInUse: 470,
      PE_StaffActual: 50,
      PE_StaffAuthorized: 52,
      PE_OfficialsActual: 40,
      PE_OfficialsAuthorized: 42,
      PE_KeyTasksPlanned: 10,
      PE_KeyTasksDone: 9,
      PE_TargetsSet: 30,
      PE_TargetsMet: 28,
      PE_OutcomesSet: 12,
      PE_OutcomesMet: 11,
      PE_DisputesTotal: 20,
      PE_DisputesResolved: 18,
      PE_Satisfaction: 0.88,
    },
    edit: { name: 'PE_StockFundsEnd', value: 95.5 },
  },
  {
    // The adjusted budget below the initial one (negative 预算控制率) and stock funds growing.
    key: 'shrinking',
    inputs: {
      PE_DeptName: '南岭镇人民政府',
      PE_BudgetInitial: 500,
      PE_BudgetAdjusted: 450.25,
      PE_Expenditure: 440.1,
      PE_StockFundsEnd: 120,
      PE_StockFundsPriorEnd: 100,
    },
  },
  {
    // Spending over budget everywhere: expenditure, 公用经费, 三公, staff above establishment.
    key: 'overspent',
    inputs: {
      PE_DeptName: '=西河街道办事处',
      PE_Expenditure: 720.5,
      PE_PublicFundsActual: 110.2,
      PE_ThreePublicActual: 14.1,
      PE_StaffActual: 33,
      PE_OfficialsActual: 27,
    },
    edit: { name: 'PE_PublicFundsActual', value: 99.9 },
  },
  {
    // Exact ties at the third decimal, where float arithmetic in the spreadsheet lands on either
    // side (1.0049999999999955, −6.525000000000006 …) while the engine rounds the exact decimal
    // half up: the live check must still agree.
    key: 'ties',
    inputs: {
      PE_DeptName: '东坡社区服务中心',
      PE_BudgetInitial: 200,
      PE_BudgetAdjusted: 202.01,
      PE_Expenditure: 199.99,
      PE_ProcurementPlan: 200,
      PE_ProcurementActual: 56.99,
      PE_StockFundsEnd: 373.9,
      PE_StockFundsPriorEnd: 400,
      PE_Satisfaction: 0.91005,
    },
  },
];

/** The indicators whose value reads `name` (from the engine, independently of the sheet). */
function indicatorsReading(name: string): string[] {
  const sample = sampleData();
  const e = evaluate(inputsFromData(sample.inputs as PlainFigures, undefined));
  return e.indicators.filter((i) => i.inputs.includes(name) && i.status !== 'manual').map((i) => i.id);
}

interface SheetView {
  rows: string[][];
  /** 指标ID → its row, with the columns read by header. */
  indicators: Map<string, { value: string; live: string; status: string }>;
  liveSummary: string;
}

function readSheet(csvText: string): SheetView {
  const rows = parseCsv(csvText);
  const h = rows.findIndex((r) => r.includes('指标ID') && r.includes('得分'));
  if (h < 0) throw new Error(`no header row in:\n${csvText.slice(0, 500)}`);
  const at = (name: string): number => rows[h].indexOf(name);
  const [idCol, valueCol, liveCol, statusCol] = [
    at('指标ID'),
    at('指标值'),
    at('当前值（实时）'),
    at('状态'),
  ];
  const indicators = new Map<string, { value: string; live: string; status: string }>();
  for (let r = h + 1; r < rows.length && rows[r][0] !== '合计'; r++) {
    indicators.set(rows[r][idCol], {
      value: rows[r][valueCol],
      live: rows[r][liveCol],
      status: rows[r][statusCol],
    });
  }
  const summary = rows.find((r) => r[0] === '评价表状态（实时）');
  return { rows, indicators, liveSummary: summary?.[1] ?? '(no 评价表状态（实时） row)' };
}

/** A live value as LibreOffice shows it ("9.24299724376644%" or a plain fraction) → percent, 2 dp. */
function percent2(shown: string): string {
  const t = shown.trim();
  if (t.endsWith('%')) return round(new D(t.slice(0, -1))).toFixed(2);
  return round(new D(t).times(100)).toFixed(2);
}

let dir: string;
let soffice: string;
const runs: ConvertRun[] = [];
const scenarios = new Scenarios();

beforeAll(async () => {
  const found = findSoffice();
  if (!found) {
    throw new Error(
      'LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc',
    );
  }
  soffice = found;
  buildCli();
  dir = await makeTempDir('recalc');
  scenarios.startAll();
}, 200_000);

afterAll(async () => {
  // Measured for the record; never asserted.
  if (runs.length) process.stdout.write(`soffice launches: ${runs.map((r) => `${r.ms} ms`).join(', ')}\n`);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Every department evaluated by the command line, then recalculated by LibreOffice in one launch. */
const evaluated = scenarios.add(async () => {
  const files = await Promise.all(
    DEPARTMENTS.map(async (d) => {
      const input = await writeDepartment(dir, `${d.key}.xlsx`, { inputs: d.inputs });
      const out = path.join(dir, `${d.key}.evaluated.xlsx`);
      const run = await runCliProcess([input, '--out', out, '--json']);
      if (run.status !== 0 && run.status !== 3)
        throw new Error(`evaluate ${d.key} failed (${run.status}): ${run.stderr}`);
      return { d, out, result: JSON.parse(run.stdout) as JsonResult };
    }),
  );
  const profile = await makeRecalcProfile(path.join(dir, 'profile'));
  const csvDir = path.join(dir, 'csv');
  runs.push(
    await convertToCsv(
      soffice,
      profile,
      files.map((f) => f.out),
      csvDir,
    ),
  );
  const views = new Map<string, SheetView>();
  for (const f of files)
    views.set(f.d.key, readSheet(await fs.readFile(sheetCsvPath(csvDir, f.out, SHEET), 'utf8')));
  return { files, views, profile };
});

/** The evaluated files with one figure changed by exceljs, recalculated in a second launch. */
const edited = scenarios.add(async () => {
  const { files, profile } = await evaluated();
  const changed = files.filter((f) => f.d.edit);
  const outs = await Promise.all(
    changed.map(async (f) => {
      const target = path.join(dir, `${f.d.key}.changed.xlsx`);
      const edit = f.d.edit as NonNullable<Department['edit']>;
      await setNamedCell(f.out, edit.name, edit.value, target);
      return { key: f.d.key, edit, target };
    }),
  );
  const csvDir = path.join(dir, 'csv-changed');
  runs.push(
    await convertToCsv(
      soffice,
      profile,
      outs.map((o) => o.target),
      csvDir,
    ),
  );
  const views = new Map<string, SheetView>();
  for (const o of outs)
    views.set(o.key, readSheet(await fs.readFile(sheetCsvPath(csvDir, o.target, SHEET), 'utf8')));
  return { outs, views };
});

describe('LibreOffice recalculates the live cross-check to the engine’s values', () => {
  it('covers the departments: the sample, one with a negative rate, one over budget, one of ties', async () => {
    const { files } = await evaluated();
    const byKey = new Map(files.map((f) => [f.d.key, f.result]));
    expect(byKey.get('pingshi')?.total).toBe(96.9);
    const shrinking = byKey.get('shrinking')?.indicators.find((i) => i.id === 'budget_control_rate');
    expect(shrinking?.value).toBe(-9.95);
    const over = byKey.get('overspent')?.indicators.find((i) => i.id === 'budget_expenditure_rate');
    expect(over?.value).toBe(105.69);
    const overFunds = byKey.get('overspent')?.indicators.find((i) => i.id === 'public_funds_control');
    expect(overFunds?.score).toBe(1.24); // 4 − 0.4 × (106.91 − 100)
    const ties = byKey.get('ties');
    const tie = (id: string): number | null | undefined => ties?.indicators.find((i) => i.id === id)?.value;
    expect([
      tie('budget_control_rate'),
      tie('procurement_rate'),
      tie('stock_funds_change'),
      tie('satisfaction'),
    ]).toEqual([1.01, 28.5, -6.53, 91.01]);
  });

  it('shows a department name beginning with "=" as the literal text, not a computed formula', async () => {
    const { views } = await evaluated();
    const rows = (views.get('overspent') as SheetView).rows;
    expect(rows.find((r) => r[0] === '部门（单位）')?.[1]).toBe('=西河街道办事处');
    expect(rows[0][0]).toBe('=西河街道办事处 2020年度部门整体支出绩效自评表');
  });

  it.each(DEPARTMENTS.map((d) => d.key))(
    '%s: every 当前值（实时） equals 指标值 and every 状态 reads 一致',
    async (key) => {
      const { files, views } = await evaluated();
      const result = files.find((f) => f.d.key === key)?.result as JsonResult;
      const view = views.get(key) as SheetView;
      expect([...view.indicators.keys()]).toEqual(DEFAULT_RULE_SET.indicators.map((i) => i.id));
      let computed = 0;
      for (const ind of result.indicators) {
        const row = view.indicators.get(ind.id);
        if (ind.value === null) {
          expect({ id: ind.id, live: row?.live, status: row?.status }).toEqual({
            id: ind.id,
            live: '',
            status: '',
          });
          continue;
        }
        computed += 1;
        expect({ id: ind.id, live: percent2(row?.live ?? '') }).toEqual({
          id: ind.id,
          live: ind.value.toFixed(2),
        });
        expect({ id: ind.id, value: percent2(row?.value ?? '') }).toEqual({
          id: ind.id,
          value: ind.value.toFixed(2),
        });
        expect({ id: ind.id, status: row?.status }).toEqual({ id: ind.id, status: FRESH });
      }
      expect(computed).toBe(17);
      expect(view.liveSummary).toBe(FRESH);
    },
  );
});

describe('after a figure is changed in the file', () => {
  it.each(DEPARTMENTS.filter((d) => d.edit).map((d) => d.key))(
    '%s: the indicators reading it say 已过期, the others 一致, and the sheet says 已过期',
    async (key) => {
      const { outs, views } = await edited();
      const { edit } = outs.find((o) => o.key === key) as (typeof outs)[number];
      const affected = indicatorsReading(edit.name);
      expect(affected.length).toBeGreaterThan(0);
      const view = views.get(key) as SheetView;
      for (const [id, row] of view.indicators) {
        if (row.live === '' && row.value === '') continue; // manual: no live formula
        expect({ id, status: row.status }).toEqual({ id, status: affected.includes(id) ? STALE : FRESH });
      }
      expect(view.liveSummary).toBe(STALE);
    },
  );

  it('the expected stale sets are the ones the figures feed', () => {
    expect(indicatorsReading('PE_Expenditure').sort()).toEqual(['budget_expenditure_rate', 'carryover_rate']);
    expect(indicatorsReading('PE_StockFundsEnd')).toEqual(['stock_funds_change']);
    expect(indicatorsReading('PE_PublicFundsActual')).toEqual(['public_funds_control']);
  });
});
