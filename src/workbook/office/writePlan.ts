/**
 * Pure planning for writing a SheetModel through Office.js: the value and number-format
 * matrices, style runs, column widths. Kept apart from the API calls so it can be tested alone.
 */
import { a1, columnLetter, type CellStyle, type SheetCellModel, type SheetModel } from '../sheetModel';

/** Text cells get the Text format so input such as '=1+1', '+86…', '-' or '@x' is never parsed as a formula. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/**
 * How a text cell is written so that it stays text. Excel for desktop shows ##### for a cell
 * formatted Text ('@') that holds more than 255 characters (a reported behaviour; no Microsoft
 * reference page states it, so the door avoids the case rather than relying on either answer),
 * and the 说明 commentary and the clerk's notes can be that long. The leading apostrophe is no way out: Office.js does not keep
 * it (the prefix character is dropped on the way through range.formulas/values:
 * https://github.com/OfficeDev/office-js/issues/6687), so it cannot be relied on to mark text.
 * So, decided here:
 * - up to 255 characters: the Text format, as before (safe for any content);
 * - longer text that Excel would keep as text anyway when entered in a General cell (it does
 *   not start with = + - @ or ', and is not a number, a logical value or an error): General;
 * - longer text that Excel would read as something else: a formula that only joins string
 *   constants ( ="…"&"…" ), each at most 255 characters (Excel refuses longer text constants in a
 *   formula: "Text values in formulas are limited to 255 characters"), while the whole formula
 *   stays within Excel's 8,192 characters (Excel specifications and limits,
 *   https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 *   Its value is the text, character for character; nothing in it can be evaluated but the joins;
 * - the rare text beyond that: the Text format again (intact value, ##### on desktop).
 */
export const TEXT_FORMAT_MAX_CHARS = 255;
export const FORMULA_MAX_CHARS = 8192;
const FORMULA_TEXT_CONSTANT_MAX = 255;

export type TextCellPlan = { numberFormat: string; formula: string };

/** True when Excel, entering `text` in a General cell, could take it for anything but text. */
export function readAsNonText(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@']/.test(t) ||
    /^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t) ||
    /^(TRUE|FALSE)$/i.test(t) ||
    /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)$/.test(t)
  );
}

/**
 * `="…"&"…"` with each constant at most 255 UTF-16 units (Excel counts those; the stricter
 * reading), never splitting a surrogate pair.
 */
export function joinedStringFormula(text: string): string {
  const parts: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (chunk.length + ch.length > FORMULA_TEXT_CONSTANT_MAX) {
      parts.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  parts.push(chunk);
  return `=${parts.map((p) => `"${p.replace(/"/g, '""')}"`).join('&')}`;
}

export function textCellPlan(text: string): TextCellPlan {
  if (text.length <= TEXT_FORMAT_MAX_CHARS) return { numberFormat: TEXT_FORMAT, formula: text };
  if (!readAsNonText(text)) return { numberFormat: GENERAL_FORMAT, formula: text };
  const joined = joinedStringFormula(text);
  if (joined.length <= FORMULA_MAX_CHARS) return { numberFormat: GENERAL_FORMAT, formula: joined };
  return { numberFormat: TEXT_FORMAT, formula: text };
}

export interface Block {
  /** e.g. 'A1:J40'; null when the model has no cells. */
  address: string | null;
  numberFormat: string[][];
  formulas: (string | number)[][];
}

export function blockOf(model: SheetModel): Block {
  const height = model.rows.length;
  const width = Math.max(0, ...model.rows.map((r) => r.length));
  if (height === 0 || width === 0) return { address: null, numberFormat: [], formulas: [] };
  const numberFormat: string[][] = [];
  const formulas: (string | number)[][] = [];
  for (const row of model.rows) {
    const nf: string[] = [];
    const fx: (string | number)[] = [];
    for (let c = 0; c < width; c += 1) {
      const cell: SheetCellModel = row[c] ?? { value: { t: 'empty' } };
      const v = cell.value;
      switch (v.t) {
        case 'text': {
          const plan = textCellPlan(v.v);
          nf.push(plan.numberFormat);
          fx.push(plan.formula);
          break;
        }
        case 'number':
          nf.push(cell.style?.numFmt ?? GENERAL_FORMAT);
          fx.push(v.v);
          break;
        case 'formula':
          nf.push(cell.style?.numFmt ?? GENERAL_FORMAT);
          fx.push(`=${v.f}`);
          break;
        default:
          nf.push(cell.style?.numFmt ?? GENERAL_FORMAT);
          fx.push('');
      }
    }
    numberFormat.push(nf);
    formulas.push(fx);
  }
  return { address: `A1:${a1(height - 1, width - 1)}`, numberFormat, formulas };
}

