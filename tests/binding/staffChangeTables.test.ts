/**
 * An HR system's 人员增减变动统计表: 人员类别 down, 年初人数 | 本年增加 | 本年减少 | 年末人数 |
 * 全年平均人数 across. The 年末人数 of the 编制内 row is the staff in post, of the 公务员（行政编制）
 * row the officials in post; the 总计 (编制外 included), the 年初 and the 平均 columns and the
 * 离退休 line are other figures.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('a 人员增减变动统计表', () => {
  const table = sheet('人员增减', [
    ['2023年度人员增减变动统计表'],
    ['填报单位：某局', null, null, null, null, null, '统计时点：2023年12月31日'],
    ['人员类别', '年初人数', '本年增加', '本年减少', '年末人数', '全年平均人数', '其中：女'],
    ['在职人员总计', 60, 10, 12, 58, 60, 34],
    ['一、编制内人员', 41, 10, 7, 44, 43, 14],
    ['  公务员（行政编制）', 29, 4, 3, 30, 30, 11],
    ['  事业编制人员', 11, 3, 3, 11, 11, 6],
    ['  机关工勤人员', 1, 3, 1, 3, 2, 1],
    ['二、编制外人员', 19, 0, 5, 14, 17, 5],
    ['  劳务派遣人员', 5, 0, 3, 2, 4, 0],
    ['另：离退休人员', null, null, null, 25],
  ]);

  it('reads the 编制内 row’s 年末人数 as 在编人数 and the 公务员 row’s as the officials in post', () => {
    const p = byName(proposeBindings([table]).proposals);
    expect(p.get('PE_StaffActual')).toMatchObject({
      address: "'人员增减'!E5",
      value: '44',
      alternatives: [],
    });
    expect(p.get('PE_OfficialsActual')).toMatchObject({
      address: "'人员增减'!E6",
      value: '30',
      alternatives: [],
    });
  });

  it('proposes no establishment from a table of heads, and nothing from the 总计, 年初 or 平均 cells', () => {
    const all = proposeBindings([table]).proposals;
    const names = all.map((p) => p.name);
    expect(names).not.toContain('PE_StaffAuthorized');
    expect(names).not.toContain('PE_OfficialsAuthorized');
    const others = ["'人员增减'!E4", "'人员增减'!B5", "'人员增减'!F5", "'人员增减'!E9", "'人员增减'!E11"];
    for (const p of all) expect(others).not.toContain(p.address);
  });
});
