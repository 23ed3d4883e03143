/**
 * The package reader in front of what real writers produce, on packages built here from XML text:
 * prefixes, the strict namespace, inline and rich text, shared formulas, missing `r`, markup
 * compatibility, absurd dimensions, data descriptors, zip64, encrypted entries, XML bombs.
 */
import JSZip from 'jszip';
import type { RawCell, RawInput } from '../../../src/workbook/port';
import { WorkbookOpenError, openXlsxBytes } from '../../../src/workbook/xlsx/core';
import type { WorkbookOpenErrorCode, XlsxWorkbookCore } from '../../../src/workbook/xlsx/core';
import { nativeInflater } from '../../../src/workbook/xlsx/nativeInflater';
import { ZipPackage } from '../../../src/workbook/xlsx/zipPackage';
import type { InflaterFactory } from '../../../src/workbook/xlsx/zipPackage';
import {
  MAIN,
  STRICT_MAIN,
  bookParts,
  buildBook,
  handMadeZip,
  sst,
  worksheet,
  zipParts,
} from './packageBuilder';

const SHEET = '绩效自评';

async function names(bytes: Uint8Array, wanted: string[]): Promise<Record<string, RawInput>> {
  const book = await openXlsxBytes(bytes, 'book.xlsx');
  const snapshot = await book.read({ names: wanted, sheetName: SHEET });
  return Object.fromEntries(snapshot.inputs.map((i) => [i.name, i]));
}

function cells(input: RawInput): RawCell[][] {
  if (input.status !== 'range') throw new Error(`${input.name}: ${input.status}`);
  return input.cells;
}

async function refusal(work: () => Promise<unknown>): Promise<WorkbookOpenError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof WorkbookOpenError) return error;
    throw error;
  }
  throw new Error('no refusal');
}

async function refusedWith(bytes: Uint8Array, code: WorkbookOpenErrorCode, wanted: string[] = ['N']) {
  const error = await refusal(async () =>
    (await openXlsxBytes(bytes, 'book.xlsx')).read({ names: wanted, sheetName: SHEET }),
  );
  expect(error.code).toBe(code);
  expect(error.path).toBe('book.xlsx');
  return error;
}

const num = (value: number): RawCell => ({ kind: 'number', value });
const txt = (value: string): RawCell => ({ kind: 'text', value });
const EMPTY: RawCell = { kind: 'empty' };

describe('namespaces and prefixes', () => {
  it('reads x:-prefixed workbook, worksheet and shared strings parts', async () => {
    const bytes = buildBook({
      prefix: 'x',
      sheets: [
        {
          name: 'Data',
          xml: worksheet(
            '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>624.04</x:v></x:c></x:row>',
            '',
            { prefix: 'x' },
          ),
        },
      ],
      names: [['N', 'Data!$A$1:$B$1']],
      sharedStrings: sst(['<x:t>年初预算数</x:t>'], 'x'),
    });
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[txt('年初预算数'), num(624.04)]]);
  });

  it('reads a strict-namespace (ISO 29500 strict) package, ISO dates included', async () => {
    const bytes = buildBook({
      strict: true,
      sheets: [
        {
          name: 'Data',
          xml: worksheet(
            '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="d"><v>2020-12-31T00:00:00</v></c></row>',
            '',
            { ns: STRICT_MAIN },
          ),
        },
      ],
      names: [['N', 'Data!$A$1:$B$1']],
    });
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[num(1.5), txt('2020-12-31')]]);
  });
});

