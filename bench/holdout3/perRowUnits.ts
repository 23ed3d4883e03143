/**
 * `perRowUnits`: a clerk's data sheet where the unit is given per row, not per table: 序号 | 指标
 * 名称 | 数值 | 单位 | 备注, or 序号 | 项目 | 金额 | 计量单位 | 备注 (the counts in the 金额 column
 * too), or 指标 | 本年 | 上年 | 单位 | 说明. Money rows are in 万元 (to four decimals, as a
 * division pasted as values leaves them) on some rows and in 元 on others, counts in 人 / 项 / 个 /
 * 件, the 满意度 as a percentage cell. Remarks mention other figures in prose; rows for figures
 * the evaluation does not want (上年支出, 离退休人员, 编制外人员, 固定资产原值, 节约资金, 车辆,
 * 面积) sit among the inputs.
 */
import { D } from '../../src/engine/decimal';
import type { Ctx, MoneyUnit } from '../holdout/common';
import { cnOrdinal } from '../holdout/common';
import { chance, pick, shuffle, sumAssets, sumStaff, sumTP, wan, type Cents } from '../holdout/figures';
import { coverSheet, notesSheet, prose, putCount, putMoney, putRatio, type Mark } from './helpers';

interface Row {
  group: number;
  label: string;
  kind: 'money' | 'count' | 'ratio';
  value: number;
  prior?: number;
  countUnit?: string;
  mark: Mark;
  priorMark?: Mark;
  remark?: string;
}

const GROUPS = ['资金情况', '“三公”经费及公用经费', '资产情况', '人员情况', '绩效目标完成情况'];

