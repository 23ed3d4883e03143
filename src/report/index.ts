/** The 自评报告 draft: Evaluation (+ its parsed inputs) → .docx bytes. Pure of any door; browser-safe. */
export { renderReport } from './renderReport';
export { buildReportModel, chineseDate, placeholderText } from './reportModel';
export type { ReportBlock, ReportOptions, ReportRun } from './reportModel';
