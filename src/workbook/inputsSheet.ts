/**
 * 输入数据: a snapshot of the inputs an evaluation used (name, label, sheet!cell, value), written
 * by the command line next to the evaluation sheet so the output file documents itself.
 */
import type { Evaluation } from '../engine';
import { OWNER_MARK, type SheetCellModel, type SheetModel } from './sheetModel';
import { formatTimestamp } from './layout';

export const INPUTS_SHEET_NAME = '输入数据';

export function layoutInputsSheet(e: Evaluation, generatedAt: Date, name = INPUTS_SHEET_NAME): SheetModel {
  const t = (v: string, bold = false, fill?: string): SheetCellModel => ({
    value: { t: 'text', v },
    style: { bold, fill },
  });
  const header = ['名称', '项目', '单元格', '值', '状态'].map((h) => t(h, true, 'DDEBF7'));
  const rows: SheetCellModel[][] = [
    [t(`评价所用输入数据（${formatTimestamp(generatedAt)}）`, true)],
    [t('生成程序', true), t(OWNER_MARK)],
    [],
    header,
  ];
  for (const i of e.inputs) {
    // Values are written as text: they are a record of what was read, exactly as read.
    rows.push([t(i.name), t(i.label), t(i.address ?? ''), t(i.value ?? ''), t(i.ok ? '正常' : '有问题')]);
  }
  return { name, rows, columnWidths: [28, 40, 22, 40, 10], freezeRows: 4, merges: [], highlights: [] };
}
