/** @jest-environment jsdom */
/**
 * The task pane over the fake Excel host with the 坪石 2020 sample: evaluate and write, inputs
 * and their statuses, binding a missing name, staleness after an edit and the change list,
 * the language switch, and the question before overwriting a sheet the add-in did not create.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { INPUT_NAMES } from '../../src/engine';
import { paneHostOver } from '../../src/taskpane/host';
import { LANGUAGE_STORAGE_KEY } from '../../src/taskpane/i18n';
import { renderPane, sampleAddress, sampleWorkbook, sheetValueBeside } from './support';

const EVALUATE = '计算并写入评价表';
const SHEET = '绩效自评';

beforeEach(() => window.localStorage.clear());

async function evaluateOnce(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
  await screen.findByText(/已写入“绩效自评”/);
  await settle();
}

/** Let the re-reads that follow a write (inputs, freshness) finish inside act. */
async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

describe('evaluate and write', () => {
  test('writes the sample and shows total 96.90 and grade 优', async () => {
    const wb = sampleWorkbook();
    renderPane(wb);
    expect(wb.sheet(SHEET)).toBeUndefined();

    await evaluateOnce();
    expect(screen.getByText('已写入“绩效自评”：总分 96.90，等次 优。')).toBeInTheDocument();
    expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.9);
    expect(sheetValueBeside(wb, SHEET, '等次')).toBe('优');

    fireEvent.click(screen.getByRole('tab', { name: '评分' }));
    expect(await screen.findByTestId('total')).toHaveTextContent('96.90');
    expect(screen.getByTestId('grade')).toHaveTextContent('优');
    expect(screen.getByText('评价完整')).toBeInTheDocument();
    // A deduction is highlighted with its amount: 部门预算支出率 5.92 of 6.
    const row = document.querySelector('[data-indicator="budget_expenditure_rate"]') as HTMLElement;
    expect(within(row).getByText('98.60%')).toBeInTheDocument();
    expect(within(row).getByText('0.08')).toBeInTheDocument();
    expect(row).toHaveTextContent('672.18÷681.72');
  });

  test('the checks view reports the two real errors of the sample and passes the rest', async () => {
    renderPane(sampleWorkbook());
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    const assets = await waitFor(() => {
      const row = document.querySelector('[data-check="assets_composition"]');
      if (!row) throw new Error('checks not shown yet');
      return row;
    });
    expect(assets).toHaveTextContent('不通过');
    expect(document.querySelector('[data-check="functional_expenditure_sum"]')).toHaveTextContent('不通过');
    expect(document.querySelector('[data-check="fixed_in_use_within_total"]')).toHaveTextContent('通过');
    expect(screen.getAllByText('不通过')).toHaveLength(2);
  });

  test('a failing workbook is reported in words, not only in the console', async () => {
    const wb = sampleWorkbook();
    const host = paneHostOver(wb.run, wb.isSetSupported, 'zh-CN');
    host.port = { read: host.port.read, write: () => Promise.reject(new Error('工作簿受保护')) };
    renderPane(wb, host);
    fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
    expect(await screen.findByText('计算或写入失败：工作簿受保护')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: EVALUATE })).toBeEnabled();
  });
});

