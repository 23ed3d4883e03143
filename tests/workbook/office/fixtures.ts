/**
 * Hand-built fixtures for the Office adapter tests: a department workbook described as data for
 * the fake host, and a realistic evaluation SheetModel (the real layout is not used here).
 */
import type { FakeWorkbookSpec } from '../../../src/preview/fakeExcel';
import { OWNER_MARK, type SheetCellModel, type SheetModel } from '../../../src/workbook/sheetModel';

/** The single-cell inputs of the default indicator system with the 坪石 2020 sample figures. */
export const SAMPLE_INPUTS: [string, number | string][] = [
  ['PE_DeptName', '乐昌市人民政府坪石办事处'],
  ['PE_Year', 2020],
  ['PE_BudgetInitial', 624.04],
  ['PE_BudgetAdjusted', 681.72],
  ['PE_Expenditure', 672.18],
  ['PE_ThreePublicBudget', 13],
  ['PE_ThreePublicBudgetPrior', 14.29],
  ['PE_ThreePublicActual', 12.46],
  ['PE_PublicFundsBudget', 103.08],
  ['PE_PublicFundsActual', 102.47],
  ['PE_StockFundsEnd', 153.52],
  ['PE_StockFundsPriorEnd', 164.25],
  ['PE_ProcurementPlan', 8.795],
  ['PE_ProcurementActual', 8.695],
  ['PE_AssetsTotal', 316.7],
  ['PE_AssetsCurrent', 164.89],
  ['PE_AssetsFixed', 152.11],
  ['PE_AssetsIntangible', 0],
  ['PE_AssetsInProgress', 0],
  ['PE_AssetsOther', 0],
  ['PE_FixedAssetsInUse', 152.03],
  ['PE_StaffActual', 29],
  ['PE_StaffAuthorized', 31],
  ['PE_OfficialsActual', 24],
  ['PE_OfficialsAuthorized', 26],
  ['PE_KeyTasksPlanned', 8],
  ['PE_KeyTasksDone', 8],
  ['PE_TargetsSet', 40],
  ['PE_TargetsMet', 40],
  ['PE_ProjectsTotal', 6],
  ['PE_ProjectsOnTime', 6],
  ['PE_OutcomesSet', 11],
  ['PE_OutcomesMet', 11],
  ['PE_DisputesTotal', 32],
  ['PE_DisputesResolved', 32],
  ['PE_Satisfaction', 0.95],
  ['PE_Score_GoalRelevance', 5],
  ['PE_Score_GoalReasonableness', 5],
  ['PE_Score_FinancialCompliance', 4],
  ['PE_Score_InfoDisclosure', 4],
  ['PE_Score_AssetSafety', 2],
  ['PE_Score_RiskControl', 5],
  ['PE_Score_Institutions', 6],
];

export const INPUT_SHEET = '基础数据';
export const EVAL_SHEET = '绩效自评';

/** Inputs in column C from row 2, a 3×4 functional table at F2:I4, and a few odd cells. */
export function departmentSpec(extra: Partial<FakeWorkbookSpec> = {}): FakeWorkbookSpec {
  const cells: NonNullable<FakeWorkbookSpec['sheets'][number]['cells']> = { A1: '项目', C1: '数值' };
  const names: NonNullable<FakeWorkbookSpec['names']> = [];
  SAMPLE_INPUTS.forEach(([name, value], i) => {
    cells[`C${i + 2}`] = value;
    names.push({ name, refersTo: `${INPUT_SHEET}!$C$${i + 2}` });
  });
  Object.assign(cells, {
    F2: '一般公共服务',
    G2: 300.5,
    H2: 310.25,
    I2: 290,
    F3: '农林水支出',
    G3: 200,
    H3: 210.4,
    I3: 190.1,
    F4: '社会保障和就业支出',
    G4: 123.54,
    H4: 151.53,
    I4: 140,
    K1: { error: '#N/A' },
    K2: true,
  });
  names.push({ name: 'PE_FunctionalTable', refersTo: `${INPUT_SHEET}!$F$2:$I$4` });
  return {
    sheets: [
      { name: INPUT_SHEET, cells },
      { name: 'Notes sheet', cells: { A1: 'keep me', B2: { formula: 'PE_Expenditure*2' } } },
      ...(extra.sheets ?? []),
    ],
    names: [
      ...names,
      { name: 'Local_Name', refersTo: `${INPUT_SHEET}!$A$1`, sheet: INPUT_SHEET },
      ...(extra.names ?? []),
    ],
  };
}

