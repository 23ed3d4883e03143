/**
 * The figures of one made-up department, consistent the way a 决算 is: parts add up to their
 * totals exactly (三公 = 出国 + 用车 + 接待, 资产总计 = the asset classes, 支出合计 = the
 * functional rows = 基本 + 项目, 基本 = 人员 + 公用), spending stays below the adjusted budget,
 * staff below or near the establishment.
 *
 * Money is held as whole 分 (cents of a yuan) in plain integers, so sums are exact without any
 * float arithmetic on money; a 万元 figure is a cents count divided by 1,000,000 through decimal.js
 * only when it is printed or written. `grain` is the smallest step a figure moves by: 10,000 分
 * (0.01 万元, what a 万元 table shows) or 1 分 (a 元 table to the cent).
 */
import { D } from '../../src/engine/decimal';
import type { TruthPresent } from './workbook';

export type Cents = number;

export interface FunctionalRow {
  code: string;
  name: string;
  initial: Cents;
  adjusted: Cents;
  actual: Cents;
  priorActual: Cents;
}

export interface ThreePublic {
  outbound: Cents;
  carPurchase: Cents;
  carRun: Cents;
  reception: Cents;
}

export interface AssetClasses {
  current: Cents;
  fixed: Cents;
  intangible: Cents;
  inProgress: Cents;
  other: Cents;
}

export interface Staff {
  admin: number;
  institution: number;
  worker: number;
}

export interface Project {
  name: string;
  initial: Cents;
  adjusted: Cents;
  actual: Cents;
}

export interface Department {
  name: string;
  year: number;
  grain: Cents;
  budgetInitial: Cents;
  budgetAdjusted: Cents;
  expenditure: Cents;
  incomeInitial: Cents;
  incomeAdjusted: Cents;
  incomeActual: Cents;
  carryIn: Cents;
  carryOut: Cents;
  basic: Cents;
  project: Cents;
  personnel: Cents;
  publicFundsActual: Cents;
  publicFundsBudget: Cents;
  personnelBudget: Cents;
  priorExpenditure: Cents;
  priorBudgetInitial: Cents;
  functional: FunctionalRow[];
  tpBudget: ThreePublic;
  tpActual: ThreePublic;
  tpPrior: ThreePublic;
  /** The year before's 三公 actual spending (上年决算数), a distractor column. */
  tpPriorActual: ThreePublic;
  stockEnd: Cents;
  stockPriorEnd: Cents;
  procurementPlan: Cents;
  procurementActual: Cents;
  assetsEnd: AssetClasses;
  assetsBegin: AssetClasses;
  fixedInUse: Cents;
  staffAuthorized: Staff;
  staffActual: Staff;
  retired: number;
  keyTasks: [number, number];
  targets: [number, number];
  projects: [number, number];
  outcomes: [number, number];
  disputes: [number, number];
  /** 满意度 in whole per-cent (95 → 0.95). */
  satisfactionPct: number;
  projectList: Project[];
}

const WAN = new D(1_000_000); // 分 per 万元
const YUAN = new D(100); // 分 per 元

/** The figure as the evaluation reads it: 万元, exact. */
export function wan(c: Cents): string {
  return new D(c).div(WAN).toFixed();
}

/** What a 万元 table cell holds. */
export function wanCell(c: Cents): number {
  return Number(wan(c));
}

/** What a 元 table cell holds. */
export function yuanCell(c: Cents): number {
  return Number(new D(c).div(YUAN).toFixed());
}

/** A money figure in the unit of the table it is written to, and its truth. */
export function moneyFig(
  c: Cents,
  unit: 'wan' | 'yuan',
): { cell: number; value: string; cellUnit: TruthPresent['cellUnit'] } {
  return { cell: unit === 'wan' ? wanCell(c) : yuanCell(c), value: wan(c), cellUnit: unit };
}

export function countFig(n: number): { cell: number; value: string; cellUnit: TruthPresent['cellUnit'] } {
  return { cell: n, value: String(n), cellUnit: 'count' };
}

export function sumTP(t: ThreePublic): Cents {
  return t.outbound + t.carPurchase + t.carRun + t.reception;
}

export function sumAssets(a: AssetClasses): Cents {
  return a.current + a.fixed + a.intangible + a.inProgress + a.other;
}

export function sumStaff(s: Staff): number {
  return s.admin + s.institution + s.worker;
}

export type Rand = () => number;

