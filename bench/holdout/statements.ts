/**
 * Families laid out like the 部门决算 statements: 收入支出决算总表 (财决01), 支出决算表 with the
 * 基本支出 table of 人员经费 / 公用经费 (财决03, 财决08), the "三公" 经费 table (财决07, horizontal
 * with merged two-level headers, or the vertical 公开 form), the asset tables (资产情况表, the
 * 政府会计制度 资产负债表, a transposed summary) and the staff tables (人员情况表, 基本数字表).
 */
import { cnOrdinal, count, money, ratioCell, tableHead, type Ctx } from './common';
import {
  chance,
  int,
  pick,
  split,
  sumAssets,
  sumStaff,
  sumTP,
  type Cents,
  type ThreePublic,
} from './figures';
import type { SheetBuilder } from './workbook';

/** A blank cell or a written 0, as real tables do either. */
function zeroOrBlank(s: SheetBuilder, ctx: Ctx, r: number, c: number, v: Cents, zeroAsBlank: boolean): void {
  if (v === 0 && zeroAsBlank) return;
  money(s, ctx, r, c, v);
}

// ─── 财决01 收入支出决算总表 ────────────────────────────────────────────────────────────────

export function caijue01(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const amountOnly = chance(next, 0.3);
  const rowNo = chance(next, 0.7);
  const heads = amountOnly
    ? [pick(next, ['金额', '决算数', '本年决算数'])]
    : pick(next, [
        ['年初预算数', '全年预算数', '决算数'],
        ['年初预算数', '调整预算数', '决算数'],
        ['年初预算', '全年预算', '决算数'],
        ['年初预算数', '全年预算数', '本年决算数'],
      ]);
  const nv = heads.length;
  const side = 1 + (rowNo ? 1 : 0) + nv; // columns of one side
  const width = side * 2;
  const s = b.addSheet(pick(next, ['收入支出决算总表', '财决01表', '01收支总表', 'Sheet1']));
  let r = tableHead(s, ctx, '收入支出决算总表', pick(next, ['财决01表', '公开01表', '部门决算01表']), width);
  s.mergedText(r, 0, r, side - 1, pick(next, ['收入', '收    入']));
  s.mergedText(r, side, r, width - 1, pick(next, ['支出', '支    出']));
  r++;
  for (const base of [0, side]) {
    let c = base;
    s.set(r, c++, pick(next, ['项目', '项    目']));
    if (rowNo) s.set(r, c++, '行次');
    heads.forEach((h) => s.set(r, c++, h));
  }
  r++;
  if (chance(next, 0.7)) {
    for (const [base, first] of [
      [0, 1],
      [side, 1 + nv],
    ]) {
      s.set(r, base, '栏次');
      heads.forEach((_, i) => s.set(r, base + 1 + (rowNo ? 1 : 0) + i, first + i));
    }
    r++;
  }
  const vcol = (base: number, i: number): number => base + 1 + (rowNo ? 1 : 0) + i;
  // Which figure each value column carries: initial budget, adjusted budget, actual.
  const kinds: ('ini' | 'adj' | 'act')[] = amountOnly ? ['act'] : ['ini', 'adj', 'act'];
  const zeroBlank = chance(next, 0.5);
  const fiscalShare = 0.85 + next() * 0.1;
  const incomeRows = [
    '一般公共预算财政拨款收入',
    '政府性基金预算财政拨款收入',
    '国有资本经营预算财政拨款收入',
    '上级补助收入',
    '事业收入',
    '经营收入',
    '附属单位上缴收入',
    '其他收入',
  ];
  const incomeOf = (k: 'ini' | 'adj' | 'act'): Cents =>
    k === 'ini' ? d.incomeInitial : k === 'adj' ? d.incomeAdjusted : d.incomeActual;
  const n = Math.max(incomeRows.length, d.functional.length);
  let line = 1;
  const expStartLine = rowNo ? pick(next, [29, 32, 9]) : 0;
  for (let i = 0; i < n; i++) {
    if (i < incomeRows.length) {
      s.set(r, 0, `${cnOrdinal(i)}${incomeRows[i]}`);
      if (rowNo) s.set(r, 1, line++);
      kinds.forEach((k, j) => {
        const total = incomeOf(k);
        const fiscal = Math.round((total * fiscalShare) / d.grain) * d.grain;
        const v = i === 0 ? fiscal : i === 7 ? total - fiscal : 0;
        zeroOrBlank(s, ctx, r, vcol(0, j), v, zeroBlank);
      });
    }
    if (i < d.functional.length) {
      const f = d.functional[i];
      s.set(r, side, `${cnOrdinal(i)}${f.name}`);
      if (rowNo) s.set(r, side + 1, expStartLine + i);
      kinds.forEach((k, j) =>
        money(s, ctx, r, vcol(side, j), k === 'ini' ? f.initial : k === 'adj' ? f.adjusted : f.actual),
      );
    }
    r++;
  }
  // A spacer row or two, as the printed form leaves room for more functional classes.
  r += int(next, 0, 2);
  const expOf = (k: 'ini' | 'adj' | 'act'): Cents =>
    k === 'ini' ? d.budgetInitial : k === 'adj' ? d.budgetAdjusted : d.expenditure;
  const nameOf = { ini: 'PE_BudgetInitial', adj: 'PE_BudgetAdjusted', act: 'PE_Expenditure' } as const;
  const totalLabel = pick(next, ['本年支出合计', '本 年 支 出 合 计', '本年支出合计']);
  s.set(r, 0, pick(next, ['本年收入合计', '本 年 收 入 合 计']));
  s.set(r, side, totalLabel);
  if (rowNo) {
    s.set(r, 1, line + 1);
    s.set(r, side + 1, expStartLine + d.functional.length + 1);
  }
  kinds.forEach((k, j) => {
    money(s, ctx, r, vcol(0, j), incomeOf(k));
    if (incomeOf(k) !== expOf(k))
      s.distractor(nameOf[k], r, vcol(0, j), '本年收入合计 (income side), not spending');
    money(s, ctx, r, vcol(side, j), expOf(k), { name: nameOf[k], label: `${totalLabel} × ${heads[j]}` });
  });
  const totalRow = r;
  r++;
  s.set(r, 0, '使用非财政拨款结余');
  s.set(r, side, '结余分配');
  r++;
  s.set(r, 0, '年初结转和结余');
  s.set(r, side, '年末结转和结余');
  kinds.forEach((k, j) => {
    const carryIn = k === 'act' ? d.carryIn : expOf(k) - incomeOf(k);
    zeroOrBlank(s, ctx, r, vcol(0, j), carryIn, zeroBlank);
    zeroOrBlank(s, ctx, r, vcol(side, j), k === 'act' ? d.carryOut : 0, zeroBlank);
  });
  r++;
  s.set(r, 0, pick(next, ['总计', '收入总计', '总    计']));
  s.set(r, side, pick(next, ['总计', '支出总计', '总    计']));
  kinds.forEach((k, j) => {
    const grand = k === 'act' ? d.expenditure + d.carryOut : expOf(k);
    money(s, ctx, r, vcol(0, j), grand);
    money(s, ctx, r, vcol(side, j), grand);
    if (grand === expOf(k)) {
      // Without carry-over the budget's 总计 is the same figure as 本年支出合计.
      s.alsoRight(nameOf[k], r, vcol(side, j));
      s.alsoRight(nameOf[k], r, vcol(0, j));
    } else {
      s.distractor(nameOf[k], r, vcol(side, j), '总计 includes 年末结转和结余');
      s.distractor(nameOf[k], r, vcol(0, j), '收入总计 includes 年初结转和结余');
    }
  });
  void totalRow;
  r += 2;
  if (chance(next, 0.5))
    s.set(r, 0, '注：本表反映部门本年度的总收支和年末结转结余情况。本年支出合计含基本支出和项目支出。');
  return `${amountOnly ? 'amount' : 'three-columns'}${rowNo ? '' : '-noRowNo'}`;
}

