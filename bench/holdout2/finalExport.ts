/**
 * Family `runInfo`: what the 部门决算 software exports to Excel. The 收入支出决算总表 in its
 * stacked form (收入 rows above 支出 rows, one 项目 / 行次 / 年初预算数 / 全年预算数 / 决算数
 * table, a 栏次 row under the header, 本表反映… notes under it), and the 机构运行信息表
 * (财决附03): 行次 numbered rows for “三公” 经费 (预算数 / 统计数), 机关运行经费 (not the
 * department's 公用经费), 政府采购支出 with 货物 / 工程 / 服务, and a 车辆 block beside it.
 */
import { chance, int, pick, split, sumTP } from '../holdout/figures';
import { money, tableHead, type Ctx } from '../holdout/common';
import { decoy, parts } from './helpers';

function totalTable(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['财决01-1表', '收入支出决算总表', 'Z01-1']));
  let r = tableHead(s, ctx, '收入支出决算总表', pick(next, ['财决01-1表', '财决01-1']), 5);
  s.line(r, 0, ['项目', '行次', '年初预算数', '全年预算数', '决算数']);
  r++;
  s.line(r, 0, ['栏次', '', 1, 2, 3]);
  r++;
  let line = 1;
  s.line(r, 0, ['收入', null]);
  r++;
  // One share per income source for all three columns, so a source's row reads as one source.
  const w = [5 + next(), 1 + next(), 0.5 + next()];
  const inc = split(d.incomeActual, w, d.grain);
  const incI = split(d.incomeInitial, w, d.grain);
  const incA = split(d.incomeAdjusted, w, d.grain);
  ['一、财政拨款收入', '二、事业收入', '三、其他收入'].forEach((l, i) => {
    s.line(r, 0, [l, line++]);
    money(s, ctx, r, 2, incI[i]);
    money(s, ctx, r, 3, incA[i]);
    money(s, ctx, r, 4, inc[i]);
    r++;
  });
  s.line(r, 0, ['本年收入合计', line++]);
  decoy(s, ctx, r, 2, d.incomeInitial, 'PE_BudgetInitial', '本年收入合计, the income side');
  decoy(s, ctx, r, 3, d.incomeAdjusted, 'PE_BudgetAdjusted', '本年收入合计, the income side');
  decoy(s, ctx, r, 4, d.incomeActual, 'PE_Expenditure', '本年收入合计, not spending');
  r++;
  s.line(r, 0, ['年初结转和结余', line++]);
  money(s, ctx, r, 4, d.carryIn);
  r++;
  s.line(r, 0, ['收入总计', line++]);
  money(s, ctx, r, 4, d.incomeActual + d.carryIn);
  r++;
  s.line(r, 0, ['支出', null]);
  r++;
  for (const f of d.functional) {
    s.line(r, 0, [chance(next, 0.5) ? f.name : `${f.code} ${f.name}`, line++]);
    money(s, ctx, r, 2, f.initial);
    money(s, ctx, r, 3, f.adjusted);
    money(s, ctx, r, 4, f.actual);
    r++;
  }
  const lab = pick(next, ['本年支出合计', '本 年 支 出 合 计']);
  s.line(r, 0, [lab, line++]);
  money(s, ctx, r, 2, d.budgetInitial, { name: 'PE_BudgetInitial', label: `${lab} / 年初预算数` });
  money(s, ctx, r, 3, d.budgetAdjusted, { name: 'PE_BudgetAdjusted', label: `${lab} / 全年预算数` });
  money(s, ctx, r, 4, d.expenditure, { name: 'PE_Expenditure', label: `${lab} / 决算数` });
  r++;
  s.line(r, 0, ['年末结转和结余', line++]);
  money(s, ctx, r, 4, d.carryOut);
  r++;
  s.line(r, 0, ['支出总计', line++]);
  money(s, ctx, r, 4, d.expenditure + d.carryOut);
  r += 2;
  s.set(r, 0, '注：本表反映部门本年度的总收支和年末结转结余情况。');
  s.merge(r, 0, r, 4);
  return 'total';
}

