/**
 * The compiled command line, run as a child process on real .xlsx files made for each case.
 * Every run also checks that the input file is byte-identical afterwards (see runOnFile).
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_RULE_SET, type JsonResult } from '../../src/engine';
import { OWNER_MARK } from '../../src/workbook/sheetModel';
import { DEPARTMENT_INPUT_NAMES } from '../../src/workbook/xlsx/departmentWorkbook';
import { Scenarios, buildCli, runOnFile, stackLines, type CliRun } from './support/cli';
import { loadWorkbook, makeTempDir, nameTarget, sha256, sheetXml, writeDepartment } from './support/files';

jest.setTimeout(60_000);

let dir: string;
const scenarios = new Scenarios();
beforeAll(async () => {
  buildCli();
  dir = await makeTempDir('cli');
  scenarios.startAll();
}, 180_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const evaluatedPath = (input: string): string => input.replace(/\.xlsx$/, '.evaluated.xlsx');

function json(run: CliRun): JsonResult {
  return JSON.parse(run.stdout) as JsonResult;
}

function indicator(result: JsonResult, id: string): JsonResult['indicators'][number] {
  const found = result.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** A failure the command line reports: exit 2, one line on stderr, nothing on stdout, no stack. */
function expectOneLineFailure(run: CliRun): string {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stackLines(run.stderr)).toEqual([]);
  return lines[0];
}

/** Address of the cell behind a name in the workbook the builder made, e.g. 基础数据!C12. */
async function addressOf(file: string, name: string): Promise<string> {
  const { sheet, cell } = nameTarget(await loadWorkbook(file), name);
  return `${sheet}!${cell}`;
}

const sample = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'pingshi.xlsx');
  const run = await runOnFile(input);
  const out = path.join(dir, 'elsewhere', 'result.xlsx');
  await fs.mkdir(path.dirname(out), { recursive: true });
  return { input, run, out, outRun: await runOnFile(input, ['--out', out]) };
});

