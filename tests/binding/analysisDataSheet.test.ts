/**
 * The data sheet of a 财务分析报告: small tables stacked down one sheet. One of them merges two
 * small tables under dual headings (计划数（年初数） | 实际数（年末数）): 政府采购 reads the plan
 * and the actual, 财政存量资金 the opening and the closing balance. A 绩效 table counts
 * 矛盾纠纷排查 / 调处 on one line: 排查 in the plan column, 调处 in the done one.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { dualHalves } from '../../src/engine/binding/dualHeadings';
import { normaliseLabel } from '../../src/engine/binding/normalise';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const book = sheet('财务分析', [
  ['六、政府采购及财政存量资金情况'],
  ['项目', '计划数（年初数）（万元）', '实际数（年末数）（万元）', '差额（万元）'],
  ['政府采购', 286.2, 262.05, -24.15],
  ['财政存量资金', 109.16, 32.53, -76.63],
  ['分析：各项指标总体完成较好。'],
  [],
  ['七、绩效目标完成情况'],
  ['指标', '计划数', '完成数', '完成率'],
  ['年度重点工作任务（项）', 8, 7, 0.875],
  ['矛盾纠纷排查 / 调处（件）', 61, 58, 0.9508],
]);

describe('a dual-headed table of a 财务分析 data sheet', () => {
  const p = byName(proposeBindings([book]).proposals);

  it('reads 政府采购 by the first word of each heading', () => {
    expect(p.get('PE_ProcurementPlan')).toMatchObject({ address: "'财务分析'!B3", value: '286.2' });
    expect(p.get('PE_ProcurementActual')).toMatchObject({ address: "'财务分析'!C3", value: '262.05' });
  });

  it('reads 财政存量资金 by the word in brackets: 年初数 and 年末数', () => {
    expect(p.get('PE_StockFundsPriorEnd')).toMatchObject({ address: "'财务分析'!B4", value: '109.16' });
    expect(p.get('PE_StockFundsEnd')).toMatchObject({ address: "'财务分析'!C4", value: '32.53' });
  });

  it('reads no 差额 and proposes each cell once', () => {
    const addresses = [...p.values()].map((x) => x.address);
    expect(addresses).not.toContain("'财务分析'!D3");
    expect(addresses).not.toContain("'财务分析'!D4");
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it('reads 矛盾纠纷排查 / 调处 as the disputes counted and resolved', () => {
    expect(p.get('PE_DisputesTotal')).toMatchObject({ address: "'财务分析'!B10", value: '61' });
    expect(p.get('PE_DisputesResolved')).toMatchObject({ address: "'财务分析'!C10", value: '58' });
  });
});

describe('dual headings', () => {
  const words = new Set(['计划数', '年初数', '决算数', '上年数', '实际数'].map(normaliseLabel));

  it('split only where both halves are column words', () => {
    expect(dualHalves(normaliseLabel('计划数（年初数）'), words)).toEqual(['计划数', '年初数']);
    expect(dualHalves(normaliseLabel('决算数（注）'), words)).toBeUndefined();
    expect(dualHalves(normaliseLabel('实际数（含结转）'), words)).toBeUndefined();
  });

  it('never split off a qualifier: 预算数（合计） is one budget column', () => {
    const w = new Set([...words, normaliseLabel('合计'), normaliseLabel('调整后')]);
    expect(dualHalves(normaliseLabel('预算数（合计）'), w)).toBeUndefined();
    expect(dualHalves(normaliseLabel('决算数（调整后）'), w)).toBeUndefined();
  });

  it('read nothing where the halves would name two inputs in one cell', () => {
    const two = sheet('分析', [
      ['一、预算执行情况（万元）'],
      ['项目', '预算数（决算数）'],
      ['支出合计', 1200],
    ]);
    const all = proposeBindings([two]).proposals;
    expect(all.filter((x) => x.address === "'分析'!B3")).toEqual([]);
  });

  it('never split a heading naming an earlier period', () => {
    expect(dualHalves(normaliseLabel('决算数（上年数）'), words)).toBeUndefined();
  });

  it('leave a 上年 heading refused: 决算数（上年数） reads no spending', () => {
    const prior = sheet('分析', [
      ['一、预算执行情况（万元）'],
      ['项目', '决算数（上年数）'],
      ['支出合计', 1200],
    ]);
    const all = proposeBindings([prior]).proposals;
    expect(all.find((x) => x.name === 'PE_Expenditure')).toBeUndefined();
  });
});
