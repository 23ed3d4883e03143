/**
 * A 决算 审核 workbook's 预决算差异 table: the whole spending, its 基本支出 / 项目支出 parts, the
 * “三公” items and 政府采购 down one column, across 年初预算数 | 调整预算数 (the adjustment) |
 * 全年预算数 | 决算数 | 差异额 | 差异率 | 差异原因说明.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

const HEAD = ['项目', '年初预算数', '调整预算数', '全年预算数', '决算数', '差异额', '差异率', '差异原因说明'];

function differenceTable(total: string): ReturnType<typeof sheet> {
  return sheet('预决算差异', [
    ['某街道办事处2023年度决算与预算差异情况表'],
    ['填报单位：某街道办事处', null, null, null, null, null, null, '单位：万元'],
    HEAD,
    [total, 697.13, 189.49, 886.62, 839.95, -46.67, -0.0526, '较预算减少46.67万元，主要是压减一般性支出。'],
    ['一、基本支出', 597.17, 37.75, 634.92, 608.96, -25.96, -0.0409],
    ['    其中：人员经费', 472.96, 37.75, 510.71, 496.71, -14, -0.0274],
    ['          日常公用经费', 124.21, 0, 124.21, 112.25, -11.96, -0.0963],
    ['二、项目支出', 99.96, 151.74, 251.7, 230.99, -20.71, -0.0823],
    ['三、“三公”经费', 21.12, 0, 21.12, 19.41, -1.71, -0.0811],
    ['    1.因公出国（境）费', 0, 0, 0, 0, 0, 0],
    ['    2.公务接待费', 3.8, 0, 3.8, 3.25, -0.55, -0.1453],
    ['    3.公务用车购置及运行维护费', 17.32, 0, 17.32, 16.16, -1.16, -0.067],
    ['四、政府采购', 120.25, 0, 120.25, 116.16, -4.09, -0.0341],
  ]);
}

describe('a 预决算差异 table of a 决算 审核 workbook', () => {
  it('reads the 支出合计 row although “三公” items stand below it, and the 政府采购 row', () => {
    const p = byName(proposeBindings([differenceTable('本年支出合计')]).proposals);
    expect(p.get('PE_BudgetInitial')).toMatchObject({ address: "'预决算差异'!B4", value: '697.13' });
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'预决算差异'!D4", value: '886.62' });
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'预决算差异'!E4", value: '839.95' });
    expect(p.get('PE_ProcurementPlan')).toMatchObject({ address: "'预决算差异'!B13", value: '120.25' });
    expect(p.get('PE_ProcurementActual')).toMatchObject({ address: "'预决算差异'!E13", value: '116.16' });
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ address: "'预决算差异'!B9" });
  });

  it('refuses the 调整预算数 column beside 全年预算数: it is the adjustment, no choice left', () => {
    const p = byName(proposeBindings([differenceTable('支出合计')]).proposals);
    const adjusted = p.get('PE_BudgetAdjusted');
    expect(adjusted).toMatchObject({ address: "'预决算差异'!D4" });
    expect(adjusted?.alternatives ?? []).toHaveLength(0);
    const publicFunds = p.get('PE_PublicFundsBudget');
    expect(publicFunds?.address).not.toBe("'预决算差异'!C7");
    expect((publicFunds?.alternatives ?? []).map((a) => a.address)).not.toContain("'预决算差异'!C7");
  });

  it('still reads 调整预算数 as the adjusted budget where no 全年 column stands beside it', () => {
    const p = byName(
      proposeBindings([
        sheet('预算执行', [
          ['项目', '年初预算数', '调整预算数', '决算数'],
          ['支出合计', 697.13, 886.62, 839.95],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'预算执行'!C2", value: '886.62' });
  });

  it('keeps refusing a “三公” table’s 合计 as the whole budget (no 基本支出 / 项目支出 beside it)', () => {
    const p = byName(
      proposeBindings([
        sheet('三公', [
          ['项目', '年初预算数', '决算数'],
          ['支出合计', 21.12, 19.41],
          ['因公出国（境）费', 0, 0],
          ['公务接待费', 3.8, 3.25],
          ['公务用车购置及运行维护费', 17.32, 16.16],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_BudgetInitial')).toBeUndefined();
    expect(p.get('PE_Expenditure')).toBeUndefined();
  });
});
