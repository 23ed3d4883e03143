/**
 * A clerk's own 基础数据 sheet as typed in WPS or Excel: labels merged over two or three columns,
 * characters spread with spaces, Alt+Enter line breaks, note markers (※, *, 注, （注1）) pointing at
 * a 注 line below, units in the label or in a unit column. Every spelling must read as its label.
 */
import { normaliseLabel, proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('note markers after a label', () => {
  it.each([
    ['年末财政存量资金※', '年末财政存量资金'],
    ['调整后预算数*', '调整后预算数'],
    ['调整后预算数＊', '调整后预算数'],
    ['全年支出数（注1）', '全年支出数'],
    ['全年支出数(注2)', '全年支出数'],
    ['在编人数注', '在编人数'],
    ['在编人数注1', '在编人数'],
    ['核定编制人数注（人）', '核定编制人数'],
    ['政府采购执行※（万元）', '政府采购执行'],
    ['重 点 工 作 任 务（注1）（项）', '重点工作任务'],
    [' 排查矛盾纠纷* （件）', '排查矛盾纠纷'],
    ['“三公”经费\n预算注', '三公经费预算'],
    ['※年初预算数', '年初预算数'],
    ['★年初预算数', '年初预算数'],
  ])('%s → %s', (raw, key) => expect(normaliseLabel(raw)).toBe(key));

  it.each([
    ['备注', '备注'],
    ['附注', '附注'],
    ['情况备注', '情况备注'],
    ['重点关注', '重点关注'],
    ['注册资本', '注册资本'],
    ['注销登记', '注销登记'],
    ['编注', '编注'],
    ['签注', '签注'],
    ['注', '注'],
  ])('keeps 注 inside a word: %s → %s', (raw, key) => expect(normaliseLabel(raw)).toBe(key));
});

describe("a clerk's 基础数据 sheet with merged, spaced and marked labels", () => {
  const rows = [
    ['某局2023年度部门整体支出绩效评价基础数据表'],
    ['填报单位：某局'],
    ['项  目', null, null, '单位', '数值'],
    ['年初预算数*', null, null, '万元', 620.5],
    ['  其中：财政拨款', null, null, '万元', 600],
    ['全 年 支 出 数（注1）', null, null, '万元', 650.2],
    ['“三公”经费\n预算注', null, null, '万元', 12],
    ['“三公”经费支出※', null, null, '万元', 10.5],
    ['公用经费支出*', null, null, '万元', 75.3],
    [],
    ['上年\n末财政存量资金注', null, null, '万元', 4.2],
    ['政 府 采 购 执 行', null, null, '万元', 80],
    ['重点工作任务（注2）', null, null, '项', 12],
    ['已完\n成重点工作注', null, null, '项', 11],
    ['排查矛盾纠纷*', null, null, '件', 30],
    ['调 处 成 功※', null, null, '件', 29],
    ['核定编制人数（注1）', null, null, '人', 25],
    ['在 编 人 数', null, null, '人', 23],
    ['满 意 度注', null, null, '%', 96],
    [],
    ['注：1.金额单位为万元；2.存量资金为年末财政拨款结转结余；3.以上数据经单位负责人审核。'],
  ];
  const merges = ['A1:E1', 'A3:C3', ...rows.map((_, i) => `A${i + 4}:C${i + 4}`).slice(0, rows.length - 5)];
  const p = byName(proposeBindings([sheet('基础数据', rows, merges)]).proposals);

  it.each([
    ['PE_BudgetInitial', 'E4', '620.5'],
    ['PE_Expenditure', 'E6', '650.2'],
    ['PE_ThreePublicBudget', 'E7', '12'],
    ['PE_ThreePublicActual', 'E8', '10.5'],
    ['PE_PublicFundsActual', 'E9', '75.3'],
    ['PE_StockFundsPriorEnd', 'E11', '4.2'],
    ['PE_ProcurementActual', 'E12', '80'],
    ['PE_KeyTasksPlanned', 'E13', '12'],
    ['PE_KeyTasksDone', 'E14', '11'],
    ['PE_DisputesTotal', 'E15', '30'],
    ['PE_DisputesResolved', 'E16', '29'],
    ['PE_StaffAuthorized', 'E17', '25'],
    ['PE_StaffActual', 'E18', '23'],
    ['PE_Satisfaction', 'E19', '0.96'],
  ])('%s at %s = %s', (name, cell, value) => {
    expect(p.get(name)).toMatchObject({ address: `'基础数据'!${cell}`, value, alternatives: [] });
  });

  it('does not take the 其中 row for the budget', () => {
    expect([...p.values()].filter((x) => x.address === "'基础数据'!E5")).toEqual([]);
  });
});

describe('a 备注 column is still no figure', () => {
  it('refuses a number under 备注 beside the figure', () => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['项目', '数值', '备注'],
        ['在编人数', 23, 2],
      ]),
    ]);
    const staff = r.proposals.filter((x) => x.name === 'PE_StaffActual');
    expect(staff.map((x) => x.address)).toEqual(["'基础数据'!B2"]);
    expect(staff[0].alternatives).toEqual([]);
  });
});

describe('more of the wordings clerks type', () => {
  it('reads 全年支出, 政府采购计划 / 政府采购执行额 and a 【注1】 marker', () => {
    const r = proposeBindings([
      sheet('基础信息', [
        ['内容', null, '金额（万元）'],
        ['全年支出【注1】', null, 512.3],
        ['政府采购计划', null, 60],
        ['政府采购执行额', null, 55.5],
        ['已完成重点工作任务（项）', null, 9],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'基础信息'!C2", value: '512.3' });
    expect(p.get('PE_ProcurementPlan')?.address).toBe("'基础信息'!C3");
    expect(p.get('PE_ProcurementActual')?.address).toBe("'基础信息'!C4");
    expect(p.get('PE_KeyTasksDone')?.address).toBe("'基础信息'!C5");
  });
});

describe('a note marker in a cell of its own', () => {
  it('reads past 注1 / ※ between the label and its figure', () => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['项目', null, '数值'],
        ['年初预算数', '注1', 620.5],
        ['在编人数', '※', 23],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'基础数据'!C2", value: '620.5' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'基础数据'!C3", value: '23' });
  });
});
