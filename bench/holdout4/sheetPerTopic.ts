/**
 * sheetPerTopic: a 基础数据 workbook with one sheet per topic, where the sheet's name carries the
 * meaning and the tables inside say only 金额 / 数值 / 本年 / 上年 / 年初 / 年末: sheet "三公经费"
 * with rows 因公出国（境）费 … 合计, sheet "资产" with 流动资产 … 合计, sheet "人员" with 行政 / 事业
 * / 工勤 / 合计, sheet "采购" with 货物 / 工程 / 服务 / 合计, sheet "存量资金" with 年初数 / 年末数,
 * sheet "收支" with 年初 / 调整 / 支出, sheet "绩效" with 计划 / 完成. The sheet names come as a
 * plain word, with a number in front (表1 收支, 02三公经费) or as a short phrase; a 目录 sheet lists
 * them. No table has a title naming its topic; some carry the unit in a line of their own.
 *
 * Answers are the 合计 rows (a total a topic sheet shows for its topic), the year-end column of
 * the assets and the staff's 实有 column; 上年 / 年初 columns are distractors, except that the 三公
 * sheet's 上年预算 合计 is 上年“三公”经费预算数 and the 存量资金 sheet's 年初数 is 上年末财政存量资金.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, shuffle, sumAssets, sumTP, type Cents } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, parts, putCount, putMoney, putRatio } from '../holdout3/helpers';

interface Topic {
  word: string;
  write: (s: SheetBuilder, ctx: Ctx, r: number) => void;
}

function unitRow(s: SheetBuilder, ctx: Ctx, r: number, col: number): number {
  if (chance(ctx.next, 0.6)) {
    s.set(
      r,
      col,
      ctx.unit === 'wan' ? pick(ctx.next, ['单位：万元', '万元']) : pick(ctx.next, ['单位：元', '元']),
    );
    return r + 1;
  }
  return r;
}

/** The head's last word for a money column when no unit line is written: 金额（万元）. */
function head(ctx: Ctx, word: string, withUnit: boolean): string {
  return withUnit ? `${word}（${ctx.unit === 'wan' ? '万元' : '元'}）` : word;
}

const incomeSpending: Topic = {
  word: '收支',
  write(s, ctx, r0) {
    const { d, next } = ctx;
    const r = unitRow(s, ctx, r0, 2);
    const inHead = r === r0;
    s.line(r, 0, ['项目', head(ctx, pick(next, ['金额', '本年']), inHead), '备注']);
    const rows: [string, Cents, string | null][] = [
      [pick(next, ['年初预算', '年初批复']), d.budgetInitial, 'PE_BudgetInitial'],
      [pick(next, ['调整后预算', '全年预算', '调整预算']), d.budgetAdjusted, 'PE_BudgetAdjusted'],
      [pick(next, ['支出', '实际支出', '本年支出']), d.expenditure, 'PE_Expenditure'],
    ];
    if (chance(next, 0.5)) rows.push(['上年支出', d.priorExpenditure, null]);
    if (chance(next, 0.5)) rows.splice(2, 0, ['收入', d.incomeActual, null]);
    rows.forEach(([label, c, name], i) => {
      s.set(r + 1 + i, 0, label);
      putMoney(s, ctx, r + 1 + i, 1, c, 'number', name ? { truth: { name, label } } : {});
      if (label === '上年支出') s.distractor('PE_Expenditure', r + 1 + i, 1, '上年支出, last year');
      if (label === '收入') s.distractor('PE_Expenditure', r + 1 + i, 1, '收入, not spending');
    });
  },
};

const TP: [keyof Ctx['d']['tpBudget'], string][] = [
  ['outbound', '因公出国（境）费'],
  ['carPurchase', '公务用车购置费'],
  ['carRun', '公务用车运行维护费'],
  ['reception', '公务接待费'],
];

