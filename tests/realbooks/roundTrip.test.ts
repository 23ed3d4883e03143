/**
 * Real workbooks (Apache POI's test files, most saved by Excel) with a sheet of our names added:
 * each evaluates through the file door to the sample's 96.90 优, and the evaluated file is a sound
 * package: every part it adds or changes is well-formed XML, every other part comes out byte for
 * byte, and LibreOffice opens it and shows every original sheet with the same values as the input.
 *
 * LibreOffice opens every evaluated file too. One launch converts all of them (16–27 s for the 111
 * inputs, 22–40 s for the outputs on this kind of machine, about a quarter of a second a file), so
 * the whole set is checked rather than a subset.
 */
import { existsSync, promises as fs, readFileSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { runEvaluationFlow } from '../../src/workbook/flow';
import { INPUTS_SHEET_NAME } from '../../src/workbook/inputsSheet';
import { DEFAULT_SHEET_NAME } from '../../src/workbook/layout';
import { WorkbookOpenError, openXlsxWorkbook } from '../../src/workbook/xlsx';
import { convertToCsv, findSoffice, makeRecalcProfile, parseCsv, sheetCsvPath } from '../libreoffice/soffice';
import { SHARED, loadSample } from '../support/sample';
import { xmlProblem } from '../support/wellFormed';
import { NotPatchable, withOurNames } from '../support/withOurNames';

jest.setTimeout(600_000);

const REALBOOKS = path.join(SHARED, 'realbooks');
const FILES = readdirSync(REALBOOKS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

type Outcome =
  | { kind: 'notPatchable'; reason: string }
  | { kind: 'refused'; code: string; originalCode: string | undefined }
  | {
      kind: 'evaluated';
      total: string;
      grade: string | null;
      input: string;
      output: string;
      originalSheets: string[];
      /** What the builder's patch broke (must be nothing, or the test proves nothing). */
      inputProblems: string[];
      partProblems: string[];
    };

let dir: string;
const outcomes = new Map<string, Outcome>();

/** The code with which the file door refuses a file, or undefined when it opens it. */
async function refusalOf(file: string): Promise<string | undefined> {
  try {
    await openXlsxWorkbook(file);
    return undefined;
  } catch (e) {
    if (e instanceof WorkbookOpenError) return e.code;
    throw e;
  }
}

/**
 * What is wrong with the evaluated package beside its input: a missing original part, a changed
 * part that is not well-formed XML. Parts the writer does not edit must come out byte for byte.
 */
function packageProblems(input: Uint8Array, output: Uint8Array): string[] {
  const before = unzipSync(input);
  const after = unzipSync(output);
  const problems: string[] = [];
  for (const name of Object.keys(before)) {
    if (name.endsWith('/')) continue;
    if (!(name in after) && !/calcChain\.xml$/i.test(name)) problems.push(`${name} is missing`);
  }
  for (const [name, bytes] of Object.entries(after)) {
    const old = before[name];
    if (old && old.length === bytes.length && old.every((b, i) => b === bytes[i])) continue;
    if (!/\.(xml|rels)$/i.test(name)) {
      problems.push(`${name} changed and is not XML`);
      continue;
    }
    const problem = xmlProblem(strFromU8(bytes));
    if (problem) problems.push(`${name}: ${problem}`);
  }
  return problems;
}

async function runOne(file: string): Promise<Outcome> {
  const original = new Uint8Array(readFileSync(path.join(REALBOOKS, file)));
  let patched;
  try {
    patched = withOurNames(original, loadSample());
  } catch (e) {
    if (e instanceof NotPatchable) return { kind: 'notPatchable', reason: e.message };
    throw e;
  }
  const base = file.replace(/\.xlsx$/, '');
  const input = path.join(dir, `${base}.xlsx`);
  const output = path.join(dir, `${base}.evaluated.xlsx`);
  await fs.writeFile(input, patched.bytes);
  let workbook;
  try {
    workbook = await openXlsxWorkbook(input);
  } catch (e) {
    if (!(e instanceof WorkbookOpenError)) throw e;
    return { kind: 'refused', code: e.code, originalCode: await refusalOf(path.join(REALBOOKS, file)) };
  }
  const result = await runEvaluationFlow(workbook, { inputsSheetName: INPUTS_SHEET_NAME });
  await workbook.save(output);
  const written = new Uint8Array(await fs.readFile(output));
  return {
    kind: 'evaluated',
    total: result.evaluation.total.toFixed(2),
    grade: result.evaluation.grade,
    input,
    output,
    originalSheets: patched.originalSheets,
    inputProblems: packageProblems(original, patched.bytes),
    partProblems: packageProblems(patched.bytes, written),
  };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'realbooks-'));
  for (const file of FILES) outcomes.set(file, await runOne(file));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('real workbooks with our names added', () => {
  it('holds the files the README promises', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(116);
  });

  it.each(FILES)('%s evaluates to 96.90 优, or is refused for the reason the original is', async (file) => {
    const outcome = outcomes.get(file);
    if (!outcome) throw new Error(`no outcome for ${file}`);
    switch (outcome.kind) {
      case 'notPatchable':
        // Only a file that is no package at all cannot be given names; the door refuses it too.
        expect({ file, original: await refusalOf(path.join(REALBOOKS, file)) }).toEqual({
          file,
          original: expect.stringMatching(/^(corrupt|not_xlsx|encrypted)$/),
        });
        break;
      case 'refused':
        // Names do not make a file the door refuses readable: the same reason, whatever it is.
        expect({ file, code: outcome.code }).toEqual({ file, code: outcome.originalCode });
        break;
      case 'evaluated':
        expect({ file, total: outcome.total, grade: outcome.grade }).toEqual({
          file,
          total: '96.90',
          grade: '优',
        });
        expect({ file, built: outcome.inputProblems, written: outcome.partProblems }).toEqual({
          file,
          built: [],
          written: [],
        });
        break;
    }
  });

  it('evaluates most of them (the rest are not packages, or hostile)', () => {
    const evaluated = [...outcomes.values()].filter((o) => o.kind === 'evaluated').length;
    // Printed for the record; the bound keeps a reader regression from passing unnoticed.
    process.stdout.write(`realbooks: ${evaluated} of ${FILES.length} evaluated with our names added\n`);
    expect(evaluated).toBeGreaterThanOrEqual(FILES.length - 12);
  });
});

