/**
 * `schoolHospital`: the sheets of a 事业单位 (a school, a hospital, a 技术推广站 or 疾控中心) in its
 * own words: 收入 by source (财政拨款收入 or 财政补助收入, 事业收入 / 教育事业收入 / 医疗收入 with
 * 门诊 and 住院 under it, 经营收入, 其他收入), 支出 by 基本支出 (人员经费 / 公用经费 or 商品和服务
 * 支出) / 项目支出 / 经营支出 with 预算 and 决算 columns, staff by 岗位 (管理 / 专业技术 / 工勤技能)
 * with 编制内 and 编制外 / 聘用 / 临聘 beside, the service figures (在校学生, 床位, 门诊人次), the
 * assets with 其中 rows of its own (教学仪器设备, 医疗设备), its “三公” and the 服务对象满意度 as
 * 学生及家长满意度 or 患者满意度 beside an 职工满意度 that is not the answer. A 事业单位 has no 行政
 * 编制: 行政编制数 and 在职公务人员 are absent.
 */
import { D } from '../../src/engine/decimal';
import type { Ctx } from '../holdout/common';
import { chance, int, pick, split, sumAssets, sumStaff, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, notesSheet, placeOf, putCount, putMoney, putRatio, type Mark } from './helpers';

type Kind = 'school' | 'hospital' | 'station';

const T = (name: string, label: string): Mark => ({ truth: { name, label } });
const X = (name: string, why: string): Mark => ({ distractor: { name, why } });

function unitName(kind: Kind, place: string, next: () => number): string {
  if (kind === 'school') return `${place}${pick(next, ['第一中学', '实验小学', '职业技术学校', '第二中学'])}`;
  if (kind === 'hospital') return `${place}${pick(next, ['人民医院', '中医院', '妇幼保健院'])}`;
  return `${place}${pick(next, ['农业技术推广中心', '疾病预防控制中心', '水文站', '林业工作站'])}`;
}

function unitText(ctx: Ctx): string {
  return ctx.unit === 'wan'
    ? pick(ctx.next, ['单位：万元', '金额单位：万元'])
    : pick(ctx.next, ['单位：元', '金额单位：元']);
}

