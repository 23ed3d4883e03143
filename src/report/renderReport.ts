/**
 * The report draft as a .docx, built with the `docx` package. Browser-safe: no Node API; the
 * bytes come back as a Uint8Array that a page can wrap in a Blob and a script can write to disk.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Evaluation } from '../engine';
import {
  buildReportModel,
  placeholderText,
  type ReportBlock,
  type ReportOptions,
  type ReportRun,
} from './reportModel';

const FONT = { ascii: 'SimSun', eastAsia: '仿宋', hAnsi: 'SimSun' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
/** 三号 = 16 pt, the body size of these reports (docx sizes are half-points). */
const BODY_SIZE = 32;

function run(r: ReportRun): TextRun {
  if ('placeholder' in r) {
    // Yellow and bold, so an unfilled part cannot pass for finished text.
    return new TextRun({
      text: placeholderText(r.placeholder),
      highlight: 'yellow',
      bold: true,
      font: FONT,
      size: BODY_SIZE,
    });
  }
  return new TextRun({ text: r.text, font: FONT, size: BODY_SIZE });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map(
            (c, k) =>
              new TableCell({
                borders: { top: border, bottom: border, left: border, right: border },
                children: [
                  new Paragraph({
                    alignment: k === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                    children: [new TextRun({ text: c, bold: r === 0, font: FONT, size: 21 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function block(b: ReportBlock): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        heading: HeadingLevel.TITLE,
        spacing: { after: 240 },
        children: [new TextRun({ text: b.text, bold: true, font: HEADING_FONT, size: 36 })],
      });
    case 'heading':
      return new Paragraph({
        heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        spacing: { before: 120, after: 60 },
        indent: { firstLine: 640 },
        children: [
          new TextRun({
            text: b.text,
            bold: b.level === 2,
            font: b.level === 1 ? HEADING_FONT : FONT,
            size: BODY_SIZE,
          }),
        ],
      });
    case 'paragraph':
      return new Paragraph({
        alignment: b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
        indent: b.align === 'right' ? undefined : { firstLine: 640 },
        spacing: { line: 560 },
        children: b.runs.map(run),
      });
    case 'table':
      return table(b.rows);
  }
}

/** The draft of the 部门整体支出绩效自评报告 for one evaluation, as .docx bytes. */
export async function renderReport(evaluation: Evaluation, options: ReportOptions): Promise<Uint8Array> {
  const model = buildReportModel(evaluation, options);
  const doc = new Document({
    creator: evaluation.department ?? 'perf-eval',
    title: model[0].kind === 'title' ? model[0].text : '部门整体支出绩效自评报告',
    sections: [{ children: model.map(block) }],
  });
  return Packer.pack(doc, 'uint8array');
}
