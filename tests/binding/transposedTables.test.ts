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

describe('work counts: 计划数 / 完成数 by row, or drawn sideways', () => {
  it('reads an appendix table of counts (指标 | 目标值 | 完成数 | 完成率)', () => {
    const r = proposeBindings([
      sheet('自评报告', [
        ['附表2 年度工作任务完成情况'],
        ['指标', '目标值', '完成数', '完成率'],
        ['年度重点工作任务（项）', 15, 14, 0.9333],
        ['绩效指标（个）', 32, 31, 0.9688],
        ['纳入考核项目（个）', 11, 10, 0.9091],
        ['效果指标（个）', 14, 13, 0.9286],
        ['矛盾纠纷排查调处（件）', 20, 19, 0.95],
      ]),
    ]);
    const p = byName(r.proposals);
    const at = (name: string) => [p.get(name)?.address, p.get(name)?.value];
    expect(at('PE_KeyTasksPlanned')).toEqual(["'自评报告'!B3", '15']);
    expect(at('PE_KeyTasksDone')).toEqual(["'自评报告'!C3", '14']);
    expect(at('PE_TargetsSet')).toEqual(["'自评报告'!B4", '32']);
    expect(at('PE_TargetsMet')).toEqual(["'自评报告'!C4", '31']);
    expect(at('PE_ProjectsTotal')).toEqual(["'自评报告'!B5", '11']);
    expect(at('PE_ProjectsOnTime')).toEqual(["'自评报告'!C5", '10']);
    expect(at('PE_OutcomesSet')).toEqual(["'自评报告'!B6", '14']);
    expect(at('PE_OutcomesMet')).toEqual(["'自评报告'!C6", '13']);
    expect(at('PE_DisputesTotal')).toEqual(["'自评报告'!B7", '20']);
    expect(at('PE_DisputesResolved')).toEqual(["'自评报告'!C7", '19']);
  });

  it('reads the sideways form: counted things as columns, rows 年初设定数 / 实际完成数 / 完成率', () => {
    const r = proposeBindings([
      sheet('情况表', [
        ['重点工作及绩效指标完成情况'],
        [
          '项目',
          '排查矛盾纠纷',
          '效果指标（个）',
          '绩效指标（个）',
          '考核项目（个）',
          '年度重点工作任务',
          '服务对象满意度',
        ],
        ['年初设定数', 76, 18, 17, 4, 15],
        ['实际完成数', 75, 17, 16, 3, 14, 0.93],
        ['完成率', 0.9868, 0.9444, 0.9412, 0.75, 0.9333],
      ]),
    ]);
    const p = byName(r.proposals);
    const at = (name: string) => [p.get(name)?.address, p.get(name)?.value];
    expect(at('PE_DisputesTotal')).toEqual(["'情况表'!B3", '76']);
    expect(at('PE_DisputesResolved')).toEqual(["'情况表'!B4", '75']);
    expect(at('PE_OutcomesSet')).toEqual(["'情况表'!C3", '18']);
    expect(at('PE_OutcomesMet')).toEqual(["'情况表'!C4", '17']);
    expect(at('PE_TargetsSet')).toEqual(["'情况表'!D3", '17']);
    expect(at('PE_TargetsMet')).toEqual(["'情况表'!D4", '16']);
    expect(at('PE_ProjectsTotal')).toEqual(["'情况表'!E3", '4']);
    expect(at('PE_ProjectsOnTime')).toEqual(["'情况表'!E4", '3']);
    expect(at('PE_KeyTasksPlanned')).toEqual(["'情况表'!F3", '15']);
    expect(at('PE_KeyTasksDone')).toEqual(["'情况表'!F4", '14']);
    expect(at('PE_Satisfaction')).toEqual(["'情况表'!G4", '0.93']);
  });

  it('leaves a 自评表 indicator category alone: 效果指标 heads no count under 指标值 columns of scores', () => {
    const r = proposeBindings([
      sheet('自评表', [
        ['一级指标', '二级指标', '分值', '得分'],
        ['效果指标', null, 30, 28],
        ['绩效指标', null, 20, 19],
      ]),
    ]);
    const names = r.proposals.map((p) => p.name);
    expect(names).not.toContain('PE_OutcomesSet');
    expect(names).not.toContain('PE_OutcomesMet');
    expect(names).not.toContain('PE_TargetsSet');
    expect(names).not.toContain('PE_TargetsMet');
  });
});

