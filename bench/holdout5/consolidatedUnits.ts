/**
 * A department's 汇总 (合并) workbook with one column (or one column group) per 二级单位: the
 * 机关本级 and its sub-units side by side, the department's 合计 first or last. The money table is
 * either flat (项目 | 合计 | 机关本级 | unit … with one figure per row, 年初预算数 / 调整后预算数 /
 * 本年支出 …) or a three-row merged header (unit names over 预算数 (年初 | 调整后) and 决算数); assets
 * and staff follow by unit with a 计量单位 column.
 *
 * What a clerk points at: the 合计 column, row by row. Every unit's own figure is a distractor
 * (the 机关本级 one above all), as are the 基本 / 项目 / 人员经费 rows and the “三公” items.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, shuffle, split, sumAssets, type Cents, type Rand } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, putCount, putMoney, type Mark } from '../holdout3/helpers';
import { onGrain } from './common5';

const SUB_UNITS = [
  '机关服务中心',
  '综合行政执法大队',
  '技术推广站',
  '信息中心',
  '事务服务中心',
  '监测站',
  '培训中心',
  '宣传教育中心',
];

/** A figure split over the units around fixed weights (a little jitter per figure), on the grain. */
function over(next: Rand, total: Cents, weights: number[], grain: Cents): Cents[] {
  return split(
    total,
    weights.map((w) => w * (0.85 + next() * 0.3)),
    grain,
  );
}

/** A count split over the units, the 实有 never above the unit's 编制. */
function staffOver(next: Rand, auth: number, actual: number, weights: number[]): [number[], number[]] {
  const a = split(auth, weights, 1);
  let vacancy = auth - actual;
  const x = a.map((n) => {
    const v = Math.min(n, vacancy, int(next, 0, Math.max(0, vacancy)));
    vacancy -= v;
    return n - v;
  });
  // Whatever vacancy is left goes to the first units that can still take it.
  for (let i = 0; i < x.length && vacancy > 0; i++) {
    const v = Math.min(x[i], vacancy);
    x[i] -= v;
    vacancy -= v;
  }
  return [a, x];
}

interface Row {
  label: string;
  kind: 'money' | 'count';
  total: number;
  byUnit: number[];
  input?: string;
  /** The input a unit's figure (or this part row) must not be taken for. */
  notFor?: string;
  why?: string;
}

