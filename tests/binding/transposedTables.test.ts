/**
 * Figures drawn sideways on real department forms: a 基本数字表 strip whose column headings are
 * the figures' labels with their values in the line below (one line, or one line per year), and
 * two-dimensional tables whose items stand as columns and whose rows name the column of a
 * straight table (预算数 / 决算数, 年初数 / 年末数, 计划数 / 完成数). Each grid is the smallest
 * piece of the real form that shows the pattern.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const STRIP_MERGES = ['A2:A3', 'B2:E2', 'F2:H2', 'I2:I3'];

describe('基本数字表 strip: the value below its heading', () => {
  it('reads the single line under 单位名称 as the department’s own figures', () => {
    const r = proposeBindings([
      sheet(
        '基础数据',
        [
          ['单位基本情况表'],
          ['单位名称', '人员情况', null, null, null, '经费情况', null, null, '离退休人数'],
          [
            null,
            '编制人数',
            '在编实有人数',
            '行政编制数',
            '在职公务员人数',
            '年初预算数',
            '调整后预算数',
            '本年支出数',
          ],
          ['某县自然资源局', 10, 9, 8, 7, 876.49, 991.66, 850.6, 25],
        ],
        STRIP_MERGES,
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'基础数据'!B4", value: '10' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'基础数据'!C4", value: '9' });
    expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'基础数据'!D4", value: '8' });
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'基础数据'!E4", value: '7' });
    // 人员情况 / 经费情况 head column groups: neither is the table's title (人员 would refuse budgets).
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'基础数据'!F4", value: '876.49' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'基础数据'!G4", value: '991.66' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'基础数据'!H4", value: '850.6' });
  });

  it('keeps one unit’s line of several under 单位名称 as that unit’s part, not the department’s', () => {
    const r = proposeBindings([
      sheet(
        '基础数据',
        [
          ['单位基本情况表'],
          ['单位名称', '人员情况', null, null, null, '经费情况', null, null, '离退休人数'],
          [null, '编制人数', '在编实有人数', null, null, '年初预算数', '调整后预算数', '本年支出数'],
          ['机关本级', 10, 9, null, null, 600, 700, 650, 3],
          ['下属中心', 5, 4, null, null, 200, 210, 205, 1],
        ],
        STRIP_MERGES,
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_StaffAuthorized')).toBeUndefined();
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
  });

  it('takes the evaluation year’s line of a strip by year, the year before is a distractor', () => {
    const rows = (first: string | number, second: string | number) => [
      ['基本数字表'],
      ['年度', '人员情况（人）', null, null, null, '经费情况', null, null, '离退休人数'],
      [
        null,
        '编制数',
        '实有人数',
        '行政编制数',
        '在职公务员人数',
        '年初预算数（万元）',
        '全年预算数（万元）',
        '本年支出数（万元）',
      ],
      [first, 112, 105, 51, 50, 2636.85, 2646.85, 3141.21, 1],
      [second, 113, 106, 52, 49, 3238.44, 3854.83, 3801.45, 2],
    ];
    for (const [a, b] of [
      [2023, 2024],
      ['2023年', '2024年'],
    ] as const) {
      const p = byName(proposeBindings([sheet('情况表', rows(a, b), STRIP_MERGES)]).proposals);
      expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'情况表'!B5", value: '113' });
      expect(p.get('PE_StaffActual')).toMatchObject({ address: "'情况表'!C5", value: '106' });
      expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'情况表'!D5", value: '52' });
      expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'情况表'!F5", value: '3238.44' });
      expect(p.get('PE_Expenditure')).toMatchObject({ address: "'情况表'!H5", value: '3801.45' });
      expect(p.get('PE_StaffAuthorized')?.alternatives).toEqual([]);
    }
  });

  it('reads 单位：人、元 as the money columns’ unit', () => {
    const r = proposeBindings([
      sheet(
        'Sheet1',
        [
          ['单位基本情况表'],
          [null, null, null, null, null, null, null, '单位：人、元'],
          ['年度', '人员情况', null, null, null, '经费情况', null, null, '离退休人数'],
          [null, '编制人数', '实有人数', null, null, '年初预算', '调整后预算数', '全年实际支出'],
          ['2024年', 42, 39, null, null, 8253830.89, 9510760.09, 7998652.73, 6],
        ],
        ['A3:A4', 'B3:E3', 'F3:H3', 'I3:I4'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ value: '42', sourceUnit: '' });
    expect(p.get('PE_BudgetInitial')).toMatchObject({ value: '825.383089', sourceUnit: '元' });
    expect(p.get('PE_Expenditure')).toMatchObject({ value: '799.865273', sourceUnit: '元' });
  });
});