/** The visual part of a style (number formats travel in the block). Undefined when plain. */
export type VisualStyle = Pick<CellStyle, 'bold' | 'fill' | 'color' | 'wrap' | 'align' | 'fontSize'>;

function visual(style: CellStyle | undefined): VisualStyle | undefined {
  if (!style) return undefined;
  const out: VisualStyle = {};
  if (style.bold) out.bold = true;
  if (style.fill) out.fill = style.fill.toUpperCase();
  if (style.color) out.color = style.color.toUpperCase();
  if (style.wrap) out.wrap = true;
  if (style.align) out.align = style.align;
  if (style.fontSize) out.fontSize = style.fontSize;
  return Object.keys(out).length > 0 ? out : undefined;
}

function keyOf(style: VisualStyle): string {
  return JSON.stringify([style.bold, style.fill, style.color, style.wrap, style.align, style.fontSize]);
}

export interface StyleRun {
  /** e.g. 'A3:J3' or 'B8:F31' */
  address: string;
  style: VisualStyle;
}

/**
 * Identical styles grouped into runs along each row, and identical runs in consecutive rows
 * joined into one rectangle. One request per run instead of per cell keeps the write far below
 * Excel on the web's 5 MB request cap. Plain cells need nothing: the sheet was just cleared.
 */
export function styleRuns(model: SheetModel): StyleRun[] {
  type Open = { r0: number; r1: number; c0: number; c1: number; key: string; style: VisualStyle };
  const rowRuns: Open[][] = model.rows.map((row, r) => {
    const runs: Open[] = [];
    row.forEach((cell, c) => {
      const style = visual(cell?.style);
      if (!style) return;
      const key = keyOf(style);
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.c1 === c - 1) last.c1 = c;
      else runs.push({ r0: r, r1: r, c0: c, c1: c, key, style });
    });
    return runs;
  });
  const done: Open[] = [];
  let open: Open[] = [];
  for (const runs of rowRuns) {
    const next: Open[] = [];
    for (const run of runs) {
      const above = open.find(
        (o) => o.key === run.key && o.c0 === run.c0 && o.c1 === run.c1 && o.r1 === run.r0 - 1,
      );
      if (above) {
        above.r1 = run.r0;
        next.push(above);
        open = open.filter((o) => o !== above);
      } else next.push(run);
    }
    done.push(...open);
    open = next;
  }
  done.push(...open);
  return done
    .sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0)
    .map((o) => ({
      address: o.r0 === o.r1 && o.c0 === o.c1 ? a1(o.r0, o.c0) : `${a1(o.r0, o.c0)}:${a1(o.r1, o.c1)}`,
      style: o.style,
    }));
}

/**
 * Excel's width unit is characters of the default font (Calibri 11: a 7 px digit plus 5 px of
 * padding), while Office.js `format.columnWidth` is in points (1 px = 0.75 pt at 96 dpi).
 * So points = round(chars × 7 + 5) px × 0.75; the default 8.43 characters gives 48 pt, as Excel does.
 */
export function columnWidthPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round(chars * 7 + 5) * 0.75;
}

/** Consecutive columns of equal width share one `A:C` range. */
export function columnWidthRuns(widths: number[]): { address: string; points: number }[] {
  const out: { address: string; points: number }[] = [];
  let start = 0;
  for (let c = 1; c <= widths.length; c += 1) {
    if (c === widths.length || widths[c] !== widths[start]) {
      if (widths[start] !== undefined && widths[start] > 0) {
        out.push({
          address: `${columnLetter(start)}:${columnLetter(c - 1)}`,
          points: columnWidthPoints(widths[start]),
        });
      }
      start = c;
    }
  }
  return out;
}

/** Excel's horizontal alignment names for the model's. */
export function excelAlignment(align: 'left' | 'center' | 'right'): 'Left' | 'Center' | 'Right' {
  return align === 'left' ? 'Left' : align === 'center' ? 'Center' : 'Right';
}

/** A string literal for a formula: quotes doubled, so the highlight text cannot break out. */
export function formulaString(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}
