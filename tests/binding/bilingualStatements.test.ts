/**
 * The bilingual statements of a unit running a foreign-funded project (a 世行 / 亚行 项目办): row
 * labels in Chinese and English in one cell (either order) or in two columns (项目 | Item), English
 * column heads (Budget | Adjusted Budget | Actual | Variance | Prior Year), an English unit line
 * (Unit: RMB 10,000, Currency: CNY Yuan) and a balance sheet by dates or Opening | Closing balance.
 * The Chinese half names the row, the standard English heads name the column; Variance, the prior
 * year and the opening balance are refused.
 */
import { proposeBindings, type Proposal } from '../../src/engine/binding';
import { chineseHalf, englishReading, readBilingualSheets } from '../../src/engine/binding/bilingualLabels';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

describe('reading a bilingual cell', () => {
  it('takes the Chinese half of a label in two languages, in either order', () => {
    expect(chineseHalf('支出合计 Total expenditure')).toBe('支出合计');
    expect(chineseHalf('Total expenditure\n支出合计')).toBe('支出合计');
    expect(chineseHalf('Personnel costs / 人员经费')).toBe('人员经费');
    expect(chineseHalf('  人员经费 Personnel costs')).toBe('  人员经费');
    // A year beside the Chinese stays with it, so a column of another year is still refused.
    expect(chineseHalf('2025年预算数 Budget')).toBe('2025年预算数');
    expect(chineseHalf('Budget / 2025年预算数')).toBe('2025年预算数');
    expect(chineseHalf('"Three public" expenses 其中：“三公”经费')).toBe('其中：“三公”经费');
    expect(chineseHalf('Unit: Yuan（单位：元）')).toBe('（单位：元）');
    expect(chineseHalf('项目聘用人员（不占编制） Project contract staff (off establishment)')).toBe(
      '项目聘用人员（不占编制）',
    );
  });

  it('leaves prose, codes inside a Chinese label and single-language cells alone', () => {
    expect(chineseHalf('Note: Variance = Actual − Revised. 差异 = 实际 − 调整后')).toBeUndefined();
    expect(chineseHalf('Staffing 人员情况 (31 Dec 2023)')).toBeUndefined();
    expect(chineseHalf('购置PC服务器支出')).toBeUndefined();
    expect(chineseHalf('支出合计')).toBeUndefined();
    expect(chineseHalf('Total expenditure')).toBeUndefined();
  });

  it('reads only the standard English heads, units and year-end dates', () => {
    expect(englishReading('Adjusted Budget')).toBe('调整后预算数');
    expect(englishReading('Closing balance')).toBe('年末数');
    expect(englishReading('Variance')).toBe('差异');
    expect(englishReading('31 Dec 2023')).toBe('2023年12月31日');
    expect(englishReading('Unit: RMB 10,000')).toBe('单位：万元');
    expect(englishReading('Currency: CNY Yuan')).toBe('单位：元');
    expect(englishReading("Unit: RMB'0,000")).toBe('单位：万元');
    expect(englishReading('(In RMB Yuan)')).toBe('单位：元');
    expect(englishReading("Unit: RMB'000")).toBeUndefined();
    expect(englishReading('Unit: USD')).toBeUndefined();
    expect(englishReading('Consultants and studies')).toBeUndefined();
  });
});

const budgetVsActual = (twoColumns: boolean) => {
  const lbl = (zh: string, en: string): (string | null)[] => (twoColumns ? [zh, en] : [`${en}\n${zh}`]);
  return sheet('BvA', [
    ['Budget Execution Statement 预算执行情况表'],
    ['For the year ended 31 December 2023'],
    [null, null, null, null, 'Currency: CNY Yuan'],
    [
      ...(twoColumns ? ['项目', 'Item'] : ['Item 项目']),
      'Budget',
      'Adjusted Budget',
      'Actual',
      'Variance',
      'Prior Year',
    ],
    [...lbl('支出合计', 'Total expenditure'), 8_200_000, 9_050_000, 8_812_345.6, -237_654.4, 7_950_000],
    [...lbl('其中：公用经费', 'Office operation'), 930_000, 930_000, 901_200, -28_800, 880_000],
    [
      ...lbl('其中：“三公”经费', 'Official travel, vehicles and receptions'),
      120_000,
      120_000,
      98_760,
      -21_240,
      110_000,
    ],
  ]);
};

describe('a bilingual Budget vs Actual statement', () => {
  it.each([false, true])(
    'reads the total, 公用 and “三公” by their Chinese halves (two columns: %s)',
    (two) => {
      const all = proposeBindings([budgetVsActual(two)]).proposals;
      const p = byName(all);
      const col = (i: number) => String.fromCharCode(65 + i + (two ? 1 : 0));
      expect(p.get('PE_BudgetInitial')).toMatchObject({
        address: `'BvA'!${col(1)}5`,
        value: '820',
        alternatives: [],
      });
      expect(p.get('PE_BudgetAdjusted')).toMatchObject({ address: `'BvA'!${col(2)}5`, value: '905' });
      expect(p.get('PE_Expenditure')).toMatchObject({ address: `'BvA'!${col(3)}5`, value: '881.23456' });
      expect(p.get('PE_PublicFundsActual')).toMatchObject({ address: `'BvA'!${col(3)}6` });
      expect(p.get('PE_ThreePublicActual')).toMatchObject({ address: `'BvA'!${col(3)}7`, value: '9.876' });
      // Variance and the prior year's figures answer nothing.
      const refused = [4, 5].flatMap((c) => [5, 6, 7].map((r) => `'BvA'!${col(c)}${r}`));
      for (const x of all) expect(refused).not.toContain(x.address);
    },
  );
});

describe('a bilingual balance sheet', () => {
  it.each([
    ['31 Dec 2022', '31 Dec 2023'],
    ['Opening balance', 'Closing balance'],
  ])('reads the closing column (%s | %s), never the opening one', (open, close) => {
    const bs = sheet('Balance Sheet', [
      ['Balance Sheet 资产负债表'],
      ['As at 31 December 2023'],
      [null, null, 'Unit: RMB 10,000'],
      ['Item 项目', open, close],
      ['流动资产 Current assets', 1200.5, 1310.25],
      ['固定资产 Fixed assets', 800, 760.4],
      ['资产总计 Total assets', 2000.5, 2070.65],
    ]);
    const all = proposeBindings([bs]).proposals;
    const p = byName(all);
    expect(p.get('PE_AssetsTotal')).toMatchObject({ address: "'Balance Sheet'!C7", value: '2070.65' });
    expect(p.get('PE_AssetsCurrent')).toMatchObject({ address: "'Balance Sheet'!C5", value: '1310.25' });
    for (const x of all) expect(x.address).not.toMatch(/!B\d/);
  });
});

describe('a sheet with no bilingual label', () => {
  it('is handed on untouched, even with an English word in it', () => {
    const s = sheet('支出', [
      ['项目', 'Actual'],
      ['支出合计', 812.5],
    ]);
    const [read] = readBilingualSheets([s]);
    expect(read).toBe(s);
  });
});
