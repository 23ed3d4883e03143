/**
 * Figures of the exports a department prints from its systems rather than forms it fills in: the
 * treasury's 预算执行 export by month, a 财务软件's 科目余额表, and the sheets a 事业单位 keeps in
 * its own words. Each grid is the smallest piece of the real print that shows the pattern.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet, type Plain } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const MONTHS = Array.from({ length: 12 }, (_, m) => `${m + 1}月`);
/** Twelve month figures that add up to `total` (the last takes the rest). */
function monthsOf(total: number): number[] {
  const part = Math.floor(total / 12);
  return [...Array.from({ length: 11 }, () => part), total - part * 11];
}

describe('预算执行情况表 exported by month', () => {
  const heads = ['科目编码', '科目名称', '年初指标', '调整指标', '预算指标', ...MONTHS];
  const row = (code: number | null, name: string, ini: number, adj: number, act: number): Plain[] => [
    code,
    name,
    ini,
    adj - ini,
    adj,
    ...monthsOf(act),
    act,
    Number(((act / adj) * 100).toFixed(2)),
    monthsOf(act)[11],
    Math.round(act * 0.9),
    adj - act,
  ];
  const form = sheet(
    '指标执行明细',
    [
      ['某局2023年度预算执行情况表（按功能分类）'],
      ['查询条件：预算年度=2023；期间=1月至12月'],
      ['打印日期：2024-01-08', ...Array.from({ length: 20 }, () => null), '单位：元'],
      [...heads, '全年累计支出', '执行进度(%)', '本月支出', '上年同期累计', '指标余额'],
      row(201, '一般公共服务支出', 5000000, 5600000, 5400000),
      row(208, '社会保障和就业支出', 1200000, 1250000, 1240000),
      row(null, '本 单 位 合 计', 6200000, 6850000, 6640000),
    ],
    ['A1:I1'],
  );

  it('reads the total line across the months: 全年累计支出 the spending, 预算指标 the adjusted budget', () => {
    const p = byName(proposeBindings([form]).proposals);
    // 全年累计支出 stands 16 columns right of the row label, the twelve months between.
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'指标执行明细'!R7", value: '664' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'指标执行明细'!E7", value: '685' });
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'指标执行明细'!C7", value: '620' });
  });

  it('never takes 12月, 本月支出, 上年同期 or 指标余额 for the year', () => {
    const r = proposeBindings([form]);
    const taken = r.proposals.flatMap((p) => [p.address, ...p.alternatives.map((a) => a.address)]);
    for (const col of ['Q', 'T', 'U', 'V', 'D']) expect(taken).not.toContain(`'指标执行明细'!${col}7`);
  });
});

