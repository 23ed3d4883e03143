/** @jest-environment jsdom */
/**
 * Rule sets as data in the pane: the 评分规则 template is written on request (never over an
 * existing sheet), an edited rule changes the next evaluation, and a broken one is refused in
 * words with its row and field while the evaluation sheet stays as it was.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import type { FakeWorkbook } from '../../src/preview/fakeExcel';
import { renderPane, sampleWorkbook, sheetValueBeside } from './support';

const EVALUATE = '计算并写入评价表';
const RULES = '评分规则';

beforeEach(() => window.localStorage.clear());

async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function evaluate(expectText: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
  await screen.findByText(expectText);
  await settle();
}

async function writeTemplate(): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name: '评分' }));
  fireEvent.click(await screen.findByRole('button', { name: '写出评分规则模板' }));
  await screen.findByText(/已写出工作表“评分规则”/);
  await settle();
}

/** The 1-based row of an indicator in the 评分规则 sheet. */
function ruleRow(wb: FakeWorkbook, id: string): number {
  for (let row = 1; row <= 60; row += 1) if (wb.getValue(`${RULES}!A${row}`) === id) return row;
  throw new Error(`no rule row for ${id}`);
}

test('writes the template once, and an edited threshold changes the next evaluation', async () => {
  const wb = sampleWorkbook();
  renderPane(wb);
  await evaluate(/总分 96\.90/);
  await writeTemplate();
  expect(wb.sheet(RULES)).toBeDefined();
  expect(wb.getValue(`${RULES}!F${ruleRow(wb, 'satisfaction')}`)).toBe('deductBelow');

  // Asking again leaves the clerk's sheet alone.
  fireEvent.click(screen.getByRole('button', { name: '写出评分规则模板' }));
  await screen.findByText(/工作表“评分规则”已存在，未改写/);

  // 满意度 threshold 90 → 96: 95.00% is one point short, 0.2 per point → 3.80, total 96.70.
  wb.setCellValue(`${RULES}!G${ruleRow(wb, 'satisfaction')}`, 96);
  await wb.whenIdle();
  await evaluate(/总分 96\.70/);
  expect(sheetValueBeside(wb, '绩效自评', '总分')).toBe(96.7);
  expect(String(sheetValueBeside(wb, '绩效自评', '指标体系'))).toContain('default-2020-custom');
});

test('a broken rule sheet is refused with its row and field, and the evaluation sheet stays as it was', async () => {
  const wb = sampleWorkbook();
  renderPane(wb);
  await evaluate(/总分 96\.90/);
  await writeTemplate();
  const before = JSON.stringify(wb.snapshotSheet('绩效自评'));
  const row = ruleRow(wb, 'satisfaction');
  wb.setCellValue(`${RULES}!E${row}`, -4);
  await wb.whenIdle();

  fireEvent.click(screen.getByRole('button', { name: EVALUATE }));
  expect(
    await screen.findByText(new RegExp(`评分规则!第${row}行（satisfaction） 字段 weight：分值为负数`)),
  ).toBeInTheDocument();
  await settle();
  expect(JSON.stringify(wb.snapshotSheet('绩效自评'))).toBe(before);
});
