/**
 * The bundled sample workbook loaded into the fake Excel host: each named input's cells are put
 * at the same addresses, and the names point at them, so the Office adapter reads exactly what
 * the file holds.
 */
import {
  fakeWorkbookFromSpec,
  type FakeCellSpec,
  type FakeSheetSpec,
  type FakeWorkbook,
  type FakeWorkbookOptions,
} from '../src/preview/fakeExcel';
import type { RawCell, RawInput } from '../src/workbook/port';
import { columnLetter } from '../src/workbook/sheetModel';
import { parseTopLeft } from '../src/workbook/address';

function cellSpec(c: RawCell): FakeCellSpec | undefined {
  switch (c.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return c.value;
    case 'error':
      return { error: c.value };
    case 'empty':
      return undefined;
  }
}

export function fakeFromRawInputs(
  raws: readonly RawInput[],
  options: FakeWorkbookOptions = {},
): FakeWorkbook {
  const sheets = new Map<string, FakeSheetSpec>();
  const names: { name: string; refersTo: string }[] = [];
  for (const raw of raws) {
    if (raw.status !== 'range') continue;
    const tl = parseTopLeft(raw.address);
    if (!tl) continue;
    const sheetName = tl.sheet.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = sheets.get(sheetName) ?? { name: sheetName, cells: {} };
    sheets.set(sheetName, sheet);
    raw.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        const spec = cellSpec(c);
        if (spec !== undefined && sheet.cells)
          sheet.cells[`${columnLetter(tl.col + k)}${tl.row + r + 1}`] = spec;
      }),
    );
    const h = raw.cells.length;
    const w = raw.cells[0]?.length ?? 1;
    const first = `$${columnLetter(tl.col)}$${tl.row + 1}`;
    const last = `$${columnLetter(tl.col + w - 1)}$${tl.row + h}`;
    names.push({ name: raw.name, refersTo: `${tl.sheet}!${h * w > 1 ? `${first}:${last}` : first}` });
  }
  return fakeWorkbookFromSpec({ sheets: [...sheets.values()], names }, options);
}
