/**
 * An audit firm's working papers (审计工作底稿) for a department's 决算 audit, as the 审定表 sheets
 * of its Excel templates look: a head block (被审计单位, 审计期间 or 截止日, 索引号, 编制人 / 复核人
 * and dates), then 项目 | 账面数 (未审数) | 审计调整 (借方 | 贷方, or one signed 调整数) | 审定数 |
 * 备注 or 索引. The department's figures are the 审定数; the 账面数 is what the books said before
 * the adjustments. Where a line was not adjusted the two are one figure and both cells are right;
 * where it was, the 账面数 is a distractor. Some papers carry the year before's 审定数 as a column
 * first (上年审定数 / 期初审定数), a distractor.
 */
import { type Ctx } from '../holdout/common';
import { chance, int, pick, sumAssets, sumStaff, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { putCount, putMoney } from '../holdout3/helpers';
import { adjustment, around, unitText } from './common6';

interface Line {
  label: string;
  /** 审定数 */
  audited: Cents;
  /** 审定数 − 账面数 */
  adj: Cents;
  /** 上年审定数 / 期初审定数, when the paper shows it. */
  prior?: Cents;
  name?: string;
  priorName?: string;
}

/** A parent line whose figures are its children's sums in every column. */
function parent(label: string, kids: Line[], name?: string): Line {
  return {
    label,
    audited: kids.reduce((a, k) => a + k.audited, 0),
    adj: kids.reduce((a, k) => a + k.adj, 0),
    prior: kids.every((k) => k.prior !== undefined)
      ? kids.reduce((a, k) => a + (k.prior ?? 0), 0)
      : undefined,
    name,
  };
}

interface Layout {
  /** 借方 | 贷方 (two columns) or one signed 调整数 column. */
  debitCredit: boolean;
  withPrior: boolean;
}

function head(
  s: SheetBuilder,
  ctx: Ctx,
  title: string,
  index: string,
  width: number,
  period: string,
): number {
  const { d, next } = ctx;
  s.mergedText(0, 0, 0, width - 1, title);
  s.set(1, 0, `被审计单位：${d.name}`);
  s.set(1, width - 1, `索引号：${index}`);
  s.set(2, 0, period);
  s.set(2, width - 1, unitText(ctx));
  s.set(3, 0, `编制人：${pick(next, ['李', '王', '张', '陈', '刘'])}**`);
  s.set(3, Math.floor(width / 2), `日期：${d.year + 1}-0${int(next, 2, 4)}-${String(int(next, 10, 28))}`);
  s.set(3, width - 1, `复核人：${pick(next, ['赵', '周', '吴', '郑'])}**`);
  return 4;
}

/** Writes one 审定表 and returns the row after it. */
function table(s: SheetBuilder, ctx: Ctx, r0: number, first: string, lines: Line[], lay: Layout): number {
  const { next } = ctx;
  const cPrior = lay.withPrior ? 1 : -1;
  const cBook = lay.withPrior ? 2 : 1;
  const cAdj = cBook + 1;
  const cAud = lay.debitCredit ? cAdj + 2 : cAdj + 1;
  let r = r0;
  if (lay.debitCredit) {
    s.mergedText(r, 0, r + 1, 0, first);
    if (lay.withPrior) s.mergedText(r, cPrior, r + 1, cPrior, pick(next, ['上年审定数', '期初审定数']));
    s.mergedText(r, cBook, r + 1, cBook, pick(next, ['账面数', '未审数', '账面金额']));
    s.mergedText(r, cAdj, r, cAdj + 1, '审计调整');
    s.set(r + 1, cAdj, '借方');
    s.set(r + 1, cAdj + 1, '贷方');
    s.mergedText(r, cAud, r + 1, cAud, '审定数');
    s.mergedText(r, cAud + 1, r + 1, cAud + 1, '备注');
    r += 2;
  } else {
    s.line(r, 0, [
      first,
      ...(lay.withPrior ? [pick(next, ['上年审定数', '期初审定数'])] : []),
      pick(next, ['账面数', '未审数', '账面金额']),
      pick(next, ['调整数', '审计调整数', '调整金额（+/-）']),
      '审定数',
      '索引',
    ]);
    r++;
  }
  for (const ln of lines) {
    s.set(r, 0, ln.label);
    if (lay.withPrior && ln.prior !== undefined)
      putMoney(
        s,
        ctx,
        r,
        cPrior,
        ln.prior,
        'number',
        ln.name ? { distractor: { name: ln.priorName ?? ln.name, why: 'the year before’s 审定数' } } : {},
      );
    const book = ln.audited - ln.adj;
    putMoney(
      s,
      ctx,
      r,
      cBook,
      book,
      'number',
      ln.name
        ? ln.adj === 0
          ? { also: ln.name }
          : { distractor: { name: ln.name, why: '账面数 before the audit adjustment' } }
        : {},
    );
    if (lay.debitCredit) {
      if (ln.adj > 0) putMoney(s, ctx, r, cAdj, ln.adj);
      if (ln.adj < 0) putMoney(s, ctx, r, cAdj + 1, -ln.adj);
    } else if (ln.adj !== 0 || chance(next, 0.5)) putMoney(s, ctx, r, cAdj, ln.adj);
    putMoney(
      s,
      ctx,
      r,
      cAud,
      ln.audited,
      'number',
      ln.name ? { truth: { name: ln.name, label: `${ln.label.trim()} 审定数` } } : {},
    );
    if (ln.adj !== 0) s.set(r, cAud + 1, pick(next, ['见调整分录', 'AJE-1', '重分类调整', '跨期支出调整']));
    r++;
  }
  s.set(r, 0, pick(next, ['审计说明：', '审计结论：经审计，调整后余额可以确认。', '说明：']));
  return r + 2;
}

export function auditWorkpaper(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const lay: Layout = { debitCredit: chance(next, 0.5), withPrior: chance(next, 0.4) };
  const period = chance(next, 0.5)
    ? `审计期间：${d.year}年1月1日至${d.year}年12月31日`
    : `截止日：${d.year}年12月31日`;
  const adj = (c: Cents): Cents => adjustment(next, c, g);
  const width = (lay.withPrior ? 5 : 4) + (lay.debitCredit ? 1 : 0);
  const oneSheet = chance(next, 0.3);

  // Spending: 基本 (人员 + 公用) + 项目; “三公” as a block of its own (a part of 公用 and 项目).
  const personnel: Line = { label: '    人员经费', audited: d.personnel, adj: adj(d.personnel) };
  const pub: Line = {
    label: '    公用经费',
    audited: d.publicFundsActual,
    adj: adj(d.publicFundsActual),
    name: 'PE_PublicFundsActual',
  };
  const basic = parent('  基本支出', [personnel, pub]);
  const proj: Line = { label: '  项目支出', audited: d.project, adj: adj(d.project) };
  const total = parent(pick(next, ['支出合计', '本年支出合计', '支出总额']), [basic, proj], 'PE_Expenditure');
  const tpKids: Line[] = [
    { label: '  因公出国（境）费', audited: d.tpActual.outbound, adj: adj(d.tpActual.outbound) },
    {
      label: '  公务用车购置及运行维护费',
      audited: d.tpActual.carPurchase + d.tpActual.carRun,
      adj: adj(d.tpActual.carRun),
    },
    { label: '  公务接待费', audited: d.tpActual.reception, adj: adj(d.tpActual.reception) },
  ];
  const tp = parent(pick(next, ['“三公”经费支出', '三公经费', '“三公”经费']), tpKids, 'PE_ThreePublicActual');
  if (lay.withPrior) {
    // The year before's 审定 spending, split the same way as this year's.
    total.prior = d.priorExpenditure;
    const pb = around(next, d.priorExpenditure, 0.55, 0.8, g);
    basic.prior = pb;
    proj.prior = d.priorExpenditure - pb;
    const pp = around(next, pb, 0.1, 0.25, g);
    pub.prior = pp;
    personnel.prior = pb - pp;
    tpKids[0].prior = d.tpPriorActual.outbound;
    tpKids[1].prior = d.tpPriorActual.carPurchase + d.tpPriorActual.carRun;
    tpKids[2].prior = d.tpPriorActual.reception;
    tp.prior = tpKids.reduce((a, k) => a + (k.prior ?? 0), 0);
  }
  const s1 = b.addSheet(oneSheet ? '审定表' : pick(next, ['支出审定表', 'D-1支出', '支出']));
  let r = head(s1, ctx, pick(next, ['支出审定表', '本年支出审定表']), 'D-1', width, period);
  r = table(s1, ctx, r, '项目', [total, basic, personnel, pub, proj], lay);
  r = table(s1, ctx, r, '项目', [tp, ...tpKids], lay);

  // Assets, net of depreciation; the 固定资产 line shows 原值 and 累计折旧 beneath (the 原值 a distractor).
  const e = d.assetsEnd;
  const bg = d.assetsBegin;
  const cls = (label: string, c: Cents, p: Cents, name: string): Line => ({
    label,
    audited: c,
    adj: adj(c),
    prior: p,
    name,
  });
  const current = cls('  流动资产', e.current, bg.current, 'PE_AssetsCurrent');
  const fixed = cls('  固定资产（净值）', e.fixed, bg.fixed, 'PE_AssetsFixed');
  const intangible = cls('  无形资产（净值）', e.intangible, bg.intangible, 'PE_AssetsIntangible');
  const cip = cls('  在建工程', e.inProgress, bg.inProgress, 'PE_AssetsInProgress');
  const other = cls('  其他资产', e.other, bg.other, 'PE_AssetsOther');
  const classes = [current, fixed, intangible, cip, other];
  for (const c of classes) c.priorName = c.name;
  const assets = parent(pick(next, ['资产总计', '资产合计']), classes, 'PE_AssetsTotal');
  if (!lay.withPrior) for (const c of [assets, ...classes]) c.prior = undefined;
  else assets.prior = sumAssets(bg);
  const dep = around(next, e.fixed, 0.25, 0.6, g);
  const gross: Line = {
    label: '    其中：固定资产原值',
    audited: e.fixed + dep,
    adj: fixed.adj,
    name: undefined,
  };
  const depLine: Line = { label: '          减：累计折旧', audited: dep, adj: 0 };
  const s2 = oneSheet ? s1 : b.addSheet(pick(next, ['资产审定表', 'Z-1资产', '资产']));
  if (!oneSheet) r = head(s2, ctx, '资产审定表', 'Z-1', width, period);
  const grossRow = r + (lay.debitCredit ? 2 : 1) + 3;
  r = table(s2, ctx, r, '资产项目', [assets, current, fixed, gross, depLine, intangible, cip, other], lay);
  const cAudited = (lay.withPrior ? 2 : 1) + (lay.debitCredit ? 3 : 2);
  s2.distractor('PE_AssetsFixed', grossRow, cAudited, '固定资产原值 (gross), not the net figure');

  // Staff: 单位提供数 against the auditor's 核实数 from the 编制 approval and the payroll.
  const s3 = oneSheet ? s1 : b.addSheet(pick(next, ['人员核实表', 'R-1人员']));
  if (!oneSheet) {
    s3.mergedText(0, 0, 0, 3, '人员编制及实有人数核实表');
    s3.set(1, 0, `被审计单位：${d.name}`);
    r = 2;
  }
  s3.line(r, 0, ['项目', '单位提供数', '核实数', '差异']);
  r++;
  const staffRow = (label: string, n: number, name: string, off: number): void => {
    s3.set(r, 0, label);
    putCount(
      s3,
      r,
      1,
      n + off,
      off === 0
        ? { also: name }
        : { distractor: { name, why: 'the unit’s own count before the audit check' } },
    );
    putCount(s3, r, 2, n, { truth: { name, label: `${label} 核实数` } });
    s3.set(r, 3, off === 0 ? 0 : -off);
    r++;
  };
  // Borrowed-in staff (借调) counted by the unit is the usual difference in 实有人数.
  const borrowed = chance(next, 0.4) ? int(next, 1, 3) : 0;
  staffRow('编制数', sumStaff(d.staffAuthorized), 'PE_StaffAuthorized', 0);
  staffRow('  其中：行政编制', d.staffAuthorized.admin, 'PE_OfficialsAuthorized', 0);
  staffRow('实有在编人数', sumStaff(d.staffActual), 'PE_StaffActual', borrowed);
  staffRow('  其中：行政在编人数', d.staffActual.admin, 'PE_OfficialsActual', borrowed);
  const withIndex = chance(next, 0.4);
  if (withIndex) indexSheet(ctx, oneSheet);
  const withEntries = chance(next, 0.5);
  if (withEntries)
    entriesSheet(ctx, [personnel, pub, proj, ...tpKids, current, fixed, intangible, cip, other]);
  return `${withIndex ? 'index:' : ''}${withEntries ? 'aje:' : ''}${lay.debitCredit ? 'dc' : 'signed'}${lay.withPrior ? ':prior' : ''}${oneSheet ? ':one' : ''}${borrowed ? ':borrowed' : ''}`;
}

/** The 底稿目录 an audit file opens with: 索引号 and the paper's name, no figures. */
function indexSheet(ctx: Ctx, oneSheet: boolean): void {
  const { b, d } = ctx;
  const s = b.addSheet('底稿目录');
  s.set(0, 0, `${d.name}${d.year}年度决算审计工作底稿目录`);
  s.line(1, 0, ['索引号', '底稿名称', '页次']);
  const rows: [string, string][] = oneSheet
    ? [['D-1', '审定表（支出、资产、人员）']]
    : [
        ['D-1', '支出审定表'],
        ['Z-1', '资产审定表'],
        ['R-1', '人员编制及实有人数核实表'],
      ];
  rows.forEach(([k, v], i) => s.line(2 + i, 0, [k, v, `${i + 1}`]));
}

/**
 * The 审计调整分录汇总: one entry per adjusted line (借 the account raised, 贷 the one lowered or
 * the 零余额账户用款额度), the amount once. Amounts are adjustments, never a line's figure.
 */
function entriesSheet(ctx: Ctx, lines: Line[]): void {
  const { b, next } = ctx;
  const s = b.addSheet(pick(next, ['调整分录', 'AJE']));
  s.set(0, 0, '审计调整分录汇总表');
  s.set(0, 5, unitText(ctx));
  s.line(1, 0, ['编号', '摘要', '借方科目', '贷方科目', '金额', '影响报表项目']);
  let r = 2;
  for (const ln of lines) {
    if (ln.adj === 0) continue;
    const item = ln.label.replace(/^[\s\u3000]+|（净值）/g, '');
    // A spending line is set against the 零余额 account it was paid from, an asset against 盈余.
    const other = /资产|在建工程/.test(item) ? '以前年度盈余调整' : '零余额账户用款额度';
    s.set(r, 0, `AJE-${r - 1}`);
    s.set(r, 1, ln.adj > 0 ? `补记${item}` : `冲回多记${item}`);
    s.set(r, 2, ln.adj > 0 ? item : other);
    s.set(r, 3, ln.adj > 0 ? other : item);
    putMoney(s, ctx, r, 4, Math.abs(ln.adj));
    s.set(r, 5, item);
    r++;
  }
  if (r === 2) s.set(r, 1, '无调整事项');
}
