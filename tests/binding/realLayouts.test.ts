/**
 * The label matcher on layouts of real department workbooks that its tuning layouts lacked: each
 * grid is the smallest piece of a real form (部门决算, 预算公开, 自评表, an execution export, a
 * clerk's own sheet) that shows the pattern.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { announcedUnit, unitLineUnit } from '../../src/engine/binding/normalise';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('unit lines naming the currency', () => {
  it.each([
    ['单位：人民币元', '元'],
    ['金额单位：元', '元'],
    ['单位：元（人民币）', '元'],
    ['单位:人民币 元', '元'],
    ['单位：人民币万元', '万元'],
    ['单位：万元', '万元'],
  ])('%s announces %s', (text, unit) => {
    expect(unitLineUnit(text)).toBe(unit);
    expect(announcedUnit(text)).toBe(unit);
  });

  it('reads 单位名称 as no unit', () => expect(unitLineUnit('单位名称：某局')).toBeUndefined());

  it('divides a 国有资产占用情况表 in 人民币元 by 10000', () => {
    const r = proposeBindings([
      sheet('资产', [
        ['国有资产占用情况表'],
        ['编制单位：某局', null, null, '单位：人民币元'],
        ['项目', '行次', '年初数', '年末数'],
        ['资产合计', 1, 9800000, 10591285.68],
        ['一、流动资产', 2, 5000000, 5730468.37],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({
      address: "'资产'!D4",
      value: '1059.128568',
      sourceUnit: '元',
    });
    expect(p.get('PE_AssetsCurrent')?.value).toBe('573.046837');
  });
});

describe('a clerk list holding budget and asset lines in one column', () => {
  it('keeps 实际支出数 beside a 固定资产 line', () => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['实际支出数', 100],
        ['固定资产', 50],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'基础数据'!B1", value: '100' });
    expect(p.get('PE_AssetsFixed')?.address).toBe("'基础数据'!B2");
  });

  it('reads a 基础数据 list of budget, 三公 and asset lines', () => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['项目', '数值'],
        ['年初预算数', 620.5],
        ['调整后预算数', 681.72],
        ['实际支出数', 672.18],
        ['“三公”经费预算数', 13],
        ['固定资产', 88.2],
        ['无形资产', 3.1],
        ['在建工程', 0],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')?.value).toBe('620.5');
    expect(p.get('PE_BudgetAdjusted')?.value).toBe('681.72');
    expect(p.get('PE_Expenditure')?.value).toBe('672.18');
    expect(p.get('PE_AssetsIntangible')?.value).toBe('3.1');
  });

  it('still refuses a 合计 row of an asset table as the whole budget', () => {
    const r = proposeBindings([
      sheet('表', [
        ['项目', '预算数', '决算数'],
        ['合计', 500, 480],
        ['固定资产', 300, 290],
        ['无形资产', 200, 190],
      ]),
    ]);
    const names = r.proposals.map((x) => x.name);
    expect(names).not.toContain('PE_BudgetInitial');
    expect(names).not.toContain('PE_Expenditure');
  });
});

describe('the 资金 block of a 自评表', () => {
  it('reads 年度资金总额 × 年初预算数 / 全年预算数 / 全年执行数, not the 其中 rows', () => {
    const r = proposeBindings([
      sheet('自评表', [
        ['2023年度部门整体支出绩效自评表'],
        ['单位：万元'],
        ['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 100, 110, 105, 10, 0.95, 9.5],
        ['其中：当年财政拨款', 90, 100, 96, null, null, null],
        ['上年结转资金', 10, 10, 9, null, null, null],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'自评表'!B4", value: '100' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'自评表'!C4", value: '110' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'自评表'!D4", value: '105' });
  });

  it('refuses the same block of a 项目支出 自评表', () => {
    const r = proposeBindings([
      sheet('项目自评', [
        ['项目支出绩效自评表'],
        ['项目', '年初预算数', '全年预算数', '全年执行数'],
        ['年度资金总额', 30, 32, 31],
      ]),
    ]);
    expect(r.proposals.map((x) => x.name)).not.toContain('PE_Expenditure');
  });
});

describe('two years side by side', () => {
  it('reads the later year column as this year and the earlier as 上年', () => {
    const r = proposeBindings([
      sheet('两年对比', [
        ['部门整体支出情况（2023—2024年）'],
        ['项目', '单位', '2023年', '2024年', '增减额'],
        ['年初预算数', '万元', 668.77, 624.68, -44.09],
        ['“三公”经费预算数', '万元', 38.3, 16.11, -22.19],
        ['财政存量资金', '万元', 8.47, 151.64, 143.17],
        ['在编人数', '人', 42, 40, -2],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'两年对比'!D3", alternatives: [] });
    expect(p.get('PE_ThreePublicBudget')?.address).toBe("'两年对比'!D4");
    expect(p.get('PE_ThreePublicBudgetPrior')?.address).toBe("'两年对比'!C4");
    expect(p.get('PE_StockFundsEnd')?.address).toBe("'两年对比'!D5");
    expect(p.get('PE_StockFundsPriorEnd')?.address).toBe("'两年对比'!C5");
    expect(p.get('PE_StaffActual')?.value).toBe('40');
  });

  it('reads 2024年预算数 | 2023年预算数 of a “三公” budget table', () => {
    const r = proposeBindings([
      sheet('三公', [
        ['“三公”经费预算表'],
        ['项目', '2024年预算数', '2023年预算数'],
        ['“三公”经费合计', 20, 25],
        ['因公出国（境）费', 0, 0],
        ['公务接待费', 20, 25],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')?.address).toBe("'三公'!B3");
    expect(p.get('PE_ThreePublicBudgetPrior')?.address).toBe("'三公'!C3");
  });

  it('reads 上年数 | 本年数 columns', () => {
    const r = proposeBindings([
      sheet('基本情况', [
        ['项目', '上年数', '本年数'],
        ['“三公”经费预算', 30, 28],
        ['年末财政存量资金', 12, 9],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')?.address).toBe("'基本情况'!C2");
    expect(p.get('PE_ThreePublicBudgetPrior')?.address).toBe("'基本情况'!B2");
    expect(p.get('PE_StockFundsPriorEnd')?.address).toBe("'基本情况'!B3");
    expect(p.get('PE_StockFundsEnd')?.address).toBe("'基本情况'!C3");
  });
});

describe('财决01 收入支出决算总表', () => {
  const rows = [
    ['收入支出决算总表'],
    [null, null, null, null, null, null, null, null, null, '财决01表'],
    ['编制单位：某局', null, null, null, null, '2022年度', null, null, null, '单位:万元'],
    ['收    入', null, null, null, null, '支出'],
    [
      '项目',
      '行次',
      '年初预算数',
      '全年预算数',
      '决算数',
      '项    目',
      '行次',
      '年初预算数',
      '全年预算数',
      '决算数',
    ],
    ['栏次', null, 1, 2, 3, '栏次', null, 4, 5, 6],
    [
      '一、一般公共预算财政拨款收入',
      1,
      382.81,
      421.02,
      412.76,
      '一、一般公共服务支出',
      9,
      303.83,
      362.3,
      341.45,
    ],
    ['八、其他收入', 8, 49.85, 54.83, 53.76, '二、节能环保支出', 10, 138.84, 153.27, 142.51],
    ['本 年 收 入 合 计', 10, 432.66, 475.85, 466.52, '本 年 支 出 合 计', 13, 442.67, 515.57, 483.96],
    ['年初结转和结余', null, 10.01, 39.72, 17.44, '年末结转和结余', null, 0, 0, 0.5],
    ['总    计', null, 442.67, 515.57, 483.96, '总    计', null, 442.67, 515.57, 484.46],
  ];

  it('takes 本年支出合计 of the 支出 side, neither the 栏次 row nor 总计', () => {
    const p = byName(proposeBindings([sheet('01', rows)]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'01'!H9", alternatives: [] });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'01'!I9", alternatives: [] });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'01'!J9", value: '483.96', alternatives: [] });
  });

  it('reads a total row a blank row or two below the last item', () => {
    const gap = [...rows.slice(0, 8), [], [], ...rows.slice(8)];
    const p = byName(proposeBindings([sheet('01', gap)]).proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'01'!J11", alternatives: [] });
  });

  it("does not lend a table's headings to a figure below a blank row that is no total", () => {
    const r = proposeBindings([sheet('表', [['项目', '决算数'], ['合计', 480], [], ['上年结转', 12]])]);
    expect(r.proposals.filter((x) => x.address === "'表'!B4")).toEqual([]);
  });
});

describe('财决03 支出决算表 and the 基本支出决算表', () => {
  it('reads the 合计 row under a heading merged over two rows', () => {
    const r = proposeBindings([
      sheet(
        '财决03表',
        [
          ['支出决算表'],
          [null, null, null, null, null, '财决03表'],
          ['编制单位：某局', null, null, null, null, '单位： 万元'],
          ['项目', null, '本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
          ['科目编码', '科目名称'],
          ['合计', null, 1465.72, 872.24, 593.48],
          [201, '一般公共服务支出', 674.81, 401.58, 273.23],
          ['205', '教育支出', 201.72, 120.05, 81.67],
        ],
        ['A4:B4', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'A6:B6'],
      ),
    ]);
    expect(byName(r.proposals).get('PE_Expenditure')).toMatchObject({
      address: "'财决03表'!C6",
      value: '1465.72',
    });
  });

  it('refuses the same columns of a 预算 table', () => {
    const r = proposeBindings([
      sheet('支出预算表', [
        ['部门支出总表'],
        ['项目', '本年支出合计', '基本支出', '项目支出'],
        ['合计', 1500, 900, 600],
      ]),
    ]);
    expect(r.proposals.map((x) => x.name)).not.toContain('PE_Expenditure');
  });

  it('reads 公用经费合计 under a 金额 column of the 基本支出决算表', () => {
    const r = proposeBindings([
      sheet(
        '基本支出',
        [
          ['基本支出决算表'],
          ['编制单位：某局', null, null, null, null, '单位:万元'],
          ['人员经费', null, null, '公用经费'],
          ['科目编码', '科目名称', '金额', '科目编码', '科目名称', '金额'],
          ['301', '工资福利支出', 665.1, '302', '商品和服务支出', 119.9],
          ['30101', '基本工资', 266.04, '30201', '办公费', 36.89],
          ['人员经费合计', null, 739.01, '公用经费合计', null, 133.23],
        ],
        ['A3:C3', 'D3:F3', 'A7:B7', 'D7:E7'],
      ),
    ]);
    expect(byName(r.proposals).get('PE_PublicFundsActual')).toMatchObject({
      address: "'基本支出'!F7",
      value: '133.23',
    });
  });
});

describe('资产负债表 under a title merged across it', () => {
  it('reads 期末余额 of the asset side, 净值 for 固定资产 and 无形资产', () => {
    const r = proposeBindings([
      sheet(
        '资产负债表',
        [
          ['资产负债表'],
          [null, null, null, null, null, '会政01表'],
          ['编制单位：某局', null, null, '2019年度', null, '金额单位：万元'],
          ['资产', '期末余额', '年初余额', '负债和净资产', '期末余额', '年初余额'],
          ['流动资产：', null, null, '流动负债：'],
          ['  货币资金', 151.42, 164.28, '  应付职工薪酬', 40.98, 45.7],
          ['    流动资产合计', 252.38, 273.8, '    负债合计', 122.95, 137.12],
          ['非流动资产：'],
          ['  固定资产原值', 545.48, 616.8],
          ['    减：固定资产累计折旧', 141.42, 142.34],
          ['  固定资产净值', 404.06, 474.46],
          ['  在建工程', 41.9, 34.42],
          ['  无形资产净值', 8.79, 10.3],
          ['      资产总计', 707.13, 792.98, '负债和净资产总计', 707.13, 792.98],
        ],
        ['A1:F1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsCurrent')?.address).toBe("'资产负债表'!B7");
    expect(p.get('PE_AssetsFixed')).toMatchObject({ address: "'资产负债表'!B11", value: '404.06' });
    expect(p.get('PE_AssetsInProgress')?.address).toBe("'资产负债表'!B12");
    expect(p.get('PE_AssetsIntangible')?.address).toBe("'资产负债表'!B13");
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产负债表'!B14", alternatives: [] });
  });

  it('takes the title above a 编制单位 / date line as the table topic (a 项目支出 table is refused)', () => {
    const r = proposeBindings([
      sheet(
        '项目执行情况',
        [
          ['项目支出预算执行情况表'],
          ['编制单位：某局', null, null, '2024年12月31日', null, '单位： 万元'],
          ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率'],
          [1, '办公楼维修改造工程', 498.47, 540.87, 436.07, 0.8062],
          ['合计', null, 1803.28, 2168.44, 1753.96, 0.8089],
        ],
        ['A1:F1', 'A5:B5'],
      ),
    ]);
    expect(r.proposals.map((x) => x.name)).not.toContain('PE_Expenditure');
    expect(r.proposals.map((x) => x.name)).not.toContain('PE_BudgetInitial');
  });
});

describe("wordings of clerks' own 基础数据 sheets", () => {
  it.each([
    ['（1）部门年初预算数：', 'PE_BudgetInitial'],
    ['2.年度调整后预算', 'PE_BudgetAdjusted'],
    ['（六）“三公”经费支出数', 'PE_ThreePublicActual'],
    ['本年“三公”经费实际支出', 'PE_ThreePublicActual'],
    ['（八）公用经费支出', 'PE_PublicFundsActual'],
    ['日常公用经费预算数(万元)', 'PE_PublicFundsBudget'],
    ['上年度"三公"经费预算', 'PE_ThreePublicBudgetPrior'],
    ['（9）年初财政存量资金', 'PE_StockFundsPriorEnd'],
    ['固定资产净值', 'PE_AssetsFixed'],
    ['（十三）年末资产总额', 'PE_AssetsTotal'],
  ])('%s is %s', (label, name) => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['项目', '数值'],
        [label, 123.45],
      ]),
    ]);
    expect(r.proposals.find((x) => x.address === "'基础数据'!B2")?.name).toBe(name);
  });

  it.each([
    ['（17）核定编制（含工勤）', 'PE_StaffAuthorized'],
    ['人员编制', 'PE_StaffAuthorized'],
    ['已完成重点工作', 'PE_KeyTasksDone'],
    ['计划重点工作任务(项)', 'PE_KeyTasksPlanned'],
    ['效益指标个数', 'PE_OutcomesSet'],
    ['已达成效益指标数（个）', 'PE_OutcomesMet'],
  ])('%s is the count %s', (label, name) => {
    const r = proposeBindings([
      sheet('基础数据', [
        ['项目', '数值'],
        [label, 12],
      ]),
    ]);
    expect(r.proposals.find((x) => x.address === "'基础数据'!B2")?.name).toBe(name);
  });
});

describe('a budget-execution export', () => {
  it('reads 合计 × the running total (1-12月累计), not 本月', () => {
    const r = proposeBindings([
      sheet(
        '导出数据',
        [
          ['2022年1-12月部门预算执行情况表'],
          ['单位名称：某局', null, null, null, null, null, null, null, '单位：元'],
          ['科目编码', '功能科目名称', '预算指标', null, null, '支出', null, '执行进度', '指标结余'],
          [null, null, '年初预算', '追加（减）', '调整后预算', '本月', '1-12月累计'],
          [
            '合    计',
            null,
            12396326.96,
            3177833.28,
            15574160.24,
            3054230.72,
            14148305.68,
            0.9084,
            1425854.56,
          ],
          [
            201,
            '一般公共服务支出',
            9611832.1,
            2480456.43,
            12092288.53,
            1818174.52,
            10937043.33,
            0.9045,
            1155245.2,
          ],
        ],
        ['A1:I1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:G3', 'H3:H4', 'I3:I4', 'A5:B5'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'导出数据'!G5", value: '1414.830568' });
    expect(p.get('PE_BudgetInitial')?.address).toBe("'导出数据'!C5");
    expect(p.get('PE_BudgetAdjusted')?.address).toBe("'导出数据'!E5");
  });
});

describe('部门预算公开 tables', () => {
  it('reads 合计 × 日常公用经费 of the 基本支出 budget table, and not of a 决算 one', () => {
    const rows = (title: string) => [
      [title],
      ['编制单位：某局', null, '2024年度', null, '单位：万元'],
      ['部门预算支出经济分类科目', null, '2024年基本支出'],
      ['科目编码', '科目名称', '合计', '人员经费', '日常公用经费'],
      ['合计', null, 405.84, 336.2, 69.64],
      [301, '工资福利支出', 302.58, 302.58, null],
    ];
    const merges = ['A1:E1', 'A3:B3', 'C3:E3', 'A5:B5'];
    const budget = byName(
      proposeBindings([sheet('基本支出预算表', rows('一般公共预算基本支出表'), merges)]).proposals,
    );
    expect(budget.get('PE_PublicFundsBudget')).toMatchObject({
      address: "'基本支出预算表'!E5",
      value: '69.64',
    });
    const actual = proposeBindings([sheet('基本支出', rows('基本支出决算表'), merges)]).proposals;
    expect(actual.map((x) => x.name)).not.toContain('PE_PublicFundsBudget');
  });

  it('reads this year and last year of a “三公”经费预算表 in 人民币元', () => {
    const r = proposeBindings([
      sheet(
        '“三公”经费预算表',
        [
          ['2019年“三公”经费预算情况表'],
          ['编制单位：某局', null, '2019年12月31日', '单位：人民币元'],
          ['项目', '2018年', '2019年', '增减'],
          ['合计', 327932, 329714, 1782],
          ['因公出国（境）费', 0, 0, 0],
          ['公务接待费', 10514, 10192, -322],
        ],
        ['A1:D1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      address: "'“三公”经费预算表'!C4",
      value: '32.9714',
    });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({
      address: "'“三公”经费预算表'!B4",
      value: '32.7932',
    });
  });

  it('reads 本年支出合计 × 金额 of a 部门收支总表 as the budget, of a 决算 as the spending', () => {
    const rows = (title: string) => [
      [title],
      ['收入', null, '支出'],
      ['项目', '金额', '项目', '金额'],
      ['一般公共预算拨款收入', 503.05, '一般公共服务支出', 561.44],
      ['本年收入合计', 529.53, '本年支出合计', 561.44],
    ];
    const b = byName(proposeBindings([sheet('表1', rows('某局2024年部门收支总表'))]).proposals);
    expect(b.get('PE_BudgetInitial')?.address).toBe("'表1'!D5");
    expect(b.has('PE_Expenditure')).toBe(false);
    const a = byName(proposeBindings([sheet('表1', rows('收入支出决算总表'))]).proposals);
    expect(a.get('PE_Expenditure')?.address).toBe("'表1'!D5");
    expect(a.has('PE_BudgetInitial')).toBe(false);
  });
});

describe('a transposed asset summary', () => {
  it('reads the 年末 row of year-named rows under asset-class headings', () => {
    const r = proposeBindings([
      sheet('资产', [
        ['资产情况', null, null, null],
        ['项目', '资产总计', '流动资产', '固定资产'],
        ['2022年末', 1059.13, 573.05, 461.64],
        ['2021年末', 980, 500, 460],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产'!B3", alternatives: [] });
    expect(p.get('PE_AssetsCurrent')?.address).toBe("'资产'!C3");
    expect(p.get('PE_AssetsFixed')?.address).toBe("'资产'!D3");
  });

  it('reads 期末数 / 本年末 rows the same way, and never 年初数', () => {
    const r = proposeBindings([
      sheet('资产', [
        ['项目', '资产总计', '流动资产'],
        ['年初数', 980, 500],
        ['本年末', 1059.13, 573.05],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsTotal')?.address).toBe("'资产'!B3");
    expect(p.get('PE_AssetsCurrent')?.address).toBe("'资产'!C3");
  });
});

describe('a 自评表 with a staff line above its 资金 block', () => {
  it('stops the headings of 年初预算数 at the staff line', () => {
    const r = proposeBindings([
      sheet(
        '自评',
        [
          ['部门整体支出绩效自评表（2024年度）'],
          [null, null, null, null, null, null, '金额单位：万元'],
          ['人员编制', 21, '实有人数', 19, '联系电话', '0708-8876775'],
          ['年度预算执行情况（万元）', null, '年初预算数', '全年（调整）预算数', '全年执行数', '执行率'],
          [null, '年度资金总额', 378.57, 469.2, 430.03, 0.9165],
          [null, '其中：当年财政拨款', 340.82, 422.42, 387.15, 0.9165],
        ],
        ['A1:G1', 'A4:A6'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'自评'!C5", value: '378.57' });
    expect(p.get('PE_StaffAuthorized')?.value).toBe('21');
    expect(p.get('PE_StaffActual')?.value).toBe('19');
  });
});

describe('the 基本支出决算表 in three 科目 groups', () => {
  it('takes 公用经费合计, not the coded items under the 公用经费 group heading', () => {
    const r = proposeBindings([
      sheet(
        '基本支出',
        [
          ['基本支出决算表'],
          ['人员经费', null, null, '公用经费'],
          [
            '科目编码',
            '科目名称',
            '决算数',
            '科目编码',
            '科目名称',
            '决算数',
            '科目编码',
            '科目名称',
            '决算数',
          ],
          [
            '301',
            '工资福利支出',
            665.1,
            '302',
            '商品和服务支出',
            119.9,
            '30299',
            '其他商品和服务支出',
            18.47,
          ],
          ['30101', '基本工资', 266.04, '30201', '办公费', 36.89, '310', '资本性支出', 13.33],
          ['人员经费合计', null, 739.01, '公用经费合计', null, null, null, null, 133.23],
        ],
        ['A1:I1', 'A2:C2', 'D2:I2', 'A6:B6', 'D6:H6'],
      ),
    ]);
    expect(byName(r.proposals).get('PE_PublicFundsActual')).toMatchObject({
      address: "'基本支出'!I6",
      value: '133.23',
      alternatives: [],
    });
  });
});

describe('财决07 “三公”经费支出决算表', () => {
  it('passes over the unlabelled 1 | 2 | 3 … column-number row', () => {
    const r = proposeBindings([
      sheet(
        '财决07表',
        [
          ['一般公共预算财政拨款“三公”经费支出决算表'],
          ['编制单位：某局', null, null, null, null, null, '单位：万元'],
          ['预算数', null, null, null, '决算数'],
          [
            '“三公”经费合计',
            '因公出国(境)费',
            '公务用车购置及运行费',
            '公务接待费',
            '“三公”经费合计',
            '因公出国(境)费',
            '公务用车购置及运行费',
            '公务接待费',
          ],
          [1, 2, 3, 4, 5, 6, 7, 8],
          [10.61, 0, 4.58, 6.03, 10.53, 0, 4.56, 5.97],
        ],
        ['A1:H1', 'A3:D3', 'E3:H3'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'财决07表'!A6", alternatives: [] });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'财决07表'!E6", alternatives: [] });
  });

  it('keeps a data row that merely counts up', () => {
    const r = proposeBindings([
      sheet('人员', [
        ['项目', '编制人数'],
        ['合计', 1],
      ]),
    ]);
    expect(byName(r.proposals).get('PE_StaffAuthorized')?.value).toBe('1');
  });
});

describe('procurement and 小计 wordings', () => {
  it('reads 合计 × 金额 of a 政府采购预算表 as the plan, not of a 政府采购执行 table', () => {
    const rows = (title: string) => [
      [title],
      ['序号', '采购项目', '采购品目', '数量', '金额'],
      [1, '办公设备', 'C16070000', 10, 47.97],
      ['合计', null, null, null, 47.97],
    ];
    const plan = byName(proposeBindings([sheet('表9', rows('政府采购预算表'))]).proposals);
    expect(plan.get('PE_ProcurementPlan')?.address).toBe("'表9'!E4");
    const done = proposeBindings([sheet('表9', rows('政府采购执行情况表'))]).proposals;
    expect(done.map((x) => x.name)).not.toContain('PE_ProcurementPlan');
  });

  it('reads 实际政府采购金额 and 本年决算支出数 in a list', () => {
    const r = proposeBindings([
      sheet('数据', [
        ['10.实际政府采购金额：', null, 53.9],
        ['本年决算支出数', null, 672.18],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ProcurementActual')?.value).toBe('53.9');
    expect(p.get('PE_Expenditure')?.value).toBe('672.18');
  });
});
