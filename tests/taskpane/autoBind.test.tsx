/** @jest-environment jsdom */
/**
 * 自动识别 in the 数据 view, over the fake Excel host with a department's own sheets and no names:
 * proposals listed with their cells, a choice between two tables, an untick, and 确认 writing
 * 绩效数据 and the names in two syncs.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeWorkbookFromSpec } from '../../src/preview/fakeExcel';
import { paneHostOver } from '../../src/taskpane/host';
import { dataCellRef } from '../../src/workbook/binding/dataSheet';
import { renderPane } from './support';

beforeEach(() => window.localStorage.clear());

function clerkWorkbook() {
  return fakeWorkbookFromSpec({
    sheets: [
      {
        name: '收支总表',
        cells: {
          A1: '收入支出决算总表',
          E2: '单位：万元',
          A3: '项目',
          B3: '年初预算数',
          C3: '全年预算数',
          D3: '决算数',
          E3: '上年决算数',
          A4: '合计',
          B4: 624.04,
          C4: 681.72,
          D4: 672.18,
          E4: 741.9,
        },
      },
      {
        name: '三公经费',
        cells: {
          A1: '“三公”经费支出情况表',
          A2: '单位：元',
          A3: '项目',
          B3: '上年预算数',
          C3: '预算数',
          D3: '决算数',
          A4: '合计',
          B4: 142900,
          C4: 130000,
          D4: 124600,
          A5: '公务接待费',
          B5: 42900,
          C5: 40000,
          D5: 36600,
        },
      },
      // The same label in a second list with another figure: a choice, not a guess.
      { name: '基本情况', cells: { A1: '资产总额', B1: 316.7, A2: '流动资产', B2: 164.89 } },
      { name: '补充', cells: { A1: '资产总额', B1: 320 } },
    ],
  });
}

/** The cell a name points at, as `绩效数据!C8` (no `$`, no `=`, no quotes). */
function target(refersTo: string | undefined): string | undefined {
  return refersTo?.replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '');
}

test('proposes, lets the clerk choose and untick, and writes 绩效数据 and the names in two syncs', async () => {
  const wb = clerkWorkbook();
  const host = paneHostOver(wb.run, wb.isSetSupported, 'zh-CN');
  const binding = host.binding!;
  let confirmSyncs = -1;
  const write = binding.writeBinding;
  binding.writeBinding = async (model, names) => {
    const before = wb.syncCount;
    await write(model, names);
    confirmSyncs = wb.syncCount - before;
  };
  renderPane(wb, host);

  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  const initial = await waitFor(() => {
    const row = document.querySelector('[data-proposal="PE_BudgetInitial"]');
    if (!row) throw new Error('no proposals yet');
    return row as HTMLElement;
  });
  expect(initial).toHaveTextContent('624.04 万元');
  expect(within(initial).getByRole('button', { name: /'收支总表'!B4/ })).toBeInTheDocument();
  const three = document.querySelector('[data-proposal="PE_ThreePublicBudget"]') as HTMLElement;
  expect(three).toHaveTextContent('13 万元（130000 元）');

  // 资产总额 stands in two lists with two figures: the clerk chooses the second.
  const assets = document.querySelector('[data-proposal="PE_AssetsTotal"]') as HTMLElement;
  const choice = within(assets).getByRole('combobox', { name: '为 PE_AssetsTotal 选择单元格' });
  fireEvent.change(choice, { target: { value: "'补充'!B1" } });
  // The clerk unticks 流动资产.
  const current = document.querySelector('[data-proposal="PE_AssetsCurrent"]') as HTMLElement;
  fireEvent.click(within(current).getByRole('checkbox'));
  // What was not found is listed with its row of 绩效数据.
  expect(screen.getByRole('list', { name: '未找到的数据' })).toHaveTextContent(
    `PE_KeyTasksPlanned）→ ${dataCellRef('PE_KeyTasksPlanned')}`,
  );

  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”：绑定 \d+ 项/)).toBeInTheDocument();
  expect(confirmSyncs).toBe(2);

  const cellOf = (name: string): string => target(dataCellRef(name)) as string;
  expect(target(wb.workbookName('PE_BudgetInitial')?.refersTo)).toBe(cellOf('PE_BudgetInitial'));
  expect(wb.getValue(cellOf('PE_BudgetInitial'))).toBe(624.04);
  expect(wb.getValue(cellOf('PE_ThreePublicBudget'))).toBe(13);
  expect(wb.getValue(cellOf('PE_AssetsTotal'))).toBe(320);
  // Unticked: the name points at an empty row to type in, not at the department's cell.
  expect(target(wb.workbookName('PE_AssetsCurrent')?.refersTo)).toBe(cellOf('PE_AssetsCurrent'));
  expect(wb.getValue(cellOf('PE_AssetsCurrent'))).toBeNull();
  // The department's sheets are as they were.
  expect(wb.getValue('三公经费!C4')).toBe(130000);
});