describe('the complete sample', () => {
  it('exits 0 with the total, the grade and the failed checks in the summary', async () => {
    const { run } = await sample();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('总分：96.90');
    expect(run.stdout).toContain('等次：优');
    expect(run.stdout).toContain('评价完整');
    const failed = run.stdout.slice(run.stdout.indexOf('未通过的一致性检查：'));
    expect(failed).toContain('资产构成');
    expect(failed).toContain('功能分类决算合计');
    expect(failed).not.toContain('功能分类预算合计');
    // The deductions are listed with their reasons.
    expect(run.stdout).toContain('财政存量资金变动率：扣2.00分（得1.00/3）');
  });

  it('writes the output file beside the input with the evaluation and inputs sheets', async () => {
    const { input, run } = await sample();
    const out = evaluatedPath(input);
    expect(existsSync(out)).toBe(true);
    expect(run.stdout).toContain('已写入：');
    expect(run.stdout).toContain('pingshi.evaluated.xlsx（工作表：绩效自评、输入数据）');
    const wb = await loadWorkbook(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['绩效自评', '输入数据', '基础数据', '功能分类', '人工评分']),
    );
  });

  it('--out writes where it is told', async () => {
    const { out, outRun } = await sample();
    expect(outRun.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

const jsonRun = scenarios.add(async () => runOnFile(await writeDepartment(dir, 'json.xlsx'), ['--json']));

describe('--json', () => {
  it('prints exactly the result contract and nothing else', async () => {
    const run = await jsonRun();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = json(run); // the whole of stdout parses: nothing else was printed
    expect(Object.keys(result)).toEqual([
      'department',
      'year',
      'ruleSet',
      'total',
      'grade',
      'complete',
      'indicators',
      'checks',
    ]);
    expect(result).toMatchObject({
      department: '乐昌市人民政府坪石办事处',
      year: 2020,
      ruleSet: 'default-2020',
      total: 96.9,
      grade: '优',
      complete: true,
    });
    expect(result.indicators.map((i) => i.id)).toEqual(DEFAULT_RULE_SET.indicators.map((i) => i.id));
    for (const i of result.indicators) {
      expect(Object.keys(i)).toEqual(['id', 'weight', 'value', 'score', 'status', 'messages']);
      expect(['ok', 'manual', 'error']).toContain(i.status);
      expect(Array.isArray(i.messages)).toBe(true);
    }
    for (const c of result.checks) expect(Object.keys(c)).toEqual(['id', 'ok', 'message']);
    expect(result.checks.map((c) => [c.id, c.ok])).toEqual([
      ['assets_composition', false],
      ['functional_budget_sum', true],
      ['functional_expenditure_sum', false],
      ['fixed_in_use_within_total', true],
      ['counts_within_base', true],
    ]);
  });

  it('carries the golden figures (spec §8)', async () => {
    const result = json(await jsonRun());
    const got = (id: string): [number | null, number | null] => [
      indicator(result, id).value,
      indicator(result, id).score,
    ];
    expect(got('budget_control_rate')).toEqual([9.24, 4]);
    expect(got('three_public_budget_change')).toEqual([-9.03, 5]);
    expect(got('budget_expenditure_rate')).toEqual([98.6, 5.92]);
    expect(got('stock_funds_change')).toEqual([-6.53, 1]);
    expect(got('procurement_rate')).toEqual([98.86, 1.98]);
    expect(got('financial_compliance')).toEqual([null, 4]);
    expect(indicator(result, 'financial_compliance').status).toBe('manual');
  });
});

const english = scenarios.add(async () =>
  runOnFile(await writeDepartment(dir, 'english.xlsx'), ['--lang', 'en']),
);

describe('--lang en', () => {
  it('prints the summary in English', async () => {
    const run = await english();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Total: 96.90');
    expect(run.stdout).toContain('Grade: 优');
    expect(run.stdout).toContain('complete');
    expect(run.stdout).toContain('Failed consistency checks:');
    expect(run.stdout).toContain('(assets_composition)');
    expect(run.stdout).toContain('Written: ');
    expect(run.stdout).not.toContain('总分');
    expect(run.stdout).not.toContain('扣分项');
  });
});

const missing = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'missing.xlsx', {
    options: { omitNames: ['PE_Expenditure', 'PE_AssetsFixed'] },
  });
  return { zh: await runOnFile(input, ['--json']), en: await runOnFile(input, ['--json', '--lang', 'en']) };
});
const texts = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'text.xlsx', {
    inputs: {
      PE_BudgetAdjusted: '六百八十一点七二',
      PE_BudgetInitial: ' 624.04 ',
      PE_PublicFundsBudget: '1,003.08',
    },
  });
  const textOnly = await writeDepartment(dir, 'text-number.xlsx', {
    inputs: { PE_BudgetInitial: ' 624.04 ' },
  });
  return {
    adjusted: await addressOf(input, 'PE_BudgetAdjusted'),
    initial: await addressOf(textOnly, 'PE_BudgetInitial'),
    mixed: await runOnFile(input, ['--json']),
    textOnly: await runOnFile(textOnly, ['--json']),
  };
});
const errors = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'errors.xlsx', {
    inputs: { PE_StockFundsEnd: { error: '#DIV/0!' }, PE_ProcurementActual: { error: '#N/A' } },
  });
  return { stock: await addressOf(input, 'PE_StockFundsEnd'), run: await runOnFile(input, ['--json']) };
});
const zero = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'zero.xlsx', { inputs: { PE_ProcurementPlan: 0 } });
  return { address: await addressOf(input, 'PE_ProcurementPlan'), run: await runOnFile(input) };
});
const twoCells = scenarios.add(async () =>
  runOnFile(await writeDepartment(dir, 'two-cells.xlsx', { options: { twoCellNames: ['PE_Expenditure'] } }), [
    '--json',
  ]),
);