// ─── 财决03 支出决算表 and the 基本支出 table ───────────────────────────────────────────────

export function caijue03(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['支出决算表', '财决03表', '03支出决算表']));
  const splitCode = chance(next, 0.3); // 类 | 款 | 项 in three columns
  const codeCols = splitCode ? 3 : 1;
  const heads = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  if (chance(next, 0.3)) heads[0] = '合计';
  const width = codeCols + 1 + heads.length;
  let r = tableHead(s, ctx, '支出决算表', pick(next, ['财决03表', '公开03表']), width);
  s.mergedText(r, 0, r, codeCols, '项目');
  heads.forEach((h, i) => s.mergedText(r, codeCols + 1 + i, r + 1, codeCols + 1 + i, h));
  r++;
  if (splitCode) s.line(r, 0, ['类', '款', '项', '科目名称']);
  else s.line(r, 0, [pick(next, ['科目编码', '功能分类科目编码']), '科目名称']);
  r++;
  if (chance(next, 0.6)) {
    s.set(r, 0, '栏次');
    heads.forEach((_, i) => s.set(r, codeCols + 1 + i, i + 1));
    r++;
  }
  const totalLabel = pick(next, ['合计', '合    计', '支出合计']);
  s.mergedText(r, 0, r, codeCols, totalLabel);
  money(s, ctx, r, codeCols + 1, d.expenditure, {
    name: 'PE_Expenditure',
    label: `${totalLabel} × ${heads[0]}`,
  });
  money(s, ctx, r, codeCols + 2, d.basic);
  money(s, ctx, r, codeCols + 3, d.project);
  r++;
  const projectParts = split(
    d.project,
    d.functional.map((f) => f.actual),
    d.grain,
  );
  d.functional.forEach((f, i) => {
    if (splitCode) s.set(r, 0, f.code);
    else s.set(r, 0, chance(next, 0.5) ? Number(f.code) : f.code);
    s.set(r, codeCols, f.name);
    money(s, ctx, r, codeCols + 1, f.actual);
    money(s, ctx, r, codeCols + 2, f.actual - projectParts[i]);
    money(s, ctx, r, codeCols + 3, projectParts[i]);
    r++;
  });
  const variant = [`codes-${codeCols}`];
  if (chance(next, 0.75)) {
    basicTable(ctx);
    variant.push('basic');
  }
  return variant.join('+');
}

