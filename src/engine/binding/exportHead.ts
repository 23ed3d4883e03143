/**
 * The head block of a 预算管理一体化 system's export (and of reports other finance systems print):
 * over the column heads stand lines that say when and how the table was drawn (导出时间：2024-01-26
 * 11:00, 打印日期：…, 查询条件：预算年度=2024；单位=…, 制表人：…). Such a line is no title: the
 * table's title and its 金额单位 line stand above it, and reading it as the title would cut off
 * that unit (a 元 table read as 万元).
 */

/** The words that open an export's metadata line, before its colon. */
const META_LINE =
  /^(?:导出|打印|制表|生成|查询|下载|输出|报送)(?:时间|日期|人|条件|用户|操作员)[:：]|^(?:操作员|经办人)[:：]/;

/** Whether `text` (as typed, any width) is an export's metadata line rather than a title. */
export function isExportMetaLine(text: string): boolean {
  return META_LINE.test(text.normalize('NFKC').replace(/\s/g, ''));
}
