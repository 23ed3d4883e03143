/**
 * A table that states no unit is read as 万元, unless the workbook's own figures show that
 * reading impossible (a “三公” spending above the whole spending): then it is 元. Each grid is the
 * smallest piece of a real clerk's workbook that shows it: a 收支 table that states 万元 beside a
 * “三公” or asset table copied from the accounts in 元 without a word about it.
 */
import { proposeBindings, type Candidate, type Proposal } from '../../src/engine/binding';
import { readUnitsByScale } from '../../src/engine/binding/unitByScale';
import { sheet } from '../engine/binding/grids';

function byName(ps: Proposal[]): Map<string, Proposal> {
  return new Map(ps.map((p) => [p.name, p]));
}

/** The 收支 overview in 万元, as every 部门决算 table states it. */
const overview = sheet('收支情况', [
  ['2024年度收支情况'],
  ['单位：万元'],
  ['项目', '年初预算数', '调整后预算数', '本年支出'],
  ['合计', 1532.1, 1632.23, 1364.39],
]);

describe('a figure read as 万元 that the workbook’s figures show to be 元', () => {
  it('reads a “三公” table without a unit as 元 when, as 万元, it would be above the whole spending', () => {
    const p = byName(
      proposeBindings([
        overview,
        sheet('三公经费', [
          ['“三公”经费支出情况'],
          ['项目', '预算数', '决算数'],
          ['合计', 705401, 652300.5],
          ['因公出国（境）费', 0, 0],
          ['公务用车购置及运行费', 505401, 480000.5],
          ['公务接待费', 200000, 172300],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      address: "'三公经费'!B3",
      value: '70.5401',
      sourceUnit: '元',
      unitAssumed: false,
      warnings: ['unitByScale'],
    });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ value: '65.23005', sourceUnit: '元' });
    // The overview's own figures are the workbook's word and stay as they are.
    expect(p.get('PE_Expenditure')).toMatchObject({
      value: '1364.39',
      sourceUnit: '万元',
      unitAssumed: false,
    });
  });

  it('costs the figure confidence, so the clerk looks at it twice', () => {
    const threePublic = sheet('三公经费', [
      ['项目', '预算数'],
      ['“三公”经费合计', 45000.5],
    ]);
    const asRead = proposeBindings([threePublic], { names: ['PE_ThreePublicBudget'] }).proposals[0];
    const beside = byName(proposeBindings([overview, threePublic]).proposals).get('PE_ThreePublicBudget');
    expect(asRead).toMatchObject({ value: '45000.5', unitAssumed: true });
    expect(beside).toMatchObject({ value: '4.50005', sourceUnit: '元' });
    expect(beside?.confidence).toBeCloseTo(asRead.confidence - 0.05, 5);
  });

  it('leaves a “三公” table in 万元 as it is: small beside the budget, nothing to doubt', () => {
    const p = byName(
      proposeBindings([
        overview,
        sheet('三公经费', [
          ['项目', '预算数', '决算数'],
          ['合计', 70.54, 65.23],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      value: '70.54',
      sourceUnit: '万元',
      unitAssumed: true,
    });
    expect(p.get('PE_ThreePublicBudget')?.warnings).toBeUndefined();
  });

  it('never overrides a unit the table states, however large the figure', () => {
    const p = byName(
      proposeBindings([
        overview,
        sheet('三公经费', [['单位：万元'], ['项目', '预算数'], ['“三公”经费合计', 7054.01]]),
      ]).proposals,
    );
    expect(p.get('PE_ThreePublicBudget')).toMatchObject({
      value: '7054.01',
      sourceUnit: '万元',
      unitAssumed: false,
    });
  });

  it('reads asset items as 元 when, as 万元, they would be far above the total assets', () => {
    const p = byName(
      proposeBindings([
        sheet('资产', [['资产情况表（单位：万元）'], ['项目', '期末数'], ['资产总额', 2419.86]]),
        sheet('资产明细', [
          ['资产分类', '期末数'],
          ['流动资产', 13086885.45],
          ['固定资产', 8522482.36],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_AssetsTotal')).toMatchObject({ value: '2419.86', sourceUnit: '万元' });
    expect(p.get('PE_AssetsCurrent')).toMatchObject({ value: '1308.688545', sourceUnit: '元' });
    expect(p.get('PE_AssetsFixed')).toMatchObject({ value: '852.248236', sourceUnit: '元' });
  });

  it('reads a whole 1000 times the other wholes as 元, then bounds the parts by the wholes read right', () => {
    const p = byName(
      proposeBindings([
        sheet('预算', [['单位：万元'], ['年初预算数', 1532.1]]),
        sheet('执行', [
          ['本年支出', 13643911],
          ['“三公”经费实际支出', 231284],
        ]),
      ]).proposals,
    );
    expect(p.get('PE_Expenditure')).toMatchObject({ value: '1364.3911', sourceUnit: '元' });
    expect(p.get('PE_ThreePublicActual')).toMatchObject({ value: '23.1284', sourceUnit: '元' });
  });

  it('reads a “三公” figure beyond any department’s (more than 10亿元) as 元 on its own', () => {
    const p = proposeBindings(
      [
        sheet('三公', [
          ['项目', '预算数'],
          ['“三公”经费合计', 1929840],
        ]),
      ],
      { names: ['PE_ThreePublicBudget'] },
    ).proposals[0];
    expect(p).toMatchObject({ value: '192.984', sourceUnit: '元', warnings: ['unitByScale'] });
  });

  it('decides nothing without a bound: a lone small 元 table stays read as 万元, with the unit assumed', () => {
    const p = proposeBindings(
      [
        sheet('三公', [
          ['项目', '预算数'],
          ['“三公”经费合计', 98000],
        ]),
      ],
      { names: ['PE_ThreePublicBudget'] },
    ).proposals[0];
    expect(p).toMatchObject({ value: '98000', sourceUnit: '万元', unitAssumed: true });
  });
});

describe('readUnitsByScale', () => {
  const base: Candidate = {
    name: 'PE_Expenditure',
    sheet: 'S',
    row: 0,
    col: 1,
    address: "'S'!B1",
    label: '本年支出',
    labelAddress: "'S'!A1",
    value: '1364.39',
    raw: 1364.39,
    sourceUnit: '万元',
    unitAssumed: false,
    confidence: 0.9,
    how: 'label',
  };
  const proposal = (c: Partial<Candidate>, alternatives: Candidate[] = []): Proposal => ({
    ...base,
    ...c,
    alternatives,
  });

  it('takes no bound from an uncertain figure: a choice or a confidence below 0.8', () => {
    const part = proposal({
      name: 'PE_PublicFundsActual',
      value: '4345785.84',
      raw: 4345785.84,
      unitAssumed: true,
    });
    for (const whole of [
      proposal({ confidence: 0.7 }),
      proposal({}, [{ ...base, address: "'S'!C1", value: '99' }]),
    ]) {
      const out = byName(readUnitsByScale([whole, part]));
      expect(out.get('PE_PublicFundsActual')).toMatchObject({ value: '4345785.84', unitAssumed: true });
    }
    const sure = byName(readUnitsByScale([proposal({}), part]));
    expect(sure.get('PE_PublicFundsActual')).toMatchObject({ value: '434.578584', sourceUnit: '元' });
  });

  it('leaves a figure that is too large even as 元: that is another figure, not another unit', () => {
    const part = proposal({ name: 'PE_ThreePublicActual', value: '99000', raw: 99000, unitAssumed: true });
    const tiny = proposal({ value: '3.2', raw: 3.2 });
    expect(byName(readUnitsByScale([tiny, part])).get('PE_ThreePublicActual')).toMatchObject({
      value: '99000',
    });
  });

  it('reads a choice’s options each by the same bounds; options that come to one figure are no choice', () => {
    const top = { ...base, name: 'PE_ThreePublicBudget', value: '70.5401', raw: 70.5401, unitAssumed: true };
    const alt = { ...top, address: "'S'!C5", value: '705401', raw: 705401 };
    const out = readUnitsByScale([proposal({}), { ...top, alternatives: [alt] }]);
    expect(byName(out).get('PE_ThreePublicBudget')).toMatchObject({ value: '70.5401', alternatives: [] });
  });
});
