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
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({
      address: "'三公经费'!B6",
      value: '15.747596',
    });
  });
});

describe('a 预算汇总 by 资金来源 against last year', () => {
  const summary = (): ReturnType<typeof sheet> =>
    sheet(
      '预算汇总',
      [
        ['部门收支预算汇总表'],
        [
          '查询条件：预算年度=2022；单位=某县卫生健康局',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          '金额单位：元',
        ],
        ['项目', '2021年预算数', '2022年预算数', null, null, null, null, '增减额', '增减率'],
        [null, null, '合计', '一般公共预算拨款', '政府性基金预算拨款', '财政专户管理资金', '单位资金'],
        ['合计', 5698272.55, 7080217.49, 6451650.5, 437774.7, 0, 190792.29, 1381944.94, 0.2425],
        ['一、基本支出', 4209435.14, 5248237.77, 5248237.77, 0, 0, 0, 1038802.63, 0.2468],
        ['    人员经费', 3314214.22, 4141045.18, 4141045.18, 0, 0, 0, 826830.96, 0.2495],
        ['    公用经费', 895220.92, 1107192.59, 1107192.59, 0, 0, 0, 211971.67, 0.2368],
        ['二、项目支出', 1488837.41, 1831979.72, 1203412.73, 437774.7, 0, 190792.29, 343142.31, 0.2305],
      ],
      ['A1:I1', 'A3:A4', 'B3:B4', 'C3:G3', 'H3:H4', 'I3:I4'],
    );

  it('reads the year from the 查询条件 line and this year’s 合计, no source share nor last year', () => {
    const p = byName(proposeBindings([summary()]).proposals);
    expect(p.get('PE_Year')).toMatchObject({ value: '2022' });
    const initial = p.get('PE_BudgetInitial');
    expect(initial).toMatchObject({ address: "'预算汇总'!C5", value: '708.021749' });
    expect(initial?.alternatives ?? []).toHaveLength(0);
    const publicFunds = p.get('PE_PublicFundsBudget');
    expect(publicFunds).toMatchObject({ address: "'预算汇总'!C8", value: '110.719259' });
    expect(publicFunds?.alternatives ?? []).toHaveLength(0);
  });

  it('reads a year after its label up to a wide gap (预算年度：2022    单位名称：…)', () => {
    const p = byName(
      proposeBindings([sheet('采购', [['预算年度：2022    单位名称：某县卫生健康局']])]).proposals,
    );
    expect(p.get('PE_Year')).toMatchObject({ value: '2022' });
  });
});

describe('a 支出预算明细 of 功能科目 × 经济科目 lines', () => {
  const detail = (
    title: string,
    head: (string | null)[],
    sub: (string | null)[] | null,
  ): ReturnType<typeof sheet> =>
    sheet(
      'Sheet1',
      [
        [title],
        ['2022年度    某县医疗保障局', null, null, null, null, null, null, null, '金额单位：万元'],
        head,
        ...(sub ? [sub] : []),
        ['2050299', '其他普通教育支出', '30227', '委托业务费', '普法宣传经费', 81.35, null, null, 81.35],
        [
          '2080505',
          '机关事业单位基本养老保险缴费支出',
          '30108',
          '机关事业单位基本养老保险缴费',
          null,
          112.54,
          112.54,
        ],
        ['2101101', '行政运行', '30201', '办公费', null, 23.4, null, 23.4],
        ['合计', null, null, null, null, 217.29, 112.54, 23.4, 81.35],
      ],
      sub ? ['A1:I1', 'G3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'I3:I4'] : ['A1:I1'],
    );
  const CODES = ['功能科目编码', '功能科目名称', '经济科目编码', '经济科目名称', '项目名称'];

  it('reads the 合计 line × 合计 as the budget and its 公用经费 (two-row head, total at the bottom)', () => {
    const p = byName(
      proposeBindings([
        detail(
          '2022年部门预算（批复）明细',
          [...CODES, '合计', '基本支出', null, '项目支出'],
          [null, null, null, null, null, null, '人员经费', '公用经费'],
        ),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'Sheet1'!F8", value: '217.29' });
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'Sheet1'!H8", value: '23.4' });
  });

  it('reads a flat head (基本支出-公用经费) the same way', () => {
    const p = byName(
      proposeBindings([
        detail(
          '2022年部门预算（批复）明细',
          [...CODES, '合计', '基本支出-人员经费', '基本支出-公用经费', '项目支出'],
          null,
        ),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'Sheet1'!F7", value: '217.29' });
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'Sheet1'!H7", value: '23.4' });
  });

  it('refuses the 合计 of a 财政拨款 or 一般公共预算 支出表 (one source only)', () => {
    const p = byName(
      proposeBindings([
        detail(
          '2022年一般公共预算支出表',
          [...CODES, '合计', '基本支出', null, '项目支出'],
          [null, null, null, null, null, null, '人员经费', '公用经费'],
        ),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
  });
});

describe('a “三公” 申报表 with 上年预算数 and 本年申报数 rows', () => {
  const table = (rows: (string | number | null)[][]): ReturnType<typeof sheet> =>
    sheet('三公经费', [
      ['一般公共预算“三公”经费支出预算表'],
      ['预算年度：2019    单位名称：某县退役军人事务局', null, null, null, '金额单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
      ...rows,
    ]);

  it('reads 本年申报数 × 合计 as this year’s “三公” budget', () => {
    const p = byName(
      proposeBindings([
        table([
          ['上年预算数', 19.77, 1.71, 7.16, 10.9],
          ['本年申报数', 37.73, 1.72, 7.26, 28.75],
          ['增减额', 17.96, 0.01, 0.1, 17.85],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'三公经费'!B5", value: '37.73' });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'三公经费'!B4", value: '19.77' });
  });

  it('leaves 本年申报数 aside where a 本年批复数 row gives the approved budget', () => {
    const p = byName(
      proposeBindings([
        table([
          ['本年申报数', 37.73, 1.72, 7.26, 28.75],
          ['本年批复数', 35.1, 1.72, 7.26, 26.12],
        ]),
      ]).proposals,
    );
    const budget = p.get('PE_ThreePublicBudget');
    expect(budget?.address).not.toBe("'三公经费'!B4");
    expect((budget?.alternatives ?? []).map((a) => a.address)).not.toContain("'三公经费'!B4");
  });
});
