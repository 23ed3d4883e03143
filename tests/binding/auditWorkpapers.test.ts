/**
 * An audit firm's 审定表 working papers: 项目 | (上年审定数) | 账面数 / 未审数 | 审计调整 (借方 | 贷方
 * under a merged head, or one signed 调整数) | 审定数 | 备注, a 核实表 of staff (单位提供数 | 核实数 |
 * 差异) and an 审计调整分录汇总表. The 审定数 / 核实数 is the figure; the book figure, the
 * adjustment, the year before's 审定数 and the entries' amounts never are.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

/** Every address a proposal offers: its cell and its alternatives. */
function offered(p: Proposal | undefined): string[] {
  if (!p) return [];
  return [p.address, ...(p.alternatives ?? []).map((a) => a.address)];
}

/** One sheet of three tables under one head (单位：元), the lower ones closed by an 审计说明 line. */
function paperInYuan(): ReturnType<typeof sheet> {
  return sheet(
    '审定表',
    [
      ['支出审定表'],
      ['被审计单位：某县医疗保障局', null, null, null, '索引号：D-1'],
      ['审计期间：2024年1月1日至2024年12月31日', null, null, null, '单位:元'],
      ['编制人：张**', null, '日期：2025-04-21', null, '复核人：吴**'],
      ['项目', '账面金额', '审计调整', null, '审定数', '备注'],
      [null, null, '借方', '贷方'],
      ['支出合计', 13881317.47, null, 16555.22, 13864762.25, 'AJE-1'],
      ['  基本支出', 10291733.39, null, 16555.22, 10275178.17],
      ['    人员经费', 8782446.87, null, 16555.22, 8765891.65],
      ['    公用经费', 1509286.52, null, null, 1509286.52],
      ['  项目支出', 3589584.08, null, null, 3589584.08],
      ['审计结论：经审计，调整后余额可以确认。'],
      [],
      ['资产项目', '账面金额', '审计调整', null, '审定数', '备注'],
      [null, null, '借方', '贷方'],
      ['资产总计', 10879950.39, null, 134399.03, 10745551.36, 'AJE-2'],
      ['  流动资产', 2085228.92, null, 134399.03, 1950829.89, 'AJE-2'],
      ['  固定资产（净值）', 8794721.47, null, null, 8794721.47],
      ['    其中：固定资产原值', 11206570.77, null, null, 11206570.77],
      ['          减：累计折旧', 2411849.3, null, null, 2411849.3],
      ['说明：'],
    ],
    [
      'A1:E1',
      'A5:A6',
      'B5:B6',
      'C5:D5',
      'E5:E6',
      'F5:F6',
      'A14:A15',
      'B14:B15',
      'C14:D14',
      'E14:E15',
      'F14:F15',
    ],
  );
}

describe('an audit firm’s 审定表 working papers', () => {
  it('takes the 审定数 column, never the 账面数 nor the 借方 / 贷方 adjustment', () => {
    const p = byName(proposeBindings([paperInYuan()]).proposals);
    expect(offered(p.get('PE_Expenditure'))).toEqual(["'审定表'!E7"]);
    expect(offered(p.get('PE_AssetsCurrent'))).toEqual(["'审定表'!E17"]);
    for (const name of ['PE_Expenditure', 'PE_PublicFundsActual', 'PE_AssetsTotal', 'PE_AssetsFixed']) {
      for (const a of offered(p.get(name))) expect(a).toMatch(/!E\d+$/);
    }
  });

  it('reads a lower table in the head’s unit (单位：元), not in an assumed 万元', () => {
    const p = byName(proposeBindings([paperInYuan()]).proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'审定表'!E16", value: '1074.555136' });
    expect(p.get('PE_Expenditure')).toMatchObject({ value: '1386.476225' });
  });

  it('refuses the year before’s 审定数 and a signed 调整数 column', () => {
    const p = byName(
      proposeBindings([
        sheet('Z-1资产', [
          ['资产审定表'],
          ['被审计单位：某县水利局', null, null, null, '索引号：Z-1'],
          ['截止日：2022年12月31日', null, null, null, '金额单位：万元'],
          ['资产项目', '上年审定数', '未审数', '调整数', '审定数', '索引'],
          ['资产合计', 544.44, 838.14, -51.9, 786.24, '跨期支出调整'],
          ['  流动资产', 201.37, 430.08, -37.09, 392.99, '重分类调整'],
          ['  固定资产（净值）', 343.07, 408.06, -14.81, 393.25, '重分类调整'],
        ]),
      ]).proposals,
    );
    expect(offered(p.get('PE_AssetsTotal'))).toEqual(["'Z-1资产'!E5"]);
    expect(offered(p.get('PE_AssetsCurrent'))).toEqual(["'Z-1资产'!E6"]);
    expect(offered(p.get('PE_AssetsFixed'))).toEqual(["'Z-1资产'!E7"]);
  });

  it('reads the 审定数 three columns right of its label (期初审定数 | 账面数 | 审计调整数 between)', () => {
    const p = byName(
      proposeBindings([
        sheet('资产审定表', [
          ['资产审定表'],
          ['被审计单位：某县司法局', null, null, null, '索引号：Z-1'],
          ['审计期间：2024年1月1日至2024年12月31日', null, null, null, '单位:元'],
          ['资产项目', '期初审定数', '账面数', '审计调整数', '审定数', '索引'],
          ['资产总计', 42799994.9, 42082729.41, 2324859.12, 44407588.53, 'AJE-1'],
          ['  流动资产', 26412452.62, 26001229.93, 2324859.12, 28326089.05, 'AJE-1'],
          ['  在建工程', 0, 0, null, 0],
        ]),
      ]).proposals,
    );
    expect(offered(p.get('PE_AssetsTotal'))).toEqual(["'资产审定表'!E5"]);
    expect(p.get('PE_AssetsTotal')).toMatchObject({ value: '4440.758853' });
    expect(offered(p.get('PE_AssetsCurrent'))).toEqual(["'资产审定表'!E6"]);
    expect(offered(p.get('PE_AssetsInProgress'))).toEqual(["'资产审定表'!E7"]);
  });

  it('never takes an amount of the 审计调整分录汇总表, whatever line its entry names', () => {
    const p = byName(
      proposeBindings([
        sheet('AJE', [
          ['审计调整分录汇总表', null, null, null, null, '单位：元'],
          ['编号', '摘要', '借方科目', '贷方科目', '金额', '影响报表项目'],
          ['AJE-1', '冲回多记流动资产', '以前年度盈余调整', '流动资产', 134399.03, '流动资产'],
          ['AJE-2', '冲回多记在建工程', '以前年度盈余调整', '在建工程', 57819.26, '在建工程'],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_AssetsCurrent')).toBeUndefined();
    expect(p.get('PE_AssetsInProgress')).toBeUndefined();
  });

  it('does not read a 预算评审 table’s 审定数 (the budget a review approved) as the spending', () => {
    const p = byName(
      proposeBindings([
        sheet('评审', [
          ['项目支出预算评审表'],
          ['单位：万元'],
          ['项目', '申报数', '审减数', '审定数'],
          ['支出合计', 500, 40, 460],
        ]),
      ]).proposals,
    );
    expect(offered(p.get('PE_Expenditure'))).not.toContain("'评审'!D4");
  });

  it('still reads a 账面数 where the table has no audited column (a plain balance list)', () => {
    const p = byName(
      proposeBindings([
        sheet('资产', [
          ['资产情况表'],
          ['单位：万元'],
          ['项目', '账面数'],
          ['资产合计', 838.14],
          ['  流动资产', 430.08],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产'!B4", value: '838.14' });
  });
});