/** 基本支出决算表: three groups of 科目编码 | 科目名称 | 决算数, 人员经费合计 and 公用经费合计 at the bottom. */
function basicTable(ctx: Ctx): void {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['基本支出决算表', '财决08表', '基本支出']));
  let r = tableHead(s, ctx, pick(next, ['基本支出决算表', '一般公共预算财政拨款基本支出决算表']), null, 9);
  s.mergedText(r, 0, r, 2, '人员经费');
  s.mergedText(r, 3, r, 8, '公用经费');
  r++;
  for (const base of [0, 3, 6]) s.line(r, base, ['科目编码', '科目名称', pick(next, ['决算数', '金额'])]);
  r++;
  const [p301, p303] = split(d.personnel, [9, 1], d.grain);
  const p301s = split(p301, [4, 3, 1, 2], d.grain);
  const p303s = split(p303, [3, 1], d.grain);
  const left: [string, string, Cents][] = [
    ['301', '工资福利支出', p301],
    ['30101', '基本工资', p301s[0]],
    ['30102', '津贴补贴', p301s[1]],
    ['30103', '奖金', p301s[2]],
    ['30108', '机关事业单位基本养老保险缴费', p301s[3]],
    ['303', '对个人和家庭的补助', p303],
    ['30302', '退休费', p303s[0]],
    ['30309', '奖励金', p303s[1]],
  ];
  const [c302, c310] = split(d.publicFundsActual, [9, 1], d.grain);
  const items = split(c302, [4, 1, 1, 2, 1, 1, 1, 2], d.grain);
  const mid: [string, string, Cents][] = [
    ['302', '商品和服务支出', c302],
    ['30201', '办公费', items[0]],
    ['30205', '水费', items[1]],
    ['30206', '电费', items[2]],
    ['30211', '差旅费', items[3]],
    ['30217', '公务接待费', items[4]],
    ['30228', '工会经费', items[5]],
    ['30231', '公务用车运行维护费', items[6]],
  ];
  const right: [string, string, Cents][] = [
    ['30299', '其他商品和服务支出', items[7]],
    ['310', '资本性支出', c310],
    ['31002', '办公设备购置', c310],
  ];
  const rows = Math.max(left.length, mid.length, right.length);
  for (let i = 0; i < rows; i++) {
    [left, mid, right].forEach((group, g) => {
      const it = group[i];
      if (!it) return;
      s.set(r + i, g * 3, it[0]);
      s.set(r + i, g * 3 + 1, it[1]);
      money(s, ctx, r + i, g * 3 + 2, it[2]);
    });
  }
  s.distractor('PE_PublicFundsActual', r, 5, '302 商品和服务支出 is a part of 公用经费');
  s.distractor('PE_ThreePublicActual', r + 5, 5, '公务接待费 of 302 is one item, not the 三公 total');
  r += rows;
  s.mergedText(r, 0, r, 1, '人员经费合计');
  money(s, ctx, r, 2, d.personnel);
  const label = pick(next, ['公用经费合计', '公用经费合计', '公 用 经 费 合 计']);
  s.mergedText(r, 3, r, 7, label);
  money(s, ctx, r, 8, d.publicFundsActual, { name: 'PE_PublicFundsActual', label });
}

// ─── 财决07 "三公" 经费 ─────────────────────────────────────────────────────────────────────

function tpParts(t: ThreePublic): Cents[] {
  return [sumTP(t), t.outbound, t.carPurchase + t.carRun, t.carPurchase, t.carRun, t.reception];
}

export function threePublic(ctx: Ctx): string {
  const { next } = ctx;
  return chance(next, 0.45) ? threePublicHorizontal(ctx) : threePublicVertical(ctx);
}

