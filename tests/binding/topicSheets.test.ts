/**
 * A 基础数据 workbook kept one sheet per topic: the tab's name (收支, 三公经费, 资产, 人员 …, often
 * numbered: 表1 收支, 02三公经费, 3.人员, 资产情况) is the title of the one small table it holds, so
 * its terse heads (预算 | 实际, 年初 | 年末, 编制 | 实有, 计划 | 完成) are read in the topic's
 * meaning. A 目录 listing the tabs holds no figures.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { isContentsSheet, sheetTopicOf } from '../../src/engine/binding/sheetTopic';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('a tab’s name as its topic', () => {
  it('takes numbering off a tab’s name and a 情况 after it, never the 三 of 三公', () => {
    expect(sheetTopicOf('表1 收支')).toBe('incomeSpending');
    expect(sheetTopicOf('02三公经费')).toBe('threePublic');
    expect(sheetTopicOf('三公经费情况')).toBe('threePublic');
    expect(sheetTopicOf('3.人员')).toBe('staff');
    expect(sheetTopicOf('资产情况')).toBe('assets');
    expect(sheetTopicOf('（四）政府采购')).toBe('procurement');
    expect(sheetTopicOf('五、存量资金')).toBe('stockFunds');
    expect(sheetTopicOf('第6表 公用经费')).toBe('publicFunds');
    // Tabs that name another table, or none.
    expect(sheetTopicOf('人员经费')).toBeUndefined();
    expect(sheetTopicOf('资产负债表')).toBeUndefined();
    expect(sheetTopicOf('目录')).toBeUndefined();
    expect(sheetTopicOf('Sheet1')).toBeUndefined();
  });
});

describe('a 基础数据 workbook, one tab per topic', () => {
  it('资产: reads the 年末 column, never 年初, even where both hold 0', () => {
    const p = byName(
      proposeBindings([
        sheet('表4 资产', [
          [null, null, '单位：万元'],
          ['项目', '年初', '年末'],
          ['流动资产', 512.4, 498.06],
          ['固定资产', 1210.5, 1187.32],
          ['其中：在用', 1210.5, 1150.8],
          ['无形资产', 0, 0],
          ['在建工程', 0, 0],
          ['其他资产', 2.1, 2.1],
          ['合计', 1725, 1687.48],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_AssetsCurrent')).toMatchObject({ address: "'表4 资产'!C3", value: '498.06' });
    expect(p.get('PE_AssetsFixed')).toMatchObject({ address: "'表4 资产'!C4", alternatives: [] });
    expect(p.get('PE_FixedAssetsInUse')).toMatchObject({ address: "'表4 资产'!C5", value: '1150.8' });
    expect(p.get('PE_AssetsIntangible')).toMatchObject({ address: "'表4 资产'!C6", value: '0' });
    expect(p.get('PE_AssetsInProgress')).toMatchObject({ address: "'表4 资产'!C7", value: '0' });
    expect(p.get('PE_AssetsOther')).toMatchObject({ address: "'表4 资产'!C8" });
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'表4 资产'!C9", value: '1687.48' });
    for (const x of p.values()) expect(x.address).not.toMatch(/!B\d+$/);
  });

  it('三公经费: 预算 / 本年实际 / 上年预算 over a 小计 at the top, not the department’s spending', () => {
    const p = byName(
      proposeBindings([
        sheet('02三公经费', [
          ['项目', '预算（元）', '本年实际（元）', '上年预算（元）'],
          ['小计', 318000, 296540.5, 342000],
          ['因公出国（境）费', 0, 0, 0],
          ['公务用车购置费', 0, 0, 60000],
          ['公务用车运行维护费', 228000, 214320.5, 210000],
          ['公务接待费', 90000, 82220, 72000],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'02三公经费'!B2", value: '31.8' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'02三公经费'!C2", value: '29.65405' });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'02三公经费'!D2", value: '34.2' });
    expect(p.has('PE_Expenditure')).toBe(false);
    expect(p.has('PE_BudgetInitial')).toBe(false);
  });

  it('公用经费 and 采购: the tab’s 合计 under 预算 / 支出 (执行), its items refused', () => {
    const p = byName(
      proposeBindings([
        sheet('公用经费', [
          ['项目', '预算', '支出'],
          ['办公费', 30.2, 28.75],
          ['差旅费', 18, 16.4],
          ['培训费', 6.5, 4.1],
          ['合计', 54.7, 49.25],
        ]),
        sheet('表5 采购', [
          ['单位：万元'],
          ['品目', '预算', '执行'],
          ['货物', 80.3, 72.11],
          ['服务', 40, 38.5],
          ['合计', 120.3, 110.61],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'公用经费'!B5", value: '54.7' });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'公用经费'!C5", value: '49.25' });
    expect(p.get('PE_ProcurementPlan')).toMatchObject({ address: "'表5 采购'!B5", value: '120.3' });
    expect(p.get('PE_ProcurementActual')).toMatchObject({ address: "'表5 采购'!C5", value: '110.61' });
    // Neither tab's 合计 is the department's whole budget or spending.
    for (const n of ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure']) expect(p.has(n)).toBe(false);
  });

  it('收支 drawn across: 年初 | 调整预算 | 支出 over 合计; a bare 调整 (the 追加 / 追减) is not read', () => {
    const p = byName(
      proposeBindings([
        sheet('1.收支', [
          ['单位：万元'],
          ['项目', '年初', '调整', '调整预算', '支出'],
          ['合计', 1320.5, 86.3, 1406.8, 1377.42],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'1.收支'!B3", value: '1320.5' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'1.收支'!D3", value: '1406.8' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'1.收支'!E3", value: '1377.42' });
    for (const x of p.values()) expect(x.address).not.toBe("'1.收支'!C3");
  });

  it('存量资金: the 年初数 line is last year’s closing stock, 本年盘活 is neither', () => {
    const p = byName(
      proposeBindings([
        sheet('06存量资金', [
          ['项目', '金额（万元）'],
          ['年初数', 86.2],
          ['年末', 41.07],
          ['本年盘活', 45.13],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_StockFundsPriorEnd')).toMatchObject({ address: "'06存量资金'!B2", value: '86.2' });
    expect(p.get('PE_StockFundsEnd')).toMatchObject({ address: "'06存量资金'!B3", value: '41.07' });
  });

  it('人员 and 绩效: 编制 / 实有 by class, 计划 / 实际 by indicator, and a 矛盾纠纷 block', () => {
    const p = byName(
      proposeBindings([
        sheet('3.人员', [
          ['类别', '核定', '在编'],
          ['行政', 24, 22],
          ['事业', 9, 8],
          ['工勤', 2, 2],
          ['合计', 35, 32],
          ['离退休', null, 17],
        ]),
        sheet('绩效情况', [
          ['指标', '计划', '实际'],
          ['重点工作任务', 6, 6],
          ['项目数', 12, 11],
          ['满意度', 0.9, 0.93],
          [null],
          ['矛盾纠纷', '件数'],
          ['排查', 48],
          ['化解', 45],
          ['未化解', 3],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'3.人员'!B2", value: '24' });
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'3.人员'!C2", value: '22' });
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'3.人员'!B5", value: '35' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'3.人员'!C5", value: '32' });
    expect(p.get('PE_KeyTasksDone')).toMatchObject({ address: "'绩效情况'!C2", value: '6' });
    expect(p.get('PE_ProjectsTotal')).toMatchObject({ address: "'绩效情况'!B3", value: '12' });
    expect(p.get('PE_ProjectsOnTime')).toMatchObject({ address: "'绩效情况'!C3", value: '11' });
    expect(p.get('PE_Satisfaction')).toMatchObject({ address: "'绩效情况'!C4" });
    expect(p.get('PE_DisputesTotal')).toMatchObject({ address: "'绩效情况'!B7", value: '48' });
    expect(p.get('PE_DisputesResolved')).toMatchObject({ address: "'绩效情况'!B8", value: '45' });
  });

  it('a tab whose table has a title of its own is read by that title, not by the tab', () => {
    const p = byName(
      proposeBindings([
        sheet('三公经费', [
          ['某局2024年度收支执行情况表'],
          ['项目', '预算', '实际'],
          ['一般公共服务支出', 610.2, 598.4],
          ['合计', 610.2, 598.4],
        ]),
      ]).proposals,
    );
    // 实际 stays a bare head: no “三公” spending is read from another table's 合计.
    expect(p.has('PE_ThreePublicActual')).toBe(false);
  });

  it('a 目录 lists the tabs: its 序号 and page numbers are no figures', () => {
    const p = byName(
      proposeBindings([
        sheet('目录', [
          ['表名', '页码'],
          ['资产总额', 3],
          ['年初预算数', 1],
        ]),
        sheet('收支', [
          ['项目', '金额'],
          ['年初预算', 905.6],
        ]),
        sheet('资产', [['项目', '年末']]),
      ]).proposals,
    );
    expect(p.has('PE_AssetsTotal')).toBe(false);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'收支'!B2", value: '905.6' });
  });

  it('a 目录 that opens with the cover’s lines still gives the department’s name', () => {
    const p = byName(
      proposeBindings([
        sheet('目录', [
          ['单位名称：', '某县农业农村局'],
          ['序号', '表名'],
          [1, '收支'],
          [2, '资产'],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_DeptName')).toMatchObject({ value: '某县农业农村局' });
    expect([...p.keys()].filter((n) => n !== 'PE_DeptName' && n !== 'PE_Year')).toEqual([]);
  });

  it('tells a 目录 by its name or by its list of the tabs, not a summary with a figure by each tab', () => {
    const tabs = ['首页', '表1 收支', '表2 资产', '汇总'];
    const list = sheet('首页', [
      ['序号', '表名', '说明'],
      [1, '表1 收支', '按实际填写'],
      [2, '表2 资产', null],
    ]);
    const summary = sheet('汇总', [
      ['表1 收支', 905.6],
      ['表2 资产', 1687.48],
    ]);
    expect(isContentsSheet(list, tabs)).toBe(true);
    expect(isContentsSheet(summary, tabs)).toBe(false);
    expect(isContentsSheet(sheet('目 录', [[1, '收支']]), ['目 录', '收支'])).toBe(true);
    expect(isContentsSheet(sheet('表1 收支', [['项目', '金额']]), tabs)).toBe(false);
  });
});