describe('inputs with problems (exit 3, still scored where possible)', () => {
  it('missing names: the messages name the input and say it does not exist', async () => {
    const { zh, en } = await missing();
    expect(zh.status).toBe(3);
    expect(zh.stderr).toBe('');
    const result = json(zh);
    expect(result.grade).toBeNull();
    expect(result.complete).toBe(false);
    const spent = indicator(result, 'budget_expenditure_rate');
    expect(spent).toMatchObject({ status: 'error', score: null, value: null });
    expect(spent.messages.join('\n')).toContain('PE_Expenditure');
    expect(spent.messages.join('\n')).toContain('不存在');
    expect(indicator(result, 'fixed_asset_utilization').messages.join('\n')).toMatch(
      /PE_AssetsFixed.*不存在/,
    );
    // The others are still scored; the total is the sum of what was scored (96.90 − 5.92 − 3 − 3).
    expect(indicator(result, 'procurement_rate').score).toBe(1.98);
    expect(result.total).toBe(84.98);
    expect(result.checks.find((c) => c.id === 'assets_composition')?.ok).toBeNull();
    expect(en.status).toBe(3);
    expect(indicator(json(en), 'budget_expenditure_rate').messages.join('\n')).toMatch(
      /PE_Expenditure.*does not exist/,
    );
  });

  it('non-number text is an error naming the cell; a number stored as text is a warning and still scored', async () => {
    const { adjusted, initial, mixed, textOnly } = await texts();
    expect(mixed.status).toBe(3);
    const result = json(mixed);
    const spent = indicator(result, 'budget_expenditure_rate');
    expect(spent.status).toBe('error');
    expect(spent.messages.join('\n')).toContain(adjusted);
    expect(spent.messages.join('\n')).toContain('六百八十一点七二');
    expect(spent.messages.join('\n')).toContain('不是数字');
    // Text numbers: read as numbers with a warning at their cell.
    const publicFunds = indicator(result, 'public_funds_control');
    expect(publicFunds.status).toBe('ok');
    expect(publicFunds.value).toBe(10.22); // 102.47 ÷ 1,003.08
    expect(publicFunds.messages.join('\n')).toContain('以文本形式存储的数字');
    expect(result.checks.find((c) => c.id === 'functional_budget_sum')?.ok).toBe(true); // 624.04 read from text

    expect(textOnly.status).toBe(0);
    const control = indicator(json(textOnly), 'budget_control_rate');
    expect(control).toMatchObject({ status: 'ok', value: 9.24, score: 4 });
    expect(control.messages.join('\n')).toContain(initial);
    expect(control.messages.join('\n')).toContain('“ 624.04 ”');
    expect(json(textOnly).total).toBe(96.9);
  });

  it('error cells (#DIV/0!, #N/A) are reported with their code and cell', async () => {
    const { stock, run } = await errors();
    expect(run.status).toBe(3);
    const result = json(run);
    const s = indicator(result, 'stock_funds_change');
    expect(s).toMatchObject({ status: 'error', score: null });
    expect(s.messages.join('\n')).toContain('#DIV/0!');
    expect(s.messages.join('\n')).toContain(stock);
    const p = indicator(result, 'procurement_rate');
    expect(p).toMatchObject({ status: 'error', score: null });
    expect(p.messages.join('\n')).toContain('#N/A');
    expect(result.total).toBe(93.92); // 96.90 − 1.00 − 1.98
  });

  it('a zero denominator gives the sentence of spec §9', async () => {
    const { address, run } = await zero();
    expect(run.status).toBe(3);
    expect(run.stdout).toContain(
      `（无法计算）政府采购执行率：“政府采购计划金额”（PE_ProcurementPlan，${address}）为0，分母为零。`,
    );
    expect(run.stdout).toContain('评价不完整：1项指标无法计分');
    expect(run.stdout).toContain('等次：不评定');
  });

  it('a name over two cells is refused, naming the range', async () => {
    const run = await twoCells();
    expect(run.status).toBe(3);
    const messages = indicator(json(run), 'budget_expenditure_rate').messages.join('\n');
    expect(messages).toContain('PE_Expenditure');
    expect(messages).toMatch(/基础数据!C\d+:D\d+/);
    expect(messages).toContain('多个单元格');
  });
});

