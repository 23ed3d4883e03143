/** A department's own workbook with no names: the figures of the sample in budget tables. */
import { Workbook } from 'exceljs';

export function clerkWorkbook(): Workbook {
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
  return wb;
}
