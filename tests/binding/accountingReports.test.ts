/**
 * The year-end reports of an accounting package under 政府会计制度 (会政预01表 预算收入支出表,
 * 会政预03表 财政拨款预算收入支出表, 会政财02表 收入费用表): the year's column (本年累计数 /
 * 本年数) answers, never 本月数 or 上年数; the 总计 line's whole balances are the 财政存量资金;
 * balances split into 结转 | 结余 answer nothing; accrual 费用 is never the spending.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const head = (title: string, form: string, width: number, period: string): (string | null)[][] => [
  [title],
  [...Array<null>(width - 1).fill(null), form],
  ['编制单位：某县司法局', null, period, ...Array<null>(Math.max(0, width - 4)).fill(null), '单位：元'],
];

const budgetStatement = (monthly: boolean) =>
  sheet('会政预01表', [
    ...head('预算收入支出表', '会政预01表', 4, monthly ? '2023年12月' : '2023年度'),
    ['项目', '行次', ...(monthly ? ['本月数', '本年累计数'] : ['本年数', '上年数'])],
    ['一、本年预算收入', 1, ...(monthly ? [2100000, 15300000] : [15300000, 14800000])],
    ['（一）财政拨款预算收入', 2, ...(monthly ? [2000000, 14900000] : [14900000, 14500000])],
    ['二、本年预算支出', 12, ...(monthly ? [2870000.11, 19532662.17] : [19532662.17, 18700000])],
    ['（一）行政支出', 13, ...(monthly ? [2800000, 19069724.39] : [19069724.39, 18200000])],
    ['（八）其他支出', 20, ...(monthly ? [70000.11, 462937.78] : [462937.78, 500000])],
    ['三、本年预算收支差额', 21, 0, 0],
    [],
    ['单位负责人：', null, '财务负责人：', null],
  ]);

describe('a 预算收入支出表 (会政预01表)', () => {
  it('reads 本年预算支出 in the 本年累计数 column of the December run, not 本月数', () => {
    const p = byName(proposeBindings([budgetStatement(true)]).proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({
      address: "'会政预01表'!D7",
      value: '1953.266217',
      sourceUnit: '元',
      alternatives: [],
    });
  });

  it('reads 本年数 of the annual run, never 上年数 nor a kind of 支出', () => {
    const all = proposeBindings([budgetStatement(false)]).proposals;
    expect(byName(all).get('PE_Expenditure')).toMatchObject({ address: "'会政预01表'!C7", alternatives: [] });
    const refused = ['D7', 'C8', 'C9'].map((a) => `'会政预01表'!${a}`);
    for (const p of all) expect(refused).not.toContain(p.address);
  });
});

const fiscalStatement = (split: boolean) => {
  const heads = [
    '调整年初财政拨款结转结余',
    '本年归集调入',
    '本年归集上缴或调出',
    '单位内部调剂',
    '本年财政拨款收入',
    '本年财政拨款支出',
  ];
  const line = (label: string, b: number, inc: number, sp: number, e: number): (string | number)[] =>
    split
      ? [label, b * 0.9, b * 0.1, 0, 0, 0, 0, inc, sp, e * 0.8, e * 0.2]
      : [label, b, 0, 0, 0, 0, inc, sp, e];
  const width = split ? 11 : 9;
  const headRows: (string | null)[][] = split
    ? [
        [
          '项目',
          '年初财政拨款结转结余',
          '年初财政拨款结转结余',
          ...heads,
          '年末财政拨款结转结余',
          '年末财政拨款结转结余',
        ],
        ['项目', '结转', '结余', ...heads, '结转', '结余'],
      ]
    : [['项目', '年初财政拨款结转结余', ...heads, '年末财政拨款结转结余']];
  return sheet('财政拨款预算收入支出表', [
    ...head('财政拨款预算收入支出表', '会政预03表', width, '2023年12月'),
    ...headRows,
    line('一、一般公共预算财政拨款', 7000000, 15000000, 19000000, 3000000),
    line('  （一）基本支出', 0, 14500000, 14400000, 100000),
    line('      1.人员经费', 0, 12600000, 12600000, 0),
    line('      2.日常公用经费', 0, 1900000, 1800000, 100000),
    line('  （二）项目支出', 7000000, 500000, 4600000, 2900000),
    line('二、政府性基金预算财政拨款', 0, 0, 0, 0),
    line('总计', 7000000, 15000000, 19000000, 3000000),
  ]);
};

describe('a 财政拨款预算收入支出表 (会政预03表)', () => {
  it('reads the 总计 balances as the 财政存量资金 and 日常公用经费 spent', () => {
    const p = byName(proposeBindings([fiscalStatement(false)]).proposals);
    expect(p.get('PE_StockFundsPriorEnd')).toMatchObject({
      address: "'财政拨款预算收入支出表'!B11",
      value: '700',
    });
    expect(p.get('PE_StockFundsEnd')).toMatchObject({
      address: "'财政拨款预算收入支出表'!I11",
      value: '300',
    });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({
      address: "'财政拨款预算收入支出表'!H8",
      value: '180',
    });
    // 人员经费 and the table's 支出 total are not read (other funds may have paid a part).
    expect(p.get('PE_Expenditure')).toBeUndefined();
  });

  it('reads no balance split into 结转 | 结余', () => {
    const p = byName(proposeBindings([fiscalStatement(true)]).proposals);
    expect(p.get('PE_StockFundsPriorEnd')).toBeUndefined();
    expect(p.get('PE_StockFundsEnd')).toBeUndefined();
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'财政拨款预算收入支出表'!I9" });
  });
});

describe('a 收入费用表 (会政财02表)', () => {
  it('reads no 费用 as the spending', () => {
    const book = sheet('收入费用表', [
      ...head('收入费用表', '会政财02表', 3, '2023年12月'),
      ['项目', '本月数', '本年累计数'],
      ['一、本期收入', 2500000, 15300000],
      ['二、本期费用', 2900000, 18100000],
      ['（一）业务活动费用', 2400000, 14700000],
      ['三、本期盈余', -400000, -2800000],
    ]);
    const all = proposeBindings([book]).proposals.filter((p) => p.name !== 'PE_DeptName');
    expect(all).toEqual([]);
  });
});