const threePublic: Topic = {
  word: '三公经费',
  write(s, ctx, r0) {
    const { d, next } = ctx;
    const r = unitRow(s, ctx, r0, 3);
    const u = r === r0;
    const withPrior = chance(next, 0.55);
    const cols = [
      head(ctx, pick(next, ['预算', '本年预算', '预算数']), u),
      head(ctx, pick(next, ['实际', '本年实际', '支出数']), u),
    ];
    if (withPrior) cols.push(head(ctx, pick(next, ['上年预算', '上年']), u));
    const total = chance(next, 0.5) ? '合计' : '小计';
    s.line(r, 0, ['项目', ...cols]);
    let k = r + 1;
    const atTop = chance(next, 0.4);
    const writeTotal = (row: number): void => {
      s.set(row, 0, total);
      putMoney(s, ctx, row, 1, sumTP(d.tpBudget), 'number', {
        truth: { name: 'PE_ThreePublicBudget', label: `${total} ${cols[0]}` },
      });
      putMoney(s, ctx, row, 2, sumTP(d.tpActual), 'number', {
        truth: { name: 'PE_ThreePublicActual', label: `${total} ${cols[1]}` },
      });
      if (withPrior)
        putMoney(s, ctx, row, 3, sumTP(d.tpPrior), 'number', {
          truth: { name: 'PE_ThreePublicBudgetPrior', label: `${total} ${cols[2]}` },
        });
    };
    if (atTop) writeTotal(k++);
    for (const [key, label] of TP) {
      s.set(k, 0, label);
      putMoney(s, ctx, k, 1, d.tpBudget[key]);
      putMoney(s, ctx, k, 2, d.tpActual[key]);
      if (withPrior) putMoney(s, ctx, k, 3, d.tpPrior[key]);
      k++;
    }
    if (!atTop) writeTotal(k);
  },
};

const assets: Topic = {
  word: '资产',
  write(s, ctx, r0) {
    const { d, next } = ctx;
    const r = unitRow(s, ctx, r0, 2);
    const u = r === r0;
    const [begin, end] = [
      head(ctx, pick(next, ['年初', '年初数', '期初']), u),
      head(ctx, pick(next, ['年末', '年末数', '期末']), u),
    ];
    s.line(r, 0, ['项目', begin, end]);
    const rows: [keyof typeof d.assetsEnd, string, string][] = [
      ['current', '流动资产', 'PE_AssetsCurrent'],
      ['fixed', '固定资产', 'PE_AssetsFixed'],
      ['intangible', '无形资产', 'PE_AssetsIntangible'],
      ['inProgress', '在建工程', 'PE_AssetsInProgress'],
      ['other', '其他资产', 'PE_AssetsOther'],
    ];
    let k = r + 1;
    for (const [key, label, name] of rows) {
      s.set(k, 0, label);
      putMoney(
        s,
        ctx,
        k,
        1,
        d.assetsBegin[key],
        'number',
        d.assetsBegin[key] !== d.assetsEnd[key]
          ? { distractor: { name, why: `${begin}, the opening balance` } }
          : {},
      );
      putMoney(s, ctx, k, 2, d.assetsEnd[key], 'number', { truth: { name, label: `${label} ${end}` } });
      k++;
      if (key === 'fixed' && chance(next, 0.5)) {
        s.set(k, 0, '其中：在用');
        putMoney(s, ctx, k, 1, d.assetsBegin.fixed);
        putMoney(s, ctx, k, 2, d.fixedInUse, 'number', {
          truth: { name: 'PE_FixedAssetsInUse', label: `其中：在用 ${end}` },
        });
        k++;
      }
    }
    s.set(k, 0, pick(next, ['合计', '总计']));
    putMoney(s, ctx, k, 1, sumAssets(d.assetsBegin), 'number', {
      distractor: { name: 'PE_AssetsTotal', why: `${begin} 合计, the opening balance` },
    });
    putMoney(s, ctx, k, 2, sumAssets(d.assetsEnd), 'number', {
      truth: { name: 'PE_AssetsTotal', label: `合计 ${end}` },
    });
  },
};

