/**
 * The bad-input corpus (tests/fixtures/corpus, made by `npm run make:corpus`) run through the
 * command line in process: for every case the exit code, every expected message fragment, the
 * expected result fields, and the input file byte-identical afterwards.
 */
import { createHash } from 'crypto';
import { existsSync, promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { runCli } from '../../src/cli/main';
import { openXlsxWorkbook } from '../../src/workbook/xlsx';
// Type only: the generator's module runs its main() when loaded.
import type { CorpusCase } from '../../scripts/make-corpus';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

/** The parts of the JSON contract (spec §7) the corpus looks at. */
interface JsonResult {
  total: number | string;
  grade: string | null;
  complete: boolean;
  indicators: Array<{
    id: string;
    value: number | string | null;
    score: number | string | null;
    status: string;
    messages: string[];
  }>;
  checks: Array<{ id: string; ok: boolean | null; message: string }>;
}

const cases = JSON.parse(readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as CorpusCase[];

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Numbers may be JSON numbers or decimal strings (spec §7): compare as numbers. */
function asNumber(v: number | string | null): number | null {
  return v === null ? null : Number(v);
}

async function sheetProtected(file: string, sheet: string): Promise<boolean> {
  const wb = new Workbook();
  const bytes = readFileSync(file);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  const protection = (ws as typeof ws & { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return protection?.sheet === true;
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('the corpus itself', () => {
  it('covers every case listed and every file is there', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of cases) expect(existsSync(path.join(CORPUS, c.file))).toBe(true);
    // Each failing case states what the user is told.
    for (const c of cases.filter((k) => k.exitCode !== 0)) expect(c.messages.length).toBeGreaterThan(0);
  });
});

describe.each(cases.map((c) => [`${c.file}${c.args ? ` ${c.args.join(' ')}` : ''}: ${c.about}`, c] as const))(
  '%s',
  (_title, c) => {
    const input = path.join(CORPUS, c.file);
    let code: number;
    let stdout: string;
    let stderr: string;
    let out: string;
    let before: string;
    let after: string;

    beforeAll(async () => {
      out = path.join(tmp, `${c.file}${c.args ? '.args' : ''}.out.xlsx`);
      before = sha256(input);
      const o: string[] = [];
      const e: string[] = [];
      code = await runCli([input, '--out', out, '--json', ...(c.args ?? [])], {
        out: (s) => o.push(s),
        err: (s) => e.push(s),
      });
      stdout = o.join('\n');
      stderr = e.join('\n');
      after = sha256(input);
    });

    it(`exits ${c.exitCode}`, () => {
      expect({ code, stderr }).toEqual({
        code: c.exitCode,
        stderr: c.exitCode === 2 ? expect.any(String) : '',
      });
    });

    it('says what is wrong (every expected fragment)', () => {
      const said = [stderr];
      if (c.exitCode !== 2) {
        const json = JSON.parse(stdout) as JsonResult;
        said.push(...json.indicators.flatMap((i) => i.messages), ...json.checks.map((k) => k.message));
      }
      const text = said.join('\n');
      for (const fragment of c.messages) expect(text).toContain(fragment);
    });

    it('leaves the input file byte-identical', () => {
      expect(after).toBe(before);
    });

    if (c.exitCode === 2) {
      it('prints no JSON, no stack trace and writes no output file', () => {
        expect(stdout).toBe('');
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(out)).toBe(false);
      });
    } else {
      it('gives the expected result and writes the output file', () => {
        const json = JSON.parse(stdout) as JsonResult;
        if (c.result?.total !== undefined) expect(asNumber(json.total)).toBe(c.result.total);
        if (c.result?.grade !== undefined) expect(json.grade).toBe(c.result.grade);
        if (c.result?.complete !== undefined) expect(json.complete).toBe(c.result.complete);
        expect(json.complete).toBe(c.exitCode === 0);
        for (const [id, want] of Object.entries(c.indicators ?? {})) {
          const got = json.indicators.find((i) => i.id === id);
          expect(got).toBeDefined();
          if (!got) continue;
          if (want.status !== undefined) expect(got.status).toBe(want.status);
          if (want.value !== undefined) expect(asNumber(got.value)).toBe(want.value);
          if (want.score !== undefined) expect(asNumber(got.score)).toBe(want.score);
          if (want.status === 'error') expect(got.messages.length).toBeGreaterThan(0);
        }
        expect(existsSync(out)).toBe(true);
      });
    }

    if (c.outputSheet) {
      const expected = c.outputSheet;
      it(`the output's 绩效自评 sheet is ${expected.owned ? 'ours' : 'not ours'} and ${expected.protected ? 'protected' : 'unprotected'}`, async () => {
        const wb = await openXlsxWorkbook(out);
        const snapshot = await wb.read({ names: [], sheetName: '绩效自评' });
        expect(snapshot.sheet.exists).toBe(true);
        expect(snapshot.sheet.owned).toBe(expected.owned);
        expect(await sheetProtected(out, '绩效自评')).toBe(expected.protected);
      });
    }
  },
);

describe('cases whose point depends on the input', () => {
  it('the protected case really carries a protected sheet of ours, and the output does not', async () => {
    const file = path.join(CORPUS, 'protected-own-sheet.xlsx');
    expect(await sheetProtected(file, '绩效自评')).toBe(true);
    const snapshot = await (await openXlsxWorkbook(file)).read({ names: [], sheetName: '绩效自评' });
    expect(snapshot.sheet.owned).toBe(true);
  });

  it('the foreign case carries a 绩效自评 sheet that is not ours, kept as is in the input', async () => {
    const snapshot = await (
      await openXlsxWorkbook(path.join(CORPUS, 'foreign-sheet.xlsx'))
    ).read({ names: [], sheetName: '绩效自评' });
    expect(snapshot.sheet).toMatchObject({ exists: true, owned: false });
    expect(snapshot.sheet.cells[0][0]).toEqual({ kind: 'text', value: '本单位自行编制的绩效自评表' });
  });

  it('the hidden case has the manual scores on a hidden sheet', async () => {
    const wb = await openXlsxWorkbook(path.join(CORPUS, 'hidden-sheet.xlsx'));
    expect(wb.sheets.find((s) => s.name === '人工评分')?.state).toBe('hidden');
  });

  it('the large case has 20,000 data rows on another sheet', async () => {
    const wb = await openXlsxWorkbook(path.join(CORPUS, 'large-other-sheet.xlsx'));
    const snapshot = await wb.read({ names: [], sheetName: '支出明细' });
    expect(snapshot.sheet.cells.length).toBe(20_001);
  });

  it('the password-protected case is an OLE file holding an encrypted package', () => {
    const bytes = readFileSync(path.join(CORPUS, 'password-protected.xlsx'));
    expect(bytes.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
    expect(bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))).toBe(true);
    expect(bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))).toBe(true);
  });
});