const noNames = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'no-names.xlsx', {
    options: { omitNames: [...DEPARTMENT_INPUT_NAMES] },
  });
  return { input, run: await runOnFile(input) };
});
const csv = scenarios.add(async () => {
  const input = path.join(dir, 'table.xlsx');
  await fs.writeFile(input, '名称,数值\nPE_BudgetInitial,624.04\nPE_Expenditure,672.18\n', 'utf8');
  return { input, run: await runOnFile(input) };
});
const truncated = scenarios.add(async () => {
  const bytes = await fs.readFile(await writeDepartment(dir, 'whole.xlsx'));
  const input = path.join(dir, 'truncated.xlsx');
  await fs.writeFile(input, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return { input, run: await runOnFile(input) };
});
const nowhere = scenarios.add(async () => runOnFile(path.join(dir, 'nowhere.xlsx')));
const sameOut = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'same.xlsx');
  const hash = await sha256(input);
  const spelled = path.join(dir, '..', path.basename(dir), 'same.xlsx');
  const link = path.join(dir, 'same-link.xlsx');
  await fs.link(input, link);
  const runs = [
    await runOnFile(input, ['--out', input]),
    await runOnFile(input, ['--out', spelled]),
    await runOnFile(input, ['--out', link]),
  ];
  return { runs, unchanged: (await sha256(input)) === hash };
});
const badArg = scenarios.add(async () =>
  runOnFile(await writeDepartment(dir, 'args.xlsx'), ['--frobnicate']),
);

describe('cannot evaluate (exit 2, one line on stderr, no stack trace)', () => {
  it('none of the names present', async () => {
    const { input, run } = await noNames();
    const line = expectOneLineFailure(run);
    expect(line).toContain('没有任何评价所需的名称');
    expect(line).toContain('no-names.xlsx');
    expect(existsSync(evaluatedPath(input))).toBe(false);
  });

  it('a CSV file renamed .xlsx', async () => {
    const { input, run } = await csv();
    expect(expectOneLineFailure(run)).toContain('不是 Excel 工作簿');
    expect(existsSync(evaluatedPath(input))).toBe(false);
  });

  it('a truncated file (the first half of a real workbook)', async () => {
    const { input, run } = await truncated();
    expect(expectOneLineFailure(run)).toContain('已损坏或不完整');
    expect(existsSync(evaluatedPath(input))).toBe(false);
  });

  it('a file that does not exist', async () => {
    const line = expectOneLineFailure(await nowhere());
    expect(line).toContain('找不到文件');
    expect(line).toContain('nowhere.xlsx');
  });

  it('--out naming the input itself, however spelled (and via a hard link)', async () => {
    const { runs, unchanged } = await sameOut();
    for (const run of runs) expect(expectOneLineFailure(run)).toContain('输出文件不能是输入文件本身');
    expect(unchanged).toBe(true);
  });

  it('an unknown argument', async () => {
    expect(expectOneLineFailure(await badArg())).toContain('--frobnicate');
  });
});

const foreign = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'foreign.xlsx', {
    edit: (wb) => {
      wb.addWorksheet('绩效自评').getCell('A1').value = '科室自己的草稿';
    },
  });
  const refused = await runOnFile(input);
  const existedAfterRefusal = existsSync(evaluatedPath(input));
  return {
    refused,
    existedAfterRefusal,
    other: await runOnFile(input, ['--sheet', '自评结果', '--json']),
    forced: await runOnFile(input, ['--force', '--json']),
  };
});

describe('a sheet named 绩效自评 that this program did not write', () => {
  it('is refused (exit 2, one line) and no file is written', async () => {
    const { refused, existedAfterRefusal } = await foreign();
    expect(expectOneLineFailure(refused)).toContain('不是本程序生成的');
    expect(existedAfterRefusal).toBe(false);
  });

  it('--sheet writes under another name; --force overwrites it', async () => {
    const { other, forced } = await foreign();
    expect(other.status).toBe(0);
    expect(json(other).total).toBe(96.9);
    expect(forced.status).toBe(0);
    const wb = await loadWorkbook(evaluatedPath(path.join(dir, 'foreign.xlsx')));
    const values = wb.getWorksheet('绩效自评')?.getSheetValues().flat() ?? [];
    expect(values).not.toContain('科室自己的草稿');
    expect(values).toContain(OWNER_MARK);
  });
});

