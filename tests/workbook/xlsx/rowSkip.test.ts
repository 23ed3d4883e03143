import { rowSkipper, SkipUnsafe } from '../../../src/workbook/xlsx/rowSkip';
import { scanSheet } from '../../../src/workbook/xlsx/sheetScan';
import type { ScanPlan, SheetScan } from '../../../src/workbook/xlsx/sheetScan';
import { openXlsxBytes } from '../../../src/workbook/xlsx/xlsxBytes';
import { buildBook, worksheet } from './packageBuilder';

/** A feed handing the text on in pieces of `size` characters (1 cuts every tag apart). */
function chunked(xml: string, size: number): (write: (text: string) => boolean) => void {
  return (write) => {
    for (let i = 0; i < xml.length; i += size) if (!write(xml.slice(i, i + size))) return;
  };
}

/** What the skipper hands on, for a whole part given in pieces of `size`. */
function handedOn(
  xml: string,
  firstRow: number,
  size: number,
  lastRow = Infinity,
): { text: string; skippedTo: number } {
  let text = '';
  const result = { rowsSkippedTo: 0 };
  const write = rowSkipper({ firstRow, lastRow }, (t) => ((text += t), true), result);
  chunked(xml, size)(write);
  return { text, skippedTo: result.rowsSkippedTo };
}

function cellsOf(scan: SheetScan): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [r, row] of scan.cells)
    for (const [c, cell] of row) out[`${r},${c}`] = cell.value ?? cell.inline;
  return out;
}

function plan(top: number, bottom: number, merges = false, firstRow = top): ScanPlan {
  return { keep: (r) => r >= top && r <= bottom, lastRow: bottom, firstRow, merges };
}

const SIZES = [1, 3, 7, 64, 100_000];

function numbered(
  count: number,
  cell: (r: number) => string = (r) => `<c r="A${r}"><v>${r}</v></c>`,
): string {
  let rows = '';
  for (let r = 1; r <= count; r += 1) rows += `<row r="${r}">${cell(r)}</row>`;
  return rows;
}

