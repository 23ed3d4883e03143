/**
 * Trend tables: five years side by side, often closed by next year's budget, and the first figure
 * right of a label is the oldest year. The year the table says it is of (年度：2024, or the one year
 * its title names) decides the column; without one the latest year is the table's own, as before.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('a five-year comparison', () => {
  it('reads the stated year’s column, the year before for the 上年 inputs, never next year’s budget', () => {
    const p = byName(
      proposeBindings([
        sheet('近五年对比', [
          ['某局2024年度整体支出绩效自评——近五年主要数据对比'],
          ['年度：2024'],
          [
            '序号',
            '项目',
            '单位',
            '2021年',
            '2022年',
            '2023年',
            '2024年',
            '2025年（预算）',
            '较上年增减（%）',
          ],
          [1, '年初预算数', '万元', 900.14, 932.91, 1006.94, 1073.9, 1141.69, 6.65],
          [2, '调整后预算数', '万元', 1083.1, 1102.24, 1181.72, 1279.79, null, 8.3],
          [3, '“三公”经费预算', '万元', 88.63, 89.86, 97.29, 42.36, 44.06, -56.46],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'近五年对比'!G4", value: '1073.9' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'近五年对比'!G5", value: '1279.79' });
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'近五年对比'!G6", value: '42.36' });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'近五年对比'!F6", value: '97.29' });
  });

  it('with the years as numbers and a range in the title, reads the 评价年度 line’s year only', () => {
    const p = byName(
      proposeBindings([
        sheet('趋势分析', [
          ['某县卫生健康局2019—2023年主要数据对比表'],
          ['评价年度：2022', null, null, null, null, null, null, '单位：万元'],
          ['序号', '项目', 2019, 2020, 2021, 2022, '2023年预算', '增长率（%）'],
          [1, '年初预算', 712.57, 697.93, 767.13, 822.26, 911.16, 7.19],
          [2, '编制数（人）', 43, 43, 44, 45, null, 2.27],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'趋势分析'!F4", value: '822.26' });
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'趋势分析'!F5", value: '45' });
  });

  it('without a stated year, reads the latest year as the table’s own (as before)', () => {
    const p = byName(
      proposeBindings([
        sheet('近五年', [
          ['近五年主要数据对比（单位：万元）'],
          ['项目', '2020年', '2021年', '2022年', '2023年', '2024年'],
          ['年初预算数', 800, 820, 850, 900, 950],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'近五年'!F3", value: '950' });
  });
});
