/** @jest-environment jsdom */
/**
 * 自动识别 over figures that are not plain number cells: a number stored as text, a label and its
 * value in one cell, a figure on a hidden sheet. Each is listed with its warning; 确认 writes a
 * 数值 that is a number (VALUE() for the text number, evaluated by the fake as Excel does; a typed
 * copy for the figure inside a text), and the 来源 says what it is.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeWorkbookFromSpec } from '../../src/preview/fakeExcel';
import { dataCellRef } from '../../src/workbook/binding/dataSheet';
import { renderPane } from './support';

beforeEach(() => window.localStorage.clear());

const cellOf = (name: string): string => (dataCellRef(name) as string).replace(/\$/g, '').replace(/'/g, '');
/** The 来源 cell of an input's row: two columns right of 数值. */
const sourceOf = (name: string): string => cellOf(name).replace(/!C/, '!E');

async function proposalRow(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const row = document.querySelector(`[data-proposal="${name}"]`);
    if (!row) throw new Error(`no proposal for ${name} yet`);
    return row as HTMLElement;
  });
}

test('lists the warnings, and 确认 writes numbers the evaluation can read', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [
      { name: '封面', cells: { A1: '编制单位：坪石办事处', A2: '年初预算数：561.58万元' } },
      { name: '基本情况', cells: { A1: '资产总额', B1: '5,615.80', A2: '本年支出', B2: 672.18 } },
      { name: '基础数据', hidden: true, cells: { A1: '核定编制数', B1: 31 } },
      { name: '内部', hidden: 'veryHidden', cells: { A1: '实有人数', B1: 29 } },
    ],
  });
  renderPane(wb);
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));

  const assets = await proposalRow('PE_AssetsTotal');
  expect(assets).toHaveTextContent('5615.8 万元');
  expect(within(assets).getByRole('list', { name: '注意' })).toHaveTextContent('以文本格式存储的数字');
  const dept = await proposalRow('PE_DeptName');
  expect(dept).toHaveTextContent('坪石办事处');
  expect(within(dept).getByRole('button', { name: /'封面'!A1/ })).toBeInTheDocument();
  expect(dept).toHaveTextContent('取自单元格中的文字');
  expect(await proposalRow('PE_StaffAuthorized')).toHaveTextContent('来自隐藏工作表');
  const veryHidden = await proposalRow('PE_StaffActual');
  expect(veryHidden).toHaveTextContent('来自深度隐藏的工作表');
  // Nobody can look at a very hidden sheet in Excel: its figure starts unticked.
  expect(within(veryHidden).getByRole('checkbox')).not.toBeChecked();
  expect(within(await proposalRow('PE_StaffAuthorized')).getByRole('checkbox')).toBeChecked();
  // A figure of a visible number cell carries no warning.
  expect(within(await proposalRow('PE_Expenditure')).queryByRole('list', { name: '注意' })).toBeNull();
  // Its table states no unit: the clerk is told 万元 was taken, not read. A 元 figure is not.
  expect(await proposalRow('PE_Expenditure')).toHaveTextContent('表中未注明单位，按万元读取');
  expect(await proposalRow('PE_BudgetInitial')).not.toHaveTextContent('未注明单位');

  // The link of a hidden sheet's figure says why Excel cannot show it, and unhides nothing.
  const staff = await proposalRow('PE_StaffAuthorized');
  fireEvent.click(within(staff).getByRole('button', { name: /'基础数据'!B1/ }));
  expect(await screen.findByText(/工作表“基础数据”已隐藏/)).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”/)).toBeInTheDocument();
  // The text number through VALUE(): a live number, not a text.
  expect(wb.getValue(cellOf('PE_AssetsTotal'))).toBe(5615.8);
  expect(wb.getValue(sourceOf('PE_AssetsTotal'))).toContain('原为文本格式的数字');
  // The figures inside a text: typed copies, the department's name as text.
  expect(wb.getValue(cellOf('PE_BudgetInitial'))).toBe(561.58);
  expect(wb.getValue(cellOf('PE_DeptName'))).toBe('坪石办事处');
  expect(wb.getValue(sourceOf('PE_DeptName'))).toContain("'封面'!A1");
  expect(wb.getValue(sourceOf('PE_DeptName'))).toContain('未链接');
  expect(wb.getValue(cellOf('PE_StaffAuthorized'))).toBe(31);
  // Left unticked: a row to type in, not a link to the very hidden sheet.
  expect(wb.getValue(cellOf('PE_StaffActual'))).toBeNull();
  expect(wb.getValue(sourceOf('PE_StaffActual'))).toBe('待填写');
  expect(wb.getValue(sourceOf('PE_StaffAuthorized'))).toContain('隐藏工作表');
  // The department's sheets are as they were, hidden ones still hidden.
  expect(wb.getValue('基本情况!B1')).toBe('5,615.80');
  expect(wb.sheets.find((s) => s.name === '基础数据')?.visibility).toBe('Hidden');
  expect(wb.sheets.find((s) => s.name === '内部')?.visibility).toBe('VeryHidden');

  // A change of the text number (still stored as text) flows through to 绩效数据.
  const basics = wb.sheets.find((x) => x.name === '基本情况');
  if (!basics) throw new Error('no 基本情况');
  basics.touch(0, 1).constant = '6,000';
  wb.changed();
  expect(wb.getValue(cellOf('PE_AssetsTotal'))).toBe(6000);
});

test('repoints at a selected number stored as text (linked through VALUE), not at other text', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [{ name: '基本情况', cells: { A1: '年初预算数', B1: 600, D5: '624.04', D6: '约600' } }],
  });
  renderPane(wb);
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  const row = await proposalRow('PE_BudgetInitial');
  const select = (address: string) => {
    const { sheet, range } = wb.resolveAddress(address);
    wb.selection = { sheetId: sheet.id, range };
  };
  select('基本情况!D6');
  fireEvent.click(within(row).getByRole('button', { name: '改为所选单元格' }));
  expect(await screen.findByText(/所选单元格 基本情况!D6 不是数字/)).toBeInTheDocument();
  select('基本情况!D5');
  fireEvent.click(within(row).getByRole('button', { name: '改为所选单元格' }));
  await waitFor(() => expect(row).toHaveTextContent('624.04 万元'));
  expect(row).toHaveTextContent('以文本格式存储的数字');
  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”/)).toBeInTheDocument();
  expect(wb.getValue(cellOf('PE_BudgetInitial'))).toBe(624.04);
});
