/**
 * The statements of a unit that runs a foreign-funded project (a 世行 / 亚行 贷款项目办 kept inside
 * the department) and so keeps its own books bilingual: English column heads (Original Budget |
 * Revised Budget | Actual | Variance | Variance % | Prior Year Actual), row labels in Chinese with
 * the English beside them in one cell, in a column of their own, or English first; a balance
 * sheet whose columns are dates (31 Dec 2023 | 31 Dec 2022, closing first or opening first); a
 * staffing table (Authorized posts | Staff on payroll by category, contract project staff apart).
 * The unit line is bilingual or only English (Unit: RMB Yuan / Amount in RMB 10,000).
 * 公用经费 and “三公” are not revised: their original and revised budgets are one figure, right in
 * either; the prior year's actuals, the opening balances and the project staff are distractors.
 */
import { type Ctx } from '../holdout/common';
import { chance, pick, sumAssets, sumStaff, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { putCount, putMoney, rateCell, type Mark } from '../holdout3/helpers';

type LabelStyle = 'oneCell' | 'twoCols' | 'englishFirst';

interface Row {
  zh: string;
  en: string;
}

function unitEnglish(ctx: Ctx, both: boolean): string {
  const { next, unit } = ctx;
  if (unit === 'wan')
    return both
      ? pick(next, ['单位：万元 Unit: RMB 10,000', 'Unit: 10,000 Yuan（单位：万元）'])
      : pick(next, ['Unit: RMB 10,000', 'Amount in RMB 10,000 Yuan', 'Unit: CNY 10 thousand']);
  return both
    ? pick(next, ['单位：元 Unit: RMB Yuan', 'Unit: Yuan（单位：元）'])
    : pick(next, ['Unit: RMB Yuan', 'Amount in RMB', 'Currency: CNY Yuan']);
}

/** Writes the label of a row as the style says and returns the first figure column. */
function label(s: SheetBuilder, r: number, row: Row, style: LabelStyle, sep: string): number {
  if (style === 'twoCols') {
    s.set(r, 0, row.zh);
    s.set(r, 1, row.en);
    return 2;
  }
  // Beside English the Chinese keeps its indentation only when it comes first.
  s.set(r, 0, style === 'oneCell' ? `${row.zh}${sep}${row.en}` : `${row.en}${sep}${row.zh.trim()}`);
  return 1;
}

function labelHead(s: SheetBuilder, r: number, style: LabelStyle): number {
  if (style === 'twoCols') {
    s.set(r, 0, '项目');
    s.set(r, 1, 'Item');
    return 2;
  }
  s.set(r, 0, style === 'oneCell' ? '项目 Item' : 'Item 项目');
  return 1;
}

export function bilingualDonor(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const style: LabelStyle = pick(next, ['oneCell', 'twoCols', 'englishFirst'] as const);
  const sep = pick(next, [' ', '\n', ' / ']);
  const both = chance(next, 0.5);
  const headZh = chance(next, 0.4);
  const projectName = pick(next, [
    '世界银行贷款农业综合开发项目',
    '亚洲开发银行贷款城乡统筹项目',
    '全球环境基金赠款项目',
  ]);

  // The budget lines: 基本 (人员 + 公用) + 项目. The revision raises 人员经费 to what was paid (pay
  // rises come in the year) and puts the rest into 项目; 公用经费 is a 定额 and is not revised.
  const basicInit = d.personnelBudget + d.publicFundsBudget;
  const projInit = d.budgetInitial - basicInit;
  const personRev = Math.max(d.personnelBudget, d.personnel);
  const projRev = d.budgetAdjusted - personRev - d.publicFundsBudget;
  const byNature = projInit >= 0 && projRev >= projInit;
  interface Line {
    row: Row;
    init: Cents;
    rev: Cents;
    act: Cents;
    prior?: Cents;
    names?: { init?: string; rev?: string; act?: string; priorOf?: string; fixed?: boolean };
  }
  const lines: Line[] = [
    {
      row: { zh: '支出合计', en: pick(next, ['Total Expenditure', 'Total expenditures']) },
      init: d.budgetInitial,
      rev: d.budgetAdjusted,
      act: d.expenditure,
      prior: d.priorExpenditure,
      names: {
        init: 'PE_BudgetInitial',
        rev: 'PE_BudgetAdjusted',
        act: 'PE_Expenditure',
        priorOf: 'PE_Expenditure',
      },
    },
  ];
  if (byNature)
    lines.push(
      {
        row: { zh: '基本支出', en: 'Basic expenditure' },
        init: basicInit,
        rev: personRev + d.publicFundsBudget,
        act: d.basic,
      },
      {
        row: { zh: '  人员经费', en: 'Personnel costs' },
        init: d.personnelBudget,
        rev: personRev,
        act: d.personnel,
      },
    );
  lines.push({
    row: {
      zh: byNature ? '  公用经费' : '其中：公用经费',
      en: pick(next, ['Operating costs', 'Public funds (office operation)']),
    },
    init: d.publicFundsBudget,
    rev: d.publicFundsBudget,
    act: d.publicFundsActual,
    names: {
      init: 'PE_PublicFundsBudget',
      rev: 'PE_PublicFundsBudget',
      act: 'PE_PublicFundsActual',
      fixed: true,
    },
  });
  if (byNature)
    lines.push({
      row: { zh: '项目支出', en: 'Project expenditure' },
      init: projInit,
      rev: projRev,
      act: d.project,
    });
  lines.push({
    row: {
      zh: '其中：“三公”经费',
      en: pick(next, ['"Three public" expenses', 'Overseas travel, vehicles and hospitality']),
    },
    init: sumTP(d.tpBudget),
    rev: sumTP(d.tpBudget),
    act: sumTP(d.tpActual),
    prior: sumTP(d.tpPriorActual),
    names: {
      init: 'PE_ThreePublicBudget',
      rev: 'PE_ThreePublicBudget',
      act: 'PE_ThreePublicActual',
      priorOf: 'PE_ThreePublicActual',
      fixed: true,
    },
  });

  const withPrior = chance(next, 0.6);
  const s = b.addSheet(pick(next, ['Budget vs Actual', 'BvA 预算执行', 'Statement 1']));
  s.set(
    0,
    0,
    pick(next, [
      'Statement of Budget Execution 预算执行情况表',
      'Budget vs Actual Report',
      '预算执行情况表 Budget Execution',
    ]),
  );
  s.set(1, 0, `${d.name}（${projectName}办公室）`);
  s.set(2, 0, `For the year ended 31 December ${d.year}`);
  let r = 3;
  s.set(r, 5, unitEnglish(ctx, both));
  r++;
  const c0 = labelHead(s, r, style);
  const heads = [
    headZh ? 'Original Budget\n年初预算' : 'Original Budget',
    headZh ? 'Revised Budget\n调整后预算' : 'Revised Budget',
    headZh ? 'Actual\n实际支出' : 'Actual',
    'Variance',
    'Variance %',
    ...(withPrior ? [headZh ? 'Prior Year Actual\n上年实际' : 'Prior Year Actual'] : []),
  ];
  s.line(r, c0, heads);
  r++;
  for (const ln of lines) {
    const c = label(s, r, ln.row, style, sep);
    const nm = ln.names;
    const lbl = `${ln.row.zh.trim()} ${ln.row.en}`;
    const initMark: Mark = nm?.init ? { truth: { name: nm.init, label: `${lbl} Original Budget` } } : {};
    putMoney(s, ctx, r, c, ln.init, 'number', initMark);
    const revMark: Mark =
      nm?.fixed && nm.rev
        ? { also: nm.rev }
        : nm?.rev
          ? { truth: { name: nm.rev, label: `${lbl} Revised Budget` } }
          : {};
    putMoney(s, ctx, r, c + 1, ln.rev, 'number', revMark);
    putMoney(
      s,
      ctx,
      r,
      c + 2,
      ln.act,
      'number',
      nm?.act ? { truth: { name: nm.act, label: `${lbl} Actual` } } : {},
    );
    putMoney(s, ctx, r, c + 3, ln.act - ln.rev);
    s.set(r, c + 4, rateCell(ln.act - ln.rev, ln.rev, false));
    if (withPrior && ln.prior !== undefined)
      putMoney(
        s,
        ctx,
        r,
        c + 5,
        ln.prior,
        'number',
        nm?.priorOf ? { distractor: { name: nm.priorOf, why: 'the prior year’s actual' } } : {},
      );
    r++;
  }
  s.set(r + 1, 0, 'Note: Variance = Actual − Revised Budget. 差异 = 实际支出 − 调整后预算。');

  // The balance sheet, columns dated; the closing date is this year's.
  const bs = b.addSheet(pick(next, ['Balance Sheet', '资产负债 BS', 'Statement 2']));
  bs.set(0, 0, 'Balance Sheet 资产负债表');
  bs.set(1, 0, `As at 31 December ${d.year}`);
  bs.set(2, 3, unitEnglish(ctx, both));
  const closingFirst = chance(next, 0.6);
  const bc = labelHead(bs, 3, style);
  const dates = [`31 Dec ${d.year}`, `31 Dec ${d.year - 1}`];
  bs.line(3, bc, closingFirst ? dates : [...dates].reverse());
  const [cClose, cOpen] = closingFirst ? [bc, bc + 1] : [bc + 1, bc];
  const e = d.assetsEnd;
  const o = d.assetsBegin;
  const assetRows: [Row, Cents, Cents, string][] = [
    [{ zh: '流动资产', en: 'Current assets' }, e.current, o.current, 'PE_AssetsCurrent'],
    [{ zh: '固定资产净值', en: 'Fixed assets, net' }, e.fixed, o.fixed, 'PE_AssetsFixed'],
    [{ zh: '无形资产净值', en: 'Intangible assets, net' }, e.intangible, o.intangible, 'PE_AssetsIntangible'],
    [{ zh: '在建工程', en: 'Construction in progress' }, e.inProgress, o.inProgress, 'PE_AssetsInProgress'],
    [{ zh: '其他资产', en: 'Other assets' }, e.other, o.other, 'PE_AssetsOther'],
    [{ zh: '资产总计', en: 'Total assets' }, sumAssets(e), sumAssets(o), 'PE_AssetsTotal'],
  ];
  let rr = 4;
  for (const [row, close, open, name] of assetRows) {
    label(bs, rr, row, style, sep);
    putMoney(bs, ctx, rr, cClose, close, 'number', {
      truth: { name, label: `${row.zh} ${row.en} 31 Dec ${d.year}` },
    });
    putMoney(bs, ctx, rr, cOpen, open, 'number', {
      distractor: { name, why: 'the opening balance (prior year end)' },
    });
    rr++;
  }

  // Staffing: the establishment and the staff on payroll; the project's contract staff apart.
  const st = b.addSheet(pick(next, ['Staffing', '人员 Staff']));
  st.set(0, 0, `Staffing 人员情况 (31 Dec ${d.year})`);
  const sc = labelHead(st, 1, style);
  st.line(1, sc, [
    headZh ? 'Authorized posts\n编制数' : 'Authorized posts',
    headZh ? 'Staff on payroll\n实有人数' : 'Staff on payroll',
  ]);
  const staffRows: [Row, number, number, string | undefined, string | undefined][] = [
    [
      { zh: '合计', en: 'Total' },
      sumStaff(d.staffAuthorized),
      sumStaff(d.staffActual),
      'PE_StaffAuthorized',
      'PE_StaffActual',
    ],
    [
      { zh: '行政', en: 'Civil servants' },
      d.staffAuthorized.admin,
      d.staffActual.admin,
      'PE_OfficialsAuthorized',
      'PE_OfficialsActual',
    ],
    [
      { zh: '事业', en: 'Public institution staff' },
      d.staffAuthorized.institution,
      d.staffActual.institution,
      undefined,
      undefined,
    ],
    [
      { zh: '工勤', en: 'Support workers' },
      d.staffAuthorized.worker,
      d.staffActual.worker,
      undefined,
      undefined,
    ],
  ];
  rr = 2;
  for (const [row, auth, act, na, nb] of staffRows) {
    label(st, rr, row, style, sep);
    putCount(
      st,
      rr,
      sc,
      auth,
      na ? { truth: { name: na, label: `${row.zh} ${row.en} Authorized posts` } } : {},
    );
    putCount(
      st,
      rr,
      sc + 1,
      act,
      nb ? { truth: { name: nb, label: `${row.zh} ${row.en} Staff on payroll` } } : {},
    );
    rr++;
  }
  const contractStaff = chance(next, 0.6);
  if (contractStaff) {
    label(
      st,
      rr,
      { zh: '项目聘用人员（不占编制）', en: 'Project contract staff (off establishment)' },
      style,
      sep,
    );
    putCount(st, rr, sc + 1, 2 + Math.floor(next() * 9), {
      distractor: { name: 'PE_StaffActual', why: 'contract staff off the establishment' },
    });
  }
  return `${style}${byNature ? ':nature' : ':total'}${withPrior ? ':prior' : ''}${closingFirst ? ':closeFirst' : ':openFirst'}${both ? ':bothUnit' : ':enUnit'}${contractStaff ? ':contract' : ''}`;
}