function incomeSpending(ctx: Ctx, kind: Kind, name: string): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const s = b.addSheet(pick(next, ['收支情况', '收入支出表', '预决算对比']));
  const withInitial = chance(next, 0.6);
  let r = 0;
  s.set(r, 0, `${name}${d.year}年度收入支出${pick(next, ['情况表', '预决算对比表'])}`);
  s.merge(r, 0, r, withInitial ? 3 : 2);
  r++;
  s.set(r, withInitial ? 3 : 2, unitText(ctx));
  r++;
  const initialHead = pick(next, ['年初预算数', '年初预算']);
  const adjHead = pick(next, ['全年预算数', '调整后预算数', '预算数（调整后）']);
  const actHead = pick(next, ['决算数', '本年实际数', '实际完成数']);
  s.line(r, 0, ['项目', ...(withInitial ? [initialHead] : []), adjHead, actHead]);
  r++;
  const put = (
    row: number,
    label: string,
    ini: Cents | null,
    adj: Cents | null,
    act: Cents | null,
    m: [Mark?, Mark?, Mark?] = [],
  ): void => {
    s.set(row, 0, label);
    let c = 1;
    if (withInitial) {
      if (ini !== null) putMoney(s, ctx, row, c, ini, 'number', m[0] ?? {});
      c++;
    }
    if (adj !== null) putMoney(s, ctx, row, c, adj, 'number', m[1] ?? {});
    c++;
    if (act !== null) putMoney(s, ctx, row, c, act, 'number', m[2] ?? {});
  };

  // 收入 by source. The 财政 part dominates; 事业收入 is what the unit earns from its service.
  const incWords: Record<Kind, string[]> = {
    school: ['教育事业收入', '事业收入'],
    hospital: ['医疗收入', '事业收入'],
    station: ['事业收入', '技术服务收入'],
  };
  const [fin, service, other] = split(d.incomeActual, [8, 1.5, 0.3], g);
  const [finB, serviceB, otherB] = split(d.incomeAdjusted, [8, 1.5, 0.3], g);
  const numbered = chance(next, 0.5);
  s.set(r, 0, numbered ? '一、收入' : '收入');
  r++;
  put(r++, pick(next, ['财政拨款收入', '财政补助收入']), null, finB, fin);
  put(r++, pick(next, incWords[kind]), null, serviceB, service);
  if (kind === 'hospital') {
    const [outp, inp] = split(service, [1, 1.6], g);
    put(r++, '其中：门诊收入', null, null, outp);
    put(r++, '住院收入', null, null, inp);
  }
  put(r++, '经营收入', null, 0, 0);
  put(r++, '其他收入', null, otherB, other);
  const incomeLabel = pick(next, ['收入合计', '本年收入合计']);
  put(r++, incomeLabel, null, d.incomeAdjusted, d.incomeActual, [
    undefined,
    X('PE_BudgetAdjusted', '收入 budget, not the spending budget'),
    X('PE_Expenditure', '收入合计, income'),
  ]);

  // 支出: 基本支出 (人员经费 / 公用经费), 项目支出, 经营支出. 公用经费 is budgeted as a 定额 and not
  // adjusted, so its 年初 and 全年 budgets are the same figure.
  const basicBudget = d.personnelBudget + d.publicFundsBudget;
  const op = kind === 'hospital' || chance(next, 0.3) ? Math.round((d.project * 0.1) / g) * g : 0;
  const projBudgetAdj = d.budgetAdjusted - basicBudget - op;
  const projBudgetIni = d.budgetInitial - basicBudget - op;
  const iniOk = withInitial && projBudgetIni >= 0;
  s.set(r, 0, numbered ? '二、支出' : '支出');
  r++;
  const pubLabel = pick(next, ['公用经费', '日常公用经费', '商品和服务支出（公用经费）']);
  put(r++, pick(next, ['基本支出', '（一）基本支出']), iniOk ? basicBudget : null, basicBudget, d.basic);
  put(
    r++,
    pick(next, ['其中：人员经费', '人员经费']),
    iniOk ? d.personnelBudget : null,
    d.personnelBudget,
    d.personnel,
    [
      iniOk ? X('PE_PublicFundsBudget', '人员经费') : undefined,
      X('PE_PublicFundsBudget', '人员经费'),
      X('PE_PublicFundsActual', '人员经费'),
    ],
  );
  const pubRow = r;
  put(r++, pubLabel, iniOk ? d.publicFundsBudget : null, d.publicFundsBudget, d.publicFundsActual, [
    undefined,
    T('PE_PublicFundsBudget', `${pubLabel} ${adjHead}`),
    T('PE_PublicFundsActual', `${pubLabel} ${actHead}`),
  ]);
  if (iniOk) s.alsoRight('PE_PublicFundsBudget', pubRow, 1);
  put(
    r++,
    pick(next, ['项目支出', '（二）项目支出']),
    iniOk ? projBudgetIni : null,
    projBudgetAdj,
    d.project - op,
    [undefined, undefined, X('PE_Expenditure', '项目支出, part of the spending')],
  );
  put(r++, pick(next, ['经营支出', '（三）经营支出']), iniOk ? op : null, op, op);
  const spendLabel = pick(next, ['支出合计', '本年支出合计', '支出总计']);
  put(r++, spendLabel, iniOk ? d.budgetInitial : null, d.budgetAdjusted, d.expenditure, [
    iniOk ? T('PE_BudgetInitial', `${spendLabel} ${initialHead}`) : undefined,
    T('PE_BudgetAdjusted', `${spendLabel} ${adjHead}`),
    T('PE_Expenditure', `${spendLabel} ${actHead}`),
  ]);
  if (chance(next, 0.5)) s.set(r + 1, 0, '注：经营支出为单位非独立核算经营活动发生的支出。');
  return iniOk ? 'withInitial' : 'adjustedOnly';
}

