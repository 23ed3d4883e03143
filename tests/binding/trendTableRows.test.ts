/**
 * The rows of a 近五年 comparison that name a figure only there: a table of years is history, so
 * 公用经费, 政府采购金额 and 支出合计 under a year's own column are that year's 决算 figures; and
 * under the year before (typed as a bare number too) the “三公” budget and the 年末 存量资金 are
 * the 上年 inputs.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('a five-year comparison’s rows of what was spent', () => {
  const table = sheet('近五年对比', [
    ['某局2020—2024年主要数据对比表'],
    ['评价年度：2023', null, null, null, null, null, null, null, '单位：万元'],
    ['序号', '项目', 2020, 2021, 2022, 2023, 2024, '2025年预算', '增长率（%）'],
    [1, '支出合计', 1231.49, 1259.08, 1276.95, 1301.52, 1318.3, 1400, 1.29],
    [2, '“三公”经费预算', 15.62, 17.67, 17.62, 20.02, 15.19, 16, -24.13],
    [3, '“三公”经费决算', 8.38, 9.55, 9.54, 10.7, 11.25, null, 5.14],
    [4, '公用经费', 41.56, 47.31, 47.01, 52.42, 55.73, 60, 6.31],
    [5, '政府采购金额', 75.14, 84.85, 86.01, 96.95, 102.67, null, 5.9],
    [6, '年末财政存量资金', 231.5, 231.77, 235.87, 239.14, 87.83, null, -63.27],
  ]);

  it('reads them in the stated year’s column, never another year’s nor next year’s budget', () => {
    const p = byName(proposeBindings([table]).proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({
      address: "'近五年对比'!F4",
      value: '1301.52',
      alternatives: [],
    });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'近五年对比'!F6", value: '10.7' });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'近五年对比'!F7", value: '52.42' });
    expect(p.get('PE_ProcurementActual')).toMatchObject({ address: "'近五年对比'!F8", value: '96.95' });
  });

  it('reads the 上年 inputs under the year before, typed as a bare number', () => {
    const p = byName(proposeBindings([table]).proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'近五年对比'!F5", value: '20.02' });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'近五年对比'!E5", value: '17.62' });
    expect(p.get('PE_StockFundsEnd')).toMatchObject({ address: "'近五年对比'!F9", value: '239.14' });
    expect(p.get('PE_StockFundsPriorEnd')).toMatchObject({ address: "'近五年对比'!E9", value: '235.87' });
  });

  it('without a stated year, takes the latest year’s own column, not a closing 预算 column', () => {
    const p = byName(
      proposeBindings([
        sheet('历年数据', [
          ['近五年主要数据对比（单位：万元）'],
          ['项目', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年预算'],
          ['公用经费', 41.56, 47.31, 47.01, 52.42, 55.73, 60],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'历年数据'!F3", value: '55.73' });
  });

  it('reads no 公用经费 as spent in a table of budgets by year', () => {
    const names = proposeBindings([
      sheet('预算对比', [
        ['某局2020—2024年部门预算对比表（单位：万元）'],
        ['评价年度：2024'],
        ['项目', '2020年', '2021年', '2022年', '2023年', '2024年'],
        ['公用经费', 41.56, 47.31, 47.01, 52.42, 55.73],
        ['政府采购金额', 75.14, 84.85, 86.01, 96.95, 102.67],
      ]),
    ]).proposals.map((p) => p.name);
    expect(names).not.toContain('PE_PublicFundsActual');
    expect(names).not.toContain('PE_ProcurementActual');
  });

  it('reads no 公用经费 as spent outside a table of years', () => {
    const names = proposeBindings([
      sheet('预算', [
        ['某局2024年部门预算表（单位：万元）'],
        ['项目', '2023年', '2024年'],
        ['公用经费', 52.42, 55.73],
        ['政府采购金额', 96.95, 102.67],
      ]),
    ]).proposals.map((p) => p.name);
    expect(names).not.toContain('PE_PublicFundsActual');
    expect(names).not.toContain('PE_ProcurementActual');
  });
});
