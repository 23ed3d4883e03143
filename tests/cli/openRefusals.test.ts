/**
 * The command line says what is wrong with a workbook it cannot read, in zh and en: the part, the
 * line, the reason, instead of one generic "damaged" sentence.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import {
  MAIN,
  bookParts,
  buildBook,
  handMadeZip,
  sst,
  worksheet,
  zipParts,
} from '../workbook/xlsx/packageBuilder';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-refusals-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(
  file: string,
  bytes: Uint8Array,
  lang: 'zh' | 'en',
): Promise<{ code: number; err: string }> {
  const input = path.join(dir, file);
  await fs.writeFile(input, bytes);
  let err = '';
  const code = await runCli([input, '--lang', lang, '--out', path.join(dir, `${file}.out.xlsx`)], {
    out: () => undefined,
    err: (s) => (err += s),
  });
  return { code, err };
}

const named = (xml: string) => ({
  sheets: [{ name: 'Data', xml }],
  names: [['PE_BudgetInitial', 'Data!$A$1:$A$3']] as Array<[string, string]>,
});

it('XML not well-formed in a worksheet: the part and the line, in both languages', async () => {
  const bytes = buildBook(
    named(worksheet('<row r="1"><c r="A1"><v>1</v></c></row>\n<row r="2"><c r="A2"><v>2</c></row>')),
  );
  const zh = await cli('malformed.xlsx', bytes, 'zh');
  expect(zh.code).toBe(2);
  expect(zh.err).toContain('xl/worksheets/sheet1.xml');
  expect(zh.err).toContain('不是格式正确的 XML（第 3 行');
  const en = await cli('malformed.xlsx', bytes, 'en');
  expect(en.err).toContain('is not well-formed XML (line 3');
});

it('an entity bomb: refused for its DOCTYPE', async () => {
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n<sst xmlns="${MAIN}"><si><t>&b;</t></si></sst>`;
  const { code, err } = await cli(
    'bomb.xlsx',
    buildBook({ ...named(worksheet('')), sharedStrings: bomb }),
    'zh',
  );
  expect(code).toBe(2);
  expect(err).toContain('xl/sharedStrings.xml');
  expect(err).toContain('DOCTYPE');
});

it('a missing worksheet part is named', async () => {
  const parts = bookParts(named(worksheet('')));
  delete parts['xl/worksheets/sheet1.xml'];
  const { err } = await cli('missing.xlsx', zipParts(parts), 'en');
  expect(err).toContain('the part xl/worksheets/sheet1.xml is missing');
});

it('zip-encrypted entries are not called damaged', async () => {
  const parts = bookParts(named(worksheet('<row r="1"><c r="A1"><v>1</v></c></row>')));
  const { err } = await cli(
    'zipcrypt.xlsx',
    handMadeZip(parts, { encrypt: ['xl/worksheets/sheet1.xml'] }),
    'zh',
  );
  expect(err).toContain('zip 密码加密');
  expect(err).not.toContain('已损坏');
});

it('a part inflating past the limit is refused as too large, not read', async () => {
  const parts = bookParts(named(worksheet('')));
  // 65 MB of whitespace after the root element: well-formed, compresses to almost nothing.
  parts['xl/workbook.xml'] += ' '.repeat(65 * 1024 * 1024);
  const { err } = await cli('inflated.xlsx', zipParts(parts), 'en');
  expect(err).toContain('xl/workbook.xml');
  expect(err).toContain("beyond the reader's limit");
}, 60_000);

it('a workbook that reads well still evaluates past these checks (shared strings and all)', async () => {
  const bytes = buildBook({
    ...named(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')),
    sharedStrings: sst(['<t>abc</t>']),
  });
  const { code, err } = await cli('fine.xlsx', bytes, 'en');
  // Only one name, holding text: the evaluation runs and reports it, it does not refuse the file.
  expect(code).toBe(3);
  expect(err).toBe('');
});
