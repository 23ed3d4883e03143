/**
 * Family `assetAnnual`: the 行政事业单位国有资产年报 as it is exported to Excel. The 资产负债简表
 * with 资产 and 负债和净资产 side by side, each with 行次 / 年初数 / 年末数 (or 期末 before 期初),
 * 其中 rows under 流动资产; the 固定资产分类表 (by class: 账面数量 / 账面原值 / 累计折旧 / 账面净值,
 * then 在用 / 出租出借 / 闲置 / 待处置 by use); and the 单位基本情况 line with a two-level
 * 编制数 / 实有人数 header. Tables are often kept in 元.
 */
import { chance, int, pick, split, sumAssets, sumStaff, type Cents } from '../holdout/figures';
import { count, money, tableHead, type Ctx } from '../holdout/common';
import { decoy, parts } from './helpers';

function balance(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['资产负债简表', '表1 资产负债', '资产负债表（简表）']));
  let r = tableHead(
    s,
    ctx,
    pick(next, ['资产负债简表', '行政事业单位资产负债简表']),
    pick(next, ['资年01表', '财资01表']),
    8,
  );
  const endFirst = chance(next, 0.4);
  const [endName, beginName] = endFirst
    ? ['期末数', '期初数']
    : pick(next, [
        ['年末数', '年初数'],
        ['年末余额', '年初余额'],
      ]);
  const endCol = endFirst ? 2 : 3;
  const beginCol = endFirst ? 3 : 2;
  const hdr = ['资产', '行次', null, null, '负债和净资产', '行次', null, null];
  hdr[endCol] = endName;
  hdr[beginCol] = beginName;
  hdr[endCol + 4] = endName;
  hdr[beginCol + 4] = beginName;
  s.line(r, 0, hdr);
  r++;
  const e = d.assetsEnd;
  const bg = d.assetsBegin;
  const cash = split(e.current, [3, 1, 1], d.grain);
  const cashB = split(bg.current, [3, 1, 1], d.grain);
  type Row = [string, Cents, Cents, string | null, string];
  const rows: Row[] = [
    ['一、流动资产合计', e.current, bg.current, 'PE_AssetsCurrent', '流动资产合计'],
    ['  其中：货币资金', cash[0], cashB[0], null, ''],
    ['        财政应返还额度', cash[1], cashB[1], null, ''],
    ['        应收及预付款项', cash[2], cashB[2], null, ''],
    ['二、固定资产（净值）', e.fixed, bg.fixed, 'PE_AssetsFixed', '固定资产（净值）'],
    ['三、在建工程', e.inProgress, bg.inProgress, 'PE_AssetsInProgress', '在建工程'],
    ['四、无形资产（净值）', e.intangible, bg.intangible, 'PE_AssetsIntangible', '无形资产（净值）'],
    ['五、其他资产', e.other, bg.other, 'PE_AssetsOther', '其他资产'],
    ['资产总计', sumAssets(e), sumAssets(bg), 'PE_AssetsTotal', '资产总计'],
  ];
  const top = r;
  rows.forEach(([label, end, begin, name, lab], k) => {
    s.line(r, 0, [label, k + 1]);
    if (name) {
      money(s, ctx, r, endCol, end, { name, label: `${lab} / ${endName}` });
      decoy(s, ctx, r, beginCol, begin, name, `${beginName}, the opening balance`);
    } else {
      money(s, ctx, r, endCol, end);
      money(s, ctx, r, beginCol, begin);
    }
    r++;
  });
  // The other side: liabilities and net assets, adding up to the same 总计.
  const total = sumAssets(e);
  const totalB = sumAssets(bg);
  const liab = Math.round((total * (0.05 + next() * 0.2)) / d.grain) * d.grain;
  const liabB = Math.round((totalB * (0.05 + next() * 0.2)) / d.grain) * d.grain;
  const right: [string, Cents, Cents][] = [
    ['一、负债合计', liab, liabB],
    ['  其中：应缴款项', Math.floor(liab / 3 / d.grain) * d.grain, Math.floor(liabB / 3 / d.grain) * d.grain],
    ['二、净资产合计', total - liab, totalB - liabB],
  ];
  let rr = top;
  right.forEach(([l, en, be], k) => {
    s.line(rr, 4, [l, 10 + k]);
    money(s, ctx, rr, endCol + 4, en);
    money(s, ctx, rr, beginCol + 4, be);
    rr++;
  });
  s.line(top + rows.length - 1, 4, ['负债和净资产总计', 10 + right.length]);
  money(s, ctx, top + rows.length - 1, endCol + 4, total);
  s.alsoRight('PE_AssetsTotal', top + rows.length - 1, endCol + 4);
  money(s, ctx, top + rows.length - 1, beginCol + 4, totalB);
  return endFirst ? 'balance-endfirst' : 'balance';
}

