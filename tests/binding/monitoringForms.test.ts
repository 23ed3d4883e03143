/**
 * A mid-year 预算绩效运行监控表: its head row (年初预算数 | 调整后预算数 | 1-6月执行数 | 执行进度 |
 * 全年预计执行数) stands over a section line merged across the body (预算资金执行情况), which
 * heads no column; and its 调整后预算数 is the budget adjusted so far, not the year's.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { namesPartOfYear } from '../../src/engine/binding/midYearForm';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const form = sheet(
  '监控表',
  [
    ['2021年度部门整体预算绩效运行监控表'],
    ['（监控时段：2021年1月1日至2021年6月30日）'],
    ['部门（单位）名称：某县档案馆', null, null, null, null, null, null, '单位：万元'],
    [
      '项目',
      '年初预算数',
      '调整后预算数',
      '1-6月执行数',
      '执行进度',
      '全年预计执行数',
      '预计执行率',
      '偏差原因',
    ],
    ['预算资金执行情况'],
    ['部门预算资金合计', 6224.51, 6712.69, 2921.68, 0.4352, 6730.33, 1.0026, '部分项目尚在招标'],
    ['  其中：财政拨款', 6224.51, 6712.69, 2921.68, 0.4352, 6730.33, 1.0026],
    ['        其他资金', 0, 0, 0, 0, 0, 0],
    ['其中：公用经费', 756.71, 756.71, 285.24, 0.3769, 738.93, 0.9765],
    ['其中：“三公”经费', 84.28, 84.28, 31.56, 0.3745, 74.94, 0.8892],
  ],
  ['A1:H1', 'A2:H2', 'A5:H5'],
);

describe('a mid-year 运行监控表', () => {
  it('reads the budgets under the head row across a merged section line', () => {
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'监控表'!B9", value: '756.71' });
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'监控表'!B10", value: '84.28' });
  });

  it('takes neither the adjusted-so-far budget nor the paid-so-far for the year’s figures', () => {
    const total = {
      ...form,
      cells: form.cells.map((row, r) =>
        r === 5 ? [{ kind: 'text' as const, value: '合计' }, ...row.slice(1)] : row,
      ),
    };
    const p = byName(proposeBindings([total]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'监控表'!B6", value: '6224.51' });
    expect(p.get('PE_BudgetAdjusted')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toBeUndefined();
    expect(p.get('PE_PublicFundsActual')).toBeUndefined();
  });

  it('tells a part of the year from the whole', () => {
    expect(namesPartOfYear('1-8月执行数')).toBe(true);
    expect(namesPartOfYear('截至9月末完成')).toBe(true);
    expect(namesPartOfYear('6月末实有人数')).toBe(true);
    expect(namesPartOfYear('1-12月执行数')).toBe(false);
    expect(namesPartOfYear('全年预算数')).toBe(false);
  });
});