const text = (v: string, style?: SheetCellModel['style']): SheetCellModel => ({
  value: { t: 'text', v },
  style,
});
const num = (v: number, numFmt = '0.00'): SheetCellModel => ({
  value: { t: 'number', v },
  style: { numFmt, align: 'right' },
});
const formula = (f: string, numFmt = '0.00'): SheetCellModel => ({
  value: { t: 'formula', f },
  style: { numFmt, align: 'right' },
});
const empty = (): SheetCellModel => ({ value: { t: 'empty' } });

export const HEADER_STYLE = { bold: true, fill: 'D9E1F2', align: 'center', wrap: true } as const;

/**
 * A realistic evaluation sheet: title, meta block with the owner mark, a frozen two-row header,
 * 24 indicator rows (formulas, numbers, texts that look like formulas), a status column with a
 * highlight rule, and a notes column.
 */
export function evaluationModel(options: { title?: string; notes?: string } = {}): SheetModel {
  const rows: SheetCellModel[][] = [];
  rows.push([text(options.title ?? '部门整体支出绩效自评表', { bold: true, fontSize: 14, align: 'center' })]);
  rows.push([
    text('部门（单位）名称'),
    { value: { t: 'formula', f: 'PE_DeptName' } },
    empty(),
    text('评价年度'),
    formula('PE_Year', '0'),
  ]);
  rows.push([
    text('生成者'),
    text(OWNER_MARK, { color: '808080' }),
    empty(),
    text('规则'),
    text('默认指标体系（2020）'),
  ]);
  rows.push(
    ['一级指标', '二级指标', '三级指标', '权重', '指标值', '得分', '规则', '说明', '状态', '备注'].map((h) =>
      text(h, HEADER_STYLE),
    ),
  );
  rows.push(
    ['', '', '', '(分)', '(%)', '(分)', '', '', '', ''].map((h) =>
      h ? text(h, HEADER_STYLE) : { value: { t: 'empty' as const }, style: HEADER_STYLE },
    ),
  );
  const tricky = ['=1+1', '+86 751 1234567', '-', '@risk', '==', '-5%'];
  for (let i = 0; i < 24; i += 1) {
    const stale = i % 7 === 3;
    rows.push([
      text(i < 8 ? '投入' : i < 16 ? '过程' : '产出及效果'),
      text(`二级${Math.floor(i / 4) + 1}`),
      text(`指标${i + 1}`),
      num(i % 3 === 0 ? 5 : 4, '0'),
      i === 0 ? formula('ROUND(PE_Expenditure/PE_BudgetAdjusted*100,2)') : num(90 + i / 4),
      formula(
        `IF(E${rows.length + 1}>=95,D${rows.length + 1},ROUND(D${rows.length + 1}*E${rows.length + 1}/100,2))`,
      ),
      text(tricky[i % tricky.length]),
      text(i === 1 ? '说明：支出 "预算" 执行' : '', { wrap: true }),
      text(stale ? '已过期' : '有效', stale ? { bold: true } : undefined),
      i === 2 && options.notes ? text(options.notes) : empty(),
    ]);
  }
  const last = rows.length;
  rows.push([
    text('合计', { bold: true }),
    empty(),
    empty(),
    formula(`SUM(D6:D${last})`, '0'),
    empty(),
    formula(`SUM(F6:F${last})`),
  ]);
  return {
    name: EVAL_SHEET,
    rows,
    columnWidths: [10, 14, 24, 8, 10, 10, 14, 40, 8, 30],
    freezeRows: 5,
    merges: ['A1:J1', 'B2:C2', 'B3:C3'],
    highlights: [{ range: `I6:I${last}`, text: '已过期', fill: 'FFC7CE', color: '9C0006' }],
  };
}