function threePublicHorizontal(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const meetings = chance(next, 0.4);
  const labelCol = chance(next, 0.4);
  const g = meetings ? 8 : 6; // columns per group
  const c0 = labelCol ? 1 : 0;
  const width = c0 + 2 * g;
  const title = meetings
    ? '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表'
    : '一般公共预算财政拨款“三公”经费支出决算表';
  const s = b.addSheet(pick(next, ['三公经费', '财决07表', '“三公”经费支出决算表']));
  let r = tableHead(s, ctx, title, pick(next, ['财决07表', '公开07表', null]), width);
  const groups: [string, number, ThreePublic][] = [
    [pick(next, ['预算数', '年初预算数', '全年预算数']), c0, d.tpBudget],
    [pick(next, ['决算数', '实际支出数', '本年决算数']), c0 + g, d.tpActual],
  ];
  if (labelCol) s.mergedText(r, 0, r + 2, 0, '项目');
  const totalLabel = meetings
    ? pick(next, ['“三公”经费合计', '三公经费小计'])
    : pick(next, ['合计', '“三公”经费合计']);
  for (const [head, base] of groups) {
    s.mergedText(r, base, r, base + g - 1, head);
    s.mergedText(r + 1, base, r + 2, base, totalLabel);
    s.mergedText(r + 1, base + 1, r + 2, base + 1, pick(next, ['因公出国（境）费', '因公出国(境)费']));
    s.mergedText(r + 1, base + 2, r + 1, base + 4, '公务用车购置及运行费');
    s.line(r + 2, base + 2, ['小计', '公务用车购置费', pick(next, ['公务用车运行费', '公务用车运行维护费'])]);
    s.mergedText(r + 1, base + 5, r + 2, base + 5, '公务接待费');
    if (meetings) {
      s.mergedText(r + 1, base + 6, r + 2, base + 6, '会议费');
      s.mergedText(r + 1, base + 7, r + 2, base + 7, '培训费');
    }
  }
  r += 3;
  if (chance(next, 0.6)) {
    if (labelCol) s.set(r, 0, '栏次');
    for (let i = 0; i < 2 * g; i++) s.set(r, c0 + i, i + 1);
    r++;
  }
  if (labelCol) s.set(r, 0, pick(next, ['金额', '合计', d.name]));
  groups.forEach(([head, base, t], gi) => {
    tpParts(t).forEach((v, i) => {
      if (i === 0) {
        const name = gi === 0 ? 'PE_ThreePublicBudget' : 'PE_ThreePublicActual';
        money(s, ctx, r, base, v, { name, label: `${head} × ${totalLabel}` });
      } else money(s, ctx, r, base + i, v);
    });
    if (meetings) {
      money(s, ctx, r, base + 6, Math.round((sumTP(t) * 0.3) / d.grain) * d.grain);
      money(s, ctx, r, base + 7, Math.round((sumTP(t) * 0.4) / d.grain) * d.grain);
    }
  });
  s.distractor('PE_ThreePublicBudget', r, c0 + 5, '公务接待费 is one of the three');
  s.distractor('PE_ThreePublicActual', r, c0 + g + 2, '公务用车 小计 is one of the three');
  return `horizontal${meetings ? '-meetings' : ''}${labelCol ? '-labelCol' : ''}`;
}

