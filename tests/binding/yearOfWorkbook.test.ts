/**
 * A workbook that says which year it evaluates (评价年度 on its cover) keeps other years beside
 * it: next year's budget prepared in the same file, a sheet copied from last year. A figure whose
 * label or sheet names another single year is not the evaluation's.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { refuseOtherYears } from '../../src/engine/binding/yearOfWorkbook';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const cover = (year: number) => sheet('封面', [['部门整体支出绩效自评基础数据'], ['评价年度', year]]);

describe('the evaluation year a workbook states', () => {
  it('refuses a sheet of another year and takes the one of the evaluation year', () => {
    const spending = (name: string, value: number) =>
      sheet(name, [['单位：万元'], ['项目', '本年支出'], ['合计', value]]);
    const sheets = [cover(2024), spending('2023年决算', 1201.5), spending('2024年决算', 1364.39)];
    const p = byName(proposeBindings(sheets).proposals);
    expect(p.get('PE_Year')).toMatchObject({ value: '2024' });
    expect(p.get('PE_Expenditure')).toMatchObject({
      address: "'2024年决算'!B3",
      value: '1364.39',
      alternatives: [],
    });
    // Without the cover the two sheets are two readings of similar standing: a choice, never a guess.
    const alone = byName(proposeBindings(sheets.slice(1)).proposals).get('PE_Expenditure');
    expect(alone?.alternatives.length).toBe(1);
  });

  it('withdraws a figure found only under another year', () => {
    const p = proposeBindings([
      cover(2024),
      sheet('2025年预算', [['单位：万元'], ['项目', '年初预算数'], ['合计', 1688]]),
    ]);
    expect(byName(p.proposals).has('PE_BudgetInitial')).toBe(false);
    // It is listed for the clerk, as every input nothing was proposed for.
    expect([...p.unmatched, ...p.foundWithoutValue.map((f) => f.name)]).toContain('PE_BudgetInitial');
    // The same sheet in a 2025 evaluation is the year's budget.
    const next = proposeBindings([
      cover(2025),
      sheet('2025年预算', [['单位：万元'], ['项目', '年初预算数'], ['合计', 1688]]),
    ]);
    expect(byName(next.proposals).get('PE_BudgetInitial')).toMatchObject({ value: '1688' });
  });

  it('keeps the year before for the inputs of the year before', () => {
    const p = byName(
      proposeBindings([
        cover(2024),
        sheet('三公', [
          ['单位：万元'],
          ['项目', '2023年预算数', '2024年预算数', '2024年决算数'],
          ['“三公”经费合计', 52.3, 48.1, 45.02],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'三公'!B3", value: '52.3' });
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'三公'!C3", value: '48.1' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'三公'!D3", value: '45.02' });
  });
});

describe('refuseOtherYears', () => {
  const base: Proposal = {
    name: 'PE_Expenditure',
    sheet: 'S',
    row: 1,
    col: 1,
    address: "'S'!B2",
    label: '合计 × 2023年支出',
    labelAddress: "'S'!A2",
    value: '1201.5',
    raw: 1201.5,
    sourceUnit: '万元',
    unitAssumed: false,
    confidence: 0.9,
    how: 'table',
    alternatives: [],
  };
  const year = (value: string, extra: Partial<Proposal> = {}): Proposal => ({
    ...base,
    name: 'PE_Year',
    label: '评价年度',
    value,
    raw: Number(value),
    ...extra,
  });

  it('decides nothing when the year is not stated without doubt', () => {
    for (const ps of [[base], [year('2024', { confidence: 0.7 }), base]]) {
      expect(refuseOtherYears(ps)).toContainEqual(base);
    }
    const doubtful = year('2024', { alternatives: [{ ...year('2023'), address: "'S'!B9" }] });
    expect(refuseOtherYears([doubtful, base])).toContainEqual(base);
  });

  it('leaves a label naming two years to its table, and one naming none', () => {
    for (const label of ['合计 × 2019—2023年累计', '2023年结转 × 2024年支出', '合计 × 本年支出']) {
      const p = { ...base, label };
      expect(refuseOtherYears([year('2024'), p])).toContainEqual(p);
    }
  });

  it('gives way to the first alternative of the evaluation year, and withdraws a figure with none', () => {
    const right = { ...base, address: "'S'!C2", label: '合计 × 2024年支出', value: '1364.39' };
    const out = refuseOtherYears([year('2024'), { ...base, alternatives: [right] }]);
    expect(out.find((p) => p.name === 'PE_Expenditure')).toMatchObject({
      address: "'S'!C2",
      alternatives: [],
    });
    expect(refuseOtherYears([year('2024'), base]).map((p) => p.name)).toEqual(['PE_Year']);
  });
});