describe('LibreOffice on the evaluated files', () => {
  let evaluated: Array<[string, Extract<Outcome, { kind: 'evaluated' }>]>;
  let csvIn: string;
  let csvOut: string;

  beforeAll(async () => {
    const soffice = findSoffice();
    if (!soffice) {
      throw new Error(
        'LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc',
      );
    }
    evaluated = [...outcomes.entries()].filter(
      (e): e is [string, Extract<Outcome, { kind: 'evaluated' }>] => e[1].kind === 'evaluated',
    );
    csvIn = path.join(dir, 'csv-in');
    csvOut = path.join(dir, 'csv-out');
    // Both sides recalculated by LibreOffice itself, so a difference can only come from the file.
    const profile = await makeRecalcProfile(path.join(dir, 'lo-profile'));
    const inputs = await convertToCsv(
      soffice,
      profile,
      evaluated.map(([, o]) => o.input),
      csvIn,
    );
    const outputs = await convertToCsv(
      soffice,
      profile,
      evaluated.map(([, o]) => o.output),
      csvOut,
    );
    // Reported for the record (see the header), never asserted.
    process.stdout.write(
      `LibreOffice: ${evaluated.length} inputs in ${inputs.ms} ms, ${evaluated.length} outputs in ${outputs.ms} ms\n`,
    );
  });

  it('reopens every evaluated file with the evaluation sheet and every original sheet unchanged', async () => {
    expect(evaluated.length).toBeGreaterThanOrEqual(FILES.length - 12);
    const problems: string[] = [];
    let compared = 0;
    for (const [file, outcome] of evaluated) {
      const evaluationCsv = sheetCsvPath(csvOut, outcome.output, DEFAULT_SHEET_NAME);
      if (!existsSync(evaluationCsv)) {
        problems.push(`${file}: LibreOffice shows no ${DEFAULT_SHEET_NAME} sheet`);
        continue;
      }
      const rows = parseCsv(await fs.readFile(evaluationCsv, 'utf8'));
      const department = rows.find((r) => r[0] === '部门（单位）')?.[1];
      if (department !== '乐昌市人民政府坪石办事处')
        problems.push(`${file}: 部门（单位） reads ${department}`);
      for (const sheet of outcome.originalSheets) {
        const before = sheetCsvPath(csvIn, outcome.input, sheet);
        const after = sheetCsvPath(csvOut, outcome.output, sheet);
        // A chart sheet has no cells to export: then neither side has a CSV.
        if (!existsSync(before)) {
          if (existsSync(after)) problems.push(`${file}: sheet ${sheet} appeared`);
          continue;
        }
        if (!existsSync(after)) problems.push(`${file}: sheet ${sheet} is gone`);
        else if ((await fs.readFile(after, 'utf8')) !== (await fs.readFile(before, 'utf8')))
          problems.push(`${file}: sheet ${sheet} shows other values`);
        else compared += 1;
      }
    }
    expect(problems).toEqual([]);
    // Sheets skipped as chart sheets are few: most of the comparison really happened.
    process.stdout.write(`LibreOffice: ${compared} original sheets compared\n`);
    expect(compared).toBeGreaterThanOrEqual(evaluated.length);
  });
});
