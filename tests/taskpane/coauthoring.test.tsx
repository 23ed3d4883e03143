/** @jest-environment jsdom */
/**
 * The pane against Excel behaviours the old fake did not have: a co-author's edit (source
 * 'Remote') marks the sheet stale but never starts 自动重新计算, and the pane says who should
 * recalculate; a chart or multi-area selection cannot be bound; a cell on a hidden sheet cannot be
 * selected; a cell on another sheet is selected after activating that sheet.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { STALENESS_DEBOUNCE_MS } from '../../src/taskpane/hooks/useStaleness';
import { renderPane, sampleAddress, sampleWorkbook, sheetValueBeside } from './support';

const SHEET = '绩效自评';

beforeEach(() => window.localStorage.clear());

async function evaluateOnce(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: '计算并写入评价表' }));
  await screen.findByText(/已写入“绩效自评”/);
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

function rowOf(name: string): HTMLElement {
  const r = document.querySelector<HTMLElement>(`[data-input="${name}"]`);
  if (!r) throw new Error('inputs not shown yet');
  return r;
}

describe('co-authoring', () => {
  test("a co-author's edit marks the sheet stale, says who recalculates, and is not recalculated", async () => {
    const wb = sampleWorkbook();
    renderPane(wb);
    await evaluateOnce();
    fireEvent.click(await screen.findByRole('switch', { name: '自动重新计算' }));
    expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.9);
    const writesBefore = wb.syncCount;

    act(() => wb.remoteEdit(sampleAddress('PE_Expenditure'), 650));
    expect(await screen.findByText('评价表已过期')).toBeInTheDocument();
    expect(screen.getByText(/负责填报这些数据的人员/)).toBeInTheDocument();
    // Long enough for an automatic run to have started and finished, had there been one.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, STALENESS_DEBOUNCE_MS * 4)));
    await act(() => wb.whenIdle());
    expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.9);
    expect(wb.sheet(SHEET)).toBeDefined();
    // Only reads since the edit: the stale check and the inputs' refresh (each one sync).
    expect(wb.syncCount - writesBefore).toBeLessThanOrEqual(2);

    // The clerk's own edit afterwards is theirs to recalculate automatically.
    act(() => wb.setCellValue(sampleAddress('PE_Expenditure'), 650));
    await waitFor(() => expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.7));
  });
});

describe('selection in Excel', () => {
  test('binding with a chart or several areas selected says what to select instead', async () => {
    const wb = sampleWorkbook({ missing: ['PE_ProcurementPlan'] });
    renderPane(wb);
    const row = await waitFor(() => rowOf('PE_ProcurementPlan'));
    wb.selectObject('基础数据', 'chart');
    fireEvent.click(
      within(row).getByRole('button', { name: '把名称 PE_ProcurementPlan 绑定到当前所选单元格' }),
    );
    expect(
      await screen.findByText(/当前选中的是图表、形状或多个区域，无法绑定 PE_ProcurementPlan/),
    ).toBeInTheDocument();
    expect(wb.workbookName('PE_ProcurementPlan')).toBeUndefined();
  });

  test('a cell on a hidden sheet gets a clear message, and the sheet stays hidden', async () => {
    const wb = sampleWorkbook({ extraSheets: [{ name: '底稿', hidden: true, cells: { B2: 0.95 } }] });
    const entry = wb.workbookName('PE_Satisfaction');
    if (!entry) throw new Error('sample without PE_Satisfaction');
    entry.refersTo = '=底稿!$B$2';
    wb.changed();
    renderPane(wb);
    fireEvent.click(await screen.findByRole('button', { name: '选中单元格 底稿!B2' }));
    expect(
      await screen.findByText('无法选中 底稿!B2：工作表“底稿”已隐藏。请先在 Excel 中取消隐藏该工作表。'),
    ).toBeInTheDocument();
    expect(wb.requireSheet('底稿').visibility).toBe('Hidden');
  });

  test('a cell on another sheet is selected after its sheet is activated', async () => {
    const wb = sampleWorkbook({ extraSheets: [{ name: '其他', cells: { A1: 'x' } }] });
    wb.selectCells('其他', 'A1');
    renderPane(wb);
    const address = sampleAddress('PE_Satisfaction');
    fireEvent.click(await screen.findByRole('button', { name: `选中单元格 ${address}` }));
    const target = wb.resolveAddress(address);
    await waitFor(() => expect(wb.selection?.sheetId).toBe(target.sheet.id));
    expect(wb.activeSheetId).toBe(target.sheet.id);
    expect(wb.selection?.range).toEqual(target.range);
  });
});
