import { DEFAULT_RULE_SET, fmt2 } from '../../src/engine';
import { RuleSetRefusedError, runEvaluationFlow, writeRulesTemplate } from '../../src/workbook/flow';
import type { RawCell } from '../../src/workbook/port';
import { RULES_SHEET_NAME, layoutRulesSheet, readRulesSheet } from '../../src/workbook/rulesSheet';
import { MemoryPort, modelToRaw } from '../support/memoryPort';
import { loadSample } from '../support/sample';

function samplePort(): MemoryPort {
  const s = loadSample();
  const port = MemoryPort.fromNumbers(s.inputs);
  port.inputs.set('PE_FunctionalTable', {
    name: 'PE_FunctionalTable',
    status: 'range',
    address: '功能分类!A2:D5',
    cells: s.functional.map((r) => [
      { kind: 'text', value: r[0] },
      ...r.slice(1).map((v): RawCell => ({ kind: 'number', value: v as number })),
    ]),
  });
  return port;
}

/** Row index (0-based) of an indicator in the rules sheet. */
function rowOf(cells: RawCell[][], id: string): number {
  return cells.findIndex((r) => r[0]?.kind === 'text' && r[0].value === id);
}

describe('评分规则 sheet', () => {
  test('the template reads back as the built-in rule set (same figures, same digest apart from the id)', () => {
    const read = readRulesSheet(modelToRaw(layoutRulesSheet(DEFAULT_RULE_SET)), 'zh');
    expect(read.ok).toBe(true);
    expect(read.ruleSet?.id).toBe('default-2020-custom');
    expect(read.ruleSet?.indicators.map((i) => [i.id, i.weight, i.rule])).toEqual(
      DEFAULT_RULE_SET.indicators.map((i) => [i.id, i.weight, i.rule]),
    );
    expect(read.ruleSet?.grades).toEqual(DEFAULT_RULE_SET.grades);
    // English labels survive a sheet that only carries Chinese ones.
    expect(read.ruleSet?.indicators[2].name.en).toBe('Budget control rate');
  });

  test('writing the template never replaces an existing sheet', async () => {
    const port = samplePort();
    expect(await writeRulesTemplate(port)).toBe('written');
    const before = JSON.stringify(port.sheets.get(RULES_SHEET_NAME));
    expect(await writeRulesTemplate(port)).toBe('exists');
    expect(JSON.stringify(port.sheets.get(RULES_SHEET_NAME))).toBe(before);
  });

  test('an edited rule sheet changes the scores on the next evaluation and is named on the sheet', async () => {
    const port = samplePort();
    const first = await runEvaluationFlow(port, { now: new Date(2021, 0, 1) });
    expect(fmt2(first.evaluation.total)).toBe('96.90');
    await writeRulesTemplate(port);
    const cells = port.sheets.get(RULES_SHEET_NAME) as RawCell[][];
    // Satisfaction threshold 90 → 96: 95.00 is 1 point below, 0.2 per point → 3.80.
    cells[rowOf(cells, 'satisfaction')][6] = { kind: 'number', value: 96 };
    const second = await runEvaluationFlow(port, { now: new Date(2021, 0, 1) });
    expect(second.ruleSource).toBe('sheet');
    const sat = second.evaluation.indicators.find((i) => i.id === 'satisfaction');
    expect(sat?.score?.toFixed(2)).toBe('3.80');
    expect(fmt2(second.evaluation.total)).toBe('96.70');
    expect(second.evaluation.ruleSet.id).toBe('default-2020-custom');
    expect(second.evaluation.ruleSet.digest).not.toBe(first.evaluation.ruleSet.digest);
    const sheet = port.sheets.get('绩效自评') as RawCell[][];
    const flat = sheet.flat().map((c) => (c.kind === 'text' ? c.value : ''));
    expect(flat).toContain(second.evaluation.ruleSet.digest);
    expect(flat.some((v) => v.includes('default-2020-custom'))).toBe(true);
  });

  test.each([
    [
      'weights not totalling 100',
      (c: RawCell[][]) => (c[rowOf(c, 'satisfaction')][4] = { kind: 'number', value: 5 }),
      /分值合计为101/,
    ],
    [
      'a negative weight',
      (c: RawCell[][]) => (c[rowOf(c, 'satisfaction')][4] = { kind: 'number', value: -4 }),
      /第\d+行（satisfaction） 字段 weight：分值为负数/,
    ],
    [
      'bands not ascending',
      (c: RawCell[][]) => (c[rowOf(c, 'carryover_rate')][8] = { kind: 'text', value: '20→3; 10→2' }),
      /第\d+行（carryover_rate） 字段 rule\.bands\[1\]：分档上限应递增/,
    ],
    [
      'an unknown indicator',
      (c: RawCell[][]) => (c[rowOf(c, 'satisfaction')][0] = { kind: 'text', value: 'happiness' }),
      /未知指标“happiness”/,
    ],
    [
      'an unknown rule kind',
      (c: RawCell[][]) => (c[rowOf(c, 'satisfaction')][5] = { kind: 'text', value: 'lottery' }),
      /第\d+行（satisfaction） 字段 rule\.kind：未知计分规则“lottery”/,
    ],
  ])(
    '%s is refused with the row and field, and the old sheet stays as it was',
    async (_what, edit, message) => {
      const port = samplePort();
      await runEvaluationFlow(port, { now: new Date(2021, 0, 1) });
      const oldSheet = JSON.stringify(port.sheets.get('绩效自评'));
      await writeRulesTemplate(port);
      const cells = port.sheets.get(RULES_SHEET_NAME) as RawCell[][];
      edit(cells);
      const writes = port.writes;
      const run = runEvaluationFlow(port, { now: new Date(2022, 0, 1) });
      await expect(run).rejects.toBeInstanceOf(RuleSetRefusedError);
      await run.catch((e: RuleSetRefusedError) => {
        expect(e.messages.join('\n')).toMatch(message);
        expect(e.messages.join('\n')).toMatch(/^评分规则!第\d+行|^评分规则 字段 weight：各指标分值合计/);
      });
      expect(port.writes).toBe(writes);
      expect(JSON.stringify(port.sheets.get('绩效自评'))).toBe(oldSheet);
    },
  );
});
