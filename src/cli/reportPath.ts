/** Where a report goes by default: beside its workbook, as <name>.自评报告.docx. */
import * as path from 'path';

export const REPORT_SUFFIX = '.自评报告.docx';

export function defaultReportPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}${REPORT_SUFFIX}`);
}
