/** Reading back an evaluation sheet this program laid out: notes, figures, total, fingerprint, inputs. */
import { D } from '../../src/engine';
import { col, layoutEvaluationSheet } from '../../src/workbook/layout';
import type { RawCell } from '../../src/workbook/port';
import { readPreviousSheet } from '../../src/workbook/previousSheet';
import { sampleEvaluation, toRawCells } from './modelCells';

const NOW = new Date(2021, 2, 31, 9, 5);
const e = sampleEvaluation();
const notes = new Map([
  ['stock_funds_change', '上年结转项目已完成，存量资金下降。'],
  ['goal_relevance', '=不是公式'],
]);
const cells = toRawCells(layoutEvaluationSheet(e, { generatedAt: NOW, notes }));

describe('readPreviousSheet on the layout’s own cells', () => {
  const previous = readPreviousSheet(cells);

  it('gives back the notes, keyed by indicator id', () => {
    expect(previous.notes).toEqual(notes);
  });

  it('gives back every indicator’s value (percent, 2 dp) and score', () => {
    expect([...previous.indicators.keys()]).toEqual(e.indicators.map((i) => i.id));
    for (const ind of e.indicators) {
      const got = previous.indicators.get(ind.id);
      if (ind.value === null) expect(got?.value).toBeNull();
      else expect(got?.value?.toFixed(2)).toBe(ind.value.toFixed(2));
      expect(got?.score?.toFixed(2)).toBe(ind.score?.toFixed(2));
    }
    // A negative rate survives the trip through a 0.00% cell: −6.53% stays −6.53.
    expect(previous.indicators.get('stock_funds_change')?.value?.eq(new D('-6.53'))).toBe(true);
  });

  it('gives back the total, grade, fingerprint and rule digest', () => {
    expect(previous.total?.toFixed(2)).toBe('96.90');
    expect(previous.grade).toBe('优');
    expect(previous.fingerprint).toBe(e.fingerprint);
    expect(previous.ruleDigest).toBe(e.ruleSet.digest);
  });

  it('gives back the inputs as recorded', () => {
    expect([...previous.inputs.keys()]).toEqual(e.inputs.map((i) => i.name));
    expect(previous.inputs.get('PE_Expenditure')).toBe('672.18');
    expect(previous.inputs.get('PE_DeptName')).toBe('乐昌市人民政府坪石办事处');
  });

  it('finds the table by its header even when a clerk moved the 人工说明 column', () => {
    const h = cells.findIndex((row) => row.some((c) => c.kind === 'text' && c.value === '指标ID'));
    const moved = cells.map((row, r) => {
      if (r < h) return row;
      const copy = [...row];
      // Swap 说明 and 人工说明.
      const a = col('说明');
      const b = col('人工说明');
      [copy[a], copy[b]] = [copy[b] ?? { kind: 'empty' }, copy[a] ?? { kind: 'empty' }];
      return copy;
    });
    expect(readPreviousSheet(moved).notes).toEqual(notes);
  });

  it('reads nothing from a sheet that is not an evaluation sheet', () => {
    const foreign: RawCell[][] = [
      [
        { kind: 'text', value: '别人的表' },
        { kind: 'number', value: 1 },
      ],
    ];
    const got = readPreviousSheet(foreign);
    expect(got.notes.size).toBe(0);
    expect(got.indicators.size).toBe(0);
    expect(got.total).toBeNull();
    expect(got.fingerprint).toBeNull();
  });
});