function runInfoTable(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['财决附03表', '机构运行信息表', 'Z附03']));
  let r = tableHead(s, ctx, '机构运行信息表', '财决附03表', 8);
  const withBudget = chance(next, 0.7);
  s.line(r, 0, [
    '项目',
    '行次',
    withBudget ? '预算数' : null,
    '统计数',
    '项目',
    '行次',
    '计量单位',
    '统计数',
  ]);
  r++;
  s.line(r, 0, ['栏次', '', withBudget ? 1 : null, withBudget ? 2 : 1, '栏次', '', '', 1]);
  r++;
  const top = r;
  const tp = (k: number): [number, number] => {
    const bud = [
      d.tpBudget.outbound,
      d.tpBudget.carPurchase + d.tpBudget.carRun,
      d.tpBudget.carPurchase,
      d.tpBudget.carRun,
      d.tpBudget.reception,
    ];
    const act = [
      d.tpActual.outbound,
      d.tpActual.carPurchase + d.tpActual.carRun,
      d.tpActual.carPurchase,
      d.tpActual.carRun,
      d.tpActual.reception,
    ];
    return [bud[k], act[k]];
  };
  const bCol = 2;
  const aCol = 3;
  let line = 1;
  const head = pick(next, ['一、“三公”经费支出', '一、"三公"经费支出', '一、三公经费支出']);
  s.line(r, 0, [head, line++]);
  if (withBudget)
    money(s, ctx, r, bCol, sumTP(d.tpBudget), { name: 'PE_ThreePublicBudget', label: `${head} / 预算数` });
  money(s, ctx, r, aCol, sumTP(d.tpActual), { name: 'PE_ThreePublicActual', label: `${head} / 统计数` });
  r++;
  const subs = [
    '（一）因公出国（境）费',
    '（二）公务用车购置及运行维护费',
    '1．公务用车购置费',
    '2．公务用车运行维护费',
    '（三）公务接待费',
  ];
  subs.forEach((l, k) => {
    s.line(r, 0, [k === 2 || k === 3 ? `    ${l}` : `  ${l}`, line++]);
    const [bu, ac] = tp(k);
    if (withBudget) decoy(s, ctx, r, bCol, bu, 'PE_ThreePublicBudget', 'one part of the 三公 budget');
    decoy(s, ctx, r, aCol, ac, 'PE_ThreePublicActual', 'one part of the 三公 spending');
    r++;
  });
  s.line(r, 0, ['二、机关运行经费支出', line++]);
  const running = Math.round((d.publicFundsActual * (0.8 + next() * 0.15)) / d.grain) * d.grain;
  decoy(s, ctx, r, aCol, running, 'PE_PublicFundsActual', '机关运行经费 is the administrative part only');
  r++;
  const proc = pick(next, ['三、政府采购支出', '三、政府采购支出合计']);
  s.line(r, 0, [proc, line++]);
  if (withBudget)
    money(s, ctx, r, bCol, d.procurementPlan, { name: 'PE_ProcurementPlan', label: `${proc} / 预算数` });
  money(s, ctx, r, aCol, d.procurementActual, { name: 'PE_ProcurementActual', label: `${proc} / 统计数` });
  r++;
  const procParts = parts(ctx, d.procurementActual, 3);
  ['（一）政府采购货物支出', '（二）政府采购工程支出', '（三）政府采购服务支出'].forEach((l, k) => {
    s.line(r, 0, [`  ${l}`, line++]);
    decoy(s, ctx, r, aCol, procParts[k], 'PE_ProcurementActual', 'one kind of procurement');
    r++;
  });
  // The right block: vehicles and buildings, counts that are no input.
  let rr = top;
  const items: [string, string, number][] = [
    ['四、车辆数合计', '辆', int(next, 1, 9)],
    ['  其中：机要通信用车', '辆', int(next, 0, 2)],
    ['  应急保障用车', '辆', int(next, 0, 3)],
    ['五、单价50万元以上通用设备', '台（套）', int(next, 0, 3)],
    ['六、单价100万元以上专用设备', '台（套）', int(next, 0, 2)],
    ['七、房屋面积', '平方米', int(next, 300, 6000)],
  ];
  items.forEach(([l, u, n], k) => {
    s.line(rr++, 4, [l, line + k, u, n]);
  });
  r = Math.max(r, rr) + 1;
  s.set(
    r,
    0,
    '注：1．本表反映部门本年度“三公”经费支出预决算情况、机关运行经费支出情况、政府采购支出情况和国有资产占用情况。',
  );
  s.merge(r, 0, r, 7);
  s.set(r + 1, 0, '2．“三公”经费统计数包括当年财政拨款和单位其他资金安排的支出。');
  return withBudget ? 'runinfo-budget' : 'runinfo';
}

export function runInfo(ctx: Ctx): string {
  const order = chance(ctx.next, 0.5);
  const v: string[] = [];
  if (order) v.push(totalTable(ctx));
  v.push(runInfoTable(ctx));
  if (!order && chance(ctx.next, 0.6)) v.push(totalTable(ctx));
  return v.join('+');
}