const staff: Topic = {
  word: '人员',
  write(s, ctx, r) {
    const { d, next } = ctx;
    s.line(r, 0, ['类别', pick(next, ['编制', '核定']), pick(next, ['实有', '在编', '实际'])]);
    const rows: [keyof typeof d.staffActual, string][] = [
      ['admin', '行政'],
      ['institution', '事业'],
      ['worker', '工勤'],
    ];
    let k = r + 1;
    for (const [key, label] of rows) {
      s.set(k, 0, label);
      const isAdmin = key === 'admin';
      putCount(
        s,
        k,
        1,
        d.staffAuthorized[key],
        isAdmin ? { truth: { name: 'PE_OfficialsAuthorized', label: `${label} 编制` } } : {},
      );
      putCount(
        s,
        k,
        2,
        d.staffActual[key],
        isAdmin ? { truth: { name: 'PE_OfficialsActual', label: `${label} 实有` } } : {},
      );
      k++;
    }
    s.set(k, 0, '合计');
    const auth = d.staffAuthorized.admin + d.staffAuthorized.institution + d.staffAuthorized.worker;
    const act = d.staffActual.admin + d.staffActual.institution + d.staffActual.worker;
    putCount(s, k, 1, auth, { truth: { name: 'PE_StaffAuthorized', label: '合计 编制' } });
    putCount(s, k, 2, act, { truth: { name: 'PE_StaffActual', label: '合计 实有' } });
    if (chance(next, 0.6)) {
      s.set(k + 1, 0, pick(next, ['离退休', '退休']));
      putCount(s, k + 1, 2, d.retired, {
        distractor: { name: 'PE_StaffActual', why: '离退休, not on the establishment' },
      });
    }
  },
};

const procurement: Topic = {
  word: '采购',
  write(s, ctx, r0) {
    const { d, next } = ctx;
    const r = unitRow(s, ctx, r0, 2);
    const u = r === r0;
    const cols = [head(ctx, pick(next, ['计划', '预算']), u), head(ctx, pick(next, ['实际', '执行']), u)];
    s.line(r, 0, ['品目', ...cols]);
    const plan = parts(next, d.procurementPlan, 3, d.grain);
    const act = parts(next, d.procurementActual, 3, d.grain);
    ['货物', '工程', '服务'].forEach((label, i) => {
      s.set(r + 1 + i, 0, label);
      putMoney(s, ctx, r + 1 + i, 1, plan[i]);
      putMoney(s, ctx, r + 1 + i, 2, act[i]);
    });
    s.set(r + 4, 0, '合计');
    putMoney(s, ctx, r + 4, 1, d.procurementPlan, 'number', {
      truth: { name: 'PE_ProcurementPlan', label: `合计 ${cols[0]}` },
    });
    putMoney(s, ctx, r + 4, 2, d.procurementActual, 'number', {
      truth: { name: 'PE_ProcurementActual', label: `合计 ${cols[1]}` },
    });
  },
};

const stock: Topic = {
  word: '存量资金',
  write(s, ctx, r0) {
    const { d, next } = ctx;
    const r = unitRow(s, ctx, r0, 1);
    const inHead = r === r0;
    s.line(r, 0, ['项目', head(ctx, '金额', inHead)]);
    const begin = pick(next, ['年初数', '年初']);
    const end = pick(next, ['年末数', '年末']);
    s.set(r + 1, 0, begin);
    putMoney(s, ctx, r + 1, 1, d.stockPriorEnd, 'number', {
      truth: { name: 'PE_StockFundsPriorEnd', label: begin },
    });
    s.set(r + 2, 0, end);
    putMoney(s, ctx, r + 2, 1, d.stockEnd, 'number', { truth: { name: 'PE_StockFundsEnd', label: end } });
    if (chance(next, 0.5)) {
      s.set(r + 3, 0, '本年盘活');
      putMoney(
        s,
        ctx,
        r + 3,
        1,
        Math.round((d.stockPriorEnd * 0.4) / d.grain) * d.grain || d.grain,
        'number',
        { distractor: { name: 'PE_StockFundsEnd', why: '盘活 during the year, not the balance' } },
      );
    }
  },
};

const publicFunds: Topic = {
  word: '公用经费',
  write(s, ctx, r0) {
    const { d, next } = ctx;
    const r = unitRow(s, ctx, r0, 2);
    const u = r === r0;
    const cols = [head(ctx, pick(next, ['预算', '预算数']), u), head(ctx, pick(next, ['支出', '实际']), u)];
    s.line(r, 0, ['项目', ...cols]);
    const items = shuffle(next, [
      '办公费',
      '印刷费',
      '水电费',
      '邮电费',
      '差旅费',
      '维修（护）费',
      '培训费',
      '工会经费',
      '其他商品和服务支出',
    ]).slice(0, int(next, 4, 7));
    const bud = parts(next, d.publicFundsBudget, items.length, d.grain);
    const act = parts(next, d.publicFundsActual, items.length, d.grain);
    items.forEach((label, i) => {
      s.set(r + 1 + i, 0, label);
      putMoney(s, ctx, r + 1 + i, 1, bud[i]);
      putMoney(s, ctx, r + 1 + i, 2, act[i]);
    });
    const k = r + 1 + items.length;
    s.set(k, 0, '合计');
    putMoney(s, ctx, k, 1, d.publicFundsBudget, 'number', {
      truth: { name: 'PE_PublicFundsBudget', label: `合计 ${cols[0]}` },
    });
    putMoney(s, ctx, k, 2, d.publicFundsActual, 'number', {
      truth: { name: 'PE_PublicFundsActual', label: `合计 ${cols[1]}` },
    });
  },
};

