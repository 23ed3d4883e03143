/**
 * A department's 合并 (汇总) workbook by 二级单位: one column per unit (机关本级 and its sub-units)
 * beside the department's 合计 / 汇总数 / 部门合计, first or last. Only the whole's column holds
 * the department's figures; each unit's own figure (the 机关本级 one nearest the label above all)
 * is refused, and a breakdown of the figure (合计 | 基本支出 | 项目支出) is no table by unit.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('收支汇总表 by unit, the 部门合计 column last', () => {
  const form = sheet(
    '收支汇总',
    [
      ['某局2023年度收支情况汇总表'],
      ['编制单位：某局', null, null, null, '金额单位：万元'],
      ['项目', '机关本级', '机关服务中心', '综合行政执法大队', '部门合计'],
      ['年初预算数', 410.5, 120.25, 90, 620.75],
      ['调整后预算数', 450, 130, 95.5, 675.5],
      ['本年支出合计', 440.1, 128.2, 93, 661.3],
      ['公用经费预算数', 40, 12, 8, 60],
      ['“三公”经费预算数', 9, 2.5, 1.5, 13],
    ],
    ['A1:E1'],
  );

  it('takes the 部门合计 column, past the units nearer the label, and hands no choice', () => {
    const p = byName(proposeBindings([form]).proposals);
    for (const [name, address, value] of [
      ['PE_BudgetInitial', "'收支汇总'!E4", '620.75'],
      ['PE_BudgetAdjusted', "'收支汇总'!E5", '675.5'],
      ['PE_Expenditure', "'收支汇总'!E6", '661.3'],
      ['PE_PublicFundsBudget', "'收支汇总'!E7", '60'],
      ['PE_ThreePublicBudget', "'收支汇总'!E8", '13'],
    ] as const) {
      expect(p.get(name)).toMatchObject({ address, value });
      expect(p.get(name)?.alternatives).toEqual([]);
    }
  });

  it("never proposes one unit's own figure", () => {
    const ps = proposeBindings([form]).proposals;
    const cells = ps.flatMap((p) => [p.address, ...p.alternatives.map((a) => a.address)]);
    expect(cells.filter((a) => /'收支汇总'!(?:B|C|D)\d+$/.test(a))).toEqual([]);
  });
});

describe('资产及人员汇总表 by unit with a 计量单位 column, the 合计 first', () => {
  const form = sheet('资产人员', [
    ['2023年末资产及人员情况汇总表'],
    ['项目', '计量单位', '合计', '机关本级', '信息中心', '监测站'],
    ['资产总额', '万元', 900, 600, 200, 100],
    ['  在建工程', '万元', 0, 0, 0, 0],
    ['编制数', '人', 40, 30, 6, 4],
    ['实有在编人数', '人', 37, 28, 5, 4],
  ]);

  it('reads the 合计 column, a zero as surely as any figure', () => {
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产人员'!C3", value: '900' });
    expect(p.get('PE_AssetsInProgress')).toMatchObject({ address: "'资产人员'!C4", value: '0' });
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'资产人员'!C5", value: '40' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'资产人员'!C6", value: '37' });
    for (const x of p.values()) expect(x.address).not.toMatch(/'资产人员'![DEF]\d+$/);
  });
});

describe('a breakdown of the figure is no table by unit', () => {
  // 合计 | 基本支出 | 项目支出 splits the spending, not the department: the row is read as before.
  const form = sheet('支出', [
    ['某局2023年度支出决算表'],
    ['项目', '合计', '基本支出', '项目支出'],
    ['本年支出合计', 661.3, 500, 161.3],
  ]);

  it('keeps the 合计 figure and does not turn the parts into the whole', () => {
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'支出'!B3", value: '661.3' });
  });
});

describe('预算执行情况汇总表 by unit under a three-row merged head', () => {
  // 项目 | 部门合计 (预算数: 年初 | 调整后, 决算数) | 机关本级 (…) | 信息中心 (…)
  const group = (name: string): (string | null)[][] => [
    [name, null, null],
    ['预算数', null, '决算数'],
    ['年初', '调整后', null],
  ];
  const heads = ['部门合计', '机关本级', '信息中心'].map(group);
  const head = [0, 1, 2].map((i) => ['项目', ...heads.flatMap((g) => g[i])]);
  const form = sheet(
    '汇总',
    [
      ['某局2023年度预算执行情况汇总表（分单位）'],
      [null, null, null, null, null, null, null, null, null, '单位：万元'],
      ...head,
      ['本年支出合计', 620, 680, 660, 500, 550, 540, 120, 130, 120],
      ['一、基本支出', 400, 420, 415, 320, 335, 333, 80, 85, 82],
      ['    公用经费', 60, 60, 58, 45, 45, 44, 15, 15, 14],
      ['二、项目支出', 220, 260, 245, 180, 215, 207, 40, 45, 38],
      ['三、“三公”经费', 13, 13, 11, 10, 10, 9, 3, 3, 2],
      ['    公务接待费', 5, 5, 4, 4, 4, 3, 1, 1, 1],
    ],
    ['A1:J1', 'A3:A5', 'B3:D3', 'B4:C4', 'D4:D5', 'E3:G3', 'E4:F4', 'G4:G5', 'H3:J3', 'H4:I4', 'J4:J5'],
  );

  it('reads 预算数 over 年初 | 调整后 and 决算数 in the 部门合计 group', () => {
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'汇总'!B6", value: '620' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'汇总'!C6", value: '680' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'汇总'!D6", value: '660' });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'汇总'!D8", value: '58' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'汇总'!D10", value: '11' });
  });

  it("refuses every unit's group", () => {
    const ps = proposeBindings([form]).proposals;
    const cells = ps.flatMap((p) => [p.address, ...p.alternatives.map((a) => a.address)]);
    expect(cells.filter((a) => /'汇总'![E-J]\d+$/.test(a))).toEqual([]);
  });
});

describe('公用经费支出数 as a row of a 汇总 list', () => {
  const form = sheet('汇总表', [
    ['项目', '合计', '机关本级', '培训中心'],
    ['公用经费预算数', 60, 45, 15],
    ['公用经费支出数', 58, 44, 14],
  ]);

  it('is the 公用经费 actually spent, the 预算数 row the budget', () => {
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'汇总表'!B3", value: '58' });
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'汇总表'!B2", value: '60' });
  });
});
