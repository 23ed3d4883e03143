/** @jest-environment jsdom */
/**
 * The same task pane over the WPS host (the ET door on the fake ET host holding the sample):
 * evaluate and write, the question before overwriting a foreign 绩效自评, staleness after an edit.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { fakeEtApplication } from '../../src/preview/fakeEt';
import { createWpsPaneHost, wpsApplication } from '../../src/taskpane/wpsHost';
import { renderPane, sampleAddress, sampleWorkbook, sheetValueBeside } from './support';

const EVALUATE = '计算并写入评价表';
const SHEET = '绩效自评';

beforeEach(() => window.localStorage.clear());

async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

describe('the pane in WPS 表格', () => {
  test('is chosen only when window.Application is ET-shaped and Office is absent', () => {
    const app = fakeEtApplication(sampleWorkbook());
    expect(wpsApplication({ Application: app })).toBe(app);
    expect(wpsApplication({ Application: app, Office: {} })).toBeNull();
    expect(wpsApplication({})).toBeNull();
    expect(wpsApplication({ Application: { Name: 'something else' } })).toBeNull();
  });

  test('evaluates the sample to 96.90 优 and writes 绩效自评 through the ET door', async () => {
    const wb = sampleWorkbook();
    renderPane(wb, createWpsPaneHost(fakeEtApplication(wb)));
    fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
    expect(await screen.findByText('已写入“绩效自评”：总分 96.90，等次 优。')).toBeInTheDocument();
    await settle();
    expect(sheetValueBeside(wb, SHEET, '总分')).toBe(96.9);
  });

  test('asks before overwriting a foreign 绩效自评, and cancel leaves it untouched', async () => {
    const wb = sampleWorkbook({ extraSheets: [{ name: SHEET, cells: { A1: '科室自己的表', B2: 123 } }] });
    renderPane(wb, createWpsPaneHost(fakeEtApplication(wb)));
    fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
    expect(await screen.findByText('已有同名工作表')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('未写入：工作簿中已有名为“绩效自评”的工作表。')).toBeInTheDocument();
    expect(wb.getValue(`${SHEET}!A1`)).toBe('科室自己的表');
    expect(wb.getValue(`${SHEET}!B2`)).toBe(123);
  });

  test('marks the evaluation stale after an edit (SheetChange)', async () => {
    const wb = sampleWorkbook();
    const app = fakeEtApplication(wb);
    renderPane(wb, createWpsPaneHost(app));
    fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
    await screen.findByText(/已写入“绩效自评”/);
    await settle();
    await act(async () => {
      wb.setCellValue(sampleAddress('PE_Expenditure'), 650);
      await app.whenIdle();
    });
    expect(await screen.findByText('本年实际支出数（PE_Expenditure）：672.18 → 650')).toBeInTheDocument();
  });
});