const performance: Topic = {
  word: '绩效',
  write(s, ctx, r) {
    const { d, next } = ctx;
    s.line(r, 0, ['指标', pick(next, ['计划', '目标']), pick(next, ['完成', '实际'])]);
    const rows: [string, [number, number], string, string][] = [
      ['重点工作任务', d.keyTasks, 'PE_KeyTasksPlanned', 'PE_KeyTasksDone'],
      ['绩效指标', d.targets, 'PE_TargetsSet', 'PE_TargetsMet'],
      [pick(next, ['项目', '项目数']), d.projects, 'PE_ProjectsTotal', 'PE_ProjectsOnTime'],
      ['效果指标', d.outcomes, 'PE_OutcomesSet', 'PE_OutcomesMet'],
    ];
    const chosen = rows.filter(() => chance(next, 0.75));
    let k = r + 1;
    for (const [label, [a, b], n1, n2] of chosen) {
      s.set(k, 0, label);
      putCount(s, k, 1, a, { truth: { name: n1, label: `${label} 计划` } });
      putCount(s, k, 2, b, { truth: { name: n2, label: `${label} 完成` } });
      k++;
    }
    if (chance(next, 0.7)) {
      // Disputes are not planned: their own block, 排查 and 调处成功 under a 矛盾纠纷 head.
      s.line(k + 1, 0, ['矛盾纠纷', '件数']);
      s.set(k + 2, 0, '排查');
      putCount(s, k + 2, 1, d.disputes[0], { truth: { name: 'PE_DisputesTotal', label: '矛盾纠纷 排查' } });
      s.set(k + 3, 0, pick(next, ['调处成功', '化解']));
      putCount(s, k + 3, 1, d.disputes[1], {
        truth: { name: 'PE_DisputesResolved', label: '矛盾纠纷 调处成功' },
      });
      s.set(k + 4, 0, '未化解');
      putCount(s, k + 4, 1, d.disputes[0] - d.disputes[1], {
        distractor: { name: 'PE_DisputesResolved', why: '未化解, the rest' },
      });
    }
    if (chance(next, 0.7)) {
      s.set(k, 0, '满意度');
      putRatio(s, k, 2, d.satisfactionPct, { truth: { name: 'PE_Satisfaction', label: '满意度 完成' } });
      if (chance(next, 0.5))
        putRatio(s, k, 1, 90, {
          distractor: { name: 'PE_Satisfaction', why: '计划 column: the target, not the result' },
        });
    }
  },
};

/** How a sheet is named after its topic: the word, a number in front, or a short phrase. */
function sheetName(next: Ctx['next'], word: string, i: number): string {
  return pick(next, [
    word,
    `表${i + 1} ${word}`,
    `${String(i + 1).padStart(2, '0')}${word}`,
    `${word}情况`,
    `${i + 1}.${word}`,
  ]);
}

export function sheetPerTopic(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const all = [incomeSpending, threePublic, publicFunds, assets, staff, procurement, stock, performance];
  const topics = [all[0], ...shuffle(next, all.slice(1)).filter(() => chance(next, 0.8))];
  // A workbook opens with its 目录 or, without one, sometimes with a cover.
  const toc = chance(next, 0.8) ? b.addSheet('目录') : null;
  if (!toc && chance(next, 0.5)) coverSheet(ctx, `${d.year}年度部门基础数据`);
  const names: string[] = [];
  topics.forEach((t, i) => {
    const s = b.addSheet(sheetName(next, t.word, i));
    names.push(s.sheet.name);
    t.write(s, ctx, 0);
  });
  if (toc) {
    toc.line(0, 0, ['序号', '表名', '说明']);
    names.forEach((n, i) => toc.line(i + 1, 0, [i + 1, n, pick(next, [null, '按实际填写', '单位自填'])]));
  }
  return topics.map((t) => t.word).join('+');
}