export function perRowUnits(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const layout = pick(next, ['value', 'amount', 'twoYears'] as const);
  const grouped = chance(next, 0.5);
  const yuanShare = pick(next, [0.2, 0.4, 0.6]);
  const T = (name: string, label: string): Mark => ({ truth: { name, label } });
  const X = (name: string, why: string): Mark => ({ distractor: { name, why } });
  const rows: Row[] = [];
  const money = (
    group: number,
    name: string | null,
    labels: string[],
    c: Cents,
    prior?: Cents,
    remark?: string,
    why?: string,
  ): void => {
    const label = pick(next, labels);
    rows.push({
      group,
      label,
      kind: 'money',
      value: c,
      prior,
      mark: name ? (why ? X(name, why) : T(name, label)) : {},
      remark,
    });
  };
  const count = (
    group: number,
    name: string | null,
    labels: string[],
    n: number,
    unit: string,
    why?: string,
  ): void => {
    const label = pick(next, labels);
    rows.push({
      group,
      label,
      kind: 'count',
      value: n,
      countUnit: unit,
      mark: name ? (why ? X(name, why) : T(name, label)) : {},
    });
  };
  const some = (p: number): boolean => chance(next, p);

  if (some(0.85))
    money(
      0,
      'PE_BudgetInitial',
      ['年初预算数', '年初预算批复数', '部门年初预算'],
      d.budgetInitial,
      d.priorBudgetInitial,
    );
  if (some(0.85))
    money(
      0,
      'PE_BudgetAdjusted',
      ['全年预算数', '调整后预算数', '全年预算（含追加）'],
      d.budgetAdjusted,
      undefined,
      `含年中追加${prose(d.budgetAdjusted - d.budgetInitial)}万元`,
    );
  if (some(0.9))
    money(
      0,
      'PE_Expenditure',
      ['本年实际支出', '全年支出数', '本年支出合计'],
      d.expenditure,
      d.priorExpenditure,
      `执行率${new D(d.expenditure).div(d.budgetAdjusted).times(100).toFixed(2)}%`,
    );
  if (some(0.4))
    money(
      0,
      'PE_Expenditure',
      ['上年实际支出', '上年支出数'],
      d.priorExpenditure,
      undefined,
      undefined,
      '上年, last year',
    );
  if (some(0.6))
    money(0, 'PE_StockFundsPriorEnd', ['上年末财政存量资金', '上年末结转结余资金'], d.stockPriorEnd);
  if (some(0.6)) money(0, 'PE_StockFundsEnd', ['本年末财政存量资金', '年末存量资金'], d.stockEnd);
  if (some(0.65)) money(0, 'PE_ProcurementPlan', ['政府采购预算', '政府采购计划金额'], d.procurementPlan);
  if (some(0.65)) money(0, 'PE_ProcurementActual', ['政府采购实际金额', '实际采购金额'], d.procurementActual);
  if (some(0.3))
    money(
      0,
      'PE_ProcurementActual',
      ['政府采购节约资金'],
      d.procurementPlan - d.procurementActual,
      undefined,
      undefined,
      '节约资金, plan less actual',
    );
  if (some(0.8))
    money(
      1,
      'PE_ThreePublicBudget',
      ['“三公”经费预算数', '三公经费年初预算'],
      sumTP(d.tpBudget),
      sumTP(d.tpPrior),
      undefined,
    );
  if (some(0.6))
    money(1, 'PE_ThreePublicBudgetPrior', ['上年“三公”经费预算数', '上年三公经费预算'], sumTP(d.tpPrior));
  if (some(0.8))
    money(
      1,
      'PE_ThreePublicActual',
      ['“三公”经费实际支出', '三公经费决算数'],
      sumTP(d.tpActual),
      sumTP(d.tpPriorActual),
      `其中公务接待费${prose(d.tpActual.reception)}万元`,
    );
  if (some(0.7))
    money(1, 'PE_PublicFundsBudget', ['公用经费预算数', '公用经费年初预算'], d.publicFundsBudget);
  if (some(0.7))
    money(1, 'PE_PublicFundsActual', ['公用经费实际支出', '公用经费决算数'], d.publicFundsActual);
  if (some(0.3))
    money(
      1,
      'PE_PublicFundsActual',
      ['其中：人员经费', '人员经费支出'],
      d.personnel,
      undefined,
      undefined,
      '人员经费',
    );
  if (some(0.7))
    money(
      2,
      'PE_AssetsTotal',
      ['年末资产总额', '资产总额'],
      sumAssets(d.assetsEnd),
      sumAssets(d.assetsBegin),
    );
  if (some(0.6)) money(2, 'PE_AssetsCurrent', ['流动资产', '年末流动资产'], d.assetsEnd.current);
  if (some(0.6)) money(2, 'PE_AssetsFixed', ['固定资产净值', '固定资产（账面净值）'], d.assetsEnd.fixed);
  if (some(0.35)) {
    const gross = Math.round((d.assetsEnd.fixed * 1.4) / d.grain) * d.grain;
    money(2, 'PE_AssetsFixed', ['固定资产原值'], gross, undefined, undefined, '原值, before depreciation');
  }
  if (some(0.5)) money(2, 'PE_FixedAssetsInUse', ['在用固定资产', '实际在用固定资产'], d.fixedInUse);
  if (some(0.4)) money(2, 'PE_AssetsIntangible', ['无形资产'], d.assetsEnd.intangible);
  if (some(0.4)) money(2, 'PE_AssetsInProgress', ['在建工程'], d.assetsEnd.inProgress);
  if (some(0.3)) money(2, 'PE_AssetsOther', ['其他资产'], d.assetsEnd.other);
  if (some(0.8))
    count(3, 'PE_StaffAuthorized', ['核定编制数', '编制总数（含工勤）'], sumStaff(d.staffAuthorized), '人');
  if (some(0.8))
    count(3, 'PE_StaffActual', ['在编人数', '实有在编人数（含工勤）'], sumStaff(d.staffActual), '人');
  if (some(0.6))
    count(3, 'PE_OfficialsAuthorized', ['行政编制数', '其中：行政编制'], d.staffAuthorized.admin, '人');
  if (some(0.6))
    count(3, 'PE_OfficialsActual', ['在职公务员人数', '行政编制实有人数'], d.staffActual.admin, '人');
  if (some(0.4)) count(3, 'PE_StaffActual', ['离退休人员', '退休人数'], d.retired, '人', 'retired');
  if (some(0.4))
    count(
      3,
      'PE_StaffActual',
      ['编制外聘用人员', '政府购买服务人员'],
      1 + (d.retired % 7),
      '人',
      '编制外 staff',
    );
  if (some(0.3)) count(3, null, ['公务用车保有量'], 1 + (d.staffAuthorized.worker % 4), '辆');
  if (some(0.3)) count(3, null, ['办公用房面积'], 800 + d.retired * 37, '平方米');
  const pairs: [string[], string[], [number, number], string, string, string][] = [
    [
      ['年度重点工作任务数', '重点工作任务'],
      ['已完成重点工作任务数', '完成重点工作'],
      d.keyTasks,
      'PE_KeyTasksPlanned',
      'PE_KeyTasksDone',
      '项',
    ],
    [
      ['设定绩效指标数', '绩效指标个数'],
      ['完成绩效指标数', '已完成绩效指标'],
      d.targets,
      'PE_TargetsSet',
      'PE_TargetsMet',
      '个',
    ],
    [
      ['纳入考核项目数', '考核项目个数'],
      ['按时完成项目数', '按期完成项目'],
      d.projects,
      'PE_ProjectsTotal',
      'PE_ProjectsOnTime',
      '个',
    ],
    [
      ['效果指标数'],
      ['达成效果指标数', '实现效果指标'],
      d.outcomes,
      'PE_OutcomesSet',
      'PE_OutcomesMet',
      '个',
    ],
    [
      ['排查矛盾纠纷', '矛盾纠纷排查数'],
      ['调处成功', '成功调处数'],
      d.disputes,
      'PE_DisputesTotal',
      'PE_DisputesResolved',
      '件',
    ],
  ];
  for (const [l1, l2, [a, c], n1, n2, u] of pairs) {
    if (!some(0.6)) continue;
    count(4, n1, l1, a, u);
    if (some(0.9)) count(4, n2, l2, c, u);
  }
  if (some(0.7)) {
    const label = pick(next, ['服务对象满意度', '群众满意度', '满意度']);
    rows.push({
      group: 4,
      label,
      kind: 'ratio',
      value: d.satisfactionPct,
      mark: T('PE_Satisfaction', label),
    });
  }

  const ordered = grouped ? [...rows].sort((x, y) => x.group - y.group) : shuffle(next, rows);
  const s = b.addSheet(pick(next, ['基础数据', '数据采集', '指标数据', 'Sheet1']));
  if (chance(next, 0.2)) coverSheet(ctx, `${d.name}${d.year}年度绩效自评基础数据`);
  let r = 0;
  s.set(
    r,
    0,
    `${d.name}${d.year}年度${pick(next, ['部门整体支出绩效自评基础数据表', '绩效评价数据采集表', '基础数据'])}`,
  );
  s.merge(r, 0, r, 4);
  r++;
  const heads =
    layout === 'value'
      ? ['序号', '指标名称', '数值', '单位', '备注']
      : layout === 'amount'
        ? ['序号', '项目', '金额', '计量单位', '备注']
        : ['指标', `${d.year}年`, `${d.year - 1}年`, '单位', '说明'];
  s.line(r, 0, heads);
  r++;
  // Each money row's unit, chosen before writing: the 上年“三公” budget, when it has its own row and
  // is also the 上年 column of the “三公” budget row, is kept in one unit in both places.
  const unitOf = new Map<Row, MoneyUnit>(rows.map((row) => [row, chance(next, yuanShare) ? 'yuan' : 'wan']));
  const tpRow = rows.find((x) => x.mark.truth?.name === 'PE_ThreePublicBudget');
  const tpPriorRow = rows.find((x) => x.mark.truth?.name === 'PE_ThreePublicBudgetPrior');
  if (tpRow && tpPriorRow) unitOf.set(tpRow, unitOf.get(tpPriorRow) ?? 'wan');
  const valueCol = layout === 'twoYears' ? 1 : 2;
  const unitCol = 3;
  let lastGroup = -1;
  let k = 0;
  for (const row of ordered) {
    if (grouped && row.group !== lastGroup) {
      s.set(r, layout === 'twoYears' ? 0 : 0, `${cnOrdinal(row.group)}${GROUPS[row.group]}`);
      lastGroup = row.group;
      r++;
    }
    if (layout !== 'twoYears') s.set(r, 0, ++k);
    s.set(r, layout === 'twoYears' ? 0 : 1, row.label);
    if (row.kind === 'money') {
      const u: MoneyUnit = unitOf.get(row) ?? 'wan';
      putMoney(s, ctx, r, valueCol, row.value, 'number', row.mark, u);
      s.set(r, unitCol, u === 'wan' ? '万元' : '元');
      if (layout === 'twoYears' && row.prior !== undefined) {
        const priorName = row.mark.truth?.name;
        putMoney(
          s,
          ctx,
          r,
          2,
          row.prior,
          'number',
          priorName ? { distractor: { name: priorName, why: '上年 column' } } : {},
          u,
        );
        // The year before's “三公” budget is itself an input: that cell is its answer.
        if (priorName === 'PE_ThreePublicBudget')
          s.truth(
            'PE_ThreePublicBudgetPrior',
            r,
            2,
            { value: wan(row.prior), cellUnit: u },
            `${row.label} ${d.year - 1}年`,
          );
      }
    } else if (row.kind === 'count') {
      putCount(s, r, valueCol, row.value, row.mark);
      s.set(r, unitCol, row.countUnit ?? '');
    } else {
      putRatio(s, r, valueCol, row.value, row.mark);
      s.set(r, unitCol, '%');
    }
    if (row.remark && chance(next, 0.7)) s.set(r, 4, row.remark);
    r++;
  }
  s.set(
    r + 1,
    0,
    pick(next, ['填表人：', '注：金额单位见各行“单位”栏。', '注：单位栏为“元”的，数值按元填列。']),
  );
  if (chance(next, 0.15)) notesSheet(ctx);
  return `${layout}:${grouped ? 'grouped' : 'flat'}:yuan${yuanShare}`;
}