const DANGEROUS_NAME = '=HYPERLINK("http://example.invalid","点此")';
const injection = scenarios.add(async () => {
  const input = await writeDepartment(dir, 'inject.xlsx', { inputs: { PE_DeptName: DANGEROUS_NAME } });
  const run = await runOnFile(input);
  return { run, sheet: run.status === 0 ? await sheetXml(evaluatedPath(input), '绩效自评') : null };
});

describe('user text in the output stays text', () => {
  it('a department name beginning with "=" is written as a string cell, not a formula', async () => {
    const { run, sheet } = await injection();
    expect(run.status).toBe(0);
    if (!sheet) throw new Error('no output sheet');
    const { xml, sharedStrings } = sheet;
    // The 部门（单位） row is the second row: its value sits in B2.
    const cell = /<c r="B2"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/.exec(xml);
    expect(cell).not.toBeNull();
    const [whole, inner = ''] = cell as RegExpExecArray;
    expect(inner).not.toContain('<f');
    let text: string | undefined;
    if (/t="s"/.test(whole)) text = sharedStrings[Number(/<v>(\d+)<\/v>/.exec(inner)?.[1])];
    else if (/t="inlineStr"/.test(whole)) text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
    expect(text).toBe(DANGEROUS_NAME);
    // No formula anywhere on the sheet carries the name.
    const formulas = [...xml.matchAll(/<f>([\s\S]*?)<\/f>/g)].map((m) => m[1]);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toContain('HYPERLINK');
  });
});

type RuleSetJson = typeof DEFAULT_RULE_SET;
function ruleSetWith(edit: (rules: RuleSetJson) => void): RuleSetJson {
  const rules = JSON.parse(JSON.stringify(DEFAULT_RULE_SET)) as RuleSetJson;
  edit(rules);
  return rules;
}
/** Writes `rules` to `<name>.json` and runs the command line on a fresh sample `<name>.xlsx`. */
async function runWithRules(
  name: string,
  rules: RuleSetJson,
  args: string[],
): Promise<{ input: string; run: CliRun }> {
  const file = path.join(dir, `${name}.json`);
  await fs.writeFile(file, JSON.stringify(rules), 'utf8');
  const input = await writeDepartment(dir, `${name}.xlsx`);
  return { input, run: await runOnFile(input, ['--rules', file, ...args]) };
}

const rulesOk = scenarios.add(async () =>
  // Full marks for 存量资金 up to 0% instead of −15%: −6.53% then earns 3 instead of 1.
  runWithRules(
    'rules-ok',
    ruleSetWith((r) => {
      r.id = 'county-2021';
      const stock = r.indicators.find((i) => i.id === 'stock_funds_change');
      if (!stock) throw new Error('no stock_funds_change');
      stock.rule = { kind: 'bandsUpTo', bands: [{ upTo: '0', score: '3' }], otherwise: '0' };
    }),
    ['--json'],
  ),
);
const rules99 = scenarios.add(async () =>
  runWithRules(
    'rules-99',
    ruleSetWith((r) => {
      r.indicators[0].weight = '4';
    }),
    [],
  ),
);
const rulesBad = scenarios.add(async () =>
  runWithRules(
    'rules-bad',
    ruleSetWith((r) => {
      const i = r.indicators.findIndex((x) => x.id === 'budget_control_rate');
      r.indicators[i].weight = '五';
    }),
    ['--lang', 'en'],
  ),
);

describe('--rules', () => {
  it('a valid rule set changes a score', async () => {
    const { run } = await rulesOk();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = json(run);
    expect(result.ruleSet).toBe('county-2021');
    expect(indicator(result, 'stock_funds_change')).toMatchObject({ value: -6.53, score: 3 });
    expect(result.total).toBe(98.9);
  });

  it('weights not totalling 100 are refused: exit 2, the field named, no output file', async () => {
    const { input, run } = await rules99();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(stackLines(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('rules-99.json');
    expect(run.stderr).toContain('分值合计为99，应为100');
    expect(existsSync(evaluatedPath(input))).toBe(false);
  });

  it('a bad weight of one indicator is refused naming that indicator and the field', async () => {
    const { input, run } = await rulesBad();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('(budget_control_rate) field weight: the weight is not a number');
    expect(existsSync(evaluatedPath(input))).toBe(false);
  });
});