export function consolidatedUnits(ctx: Ctx): string {
  const { d, next } = ctx;
  const g = d.grain;
  const nSub = int(next, 1, 4);
  const names = ['机关本级', ...shuffle(next, SUB_UNITS).slice(0, nSub)];
  const weights = names.map((_, i) => (i === 0 ? 3 + next() * 3 : 0.5 + next()));
  const variant: string[] = [`${names.length}units`];
  if (chance(next, 0.25)) {
    coverSheet(ctx, `${d.year}年度部门汇总报表`);
    variant.push('cover');
  }

  const publicB = d.publicFundsBudget;
  const persInit = Math.min(d.personnelBudget, onGrain(d.budgetInitial, 0.9, g) - publicB);
  const persFull = Math.max(persInit, d.personnel + onGrain(d.budgetAdjusted - d.expenditure, 0.3, g));
  const projInit = d.budgetInitial - persInit - publicB;
  const projFull = d.budgetAdjusted - persFull - publicB;
  const u = {
    persInit: over(next, persInit, weights, g),
    persFull: [] as Cents[],
    pers: over(next, d.personnel, weights, g),
    pub: over(next, publicB, weights, g),
    pubAct: over(next, d.publicFundsActual, weights, g),
    projInit: over(next, projInit, weights, g),
    projFull: over(next, projFull, weights, g),
    proj: over(next, d.project, weights, g),
  };
  u.persFull = over(next, persFull, weights, g);
  const add = (...xs: Cents[][]): Cents[] => names.map((_, i) => xs.reduce((a, x) => a + x[i], 0));
  const tpb = {
    outbound: over(next, d.tpBudget.outbound, weights, g),
    reception: over(next, d.tpBudget.reception, weights, g),
    car: over(next, d.tpBudget.carPurchase + d.tpBudget.carRun, weights, g),
  };
  const tpa = {
    outbound: over(next, d.tpActual.outbound, weights, g),
    reception: over(next, d.tpActual.reception, weights, g),
    car: over(next, d.tpActual.carPurchase + d.tpActual.carRun, weights, g),
  };

  if (chance(next, 0.5)) {
    groupedSheet(ctx, names, u, add, tpb, tpa);
    variant.push('threeRowHead');
  } else {
    const rows: Row[] = [
      m('年初预算数', d.budgetInitial, add(u.persInit, u.pub, u.projInit), 'PE_BudgetInitial'),
      m(
        pick(next, ['调整后预算数', '全年预算数']),
        d.budgetAdjusted,
        add(u.persFull, u.pub, u.projFull),
        'PE_BudgetAdjusted',
      ),
      m(
        pick(next, ['本年支出合计', '本年支出', '支出决算数']),
        d.expenditure,
        add(u.pers, u.pubAct, u.proj),
        'PE_Expenditure',
      ),
      m('  其中：基本支出', d.basic, add(u.pers, u.pubAct), undefined, 'PE_Expenditure', '基本支出 only'),
      m('        项目支出', d.project, u.proj, undefined, 'PE_Expenditure', '项目支出 only'),
      m('公用经费预算数', publicB, u.pub, 'PE_PublicFundsBudget'),
      m('公用经费支出数', d.publicFundsActual, u.pubAct, 'PE_PublicFundsActual'),
      m(
        '“三公”经费预算数',
        sum3(d.tpBudget),
        add(tpb.outbound, tpb.reception, tpb.car),
        'PE_ThreePublicBudget',
      ),
      m(
        '“三公”经费支出数',
        sum3(d.tpActual),
        add(tpa.outbound, tpa.reception, tpa.car),
        'PE_ThreePublicActual',
      ),
      m(
        '  其中：公务接待费',
        d.tpActual.reception,
        tpa.reception,
        undefined,
        'PE_ThreePublicActual',
        'one “三公” item',
      ),
    ];
    if (chance(next, 0.6)) {
      rows.push(
        m('政府采购预算', d.procurementPlan, over(next, d.procurementPlan, weights, g), 'PE_ProcurementPlan'),
      );
      rows.push(
        m(
          '政府采购支出',
          d.procurementActual,
          over(next, d.procurementActual, weights, g),
          'PE_ProcurementActual',
        ),
      );
    }
    flatSheet(
      ctx,
      pick(next, ['收支汇总', '汇总表', '合并收支']),
      `${d.name}${d.year}年度收支情况汇总表`,
      names,
      rows,
    );
    variant.push('flat');
  }

  if (chance(next, 0.85)) {
    const a = d.assetsEnd;
    const by = {
      current: over(next, a.current, weights, g),
      fixed: over(next, a.fixed, weights, g),
      intangible: over(next, a.intangible, weights, g),
      inProgress: over(next, a.inProgress, weights, g),
      other: over(next, a.other, weights, g),
    };
    const inUse = split(
      d.fixedInUse,
      by.fixed.map((x) => x + 1),
      g,
    );
    const rows: Row[] = [
      m(
        '资产总额',
        sumAssets(a),
        add(by.current, by.fixed, by.intangible, by.inProgress, by.other),
        'PE_AssetsTotal',
      ),
      m('  流动资产', a.current, by.current, 'PE_AssetsCurrent'),
      m('  固定资产', a.fixed, by.fixed, 'PE_AssetsFixed'),
      m('  在建工程', a.inProgress, by.inProgress, 'PE_AssetsInProgress'),
      m('  无形资产', a.intangible, by.intangible, 'PE_AssetsIntangible'),
      m('  其他资产', a.other, by.other, 'PE_AssetsOther'),
    ];
    if (chance(next, 0.6)) rows.push(m('实际在用固定资产', d.fixedInUse, inUse, 'PE_FixedAssetsInUse'));
    const sa = d.staffAuthorized;
    const sx = d.staffActual;
    // 行政编制 sit mostly in the 机关本级, 事业编制 mostly in the sub-units.
    const adminW = names.map((_, i) => (i === 0 ? 10 : 0.3));
    const instW = names.map((_, i) => (i === 0 ? 0.3 : 1));
    const [aAdmin, xAdmin] = staffOver(next, sa.admin, sx.admin, adminW);
    const [aInst, xInst] = staffOver(next, sa.institution, sx.institution, instW);
    const [aWork, xWork] = staffOver(next, sa.worker, sx.worker, weights);
    const sumU = (...xs: number[][]): number[] => names.map((_, i) => xs.reduce((acc, x) => acc + x[i], 0));
    const withStaff = chance(next, 0.8);
    if (withStaff)
      rows.push(
        c('编制数', sa.admin + sa.institution + sa.worker, sumU(aAdmin, aInst, aWork), 'PE_StaffAuthorized'),
        c('  其中：行政编制', sa.admin, aAdmin, 'PE_OfficialsAuthorized'),
        c(
          '实有在编人数',
          sx.admin + sx.institution + sx.worker,
          sumU(xAdmin, xInst, xWork),
          'PE_StaffActual',
        ),
        c('  其中：行政人员', sx.admin, xAdmin, 'PE_OfficialsActual'),
        c('离退休人员', d.retired, split(d.retired, weights, 1), undefined, 'PE_StaffActual', '离退休'),
      );
    flatSheet(
      ctx,
      pick(next, ['资产人员', '资产及人员汇总', '基本情况汇总']),
      `${d.year}年末资产${withStaff ? '及人员' : ''}情况汇总表`,
      names,
      rows,
    );
    variant.push(withStaff ? 'assetsStaff' : 'assets');
  }
  return variant.join('+');

  function m(
    label: string,
    total: Cents,
    byUnit: Cents[],
    input?: string,
    notFor?: string,
    why?: string,
  ): Row {
    return { label, kind: 'money', total, byUnit, input, notFor, why };
  }
  function c(
    label: string,
    total: number,
    byUnit: number[],
    input?: string,
    notFor?: string,
    why?: string,
  ): Row {
    return { label, kind: 'count', total, byUnit, input, notFor, why };
  }
}

