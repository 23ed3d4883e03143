/**
 * PivotTables pasted as values: a clerk sums a 指标 / 支出 export (or a 花名册) with a PivotTable
 * and pastes the result onto its own sheet. The value fields are named by their aggregation
 * (求和项:年初预算数, 计数项:姓名, Sum of 支出数), group subtotals stand on the group's row (compact
 * form) or on an "X 汇总" row (tabular form), 总计 closes the body.
 */
import { proposeBindings, type GridCell, type Proposal } from '../../src/engine/binding';
import { findPivotTables, valueFieldOf } from '../../src/engine/binding/pivotTables';
import { sheet, type Plain } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

function propose(name: string, rows: Plain[][]): Map<string, Proposal> {
  return byName(proposeBindings([sheet(name, rows)]).proposals);
}

describe('a spending pivot in the compact form', () => {
  const rows: Plain[][] = [
    ['年度', 2023],
    ['单位名称', '(全部)'],
    [],
    [null, null, null, '单位：万元'],
    ['行标签', '求和项:年初预算数', '求和项:调整后预算数', '求和项:支出数', '求和项:上年支出数'],
    ['人员经费', 620.5, 640.2, 638.1, 601.3],
    ['基本工资', 300, 310, 309.5, 290],
    ['津贴补贴', 320.5, 330.2, 328.6, 311.3],
    ['公用经费', 80, 80, 77.4, 75.2],
    ['办公费', 30, 30, 29.1, 28],
    ['公务接待费', 10, 10, 8.3, 9.2],
    ['差旅费', 40, 40, 40, 38],
    ['项目支出', 150, 210, 190.5, 160],
    ['信息化建设', 150, 210, 190.5, 160],
    ['总计', 850.5, 930.4, 906, 836.5],
  ];

  it('reads the 总计 row as the whole of each summed field', () => {
    const p = propose('数据透视表', rows);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'数据透视表'!B15", value: '850.5' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'数据透视表'!C15", value: '930.4' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'数据透视表'!D15", value: '906' });
  });

  it('reads the 公用经费 group’s own row as its subtotal, never last year’s column', () => {
    const p = propose('数据透视表', rows);
    expect(p.get('PE_PublicFundsBudget')?.value).toBe('80');
    expect(p.get('PE_PublicFundsBudget')?.address).toMatch(/!(?:B|C)9$/);
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'数据透视表'!D9", value: '77.4' });
    // The 公务接待费 item is one line of 公用经费, not a “三公” table's.
    expect(p.get('PE_ThreePublicActual')).toBeUndefined();
    expect(p.get('PE_ThreePublicBudget')).toBeUndefined();
  });
});

describe('a spending pivot in the tabular form, the unit in the field names', () => {
  it('reads "公用经费 汇总" as the group’s subtotal and the figures in 元', () => {
    const p = propose('Sheet2', [
      ['某局2023年度支出汇总'],
      ['年度', 2023],
      [],
      ['支出性质', '科目名称', '求和项:年初预算数(元)', '求和项:全年预算数(元)', '求和项:实际支出(元)'],
      ['人员经费', '基本工资', 3000000, 3100000, 3095000],
      [null, '住房公积金', 205000, 210000, 209800],
      ['人员经费 汇总', null, 3205000, 3310000, 3304800],
      ['公用经费', '办公费', 301200.5, 301200.5, 290000],
      [null, '电费', 98800, 98800, 99100.25],
      ['公用经费 汇总', null, 400000.5, 400000.5, 389100.25],
      ['项目支出', '专项业务费', 1500000, 2100000, 1904000],
      ['项目支出 汇总', null, 1500000, 2100000, 1904000],
      ['总计', null, 5105000.5, 5810000.5, 5597900.25],
    ]);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'Sheet2'!C13", value: '510.50005' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'Sheet2'!D13", value: '581.00005' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'Sheet2'!E13", value: '559.790025' });
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ value: '40.00005' });
    expect(p.get('PE_PublicFundsBudget')?.address).toMatch(/!(?:C|D)10$/);
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'Sheet2'!E10", value: '38.910025' });
  });
});