function staffSheet(ctx: Ctx, kind: Kind): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['人员情况', '人员构成', '基本情况']));
  const auth = sumStaff(d.staffAuthorized);
  const act = sumStaff(d.staffActual);
  const hired = int(next, 2, 40);
  let r = 0;
  s.set(r, 0, pick(next, ['人员基本情况表', '在职人员情况统计表']));
  r++;
  const byPost = chance(next, 0.6);
  if (byPost) {
    // 岗位类别 rows: the establishment and the staff in post split over them.
    const na = split(auth, [1, 5, 1], 1);
    const nb = split(act, [1, 5, 1], 1);
    const head = [
      '岗位类别',
      pick(next, ['核定编制数', '编制数']),
      pick(next, ['编制内实有人数', '在编人数', '实有在编']),
      pick(next, ['编制外人员', '聘用人员', '临聘人员']),
    ];
    s.line(r, 0, head);
    r++;
    const outs = split(hired, [1, 3, 2], 1);
    ['管理岗位', '专业技术岗位', '工勤技能岗位'].forEach((p, k) => {
      s.set(r, 0, p);
      putCount(s, r, 1, na[k]);
      putCount(s, r, 2, nb[k]);
      putCount(s, r, 3, outs[k]);
      r++;
    });
    const tl = pick(next, ['合计', '总计']);
    s.set(r, 0, tl);
    putCount(s, r, 1, auth, T('PE_StaffAuthorized', `${tl} ${head[1]}`));
    putCount(s, r, 2, act, T('PE_StaffActual', `${tl} ${head[2]}`));
    putCount(s, r, 3, hired, X('PE_StaffActual', '编制外 staff, not on the establishment'));
    r++;
  } else {
    const rows: [string, number, Mark][] = [
      [pick(next, ['核定编制数（事业编制）', '核定事业编制', '编制数']), auth, T('PE_StaffAuthorized', '')],
      [pick(next, ['实有在编人数', '在编在岗人数', '编制内在职人数']), act, T('PE_StaffActual', '')],
      [pick(next, ['编制外聘用人员', '合同制人员', '临聘人员']), hired, X('PE_StaffActual', '编制外 staff')],
      [
        pick(next, ['在职职工总数', '职工合计']),
        act + hired,
        X('PE_StaffActual', 'all staff with those off the establishment'),
      ],
      ['离退休人员', d.retired, X('PE_StaffActual', 'retired')],
    ];
    s.line(r, 0, ['项目', '人数', '备注']);
    r++;
    for (const [label, n, m] of rows) {
      s.set(r, 0, label);
      const mark = m.truth ? T(m.truth.name, label) : m;
      if (n > 0 || mark.truth) putCount(s, r, 1, n, mark);
      else s.set(r, 1, 0);
      r++;
    }
  }
  // The service figures a school or a hospital reports beside its staff (counts, not inputs).
  r++;
  if (kind === 'school') {
    s.set(r, 0, '在校学生数');
    s.set(r, 1, int(next, 300, 3000));
    s.set(r + 1, 0, '教学班数');
    s.set(r + 1, 1, int(next, 10, 60));
  } else if (kind === 'hospital') {
    s.set(r, 0, '编制床位');
    s.set(r, 1, int(next, 80, 600));
    s.set(r + 1, 0, '门急诊人次');
    s.set(r + 1, 1, int(next, 30000, 400000));
  } else {
    s.set(r, 0, '服务乡镇数');
    s.set(r, 1, int(next, 5, 20));
  }
  return byPost ? 'byPost' : 'list';
}

function assetsSheet(ctx: Ctx, kind: Kind): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['资产情况', '资产']));
  let r = 0;
  s.set(r, 0, '资产情况表');
  s.set(r, 2, unitText(ctx));
  r++;
  s.line(r, 0, ['项目', pick(next, ['年初数', '年初账面数']), pick(next, ['年末数', '年末账面数'])]);
  r++;
  const rows: [string, Cents, Cents, string | null][] = [
    ['流动资产', d.assetsBegin.current, d.assetsEnd.current, 'PE_AssetsCurrent'],
    [pick(next, ['固定资产', '固定资产（净值）']), d.assetsBegin.fixed, d.assetsEnd.fixed, 'PE_AssetsFixed'],
  ];
  const special =
    kind === 'school' ? '其中：教学仪器设备' : kind === 'hospital' ? '其中：医疗设备' : '其中：专用设备';
  const [spB] = split(d.assetsBegin.fixed, [1, 1.5], d.grain);
  const [spE] = split(d.assetsEnd.fixed, [1, 1.5], d.grain);
  rows.push([special, spB, spE, null]);
  rows.push(['无形资产', d.assetsBegin.intangible, d.assetsEnd.intangible, 'PE_AssetsIntangible']);
  rows.push(['在建工程', d.assetsBegin.inProgress, d.assetsEnd.inProgress, 'PE_AssetsInProgress']);
  rows.push([
    pick(next, ['其他资产', '长期待摊费用及其他']),
    d.assetsBegin.other,
    d.assetsEnd.other,
    'PE_AssetsOther',
  ]);
  const totalLabel = pick(next, ['资产总计', '资产合计', '资产总额']);
  rows.push([totalLabel, sumAssets(d.assetsBegin), sumAssets(d.assetsEnd), 'PE_AssetsTotal']);
  for (const [label, beg, end, input] of rows) {
    s.set(r, 0, label);
    putMoney(
      s,
      ctx,
      r,
      1,
      beg,
      'number',
      input && beg > 0 && beg !== end ? X(input, '年初数, the opening balance') : {},
    );
    putMoney(
      s,
      ctx,
      r,
      2,
      end,
      'number',
      input ? T(input, `${label} 年末数`) : X('PE_AssetsFixed', `${special}, a part of 固定资产`),
    );
    r++;
  }
}