describe('the row skipper', () => {
  it('hands on the head up to <sheetData>, then the XML from the first needed row', () => {
    const xml = worksheet(numbered(5), '<mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells>');
    for (const size of SIZES) {
      const { text, skippedTo } = handedOn(xml, 4, size);
      expect(text).toBe(xml.slice(0, xml.indexOf('<sheetData>') + 11) + xml.slice(xml.indexOf('<row r="4"')));
      expect(skippedTo).toBe(3);
    }
  });

  it('finds prefixed rows (<x:row>) and counts rows written without r', () => {
    const rows =
      '<x:row><x:c><x:v>1</x:v></x:c></x:row><x:row/><x:row spans="1:2"><x:c><x:v>3</x:v></x:c></x:row>';
    const xml = worksheet(rows, '', { prefix: 'x' });
    for (const size of SIZES) {
      const { text, skippedTo } = handedOn(xml, 3, size);
      expect(
        text.endsWith('<x:row spans="1:2"><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>'),
      ).toBe(true);
      expect(text).not.toContain('<x:v>1</x:v>');
      expect(skippedTo).toBe(2);
    }
  });

  it('does not take a row-like name for a row (<rows>, <rowBreaks>, <x:rowA>)', () => {
    const xml = worksheet(
      '<row r="1"><c r="A1"><rows/><x:rowA/></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
    );
    expect(handedOn(xml, 2, 5).text).toContain('<row r="2">');
    expect(handedOn(xml, 2, 5).skippedTo).toBe(1);
  });

  it('reads r written with single quotes and spaces, and ignores r that goes backwards', () => {
    const xml = worksheet(
      `<row r = '5'><c><v>5</v></c></row><row r="2"><c><v>6</v></c></row><row><c><v>7</v></c></row>`,
    );
    // Row r="2" after row 5 is row 6 (as the scan numbers it), then row 7.
    const { text, skippedTo } = handedOn(xml, 7, 4);
    expect(text).toContain('<row><c><v>7</v></c></row>');
    expect(text).not.toContain('<v>6</v>');
    expect(skippedTo).toBe(6);
  });

  it('reads r only as an attribute of its own, not inside another attribute value', () => {
    const xml = worksheet(`<row x=" r='9'" r="1"><c><v>1</v></c></row><row><c><v>2</v></c></row>`);
    const { text, skippedTo } = handedOn(xml, 2, 3);
    expect(text).toContain('<row><c><v>2</v></c></row>');
    expect(skippedTo).toBe(1);
  });

  it('hands on </sheetData> and what follows when no row reaches the first needed row', () => {
    const xml = worksheet(numbered(3), '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    const { text } = handedOn(xml, 10, 6);
    expect(text).toContain('<sheetData></sheetData><mergeCells');
  });

  it('passes everything on for an empty <sheetData/> and for a comment or DOCTYPE in the head', () => {
    const empty = worksheet('').replace('<sheetData></sheetData>', '<sheetData/>');
    expect(handedOn(empty, 3, 4).text).toBe(empty);
    const commented = worksheet(numbered(3), '', { head: '<!-- <sheetData> -->' });
    expect(handedOn(commented, 3, 4).text).toBe(commented);
  });

  it.each([
    ['a comment', '<!-- <row r="9"> -->'],
    ['CDATA', '<![CDATA[<row r="9">]]>'],
    ['a processing instruction', '<?pi <row r="9"> ?>'],
    [
      'markup compatibility',
      '<mc:AlternateContent><mc:Choice Requires="x"></mc:Choice></mc:AlternateContent>',
    ],
  ])('refuses to skip over %s', (_what, markup) => {
    const xml = worksheet(
      `<row r="1"><c r="A1"><v>1</v></c></row>${markup}<row r="3"><c r="A3"><v>3</v></c></row>`,
    );
    for (const size of SIZES) expect(() => handedOn(xml, 3, size)).toThrow(SkipUnsafe);
  });
});

describe('the row skipper with a last row (the scan reads on to the merged ranges)', () => {
  const merges = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
  const xml = worksheet(numbered(8), merges);
  const head = xml.slice(0, xml.indexOf('<sheetData>') + 11);
  const rowsFrom = (r: number): number => xml.indexOf(`<row r="${r}"`);
  const tail = xml.slice(xml.indexOf('</sheetData>'));

  it('drops the rows past the window up to </sheetData>, and hands on what follows', () => {
    for (const size of SIZES) {
      expect(handedOn(xml, 1, size, 2).text).toBe(head + xml.slice(rowsFrom(1), rowsFrom(3)) + tail);
      const { text, skippedTo } = handedOn(xml, 3, size, 5);
      expect(text).toBe(head + xml.slice(rowsFrom(3), rowsFrom(6)) + tail);
      expect(skippedTo).toBe(2);
    }
  });

  it('hands on only the head and the tail when the rows jump over the window', () => {
    const jumping = worksheet(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="10"><c r="A10"><v>10</v></c></row>',
      merges,
    );
    for (const size of SIZES) {
      const { text, skippedTo } = handedOn(jumping, 4, size, 6);
      expect(text).toBe(
        jumping.slice(0, jumping.indexOf('<sheetData>') + 11) +
          jumping.slice(jumping.indexOf('</sheetData>')),
      );
      expect(skippedTo).toBe(1);
    }
  });

  it.each([
    ['in the window', 2],
    ['past the window', 6],
  ])('refuses a comment %s, which could hide a row tag', (_where, before) => {
    const commented = xml.replace(`<row r="${before}">`, `<!-- <row r="99"> --><row r="${before}">`);
    for (const size of SIZES) expect(() => handedOn(commented, 1, size, 4)).toThrow(SkipUnsafe);
  });

  it('gives the scan the same cells and merges as the full parse, a comment past the window included', () => {
    const commented = xml.replace('<row r="7">', '<!-- a note --><row r="7">');
    for (const text of [xml, commented]) {
      const full = scanSheet(
        'sheet',
        { keep: (r) => r <= 3, lastRow: Infinity, merges: true },
        chunked(text, 100_000),
      );
      for (const size of SIZES) {
        const windowed = scanSheet('sheet', plan(1, 3, true, 1), chunked(text, size));
        expect(cellsOf(windowed)).toEqual(cellsOf(full));
        expect(windowed.merges).toEqual(['A1:B1']);
      }
    }
  });
});

describe('scanning a sheet with rows skipped', () => {
  it('reads exactly the cells of the needed rows, as the full parse does, in any chunking', () => {
    const xml = worksheet(
      numbered(
        40,
        (r) => `<c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>行${r}</t></is></c>`,
      ),
      '<mergeCells count="2"><mergeCell ref="A2:B2"/><mergeCell ref="A39:B39"/></mergeCells>',
    );
    const full = scanSheet('sheet', plan(30, 32, true, 1), chunked(xml, 100_000));
    for (const size of SIZES) {
      const skipped = scanSheet('sheet', plan(30, 32, true), chunked(xml, size));
      expect(cellsOf(skipped)).toEqual(cellsOf(full));
      expect(cellsOf(skipped)).toEqual({
        '30,1': '30',
        '30,2': '行30',
        '31,1': '31',
        '31,2': '行31',
        '32,1': '32',
        '32,2': '行32',
      });
      // Merged ranges after sheetData are still read.
      expect(skipped.merges).toEqual(['A2:B2', 'A39:B39']);
    }
  });

  it('numbers rows and cells without r after the skipped ones', () => {
    const xml = worksheet(
      '<row><c><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c><c><v>3b</v></c></row>',
    );
    const scan = scanSheet('sheet', plan(3, 3), chunked(xml, 2));
    expect(cellsOf(scan)).toEqual({ '3,1': '3', '3,2': '3b' });
  });

  it('falls back to the whole parse when the skipped rows hold a comment, with the same cells', () => {
    const xml = worksheet(`${numbered(5)}`.replace('<row r="2">', '<!-- a note --><row r="2">'));
    const scan = scanSheet('sheet', plan(4, 5), chunked(xml, 3));
    expect(cellsOf(scan)).toEqual({ '4,1': '4', '5,1': '5' });
  });

  it('falls back inside mc:AlternateContent and reads the Fallback rows as before', () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c></row>' +
      '<mc:AlternateContent><mc:Choice Requires="x14"><row r="2"><c r="A2"><v>choice</v></c></row></mc:Choice>' +
      '<mc:Fallback><row r="2"><c r="A2"><v>fallback</v></c></row></mc:Fallback></mc:AlternateContent>' +
      '<row r="3"><c r="A3"><v>3</v></c></row>';
    const scan = scanSheet('sheet', plan(2, 3), chunked(worksheet(rows), 5));
    expect(cellsOf(scan)).toEqual({ '2,1': 'fallback', '3,1': '3' });
  });

  it('still refuses a malformed part when the damage is in the rows handed on', () => {
    const xml = worksheet(numbered(5)).replace('<row r="5"><c r="A5">', '<row r="5"><c r="A5"');
    expect(() => scanSheet('sheet', plan(5, 5), chunked(xml, 4))).toThrow(/sheet:/);
  });
});

