/**
 * A 政府采购执行情况表 kept by 采购项目, as a department's 采购 desk reports it at year end: one
 * line per purchase (序号 | 采购项目名称 | 品目 | 采购方式 | 采购预算金额 | 合同金额 | 节约资金 | 节约率
 * | 其中：授予中小企业 | 签订日期), a 合计 line on top or at the bottom. The 合计 of 预算金额 is the
 * year's 政府采购计划金额 and the 合计 of 合同金额 its 实际金额; every single purchase, the 节约
 * total and the 中小企业 share are distractors. Some books add a 分品目 汇总 (货物 / 工程 / 服务, 计划 |
 * 实际 | 上年实际) whose 合计 repeats the two figures, equally right, and the year before's a
 * distractor; some add a 采购计划备案 sheet whose 年初 申报 figure is a distractor too.
 */
import { type Ctx } from '../holdout/common';
import { chance, int, pick, split, type Cents } from '../holdout/figures';
import { parts, putMoney, rateCell } from '../holdout3/helpers';
import { around, unitText } from './common6';

const GOODS = [
  '办公设备采购',
  '台式计算机及打印机',
  '执法记录仪',
  '档案密集架',
  '公务用车',
  '空调设备',
  '会议室音视频设备',
  '办公家具',
];
const WORKS = ['办公楼维修改造工程', '院内道路硬化工程', '档案库房改造', '机房装修工程'];
const SERVICES = [
  '物业管理服务',
  '信息系统运维服务',
  '法律顾问服务',
  '审计服务',
  '印刷服务',
  '保安服务',
  '车辆定点维修',
  '绩效评价第三方服务',
];
const METHODS = ['公开招标', '竞争性磋商', '询价', '单一来源', '框架协议采购', '电子卖场', '竞争性谈判'];

interface Purchase {
  name: string;
  kind: '货物' | '工程' | '服务';
  method: string;
  budget: Cents;
  contract: Cents;
  sme: Cents;
}