function fixedByClass(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['固定资产分类表', '表3 固定资产', '固定资产情况']));
  let r = tableHead(s, ctx, '固定资产分类情况表', '资年03表', 9);
  s.mergedText(r, 0, r + 1, 0, '资产分类');
  s.mergedText(r, 1, r + 1, 1, '账面数量');
  s.mergedText(r, 2, r, 4, '账面价值');
  s.mergedText(r, 5, r, 8, '按使用状况（净值）');
  s.line(r + 1, 2, ['账面原值', '累计折旧', '账面净值', '在用', '出租出借', '闲置', '待处置']);
  r += 2;
  const classes = [
    '土地、房屋及构筑物',
    '通用设备',
    '专用设备',
    '文物和陈列品',
    '图书和档案',
    '家具、用具、装具及动植物',
  ];
  const nets = parts(ctx, d.assetsEnd.fixed, classes.length);
  const rest = d.assetsEnd.fixed - d.fixedInUse;
  const [idle, dispose] = split(rest, [1, 1], d.grain);
  const inUse = split(
    d.fixedInUse,
    nets.map((n) => n + 1),
    d.grain,
  );
  const idles = split(
    idle,
    nets.map((n) => n + 1),
    d.grain,
  );
  const disp = nets.map((n, k) => n - inUse[k] - idles[k]);
  // `disp` may go negative per class when the split rounds; keep 待处置 only on the total then.
  const perClassOk = disp.every((x) => x >= 0);
  const orig = nets.map((n) => Math.round((n * (1.2 + next() * 0.6)) / d.grain) * d.grain);
  const origTotal = orig.reduce((a, x) => a + x, 0);
  const counts = classes.map(() => int(next, 1, 200));
  const totalFirst = chance(next, 0.6);
  const writeTotal = (row: number): void => {
    s.line(row, 0, ['合计', counts.reduce((a2, x) => a2 + x, 0)]);
    decoy(s, ctx, row, 2, origTotal, 'PE_AssetsFixed', '账面原值, before depreciation');
    money(s, ctx, row, 3, origTotal - d.assetsEnd.fixed);
    money(s, ctx, row, 4, d.assetsEnd.fixed, { name: 'PE_AssetsFixed', label: '合计 / 账面净值' });
    money(s, ctx, row, 5, d.fixedInUse, { name: 'PE_FixedAssetsInUse', label: '合计 / 在用' });
    money(s, ctx, row, 6, 0);
    money(s, ctx, row, 7, idle);
    money(s, ctx, row, 8, dispose);
  };
  if (totalFirst) writeTotal(r++);
  classes.forEach((c, k) => {
    s.line(r, 0, [c, counts[k]]);
    money(s, ctx, r, 2, orig[k]);
    money(s, ctx, r, 3, orig[k] - nets[k]);
    decoy(s, ctx, r, 4, nets[k], 'PE_AssetsFixed', 'one class of fixed assets');
    if (perClassOk) {
      decoy(s, ctx, r, 5, inUse[k], 'PE_FixedAssetsInUse', 'one class in use');
      money(s, ctx, r, 6, 0);
      money(s, ctx, r, 7, idles[k]);
      money(s, ctx, r, 8, disp[k]);
    }
    r++;
  });
  if (!totalFirst) writeTotal(r++);
  void dispose;
  return totalFirst ? 'fixed-top' : 'fixed-bottom';
}

function basics(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const s = b.addSheet(pick(next, ['单位基本情况', '基本信息表']));
  let r = tableHead(s, ctx, '单位基本情况表', '资年00表', 9, '单位：人');
  s.mergedText(r, 0, r + 1, 0, '单位名称');
  s.mergedText(r, 1, r, 4, '编制数');
  s.mergedText(r, 5, r, 8, '实有人数');
  s.line(r + 1, 1, ['合计', '行政编制', '事业编制', '工勤编制', '合计', '行政', '事业', '工勤']);
  r += 2;
  const a = d.staffAuthorized;
  const x = d.staffActual;
  s.set(r, 0, d.name);
  count(s, r, 1, sumStaff(a), { name: 'PE_StaffAuthorized', label: '编制数 / 合计' });
  count(s, r, 2, a.admin, { name: 'PE_OfficialsAuthorized', label: '编制数 / 行政编制' });
  count(s, r, 3, a.institution);
  count(s, r, 4, a.worker);
  count(s, r, 5, sumStaff(x), { name: 'PE_StaffActual', label: '实有人数 / 合计' });
  count(s, r, 6, x.admin, { name: 'PE_OfficialsActual', label: '实有人数 / 行政' });
  count(s, r, 7, x.institution);
  count(s, r, 8, x.worker);
  r += 2;
  s.set(r, 0, `离退休人员 ${d.retired} 人（不含在编人数）`);
  return 'basics';
}

export function assetAnnual(ctx: Ctx): string {
  const v = [balance(ctx)];
  if (chance(ctx.next, 0.75)) v.push(fixedByClass(ctx));
  if (chance(ctx.next, 0.6)) v.push(basics(ctx));
  return v.join('+');
}