function threePublicSheet(ctx: Ctx, s: SheetBuilder, r0: number): number {
  const { d, next } = ctx;
  let r = r0;
  s.set(r, 0, pick(next, ['“三公”经费支出情况', '三公经费']));
  s.set(r, 2, unitText(ctx));
  r++;
  s.line(r, 0, ['项目', pick(next, ['预算数', '年初预算']), pick(next, ['实际支出', '决算数'])]);
  r++;
  const items: [string, Cents, Cents][] = [
    ['因公出国（境）费用', d.tpBudget.outbound, d.tpActual.outbound],
    [
      '公务用车购置及运行维护费',
      d.tpBudget.carPurchase + d.tpBudget.carRun,
      d.tpActual.carPurchase + d.tpActual.carRun,
    ],
    ['公务接待费', d.tpBudget.reception, d.tpActual.reception],
  ];
  const total = chance(next, 0.8);
  for (const [label, bud, act] of items) {
    s.set(r, 0, label);
    putMoney(s, ctx, r, 1, bud);
    putMoney(s, ctx, r, 2, act);
    r++;
  }
  if (total) {
    const tl = pick(next, ['合计', '“三公”经费合计']);
    s.set(r, 0, tl);
    putMoney(s, ctx, r, 1, sumTP(d.tpBudget), 'number', T('PE_ThreePublicBudget', `${tl} 预算数`));
    putMoney(s, ctx, r, 2, sumTP(d.tpActual), 'number', T('PE_ThreePublicActual', `${tl} 实际支出`));
    r++;
  }
  return r + 1;
}

function serviceSheet(ctx: Ctx, kind: Kind, s: SheetBuilder, r0: number): number {
  const { d, next } = ctx;
  let r = r0;
  s.set(r, 0, pick(next, ['服务满意度调查', '满意度测评结果']));
  r++;
  const who =
    kind === 'school'
      ? pick(next, ['学生及家长满意度', '家长满意度'])
      : kind === 'hospital'
        ? pick(next, ['患者满意度', '住院患者满意度'])
        : '服务对象满意度';
  const staffSat = Math.max(80, Math.min(99, d.satisfactionPct + pick(next, [-3, -2, 2, 3])));
  const rows: [string, number, Mark][] = [
    [who, d.satisfactionPct, T('PE_Satisfaction', who)],
    ['职工满意度', staffSat, X('PE_Satisfaction', '职工满意度, the unit’s own staff')],
  ];
  if (chance(next, 0.5)) rows.reverse();
  for (const [label, pct, m] of rows) {
    s.set(r, 0, label);
    putRatio(s, r, 1, pct, m);
    r++;
  }
  if (kind === 'hospital') {
    s.set(r, 0, '病床使用率');
    s.set(r, 1, new D(int(next, 60, 98)).div(100).toNumber());
    r++;
  }
  return r + 1;
}

export function schoolHospital(ctx: Ctx): string {
  const { d, next, b } = ctx;
  const kind: Kind = pick(next, ['school', 'hospital', 'station'] as const);
  const name = unitName(kind, placeOf(d.name), next);
  d.name = name;
  if (chance(next, 0.3)) coverSheet(ctx, `${name}${d.year}年度单位整体支出绩效自评材料`);
  const parts0: string[] = [kind, incomeSpending(ctx, kind, name)];
  if (chance(next, 0.8)) parts0.push(staffSheet(ctx, kind));
  if (chance(next, 0.55)) {
    assetsSheet(ctx, kind);
    parts0.push('assets');
  }
  if (chance(next, 0.7)) {
    const s = b.addSheet(pick(next, ['其他情况', '补充资料']));
    let r = 0;
    if (chance(next, 0.75)) {
      r = threePublicSheet(ctx, s, r);
      parts0.push('threePublic');
    }
    if (chance(next, 0.7)) {
      r = serviceSheet(ctx, kind, s, r);
      parts0.push('satisfaction');
    }
    if (r === 0) s.set(0, 0, '无');
  }
  if (chance(next, 0.15)) notesSheet(ctx);
  return parts0.join(':');
}