export function procurementExec(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const g = d.grain;
  const n = int(next, 4, 11);
  const budgets = parts(next, d.procurementPlan, n, g);
  // The savings (plan less 实际) fall on the purchases by size, none on some (单一来源 and 框架协议
  // buys seldom save anything): each saving stays well under its purchase's budget, so no contract
  // exceeds its budget and the contracts add up to the year's 实际 exactly.
  const weights = budgets.map((x): number => (chance(next, 0.3) ? 0 : x * (0.2 + next())));
  if (!weights.some((w) => w > 0)) weights[0] = budgets[0];
  const savings = split(d.procurementPlan - d.procurementActual, weights, g);
  const pool: [string, Purchase['kind']][] = [
    ...GOODS.map((x): [string, Purchase['kind']] => [x, '货物']),
    ...WORKS.map((x): [string, Purchase['kind']] => [x, '工程']),
    ...SERVICES.map((x): [string, Purchase['kind']] => [x, '服务']),
  ];
  const used = new Set<string>();
  const items: Purchase[] = budgets.map((bud, i) => {
    let nk = pick(next, pool);
    while (used.has(nk[0])) nk = pick(next, pool);
    used.add(nk[0]);
    const contract = bud - savings[i];
    return {
      name: nk[0],
      kind: nk[1],
      method: savings[i] === 0 ? pick(next, ['单一来源', '框架协议采购', '电子卖场']) : pick(next, METHODS),
      budget: bud,
      contract,
      sme: chance(next, 0.6) ? around(next, contract, 0.3, 1.0, g) : 0,
    };
  });
  const ok = items.every((x) => x.contract >= 0);
  if (!ok) throw new Error(`procurementExec: a saving above its purchase's budget in ${d.name}`);
  const order = chance(next, 0.5) ? items : [...items].sort((x, y) => x.kind.localeCompare(y.kind));
  const totalTop = chance(next, 0.4);
  const withSme = chance(next, 0.6);
  const withDate = chance(next, 0.5);

  const s = b.addSheet(pick(next, ['采购执行情况', '政府采购', `${d.year}年采购明细`]));
  const head = [
    '序号',
    '采购项目名称',
    '品目',
    '采购方式',
    pick(next, ['采购预算金额', '预算金额', '计划金额']),
    '合同金额',
    '节约资金',
    '节约率',
    ...(withSme ? ['其中：授予中小企业合同金额'] : []),
    ...(withDate ? ['合同签订日期'] : []),
  ];
  s.mergedText(0, 0, 0, head.length - 1, `${d.name}${d.year}年度政府采购执行情况表`);
  s.set(1, 0, `填报单位：${d.name}`);
  s.set(1, head.length - 1, unitText(ctx));
  s.line(2, 0, head);
  let r = 3;
  const totalRow = (row: number): void => {
    s.set(row, 0, '');
    s.set(row, 1, '合计');
    const sb = items.reduce((a, x) => a + x.budget, 0);
    const sc = items.reduce((a, x) => a + x.contract, 0);
    putMoney(s, ctx, row, 4, sb, 'number', {
      truth: { name: 'PE_ProcurementPlan', label: '合计 采购预算金额' },
    });
    putMoney(s, ctx, row, 5, sc, 'number', {
      truth: { name: 'PE_ProcurementActual', label: '合计 合同金额' },
    });
    putMoney(s, ctx, row, 6, sb - sc, 'number', {
      distractor: { name: 'PE_ProcurementActual', why: '节约资金, budget less contracts' },
    });
    s.set(row, 7, rateCell(sb - sc, sb, false));
    if (withSme)
      putMoney(
        s,
        ctx,
        row,
        8,
        items.reduce((a, x) => a + x.sme, 0),
        'number',
        {
          distractor: { name: 'PE_ProcurementActual', why: 'the share awarded to small firms only' },
        },
      );
  };
  if (totalTop) totalRow(r++);
  const biggest = items.reduce((a, x) => (x.budget > a.budget ? x : a), items[0]);
  order.forEach((it, i) => {
    s.set(r, 0, i + 1);
    s.line(r, 1, [it.name, it.kind, it.method]);
    const own = it === biggest;
    putMoney(
      s,
      ctx,
      r,
      4,
      it.budget,
      'number',
      own ? { distractor: { name: 'PE_ProcurementPlan', why: 'one purchase’s budget only' } } : {},
    );
    putMoney(
      s,
      ctx,
      r,
      5,
      it.contract,
      'number',
      own ? { distractor: { name: 'PE_ProcurementActual', why: 'one contract only' } } : {},
    );
    putMoney(s, ctx, r, 6, it.budget - it.contract);
    s.set(r, 7, rateCell(it.budget - it.contract, it.budget, false));
    if (withSme) putMoney(s, ctx, r, 8, it.sme);
    if (withDate)
      s.set(
        r,
        withSme ? 9 : 8,
        `${d.year}-${String(int(next, 3, 11)).padStart(2, '0')}-${String(int(next, 1, 28)).padStart(2, '0')}`,
      );
    r++;
  });
  if (!totalTop) totalRow(r++);
  s.set(
    r + 1,
    0,
    `注：采购方式以${pick(next, ['采购意向公开', '采购计划备案'])}为准；节约率=节约资金÷采购预算金额。`,
  );

  const byKind = chance(next, 0.5);
  if (byKind) {
    const t = b.addSheet(pick(next, ['分品目汇总', '汇总']));
    t.mergedText(0, 0, 0, 4, '政府采购分品目汇总表');
    t.set(1, 4, unitText(ctx));
    t.line(2, 0, ['品目', '采购计划数', '实际采购数', '上年实际采购数', '增减']);
    const kinds: Purchase['kind'][] = ['货物', '工程', '服务'];
    const priorTotal = around(next, d.procurementActual, 0.7, 1.3, g);
    const priorParts = parts(next, priorTotal, 3, g);
    let rr = 3;
    kinds.forEach((k, i) => {
      const plan = items.filter((x) => x.kind === k).reduce((a, x) => a + x.budget, 0);
      const act = items.filter((x) => x.kind === k).reduce((a, x) => a + x.contract, 0);
      t.set(rr, 0, `${k}类`);
      putMoney(t, ctx, rr, 1, plan);
      putMoney(t, ctx, rr, 2, act);
      putMoney(t, ctx, rr, 3, priorParts[i]);
      putMoney(t, ctx, rr, 4, act - priorParts[i]);
      rr++;
    });
    t.set(rr, 0, '合计');
    putMoney(t, ctx, rr, 1, d.procurementPlan, 'number', { also: 'PE_ProcurementPlan' });
    putMoney(t, ctx, rr, 2, d.procurementActual, 'number', { also: 'PE_ProcurementActual' });
    putMoney(t, ctx, rr, 3, priorTotal, 'number', {
      distractor: { name: 'PE_ProcurementActual', why: 'last year’s procurement' },
    });
    putMoney(t, ctx, rr, 4, d.procurementActual - priorTotal);
  }
  // The plan filed at the start of the year (采购计划备案) before the year's additions.
  const filed = chance(next, 0.4);
  if (filed) {
    const f = b.addSheet('采购计划备案');
    f.set(0, 0, '政府采购计划备案表');
    f.set(0, 3, unitText(ctx));
    f.line(1, 0, ['备案编号', '项目', '年初申报金额', '备案日期']);
    const early = around(next, d.procurementPlan, 0.6, 0.95, g);
    f.line(2, 0, [`${d.year}-CG-${String(int(next, 1, 99)).padStart(3, '0')}`, '年度政府采购计划（年初）']);
    putMoney(f, ctx, 2, 2, early, 'number', {
      distractor: { name: 'PE_ProcurementPlan', why: 'the plan as filed at the start of the year' },
    });
    f.set(2, 3, `${d.year}-01-${String(int(next, 10, 28))}`);
  }
  return `n${n}${totalTop ? ':top' : ':bottom'}${withSme ? ':sme' : ''}${byKind ? ':byKind' : ''}${filed ? ':filed' : ''}`;
}
