/**
 * 汇总.xlsx: one row per department, ranked by total, grades coloured, header frozen, autofilter
 * on. A new file of our own, so exceljs builds it (it never reads a department's workbook here).
 * Department names and messages are written as text values: never as formulas.
 */
import { Workbook, type Fill } from 'exceljs';
import { D } from '../../engine';
import type { BatchText } from './batchText';
import type { SummaryRow } from './task';

const GRADE_FILL: Record<string, string> = { 优: 'FFC6EFCE', 良: 'FFDDEBF7', 中: 'FFFFEB9C', 差: 'FFFFC7CE' };
const FAILED_FILL = 'FFD9D9D9';

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Highest total first; incomplete after complete at the same total; unevaluable last; then by file. */
export function rankRows(rows: readonly SummaryRow[]): SummaryRow[] {
  const byTotal = (a: SummaryRow, b: SummaryRow): number =>
    a.total === null || b.total === null
      ? Number(a.total === null) - Number(b.total === null)
      : new D(b.total).comparedTo(new D(a.total));
  return [...rows].sort(
    (a, b) =>
      byTotal(a, b) ||
      Number(a.status === 'incomplete') - Number(b.status === 'incomplete') ||
      a.file.localeCompare(b.file, 'zh'),
  );
}

/** Indicator columns: every indicator met, in the order first seen (rule sets may differ per file). */
function indicatorColumns(rows: readonly SummaryRow[]): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const r of rows) for (const s of r.scores) if (!seen.has(s.id)) seen.set(s.id, s.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

export async function summaryWorkbookBytes(rows: readonly SummaryRow[], text: BatchText): Promise<Buffer> {
  const ranked = rankRows(rows);
  const indicators = indicatorColumns(ranked);
  const h = text.headers;
  const wb = new Workbook();
  wb.creator = 'perf-eval';
  const ws = wb.addWorksheet(text.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const headers = [
    h.rank,
    h.dept,
    h.year,
    h.file,
    h.total,
    h.grade,
    h.complete,
    ...indicators.map((i) => i.name),
    h.failedChecks,
    h.problems,
  ];
  ws.addRow(headers);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  const gradeCol = 6;
  ranked.forEach((r, k) => {
    const byId = new Map(r.scores.map((s) => [s.id, s.score]));
    const row = ws.addRow([
      r.status === 'failed' ? null : k + 1,
      r.department ?? '',
      r.year,
      r.file,
      // Cells hold numbers so the bureau can sort and sum; the 2-decimal text converts exactly.
      r.total === null ? null : Number(r.total),
      r.grade ?? '',
      r.status === 'complete'
        ? text.completeWord
        : r.status === 'incomplete'
          ? text.incompleteWord
          : text.failedWord,
      ...indicators.map((i) => {
        const s = byId.get(i.id);
        return s === undefined || s === null ? null : Number(s);
      }),
      r.failedChecks.join('\n'),
      r.problems.join('\n'),
    ]);
    const fill = r.grade ? GRADE_FILL[r.grade] : r.status === 'failed' ? FAILED_FILL : undefined;
    if (fill) row.getCell(gradeCol).fill = solid(fill);
  });
  ws.getColumn(5).numFmt = '0.00';
  for (let c = 8; c < 8 + indicators.length; c++) ws.getColumn(c).numFmt = '0.00';
  const widths = [6, 28, 7, 26, 8, 6, 9, ...indicators.map(() => 10), 50, 50];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ranked.length + 1, column: headers.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