describe('公务人员 in a staff strip', () => {
  it('reads 其中：行政编制 as the posts even beside 实有在编人数, and the 在职公务员 wordings as the officials in post', () => {
    const r = proposeBindings([
      sheet(
        '情况表',
        [
          ['基本数字表'],
          ['单位名称', '人员情况', null, null, null, '经费情况'],
          [null, '编制数', '实有在编人数', '其中：行政编制', '行政在编人数', '年初预算数'],
          ['某县医疗保障局', 32, 27, 18, 15, 808.75],
        ],
        ['A2:A3', 'B2:E2'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'情况表'!D4", value: '18' });
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'情况表'!E4", value: '15' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'情况表'!C4", value: '27' });
  });

  it('reads an appendix 人员情况 table: 编制内在职公务员 / 在职公务人员 under their headings', () => {
    for (const heading of ['编制内在职公务员', '在职公务人员']) {
      const r = proposeBindings([
        sheet('自评报告', [
          ['附表2 人员情况'],
          ['核定编制数', '实有在编人数', '行政编制数', heading, '财政供养人员控制率'],
          [67, 61, 19, 16, 0.9104],
        ]),
      ]);
      const p = byName(r.proposals);
      expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'自评报告'!D3", value: '16' });
      expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'自评报告'!C3", value: '19' });
    }
  });
});

describe('“三公” and assets drawn sideways', () => {
  it('reads “三公” items as columns, rows 上年预算数 / 年初预算数 / 实际支出数, the whole in 小计', () => {
    const r = proposeBindings([
      sheet(
        'Sheet1',
        [
          ['“三公”经费情况表（单位：万元）'],
          ['项目', '小计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
          ['上年预算数', 12.68, 0, 0, 2.56, 10.12],
          ['年初预算数', 12.56, 0, 0, 2.84, 9.72],
          ['实际支出数', 11.48, 0, 0, 2.57, 8.91],
        ],
        ['A1:G1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'Sheet1'!B3", value: '12.68' });
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'Sheet1'!B4", value: '12.56' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'Sheet1'!B5", value: '11.48' });
  });

  it('reads a 小计 under 公务用车购置及运行维护费 as that group’s subtotal, not the “三公” whole', () => {
    const r = proposeBindings([
      sheet(
        '公开07表',
        [
          ['“三公”经费支出决算表'],
          [null, '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'],
          [null, null, '小计', '公务用车购置费', '公务用车运行维护费'],
          ['决算数', 1.2, 8.5, 5, 3.5, 2.3],
        ],
        ['B2:B3', 'C2:E2', 'F2:F3'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicActual')).toBeUndefined();
  });

  it('reads asset classes as columns with 合计 and 其他, rows 年初数 / 期末数', () => {
    const r = proposeBindings([
      sheet('资产', [
        ['资产构成情况', null, null, null, null, null, null, '单位：万元'],
        ['项目', '流动资产', '固定资产', '无形资产', '在建工程', '其他', '合计'],
        ['年初数', 441.58, 607.57, 59.34, 245.71, 1.2, 1355.4],
        ['期末数', 456.07, 658.55, 56.72, 299.59, 1.5, 1472.43],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsCurrent')).toMatchObject({ address: "'资产'!B4", value: '456.07' });
    expect(p.get('PE_AssetsOther')).toMatchObject({ address: "'资产'!F4", value: '1.5' });
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产'!G4", value: '1472.43' });
  });

  it('takes no 合计 of a table without 流动资产 beside it as the assets’ total', () => {
    const r = proposeBindings([
      sheet('固定资产', [
        ['固定资产分类情况'],
        ['项目', '房屋', '车辆', '其他', '合计'],
        ['期末数', 300, 40, 5, 345],
      ]),
    ]);
    const names = r.proposals.map((p) => p.name);
    expect(names).not.toContain('PE_AssetsTotal');
    expect(names).not.toContain('PE_AssetsOther');
  });
});

describe('a strip’s other wordings', () => {
  it('reads 本年决算支出, 实有人数（在编） and a 满意度 column under 完成数', () => {
    const r = proposeBindings([
      sheet(
        '汇总',
        [
          ['基本数字表'],
          ['年度', '人员情况（人）', null, '经费情况'],
          [null, '核定编制数', '实有人数（在编）', '本年决算支出（万元）'],
          [2023, 18, 15, 1685.86],
          [2024, 18, 16, 1471.87],
          [],
          ['重点工作及绩效指标完成情况'],
          ['项目', '考核项目（个）', '满意度'],
          ['目标数', 8],
          ['完成数', 8, 0.92],
        ],
        ['A2:A3', 'B2:C2'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'汇总'!C5", value: '16' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'汇总'!D5", value: '1471.87' });
    expect(p.get('PE_Satisfaction')).toMatchObject({ address: "'汇总'!C10", value: '0.92' });
  });
});

describe('a data sheet’s short count wordings', () => {
  it('reads 已完成绩效指标, 完成重点工作, 绩效指标个数, 成功调处数, 按期完成项目, 实现效果指标 with the unit beside', () => {
    const r = proposeBindings([
      sheet('数据采集', [
        ['序号', '指标名称', '数值', '单位', '备注'],
        [1, '绩效指标个数', 30, '个'],
        [2, '已完成绩效指标', 29, '个'],
        [3, '完成重点工作', 12, '项'],
        [4, '成功调处数', 40, '件'],
        [5, '按期完成项目', 7, '个'],
        [6, '实现效果指标', 9, '个'],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_TargetsSet')).toMatchObject({ address: "'数据采集'!C2", value: '30' });
    expect(p.get('PE_TargetsMet')).toMatchObject({ address: "'数据采集'!C3", value: '29' });
    expect(p.get('PE_KeyTasksDone')).toMatchObject({ address: "'数据采集'!C4", value: '12' });
    expect(p.get('PE_DisputesResolved')).toMatchObject({ address: "'数据采集'!C5", value: '40' });
    expect(p.get('PE_ProjectsOnTime')).toMatchObject({ address: "'数据采集'!C6", value: '7' });
    expect(p.get('PE_OutcomesMet')).toMatchObject({ address: "'数据采集'!C7", value: '9' });
  });
});

describe('a strip’s 单位名称 and 年度', () => {
  it('reads the unit’s name below its 单位名称 heading, not the group heading at its right', () => {
    const r = proposeBindings([
      sheet(
        '基础数据',
        [
          ['单位基本情况表'],
          ['单位名称', '人员情况', null, '经费情况'],
          [null, '编制人数', '在编实有人数', '年初预算数'],
          ['某县自然资源局', 10, 9, 876.49],
        ],
        ['A2:A3', 'B2:C2'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_DeptName')).toMatchObject({
      address: "'基础数据'!A4",
      value: '某县自然资源局',
      alternatives: [],
    });
  });

  it('still reads a cover line’s 部门名称 | 某局 at its right, over a line of figures', () => {
    const r = proposeBindings([
      sheet('封面', [
        ['部门名称', '某县自然资源局'],
        ['人员经费', 50],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_DeptName')).toMatchObject({
      address: "'封面'!B1",
      value: '某县自然资源局',
    });
  });

  it('takes the latest year of a 年度 column as the evaluation year', () => {
    const r = proposeBindings([
      sheet(
        '情况表',
        [
          ['年度', '人员情况（人）'],
          [null, '编制数'],
          [2023, 112],
          [2024, 113],
        ],
        ['A1:A2'],
      ),
    ]);
    expect(byName(r.proposals).get('PE_Year')).toMatchObject({
      address: "'情况表'!A4",
      value: '2024',
      alternatives: [],
    });
  });
});

describe('year-named rows among 本年 / 上年 rows', () => {
  it('reads 2023年预算数 beside 本年预算数 and 上年决算数 as the year before’s budget', () => {
    const r = proposeBindings([
      sheet(
        '表1',
        [
          ['“三公”经费情况表（单位：万元）'],
          ['项目', '小计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
          ['2023年预算数', 109.3, 17.6, 50.27, 22.48, 18.95],
          ['上年决算数', 89.26, 14.66, 35.75, 20.29, 18.56],
          ['本年预算数', 53.66, 15.45, 0, 21.87, 16.34],
          ['本年决算数', 43.32, 11.81, 0, 16.93, 14.58],
        ],
        ['A1:G1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      address: "'表1'!B5",
      value: '53.66',
      alternatives: [],
    });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'表1'!B3", value: '109.3' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'表1'!B6", value: '43.32' });
  });
});