function threePublicVertical(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const y = d.year;
  type Col = {
    head: string;
    t: ThreePublic | null;
    name: string | null;
    why?: string;
    kind?: 'diff' | 'rate';
  };
  const sets: { id: string; cols: Col[] }[] = [
    {
      id: 'prior-budget-actual',
      cols: [
        { head: '上年预算数', t: d.tpPrior, name: 'PE_ThreePublicBudgetPrior' },
        { head: '本年预算数', t: d.tpBudget, name: 'PE_ThreePublicBudget' },
        { head: '本年决算数', t: d.tpActual, name: 'PE_ThreePublicActual' },
      ],
    },
    {
      id: 'years',
      cols: [
        { head: `${y - 1}年预算数`, t: d.tpPrior, name: 'PE_ThreePublicBudgetPrior' },
        { head: `${y}年预算数`, t: d.tpBudget, name: 'PE_ThreePublicBudget' },
        { head: `${y}年决算数`, t: d.tpActual, name: 'PE_ThreePublicActual' },
      ],
    },
    {
      id: 'budget-actual-change',
      cols: [
        { head: '预算数', t: d.tpBudget, name: 'PE_ThreePublicBudget' },
        { head: '决算数', t: d.tpActual, name: 'PE_ThreePublicActual' },
        { head: '增减额', t: null, name: null, kind: 'diff' },
        { head: '增减率', t: null, name: null, kind: 'rate' },
      ],
    },
    {
      id: 'with-prior-actual',
      cols: [
        { head: '本年预算数', t: d.tpBudget, name: 'PE_ThreePublicBudget' },
        { head: '本年决算数', t: d.tpActual, name: 'PE_ThreePublicActual' },
        { head: '上年决算数', t: d.tpPriorActual, name: null, why: '上年决算数 is last year’s spending' },
      ],
    },
    {
      id: 'budget-disclosure',
      cols: [
        { head: `${y}年预算数`, t: d.tpBudget, name: 'PE_ThreePublicBudget' },
        { head: `${y - 1}年预算数`, t: d.tpPrior, name: 'PE_ThreePublicBudgetPrior' },
        { head: '增减', t: null, name: null, kind: 'diff' },
      ],
    },
  ];
  const set = pick(next, sets);
  const s = b.addSheet(pick(next, ['三公经费', '“三公”经费', '三公经费情况表', '表7']));
  const width = 1 + set.cols.length;
  const title = set.id === 'budget-disclosure' ? '“三公”经费预算情况表' : '“三公”经费支出情况表';
  let r = tableHead(s, ctx, `${d.name}${y}年度${title}`, null, width);
  s.set(r, 0, pick(next, ['项目', '项    目', '科目']));
  set.cols.forEach((c, i) => s.set(r, 1 + i, c.head));
  r++;
  const totalLabel = pick(next, [
    '合计',
    '“三公”经费合计',
    '一、“三公”经费支出合计',
    '三公经费合计',
    '"三公"经费合计',
  ]);
  const carFirst = chance(next, 0.5);
  const rows: [string, number][] = [
    [totalLabel, 0],
    [pick(next, ['1.因公出国（境）费', '１．因公出国（境）费', '（一）因公出国(境)费']), 1],
    ...(carFirst
      ? ([
          [pick(next, ['2.公务用车购置及运行费', '２．公务用车购置及运行费']), 2],
          [pick(next, ['    其中：公务用车购置费', '（1）公务用车购置费']), 3],
          [pick(next, ['          公务用车运行费', '（2）公务用车运行维护费']), 4],
          [pick(next, ['3.公务接待费', '３．公务接待费']), 5],
        ] as [string, number][])
      : ([
          [pick(next, ['2.公务接待费', '２．公务接待费']), 5],
          [pick(next, ['3.公务用车购置及运行费', '３．公务用车购置及运行费']), 2],
          [pick(next, ['    其中：公务用车购置费', '（1）公务用车购置费']), 3],
          [pick(next, ['          公务用车运行费', '（2）公务用车运行维护费']), 4],
        ] as [string, number][])),
  ];
  for (const [label, part] of rows) {
    s.set(r, 0, label);
    set.cols.forEach((c, i) => {
      const col = 1 + i;
      if (c.t) {
        const v = tpParts(c.t)[part];
        if (part === 0 && c.name)
          money(s, ctx, r, col, v, { name: c.name, label: `${totalLabel} × ${c.head}` });
        else money(s, ctx, r, col, v);
        if (part === 0 && c.why) {
          s.distractor('PE_ThreePublicActual', r, col, c.why);
          s.distractor('PE_ThreePublicBudgetPrior', r, col, c.why);
        }
      } else if (c.kind === 'diff') {
        const a = set.cols[0].t;
        const bb = set.cols[1].t;
        if (a && bb) money(s, ctx, r, col, tpParts(bb)[part] - tpParts(a)[part]);
      } else if (c.kind === 'rate') {
        const a = set.cols[0].t;
        const bb = set.cols[1].t;
        if (a && bb && tpParts(a)[part] !== 0)
          s.set(r, col, ratioCell(tpParts(bb)[part] - tpParts(a)[part], tpParts(a)[part]));
      }
    });
    r++;
  }
  if (chance(next, 0.5)) {
    s.set(r, 0, '二、相关统计数');
    r++;
    s.set(r, 0, '公务用车保有量（辆）');
    count(s, r, set.cols.length, int(next, 0, 6));
    r++;
    s.set(r, 0, '国内公务接待批次（批）');
    count(s, r, set.cols.length, int(next, 5, 120));
    r++;
  }
  r++;
  s.set(
    r,
    0,
    '备注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费；本年“三公”经费预算数较上年有所下降。',
  );
  return `vertical-${set.id}`;
}

// ─── Assets ────────────────────────────────────────────────────────────────────────────

export function assets(ctx: Ctx): string {
  const v = ctx.next();
  if (v < 0.45) return assetsList(ctx);
  if (v < 0.8) return balanceSheet(ctx);
  return assetsTransposed(ctx);
}

