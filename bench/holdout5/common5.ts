/**
 * What the fifth set's families share: the 功能科目 a department's own running costs are booked to
 * (a 司法局 runs under 20406, a 卫生健康局 under 21001), amounts scaled on the grain, the split of
 * a count over units, and the texts a 差异 / 变动 column explains a difference with.
 */
import { int, pick, split, type Cents, type Department, type Rand } from '../holdout/figures';

/** The 款 of the 功能分类 whose 行政运行 项 carries a body's basic spending. */
const OWN_FUNCTION: [RegExp, string, string][] = [
  [/农业农村/, '21301', '农业农村'],
  [/司法/, '20406', '司法'],
  [/文化广电旅游体育/, '20701', '文化和旅游'],
  [/自然资源/, '22001', '自然资源事务'],
  [/市场监督/, '20138', '市场监督管理事务'],
  [/退役军人/, '20828', '退役军人管理事务'],
  [/卫生健康/, '21001', '卫生健康管理事务'],
  [/水利/, '21303', '水利'],
  [/医疗保障/, '21015', '医疗保障管理事务'],
  [/档案/, '20126', '档案事务'],
  [/办事处|人民政府/, '20103', '政府办公厅（室）及相关机构事务'],
];

/** The 款 code and name of the body's own administration. */
export function ownFunction(d: Department): [string, string] {
  const hit = OWN_FUNCTION.find(([re]) => re.test(d.name));
  return hit ? [hit[1], hit[2]] : ['20103', '政府办公厅（室）及相关机构事务'];
}

/** Whether the body handles disputes (a 司法局, a 街道办事处, a 人民政府办公室). */
export function handlesDisputes(d: Department): boolean {
  return /司法|办事处|人民政府/.test(d.name);
}

/** `c` scaled by f, kept on the grain. */
export function onGrain(c: Cents, f: number, grain: Cents): Cents {
  return Math.round((c * f) / grain) * grain;
}

/** Splits a whole count over n parts (parts add up exactly, none negative). */
export function splitCount(next: Rand, total: number, n: number): number[] {
  return split(
    total,
    Array.from({ length: n }, () => 0.3 + next()),
    1,
  );
}

/** Why 决算 differs from 预算, as a clerk explains it in a 差异说明 column. */
export function diffReason(next: Rand, over: boolean): string {
  return over
    ? pick(next, [
        '年中追加人员经费',
        '追加专项资金',
        '上年结转资金本年使用',
        '政策性增支',
        '临时性工作任务增加支出',
      ])
    : pick(next, [
        '项目尚未完工，资金结转下年',
        '严格执行厉行节约规定',
        '部分项目延期实施',
        '压减一般性支出',
        '人员减少相应减支',
        '采购节约',
      ]);
}

/** A date an export stamps on its head line (导出时间 / 打印日期), in the year after the budget year. */
export function stamp(next: Rand, year: number): string {
  const m = int(next, 1, 3);
  const day = int(next, 1, 28);
  const hh = int(next, 8, 18);
  const mm = int(next, 0, 59);
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}
