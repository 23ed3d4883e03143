/**
 * A 决算快报 kept as one list down column A, its hierarchy shown only by leading spaces (two per
 * level, or one full-width space), with no 一、 / （一） numbering: a bare figure word on an indented
 * line (实际支出, 决算数) is its parent line's figure, so under “三公”经费 it is the “三公” spending,
 * never the department's whole spending.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { indentOf, indentParent } from '../../src/engine/binding/indentedList';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

function quickList(indent: string): ReturnType<typeof sheet> {
  const a = indent;
  const b = indent + indent;
  return sheet('快报', [
    ['某县农业农村局2022年度部门决算快报'],
    [],
    ['项目', '金额（数量）'],
    ['三公经费'],
    [`${a}预算数`, 43.48],
    [`${a}实际支出`, 34.29],
    [`${b}公务接待费`, 7.88],
    [`${a}上年预算数`, 42.45],
    ['资产合计', 1369.87],
    [`${a}流动资产`, 418.28],
    [],
    ['注：金额单位为万元。'],
  ]);
}

describe('a list indented by leading spaces', () => {
  it('measures indentation as it looks: a full-width space is two', () => {
    expect(indentOf('    人员经费')).toBe(4);
    expect(indentOf('\u3000\u3000在用')).toBe(4);
    expect(indentOf('支出合计')).toBe(0);
  });

  it('finds the parent line above, within its block of rows', () => {
    const rows = ['三公经费', '  预算数', '  实际支出', '    公务接待费', '', '  年末'];
    const grid = {
      textAt: (r: number) => (rows[r] === '' ? undefined : rows[r]),
      rowEmpty: (r: number) => rows[r] === '',
    };
    expect(indentParent(grid, 2, 0)).toEqual({ key: '三公经费', row: 0 });
    expect(indentParent(grid, 3, 0)).toEqual({ key: '实际支出', row: 2 });
    expect(indentParent(grid, 5, 0)).toBeUndefined();
    expect(indentParent(grid, 0, 0)).toBeUndefined();
  });

  for (const [how, indent] of [
    ['two spaces', '  '],
    ['a full-width space', '\u3000'],
  ] as const) {
    it(`takes no indented 实际支出 under “三公”经费 for the year's spending (${how})`, () => {
      const p = byName(proposeBindings([quickList(indent)]).proposals);
      const spending = p.get('PE_Expenditure');
      expect(spending?.address).not.toBe("'快报'!B6");
      expect(spending?.alternatives?.map((x) => x.address) ?? []).not.toContain("'快报'!B6");
      expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'快报'!B9", value: '1369.87' });
    });
  }

  it('still reads the whole spending on its own line above the “三公” block', () => {
    const list = sheet('快报', [
      ['某县农业农村局2022年度部门决算快报'],
      ['项目', '金额（万元）'],
      ['支出合计', 1574.77],
      ['  基本支出', 1067.52],
      ['  项目支出', 507.25],
      ['三公经费'],
      ['  预算数', 43.48],
      ['  实际支出', 34.29],
    ]);
    const p = byName(proposeBindings([list]).proposals);
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'快报'!B3", value: '1574.77' });
  });

  it('reads a label padded by one space on both sides as a line of its own, not a child', () => {
    const form = sheet('Sheet1', [
      ['某局2024年度部门整体支出绩效评价基础数据表'],
      ['内容', '单位', '数值'],
      ['年初预算数', '万元', 707.46],
      ['  其中：财政拨款', '万元', 225.51],
      ['  其他资金', '万元', 481.95],
      [' 调整后预算数 ', '万元', 786.58],
    ]);
    const p = byName(proposeBindings([form]).proposals);
    expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: "'Sheet1'!C6", value: '786.58' });
  });
});
