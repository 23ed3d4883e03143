/**
 * Renders a SheetModel as the XML of a worksheet part (SpreadsheetML), in the schema's element
 * order: dimension, sheetViews, cols, sheetData, mergeCells, conditionalFormatting, pageMargins.
 *
 * Text is written as inline strings so that the workbook's shared string table stays untouched;
 * formulas carry no cached value, which is why the workbook is marked for a full recalculation.
 */
import { a1, columnLetter } from '../sheetModel';
import type { CellStyle, SheetCellModel, SheetModel, TextHighlightRule } from '../sheetModel';
import { encodeXml } from './workbookXml';

export interface SheetStyles {
  /** The cellXfs index for a cell style (0 for none). */
  cellStyle(style: CellStyle | undefined): number;
  /** The dxfs index for a highlight rule. */
  highlight(rule: TextHighlightRule): number;
}

/** The namespaces of a worksheet part: transitional (what Excel saves) or strict ISO 29500. */
export interface SheetNamespaces {
  main: string;
  relationships: string;
}

export const TRANSITIONAL_NAMESPACES: SheetNamespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT_NAMESPACES: SheetNamespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/**
 * Text as an OOXML string: XML-escaped, and characters XML 1.0 cannot carry (control characters)
 * written as `_xHHHH_`; a literal `_xHHHH_` in the text is itself escaped so it reads back as typed.
 */
// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
  const escaped = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  // Element content needs only these three escaped; quotes stay as typed.
  return escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<t>`, with xml:space="preserve" when spaces at the ends or line breaks must survive. */
function textElement(text: string): string {
  const preserve = /^\s|\s$|[\n\r\t]/.test(text);
  return preserve ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;
}

function cellXml(ref: string, cell: SheetCellModel, styles: SheetStyles): string | undefined {
  const { value } = cell;
  // An empty cell without a style adds nothing to the sheet.
  if (value.t === 'empty' && !cell.style) return undefined;
  const s = styles.cellStyle(cell.style);
  const style = s !== 0 ? ` s="${s}"` : '';
  switch (value.t) {
    case 'text':
      // Inline text is never parsed as a formula, so user text such as "=1+1" stays text.
      return `<c r="${ref}"${style} t="inlineStr"><is>${textElement(value.v)}</is></c>`;
    case 'number':
      if (!Number.isFinite(value.v)) return `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
      return `<c r="${ref}"${style}><v>${String(value.v)}</v></c>`;
    case 'formula': {
      const f = `<f>${xmlText(value.f.replace(/^=/, ''))}</f>`;
      if (typeof value.cached === 'number' && Number.isFinite(value.cached))
        return `<c r="${ref}"${style}>${f}<v>${String(value.cached)}</v></c>`;
      if (typeof value.cached === 'string')
        return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(value.cached)}</v></c>`;
      return `<c r="${ref}"${style}>${f}</c>`;
    }
    case 'empty':
      return `<c r="${ref}"${style}/>`;
  }
}

/** A formula that is true where the top-left cell of `rule.range` equals the text (relative). */
function equalsFormula(rule: TextHighlightRule): string {
  const topLeft = rule.range.split(':')[0].replace(/\$/g, '');
  return `${topLeft}="${rule.text.replace(/"/g, '""')}"`;
}

function sheetViews(freezeRows: number): string {
  if (freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = `A${freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

function cols(widths: number[]): string {
  const entries = widths
    .map((width, i) =>
      Number.isFinite(width) && width > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`
        : '',
    )
    .join('');
  return entries === '' ? '' : `<cols>${entries}</cols>`;
}

/** The worksheet part; `namespaces` follow the workbook's (a strict workbook gets strict sheets). */
export function renderSheetXml(
  model: SheetModel,
  styles: SheetStyles,
  namespaces: SheetNamespaces = TRANSITIONAL_NAMESPACES,
): string {
  const rows: string[] = [];
  let lastRow = 0;
  let lastCol = 0;
  model.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      const xml = cellXml(a1(r, c), cell, styles);
      if (xml === undefined) return;
      cells.push(xml);
      lastCol = Math.max(lastCol, c + 1);
    });
    if (cells.length === 0) return;
    lastRow = r + 1;
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const dimension = lastRow > 0 ? `A1:${columnLetter(lastCol - 1)}${lastRow}` : 'A1';
  const merges =
    model.merges.length > 0
      ? `<mergeCells count="${model.merges.length}">${model.merges
          .map((ref) => `<mergeCell ref="${encodeXml(ref)}"/>`)
          .join('')}</mergeCells>`
      : '';
  const highlights = model.highlights
    .map(
      (rule, i) =>
        `<conditionalFormatting sqref="${encodeXml(rule.range)}">` +
        `<cfRule type="expression" dxfId="${styles.highlight(rule)}" priority="${i + 1}">` +
        `<formula>${encodeXml(equalsFormula(rule))}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${namespaces.main}" xmlns:r="${namespaces.relationships}">` +
    `<dimension ref="${dimension}"/>` +
    sheetViews(model.freezeRows) +
    cols(model.columnWidths) +
    (rows.length > 0 ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>') +
    merges +
    highlights +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
