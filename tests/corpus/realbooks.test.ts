/**
 * Real workbooks through the command line: Apache POI's test files in ../shared/realbooks (most
 * saved by Excel; Apache-2.0, see the folder's NOTICE). None defines our names, so each must get
 * "没有任何评价所需的名称" — or, for a file that is broken, encrypted or hostile, the sentence that
 * says what is wrong. None may hang (a generous per-file timeout turns a hang into a failure).
 *
 * The judge of "broken" is LibreOffice, not us: tests/fixtures/realbooks/libreoffice-opens.json
 * lists the files it opens (made once by scripts/realbooks-libreoffice.sh). A file it opens must
 * never be called damaged or malformed here.
 */
import { promises as fs, readFileSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { cliText } from '../../src/cli/messages';

const BOOKS = path.resolve(__dirname, '../../../shared/realbooks');
const FIXTURE = path.resolve(__dirname, '../fixtures/realbooks/libreoffice-opens.json');

interface LibreOfficeVerdicts {
  made: string;
  opens: string[];
  refuses: string[];
}

const verdicts = JSON.parse(readFileSync(FIXTURE, 'utf8')) as LibreOfficeVerdicts;
const files = readdirSync(BOOKS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

const zh = cliText('zh');
const NO_NAMES = '没有任何评价所需的名称';
/** Words that only the sentences calling a file damaged, malformed or incomplete use. */
const DAMAGED = ['已损坏', '不是格式正确的 XML', '缺少部件'];

it('the damage words are those of the command line sentences', () => {
  expect(zh.corrupt('f.xlsx')).toContain(DAMAGED[0]);
  expect(zh.corrupt('f.xlsx', 'xl/a.xml')).toContain(DAMAGED[0]);
  expect(zh.xmlMalformed('f.xlsx', 'xl/a.xml', 1, 1, 'x')).toContain(DAMAGED[1]);
  expect(zh.partMissing('f.xlsx', 'xl/a.xml')).toContain(DAMAGED[2]);
  expect(zh.noNames('f.xlsx')).toContain(NO_NAMES);
  for (const word of DAMAGED) expect(zh.noNames('f.xlsx')).not.toContain(word);
});

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'realbooks-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(file: string): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  let out = '';
  const code = await runCli([path.join(BOOKS, file), '--out', path.join(dir, `${file}.out.xlsx`)], {
    out: (s) => (out += `${s}\n`),
    err: (s) => (err += `${s}\n`),
  });
  return { code, err, out };
}

it('the fixture covers exactly the files in the folder', () => {
  expect([...verdicts.opens, ...verdicts.refuses].sort()).toEqual(files);
  expect(files.length).toBeGreaterThanOrEqual(100);
});

describe.each(files)('%s', (file) => {
  it('answers with the right kind of message, and never calls a file LibreOffice opens damaged', async () => {
    const { code, err, out } = await run(file);
    // No file here defines our names: nothing is evaluated, nothing written.
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toContain(zh.unexpected('').slice(0, 6));
    if (verdicts.opens.includes(file)) {
      // An entity bomb opens in LibreOffice (its parser caps expansion) but is refused here on
      // sight of its DOCTYPE: that is a refusal of a hostile file, not a verdict of damage.
      expect(err).toContain(file === 'poc-xmlbomb.xlsx' ? 'DOCTYPE' : NO_NAMES);
    } else {
      // LibreOffice cannot open it: our answer must be a specific reason, not "no names".
      expect(err).not.toContain(NO_NAMES);
      expect(err).toContain(path.join(BOOKS, file));
    }
    for (const damaged of DAMAGED) if (verdicts.opens.includes(file)) expect(err).not.toContain(damaged);
    await expect(fs.access(path.join(dir, `${file}.out.xlsx`))).rejects.toThrow();
  }, 60_000);
});

it('refuses the XML bomb for its DOCTYPE, and the fuzzed zips as damaged', async () => {
  expect((await run('poc-xmlbomb.xlsx')).err).toContain('DOCTYPE');
  for (const file of files.filter((f) => f.startsWith('clusterfuzz') || f.startsWith('crash-'))) {
    if (verdicts.opens.includes(file)) continue;
    const { err } = await run(file);
    expect({ file, damaged: DAMAGED.some((d) => err.includes(d)) || err.includes('DOCTYPE') }).toEqual({
      file,
      damaged: true,
    });
  }
}, 120_000);
