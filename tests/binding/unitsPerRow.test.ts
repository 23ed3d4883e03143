/**
 * Units a table gives per row (a unit column) or only in a note under it. A figure is never read
 * as 万元 when it was 元: each grid is the smallest piece of a real form that shows the pattern.
 */
import { normaliseLabel, proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('a clerk’s data sheet with a unit column', () => {
  it('reads each row in its own unit, right of this year’s and last year’s columns; a remark’s 万元 changes nothing', () => {
    const p = byName(
      proposeBindings([
        sheet(
          '基础数据',
          [
            ['某局2024年度基础数据'],
            ['指标', '2024年', '2023年', '单位', '说明'],
            ['一、资金情况'],
            ['调整后预算数', 16322252, null, '元', '含年中追加293.19万元'],
            ['全年支出数', 1364.3911, 1486.1543, '万元', '执行率83.59%'],
            ['“三公”经费预算数', 705401, 795697, '元'],
            ['四、人员情况'],
            ['核定编制数', 86, null, '人'],
          ],
          ['A1:E1'],
        ),
      ]).proposals,
    );
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({
      address: "'基础数据'!B4",
      value: '1632.2252',
      sourceUnit: '元',
      unitAssumed: false,
    });
    expect(p.get('PE_Expenditure')).toMatchObject({
      address: "'基础数据'!B5",
      value: '1364.3911',
      sourceUnit: '万元',
    });
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ value: '70.5401', sourceUnit: '元' });
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'基础数据'!B8", value: '86' });
  });

  it('reads a 计量单位 column left of the 金额 column, with an empty column between', () => {
    const p = byName(
      proposeBindings([
        sheet('Sheet1', [
          ['序号', '项目', '计量单位', null, '金额', '备注'],
          [1, '年初预算数', '元', null, 13390339, '单位：万元的另见附表'],
          [2, '政府采购预算', '万元', null, 93.4274],
          [3, '在编人数', '人', null, 85],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({
      address: "'Sheet1'!E2",
      value: '1339.0339',
      sourceUnit: '元',
    });
    expect(p.get('PE_ProcurementPlan')).toMatchObject({ value: '93.4274', sourceUnit: '万元' });
    expect(p.get('PE_StaffActual')).toMatchObject({ value: '85' });
  });

  it('reads a unit column past a 备注 column of remarks', () => {
    const p = byName(
      proposeBindings([
        sheet('基础数据', [
          ['指标名称', '数值', '备注', '单位'],
          ['调整后预算数', 16322252, '含年中追加293.19万元', '元'],
          ['本年实际支出', 1364.3911, '执行率83.59%', '万元'],
          ['“三公”经费实际支出', 231284, '其中公务接待费4.28万元', '元'],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ value: '1632.2252', sourceUnit: '元' });
    expect(p.get('PE_Expenditure')).toMatchObject({ value: '1364.3911', sourceUnit: '万元' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ value: '23.1284', sourceUnit: '元' });
  });

  it('refuses a money row whose unit cell is empty rather than take it as 万元', () => {
    const r = proposeBindings([
      sheet('数据采集', [
        ['指标名称', '数值', '单位'],
        ['年初预算数', 13390339, null],
        ['本年实际支出', 1364.3911, '万元'],
        ['核定编制数', 86, '人'],
        ['在编人数', 85, null],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toMatchObject({ value: '1364.3911', sourceUnit: '万元' });
    // A count needs no money unit.
    expect(p.get('PE_StaffActual')).toMatchObject({ value: '85' });
  });

  it('reads a unit cell right of the figure past an empty column in a list without headings', () => {
    const p = byName(proposeBindings([sheet('Sheet1', [['年初预算数', 13390339, null, '元']])]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({
      value: '1339.0339',
      sourceUnit: '元',
      unitAssumed: false,
    });
  });

  it('takes a 计量单位 column of 台 / 箱 as the unit of 数量, not of the 预算金额 beside it', () => {
    const p = byName(
      proposeBindings([
        sheet(
          '附件4',
          [
            ['2020年政府采购预算批复表（单位：万元）'],
            ['采购项目', '采购品目', '数量', '计量单位', '预算金额'],
            ['办公设备购置', '台式计算机', 9, '台', 339.81],
            ['办公用品', '复印纸', 21, '箱', 260.49],
            ['政府采购预算合计', null, null, null, 600.3],
          ],
          ['A1:E1', 'A5:D5'],
        ),
      ]).proposals,
    );
    expect(p.get('PE_ProcurementPlan')).toMatchObject({
      address: "'附件4'!E5",
      value: '600.3',
      sourceUnit: '万元',
    });
  });

  it('reads a 单位 column of unit names (机关本级) as no unit column', () => {
    const p = byName(
      proposeBindings([
        sheet('收支', [
          ['部门收支情况表'],
          ['单位：元'],
          ['单位', '年初预算数', '本年支出'],
          ['机关本级', 8000000, 7000000],
          ['下属中心', 2000000, 1500000],
          ['合计', 10000000, 8500000],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({
      address: "'收支'!B6",
      value: '1000',
      sourceUnit: '元',
    });
  });
});

describe('a table whose unit is only in the note under it', () => {
  it('reads 填报说明：1.本表金额单位为元 as the unit of the table above it', () => {
    const p = byName(
      proposeBindings([
        sheet('Sheet1', [
          ['表1 “三公”经费及公用经费情况'],
          ['项目', '预算数', '决算数', '控制率'],
          ['“三公”经费合计', 4625103.5, 3875814.62, 0.838],
          ['公用经费', 4623007.55, 4345785.84, 0.94],
          ['填报说明：1.本表金额单位为元；2.数据来源于2021年度部门决算。'],
          [],
          ['表2 资产情况'],
          ['资产总额', '流动资产'],
          [24198559.67, 13086885.45],
          [],
          ['注：本表以元为单位。'],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      value: '462.51035',
      sourceUnit: '元',
      unitAssumed: false,
    });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ value: '434.578584', sourceUnit: '元' });
    // One blank row may stand between a table and its note.
    expect(p.get('PE_AssetsTotal')).toMatchObject({ value: '2419.855967', sourceUnit: '元' });
  });

  it('reads no table unit from a note past the next table, nor from a note about a unit column', () => {
    const p = byName(
      proposeBindings([
        sheet('Sheet1', [
          ['项目', '预算数'],
          ['“三公”经费合计', 462.51],
          [],
          ['项目', '预算数'],
          ['公用经费', 46.23],
          ['表2 资产情况'],
          ['资产总额', '流动资产'],
          [24198559.67, 13086885.45],
          ['注：本表金额单位为元。'],
        ]),
        sheet('Sheet2', [
          ['指标名称', '数值'],
          ['年初预算数', 1339.03],
          [],
          ['注：单位栏为“元”的，数值以元为单位填列。'],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ value: '462.51', unitAssumed: true });
    expect(p.get('PE_AssetsTotal')).toMatchObject({ value: '2419.855967', sourceUnit: '元' });
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ value: '46.23', unitAssumed: true });
    expect(p.get('PE_BudgetInitial')).toMatchObject({ value: '1339.03', unitAssumed: true });
  });
});

describe('a clerk’s data sheet in the clerk’s own words', () => {
  it('reads 年初预算批复数, 全年预算（含追加）, 三公经费年初预算, 固定资产（账面净值）, 编制总数（含工勤）, 已完成绩效指标 …', () => {
    const p = byName(
      proposeBindings([
        sheet(
          '数据采集',
          [
            ['某局2024年度绩效评价数据采集表'],
            ['序号', '项目', '金额', '计量单位', '备注'],
            [1, '年初预算批复数', 1339.0339, '万元'],
            [2, '全年预算（含追加）', 16322252, '元', '含年中追加293.19万元'],
            [3, '三公经费年初预算', 705401, '元'],
            [4, '公用经费年初预算', 223.9211, '万元'],
            [5, '年末流动资产', 1409.0475, '万元'],
            [6, '固定资产（账面净值）', 25318774, '元'],
            [7, '上年末结转结余资金', 118.4, '万元'],
            [8, '编制总数（含工勤）', 86, '人'],
            [9, '实有在编人数（含工勤）', 85, '人'],
            [10, '绩效指标个数', 12, '个'],
            [11, '已完成绩效指标', 11, '个'],
            [12, '完成重点工作', 15, '项'],
            [13, '成功调处数', 29, '件'],
            [14, '按期完成项目', 4, '个'],
          ],
          ['A1:E1'],
        ),
      ]).proposals,
    );
    const at = (name: string): [string | undefined, string | undefined] => [
      p.get(name)?.address,
      p.get(name)?.value,
    ];
    expect(at('PE_BudgetInitial')).toEqual(["'数据采集'!C3", '1339.0339']);
    expect(at('PE_BudgetAdjusted')).toEqual(["'数据采集'!C4", '1632.2252']);
    expect(at('PE_ThreePublicBudget')).toEqual(["'数据采集'!C5", '70.5401']);
    expect(at('PE_PublicFundsBudget')).toEqual(["'数据采集'!C6", '223.9211']);
    expect(at('PE_AssetsCurrent')).toEqual(["'数据采集'!C7", '1409.0475']);
    expect(at('PE_AssetsFixed')).toEqual(["'数据采集'!C8", '2531.8774']);
    expect(at('PE_StockFundsPriorEnd')).toEqual(["'数据采集'!C9", '118.4']);
    expect(at('PE_StaffAuthorized')).toEqual(["'数据采集'!C10", '86']);
    expect(at('PE_StaffActual')).toEqual(["'数据采集'!C11", '85']);
    expect(at('PE_TargetsSet')).toEqual(["'数据采集'!C12", '12']);
    expect(at('PE_TargetsMet')).toEqual(["'数据采集'!C13", '11']);
    expect(at('PE_KeyTasksDone')).toEqual(["'数据采集'!C14", '15']);
    expect(at('PE_DisputesResolved')).toEqual(["'数据采集'!C15", '29']);
    expect(at('PE_ProjectsOnTime')).toEqual(["'数据采集'!C16", '4']);
  });

  it('reads 本年支出合计 as the spending in a list that has its budget rows, the budget in a 预算 收支总表', () => {
    const list = byName(
      proposeBindings([
        sheet('指标数据', [
          ['指标', '2024年', '2023年', '单位', '说明'],
          ['年初预算数', 1339.0339, 1410.5437, '万元'],
          ['本年支出合计', 13643911, 14861543, '元'],
          ['流动资产', 1409.0475, null, '万元'],
          ['因公出国（境）费', 0, null, '万元'],
        ]),
      ]).proposals,
    );
    expect(list.get('PE_Expenditure')).toMatchObject({ address: "'指标数据'!B3", value: '1364.3911' });
    const budget = byName(
      proposeBindings([
        sheet('部门收支总表', [
          ['2024年部门收支总表'],
          ['单位：万元'],
          ['收入', null, '支出'],
          ['项目', '金额', '项目', '金额'],
          ['一般公共预算拨款收入', 1200, '一般公共服务支出', 900],
          ['上年结转', 139.03, '社会保障和就业支出', 439.03],
          ['本年收入合计', 1339.03, '本年支出合计', 1339.03],
        ]),
      ]).proposals,
    );
    expect(budget.get('PE_Expenditure')).toBeUndefined();
  });

  it('drops what a label includes (（含…）) but not what it excludes (（不含…）)', () => {
    expect(normaliseLabel('全年预算（含追加）')).toBe('全年预算');
    expect(normaliseLabel('实有在编人数(含工勤人员)')).toBe('实有在编人数');
    expect(normaliseLabel('全年预算（不含追加）')).toBe('全年预算(不含追加)');
    const p = byName(proposeBindings([sheet('Sheet1', [['全年预算（不含追加）', 1632.2252]])]).proposals);
    expect(p.get('PE_BudgetAdjusted')).toBeUndefined();
  });

  it('reads 在职公务人员 heading a report’s 人员情况 table', () => {
    const p = byName(
      proposeBindings([
        sheet('自评报告', [
          ['表2： 人员情况'],
          ['核定编制数', '在编人数（含工勤）', '行政编制数', '在职公务人员', '财政供养人员控制率'],
          [157, 156, 75, 74, 0.9936],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'自评报告'!D3", value: '74' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'自评报告'!B3", value: '156' });
  });
});

describe('a bare unit cell on a line of its own above a table', () => {
  it('is the table’s unit line: 元 in the corner, figures divided by 10000', () => {
    const p = byName(
      proposeBindings([
        sheet('1.收支', [
          [null, null, '元'],
          ['项目', '金额', '备注'],
          ['年初预算', 7219783.5],
          ['调整后预算', 8229359.39],
          ['本年支出', 7046541.79],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({
      value: '721.97835',
      sourceUnit: '元',
      unitAssumed: false,
    });
    expect(p.get('PE_Expenditure')).toMatchObject({ value: '704.654179', sourceUnit: '元' });
  });

  it('says nothing when the line holds a figure too, or more than the unit', () => {
    for (const first of [
      ['说明', null, '元'],
      [12, null, '元'],
    ]) {
      const p = byName(
        proposeBindings([sheet('收支', [first, ['项目', '金额'], ['年初预算', 721.97]])]).proposals,
      );
      expect(p.get('PE_BudgetInitial')).toMatchObject({
        value: '721.97',
        sourceUnit: '万元',
        unitAssumed: true,
      });
    }
  });
});
