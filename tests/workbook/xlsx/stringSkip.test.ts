/**
 * The shared-string filter: items not asked for reach saxes as empty `<si/>`, so only the wanted
 * ones are parsed, and every index still counts; whatever it cannot vouch for falls back to the
 * whole parse with the same strings.
 */
import { SkipUnsafe } from '../../../src/workbook/xlsx/rowSkip';
import { readSharedStrings } from '../../../src/workbook/xlsx/sharedStrings';
import { stringSkipper } from '../../../src/workbook/xlsx/stringSkip';
import { openXlsxBytes } from '../../../src/workbook/xlsx/xlsxBytes';
import { buildBook, sst, worksheet } from './packageBuilder';

const SIZES = [1, 3, 7, 64, 100_000];

function chunked(xml: string, size: number): (write: (text: string) => boolean) => void {
  return (write) => {
    for (let i = 0; i < xml.length; i += size) if (!write(xml.slice(i, i + size))) return;
  };
}

function filtered(xml: string, firstIndex: number, size: number): { text: string; skipped: number } {
  let text = '';
  const result = { itemsSkipped: 0 };
  chunked(xml, size)(stringSkipper(firstIndex, (t) => ((text += t), true), result));
  return { text, skipped: result.itemsSkipped };
}

const ITEMS = [
  '<t>一般公共服务支出</t>',
  '<r><rPr><b/></rPr><t>坪石</t></r><r><t>办事处</t></r>',
  '<t xml:space="preserve"> 年初预算数 </t><rPh sb="0" eb="2"><t>ねん</t></rPh>',
  '<t>position &amp; si &lt;si&gt;</t>',
  '<t>最后</t>',
];

describe('the shared-string skipper', () => {
  it('hands on the head and the items from the first needed one, in any chunking', () => {
    const xml = sst(ITEMS);
    const head = xml.slice(0, xml.indexOf('<si>'));
    for (const size of SIZES) {
      expect(filtered(xml, 3, size)).toEqual({
        text: head + xml.slice(xml.indexOf('<si><t>position')),
        skipped: 3,
      });
      expect(filtered(xml, 9, size).text).toBe(head);
    }
  });

  it('leaves a prefixed table to the whole parse, which reads it right', () => {
    const xml = sst(ITEMS, 'x');
    for (const size of SIZES) expect(() => filtered(xml, 4, size)).toThrow(SkipUnsafe);
    const read = readSharedStrings('sst', new Set([4]), chunked(xml, 5));
    expect(read.strings.get(4)).toBe('最后');
  });

  it('refuses to drop items holding CDATA, a comment, or items of both spellings', () => {
    for (const odd of ['<t><![CDATA[<si>]]></t>', '<t>a</t><!-- <si> -->']) {
      const xml = sst([odd, '<t>b</t>']);
      for (const size of SIZES) expect(() => filtered(xml, 1, size)).toThrow(SkipUnsafe);
    }
    const mixed = sst(['<t>a</t>', '<t>b</t>']).replace(
      '<si><t>a</t></si>',
      '<x:si xmlns:x="urn:x"><t>a</t></x:si>',
    );
    for (const size of SIZES) expect(() => filtered(mixed, 1, size)).toThrow(SkipUnsafe);
  });
});

describe('reading shared strings by index', () => {
  const many = Array.from({ length: 500 }, (_, i) =>
    i % 7 === 0 ? ITEMS[i % ITEMS.length] : `<t>项目${i}</t>`,
  );

  it('gives exactly what the whole parse gives at the indexes asked for, in any chunking', () => {
    const xml = sst(many);
    const all = readSharedStrings('sst', new Set(many.map((_, i) => i)), chunked(xml, 100_000));
    expect(all.strings.get(21)).toBe('坪石办事处');
    expect(all.strings.get(7)).toBe(' 年初预算数 ');
    for (const size of [3, 64, 4096]) {
      const wanted = new Set([0, 1, 2, 98, 99, 250, 499]);
      const read = readSharedStrings('sst', wanted, chunked(xml, size));
      expect([...read.strings]).toEqual([...wanted].map((i) => [i, all.strings.get(i)]));
    }
  });

  it('falls back to the whole parse when a dropped item holds CDATA, with the same strings', () => {
    const xml = sst(['<t><![CDATA[a</si>b]]></t>', ...many]);
    const read = readSharedStrings('sst', new Set([1, 300]), chunked(xml, 7));
    expect(read.strings.get(1)).toBe('一般公共服务支出');
    expect(read.strings.get(300)).toBe('项目299');
  });

  it('says how many items the table holds when asked past its end', () => {
    const read = readSharedStrings('sst', new Set([3, 9999]), chunked(sst(many), 64));
    expect(read.count).toBe(500);
    expect(read.strings.has(9999)).toBe(false);
    expect(readSharedStrings('sst', new Set([3]), chunked(sst(many), 64)).count).toBeUndefined();
  });

  it('serves two reads of one workbook that need different strings', async () => {
    const strings = Array.from({ length: 2000 }, (_, i) => `<t>串${i}</t>`);
    const bytes = buildBook({
      sheets: [
        { name: '绩效自评', xml: worksheet('<row r="1"><c r="A1"><v>0</v></c></row>') },
        {
          name: 'Data',
          xml: worksheet(
            '<row r="1"><c r="A1" t="s"><v>1999</v></c><c r="B1" t="s"><v>5</v></c><c r="C1" t="s"><v>5000</v></c></row>',
          ),
        },
      ],
      sharedStrings: sst(strings),
      names: [
        ['Late', 'Data!$A$1'],
        ['Early', 'Data!$B$1'],
        ['Beyond', 'Data!$C$1'],
      ],
    });
    const book = await openXlsxBytes(bytes, 'strings.xlsx');
    const first = await book.read({ names: ['Late'], sheetName: '绩效自评' });
    const second = await book.read({ names: ['Early', 'Beyond', 'Late'], sheetName: '绩效自评' });
    const value = (input: (typeof first.inputs)[number]): unknown =>
      input.status === 'range' ? input.cells[0][0] : input.status;
    expect(value(first.inputs[0])).toEqual({ kind: 'text', value: '串1999' });
    expect(second.inputs.map(value)).toEqual([
      { kind: 'text', value: '串5' },
      { kind: 'empty' },
      { kind: 'text', value: '串1999' },
    ]);
  });
});
