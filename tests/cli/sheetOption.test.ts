/**
 * --sheet is checked the way Excel checks a sheet name, and against the other sheets the command
 * line writes or reads, before the workbook is opened: one line naming the option, in the user's
 * language, exit 2, and no output file.
 */
import { existsSync, promises as fs } from 'fs';
import { buildCli, runOnFile, stackLines, type CliRun } from './support/cli';
import { loadWorkbook, makeTempDir, writeDepartment } from './support/files';

jest.setTimeout(120_000);

let dir: string;
let input: string;
const output = (): string => input.replace(/\.xlsx$/, '.evaluated.xlsx');

beforeAll(async () => {
  buildCli();
  dir = await makeTempDir('cli-sheet');
  input = await writeDepartment(dir, 'sheet-option.xlsx');
}, 180_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function refusal(run: CliRun): string {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(stackLines(run.stderr)).toEqual([]);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(existsSync(output())).toBe(false);
  return lines[0];
}

const refusedNames: Array<[string, string, string]> = [
  ['a colon', '绩效:自评', '“:”'],
  ['a backslash', '绩效\\自评', '“\\”'],
  ['a slash', '2020/绩效', '“/”'],
  ['a question mark', '绩效?', '“?”'],
  ['an asterisk', '绩效*', '“*”'],
  ['an opening bracket', '[绩效]', '“[”'],
  ['a closing bracket', '绩效]', '“]”'],
  ['more than 31 characters', '评'.repeat(32), '32 个字符'],
  ['a leading apostrophe', "'绩效自评", '撇号'],
  ['a trailing apostrophe', "绩效自评'", '撇号'],
  ['nothing but spaces', '   ', '不能为空'],
  ['the inputs sheet', '输入数据', '“输入数据”同名'],
  ['the rules sheet', '评分规则', '“评分规则”同名'],
];

describe('--sheet refused', () => {
  it.each(refusedNames)('with %s', async (_what, name, reason) => {
    const line = refusal(await runOnFile(input, ['--sheet', name]));
    expect(line).toContain('--sheet');
    expect(line).toContain(`“${name}”`);
    expect(line).toContain(reason);
  });

  it('in English with --lang en', async () => {
    const line = refusal(await runOnFile(input, ['--lang', 'en', '--sheet', 'a:b']));
    expect(line).toBe(
      'The sheet name "a:b" given with --sheet cannot be used: it contains ":", which Excel does not allow in a sheet name (none of : \\ / ? * [ ]). Choose another name.',
    );
  });
});

describe('--sheet accepted', () => {
  it('at exactly 31 characters, with apostrophes inside and spaces', async () => {
    const name = `O'Brien 绩效 ${'评'.repeat(31 - "O'Brien 绩效 ".length)}`;
    expect(name).toHaveLength(31);
    const run = await runOnFile(input, ['--sheet', name]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const wb = await loadWorkbook(output());
    expect(wb.worksheets.map((w) => w.name)).toContain(name);
    await fs.rm(output());
  });
});
