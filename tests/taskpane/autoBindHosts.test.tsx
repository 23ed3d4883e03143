/** @jest-environment jsdom */
/**
 * 自动识别 is the same component in every host; what the host can read decides what it says.
 * WPS (the ET door) reads merged areas and binds through Names.Add; Excel below ExcelApi 1.13
 * cannot read them, and the pane says so beside the results; Excel from 1.13 reads them.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { clerkWorkbook } from '../../src/preview/clerkWorkbook';
import { fakeEtApplication } from '../../src/preview/fakeEt';
import { fakeWorkbookFromSpec } from '../../src/preview/fakeExcel';
import { paneHostOver } from '../../src/taskpane/host';
import { LANGUAGE_STORAGE_KEY } from '../../src/taskpane/i18n';
import { createWpsPaneHost } from '../../src/taskpane/wpsHost';
import { dataCellRef } from '../../src/workbook/binding/dataSheet';
import { renderPane } from './support';

const UNSUPPORTED = /此版本的 Excel（低于 ExcelApi 1\.13）无法读出合并单元格/;

beforeEach(() => window.localStorage.clear());

async function recognised(name: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  return waitFor(() => {
    const row = document.querySelector(`[data-proposal="${name}"]`);
    if (!row) throw new Error('no proposals yet');
    return row as HTMLElement;
  });
}

function plain(ref: string | undefined): string {
  return (ref ?? '').replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '');
}

test('WPS: proposes under merged headings, and 确认 writes 绩效数据 and the names through the ET door', async () => {
  const wb = clerkWorkbook();
  renderPane(wb, createWpsPaneHost(fakeEtApplication(wb)));
  const actual = await recognised('PE_ThreePublicActual');
  expect(actual).toHaveTextContent("'三公经费'!J5");
  expect(actual).toHaveTextContent('12.46 万元');
  expect(screen.queryByTestId('merge-notice')).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”：绑定 \d+ 项/)).toBeInTheDocument();
  expect(plain(wb.workbookName('PE_ThreePublicActual')?.refersTo)).toBe(
    plain(dataCellRef('PE_ThreePublicActual')),
  );
  expect(wb.getValue(plain(dataCellRef('PE_ThreePublicActual')))).toBe(12.46);
});

test('WPS: repoints a proposal at the cell selected in WPS before 确认', async () => {
  const wb = clerkWorkbook();
  const app = fakeEtApplication(wb);
  renderPane(wb, createWpsPaneHost(app));
  const row = await recognised('PE_BudgetInitial');
  expect(row).toHaveTextContent('624.04 万元');
  const sheet = app.ActiveWorkbook.Worksheets.Item('收支决算总表');
  sheet.Activate();
  sheet.Range('C5:D5').Select();
  fireEvent.click(within(row).getByRole('button', { name: '改为所选单元格' }));
  await waitFor(() => expect(row).toHaveTextContent('561.58 万元'));
  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”/)).toBeInTheDocument();
  expect(wb.getValue(plain(dataCellRef('PE_BudgetInitial')))).toBe(561.58);
});

test('WPS: a sheet with more merges than the search may spend on is named in a warning', async () => {
  const merges = Array.from({ length: 800 }, (_, i) => `A${2 * i + 3}:B${2 * i + 3}`);
  const cells: Record<string, string | number> = Object.fromEntries(
    merges.map((m, i) => [m.split(':')[0], `项目${i}`]),
  );
  cells.A1 = '年初预算数';
  cells.C1 = 624.04;
  const wb = fakeWorkbookFromSpec({ sheets: [{ name: '明细表', cells, merges }] });
  renderPane(wb, createWpsPaneHost(fakeEtApplication(wb)));
  await recognised('PE_BudgetInitial');
  expect(screen.getByTestId('merge-notice')).toHaveTextContent('工作表“明细表”的合并单元格过多');
});

test('Excel below ExcelApi 1.13: says merged headings may not be recognised, and offers what it found', async () => {
  const wb = clerkWorkbook({ maxExcelApi: '1.12' });
  renderPane(wb, paneHostOver(wb.run, wb.isSetSupported, 'zh-CN'));
  const initial = await recognised('PE_BudgetInitial');
  expect(initial).toHaveTextContent('624.04 万元');
  expect(screen.getByTestId('merge-notice')).toHaveTextContent(UNSUPPORTED);
  expect(document.querySelector('[data-proposal="PE_ThreePublicActual"]')).toBeNull();
});

test('Excel from ExcelApi 1.13: reads the merges, no warning', async () => {
  const wb = clerkWorkbook({ maxExcelApi: '1.13' });
  renderPane(wb, paneHostOver(wb.run, wb.isSetSupported, 'zh-CN'));
  const actual = await recognised('PE_ThreePublicActual');
  expect(actual).toHaveTextContent('12.46 万元');
  expect(screen.queryByTestId('merge-notice')).not.toBeInTheDocument();
});

test('the warning is in English when the pane is', async () => {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
  const wb = clerkWorkbook({ maxExcelApi: '1.12' });
  renderPane(wb, paneHostOver(wb.run, wb.isSetSupported, 'en-US'));
  fireEvent.click(await screen.findByRole('button', { name: 'Recognise figures' }));
  expect(await screen.findByTestId('merge-notice')).toHaveTextContent(
    'This version of Excel (below ExcelApi 1.13) cannot report merged cells',
  );
});
