/**
 * A 政府采购执行情况表 by 采购项目: 序号 | 采购项目名称 | 品目 | 采购方式 | 采购预算金额 | 合同金额 |
 * 节约资金 | 节约率, a 合计 row. Its 合计 of 预算金额 is the plan, of 合同金额 what was bought; a
 * purchase named 公务用车 does not make it a “三公” table, and no other input stands in it.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

function executionTable(totalFirst: boolean): ReturnType<typeof sheet> {
  const head = ['序号', '采购项目名称', '品目', '采购方式', '采购预算金额', '合同金额', '节约资金', '节约率'];
  const items = [
    [1, '办公家具', '货物', '单一来源', 54417.3, 54417.3, 0, 0],
    [2, '机房装修工程', '工程', '竞争性谈判', 89549.25, 84352.32, 5196.93, 0.058],
    [3, '公务用车', '货物', '框架协议采购', 125217.48, 125217.46, 0.02, 0],
  ];
  const total = ['', '合计', null, null, 269184.03, 263987.08, 5196.95, 0.0193];
  return sheet('采购执行情况', [
    ['某县水利局2024年度政府采购执行情况表'],
    ['填报单位：某县水利局', null, null, null, null, null, null, '单位:元'],
    head,
    ...(totalFirst ? [total, ...items] : [...items, total]),
    [],
    ['注：节约率=节约资金÷采购预算金额。'],
  ]);
}

describe('a 政府采购执行情况表 by 采购项目', () => {
  it.each([
    ['at the bottom', false, 7],
    ['on top', true, 4],
  ])('reads the 合计 (%s) of 预算金额 as the plan and of 合同金额 as the actual', (_, first, row) => {
    const p = byName(proposeBindings([executionTable(first)]).proposals);
    expect(p.get('PE_ProcurementPlan')).toMatchObject({
      address: `'采购执行情况'!E${row}`,
      value: '26.918403',
    });
    expect(p.get('PE_ProcurementActual')).toMatchObject({
      address: `'采购执行情况'!F${row}`,
      value: '26.398708',
    });
  });

  it('takes nothing else from it: a purchase named 公务用车 is no “三公” line', () => {
    const p = byName(proposeBindings([executionTable(false)]).proposals);
    const others = [...p.keys()].filter((k) => !['PE_ProcurementPlan', 'PE_ProcurementActual'].includes(k));
    // The table's rows (3 on): the 填报单位 line above it names the department, rightly.
    const inTable = others.filter((k) => {
      const m = /^'采购执行情况'!([A-Z]+)(\d+)$/.exec(p.get(k)?.address ?? '');
      return m !== null && Number(m[2]) >= 3;
    });
    expect(inTable).toEqual([]);
    expect(p.get('PE_ThreePublicBudget')).toBeUndefined();
  });
});