function assetsList(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const [hb, he] = pick(next, [
    ['年初数', '期末数'],
    ['年初数', '年末数'],
    ['上年末数', '本年末数'],
    ['期初数', '期末数'],
  ]);
  const rowNo = chance(next, 0.6);
  const c = rowNo ? 2 : 1;
  const s = b.addSheet(pick(next, ['资产情况表', '国有资产占用情况表', '资产']));
  let r = tableHead(
    s,
    ctx,
    pick(next, ['资产情况表', '国有资产占用情况表']),
    pick(next, ['财决附02表', null]),
    c + 2,
  );
  s.line(r, 0, rowNo ? ['项目', '行次', hb, he] : ['项目', hb, he]);
  r++;
  const omitZero = chance(next, 0.4);
  const e = d.assetsEnd;
  const bg = d.assetsBegin;
  let line = 1;
  const row = (label: string, end: Cents, begin: Cents, name: string | null, distractFor?: string): void => {
    s.set(r, 0, label);
    if (rowNo) s.set(r, 1, line++);
    money(s, ctx, r, c, begin);
    if (name) {
      money(s, ctx, r, c + 1, end, { name, label: `${label.trim()} × ${he}` });
      s.distractor(name, r, c, `${hb} is the opening balance`);
    } else money(s, ctx, r, c + 1, end);
    if (distractFor) s.distractor(distractFor, r, c + 1, `${label.trim()} is a part`);
    r++;
  };
  const totalLabel = pick(next, ['资产总计', '资产总额', '资产合计']);
  const totalFirst = chance(next, 0.6);
  if (totalFirst) row(totalLabel, sumAssets(e), sumAssets(bg), 'PE_AssetsTotal');
  row(pick(next, ['一、流动资产', '流动资产']), e.current, bg.current, 'PE_AssetsCurrent');
  const cash = split(e.current, [3, 1], d.grain);
  const cashB = split(bg.current, [3, 1], d.grain);
  row('  其中：货币资金', cash[0], cashB[0], null, 'PE_AssetsCurrent');
  row(pick(next, ['二、固定资产', '固定资产']), e.fixed, bg.fixed, 'PE_AssetsFixed');
  const parts = split(e.fixed, [5, 1, 2], d.grain);
  const partsB = split(bg.fixed, [5, 1, 2], d.grain);
  row('  其中：房屋及构筑物', parts[0], partsB[0], null, 'PE_AssetsFixed');
  row('        车辆', parts[1], partsB[1], null);
  row('        通用设备', parts[2], partsB[2], null);
  let variant = 'list';
  if (chance(next, 0.4)) {
    s.set(r, 0, pick(next, ['  其中：在用固定资产', '  固定资产中：在用']));
    if (rowNo) s.set(r, 1, line++);
    money(s, ctx, r, c + 1, d.fixedInUse, { name: 'PE_FixedAssetsInUse', label: `在用固定资产 × ${he}` });
    r++;
    variant += '-inUse';
  }
  const optional: [string, Cents, Cents, string][] = [
    [pick(next, ['三、在建工程', '在建工程']), e.inProgress, bg.inProgress, 'PE_AssetsInProgress'],
    [pick(next, ['四、无形资产', '无形资产']), e.intangible, bg.intangible, 'PE_AssetsIntangible'],
    [pick(next, ['五、其他资产', '其他资产']), e.other, bg.other, 'PE_AssetsOther'],
  ];
  for (const [label, end, begin, name] of optional) {
    if (omitZero && end === 0 && begin === 0) continue;
    row(label, end, begin, name);
  }
  if (!totalFirst) row(totalLabel, sumAssets(e), sumAssets(bg), 'PE_AssetsTotal');
  return `${variant}${rowNo ? '' : '-noRowNo'}${omitZero ? '-omitZero' : ''}`;
}