/** Fisher–Yates on a copy. */
export function shuffle<T>(next: Rand, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function pick<T>(next: Rand, xs: readonly T[]): T {
  return xs[Math.floor(next() * xs.length)];
}

export function chance(next: Rand, p: number): boolean {
  return next() < p;
}

export function int(next: Rand, lo: number, hi: number): number {
  return lo + Math.floor(next() * (hi - lo + 1));
}

/** A money amount between lo and hi 万元, a whole number of grains. */
function money(next: Rand, grain: Cents, loWan: number, hiWan: number): Cents {
  const lo = Math.ceil((loWan * 1_000_000) / grain);
  const hi = Math.floor((hiWan * 1_000_000) / grain);
  return int(next, lo, hi) * grain;
}

/** `total` scaled by a factor in [lo, hi], kept on the grain. */
function scaled(next: Rand, grain: Cents, total: Cents, lo: number, hi: number): Cents {
  const f = lo + next() * (hi - lo);
  return Math.round((total * f) / grain) * grain;
}

/** Splits `total` into parts proportional to `weights`, on the grain, the last taking the rest. */
export function split(total: Cents, weights: number[], grain: Cents): Cents[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const units = total / grain;
  const parts = weights.map((w) => Math.floor((units * w) / sum) * grain);
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
}

const PLACES = [
  '青溪',
  '白沙',
  '临江',
  '云岭',
  '柳塘',
  '石门',
  '安平',
  '长乐',
  '兴隆',
  '永和',
  '南屏',
  '桂阳',
];
const BODIES = [
  '农业农村局',
  '人民政府办公室',
  '司法局',
  '文化广电旅游体育局',
  '自然资源局',
  '市场监督管理局',
  '退役军人事务局',
  '卫生健康局',
  '人民政府坪头街道办事处',
  '水利局',
  '医疗保障局',
  '档案馆',
];

const FUNCTIONS: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['205', '教育支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['221', '住房保障支出'],
  ['224', '灾害防治及应急管理支出'],
];

const PROJECTS = [
  '农村人居环境整治专项',
  '高标准农田建设项目',
  '信息化系统运维经费',
  '办公楼维修改造工程',
  '法律援助专项经费',
  '基层文化惠民工程',
  '河道清淤疏浚项目',
  '普法宣传经费',
  '乡村振兴衔接资金',
  '档案数字化加工项目',
  '防汛抗旱物资储备',
  '食品安全抽检经费',
];

function threePublic(next: Rand, grain: Cents, scale: number): ThreePublic {
  const car = chance(next, 0.85);
  return {
    outbound: chance(next, 0.25) ? money(next, grain, 1 * scale, 8 * scale) : 0,
    carPurchase: car && chance(next, 0.2) ? money(next, grain, 10 * scale, 30 * scale) : 0,
    carRun: car ? money(next, grain, 2 * scale, 20 * scale) : 0,
    reception: money(next, grain, 0.5 * scale, 10 * scale),
  };
}

function assets(next: Rand, grain: Cents, scale: number): AssetClasses {
  return {
    current: money(next, grain, 20 * scale, 400 * scale),
    fixed: money(next, grain, 30 * scale, 600 * scale),
    intangible: chance(next, 0.4) ? money(next, grain, 1 * scale, 30 * scale) : 0,
    inProgress: chance(next, 0.3) ? money(next, grain, 5 * scale, 200 * scale) : 0,
    other: chance(next, 0.2) ? money(next, grain, 0.5 * scale, 10 * scale) : 0,
  };
}

export function department(next: Rand, grain: Cents): Department {
  const size = pick(next, [1, 1, 2, 4, 8]);
  const budgetInitial = money(next, grain, 150 * size, 900 * size);
  const budgetAdjusted = scaled(next, grain, budgetInitial, 1.0, 1.35);
  const expenditure = scaled(next, grain, budgetAdjusted, 0.82, 0.995);
  const carryIn = money(next, grain, 0, 40 * size);
  const incomeInitial = budgetInitial - Math.min(carryIn, Math.floor(budgetInitial / 2 / grain) * grain);
  const incomeAdjusted = scaled(next, grain, budgetAdjusted, 0.9, 0.99);
  const incomeActual = scaled(next, grain, expenditure, 0.95, 1.03);
  // The year balances: 本年收入 + 年初结转和结余 = 本年支出 + 年末结转和结余, so the carry-in covers
  // any spending above this year's income.
  const carryInActual = Math.max(carryIn, expenditure - incomeActual);
  const carryOut = incomeActual + carryInActual - expenditure;
  const project = scaled(next, grain, expenditure, 0.15, 0.45);
  const basic = expenditure - project;
  const publicFundsActual = scaled(next, grain, basic, 0.12, 0.25);
  const personnel = basic - publicFundsActual;
  const publicFundsBudget = scaled(next, grain, publicFundsActual, 0.98, 1.12);
  const personnelBudget = scaled(next, grain, personnel, 0.9, 1.0);

  const nFun = int(next, 3, 6);
  const funs = [FUNCTIONS[0], ...shuffle(next, FUNCTIONS.slice(1)).slice(0, nFun - 1)].sort((a, b) =>
    a[0].localeCompare(b[0]),
  );
  const weights = funs.map((_, i) => (i === 0 ? 6 : 0.5 + next() * 1.5));
  const ini = split(budgetInitial, weights, grain);
  const adj = split(
    budgetAdjusted,
    weights.map((w) => w * (0.9 + next() * 0.2)),
    grain,
  );
  // Each class spends about the same share of its adjusted budget, so none overspends.
  const act = split(
    expenditure,
    adj.map((a) => a * (0.97 + next() * 0.03)),
    grain,
  );
  const priorExpenditure = scaled(next, grain, expenditure, 0.8, 1.15);
  const pri = split(
    priorExpenditure,
    weights.map((w) => w * (0.8 + next() * 0.4)),
    grain,
  );
  const functional = funs.map(([code, name], i) => ({
    code,
    name,
    initial: ini[i],
    adjusted: adj[i],
    actual: act[i],
    priorActual: pri[i],
  }));

  const tpScale = size;
  const tpBudget = threePublic(next, grain, tpScale);
  // Actual spending of each part stays at or under its budget (控制率 ≤ 100 % is the norm).
  const under = (c: Cents): Cents => (c === 0 ? 0 : Math.round((c * (0.7 + next() * 0.3)) / grain) * grain);
  const tpActual = {
    outbound: under(tpBudget.outbound),
    carPurchase: under(tpBudget.carPurchase),
    carRun: under(tpBudget.carRun),
    reception: under(tpBudget.reception),
  };
  // Last year's 三公 budget is this year's give or take a fifth (压减 is the usual direction).
  const tpPrior = {
    outbound:
      tpBudget.outbound === 0 && chance(next, 0.2)
        ? money(next, grain, 1 * tpScale, 6 * tpScale)
        : scaled(next, grain, tpBudget.outbound, 0.95, 1.25),
    carPurchase: chance(next, 0.15) ? money(next, grain, 10 * tpScale, 25 * tpScale) : 0,
    carRun: scaled(next, grain, tpBudget.carRun, 0.9, 1.2),
    reception: scaled(next, grain, tpBudget.reception, 0.9, 1.25),
  };
  const tpPriorActual = {
    outbound: under(tpPrior.outbound),
    carPurchase: under(tpPrior.carPurchase),
    carRun: under(tpPrior.carRun),
    reception: under(tpPrior.reception),
  };

  const assetsEnd = assets(next, grain, size);
  // The opening balance moves from the year-end one by a fifth at most, class by class.
  const drift = (c: Cents): Cents => scaled(next, grain, c, 0.8, 1.2);
  const assetsBegin = {
    current: drift(assetsEnd.current),
    fixed: drift(assetsEnd.fixed),
    intangible: drift(assetsEnd.intangible),
    inProgress:
      assetsEnd.inProgress === 0 && chance(next, 0.3)
        ? money(next, grain, 5 * size, 100 * size)
        : drift(assetsEnd.inProgress),
    other: drift(assetsEnd.other),
  };
  const fixedInUse = scaled(next, grain, assetsEnd.fixed, 0.93, 1.0);

  const admin = int(next, 8, 40 * Math.min(size, 3));
  const institution = chance(next, 0.7) ? int(next, 2, 30 * Math.min(size, 3)) : 0;
  const worker = int(next, 0, 6);
  const staffAuthorized = { admin, institution, worker };
  const staffActual = {
    admin: Math.max(1, admin - int(next, 0, 3)),
    institution: Math.max(0, institution - int(next, 0, 3)),
    worker: Math.max(0, worker - int(next, 0, 1)),
  };
  const done = (n: number): number => Math.max(0, n - (chance(next, 0.3) ? int(next, 1, 2) : 0));
  const pair = (lo: number, hi: number): [number, number] => {
    const n = int(next, lo, hi);
    return [n, Math.min(n, done(n))];
  };
  const nProjects = int(next, 3, 7);
  const projectList = shuffle(next, PROJECTS)
    .slice(0, nProjects)
    .map((name) => {
      const initial = money(next, grain, 5 * size, 120 * size);
      const adjusted = scaled(next, grain, initial, 1.0, 1.3);
      return { name, initial, adjusted, actual: scaled(next, grain, adjusted, 0.7, 1.0) };
    });

  return {
    name: `${pick(next, PLACES)}县${pick(next, BODIES)}`,
    year: int(next, 2019, 2024),
    grain,
    budgetInitial,
    budgetAdjusted,
    expenditure,
    incomeInitial,
    incomeAdjusted,
    incomeActual,
    carryIn: carryInActual,
    carryOut,
    basic,
    project,
    personnel,
    publicFundsActual,
    publicFundsBudget,
    personnelBudget,
    priorExpenditure,
    priorBudgetInitial: scaled(next, grain, budgetInitial, 0.8, 1.15),
    functional,
    tpBudget,
    tpActual,
    tpPrior,
    tpPriorActual,
    stockEnd: money(next, grain, 5 * size, 200 * size),
    stockPriorEnd: money(next, grain, 5 * size, 200 * size),
    procurementPlan: money(next, grain, 3 * size, 150 * size),
    procurementActual: 0, // set below from the plan
    assetsEnd,
    assetsBegin,
    fixedInUse,
    staffAuthorized,
    staffActual,
    retired: int(next, 0, 30),
    keyTasks: pair(4, 15),
    targets: pair(10, 60),
    projects: pair(2, 12),
    outcomes: pair(4, 20),
    disputes: pair(5, 80),
    satisfactionPct: int(next, 85, 99),
    projectList,
  };
}

/** The department with its procurement actual filled in (it depends on the plan). */
export function makeDepartment(next: Rand, grain: Cents): Department {
  const d = department(next, grain);
  d.procurementActual = Math.round((d.procurementPlan * (0.85 + next() * 0.15)) / grain) * grain;
  return d;
}
