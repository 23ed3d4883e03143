/**
 * The label matcher on layouts of real department workbooks that its tuning layouts lacked: each
 * grid is the smallest piece of a real form (部门决算, 预算公开, 自评表, an execution export, a
 * clerk's own sheet) that shows the pattern.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { announcedUnit, unitLineUnit } from '../../src/engine/binding/normalise';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('unit lines naming the currency', () => {
  it.each([
    ['单位：人民币元', '元'],
    ['金额单位：元', '元'],
    ['单位：元（人民币）', '元'],
    ['单位:人民币 元', '元'],
    ['单位：人民币万元', '万元'],
    ['单位：万元', '万元'],
  ])('%s announces %s', (text, unit) => {
    expect(unitLineUnit(text)).toBe(unit);
    expect(announcedUnit(text)).toBe(unit);
  });

  it('reads 单位名称 as no unit', () => expect(unitLineUnit('单位名称：某局')).toBeUndefined());

  it('divides a 国有资产占用情况表 in 人民币元 by 10000', () => {
    const r = proposeBindings([
      sheet('资产', [
        ['国有资产占用情况表'],
        ['编制单位：某局', null, null, '单位：人民币元'],
        ['项目', '行次', '年初数', '年末数'],
        ['资产合计', 1, 9800000, 10591285.68],
        ['一、流动资产', 2, 5000000, 5730468.37],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({
      address: "'资产'!D4",
      value: '1059.128568',
      sourceUnit: '元',
    });
    expect(p.get('PE_AssetsCurrent')?.value).toBe('573.046837');
  });
});