describe('data view', () => {
  test('lists every input with its cell, value and status', async () => {
    renderPane(sampleWorkbook());
    await screen.findByText(`共 ${INPUT_NAMES.length} 项数据，0 项有问题。`, { exact: false });
    const row = document.querySelector('[data-input="PE_Expenditure"]') as HTMLElement;
    expect(within(row).getByText('本年实际支出数')).toBeInTheDocument();
    expect(
      within(row).getByRole('button', { name: `选中单元格 ${sampleAddress('PE_Expenditure')}` }),
    ).toBeInTheDocument();
    expect(within(row).getByText('672.18')).toBeInTheDocument();
    expect(within(row).getByText('正常')).toBeInTheDocument();
    expect(document.querySelectorAll('[data-input]')).toHaveLength(INPUT_NAMES.length);
  });

  test('the cell link selects that cell in the workbook', async () => {
    const wb = sampleWorkbook();
    renderPane(wb);
    fireEvent.click(
      await screen.findByRole('button', { name: `选中单元格 ${sampleAddress('PE_Satisfaction')}` }),
    );
    await waitFor(() => expect(wb.selection).not.toBeNull());
    const sel = wb.selection;
    const sheet = wb.sheetById(sel?.sheetId ?? '');
    expect(sheet && sel ? wb.address(sheet, sel.range) : null).toBe(sampleAddress('PE_Satisfaction'));
  });

  test('a missing name shows its problem; binding it to the selected cell fixes it', async () => {
    const wb = sampleWorkbook({ missing: ['PE_ProcurementPlan'] });
    renderPane(wb);
    const row = await waitFor(() => {
      const r = document.querySelector<HTMLElement>('[data-input="PE_ProcurementPlan"]');
      if (!r) throw new Error('inputs not shown yet');
      return r;
    });
    expect(within(row).getByText('缺失')).toBeInTheDocument();
    expect(row).toHaveTextContent('PE_ProcurementPlan');
    expect(within(row).getByRole('listitem')).toHaveTextContent(/政府采购计划金额/);
    expect(screen.getByText(/1 项有问题/)).toBeInTheDocument();

    // The clerk selects the cell that holds the figure, then binds.
    const { sheet, range } = wb.resolveAddress(sampleAddress('PE_ProcurementPlan'));
    wb.selection = { sheetId: sheet.id, range };
    fireEvent.click(
      within(row).getByRole('button', { name: '把名称 PE_ProcurementPlan 绑定到当前所选单元格' }),
    );

    await screen.findByText(`已把 PE_ProcurementPlan 绑定到 ${sampleAddress('PE_ProcurementPlan')}。`);
    await waitFor(() => expect(within(row).getByText('正常')).toBeInTheDocument());
    expect(within(row).getByText('8.795')).toBeInTheDocument();
    expect(wb.workbookName('PE_ProcurementPlan')?.refersTo.replace(/[=$]/g, '')).toBe(
      sampleAddress('PE_ProcurementPlan'),
    );
    expect(screen.getByText(/0 项有问题/)).toBeInTheDocument();
  });
});

describe('staleness and the change list', () => {
  test('an edited figure marks the sheet stale with the input listed; recalculating shows old → new', async () => {
    const wb = sampleWorkbook();
    renderPane(wb);
    await evaluateOnce();
    // Our own write does not count as an edit.
    await act(() => wb.whenIdle());
    expect(screen.queryByText('评价表已过期')).not.toBeInTheDocument();

    act(() => wb.setCellValue(sampleAddress('PE_Expenditure'), 650));
    expect(await screen.findByText('评价表已过期')).toBeInTheDocument();
    expect(screen.getByText('本年实际支出数（PE_Expenditure）：672.18 → 650')).toBeInTheDocument();
    // The data view follows the edit too.
    await waitFor(() =>
      expect(document.querySelector('[data-input="PE_Expenditure"]')).toHaveTextContent('650'),
    );

    fireEvent.click(screen.getByRole('button', { name: '重新计算' }));
    const list = await screen.findByRole('list', { name: '本次变化' });
    // 650 ÷ 681.72 = 95.35% → 6 × 0.9535 = 5.72; carry-over 4.65% keeps its 3 points.
    expect(
      within(list).getByText('部门预算支出率：值 98.60% → 95.35%，得分 5.92 → 5.72'),
    ).toBeInTheDocument();
    expect(screen.getByText('总分 96.90 → 96.70；等次 优 → 优')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('评价表已过期')).not.toBeInTheDocument());
    expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.7);
  });

  test('an evaluation sheet already stale on open is reported at once', async () => {
    const wb = sampleWorkbook();
    const first = renderPane(wb);
    await evaluateOnce();
    first.unmount();
    wb.setCellValue(sampleAddress('PE_StaffActual'), 30);
    await wb.whenIdle();

    renderPane(wb);
    expect(await screen.findByText('评价表已过期')).toBeInTheDocument();
    expect(screen.getByText('本年度在编人数（含工勤）（PE_StaffActual）：29 → 30')).toBeInTheDocument();
  });

  test('自动重新计算 rewrites a stale sheet by itself and is remembered', async () => {
    const wb = sampleWorkbook();
    renderPane(wb);
    await evaluateOnce();
    fireEvent.click(await screen.findByRole('switch', { name: '自动重新计算' }));
    expect(window.localStorage.getItem('perf-eval.autoRecalc')).toBe('true');

    act(() => wb.setCellValue(sampleAddress('PE_Expenditure'), 650));
    await waitFor(() => expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.7));
    expect(
      await screen.findByText('部门预算支出率：值 98.60% → 95.35%，得分 5.92 → 5.72'),
    ).toBeInTheDocument();
  });

  test('without change events (ExcelApi 1.4) the pane says edits need the button', async () => {
    renderPane(sampleWorkbook({ maxExcelApi: '1.4' }));
    expect(await screen.findByText(/不支持更改通知/)).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: '自动重新计算' })).not.toBeInTheDocument();
  });
});