/** 政府会计制度 资产负债表: 期末余额 comes before 年初余额, and fixed assets are shown gross, less depreciation, net. */
function balanceSheet(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const e = { ...d.assetsEnd, other: 0 };
  const bg = { ...d.assetsBegin, other: 0 };
  const s = b.addSheet(pick(next, ['资产负债表', '会政01表', '资产负债']));
  let r = tableHead(s, ctx, '资产负债表', '会政01表', 6);
  s.line(r, 0, ['资产', '期末余额', '年初余额', '负债和净资产', '期末余额', '年初余额']);
  r++;
  const top = r;
  const dep = Math.round((e.fixed * 0.35) / d.grain) * d.grain;
  const depB = Math.round((bg.fixed * 0.3) / d.grain) * d.grain;
  const amort = Math.round((e.intangible * 0.2) / d.grain) * d.grain;
  const amortB = Math.round((bg.intangible * 0.15) / d.grain) * d.grain;
  const cur = split(e.current, [6, 2, 1, 1], d.grain);
  const curB = split(bg.current, [6, 2, 1, 1], d.grain);
  type Row = [string, Cents | null, Cents | null, string | null];
  const left: Row[] = [
    ['流动资产：', null, null, null],
    ['  货币资金', cur[0], curB[0], null],
    ['  应收账款净额', cur[1], curB[1], null],
    ['  预付账款', cur[2], curB[2], null],
    ['  存货', cur[3], curB[3], null],
    ['    流动资产合计', e.current, bg.current, 'PE_AssetsCurrent'],
    ['非流动资产：', null, null, null],
    ['  固定资产原值', e.fixed + dep, bg.fixed + depB, null],
    ['    减：固定资产累计折旧', dep, depB, null],
    ['  固定资产净值', e.fixed, bg.fixed, 'PE_AssetsFixed'],
    ['  在建工程', e.inProgress, bg.inProgress, 'PE_AssetsInProgress'],
    ['  无形资产原值', e.intangible + amort, bg.intangible + amortB, null],
    ['    减：无形资产累计摊销', amort, amortB, null],
    ['  无形资产净值', e.intangible, bg.intangible, 'PE_AssetsIntangible'],
    [
      '    非流动资产合计',
      e.fixed + e.inProgress + e.intangible,
      bg.fixed + bg.inProgress + bg.intangible,
      null,
    ],
    ['      资产总计', sumAssets(e), sumAssets(bg), 'PE_AssetsTotal'],
  ];
  left.forEach(([label, end, begin, name], i) => {
    s.set(top + i, 0, label);
    if (end === null || begin === null) return;
    money(s, ctx, top + i, 1, end, name ? { name, label: `${label.trim()} × 期末余额` } : undefined);
    money(s, ctx, top + i, 2, begin);
    if (name) s.distractor(name, top + i, 2, '年初余额 is the opening balance');
  });
  s.distractor('PE_AssetsFixed', top + 7, 1, '固定资产原值 is gross: the net figure adds up to 资产总计');
  s.distractor('PE_AssetsIntangible', top + 11, 1, '无形资产原值 is gross');
  const liab = Math.round((sumAssets(e) * (0.05 + next() * 0.2)) / d.grain) * d.grain;
  const liabB = Math.round((sumAssets(bg) * (0.05 + next() * 0.2)) / d.grain) * d.grain;
  const liabs = split(liab, [1, 2], d.grain);
  const liabsB = split(liabB, [1, 2], d.grain);
  const right: Row[] = [
    ['流动负债：', null, null, null],
    ['  应付职工薪酬', liabs[0], liabsB[0], null],
    ['  其他应付款', liabs[1], liabsB[1], null],
    ['    负债合计', liab, liabB, null],
    ['净资产：', null, null, null],
    ['  累计盈余', sumAssets(e) - liab, sumAssets(bg) - liabB, null],
    ['    净资产合计', sumAssets(e) - liab, sumAssets(bg) - liabB, null],
  ];
  right.forEach(([label, end, begin], i) => {
    s.set(top + i, 3, label);
    if (end === null || begin === null) return;
    money(s, ctx, top + i, 4, end);
    money(s, ctx, top + i, 5, begin);
  });
  const last = top + left.length - 1;
  s.set(last, 3, '负债和净资产总计');
  money(s, ctx, last, 4, sumAssets(e));
  money(s, ctx, last, 5, sumAssets(bg));
  s.alsoRight('PE_AssetsTotal', last, 4);
  return 'balanceSheet';
}

function assetsTransposed(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['资产', '资产情况', '基础数据-资产']));
  const [lb, le] = pick(next, [
    ['年初数', '年末数'],
    [`${d.year - 1}年末`, `${d.year}年末`],
    ['上年末', '本年末'],
  ]);
  const cols: [string, string, (a: typeof d.assetsEnd) => Cents][] = [
    [pick(next, ['资产总额', '资产总计']), 'PE_AssetsTotal', sumAssets],
    ['流动资产', 'PE_AssetsCurrent', (a) => a.current],
    ['固定资产', 'PE_AssetsFixed', (a) => a.fixed],
    ['在建工程', 'PE_AssetsInProgress', (a) => a.inProgress],
    ['无形资产', 'PE_AssetsIntangible', (a) => a.intangible],
    ['其他资产', 'PE_AssetsOther', (a) => a.other],
  ];
  let r = tableHead(s, ctx, `${d.name}资产情况`, null, cols.length + 1);
  s.set(r, 0, '项目');
  cols.forEach(([h], i) => s.set(r, 1 + i, h));
  r++;
  const endFirst = chance(next, 0.3);
  const rowsOrder: [string, typeof d.assetsEnd, boolean][] = endFirst
    ? [
        [le, d.assetsEnd, true],
        [lb, d.assetsBegin, false],
      ]
    : [
        [lb, d.assetsBegin, false],
        [le, d.assetsEnd, true],
      ];
  for (const [label, a, isEnd] of rowsOrder) {
    s.set(r, 0, label);
    cols.forEach(([h, name, f], i) => {
      if (isEnd) money(s, ctx, r, 1 + i, f(a), { name, label: `${label} × ${h}` });
      else {
        money(s, ctx, r, 1 + i, f(a));
        s.distractor(name, r, 1 + i, `${label} is the opening balance`);
      }
    });
    r++;
  }
  return `transposed${endFirst ? '-endFirst' : ''}`;
}

