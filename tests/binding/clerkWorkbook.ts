/** A department's own workbook with no names: the figures of the sample in budget tables. */
import { Workbook } from 'exceljs';

export interface ClerkOptions {
  /** Add a 财决-style 支出决算表 holding the sample's PE_FunctionalTable (spec §8). */
  functional?: boolean;
}

export function clerkWorkbook(options: ClerkOptions = {}): Workbook {
  const wb = new Workbook();
  const total = wb.addWorksheet('收支决算总表');
  total.addRows([
    ['乐昌市人民政府坪石办事处2020年度收入支出决算总表'],
    [null, null, null, '单位：万元'],
    ['项目', '行次', '年初预算数', '全年预算数', '决算数', '上年决算数'],
    ['合计', 1, 624.04, 681.72, 672.18, 741.9],
    ['一般公共服务支出', 2, 561.58, 600, 600.59, 452.3],
    ['项目支出', 3, 120.5, 130, 128.2, 90],
  ]);
  total.mergeCells('A1:F1');
  const three = wb.addWorksheet('三公经费');
  three.addRows([
    ['“三公”经费支出情况表'],
    ['单位：元'],
    ['项目', '上年预算数', '预算数', '决算数'],
    ['合计', 142900, 130000, 124600],
    ['因公出国（境）费', 0, 0, 0],
    ['公务用车购置及运行费', 100000, 90000, 88000],
    ['公务接待费', 42900, 40000, 36600],
  ]);
  const basic = wb.addWorksheet('基本情况');
  basic.addRows([
    ['部门名称', '乐昌市人民政府坪石办事处'],
    ['一、资产总额：', '万元', 316.7],
    ['（一）流动资产', '万元', 164.89],
    ['（二）固定资产', '万元', 152.11],
    ['注：资产总额含流动资产和固定资产。'],
    ['核定编制数（含工勤）', 31, '人'],
    ['实有人数', 29, '人'],
    ['年度重点工作任务数', null],
  ]);
  if (options.functional) functionalSheet(wb);
  return wb;
}

/**
 * The sample's functional table as a 部门决算 table prints it: merged headings over 科目编码
 * (类|款|项) and 科目名称, 调整预算数 and 决算数 split into 合计 | 基本支出 | 项目支出, and 款/项
 * lines under their 类. No 合计 line: its 决算数 (674.18) would rival 672.18 as PE_Expenditure,
 * and the sample's point is that the two disagree. No 栏次 line either: the one-cell matcher
 * still reads its column numbers (1, 2 …) under 年初预算数 as figures.
 */
export function functionalSheet(wb: Workbook, name = '支出决算表'): void {
  const ws = wb.addWorksheet(name);
  ws.addRows([
    ['一般公共预算财政拨款支出决算表'],
    ['编制单位：乐昌市人民政府坪石办事处', null, null, null, null, null, null, null, null, '金额单位：万元'],
    ['项目', null, null, null, '年初预算数', '调整预算数', '决算数', null, null, '上年决算数'],
    ['科目编码', null, null, '科目名称', null, null, '合计', '基本支出', '项目支出', null],
    ['类', '款', '项', null, null, null, null, null, null, null],
    ['201', null, null, '一般公共服务支出', 561.58, 600.12, 600.59, 480.2, 120.39, 452.3],
    ['201', '03', null, '政府办公厅（室）及相关机构事务', 561.58, 600.12, 600.59, 480.2, 120.39, 452.3],
    ['201', '03', '01', '行政运行', 480, 500, 480.2, 480.2, 0, 400],
    ['208', null, null, '社会保障和就业支出', 45.44, 55.3, 54.19, 54.19, 0, 275.64],
    ['208', '05', null, '行政事业单位养老支出', 45.44, 55.3, 54.19, 54.19, 0, 275.64],
    ['210', null, null, '医疗卫生与计划生育支出', 13.42, 16, 15.8, 15.8, 0, 11.86],
    ['204', null, null, '公共安全支出', 3.6, 3.6, 3.6, 0, 3.6, 0],
    ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
  ]);
  for (const m of ['A1:J1', 'A3:D3', 'A4:C4', 'D4:D5', 'E3:E5', 'F3:F5', 'G3:I3', 'J3:J5']) ws.mergeCells(m);
}