function sum3(t: { outbound: Cents; carPurchase: Cents; carRun: Cents; reception: Cents }): Cents {
  return t.outbound + t.carPurchase + t.carRun + t.reception;
}

/**
 * A unit's own figure (or a part row's) is a distractor for the department's input unless it
 * happens to be the whole figure.
 */
function unitMark(row: Row, v: number, unit: string, wholes: Map<string, number>): Mark {
  const name = row.input ?? row.notFor;
  if (!name || v === (wholes.get(name) ?? row.total)) return {};
  return { distractor: { name, why: row.input ? `${unit} only` : `${row.why ?? ''} (${unit})` } };
}

function flatSheet(ctx: Ctx, sheetName: string, title: string, names: string[], rows: Row[]): void {
  const { b, d, next, unit } = ctx;
  const s = b.addSheet(sheetName);
  const totalFirst = chance(next, 0.6);
  const totalHead = pick(next, ['合计', '部门合计', '汇总数']);
  const withUnitCol = chance(next, 0.7);
  const c0 = withUnitCol ? 2 : 1;
  const cols = totalFirst ? [totalHead, ...names] : [...names, totalHead];
  const width = c0 + cols.length;
  s.mergedText(0, 0, 0, width - 1, title);
  s.set(1, 0, `编制单位：${d.name}`);
  if (!withUnitCol) s.set(1, width - 1, unit === 'wan' ? '金额单位：万元' : '金额单位：元');
  s.set(2, 0, '项目');
  if (withUnitCol) s.set(2, 1, '计量单位');
  s.line(2, c0, cols);
  const cTotal = totalFirst ? c0 : c0 + names.length;
  const cUnit = (i: number): number => (totalFirst ? c0 + 1 + i : c0 + i);
  const wholes = new Map<string, number>();
  for (const row of rows) if (row.input) wholes.set(row.input, row.total);
  let r = 3;
  for (const row of rows) {
    s.set(r, 0, row.label);
    if (withUnitCol) s.set(r, 1, row.kind === 'count' ? '人' : unit === 'wan' ? '万元' : '元');
    const put = (col: number, v: number, mark: Mark): void =>
      row.kind === 'money' ? putMoney(s, ctx, r, col, v, 'number', mark) : putCount(s, r, col, v, mark);
    put(
      cTotal,
      row.total,
      row.input
        ? { truth: { name: row.input, label: `${row.label.trim()} × ${totalHead}` } }
        : row.notFor && row.total !== wholes.get(row.notFor)
          ? { distractor: { name: row.notFor, why: row.why ?? '' } }
          : {},
    );
    row.byUnit.forEach((v, i) => put(cUnit(i), v, unitMark(row, v, names[i], wholes)));
    r++;
  }
}