describe('the reader with rows skipped', () => {
  it('reads a name at the last row of a long prefixed sheet, and a name above it', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 3000; r += 1)
      rows.push(
        r % 2 === 0
          ? `<x:row><x:c><x:v>${r}</x:v></x:c></x:row>`
          : `<x:row r="${r}"><x:c r="A${r}"><x:v>${r}</x:v></x:c></x:row>`,
      );
    const bytes = buildBook({
      sheets: [
        { name: '绩效自评', xml: worksheet('<row r="1"><c r="A1"><v>0</v></c></row>') },
        { name: 'Ledger', xml: worksheet(rows.join(''), '', { prefix: 'x' }) },
      ],
      names: [
        ['Last', 'Ledger!$A$3000'],
        ['Mid', 'Ledger!$A$1500:$A$1501'],
      ],
    });
    const workbook = await openXlsxBytes(bytes, 'ledger.xlsx');
    const snapshot = await workbook.read({ names: ['Last', 'Mid'], sheetName: '绩效自评' });
    const [last, mid] = snapshot.inputs;
    expect(last.status === 'range' && last.cells).toEqual([[{ kind: 'number', value: 3000 }]]);
    expect(mid.status === 'range' && mid.cells).toEqual([
      [{ kind: 'number', value: 1500 }],
      [{ kind: 'number', value: 1501 }],
    ]);
  });
});