test('never writes over a 绩效数据 sheet it did not create, and says why', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [
      { name: '基本情况', cells: { A1: '年初预算数', B1: 624.04 } },
      { name: '绩效数据', cells: { A1: '科室自己的表' } },
    ],
  });
  renderPane(wb);
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  await waitFor(() => {
    if (!document.querySelector('[data-proposal="PE_BudgetInitial"]')) throw new Error('no proposals yet');
  });
  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已有名为“绩效数据”的工作表，且不是本加载项创建的/)).toBeInTheDocument();
  expect(wb.getValue('绩效数据!A1')).toBe('科室自己的表');
  expect(wb.workbookName('PE_BudgetInitial')).toBeUndefined();
});

test('repoints a proposal at the selected cell before 确认', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [{ name: '基本情况', cells: { A1: '年初预算数', B1: 600, D5: 624.04 } }],
  });
  renderPane(wb);
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  const row = await waitFor(() => {
    const found = document.querySelector('[data-proposal="PE_BudgetInitial"]');
    if (!found) throw new Error('no proposals yet');
    return found as HTMLElement;
  });
  expect(row).toHaveTextContent('600 万元');
  const { sheet, range } = wb.resolveAddress('基本情况!D5');
  wb.selection = { sheetId: sheet.id, range };
  fireEvent.click(within(row).getByRole('button', { name: '改为所选单元格' }));
  await waitFor(() => expect(row).toHaveTextContent('624.04 万元'));
  expect(row).toHaveTextContent('（所选单元格）');
  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”/)).toBeInTheDocument();
  const cell = target(dataCellRef('PE_BudgetInitial')) as string;
  expect(wb.getValue(cell)).toBe(624.04);
});

test('offers the functional table as one line and writes its block and name on 确认', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [
      {
        name: '支出决算表',
        cells: {
          A1: '一般公共预算财政拨款支出决算表',
          D2: '单位：元',
          A3: '科目编码',
          B3: '科目名称',
          C3: '年初预算数',
          D3: '决算数',
          A4: '201',
          B4: '一般公共服务支出',
          C4: 5615800,
          D4: 6005900,
          A5: '20101',
          B5: '人大事务',
          C5: 200000,
          D5: 210000,
          A6: '208',
          B6: '社会保障和就业支出',
          C6: 454400,
          D6: 541900,
        },
      },
    ],
  });
  renderPane(wb);
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  const row = await waitFor(() => {
    const found = document.querySelector('[data-proposal="PE_FunctionalTable"]');
    if (!found) throw new Error('no table yet');
    return found as HTMLElement;
  });
  expect(row).toHaveTextContent('2 个类级科目，万元（原表为元）');
  expect(row).toHaveTextContent('表中没有 上年决算数 列');
  expect(within(row).getByRole('button', { name: /'支出决算表'!B4:D6/ })).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”/)).toBeInTheDocument();
  expect(target(wb.workbookName('PE_FunctionalTable')?.refersTo)).toBe('绩效数据!A52:D53');
  expect(wb.getValue('绩效数据!A52')).toBe('一般公共服务支出');
  expect(wb.getValue('绩效数据!B52')).toBe(561.58);
  expect(wb.getValue('绩效数据!C53')).toBe(54.19);
  expect(wb.getValue('绩效数据!D53')).toBeNull();
});

test('a functional table left unticked is not bound', async () => {
  const wb = fakeWorkbookFromSpec({
    sheets: [
      {
        name: '功能分类',
        cells: { A1: '科目名称', B1: '年初预算数', C1: '本年决算数', A2: '教育支出', B2: 10, C2: 9 },
      },
    ],
  });
  renderPane(wb);
  fireEvent.click(await screen.findByRole('button', { name: '自动识别数据' }));
  const row = await waitFor(() => {
    const found = document.querySelector('[data-proposal="PE_FunctionalTable"]');
    if (!found) throw new Error('no table yet');
    return found as HTMLElement;
  });
  fireEvent.click(within(row).getByRole('checkbox'));
  fireEvent.click(screen.getByRole('button', { name: '确认并写入绩效数据' }));
  expect(await screen.findByText(/已写入“绩效数据”/)).toBeInTheDocument();
  expect(wb.workbookName('PE_FunctionalTable')).toBeUndefined();
  expect(wb.getValue('绩效数据!E52')).toBe('待填写');
});