describe('cell contents', () => {
  const book = (rows: string, extra: { sharedStrings?: string; styles?: string; head?: string } = {}) =>
    buildBook({
      sheets: [{ name: 'Data', xml: worksheet(rows) }],
      names: [['N', 'Data!$A$1:$D$3']],
      sharedStrings: extra.sharedStrings,
      styles: extra.styles,
      workbookHead: extra.head,
    });

  it('reads inline strings, rich text runs, and leaves phonetic runs out', async () => {
    const bytes = book(
      '<row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>部门</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>14</t></r><r><t xml:space="preserve">.29 </t></r></is></c>' +
        '<c r="C1" t="s"><v>0</v></c>' +
        '<c r="D1" t="s"><v>1</v></c>' +
        '</row>',
      {
        sharedStrings: sst([
          '<r><t>合</t></r><r><t>计</t></r><rPh sb="0" eb="1"><t>ごう</t></rPh>',
          '<t>line_x000D_break _x005F_x0041_</t>',
        ]),
      },
    );
    expect(cells((await names(bytes, ['N'])).N)[0]).toEqual([
      txt('部门'),
      txt('14.29 '),
      txt('合计'),
      txt('line\rbreak _x0041_'),
    ]);
  });

  it('counts shared formulas by their cached values, and a formula without one as empty', async () => {
    const bytes = book(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c><c r="B1"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="C3" t="b"><v>1</v></c></row>',
    );
    const grid = cells((await names(bytes, ['N'])).N);
    expect(grid.map((row) => row.slice(0, 3))).toEqual([
      [num(2), num(1), EMPTY],
      [num(4), txt('ab'), EMPTY],
      [EMPTY, { kind: 'error', value: '#DIV/0!' }, { kind: 'boolean', value: true }],
    ]);
  });

  it('places cells and rows that carry no r after the previous ones', async () => {
    const bytes = book(
      '<row><c><v>1</v></c><c><v>2</v></c></row>' + '<row r="3"><c r="B3"><v>5</v></c><c><v>6</v></c></row>',
    );
    expect(cells((await names(bytes, ['N'])).N)).toEqual([
      [num(1), num(2), EMPTY, EMPTY],
      [EMPTY, EMPTY, EMPTY, EMPTY],
      [EMPTY, num(5), num(6), EMPTY],
    ]);
  });

  it('shows numbers with date formats as ISO dates (built-in, custom, 1904 system)', async () => {
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
      '<numFmt numFmtId="165" formatCode="#,##0.00&quot;元&quot;;[Red]-#,##0.00"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const rows =
      '<row r="1"><c r="A1" s="1"><v>44196</v></c><c r="B1" s="2"><v>44196.5</v></c>' +
      '<c r="C1" s="3"><v>44196</v></c><c r="D1"><v>44196</v></c></row>';
    expect(cells((await names(book(rows, { styles }), ['N'])).N)[0]).toEqual([
      txt('2020-12-31'),
      txt('2020-12-31T12:00:00'),
      num(44196),
      num(44196),
    ]);
    const old = book(rows, { styles, head: '<workbookPr date1904="1"/>' });
    expect(cells((await names(old, ['N'])).N)[0][0]).toEqual(txt('2025-01-01'));
  });
});