describe('the “三公” pivot', () => {
  it('reads its 总计 as the “三公” budget, spending and last year’s budget, and none as the whole budget', () => {
    const p = propose('三公透视', [
      [null, null, '金额单位：元'],
      ['费用类别', '求和项:预算数', '求和项:决算数', '求和项:上年预算数'],
      ['公务接待费', 42000, 36600, 45000],
      ['公务用车运行维护费', 90000, 88000, 97900],
      ['总计', 132000, 124600, 142900],
    ]);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'三公透视'!B5", value: '13.2' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: "'三公透视'!C5", value: '12.46' });
    expect(p.get('PE_ThreePublicBudgetPrior')).toMatchObject({ address: "'三公透视'!D5", value: '14.29' });
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toBeUndefined();
  });
});

describe('the staff pivot: 计数项:姓名 by 人员类别', () => {
  it('counts the 行政编制’s staff in post, never its posts, and 总计 as 在编人数 when all are 编制', () => {
    const p = propose('人员透视', [
      ['人员状态', '在职'],
      [],
      ['行标签', '计数项:姓名'],
      ['公务员（行政编制）', 35],
      ['事业编制', 12],
      ['机关工勤', 3],
      ['总计', 50],
    ]);
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'人员透视'!B4", value: '35' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员透视'!B7", value: '50' });
    expect(p.get('PE_OfficialsAuthorized')).toBeUndefined();
    expect(p.get('PE_StaffAuthorized')).toBeUndefined();
  });

  it('refuses the 总计 when an 编外 row is counted, and a 行政编制 count is still no 编制数', () => {
    const p = propose('Sheet4', [
      ['编制类型', '计数项:身份证号'],
      ['行政编制', 35],
      ['事业编制', 12],
      ['编外聘用', 6],
      ['总计', 53],
    ]);
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'Sheet4'!B2", value: '35' });
    expect(p.get('PE_StaffActual')).toBeUndefined();
    expect(p.get('PE_OfficialsAuthorized')).toBeUndefined();
    expect(p.get('PE_StaffAuthorized')).toBeUndefined();
  });

  it('reads a 计数项:人员编号 column as counts, not as row numbers', () => {
    const p = propose('人员汇总', [
      ['人员类别', '计数项:人员编号'],
      ['行政编制', 21],
      ['工勤编制', 2],
      ['总计', 23],
    ]);
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'人员汇总'!B2", value: '21' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员汇总'!B4", value: '23' });
  });

  it('in the tabular form, reads 编制内 汇总 as 在编人数 and refuses the 总计 over 编制外 too', () => {
    const p = propose('人员汇总', [
      ['编制类型', '人员类别', '计数项:姓名'],
      ['编制内', '公务员（行政编制）', 35],
      [null, '事业编制', 12],
      ['编制内 汇总', null, 47],
      ['编制外', '劳务派遣', 6],
      ['编制外 汇总', null, 6],
      ['总计', null, 53],
    ]);
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'人员汇总'!C2", value: '35' });
    expect(p.get('PE_StaffActual')).toMatchObject({
      address: "'人员汇总'!C4",
      value: '47',
      alternatives: [],
    });
  });

  it('with a column field (性别), reads the 总计 column of each category', () => {
    const p = propose('人员透视', [
      ['计数项:姓名', '列标签'],
      ['行标签', '男', '女', '总计'],
      ['行政编制', 20, 15, 35],
      ['事业编制', 5, 7, 12],
      ['总计', 25, 22, 47],
    ]);
    expect(p.get('PE_OfficialsActual')).toMatchObject({ address: "'人员透视'!D3", value: '35' });
    expect(p.get('PE_StaffActual')).toMatchObject({ address: "'人员透视'!D5", value: '47' });
    expect(p.get('PE_OfficialsAuthorized')).toBeUndefined();
  });

  it('reads nothing when the report filter lets retired staff in', () => {
    const p = propose('人员透视', [
      ['人员状态', '(全部)'],
      [],
      ['行标签', '计数项:姓名'],
      ['行政编制', 35],
      ['事业编制', 12],
      ['总计', 47],
    ]);
    expect(p.get('PE_OfficialsActual')).toBeUndefined();
    expect(p.get('PE_StaffActual')).toBeUndefined();
  });
});

