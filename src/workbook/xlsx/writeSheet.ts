/**
 * Writes a SheetModel into an (empty, freshly added) exceljs worksheet: values, formats, merges,
 * frozen rows, column widths and the text highlight rules as conditional formatting.
 */
import type { Alignment, Fill, Font, Style, Worksheet } from 'exceljs';
import type { CellStyle, SheetModel, TextHighlightRule } from '../sheetModel';

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function solidFill(hex: string): Fill {
  // Conditional-format fills (dxf) read bgColor; cell fills read fgColor: set both.
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/**
 * The exceljs style for a model style. Built once per distinct style and assigned whole: the
 * per-property setters (cell.font = …, cell.fill = …) each copy the cell's style again.
 */
function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.numFmt !== undefined) out.numFmt = style.numFmt;
  const font: Partial<Font> = {};
  if (style.bold) font.bold = true;
  if (style.color !== undefined) font.color = { argb: argb(style.color) };
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill !== undefined) out.fill = solidFill(style.fill);
  const alignment: Partial<Alignment> = {};
  if (style.wrap) alignment.wrapText = true;
  if (style.align !== undefined) alignment.horizontal = style.align;
  if (Object.keys(alignment).length > 0) {
    alignment.vertical = 'top';
    out.alignment = alignment;
  }
  return out;
}

/** A formula that is true where the top-left cell of `rule.range` equals the text (relative). */
function equalsFormula(rule: TextHighlightRule): string {
  const topLeft = rule.range.split(':')[0].replace(/\$/g, '');
  return `${topLeft}="${rule.text.replace(/"/g, '""')}"`;
}

export function writeSheetModel(worksheet: Worksheet, model: SheetModel): void {
  const styles = new Map<string, Partial<Style>>();
  const styleOf = (style: CellStyle): Partial<Style> => {
    const key = JSON.stringify(style);
    let s = styles.get(key);
    if (!s) {
      s = toExcelStyle(style);
      styles.set(key, s);
    }
    return s;
  };
  model.rows.forEach((row, r) => {
    row.forEach((cellModel, c) => {
      // An empty cell without a style is not written at all: getCell would create it.
      if (cellModel.value.t === 'empty' && !cellModel.style) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      const { value } = cellModel;
      switch (value.t) {
        case 'text':
          // A plain JS string is stored as a string cell by exceljs, never parsed as a formula,
          // so user text such as "=1+1" stays text.
          cell.value = value.v;
          break;
        case 'number':
          cell.value = value.v;
          break;
        case 'formula':
          // No cached result: spreadsheet programs compute it on load (fullCalcOnLoad is set).
          cell.value =
            value.cached === undefined
              ? { formula: value.f.replace(/^=/, '') }
              : { formula: value.f.replace(/^=/, ''), result: value.cached };
          break;
        case 'empty':
          break;
      }
      if (cellModel.style) cell.style = styleOf(cellModel.style);
    });
  });
  model.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const range of model.merges) worksheet.mergeCells(range);
  if (model.freezeRows > 0) {
    worksheet.views = [
      { state: 'frozen', xSplit: 0, ySplit: model.freezeRows, topLeftCell: `A${model.freezeRows + 1}` },
    ];
  }
  model.highlights.forEach((rule, i) => {
    worksheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [equalsFormula(rule)],
          style: { fill: solidFill(rule.fill), font: { color: { argb: argb(rule.color) } } },
        },
      ],
    });
  });
}
