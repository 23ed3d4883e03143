/**
 * Tables exported from a 预算管理一体化 system: a head block over the column heads (the title, a
 * line with the year and the unit, 金额单位：元 at its right, then 导出时间 / 查询条件 lines).
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('a “三公” 申报表 exported with an 导出时间 line under its unit line', () => {
  it('reads the table in 元 for every row, the 导出时间 line being no title', () => {
    const p = byName(
      proposeBindings([
        sheet(
          '三公经费',
          [
            ['一般公共预算“三公”经费支出预算表'],
            ['2022年度    某县卫生健康局', null, null, null, null, null, '金额单位：元'],
            ['导出时间：2022-01-16 13:09'],
            ['项目', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
            [null, null, null, null, '小计', '公务用车购置费', '公务用车运行维护费'],
            ['上年预算数', 157475.96, 59251.57, 53375.01, 44849.38, 0, 44849.38],
            ['本年预算数', 88793.71, 0, 49133.72, 39659.99, 0, 39659.99],
            ['增减额', -68682.25, -59251.57, -4241.29],
          ],
          ['A1:G1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4'],
        ),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      address: "'三公经费'!B7",
      value: '8.879371',
      sourceUnit: '元',
    });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'三公经费'!B6", value: '15.747596' });
  });
});