describe('预算执行情况表 with 预算指标 over its three columns', () => {
  it('reads 调整后预算 under the group, never 追加（减） for the adjusted budget', () => {
    const r = proposeBindings([
      sheet(
        '预算执行情况',
        [
          ['2022年预算执行情况表'],
          ['单位名称：某局', null, null, null, null, null, null, null, '单位：元'],
          ['功能科目编码', '科目名称', '预算指标', null, null, '支出', null, '执行进度', '指标结余'],
          [null, null, '年初预算', '追加（减）', '调整后预算', '本期支出数', '本年累计支出数'],
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
        ['A1:I1', 'C3:E3', 'F3:G3'],
      ),
    ]);
    const p = byName(r.proposals).get('PE_BudgetAdjusted');
    expect(p).toMatchObject({ address: "'预算执行情况'!E5", value: '1557.416024' });
    expect(p?.alternatives).toEqual([]);
  });
});

describe('“三公”经费执行情况 by month', () => {
  const line = (name: string, budget: number, actual: number): Plain[] => [
    name,
    budget,
    ...monthsOf(actual),
    actual,
    Number((actual / budget).toFixed(4)),
  ];
  const head: Plain[] = ['项目', '全年预算', ...MONTHS, '累计', '执行进度'];

  it('reads the 小计 line that sums the four as the “三公” total', () => {
    const p = byName(
      proposeBindings([
        sheet('三公经费执行', [
          ['2023年“三公”经费执行情况（按月）'],
          [...Array.from({ length: 15 }, () => null), '单位：元'],
          head,
          line('因公出国（境）费', 0, 0),
          line('公务接待费', 30000, 24000),
          line('公务用车运行维护费', 60000, 58000),
          line('公务用车购置费', 0, 0),
          line('小计', 90000, 82000),
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'三公经费执行'!B8", value: '9' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'三公经费执行'!O8", value: '8.2' });
  });

  it('leaves a 小计 that stands beside a 合计 line: it is one part of it', () => {
    const p = byName(
      proposeBindings([
        sheet('三公经费执行', [
          ['2023年“三公”经费执行情况（按月）'],
          [...Array.from({ length: 15 }, () => null), '单位：元'],
          head,
          line('因公出国（境）费', 10000, 8000),
          line('公务用车购置及运行维护费', 0, 0),
          line('小计', 60000, 58000),
          line('公务接待费', 30000, 24000),
          line('合计', 100000, 90000),
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'三公经费执行'!O8", value: '9' });
    expect(p.get('PE_ThreePublicActual')?.alternatives).toEqual([]);
  });
});

describe('a 事业单位 in its own words', () => {
  const income = sheet('收支情况', [
    ['某中学2023年度收入支出预决算对比表'],
    [null, null, null, '单位：万元'],
    ['项目', '年初预算数', '预算数（调整后）', '实际完成数'],
    ['一、收入'],
    ['财政补助收入', null, 820.5, 818.2],
    ['教育事业收入', null, 150, 148.3],
    ['收入合计', null, 970.5, 966.5],
    ['二、支出'],
    ['基本支出', 700, 700, 690],
    ['其中：人员经费', 600, 600, 596],
    ['商品和服务支出（公用经费）', 100, 100, 94],
    ['项目支出', 180, 270.5, 260.1],
    ['支出总计', 880, 970.5, 950.1],
  ]);

  it('reads 预算数（调整后） and 实际完成数 of the 支出总计 and 公用经费 rows, never the 收入 total', () => {
    const p = byName(proposeBindings([income]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'收支情况'!B13", value: '880' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'收支情况'!C13", value: '970.5' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'收支情况'!D13", value: '950.1' });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'收支情况'!D11", value: '94' });
    expect(p.get('PE_PublicFundsBudget')?.value).toBe('100');
  });

  it('reads the staff on the establishment (实有在编), never the 聘用 column', () => {
    const p = byName(
      proposeBindings([
        sheet('人员构成', [
          ['人员基本情况表'],
          ['岗位类别', '核定编制数', '实有在编', '聘用人员'],
          ['管理岗位', 8, 7, 2],
          ['专业技术岗位', 60, 57, 9],
          ['工勤技能岗位', 6, 5, 4],
          ['合计', 74, 69, 15],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_StaffAuthorized')).toMatchObject({ address: "'人员构成'!B6", value: '74' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员构成'!C6", value: '69' });
  });

  it('reads 核定事业编制 as the establishment of a 事业单位, not of a department that lists 行政 too', () => {
    const unit = byName(
      proposeBindings([
        sheet('人员情况', [
          ['项目', '人数', '备注'],
          ['核定事业编制', 45],
          ['编制内在职人数', 41],
          ['编制外聘用人员', 6],
          ['离退休人员', 12],
        ]),
      ]).proposals,
    );
    expect(unit.get('PE_StaffAuthorized')).toMatchObject({ address: "'人员情况'!B2", value: '45' });
    expect(unit.get('PE_StaffActual')).toMatchObject({ address: "'人员情况'!B3", value: '41' });
    const dept = byName(
      proposeBindings([
        sheet('人员情况', [
          ['项目', '人数'],
          ['核定行政编制', 20],
          ['核定事业编制', 12],
        ]),
      ]).proposals,
    );
    expect(dept.get('PE_StaffAuthorized')).toBeUndefined();
  });

  it('reads 长期待摊费用及其他 as the other assets and 患者满意度 as the service satisfaction', () => {
    const p = byName(
      proposeBindings([
        sheet('资产情况', [
          ['资产情况表', null, '单位：万元'],
          ['项目', '年初数', '年末数'],
          ['流动资产', 310.2, 355.8],
          ['固定资产', 1200.4, 1180.6],
          ['长期待摊费用及其他', 12.5, 9.3],
          ['资产总计', 1523.1, 1545.7],
        ]),
        sheet('补充资料', [['满意度测评结果'], ['职工满意度', 0.91], ['患者满意度', 0.94]]),
      ]).proposals,
    );
    expect(p.get('PE_AssetsOther')).toMatchObject({ address: "'资产情况'!C5", value: '9.3' });
    expect(p.get('PE_Satisfaction')).toMatchObject({ address: "'补充资料'!B3", value: '0.94' });
  });
});

describe('科目余额表 of a 财务软件, in 元', () => {
  it('direction columns: 1613 在建工程 at its 期末余额, 7101 行政支出 at 本期借方; 1601 / 1701 are 原值', () => {
    const r = proposeBindings([
      sheet(
        '科目余额表',
        [
          ['科目余额表'],
          [
            '核算单位：[101]某局',
            null,
            null,
            null,
            '会计期间：2023年1期至2023年12期',
            null,
            null,
            '金额单位：元',
          ],
          ['科目编码', '科目名称', '方向', '年初余额', '本期借方', '本期贷方', '方向', '期末余额'],
          ['1001', '库存现金', '借', 3200, 51000, 50400, '借', 3800],
          ['1601', '固定资产', '借', 5200000, 310000, 0, '借', 5510000],
          ['1602', '固定资产累计折旧', '贷', 2100000, 0, 240000, '贷', 2340000],
          ['1613', '在建工程', '借', 800000, 450000, 0, '借', 1250000],
          ['1701', '无形资产', '借', 96000, 0, 0, '借', 96000],
          ['1702', '无形资产累计摊销', '贷', 30000, 0, 9600, '贷', 39600],
          ['4001', '财政拨款收入', '平', 0, 0, 9120000, '贷', 9120000],
          ['7101', '行政支出', '平', 0, 8930000, 0, '借', 8930000],
          ['710101', '基本支出', '平', 0, 6200000, 0, '借', 6200000],
          ['710102', '项目支出', '平', 0, 2730000, 0, '借', 2730000],
        ],
        ['A1:H1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsInProgress')).toMatchObject({ address: "'科目余额表'!H7", value: '125' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'科目余额表'!E11", value: '893' });
    expect(p.get('PE_AssetsFixed')).toBeUndefined();
    expect(p.get('PE_AssetsIntangible')).toBeUndefined();
  });

  it('借方 | 贷方 pairs: the debit of 本期发生额, never a credit or the opening balance', () => {
    const r = proposeBindings([
      sheet(
        '余额表',
        [
          ['总账科目余额表'],
          ['核算单位：某中心', null, null, null, null, null, null, '单位：元'],
          ['科目编码', '科目名称', '年初余额', null, '本期发生额', null, '期末余额'],
          [null, null, '借方', '贷方', '借方', '贷方', '借方', '贷方'],
          ['1601.01', '固定资产-通用设备', 420000, 0, 36000, 0, 456000, 0],
          ['1613', '在建工程', 0, 0, 180000, 0, 180000, 0],
          ['7201', '事业支出', 0, 0, 4210000, 0, 4210000, 0],
          ['7201.01', '事业支出-基本支出', 0, 0, 3100000, 0, 3100000, 0],
        ],
        ['A1:H1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsInProgress')).toMatchObject({ address: "'余额表'!G6", value: '18' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'余额表'!E7", value: '421' });
    expect(p.get('PE_Expenditure')?.alternatives).toEqual([]);
    expect(p.get('PE_AssetsFixed')).toBeUndefined();
  });

  it('the 12th period: 本年累计借方 is the year, 本期借方 December only', () => {
    const r = proposeBindings([
      sheet('Sheet1', [
        ['科 目 余 额 表'],
        ['核算单位：某局', null, null, null, '会计期间：2023年12期', null, null, '单位：元'],
        [
          '科目编码',
          '科目名称',
          '期初余额',
          '本期借方',
          '本期贷方',
          '本年累计借方',
          '本年累计贷方',
          '方向',
          '期末余额',
        ],
        [1613, '在建工程', 300000, 60000, 0, 360000, 0, '借', 360000],
        [7101, '行政支出', 7300000, 1100000, 0, 8400000, 0, '借', 8400000],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'Sheet1'!F5", value: '840' });
    expect(p.get('PE_AssetsInProgress')).toMatchObject({ address: "'Sheet1'!I4", value: '36' });
  });

  it('a book kept before the 政府会计制度: 5001 经费支出; under it, 5001 业务活动费用 is a cost, no spending', () => {
    const rows = (name: string): Plain[][] => [
      ['科目余额表', null, null, null, null, '单位：元'],
      ['科目编码', '科目名称', '年初余额', '本期借方', '本期贷方', '期末余额'],
      ['4001', '财政拨款收入', 0, 0, 6400000, 6400000],
      ['5001', name, 0, 6310000, 0, 6310000],
    ];
    const old = byName(proposeBindings([sheet('余额表', rows('经费支出'))]).proposals);
    expect(old.get('PE_Expenditure')).toMatchObject({ address: "'余额表'!D4", value: '631' });
    const accrual = byName(proposeBindings([sheet('余额表', rows('业务活动费用'))]).proposals);
    expect(accrual.get('PE_Expenditure')).toBeUndefined();
  });
});