describe('language', () => {
  test('the English switch changes labels and commentary, and is remembered', async () => {
    renderPane(sampleWorkbook());
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Evaluate and write the sheet' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Data' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() =>
      expect(document.querySelector('[data-input="PE_Expenditure"]')).toHaveTextContent('Expenditure'),
    );

    fireEvent.click(screen.getByRole('tab', { name: 'Scores' }));
    const row = await waitFor(() => {
      const r = document.querySelector('[data-indicator="budget_expenditure_rate"]');
      if (!r) throw new Error('scores not shown yet');
      return r;
    });
    expect(row).toHaveTextContent('Budget expenditure rate');
    expect(row).not.toHaveTextContent('部门预算支出率');

    fireEvent.click(screen.getByRole('button', { name: 'Evaluate and write the sheet' }));
    expect(await screen.findByText('Written to "绩效自评": total 96.90, grade 优.')).toBeInTheDocument();
  });

  test('a remembered choice wins over the display language; Chinese is the default', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const wb = sampleWorkbook();
    const first = renderPane(wb);
    expect(screen.getByRole('button', { name: 'Evaluate and write the sheet' })).toBeInTheDocument();
    await screen.findByText(/inputs, 0 with problems/);
    first.unmount();

    window.localStorage.clear();
    const second = renderPane(wb, paneHostOver(wb.run, wb.isSetSupported, 'en-US'));
    expect(screen.getByRole('button', { name: 'Evaluate and write the sheet' })).toBeInTheDocument();
    await screen.findByText(/inputs, 0 with problems/);
    second.unmount();

    renderPane(wb, paneHostOver(wb.run, wb.isSetSupported, 'zh-CN'));
    expect(screen.getByRole('button', { name: EVALUATE })).toBeInTheDocument();
    await screen.findByText(/0 项有问题/);
  });
});

describe('a sheet named 绩效自评 that the add-in did not create', () => {
  const foreign = [{ name: SHEET, cells: { A1: '科室自己的表', B2: 123 } }];

  test('asks before overwriting, and cancel leaves it untouched', async () => {
    const wb = sampleWorkbook({ extraSheets: foreign });
    renderPane(wb);
    fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
    expect(await screen.findByText('已有同名工作表')).toBeInTheDocument();
    expect(wb.getValue(`${SHEET}!A1`)).toBe('科室自己的表');

    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('未写入：工作簿中已有名为“绩效自评”的工作表。')).toBeInTheDocument();
    expect(wb.getValue(`${SHEET}!A1`)).toBe('科室自己的表');
  });

  test('overwrites only after the clerk says so', async () => {
    const wb = sampleWorkbook({ extraSheets: foreign });
    renderPane(wb);
    fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
    fireEvent.click(await screen.findByRole('button', { name: '覆盖该工作表' }));
    await screen.findByText('已写入“绩效自评”：总分 96.90，等次 优。');
    expect(wb.getValue(`${SHEET}!B2`)).not.toBe(123);
    expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.9);
  });
});
