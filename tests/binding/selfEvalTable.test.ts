/**
 * A provincial 部门整体支出绩效自评表: the 资金 block with wrapped headings (年初\n预算数 |
 * 全年\n预算数 | 全年\n执行数 | 分值 | 执行率 | 得分) and rows by nature, a staff line of label–value
 * pairs, and the indicator table whose rows each name a pair of counts: 年度指标值 holds the
 * target half (tasks planned), 实际完成值 the done half; 分值 and 得分 are points, never a figure.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const rows = [
  ['2023年度部门整体支出绩效自评表'],
  ['部门（单位）名称', '某县司法局', null, null, null, '主管部门', '某县人民政府'],
  [
    '年度预算\n资金\n（万元）',
    null,
    '年初\n预算数',
    '全年\n预算数',
    '全年\n执行数',
    '分值',
    '执行率',
    '得分',
  ],
  [null, '年度资金总额', 620, 680, 650, 10, 0.96, 9.6],
  [null, '  其中：财政拨款', 600, 650, 630, '—', 0.97, '—'],
  [null, '按支出性质分：'],
  [null, '基本支出', 400, 400, 390, null, 0.975],
  [null, '  其中：人员经费', 320, 320, 315],
  [null, '        日常公用经费', 80, 80, 75, null, 0.94],
  [null, '项目支出', 220, null, 260],
  [null, '其中：“三公”经费', 12, 12, 10.5],
  [],
  ['编制数（含工勤）', 25, null, '在编实有人数', 23, '其中：行政编制', 12],
  [],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析'],
  ['产出指标', '数量指标', '年度重点工作任务完成数', 12, 11, 10, 9.2],
  [null, '数量指标', '设定绩效指标完成数', 20, 19, 10, 9.5],
  [null, '时效指标', '纳入考核项目按时完成', 8, 7, 5, 4.4],
  ['效益指标', '社会效益指标', '效果指标达成情况', 6, 5, 10, 8.3],
  [null, '社会效益指标', '排查化解矛盾纠纷', 30, 29, 10, 9.7],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度（%）', '≥90%', 0.95, 10, 10],
  ['说明：执行率 = 全年执行数 ÷ 全年预算数。'],
];
const merges = ['A1:H1', 'B2:E2', 'G2:H2', 'A3:A11', 'A16:A18', 'A19:A20', 'A22:H22'];

describe('the 资金 block by nature and the staff line', () => {
  const p = byName(proposeBindings([sheet('自评表', rows, merges)]).proposals);

  it.each([
    ['PE_BudgetInitial', 'C4', '620'],
    ['PE_BudgetAdjusted', 'D4', '680'],
    ['PE_Expenditure', 'E4', '650'],
    ['PE_PublicFundsActual', 'E9', '75'],
    ['PE_ThreePublicActual', 'E11', '10.5'],
    ['PE_StaffAuthorized', 'B13', '25'],
    ['PE_StaffActual', 'E13', '23'],
  ])('%s at %s = %s', (name, cell, value) => {
    expect(p.get(name)).toMatchObject({ address: `'自评表'!${cell}`, value, alternatives: [] });
  });

  it('takes the 三公 row budget from a budget column, never the 全年执行数', () => {
    expect(p.get('PE_ThreePublicBudget')?.value).toBe('12');
    expect(['C11', 'D11'].map((c) => `'自评表'!${c}`)).toContain(p.get('PE_ThreePublicBudget')?.address);
  });
});

describe('the indicator table: 年度指标值 is the target half, 实际完成值 the done half', () => {
  const p = byName(proposeBindings([sheet('自评表', rows, merges)]).proposals);

  it.each([
    ['PE_KeyTasksPlanned', 'D16', '12'],
    ['PE_KeyTasksDone', 'E16', '11'],
    ['PE_TargetsSet', 'D17', '20'],
    ['PE_TargetsMet', 'E17', '19'],
    ['PE_ProjectsTotal', 'D18', '8'],
    ['PE_ProjectsOnTime', 'E18', '7'],
    ['PE_OutcomesSet', 'D19', '6'],
    ['PE_OutcomesMet', 'E19', '5'],
    ['PE_DisputesTotal', 'D20', '30'],
    ['PE_DisputesResolved', 'E20', '29'],
    ['PE_Satisfaction', 'E21', '0.95'],
  ])('%s at %s = %s', (name, cell, value) => {
    expect(p.get(name)).toMatchObject({ address: `'自评表'!${cell}`, value, alternatives: [] });
  });

  it('takes a done-half label (效果指标达成数) from 实际完成值, not from the target beside it', () => {
    const r = proposeBindings([
      sheet('自评', [
        ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['效果指标达成数（个）', 11, 10, 10, 9.1],
      ]),
    ]);
    const q = byName(r.proposals);
    expect(q.get('PE_OutcomesMet')).toMatchObject({ address: "'自评'!C2", value: '10' });
    expect(q.get('PE_OutcomesSet')).toMatchObject({ address: "'自评'!B2", value: '11' });
  });

  it('reads a 满意度 target typed as a number as no measurement', () => {
    const r = proposeBindings([
      sheet('自评', [
        ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['群众满意度（%）', 90, 96.5, 10, 10],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_Satisfaction')).toMatchObject({
      address: "'自评'!C2",
      value: '0.965',
      alternatives: [],
    });
  });

  it('never takes 分值 or 得分 when 实际完成值 holds no number', () => {
    const r = proposeBindings([
      sheet('自评', [
        ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['重点工作任务完成数', 12, '基本完成', 10, 8],
        ['已完成重点工作任务数', 11, null, 10, 9],
        ['社会公众满意度', '≥90%', null, 10, 9],
      ]),
    ]);
    const names = r.proposals.map((x) => x.name);
    expect(names).not.toContain('PE_KeyTasksDone');
    expect(names).not.toContain('PE_Satisfaction');
    expect(byName(r.proposals).get('PE_KeyTasksPlanned')?.address).toBe("'自评'!B2");
  });

  it('keeps a plain 指标名称 | 指标值 list reading its values for either half', () => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['指标名称', '指标值'],
        ['重点工作任务数', 12],
        ['已完成重点工作任务数', 11],
      ]),
    ]);
    const q = byName(r.proposals);
    expect(q.get('PE_KeyTasksPlanned')?.address).toBe("'基础数据'!B2");
    expect(q.get('PE_KeyTasksDone')?.address).toBe("'基础数据'!B3");
  });
});

describe("another province's wordings of the same table", () => {
  it('reads 全年实际执行数, 在职在编人数, 全年指标值 / 实际\\n完成值 and a 满意率', () => {
    const r = proposeBindings([
      sheet('绩效自评', [
        ['部门整体支出绩效自评表'],
        ['项目', '年初预算数', '全年预算数', '全年实际执行数'],
        ['公用经费', 60, 62, 58.4],
        ['“三公”经费支出', 9, 9, 7.7],
        [],
        ['核定编制数', 18, '在职在编人数', 17],
        [],
        ['指标名称', '全年指标值', '实际\n完成值', '分值', '得分'],
        ['重点工作完成情况', 8, 8, 10, 10],
        ['矛盾纠纷调处情况', 40, 38, 10, 9.5],
        ['群众满意率', '≥95%', 0.97, 10, 10],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_PublicFundsActual')?.address).toBe("'绩效自评'!D3");
    expect(p.get('PE_ThreePublicActual')?.address).toBe("'绩效自评'!D4");
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'绩效自评'!D6", value: '17' });
    expect(p.get('PE_KeyTasksPlanned')?.address).toBe("'绩效自评'!B9");
    expect(p.get('PE_KeyTasksDone')?.address).toBe("'绩效自评'!C9");
    expect(p.get('PE_DisputesTotal')).toMatchObject({ address: "'绩效自评'!B10", value: '40' });
    expect(p.get('PE_DisputesResolved')).toMatchObject({ address: "'绩效自评'!C10", value: '38' });
    expect(p.get('PE_Satisfaction')).toMatchObject({ address: "'绩效自评'!C11", value: '0.97' });
  });
});
