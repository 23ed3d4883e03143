/**
 * Finding PE_FunctionalTable: the plain 4-column table, a 财决 table with codes and 款/项 lines,
 * a 元 table, a table without 上年决算数, distractors refused and two tables as a choice.
 */
import {
  findFunctionalTable,
  proposeBindings,
  type FunctionalTableCandidate,
} from '../../../src/engine/binding';
import { scoreFunctional } from '../../../bench/functionalTable';
import { sheet, type Plain } from './grids';

/** [name, budget, final, prior] in 万元, as the rows came out. */
function figures(t: FunctionalTableCandidate | undefined): Array<Array<string | undefined>> {
  return (t?.rows ?? []).map((r) => [
    r.name,
    r.figures.budget?.value,
    r.figures.final?.value,
    r.figures.prior?.value,
  ]);
}

const SAMPLE: Plain[][] = [
  ['一般公共服务支出', 561.58, 600.59, 452.3],
  ['社会保障和就业支出', 45.44, 54.19, 275.64],
  ['医疗卫生与计划生育支出', 13.42, 15.8, 11.86],
  ['公共安全支出', 3.6, 3.6, 0],
];

describe('findFunctionalTable', () => {
  it('reads the plain table [科目名称, 年初预算数, 本年决算数, 上年决算数]', () => {
    const r = findFunctionalTable([
      sheet('功能分类', [['科目名称', '年初预算数', '本年决算数', '上年决算数'], ...SAMPLE]),
    ]);
    const p = r.proposal;
    expect(p).toMatchObject({
      name: 'PE_FunctionalTable',
      address: "'功能分类'!A2:D5",
      labelAddress: "'功能分类'!A1",
      sourceUnit: '万元',
      unitAssumed: true,
      missing: [],
      alternatives: [],
    });
    expect(figures(p)).toEqual([
      ['一般公共服务支出', '561.58', '600.59', '452.3'],
      ['社会保障和就业支出', '45.44', '54.19', '275.64'],
      ['医疗卫生与计划生育支出', '13.42', '15.8', '11.86'],
      ['公共安全支出', '3.6', '3.6', '0'],
    ]);
    expect(p?.rows[1].figures.final?.address).toBe("'功能分类'!C3");
    expect(p?.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('reads a 财决 table: merged headings, 类|款|项 codes, 栏次 and 合计 lines, 款/项 lines passed over', () => {
    const rows: Plain[][] = [
      ['一般公共预算财政拨款支出决算表'],
      [
        '编制单位：乐昌市人民政府坪石办事处',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '金额单位：万元',
      ],
      ['项目', null, null, null, '年初预算数', '调整预算数', '决算数', null, null, '上年决算数'],
      ['科目编码', null, null, '科目名称', null, null, '合计', '基本支出', '项目支出', null],
      ['类', '款', '项', null, null, null, null, null, null, null],
      ['栏次', null, null, null, 1, 2, 3, 4, 5, 6],
      ['合计', null, null, null, 624.04, 681.72, 674.18, 500, 174.18, 739.8],
      ['201', null, null, '一般公共服务支出', 561.58, 600, 600.59, 450, 150.59, 452.3],
      ['201', '01', null, '人大事务', 20, 20, 21, 21, 0, 20],
      ['201', '01', '01', '行政运行', 20, 20, 21, 21, 0, 20],
      ['208', null, null, '社会保障和就业支出', 45.44, 55, 54.19, 40, 14.19, 275.64],
      ['208', '05', null, '行政事业单位养老支出', 45.44, 55, 54.19, 40, 14.19, 275.64],
      [210, null, null, '卫生健康支出', 13.42, 15, 15.8, 10, 5.8, 11.86],
      ['204', null, null, '公共安全支出', 3.6, 3.6, 3.6, 0, 3.6, null],
      ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
    ];
    const r = findFunctionalTable([
      sheet('财决07', rows, [
        'A1:J1',
        'A3:D3',
        'A4:C4',
        'D4:D5',
        'E3:E5',
        'F3:F5',
        'G3:I3',
        'J3:J5',
        'A7:D7',
      ]),
    ]);
    // The Office door reads no merges (ExcelApi 1.4): the same table without them.
    const bare = findFunctionalTable([sheet('财决07', rows)]);
    expect(bare.proposal?.rows).toEqual(r.proposal?.rows);
    expect(bare.proposal?.address).toBe(r.proposal?.address);
    const p = r.proposal;
    expect(figures(p)).toEqual([
      ['一般公共服务支出', '561.58', '600.59', '452.3'],
      ['社会保障和就业支出', '45.44', '54.19', '275.64'],
      ['卫生健康支出', '13.42', '15.8', '11.86'],
      // An empty 上年决算数 cell reads as 0, as a formula on it does.
      ['公共安全支出', '3.6', '3.6', '0'],
    ]);
    expect(p?.rows.map((x) => x.code)).toEqual(['201', '208', '210', '204']);
    expect(p).toMatchObject({
      address: "'财决07'!D8:J14",
      sourceUnit: '万元',
      unitAssumed: false,
      skipped: { totals: 1, deeper: 3 },
    });
    // 决算数 is the 合计 under it, not 基本支出; 调整预算数 is not 年初预算数.
    expect(p?.headings.final?.address).toBe("'财决07'!G4");
    expect(p?.headings.budget?.address).toBe("'财决07'!E3");
    expect(p?.rows[3].figures.prior).toEqual({ address: "'财决07'!J14", value: '0', raw: null });
    expect(p?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads codes written before the name in one cell, and indented lines as 款/项', () => {
    const r = findFunctionalTable([
      sheet('支出', [
        ['功能分类科目', '年初预算数', '本年支出', '上年支出'],
        ['201 一般公共服务支出', 561.58, 600.59, 452.3],
        ['  20101 人大事务', 20, 21, 20],
        ['208 社会保障和就业支出', 45.44, 54.19, 275.64],
        ['2080505 机关事业单位基本养老保险缴费支出', 45.44, 54.19, 275.64],
      ]),
      sheet('无编码', [
        ['科目名称', '年初预算数', '决算数', '上年决算数'],
        ['一般公共服务支出', 561.58, 600.59, 452.3],
        ['　　行政运行', 500, 530, 400],
        ['社会保障和就业支出', 45.44, 54.19, 275.64],
        ['行政事业单位养老支出', 45.44, 54.19, 275.64],
        ['其他社会保障和就业支出', 0, 0, 0],
      ]),
    ]);
    // Both tables hold the same figures: found twice, no choice to make.
    expect(r.proposal?.alternatives).toEqual([]);
    expect(figures(r.proposal)).toEqual([
      ['一般公共服务支出', '561.58', '600.59', '452.3'],
      ['社会保障和就业支出', '45.44', '54.19', '275.64'],
    ]);
  });

  it('reads 项目 merged over a code column and a name column, under a short title', () => {
    const rows: Plain[][] = [
      ['支出决算表'],
      ['项目', null, '年初预算数', '本年支出', '上年支出'],
      ['201', '一般公共服务支出', 561.58, 600.59, 452.3],
      ['20101', '人大事务', 20, 21, 20],
      [213, '农林水支出', 10, 12, 9],
    ];
    const r = findFunctionalTable([sheet('表四', rows, ['A1:E1', 'A2:B2'])]);
    expect(figures(r.proposal)).toEqual([
      ['一般公共服务支出', '561.58', '600.59', '452.3'],
      ['农林水支出', '10', '12', '9'],
    ]);
    expect(r.proposal).toMatchObject({ labelAddress: "'表四'!A2", address: "'表四'!B3:E5" });
    expect(r.proposal?.label).toMatch(/^支出决算表：/);
    // Through Office.js (no merges read) the codes stand under 项目 and the names beside them.
    const bare = findFunctionalTable([sheet('表四', rows)]);
    expect(bare.proposal?.rows).toEqual(r.proposal?.rows);
    expect(bare.proposal?.address).toBe("'表四'!B3:E5");
  });

  it('reads the 支出 half of a 收支总表 beside its 收入 half', () => {
    const r = findFunctionalTable([
      sheet('财决01', [
        ['收入支出决算总表'],
        [null, null, null, null, null, null, null, '金额单位：万元'],
        ['收入', null, null, null, '支出', null, null, null],
        ['项目', '年初预算数', '决算数', null, '项目', '年初预算数', '决算数', '上年决算数'],
        ['一般公共预算财政拨款收入', 600, 650, null, '一、一般公共服务支出', 561.58, 600.59, 452.3],
        ['其他收入', 24.04, 22.18, null, '二、社会保障和就业支出', 45.44, 54.19, 275.64],
        [null, null, null, null, '三、卫生健康支出', 13.42, 15.8, 11.86],
        ['本年收入合计', 624.04, 672.18, null, '本年支出合计', 620.44, 670.58, 739.8],
        ['年初结转和结余', 0, 1, null, '年末结转和结余', 0, 2.6, 0],
      ]),
    ]);
    expect(r.proposal).toMatchObject({ address: "'财决01'!E5:H7", labelAddress: "'财决01'!E4" });
    expect(figures(r.proposal).map((x) => x[0])).toEqual([
      '一般公共服务支出',
      '社会保障和就业支出',
      '卫生健康支出',
    ]);
  });

  it('gives a 科目编码 column to the table whose names stand right of it, not to the one left of it', () => {
    const r = findFunctionalTable([
      sheet('表', [
        ['项目', '年初预算数', '决算数', '科目编码', '科目名称', '年初预算数', '决算数'],
        ['事业收入', 5, 6, '201', '一般公共服务支出', 561.58, 600.59],
        ['其他收入', 7, 8, '205', '教育支出', 10, 9],
      ]),
    ]);
    expect(r.proposal?.alternatives).toEqual([]);
    expect(r.proposal?.rows.map((x) => [x.code, x.name])).toEqual([
      ['201', '一般公共服务支出'],
      ['205', '教育支出'],
    ]);
  });

  it('converts a 元 table to 万元 exactly', () => {
    const r = findFunctionalTable([
      sheet('支出决算表', [
        ['支出决算表'],
        ['单位：元'],
        ['科目名称', '年初预算数', '本年决算数', '上年决算数'],
        ['合计', 6240400, 6741800, 7398000],
        ['一般公共服务支出', 5615800, 6005900, 4523000],
        ['社会保障和就业支出', 454400, 541900.5, 2756400],
        ['卫生健康支出', 134200, 158000, 118600],
        ['公共安全支出', 36000, 36000, 0],
      ]),
    ]);
    expect(r.proposal).toMatchObject({ sourceUnit: '元', unitAssumed: false });
    expect(figures(r.proposal)[1]).toEqual(['社会保障和就业支出', '45.44', '54.19005', '275.64']);
    expect(r.proposal?.rows[1].figures.final?.raw).toBe(541900.5);
  });

  it('takes a unit from the headings (年初预算数（元）)', () => {
    const r = findFunctionalTable([
      sheet('表', [
        ['科目名称', '年初预算数（元）', '本年决算数（元）', '上年决算数（元）'],
        ['教育支出', 10000, 25000, 0.5],
      ]),
    ]);
    expect(figures(r.proposal)).toEqual([['教育支出', '1', '2.5', '0.00005']]);
  });

  it('lists a missing 上年决算数 so the clerk types it', () => {
    const r = findFunctionalTable([
      sheet('功能分类', [
        ['科目名称', '年初预算数', '本年决算数'],
        ['一般公共服务支出', 561.58, 600.59],
        ['公共安全支出', 3.6, 3.6],
      ]),
    ]);
    expect(r.proposal?.missing).toEqual(['prior']);
    expect(r.proposal?.address).toBe("'功能分类'!A2:C3");
    expect(r.proposal?.rows[0].figures.prior).toBeUndefined();
    expect(r.proposal?.confidence).toBeLessThan(0.9);
  });

  it('refuses a 项目支出 table, an 经济分类 table and a 收支总表 mixing 项目支出 lines', () => {
    const r = findFunctionalTable([
      sheet('项目支出决算表', [
        ['项目支出决算表'],
        ['科目名称', '年初预算数', '决算数', '上年决算数'],
        ['一般公共服务支出', 120, 118, 90],
      ]),
      sheet('基本支出', [
        ['一般公共预算财政拨款基本支出决算表'],
        ['科目编码', '科目名称', '年初预算数', '决算数', '上年决算数'],
        ['301', '工资福利支出', 300, 310, 290],
        ['302', '商品和服务支出', 100, 102, 95],
      ]),
      sheet('收支总表', [
        ['收入支出决算总表'],
        ['项目', '行次', '年初预算数', '全年预算数', '决算数', '上年决算数'],
        ['合计', 1, 624.04, 681.72, 672.18, 741.9],
        ['一般公共服务支出', 2, 561.58, 600, 600.59, 452.3],
        ['项目支出', 3, 120.5, 130, 128.2, 90],
      ]),
    ]);
    expect(r.proposal).toBeUndefined();
    expect(r.refused.map((x) => [x.sheet, x.reason, x.address])).toEqual([
      ['项目支出决算表', 'topic', "'项目支出决算表'!A2"],
      ['基本支出', 'otherClassification', "'基本支出'!A3"],
      ['收支总表', 'otherClassification', "'收支总表'!A5"],
    ]);
  });

  it('takes 本年 and 上年 under merged headings, never last year for this year', () => {
    const r = findFunctionalTable([
      sheet(
        '对比',
        [
          ['科目名称', '本年', null, '上年', null],
          [null, '年初预算数', '决算数', '年初预算数', '决算数'],
          ['一般公共服务支出', 561.58, 600.59, 500, 452.3],
        ],
        ['A1:A2', 'B1:C1', 'D1:E1'],
      ),
    ]);
    expect(figures(r.proposal)).toEqual([['一般公共服务支出', '561.58', '600.59', '452.3']]);
    expect(r.proposal?.headings.prior?.address).toBe("'对比'!E2");
  });

  it('refuses a figure that is text, naming the cell', () => {
    const r = findFunctionalTable([
      sheet('功能分类', [
        ['科目名称', '年初预算数', '本年决算数', '上年决算数'],
        ['一般公共服务支出', 561.58, '见附表', 452.3],
      ]),
    ]);
    expect(r.proposal).toBeUndefined();
    expect(r.refused).toEqual([expect.objectContaining({ reason: 'notNumber', address: "'功能分类'!C2" })]);
  });

  it('reads a dash as 0, marked so that the link reads it through N()', () => {
    const r = findFunctionalTable([
      sheet('功能分类', [
        ['科目名称', '年初预算数', '本年决算数', '上年决算数'],
        ['公共安全支出', 3.6, 3.6, '—'],
      ]),
    ]);
    expect(r.proposal?.rows[0].figures.prior).toEqual({
      address: "'功能分类'!D2",
      value: '0',
      raw: null,
      dash: true,
    });
  });

  it('offers two tables with different figures as a choice', () => {
    const header: Plain[] = ['科目名称', '年初预算数', '本年决算数', '上年决算数'];
    const r = findFunctionalTable([
      sheet('甲', [header, ['教育支出', 10, 9, 8]]),
      sheet('乙', [header, ['教育支出', 10, 9.5, 8]]),
    ]);
    const all = [r.proposal, ...(r.proposal?.alternatives ?? [])].map((t) => t?.sheet).sort();
    expect(all).toEqual(['乙', '甲']);
  });

  it('offers two columns of one table that both name 本年决算数 as a choice of readings', () => {
    const r = findFunctionalTable([
      sheet('表', [
        ['科目名称', '年初预算数', '决算数', '本年支出', '上年决算数'],
        ['教育支出', 10, 9, 9.5, 8],
      ]),
    ]);
    const options = [r.proposal, ...(r.proposal?.alternatives ?? [])];
    expect(options.map((o) => o?.rows[0].figures.final?.address).sort()).toEqual(["'表'!C2", "'表'!D2"]);
    // One block, two readings: told apart by their ids.
    expect(new Set(options.map((o) => o?.address)).size).toBe(1);
    expect(new Set(options.map((o) => o?.id)).size).toBe(2);
  });

  it('finds nothing in sheets of other things', () => {
    const r = findFunctionalTable([
      sheet('Sheet1', [
        ['项目', '年初预算数', '全年预算数'],
        ['合计', 624.04, 681.72],
      ]),
    ]);
    expect(r).toEqual({ refused: [] });
  });
});

describe('proposeBindings', () => {
  it('carries the functional table beside the scalar proposals', () => {
    const r = proposeBindings([
      sheet('功能分类', [['科目名称', '年初预算数', '本年决算数', '上年决算数'], ...SAMPLE]),
    ]);
    expect(r.functionalTable?.proposal?.rows).toHaveLength(4);
    expect(r.proposals.some((p) => p.name === 'PE_FunctionalTable')).toBe(false);
    expect(proposeBindings([], { names: ['PE_BudgetInitial'] }).functionalTable).toBeUndefined();
  });
});

describe('generated layouts', () => {
  it('no wrong table and ≥ 95 % found over 200 workbooks of varied headings, codes, units and distractors', () => {
    const s = scoreFunctional(200, 1001);
    expect(s.present).toBeGreaterThan(150);
    expect(s.wrongExamples).toEqual([]);
    expect(s.wrong).toBe(0);
    expect(s.right / s.present).toBeGreaterThanOrEqual(0.95);
  });
});
