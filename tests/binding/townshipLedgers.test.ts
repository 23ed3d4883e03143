/**
 * Ledgers kept by month (a 财政所's 收支台账, 指标台账 and “三公” 台账): every month closes with a
 * 本月合计 and a 本年累计 line, so only the year's line answers: the 全年合计, or the last
 * 本年累计 that no dated entry follows. Every other month line is refused.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const HEAD = ['日期', '凭证号', '摘要', '收入', '支出', '余额'];

describe('a 收支台账 closed month by month', () => {
  const book = sheet('收支台账', [
    ['某镇财政所2023年收支台账'],
    ['单位名称：某镇人民政府', null, null, null, null, '金额单位：元'],
    HEAD,
    [null, null, '上年结转', null, null, 120000],
    ['2023-10-08', '记-101', '收到财政拨款', 300000, null, 420000],
    ['2023-10-20', '记-102', '支付10月工资', null, 250000.5, 169999.5],
    ['2023-10-31', null, '本月合计', 300000, 250000.5, 169999.5],
    [null, null, '本年累计', 2900000, 2750000.5, 169999.5],
    ['2023-11-05', '记-103', '收到11月经费', 200000, null, 369999.5],
    ['2023-11-18', '记-104', '付电费', null, 180000, 189999.5],
    ['2023-11-30', null, '本月合计', 200000, 180000, 189999.5],
    [null, null, '本年累计', 3100000, 2930000.5, 189999.5],
    ['2023-12-06', '记-105', '收到上级补助', 100000, null, 289999.5],
    ['2023-12-27', '记-106', '村级运转经费', null, 289999.5, 0],
    ['2023-12-31', null, '本月合计', 100000, 289999.5, 0],
    [null, null, '本年累计', 3200000, 3220000, 0],
  ]);

  it('reads December’s 本年累计 支出 as the year’s spending, in 万元', () => {
    const p = byName(proposeBindings([book]).proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({
      address: "'收支台账'!E16",
      value: '322',
      sourceUnit: '元',
      alternatives: [],
    });
  });

  it('refuses every 本月合计 and every earlier 本年累计, and the book’s balance', () => {
    const all = proposeBindings([book]).proposals;
    const monthCells = ['E7', 'E8', 'E11', 'E12', 'E15'].map((a) => `'收支台账'!${a}`);
    for (const p of all) {
      expect(monthCells).not.toContain(p.address);
      for (const alt of p.alternatives) expect(monthCells).not.toContain(alt.address);
    }
    expect(all.find((p) => p.name === 'PE_StockFundsEnd')).toBeUndefined();
  });

  it('reads nothing while entries follow the last 本年累计 (a month not closed yet)', () => {
    const open = sheet('流水账', [
      ['2023年收支台账'],
      HEAD,
      ['2023-11-05', '记-103', '收到11月经费', 200000, null, 369999.5],
      ['2023-11-30', null, '本月合计', 200000, 180000, 189999.5],
      [null, null, '本年累计', 3100000, 2930000.5, 189999.5],
      ['2023-12-06', '记-105', '付维修费', null, 1000, 188999.5],
    ]);
    expect(byName(proposeBindings([open]).proposals).get('PE_Expenditure')).toBeUndefined();
  });

  it('with 月 | 日 under a merged year and a 全年合计 line, takes the year’s line (both say the same)', () => {
    const md = sheet(
      '现金日记账',
      [
        ['2022年收支台账'],
        [null, null, null, null, null, null, '单位：元'],
        ['2022年', null, '凭证号', '摘要', '收入', '支出', '余额'],
        ['月', '日'],
        [null, null, null, '期初余额', null, null, 5000],
        [12, 3, '记-050', '收到12月经费', 80000, null, 85000],
        [12, 20, '记-051', '付网络费', null, 60000, 25000],
        [12, 31, null, '本月合计', 80000, 60000, 25000],
        [null, null, null, '本年累计', 910000, 890000, 25000],
        [null, null, null, '全年合计', 910000, 890000, 25000],
        [null, null, null, '结转下年', null, null, 25000],
      ],
      ['A3:B3', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4'],
    );
    const p = byName(proposeBindings([md]).proposals).get('PE_Expenditure');
    expect(p).toMatchObject({ value: '89', alternatives: [] });
    expect(["'现金日记账'!F9", "'现金日记账'!F10"]).toContain(p?.address);
  });

  it('reads the year’s line above the signatures under the book', () => {
    const signed = sheet('台账', [
      ['2023年收支台账（单位：万元）'],
      HEAD,
      ['2023-12-06', '记-105', '付维修费', null, 12, 0],
      ['2023-12-31', null, '本月合计', 10, 12, 0],
      [null, null, '本年累计', 320, 305, 0],
      [],
      [null, '制表人：李四', '审核人：王五'],
    ]);
    expect(byName(proposeBindings([signed]).proposals).get('PE_Expenditure')).toMatchObject({
      address: "'台账'!E5",
      value: '305',
    });
  });

  it('reads 年 | 月 | 日 typed as numbers, the month from the 月 column', () => {
    const ymd = sheet('流水账', [
      ['收支台账（单位：万元）'],
      ['年', '月', '日', '凭证号', '摘要', '收入', '支出', '余额'],
      [2023, 11, 30, null, '本月合计', 20, 18, 2],
      [null, null, null, null, '本年累计', 310, 293, 2],
      [2023, 12, 31, null, '本月合计', 10, 12, 0],
      [null, null, null, null, '本年累计', 320, 305, 0],
    ]);
    const p = byName(proposeBindings([ymd]).proposals).get('PE_Expenditure');
    expect(p).toMatchObject({ address: "'流水账'!G6", value: '305', confidence: 0.9 });
    expect(p?.label).toContain('12月');
  });

  it('reads dates stored as Excel date serials', () => {
    // 45260 = 2023-11-30, 45291 = 2023-12-31.
    const serial = sheet('台账', [
      ['2023年台账（单位：万元）'],
      HEAD,
      [45260, null, '本月合计', 20, 18, 2],
      [null, null, '本年累计', 310, 293, 2],
      [45291, null, '本月合计', 10, 12, 0],
      [null, null, '本年累计', 320, 305, 0],
    ]);
    const p = byName(proposeBindings([serial]).proposals).get('PE_Expenditure');
    expect(p).toMatchObject({ address: "'台账'!E6", value: '305' });
    expect(p?.label).toContain('12月');
  });
});

describe('a ledger closed by a bare 合计', () => {
  it('reads a one-month 日记账’s 合计 as no year’s spending', () => {
    const month = sheet('现金日记账', [
      ['2023年3月现金日记账（单位：元）'],
      HEAD,
      ['2023-03-02', '记-001', '收到3月经费', 300000, null, 300000],
      ['2023-03-20', '记-002', '付电费', null, 2000, 298000],
      [null, null, '合计', 300000, 2000, 298000],
    ]);
    expect(byName(proposeBindings([month]).proposals).get('PE_Expenditure')).toBeUndefined();
  });

  it('where every month closes with 合计 | 累计, reads the last 累计, never a month’s 合计', () => {
    const book = sheet('收支台账', [
      ['2023年收支台账（单位：万元）'],
      HEAD,
      ['2023-11-05', '记-103', '收到11月经费', 20, null, 22],
      [null, null, '合计', 20, 18, 4],
      [null, null, '累计', 310, 293, 4],
      ['2023-12-06', '记-105', '付维修费', null, 12, 0],
      [null, null, '合计', 10, 12, 0],
      [null, null, '累计', 320, 305, 0],
    ]);
    const p = byName(proposeBindings([book]).proposals).get('PE_Expenditure');
    expect(p).toMatchObject({ address: "'收支台账'!E8", value: '305', alternatives: [] });
  });
});

describe('a 指标台账', () => {
  it('reads no initial budget from one of two 年初 lines (基本支出 and 项目支出 指标)', () => {
    const quota = sheet('指标台账', [
      ['2023年预算指标台账（单位：万元）'],
      ['日期', '文号', '摘要', '下达数', '支出数', '可用余额'],
      ['2023-01-12', '县财〔2023〕8号', '年初基本支出指标', 150, null, 150],
      ['2023-01-12', '县财〔2023〕9号', '年初项目支出指标', 50, null, 200],
      ['2023-12-28', null, '12月支出', null, 190, 10],
      [null, null, '合计', 200, 190, 10],
    ]);
    const p = byName(proposeBindings([quota]).proposals);
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'指标台账'!D6", value: '200' });
  });

  it('reads the 年初 指标 line and the year’s 下达 (年初 plus every 追加), refusing each 追加', () => {
    const quota = sheet('指标台账', [
      ['2023年预算指标台账'],
      [null, null, null, null, null, '单位：元'],
      ['日期', '文号', '摘要', '指标下达', '指标使用', '指标结余'],
      ['2023-01-12', '县财〔2023〕8号', '下达2023年年初预算指标', 2000000, null, 2000000],
      ['2023-01-28', null, '1月支出', null, 150000, 1850000],
      ['2023-05-09', '县财〔2023〕65号', '追加指标', 300000, null, 2150000],
      ['2023-12-28', null, '12月支出', null, 1900000, 250000],
      [null, null, '本年累计', 2300000, 2050000, 250000],
    ]);
    const p = byName(proposeBindings([quota]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'指标台账'!D4", value: '200' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({
      address: "'指标台账'!D8",
      value: '230',
      alternatives: [],
    });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'指标台账'!E8", value: '205' });
    expect(p.get('PE_StockFundsEnd')).toBeUndefined();
  });
});

describe('a “三公” 台账', () => {
  it('reads the control figure on top and the last month’s 本年累计, even before December', () => {
    const tp = sheet('三公经费台账', [
      ['2023年“三公”经费支出台账'],
      [null, null, null, null, '单位：万元'],
      ['日期', '凭证号', '摘要', '类别', '金额'],
      [null, null, '年度预算控制数', null, 12.5],
      ['2023-03-02', '记-013', '接待检查组', '公务接待', 1.2],
      [null, null, '本月合计', null, 1.2],
      [null, null, '本年累计', null, 1.2],
      ['2023-11-07', '记-031', '车辆加油', '公务用车运行维护', 3.4],
      [null, null, '本月合计', null, 3.4],
      [null, null, '本年累计', null, 4.6],
    ]);
    const p = byName(proposeBindings([tp]).proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'三公经费台账'!E4", value: '12.5' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({
      address: "'三公经费台账'!E10",
      value: '4.6',
      alternatives: [],
    });
  });

  it('is no “三公” 台账 without the topic: a 类别 | 金额 list of other spending answers nothing', () => {
    const other = sheet('支出台账', [
      ['2023年支出台账'],
      ['日期', '凭证号', '摘要', '类别', '金额'],
      ['2023-12-02', '记-013', '购办公用品', '办公费', 1.2],
      [null, null, '本月合计', null, 1.2],
      [null, null, '本年累计', null, 9.6],
    ]);
    const names = proposeBindings([other]).proposals.map((p) => p.name);
    expect(names).not.toContain('PE_ThreePublicActual');
    expect(names).not.toContain('PE_Expenditure');
  });
});