describe('what the reader does not trust or does not need', () => {
  it('skips mc:Choice content and reads mc:Fallback, in the workbook and in a sheet', async () => {
    const bytes = buildBook({
      sheets: [
        {
          name: 'Data',
          xml: worksheet(
            '<row r="1"><mc:AlternateContent><mc:Choice Requires="x99"><c r="A1"><v>1</v></c></mc:Choice>' +
              '<mc:Fallback><c r="A1"><v>2</v></c></mc:Fallback></mc:AlternateContent></row>',
          ),
        },
      ],
      names: [['N', 'Data!$A$1']],
      workbookHead:
        '<mc:AlternateContent><mc:Choice Requires="x15"><sheets><sheet name="Ghost" sheetId="9" r:id="rId9"/></sheets>' +
        '</mc:Choice></mc:AlternateContent>',
    });
    const book = await openXlsxBytes(bytes, 'book.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Data']);
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[num(2)]]);
  });

  it('caps a whole column to the cells present, whatever <dimension> claims', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `<row r="${i + 1}"><c r="C${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const bytes = buildBook({
      sheets: [{ name: 'Data', xml: worksheet(rows, '', { head: '<dimension ref="A1:XFD1048576"/>' }) }],
      names: [['N', 'Data!$C:$C']],
    });
    const input = (await names(bytes, ['N'])).N;
    expect(input).toMatchObject({ status: 'range', address: 'Data!C1:C30', cappedFrom: 'Data!$C:$C' });
    expect(cells(input)[29]).toEqual([num(29)]);
  });

  it('refuses a one-cell input over a whole column or a huge area without reading the sheet', async () => {
    // The sheet is broken past its first row: reading it at all would refuse the workbook.
    const broken = worksheet('<row r="1"><c r="C1"><v>1</v></c></row>').replace(
      '</sheetData>',
      '<row r="2"><c>',
    );
    const bytes = buildBook({
      sheets: [
        { name: '绩效自评', xml: worksheet('<row r="1"><c r="A1"><v>0</v></c></row>') },
        { name: 'Data', xml: broken },
      ],
      names: [
        ['Column', 'Data!$C:$C'],
        ['Rows', 'Data!$2:$3'],
        ['Huge', 'Data!$A$1:$Z$5000'],
      ],
    });
    const book = await openXlsxBytes(bytes, 'book.xlsx');
    const snapshot = await book.read({
      names: ['Column', 'Rows', 'Huge'],
      sheetName: SHEET,
      oneCell: ['COLUMN', 'Rows', 'Huge'],
    });
    expect(snapshot.inputs).toEqual([
      { name: 'Column', status: 'multiCell', address: 'Data!C:C' },
      { name: 'Rows', status: 'multiCell', address: 'Data!2:3' },
      { name: 'Huge', status: 'multiCell', address: 'Data!A1:Z5000' },
    ]);
    // Without the hint the used range is measured, and the damage is found.
    await expect(book.read({ names: ['Column'], sheetName: SHEET })).rejects.toThrow(/not well-formed/);
  });

  it('stops reading a sheet past the last row a name needs (what follows is never parsed)', async () => {
    const bytes = buildBook({
      sheets: [
        {
          name: 'Data',
          xml: worksheet(
            '<row r="1"><c r="A1"><v>7</v></c></row><row r="2"><c r="A2"><v>8</v></c></row><row r="3"><c>',
          ),
        },
      ],
      names: [['N', 'Data!$A$1']],
    });
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[num(7)]]);
  });

  it('reads shared strings only as far as the highest index used', async () => {
    const broken = sst(['<t>一</t>', '<t>二</t>']).replace('</sst>', '<si><t>unclosed</si>');
    const bytes = buildBook({
      sheets: [{ name: 'Data', xml: worksheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>') }],
      names: [['N', 'Data!$A$1']],
      sharedStrings: broken,
    });
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[txt('二')]]);
  });

  it('opens no worksheet when no name points into one', async () => {
    const bytes = buildBook({
      sheets: [
        { name: 'Data', xml: worksheet('<row r="1"><c r="A1"><v>7</v></c></row>') },
        { name: 'Broken', xml: '<worksheet><sheetData><row>' },
      ],
      names: [['N', 'Data!$A$1']],
    });
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[num(7)]]);
  });
});

describe('zip variants', () => {
  const parts = bookParts({
    sheets: [{ name: 'Data', xml: worksheet('<row r="1"><c r="A1"><v>42</v></c></row>') }],
    names: [['N', 'Data!$A$1']],
  });

  /**
   * JSZip (a zip reader we did not write) as the independent judge that an archive is valid:
   * every entry is read back with its CRC-32 checked.
   */
  async function zipAccepts(bytes: Uint8Array): Promise<boolean> {
    try {
      const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
      for (const entry of Object.values(zip.files)) if (!entry.dir) await entry.async('uint8array');
      return Object.keys(zip.files).length > 0;
    } catch {
      return false;
    }
  }

  it.each([
    ['data descriptors', { descriptors: true }],
    ['zip64 records', { zip64: true }],
    ['zip64 records and data descriptors', { zip64: true, descriptors: true }],
  ])('reads an archive written with %s', async (_label, options) => {
    const bytes = handMadeZip(parts, options);
    expect(await zipAccepts(bytes)).toBe(true);
    // The judge can say no: one flipped byte in the first entry's data fails its CRC or inflate.
    const flipped = bytes.slice();
    flipped[100] ^= 0xff;
    expect(await zipAccepts(flipped)).toBe(false);
    expect(cells((await names(bytes, ['N'])).N)).toEqual([[num(42)]]);
  });

  it('patches a zip64 archive with descriptors and reads the result back', async () => {
    const bytes = handMadeZip(parts, { zip64: true, descriptors: true });
    const book = await openXlsxBytes(bytes, 'book.xlsx');
    await book.write({
      name: SHEET,
      rows: [[{ value: { t: 'text', v: 'perf-eval-addin/1' } }]],
      columnWidths: [],
      freezeRows: 0,
      merges: [],
      highlights: [],
    });
    const out = await book.toBytes();
    expect(await zipAccepts(out)).toBe(true);
    const again = await openXlsxBytes(out, 'out.xlsx');
    const snapshot = await again.read({ names: ['N'], sheetName: SHEET });
    expect(snapshot.sheet.owned).toBe(true);
    expect(cells(snapshot.inputs[0])).toEqual([[num(42)]]);
  });

  it('refuses an encrypted entry with its own reason, naming the entry', async () => {
    const bytes = handMadeZip(parts, { encrypt: ['xl/worksheets/sheet1.xml'] });
    const error = await refusedWith(bytes, 'zip_encrypted');
    expect(error.detail.part).toBe('xl/worksheets/sheet1.xml');
  });

  describe('with the native inflater Node hands in', () => {
    // 8 MB of varied text: many pieces through either inflater.
    const line = (i: number): string => `<row r="${i}"><c r="A${i}"><v>${(i * 7919) % 100003}</v></c></row>`;
    const big = Array.from({ length: 160_000 }, (_, i) => line(i + 1)).join('');
    const archive = zipParts({ 'big.xml': big });
    const counting = (): { factory: InflaterFactory; pushes: () => number } => {
      let pushes = 0;
      const factory: InflaterFactory = (onData) => {
        const inner = nativeInflater(onData);
        return {
          push(chunk, final) {
            pushes += 1;
            inner.push(chunk, final);
          },
        };
      };
      return { factory, pushes: () => pushes };
    };
    const thrownBy = (work: () => unknown): unknown => {
      try {
        work();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const collect = (zip: ZipPackage, stopAfter = Infinity): string => {
      const parts: Uint8Array[] = [];
      let bytes = 0;
      zip.stream('big.xml', (c) => (parts.push(c.slice()), (bytes += c.length) < stopAfter), {
        maxBytes: 1e9,
      });
      return Buffer.concat(parts).toString('utf8');
    };

    it('gives the same bytes as fflate, none lost or repeated', () => {
      const native = counting();
      const text = collect(ZipPackage.read(archive, { inflater: native.factory }));
      expect(native.pushes()).toBeGreaterThan(10);
      expect(text).toBe(big);
      expect(collect(ZipPackage.read(archive))).toBe(big);
    });

    it('stops inflating when the reader has what it needs', () => {
      const native = counting();
      const text = collect(ZipPackage.read(archive, { inflater: native.factory }), 64 * 1024);
      expect(big.startsWith(text)).toBe(true);
      const whole = counting();
      collect(ZipPackage.read(archive, { inflater: whole.factory }));
      expect(native.pushes()).toBeLessThan(whole.pushes() / 4);
    });

    it('refuses damaged data as damaged, naming the entry, and a bomb as too large', () => {
      const bytes = zipParts({ 'xl/worksheets/sheet1.xml': big });
      // Past the first pieces, a block header with the reserved block type 3 (invalid in deflate).
      const broken = bytes.slice();
      const view = new DataView(broken.buffer);
      const dataStart = 30 + view.getUint16(26, true) + view.getUint16(28, true);
      const middle = dataStart + Math.floor(view.getUint32(18, true) / 2);
      // Everything from the middle on is replaced: the stream cannot end well.
      broken.fill(0x07, middle, dataStart + view.getUint32(18, true));
      for (const options of [{ inflater: nativeInflater }, {}]) {
        const zip = ZipPackage.read(broken, options);
        expect(
          thrownBy(() => zip.stream('xl/worksheets/sheet1.xml', () => true, { maxBytes: 1e9 })),
        ).toMatchObject({
          reason: 'damaged',
          entry: 'xl/worksheets/sheet1.xml',
        });
      }
      const bomb = zipParts({ 'bomb.xml': ' '.repeat(8 * 1024 * 1024) });
      const bombed = ZipPackage.read(bomb, { inflater: nativeInflater });
      expect(thrownBy(() => bombed.stream('bomb.xml', () => true, { maxBytes: 1024 * 1024 }))).toMatchObject({
        reason: 'too_large',
      });
    });
  });

  it('round-trips entry bytes through its own zip writer (CRC checked by JSZip)', async () => {
    const zip = ZipPackage.read(zipParts(parts));
    zip.write('xl/extra.xml', new TextEncoder().encode('<a>ü</a>'));
    const out = zip.toBytes();
    expect(await zipAccepts(out)).toBe(true);
    expect(new TextDecoder().decode(ZipPackage.read(out).read('xl/extra.xml'))).toBe('<a>ü</a>');
  });
});

describe('refusals say what is wrong', () => {
  it('an XML bomb (DOCTYPE with nested entities) is refused at open, before any entity expands', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
      '',
    );
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]>\n<sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>`;
    const bytes = buildBook({
      sheets: [{ name: 'Data', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      names: [['N', 'Data!$A$1']],
      sharedStrings: bomb,
    });
    const error = await refusal(() => openXlsxBytes(bytes, 'book.xlsx'));
    expect(error.code).toBe('xml_doctype');
    expect(error.detail).toMatchObject({ part: 'xl/sharedStrings.xml', line: 2 });
  });

  it('XML that is not well-formed is refused naming the part and the line', async () => {
    const bytes = buildBook({
      sheets: [
        { name: 'Data', xml: worksheet('<row r="1">\n<c r="A1"><v>1</v></c>\n<c r="A2"><v>2</x></c></row>') },
      ],
      names: [['N', 'Data!$A$1:$A$2']],
    });
    const error = await refusedWith(bytes, 'xml_malformed');
    expect(error.detail).toMatchObject({ part: 'xl/worksheets/sheet1.xml', line: 4 });
    expect(error.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('a worksheet part that is missing is named', async () => {
    const parts = bookParts({
      sheets: [{ name: 'Data', xml: worksheet('') }],
      names: [['N', 'Data!$A$1']],
    });
    delete parts['xl/worksheets/sheet1.xml'];
    const error = await refusedWith(zipParts(parts), 'part_missing');
    expect(error.detail.part).toBe('xl/worksheets/sheet1.xml');
  });

  it('a zip holding another kind of document is not a workbook', async () => {
    const parts = bookParts({ sheets: [] });
    parts['xl/workbook.xml'] =
      '<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    const error = await refusal(() => openXlsxBytes(zipParts(parts), 'book.xlsx'));
    expect(error.code).toBe('not_xlsx');
  });

  it('a truncated archive is damaged, and says its zip directory is missing', async () => {
    const bytes = buildBook({ sheets: [{ name: 'Data', xml: worksheet('') }] });
    const error = await refusal(() => openXlsxBytes(bytes.subarray(0, bytes.length - 30), 'book.xlsx'));
    expect(error.code).toBe('corrupt');
    expect(error.detail.part).toBeUndefined();
  });
});

describe('readSheetCells', () => {
  let book: XlsxWorkbookCore;
  beforeAll(async () => {
    const rows = Array.from(
      { length: 5 },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: 4 }, (_x, c) => `<c r="${'ABCD'[c]}${r + 1}"><v>${r * 10 + c}</v></c>`).join('')}</row>`,
    ).join('');
    book = await openXlsxBytes(
      buildBook({
        sheets: [
          {
            name: 'One',
            xml: worksheet(
              rows,
              '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C4:D5"/></mergeCells>',
            ),
          },
          { name: 'Hidden', xml: worksheet(rows), state: 'hidden' },
          {
            name: 'Two',
            xml: worksheet('<row r="2"><c r="B2" t="inlineStr"><is><t>标签</t></is></c></row>'),
          },
        ],
      }),
      'book.xlsx',
    );
  });

  it('gives every worksheet from A1 with its merges, hidden ones marked as such', async () => {
    const sheets = (await book.readSheetCells()).filter((s) => s.name !== 'Hidden');
    expect((await book.readSheetCells()).map((s) => [s.name, s.visibility])).toEqual([
      ['One', 'visible'],
      ['Hidden', 'hidden'],
      ['Two', 'visible'],
    ]);
    expect(sheets[0].cells).toHaveLength(5);
    expect(sheets[0].cells[4]).toEqual([num(40), num(41), num(42), num(43)]);
    expect(sheets[0].merges).toEqual(['A1:B1', 'C4:D5']);
    expect(sheets[1]).toEqual({
      name: 'Two',
      visibility: 'visible',
      cells: [
        [EMPTY, EMPTY],
        [EMPTY, txt('标签')],
      ],
      merges: [],
    });
  });

  it('caps rows, columns and merges, and reads named sheets, hidden ones included', async () => {
    const [hidden] = await book.readSheetCells(['hidden'], { maxRows: 2, maxCols: 3 });
    const [one] = await book.readSheetCells(['One'], { maxRows: 3, maxCols: 4 });
    expect(one.merges).toEqual(['A1:B1']);
    expect(hidden.name).toBe('Hidden');
    expect(hidden.cells).toEqual([
      [num(0), num(1), num(2)],
      [num(10), num(11), num(12)],
    ]);
  });
});