describe('a pivot with a column field', () => {
  it('reads the 总计 row × 总计 column as the field’s whole, an item column as that item’s', () => {
    const p = propose('透视', [
      ['单位：万元'],
      ['求和项:支出数', '列标签'],
      ['行标签', '基本支出', '项目支出', '总计'],
      ['专项业务费', null, 190.5, 190.5],
      ['人员经费', 620.5, null, 620.5],
      ['公用经费', 80, 4.5, 84.5],
      ['总计', 700.5, 195, 895.5],
    ]);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'透视'!D7", value: '895.5', alternatives: [] });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'透视'!D6", value: '84.5' });
  });

  it('reads the 总计 row under a column item as that item’s whole', () => {
    const p = propose('透视', [
      ['求和项:执行数(元)', '列标签'],
      ['科室', '人员经费', '公用经费', '项目支出', '总计'],
      ['办公室', 3205000, 500000, 905000, 4610000],
      ['业务科', 3000000, 300000, 1000000, 4300000],
      ['总计', 6205000, 800000, 1905000, 8910000],
    ]);
    expect(p.get('PE_PublicFundsActual')).toMatchObject({
      address: "'透视'!C5",
      value: '80',
      alternatives: [],
    });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'透视'!E5", value: '891' });
  });

  it('with several value fields over the column items, reads the 汇总 columns and the 总计 row only', () => {
    const p = propose('透视', [
      [null, '列标签'],
      [null, '人员经费', null, '公用经费', null, '项目支出', null, null, null],
      [
        '行标签',
        '求和项:年初预算数',
        '求和项:支出数',
        '求和项:年初预算数',
        '求和项:支出数',
        '求和项:年初预算数',
        '求和项:支出数',
        '求和项:年初预算数汇总',
        '求和项:支出数汇总',
      ],
      ['办公室', 320.5, 318, 50, 47.4, 90.5, 88, 461, 453.4],
      ['业务科', 300, 301.1, 30, 30, 100, 99.5, 430, 430.6],
      ['总计', 620.5, 619.1, 80, 77.4, 190.5, 187.5, 891, 884],
    ]);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'透视'!H6", value: '891', alternatives: [] });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'透视'!I6", value: '884', alternatives: [] });
    expect(p.get('PE_PublicFundsBudget')).toMatchObject({ address: "'透视'!D6", value: '80' });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'透视'!E6", value: '77.4' });
  });

  it('reads nothing of a pivot by year: its 总计 column sums years, and no column says which is the evaluation’s', () => {
    const p = propose('透视', [
      ['求和项:支出数', '列标签'],
      ['行标签', 2022, 2023, '总计'],
      ['人员经费', 600, 620.5, 1220.5],
      ['公用经费', 75.2, 80, 155.2],
      ['总计', 675.2, 700.5, 1375.7],
    ]);
    expect(p.get('PE_Expenditure')).toBeUndefined();
    expect(p.get('PE_PublicFundsActual')).toBeUndefined();
  });
});

describe('a pivot over several years', () => {
  it('reads nothing when the year filter lets every year in', () => {
    const p = propose('透视', [
      ['年度', '(全部)'],
      [],
      ['行标签', '求和项:年初预算数', '求和项:支出数'],
      ['人员经费', 1220.5, 1219.1],
      ['公用经费', 155.2, 150.3],
      ['总计', 1375.7, 1369.4],
    ]);
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toBeUndefined();
    expect(p.get('PE_PublicFundsActual')).toBeUndefined();
  });

  it('reads nothing when the rows are years: the 总计 adds them up', () => {
    const p = propose('透视', [
      ['行标签', '求和项:年初预算数', '求和项:支出数'],
      [2022, 675.2, 660],
      [2023, 700.5, 690.1],
      ['总计', 1375.7, 1350.1],
    ]);
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toBeUndefined();
  });
});

