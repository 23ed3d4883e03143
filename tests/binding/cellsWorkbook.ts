/**
 * A department's workbook whose figures are not all plain number cells: a cover sheet of label and
 * value lines, numbers stored as text (one with thousands separators, one with full-width digits)
 * and a hidden and a very hidden sheet.
 */
import { Workbook } from 'exceljs';

export function cellsWorkbook(): Workbook {
  const wb = new Workbook();
  wb.addWorksheet('封面').addRows([
    ['乐昌市人民政府坪石办事处部门整体支出绩效自评表'],
    ['编制单位：乐昌市人民政府坪石办事处'],
    ['年度：2020年'],
    ['年初预算数：624.04万元'],
  ]);
  // Pasted from a finance system: every figure came in as text.
  const total = wb.addWorksheet('收支决算总表');
  total.addRows([
    ['收入支出决算总表'],
    [null, null, null, '单位：元'],
    ['项目', '行次', '全年预算数', '决算数'],
    ['合计', '1', '6,817,200.00', '6721800 '],
  ]);
  const assets = wb.addWorksheet('资产');
  assets.addRows([
    ['资产总额', '３１６.７'],
    ['流动资产', 164.89],
  ]);
  const staff = wb.addWorksheet('人员');
  staff.addRows([['核定编制数', 31]]);
  staff.state = 'hidden';
  const internal = wb.addWorksheet('内部');
  internal.addRows([['实有人数', 29]]);
  internal.state = 'veryHidden';
  return wb;
}