// ─── Staff ─────────────────────────────────────────────────────────────────────────────

export function staff(ctx: Ctx): string {
  return ctx.next() < 0.55 ? staffVertical(ctx) : staffHorizontal(ctx);
}

function staffVertical(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const [ha, hr] = pick(next, [
    ['编制数', '实有人数'],
    ['核定编制', '在编人数'],
    ['编制人数', '实有人数'],
    ['编制数', '年末实有人数'],
  ]);
  const retiredCol = chance(next, 0.6);
  const s = b.addSheet(pick(next, ['人员情况表', '人员情况', '机构人员']));
  let r = tableHead(
    s,
    ctx,
    pick(next, ['人员情况表', '机构人员情况表']),
    null,
    retiredCol ? 4 : 3,
    pick(next, ['单位：人', '单位:人']),
  );
  s.line(r, 0, retiredCol ? ['项目', ha, hr, '离退休人员'] : ['项目', ha, hr]);
  r++;
  const A = d.staffAuthorized;
  const R = d.staffActual;
  const totalLabel = pick(next, ['合计', '总计', '人员合计']);
  const rows: [string, number, number, [string, string] | null][] = [
    [totalLabel, sumStaff(A), sumStaff(R), ['PE_StaffAuthorized', 'PE_StaffActual']],
    [
      pick(next, ['行政编制', '行政人员', '其中：行政编制']),
      A.admin,
      R.admin,
      ['PE_OfficialsAuthorized', 'PE_OfficialsActual'],
    ],
    [pick(next, ['事业编制', '事业人员']), A.institution, R.institution, null],
    [pick(next, ['工勤编制', '工勤人员', '机关工勤']), A.worker, R.worker, null],
  ];
  for (const [label, a, act, names] of rows) {
    s.set(r, 0, label);
    count(s, r, 1, a, names ? { name: names[0], label: `${label} × ${ha}` } : undefined);
    count(s, r, 2, act, names ? { name: names[1], label: `${label} × ${hr}` } : undefined);
    if (retiredCol) {
      count(s, r, 3, label === totalLabel ? d.retired : 0);
      if (label === totalLabel)
        s.distractor('PE_StaffActual', r, 3, '离退休人员 are not on the establishment');
    }
    r++;
  }
  return `vertical${retiredCol ? '-retired' : ''}`;
}

function staffHorizontal(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const labelCol = chance(next, 0.5);
  const c0 = labelCol ? 1 : 0;
  const s = b.addSheet(pick(next, ['基本数字表', '财决附03表', '人员']));
  let r = tableHead(
    s,
    ctx,
    '基本数字表',
    pick(next, ['财决附03表', null]),
    c0 + 11,
    pick(next, ['单位：人', '单位:人']),
  );
  const [ha, hr] = pick(next, [
    ['编制数', '实有人数'],
    ['编制人数', '在职人数'],
  ]);
  if (labelCol) s.mergedText(r, 0, r + 1, 0, '项目');
  s.mergedText(r, c0, r, c0 + 3, ha);
  s.mergedText(r, c0 + 4, r, c0 + 7, hr);
  s.mergedText(r, c0 + 8, r, c0 + 10, '离退休人员');
  s.line(r + 1, c0, [
    '合计',
    '行政编制',
    '事业编制',
    '工勤编制',
    '合计',
    '行政',
    '事业',
    '工勤',
    '合计',
    '离休',
    '退休',
  ]);
  r += 2;
  if (labelCol) s.set(r, 0, pick(next, ['人数', '年末数', '人']));
  const A = d.staffAuthorized;
  const R = d.staffActual;
  count(s, r, c0, sumStaff(A), { name: 'PE_StaffAuthorized', label: `${ha} × 合计` });
  count(s, r, c0 + 1, A.admin, { name: 'PE_OfficialsAuthorized', label: `${ha} × 行政编制` });
  count(s, r, c0 + 2, A.institution);
  count(s, r, c0 + 3, A.worker);
  count(s, r, c0 + 4, sumStaff(R), { name: 'PE_StaffActual', label: `${hr} × 合计` });
  count(s, r, c0 + 5, R.admin, { name: 'PE_OfficialsActual', label: `${hr} × 行政` });
  count(s, r, c0 + 6, R.institution);
  count(s, r, c0 + 7, R.worker);
  const lx = Math.min(d.retired, 2);
  count(s, r, c0 + 8, d.retired);
  count(s, r, c0 + 9, lx);
  count(s, r, c0 + 10, d.retired - lx);
  s.distractor('PE_StaffActual', r, c0 + 8, '离退休人员 合计 is not staff in post');
  return `horizontal${labelCol ? '-labelCol' : ''}`;
}