function groupedSheet(
  ctx: Ctx,
  names: string[],
  u: Record<'persInit' | 'persFull' | 'pers' | 'pub' | 'pubAct' | 'projInit' | 'projFull' | 'proj', Cents[]>,
  add: (...xs: Cents[][]) => Cents[],
  tpb: Record<'outbound' | 'reception' | 'car', Cents[]>,
  tpa: Record<'outbound' | 'reception' | 'car', Cents[]>,
): void {
  const { b, d, next, unit } = ctx;
  const s: SheetBuilder = b.addSheet(pick(next, ['汇总', '分单位汇总', '合并表']));
  const totalFirst = chance(next, 0.6);
  const totalHead = pick(next, ['部门合计', '合计', '汇总']);
  const groups = totalFirst ? [totalHead, ...names] : [...names, totalHead];
  const width = 1 + groups.length * 3;
  s.mergedText(0, 0, 0, width - 1, `${d.name}${d.year}年度预算执行情况汇总表（分单位）`);
  s.set(1, width - 1, unit === 'wan' ? '单位：万元' : '单位：元');
  s.mergedText(2, 0, 4, 0, '项目');
  groups.forEach((gName, k) => {
    const c = 1 + k * 3;
    s.mergedText(2, c, 2, c + 2, gName);
    s.mergedText(3, c, 3, c + 1, '预算数');
    s.mergedText(3, c + 2, 4, c + 2, '决算数');
    s.line(4, c, ['年初', '调整后']);
  });
  const tp = d.tpBudget;
  const ta = d.tpActual;
  interface GRow {
    label: string;
    init: [Cents, Cents[]];
    full: [Cents, Cents[]];
    act: [Cents, Cents[]];
    inputs: [string | null, string | null, string | null];
    /** For a part row: the whole's inputs its cells must not be taken for. */
    notFor?: [string, string, string];
    why?: string;
  }
  const publicB = d.publicFundsBudget;
  const persInit = u.persInit.reduce((a, x) => a + x, 0);
  const persFull = u.persFull.reduce((a, x) => a + x, 0);
  const rows: GRow[] = [
    {
      label: pick(next, ['支出合计', '本年支出合计']),
      init: [d.budgetInitial, add(u.persInit, u.pub, u.projInit)],
      full: [d.budgetAdjusted, add(u.persFull, u.pub, u.projFull)],
      act: [d.expenditure, add(u.pers, u.pubAct, u.proj)],
      inputs: ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure'],
    },
    {
      label: '一、基本支出',
      init: [persInit + publicB, add(u.persInit, u.pub)],
      full: [persFull + publicB, add(u.persFull, u.pub)],
      act: [d.basic, add(u.pers, u.pubAct)],
      inputs: [null, null, null],
      notFor: ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure'],
      why: '基本支出 only',
    },
    {
      label: '    人员经费',
      init: [persInit, u.persInit],
      full: [persFull, u.persFull],
      act: [d.personnel, u.pers],
      inputs: [null, null, null],
      notFor: ['PE_PublicFundsBudget', 'PE_PublicFundsBudget', 'PE_PublicFundsActual'],
      why: '人员经费, not 公用经费',
    },
    {
      label: '    公用经费',
      init: [publicB, u.pub],
      full: [publicB, u.pub],
      act: [d.publicFundsActual, u.pubAct],
      // 公用经费 is not adjusted during the year: its 年初 and 调整后 are one figure, right in either.
      inputs: ['PE_PublicFundsBudget', 'PE_PublicFundsBudget', 'PE_PublicFundsActual'],
    },
    {
      label: '二、项目支出',
      init: [d.budgetInitial - persInit - publicB, u.projInit],
      full: [d.budgetAdjusted - persFull - publicB, u.projFull],
      act: [d.project, u.proj],
      inputs: [null, null, null],
      notFor: ['PE_BudgetInitial', 'PE_BudgetAdjusted', 'PE_Expenditure'],
      why: '项目支出 only',
    },
    {
      label: '三、“三公”经费',
      init: [sum3(tp), add(tpb.outbound, tpb.reception, tpb.car)],
      full: [sum3(tp), add(tpb.outbound, tpb.reception, tpb.car)],
      act: [sum3(ta), add(tpa.outbound, tpa.reception, tpa.car)],
      inputs: ['PE_ThreePublicBudget', 'PE_ThreePublicBudget', 'PE_ThreePublicActual'],
    },
    {
      label: '    因公出国（境）费',
      init: [tp.outbound, tpb.outbound],
      full: [tp.outbound, tpb.outbound],
      act: [ta.outbound, tpa.outbound],
      inputs: [null, null, null],
      notFor: ['PE_ThreePublicBudget', 'PE_ThreePublicBudget', 'PE_ThreePublicActual'],
      why: 'one “三公” item',
    },
    {
      label: '    公务接待费',
      init: [tp.reception, tpb.reception],
      full: [tp.reception, tpb.reception],
      act: [ta.reception, tpa.reception],
      inputs: [null, null, null],
      notFor: ['PE_ThreePublicBudget', 'PE_ThreePublicBudget', 'PE_ThreePublicActual'],
      why: 'one “三公” item',
    },
    {
      label: '    公务用车购置及运行维护费',
      init: [tp.carPurchase + tp.carRun, tpb.car],
      full: [tp.carPurchase + tp.carRun, tpb.car],
      act: [ta.carPurchase + ta.carRun, tpa.car],
      inputs: [null, null, null],
      notFor: ['PE_ThreePublicBudget', 'PE_ThreePublicBudget', 'PE_ThreePublicActual'],
      why: 'one “三公” item',
    },
  ];
  const wholes = new Map<string, Cents>([
    ['PE_BudgetInitial', d.budgetInitial],
    ['PE_BudgetAdjusted', d.budgetAdjusted],
    ['PE_Expenditure', d.expenditure],
    ['PE_PublicFundsBudget', publicB],
    ['PE_PublicFundsActual', d.publicFundsActual],
    ['PE_ThreePublicBudget', sum3(tp)],
    ['PE_ThreePublicActual', sum3(ta)],
  ]);
  const heads = ['年初', '调整后', '决算数'];
  let r = 5;
  for (const row of rows) {
    s.set(r, 0, row.label);
    [row.init, row.full, row.act].forEach(([total, byUnit], k) => {
      const input = row.inputs[k];
      const cTotal = 1 + (totalFirst ? 0 : names.length) * 3 + k;
      const whole = input ?? row.notFor?.[k] ?? null;
      const wholeValue = whole ? (wholes.get(whole) ?? -1) : -1;
      let mark: Mark = {};
      if (input) mark = { truth: { name: input, label: `${row.label.trim()} × ${totalHead} ${heads[k]}` } };
      else if (whole && total !== wholeValue) mark = { distractor: { name: whole, why: row.why ?? '' } };
      putMoney(s, ctx, r, cTotal, total, 'number', mark);
      byUnit.forEach((v, i) => {
        const c = 1 + (totalFirst ? i + 1 : i) * 3 + k;
        putMoney(
          s,
          ctx,
          r,
          c,
          v,
          'number',
          whole && v !== wholeValue ? { distractor: { name: whole, why: `${names[i]} only` } } : {},
        );
      });
    });
    r++;
  }
}