describe('a pivot over some “三公” kinds and other items', () => {
  it('reads its 总计 as neither the “三公” whole nor the department’s', () => {
    const p = propose('三公两费', [
      ['行标签', '求和项:预算数', '求和项:支出数'],
      ['公务接待费', 42000, 36600],
      ['公务用车运行维护费', 90000, 88000],
      ['会议费', 30000, 28000],
      ['培训费', 50000, 41000],
      ['总计', 212000, 193600],
    ]);
    for (const name of ['PE_ThreePublicBudget', 'PE_ThreePublicActual', 'PE_BudgetInitial', 'PE_Expenditure'])
      expect(p.get(name)).toBeUndefined();
  });
});

describe('value fields that are no sum', () => {
  it('takes no average, and no count of records that are not persons', () => {
    const p = propose('透视', [
      ['行标签', '平均值项:年初预算数', '计数项:支出数', '计数项:项目名称'],
      ['人员经费', 310.25, 2, 2],
      ['公用经费', 40, 3, 3],
      ['总计', 120.05, 5, 5],
    ]);
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_PublicFundsBudget')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toBeUndefined();
    expect(p.get('PE_ProjectsTotal')).toBeUndefined();
  });
});

describe('an English Excel’s pivot', () => {
  it('reads Sum of … and Grand Total as 求和项 and 总计', () => {
    const p = propose('Pivot', [
      ['Row Labels', 'Sum of 年初预算数', 'Sum of 支出数'],
      ['人员经费', 620.5, 638.1],
      ['公用经费', 80, 77.4],
      ['Grand Total', 700.5, 715.5],
    ]);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'Pivot'!B4", value: '700.5' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'Pivot'!C4", value: '715.5' });
    expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: "'Pivot'!C3", value: '77.4' });
  });
});

describe('finding the pivot', () => {
  it('names the aggregation and the source field of a value field heading', () => {
    expect(valueFieldOf('求和项:支出数(元)')).toEqual({ aggregation: 'sum', field: '支出数(元)' });
    expect(valueFieldOf('计数项：姓名')).toEqual({ aggregation: 'count', field: '姓名' });
    expect(valueFieldOf('平均值项:年初预算数')).toEqual({ aggregation: 'other', field: '年初预算数' });
    expect(valueFieldOf('Count of Name')).toEqual({ aggregation: 'count', field: 'Name' });
    expect(valueFieldOf('年初预算数')).toBeUndefined();
  });

  it('ends the body at 总计 and reads the report filters above the head', () => {
    const s = sheet('x', [
      ['年度', 2023],
      ['单位名称', '(全部)'],
      [],
      ['行标签', '求和项:支出数'],
      ['人员经费', 1],
      ['总计', 1],
      ['注：数据来自一体化系统导出'],
    ]);
    const cells = {
      rows: s.cells.length,
      cols: 2,
      textAt: (r: number, c: number) => {
        const x = s.cells[r]?.[c];
        return x?.kind === 'text' ? x.value : undefined;
      },
      isNumber: (r: number, c: number) => s.cells[r]?.[c]?.kind === 'number',
      rowEmpty: (r: number) => (s.cells[r] ?? []).every((x) => x.kind === 'empty'),
      raw: (r: number, c: number): GridCell => s.cells[r]?.[c] ?? { kind: 'empty' },
    };
    const [p] = findPivotTables(cells);
    expect(p).toMatchObject({ head: 3, bottom: 5, left: 0, firstValue: 1 });
    expect(p.filters).toEqual([{ name: '单位名称', value: '(全部)' }]);
  });
});
