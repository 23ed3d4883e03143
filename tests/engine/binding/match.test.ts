/** The label matcher on each layout family: lists, 2-D tables, merged headings, 元 tables, distractors. */
import { normaliseLabel, proposeBindings, type Proposal } from '../../../src/engine/binding';
import { scoreBinding, precision, recall } from '../../../bench/bindingScore';
import { sheet } from './grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('normaliseLabel', () => {
  it.each([
    ['年初预算数（A）', '年初预算数'],
    ['一、资产总额：', '资产总额'],
    ['（一）流动资产', '流动资产'],
    ['1.流动资产', '流动资产'],
    ['合　计', '合计'],
    ['年 初 预 算 数', '年初预算数'],
    ['本年支出(万元)', '本年支出'],
    ['“三公”经费预算数', '三公经费预算数'],
  ])('%s → %s', (raw, key) => expect(normaliseLabel(raw)).toBe(key));

  it('keeps a decimal figure after a number', () => expect(normaliseLabel('1.5倍')).toBe('1.5倍'));
});

describe('proposeBindings', () => {
  it('reads a list with unit cells between label and figure', () => {
    const r = proposeBindings([
      sheet('基础', [
        ['一、资产总额：', '万元', 316.7],
        ['（一）流动资产', '万元', 164.89],
        ['核定编制数（含工勤）', 31, '人'],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({
      address: "'基础'!C1",
      value: '316.7',
      labelAddress: "'基础'!A1",
    });
    expect(p.get('PE_AssetsCurrent')?.value).toBe('164.89');
    expect(p.get('PE_StaffAuthorized')?.address).toBe("'基础'!B3");
  });

  it('takes row 合计 × column heading in a 2-D table, skipping 行次 and refusing 上年决算数', () => {
    const r = proposeBindings([
      sheet('总表', [
        ['收入支出决算总表'],
        ['项目', '行次', '年初预算数', '本年决算数', '上年决算数'],
        ['合计', 1, 624.04, 672.18, 741.9],
        ['一般公共服务支出', 2, 561.58, 600.59, 452.3],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_BudgetInitial')?.address).toBe("'总表'!C3");
    expect(p.get('PE_Expenditure')).toMatchObject({ address: "'总表'!D3", value: '672.18' });
    // Neither the 行次 nor last year's figure is proposed for anything.
    expect(r.proposals.some((x) => x.address === "'总表'!E3" || x.address === "'总表'!B3")).toBe(false);
  });

  it('reads a 行次 column as row numbers only within its own table', () => {
    const r = proposeBindings([
      sheet('表1', [
        ['项目', '行次', '年初预算数'],
        ['合计', 1, 624.04],
        [null],
        ['“三公”经费支出情况表'],
        ['项目', '上年预算数', '预算数'],
        ['合计', 14.29, 13],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudgetPrior')?.address).toBe("'表1'!B6");
    expect(p.get('PE_ThreePublicBudget')?.address).toBe("'表1'!C6");
    expect(r.proposals.some((x) => x.address === "'表1'!B2")).toBe(false);
  });

  it('converts a 元 table to 万元 exactly and says the source was in 元', () => {
    const r = proposeBindings([
      sheet('三公经费', [
        ['“三公”经费支出情况表'],
        ['单位：元'],
        ['项目', '上年预算数', '预算数', '决算数'],
        ['合计', 142900, 130000, 124633],
        ['因公出国（境）费', 0, 0, 0],
        ['公务接待费', 42900, 40000, 36633],
      ]),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({ value: '13', sourceUnit: '元', raw: 130000 });
    expect(p.get('PE_ThreePublicBudgetPrior')?.value).toBe('14.29');
    expect(p.get('PE_ThreePublicActual')?.value).toBe('12.4633');
    // The 三公 table's 合计 × 预算数 is not the department's whole budget.
    expect(p.has('PE_BudgetInitial')).toBe(false);
    expect(p.has('PE_Expenditure')).toBe(false);
  });

  it('reads merged headings over a transposed “三公” table', () => {
    const r = proposeBindings([
      sheet(
        'Sheet1',
        [
          ['项目', '预算数', null, null, '决算数', null, null],
          [null, '合计', '因公出国（境）费', '公务接待费', '合计', '因公出国（境）费', '公务接待费'],
          ['金额', 13, 1, 12, 12.46, 0.5, 11.96],
        ],
        ['A1:A2', 'B1:D1', 'E1:G1'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_ThreePublicBudget')?.address).toBe("'Sheet1'!B3");
    expect(p.get('PE_ThreePublicActual')?.address).toBe("'Sheet1'!E3");
  });

  it('takes 期末数 not 年初数 for assets, and a merged label cell', () => {
    const r = proposeBindings([
      sheet(
        '资产',
        [
          ['项目', null, '年初数', '期末数'],
          ['资产总计', null, 300, 316.7],
          ['固定资产', null, 140, 152.11],
        ],
        ['A1:B1', 'A2:B2', 'A3:B3'],
      ),
    ]);
    const p = byName(r.proposals);
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'资产'!D2", labelAddress: "'资产'!A2" });
    expect(p.get('PE_AssetsFixed')?.value).toBe('152.11');
  });

  it('refuses a 项目支出 table with its own 年初预算数, and notes that mention a label', () => {
    const r = proposeBindings([
      sheet('项目支出表', [
        ['项目支出表'],
        ['项目名称', '年初预算数', '决算数'],
        ['合计', 120, 118],
        ['棚户区改造', 100, 99],
      ]),
      sheet('说明', [['注：年初预算数 624.04 万元，详见总表。'], ['说明：年初预算数', null]]),
    ]);
    expect(r.proposals.find((x) => x.name === 'PE_BudgetInitial')).toBeUndefined();
    expect(r.proposals.find((x) => x.name === 'PE_Expenditure')).toBeUndefined();
  });

  it('reports a label whose neighbour is text, an error or empty as found without a value', () => {
    const r = proposeBindings([
      sheet('基础', [
        ['年初预算数', '见附表'],
        ['资产总额', { error: '#REF!' }],
        ['项目数', null],
      ]),
    ]);
    expect(r.proposals).toEqual([]);
    const why = new Map(r.foundWithoutValue.map((f) => [f.name, f.reason]));
    expect(why.get('PE_BudgetInitial')).toBe('text');
    expect(why.get('PE_AssetsTotal')).toBe('error');
    expect(why.get('PE_ProjectsTotal')).toBe('empty');
    expect(r.unmatched).not.toContain('PE_BudgetInitial');
  });

  it('offers two different figures of similar confidence as a choice', () => {
    const r = proposeBindings([sheet('甲', [['年初预算数', 624.04]]), sheet('乙', [['年初预算数', 600]])]);
    const p = byName(r.proposals).get('PE_BudgetInitial');
    expect([p?.value, ...(p?.alternatives ?? []).map((a) => a.value)].sort()).toEqual(['600', '624.04']);
  });

  it('finds the same figure in two tables without asking', () => {
    const r = proposeBindings([sheet('甲', [['年初预算数', 624.04]]), sheet('乙', [['年初预算', 624.04]])]);
    expect(byName(r.proposals).get('PE_BudgetInitial')?.alternatives).toEqual([]);
  });

  it('says nothing was found in a workbook of other things', () => {
    const r = proposeBindings([
      sheet('Sheet1', [
        ['Name', 'Qty'],
        ['apples', 3],
      ]),
    ]);
    expect(r.proposals).toEqual([]);
    expect(r.unmatched).toContain('PE_BudgetInitial');
  });
});

describe('generated layouts', () => {
  it('are all found on the layouts the tests were written from', () => {
    const s = scoreBinding('tuning', 40);
    expect(s.wrong).toBe(0);
    expect(recall(s)).toBe(1);
  });

  it('held-out layouts: ≥ 98 % of proposals right, ≥ 90 % of figures found, fewer wrong than missed', () => {
    const s = scoreBinding('heldout', 80);
    expect(precision(s)).toBeGreaterThanOrEqual(0.98);
    expect(recall(s)).toBeGreaterThanOrEqual(0.9);
    expect(s.wrong).toBeLessThanOrEqual(s.present - s.right);
  });
});
