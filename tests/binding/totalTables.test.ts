/**
 * Two-dimensional tables of real department forms: a total row read against the column that
 * names the figure (批复数, 统计数, 全年合计 …). Each grid is the smallest piece of the real form
 * that shows the pattern.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('财决附03 机构运行信息表', () => {
  const form = sheet(
    '财决附03表',
    [
      ['机构运行信息表'],
      ['编制单位：某局', null, null, '金额单位：万元'],
      ['项目', '行次', '预算数', '统计数', '项目', '行次', '计量单位', '统计数'],
      ['栏次', null, 1, 2, '栏次', null, null, 1],
      ['一、“三公”经费支出', 1, 10.44, 8.92, '四、车辆数合计', 12, '辆', 5],
      ['  （一）因公出国（境）费', 2, 0, 0, '  其中：机要通信用车', 13, '辆', 2],
      ['  （二）公务用车购置及运行维护费', 3, 6.74, 5.82, '五、单价50万元以上通用设备', 15, '台（套）', 1],
      ['  （三）公务接待费', 6, 3.7, 3.1, '七、房屋面积', 17, '平方米', 4965],
      ['二、机关运行经费支出', 7, null, 46.94],
      ['三、政府采购支出合计', 8, 127.4, 127.1],
      ['  （一）政府采购货物支出', 9, null, 51.06],
      ['  （二）政府采购服务支出', 11, null, 76.04],
    ],
    ['A1:H1'],
  );

  it('reads 统计数 as the spending of the “三公” and 政府采购支出 lines, 预算数 as their budget', () => {
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'财决附03表'!C5", value: '10.44' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'财决附03表'!D5", value: '8.92' });
    expect(p.get('PE_ProcurementPlan')).toMatchObject({ address: "'财决附03表'!C10", value: '127.4' });
    expect(p.get('PE_ProcurementActual')).toMatchObject({ address: "'财决附03表'!D10", value: '127.1' });
    // 机关运行经费 is the administrative part only, not the department's 公用经费.
    expect(p.get('PE_PublicFundsActual')).toBeUndefined();
  });
});

describe('单位基本情况表 of the 国有资产年报', () => {
  it('reads 编制数 / 合计 under a 单位名称 heading merged over both heading rows', () => {
    const r = proposeBindings([
      sheet(
        '单位基本情况',
        [
          ['单位基本情况表'],
          ['编制单位：某局', null, null, null, null, null, null, null, '单位：人'],
          ['单位名称', '编制数', null, null, null, '实有人数'],
          [null, '合计', '行政编制', '事业编制', '工勤编制', '合计', '行政', '事业', '工勤'],
          ['某局', 103, 99, 0, 4, 101, 97, 0, 4],
        ],
        ['A1:I1', 'A3:A4', 'B3:E3', 'F3:I3'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'单位基本情况'!B5", value: '103' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'单位基本情况'!F5", value: '101' });
    expect(p.get('PE_OfficialsAuthorized')?.address).toBe("'单位基本情况'!C5");
  });
});

describe('行政事业单位国有资产年报', () => {
  it('reads 固定资产（净值） / 无形资产（净值） of a 资产负债简表 with 资产 and 负债和净资产 side by side', () => {
    const r = proposeBindings([
      sheet(
        '资产负债简表',
        [
          ['行政事业单位资产负债简表'],
          ['编制单位：某局', null, null, null, '2023年12月31日', null, null, '单位:万元'],
          ['资产', '行次', '年初数', '年末数', '负债和净资产', '行次', '年初数', '年末数'],
          ['一、流动资产合计', 1, 3467.39, 2893.96, '一、负债合计', 10, 312.05, 796.16],
          ['二、固定资产（净值）', 5, 577.73, 556.87, '二、净资产合计', 12, 4481.99, 2654.67],
          ['三、在建工程', 6, 748.92, 0],
          ['四、无形资产（净值）', 7, 2.5, 1.8],
          ['资产总计', 9, 4796.54, 3452.63, '负债和净资产总计', 13, 4796.54, 3452.63],
        ],
        ['A1:H1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsFixed')).toMatchObject({ address: "'资产负债简表'!D5", value: '556.87' });
    expect(p.get('PE_AssetsIntangible')).toMatchObject({ address: "'资产负债简表'!D7", value: '1.8' });
  });

  it('reads the 固定资产中：在用 line of a 国有资产占用情况表', () => {
    const r = proposeBindings([
      sheet('资产情况表', [
        ['国有资产占用情况表'],
        ['项目', '行次', '上年末数', '本年末数'],
        ['固定资产', 3, 754.65, 840.01],
        ['  其中：车辆', 5, 94.33, 105],
        ['  固定资产中：在用', 7, null, 807.66],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_FixedAssetsInUse')).toMatchObject({ address: "'资产情况表'!D5" });
  });

  it('reads 合计 × 在用 of the 固定资产分类表, not 账面原值 or 闲置', () => {
    const r = proposeBindings([
      sheet(
        '固定资产分类表',
        [
          ['固定资产分类情况表'],
          ['编制单位：某局', null, null, null, null, null, null, null, '单位：万元'],
          ['资产分类', '账面数量', '账面价值', null, null, '按使用状况（净值）'],
          [null, null, '账面原值', '累计折旧', '账面净值', '在用', '出租出借', '闲置', '待处置'],
          ['合计', 522, 735.41, 178.54, 556.87, 525.34, 0, 15.76, 15.77],
          ['通用设备', 50, 67.67, 16.03, 51.64, 48.71, 0, 1.46, 1.47],
        ],
        ['A1:I1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:I3'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_FixedAssetsInUse')).toMatchObject({
      address: "'固定资产分类表'!F5",
      value: '525.34',
      alternatives: [],
    });
  });
});

describe('部门预算批复 附件 tables', () => {
  it('reads 支出总计 × 批复数 of the 收支预算 list as the budget, 上年结转 among its income lines', () => {
    const r = proposeBindings([
      sheet(
        '附件1',
        [
          ['某局2024年部门收支预算批复表（单位：万元）'],
          ['项目', '批复数'],
          ['一、收入预算'],
          ['  一般公共预算拨款收入', 2752.42],
          ['  上年结转', 1029.7],
          ['收入总计', 3782.12],
          ['二、支出预算'],
          ['  201 一般公共服务支出', 2518.88],
          ['  212城乡社区支出', 1263.24],
          ['支出总计', 3782.12],
        ],
        ['A1:C1'],
      ),
    ]);
    expect(byName(r.proposals).get('PE_BudgetInitial')).toMatchObject({
      address: "'附件1'!B10",
      value: '3782.12',
      alternatives: [],
    });
  });

  it('still refuses 总计 beside 年末结转和结余', () => {
    const r = proposeBindings([
      sheet('表', [
        ['项目', '批复数'],
        ['本年支出合计', 400],
        ['年末结转和结余', 20],
        ['总计', 420],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_BudgetInitial')).toMatchObject({
      address: "'表'!B2",
      alternatives: [],
    });
  });

  it('reads the “三公” 批复表 by its year-named 批复数 columns, not the 增减 column', () => {
    const r = proposeBindings([
      sheet(
        '附件2',
        [
          ['2024年“三公”经费预算批复表（单位：万元）'],
          ['项目', '2024年批复数', '2023年批复数', '增减'],
          ['合计', 18.96, 19.08, '(0.12)'],
          ['因公出国（境）费', 0, 0, '0.00'],
          ['公务接待费', 5.53, 5.05, '0.48'],
        ],
        ['A1:D1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'附件2'!B3", value: '18.96' });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'附件2'!C3", value: '19.08' });
    // The “三公” table's 批复数 is not the department's whole budget.
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
  });
});

describe('a clerk’s tables by quarter', () => {
  it('reads 年度预算 and 全年合计 of a “三公” table by quarter, neither a quarter nor 上年同期', () => {
    const r = proposeBindings([
      sheet(
        '三公经费情况',
        [
          ['某局2022年“三公”经费支出情况表'],
          [
            '项目',
            '年度预算（万元）',
            '一季度',
            '二季度',
            '三季度',
            '四季度',
            '全年合计（万元）',
            '上年同期',
            '增减额',
          ],
          ['合计', 14.37, 2.83, 4.25, 2.27, 4.16, 13.51, 12.76, '0.75'],
          ['  因公出国（境）费', 2.98, 0.76, 0.7, 0.6, 0.62, 2.68, 2.84, '(0.16)'],
          ['  公务接待费', 2.83, 0.4, 0.6, 0.4, 0.99, 2.39, 2.59, '(0.20)'],
        ],
        ['A1:I1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'三公经费情况'!B3", alternatives: [] });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'三公经费情况'!G3", alternatives: [] });
  });

  it('reads 年度采购计划 and 累计执行 of a procurement execution table by quarter', () => {
    const r = proposeBindings([
      sheet(
        '采购执行情况',
        [
          ['2022年政府采购计划执行情况'],
          [null, null, null, null, null, null, '金额单位：万元'],
          ['项目', '年度采购计划', '一季度', '二季度', '三季度', '四季度', '累计执行'],
          ['总计', 146.02, 31.92, 41.19, 31.19, 26.37, 130.67],
          ['  其中：货物类', 24.64, 8.59, 9.43, 14.17, 14.68, 46.87],
          ['  其中：服务类', 76.73, 10.82, 17.6, 15.59, 13.76, 57.77],
        ],
        ['A1:G1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ProcurementPlan')).toMatchObject({ address: "'采购执行情况'!B4", alternatives: [] });
    expect(p.get('PE_ProcurementActual')).toMatchObject({ address: "'采购执行情况'!G4", alternatives: [] });
  });
});

describe('a department with 二级单位: tables by unit', () => {
  it('reads the 本部门合计 row of a table by unit, not 机关本级', () => {
    const r = proposeBindings([
      sheet(
        '各单位支出',
        [
          ['某局2020年度分单位预算执行情况表'],
          ['编制单位：某局', null, null, null, '金额单位：万元'],
          ['序号', '单位名称', '年初预算数', '全年预算数', '实际支出'],
          [null, '本部门合计', 761.17, 968.72, 963.08],
          [1, '机关本级', 468.43, 596.16, 592.69],
          [2, '某培训中心', 292.74, 372.56, 370.39],
        ],
        ['A1:E1'],
      ),
      sheet('人员情况', [
        ['单位', '编制数', '实有人数'],
        ['机关本级', 49, 48],
        ['某培训中心', 22, 22],
        ['本部门合计', 71, 70],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'各单位支出'!C4", alternatives: [] });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'各单位支出'!D4", alternatives: [] });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'各单位支出'!E4", alternatives: [] });
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'人员情况'!B4", value: '71' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员情况'!C4", value: '70' });
  });

  it('reads 汇总 × 全年支出数 of a table by unit', () => {
    const r = proposeBindings([
      sheet('分单位', [
        ['单位', '年初预算数', '全年支出数'],
        ['机关本级', 468.43, 592.69],
        ['某培训中心', 292.74, 370.39],
        ['汇总', 761.17, 963.08],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_Expenditure')).toMatchObject({
      address: "'分单位'!C4",
      alternatives: [],
    });
  });

  it('reads a 其中 column as a part of the column at its left: 其中：公用经费 of 本年支出 is spending', () => {
    const r = proposeBindings([
      sheet(
        '分单位汇总',
        [
          ['某局2023年度分单位预算执行情况表'],
          ['编制单位：某局', null, null, null, null, null, null, '单位:万元'],
          [
            '序号',
            '单位名称',
            '年初预算数',
            '调整后预算数',
            '本年支出',
            '其中：基本支出',
            '其中：公用经费',
            '项目支出',
          ],
          [null, '合计', 536.81, 616.62, 585.3, 339.63, 84.3, 245.68],
          [1, '机关本级', 215.31, 247.32, 234.76, 136.22, 33.81, 98.54],
          [2, '某培训中心', 321.5, 369.3, 350.54, 203.41, 50.49, 147.14],
        ],
        ['A1:H1'],
      ),
      sheet('人员情况', [
        ['单位', '编制数', '其中：行政编制', '实有人数', '其中：行政'],
        ['机关本级', 49, 48, 48, 47],
        ['某培训中心', 22, 0, 22, 0],
        ['本部门合计', 71, 48, 70, 47],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'分单位汇总'!G4", alternatives: [] });
    // Neither the budget (the table's 公用经费 is spent, not budgeted) nor the whole's figure.
    expect(p.get('PE_PublicFundsBudget')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'分单位汇总'!E4", alternatives: [] });
    expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'人员情况'!C4", value: '48' });
    expect(p.get('PE_OfficialsActual')).toMatchObject({
      address: "'人员情况'!E4",
      value: '47',
      alternatives: [],
    });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员情况'!D4", alternatives: [] });
  });

  it('reads 其中：公用经费 beside 年初预算数 of a budget table by unit as the 公用经费 budget', () => {
    const r = proposeBindings([
      sheet('分单位预算', [
        ['某局2024年分单位预算表'],
        ['单位名称', '年初预算数', '其中：公用经费', '项目支出'],
        ['机关本级', 215.31, 33.81, 98.54],
        ['部门合计', 536.81, 84.3, 245.68],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'分单位预算'!C4", alternatives: [] });
    expect(p.get('PE_PublicFundsActual')).toBeUndefined();
  });

  it('takes the figures of the whole’s block in a sheet of one block per unit', () => {
    const block = (title: string, a: number, b: number): (string | number | null)[][] => [
      [title],
      [null, '年初预算数', a],
      [null, '全年支出数', b],
    ];
    const rows = [
      ['2023年度预算执行情况（分单位）'],
      ['编制单位：某局', '2023年度', '金额单位：万元'],
      ...block('一、机关本级', 968.26, 1117),
      ...block('二、某事务服务中心', 511.93, 590.57),
      ...block('三、全部门合计', 1480.19, 1707.57),
    ];
    const p = byName(proposeBindings([sheet('各单位情况', rows, ['A1:C1'])]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'各单位情况'!C10", alternatives: [] });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'各单位情况'!C11", alternatives: [] });
  });

  it('reads the blocks the same when their headings stand in the labels’ column', () => {
    const rows = [
      ['一、机关本级'],
      ['年初预算数', 968.26],
      ['全年支出数', 1117],
      ['二、部门合计'],
      ['年初预算数', 1480.19],
      ['全年支出数', 1707.57],
    ];
    const p = byName(proposeBindings([sheet('分单位', rows)]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'分单位'!B5", alternatives: [] });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'分单位'!B6", alternatives: [] });
  });

  it('leaves a sheet of sections without a whole’s block as it reads', () => {
    const rows = [
      ['一、预算情况'],
      [null, '年初预算数', 968.26],
      ['二、支出情况'],
      [null, '全年支出数', 1117],
    ];
    const p = byName(proposeBindings([sheet('基础数据', rows)]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'基础数据'!C2", confidence: 0.95 });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'基础数据'!C4", confidence: 0.95 });
  });
});

describe('a staff table by unit under two heading rows', () => {
  it('reads the 合计 row under 编制数 / 实有人数 over 合计 | 行政 | 事业, not a unit’s row', () => {
    const r = proposeBindings([
      sheet(
        '人员',
        [
          ['单位', '编制数', null, null, '实有人数', null, null],
          [null, '合计', '行政', '事业', '合计', '行政', '事业'],
          ['机关本级', 40, 30, 10, 38, 29, 9],
          ['某中心', 20, 0, 20, 19, 0, 19],
          ['合计', 60, 30, 30, 57, 29, 28],
        ],
        ['A1:A2', 'B1:D1', 'E1:G1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'人员'!B5", alternatives: [] });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员'!E5", alternatives: [] });
    expect(p.get('PE_OfficialsAuthorized')).toMatchObject({ address: "'人员'!C5", alternatives: [] });
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'人员'!F5", alternatives: [] });
  });
});

describe('a 决算 table by 科目 under two heading rows', () => {
  it('takes no 类 or 款 line of 决算数 / 合计 for the spending, its code columns 类 | 款 | 项 partly empty', () => {
    const r = proposeBindings([
      sheet(
        '支出决算表',
        [
          ['一般公共预算财政拨款支出决算表'],
          ['项目', null, null, null, '年初预算数', '决算数', null, null],
          ['科目编码', null, null, '科目名称', null, '合计', '基本支出', '项目支出'],
          ['类', '款', '项', null, null, null, null, null],
          ['201', null, null, '一般公共服务支出', 561.58, 600.59, 480.2, 120.39],
          ['201', '03', null, '政府办公厅（室）及相关机构事务', 561.58, 600.59, 480.2, 120.39],
          ['208', null, null, '社会保障和就业支出', 45.44, 54.19, 54.19, 0],
        ],
        ['A1:H1', 'A2:D2', 'A3:C3', 'D3:D4', 'E2:E4', 'F2:H2'],
      ),
    ]);
    expect(r.proposals.map((p) => p.name)).not.toContain('PE_Expenditure');
  });
});

describe('the 公用经费 columns of a 基本支出 table', () => {
  const table = (title: string) =>
    sheet('基本支出', [
      [title],
      ['项目', '合计', '人员经费', '公用经费'],
      ['合计', 512.4, 420.1, 92.3],
      ['行政运行', 512.4, 420.1, 92.3],
    ]);

  it('reads 合计 × 公用经费 of a 批复 table as the budget and of a 决算 table as the spending', () => {
    const approved = byName(proposeBindings([table('某局2024年基本支出批复表')]).proposals);
    expect(approved.get('PE_PublicFundsBudget')).toMatchObject({ address: "'基本支出'!D3", value: '92.3' });
    expect(approved.get('PE_PublicFundsActual')).toBeUndefined();
    const spent = byName(proposeBindings([table('一般公共预算财政拨款基本支出决算表')]).proposals);
    expect(spent.get('PE_PublicFundsActual')).toMatchObject({ address: "'基本支出'!D3", value: '92.3' });
    expect(spent.get('PE_PublicFundsBudget')).toBeUndefined();
  });
});

describe('wordings of the year’s column in a “三公” table by quarter', () => {
  it.each(['全年合计', '本年累计', '全年执行数', '1-12月累计'])('reads 合计 × %s as the spending', (col) => {
    const r = proposeBindings([
      sheet('三公', [
        ['某局“三公”经费支出情况表'],
        ['项目', '年度预算', '一季度', '二季度', '三季度', '四季度', col],
        ['合计', 14.37, 2.83, 4.25, 2.27, 4.16, 13.51],
        ['公务接待费', 2.83, 0.4, 0.6, 0.4, 0.99, 2.39],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_ThreePublicActual')).toMatchObject({ address: "'三公'!G3" });
  });

  it('reads 批复金额 of a 批复 list as the initial budget', () => {
    const r = proposeBindings([
      sheet('批复', [
        ['项目', '批复金额'],
        ['一般公共预算拨款收入', 2752.42],
        ['支出合计', 2752.42],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_BudgetInitial')).toMatchObject({ address: "'批复'!B3" });
  });
});

describe('a 决算 table by unit whose first figure column is 合计', () => {
  it('reads 部门合计 × 合计 beside a 单位名称 heading as the spending', () => {
    const r = proposeBindings([
      sheet('分单位', [
        ['某局分单位支出决算表'],
        ['单位名称', '合计', '基本支出', '项目支出'],
        ['机关本级', 592.69, 400.1, 192.59],
        ['某中心', 370.39, 250.2, 120.19],
        ['部门合计', 963.08, 650.3, 312.78],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_Expenditure')).toMatchObject({
      address: "'分单位'!B5",
      alternatives: [],
    });
  });
});

describe('财决01 收入支出决算总表 with 金额 columns', () => {
  it('takes the title over the form number in its corner, and reads 本年支出合计 × 金额 as the spending', () => {
    const r = proposeBindings([
      sheet(
        'Sheet1',
        [
          ['收入支出决算总表'],
          [null, null, null, null, null, '财决01表'],
          ['编制单位：某局', null, null, '2023年12月31日', null, '金额单位：万元'],
          ['收    入', null, null, '支    出'],
          ['项目', '行次', '金额', '项    目', '行次', '金额'],
          ['一、一般公共预算财政拨款收入', 1, 2111.75, '一、一般公共服务支出', 9, 2285.7],
          ['八、其他收入', 8, 193.68],
          [],
          ['本 年 收 入 合 计', 10, 2305.43, '本年支出合计', 15, 2285.7],
          ['年初结转和结余', null, 317.15, '年末结转和结余', null, 336.88],
          ['总计', null, 2622.58, '支出总计', null, 2622.58],
        ],
        ['A1:F1', 'A4:C4', 'D4:F4'],
      ),
    ]);
    expect(byName(r.proposals).get('PE_Expenditure')).toMatchObject({
      address: "'Sheet1'!F9",
      value: '2285.7',
    });
  });
});
