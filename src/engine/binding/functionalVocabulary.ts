/**
 * The words the functional-table finder (functionalTable.ts) reads: the 类 of the 支出功能分类科目,
 * the rows of other classifications, the headings of the 科目名称, 科目编码 and figure columns, and
 * the words that refuse a table or a column. Data, like the label catalog: a new wording is one
 * string here.
 */
import type { FunctionalColumn } from './functionalTable';
import { normaliseLabel } from './normalise';

/** The 类 of the 支出功能分类科目 (2007–2021 names, the older spellings kept). */
export const CLASS_NAMES = new Set(
  [
    '一般公共服务支出',
    '外交支出',
    '国防支出',
    '公共安全支出',
    '教育支出',
    '科学技术支出',
    '文化旅游体育与传媒支出',
    '文化体育与传媒支出',
    '社会保障和就业支出',
    '社会保险基金支出',
    '卫生健康支出',
    '医疗卫生与计划生育支出',
    '医疗卫生支出',
    '节能环保支出',
    '城乡社区支出',
    '城乡社区事务支出',
    '农林水支出',
    '农林水事务支出',
    '交通运输支出',
    '资源勘探工业信息等支出',
    '资源勘探信息等支出',
    '资源勘探电力信息等支出',
    '商业服务业等支出',
    '金融支出',
    '金融监管等事务支出',
    '援助其他地区支出',
    '自然资源海洋气象等支出',
    '国土海洋气象等支出',
    '国土资源气象等支出',
    '住房保障支出',
    '粮油物资储备支出',
    '粮油物资储备管理事务支出',
    '国有资本经营预算支出',
    '灾害防治及应急管理支出',
    '预备费',
    '其他支出',
    '转移性支出',
    '债务还本支出',
    '债务付息支出',
    '债务发行费用支出',
    '抗疫特别国债安排的支出',
  ].map(normaliseLabel),
);

/** Rows of another classification: a table holding one is not the functional table. */
export const OTHER_CLASSIFICATION = [
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '工资福利支出',
  '商品和服务支出',
  '对个人和家庭的补助',
  '资本性支出',
  '对企业补助',
  '经营支出',
  '上缴上级支出',
  '对附属单位补助支出',
  '财政拨款收入',
  '年末结转和结余',
  '结余分配',
].map(normaliseLabel);

export const TOTAL_ROWS = [
  '合计',
  '总计',
  '小计',
  '支出合计',
  '本年支出合计',
  '支出总计',
  '本年合计',
  '总合计',
  '部门合计',
].map(normaliseLabel);
export const ROW_NUMBER_ROWS = ['栏次', '行次', '序号'];

/** A title or sheet name saying the table is part of the budget only. */
export const REFUSE_TOPIC = [
  '项目支出',
  '基本支出',
  '政府性基金',
  '国有资本经营',
  '三公',
  '经济分类',
  '收入决算',
  '收入预算',
  '上年',
];

export const NAME_HEADS = new Set(
  [
    '科目名称',
    '项目',
    '项目名称',
    '科目',
    '功能分类科目名称',
    '支出功能分类科目名称',
    '功能分类科目',
    '支出功能分类科目',
    '功能分类',
    '支出功能分类',
    '功能科目名称',
    '科目(功能分类)',
    '支出项目',
  ].map(normaliseLabel),
);
export const CODE_HEADS = new Set(
  ['科目编码', '功能分类科目编码', '编码', '科目代码', '功能科目编码', '类', '款', '项'].map(normaliseLabel),
);

/** Figure families: strong labels name the column alone; weak ones only when nothing stronger stands. */
const FAMILY: Record<FunctionalColumn, { strong: string[]; weak: string[] }> = {
  budget: {
    strong: ['年初预算数', '年初预算', '年初预算金额', '年初批复预算数', '本年年初预算数', '年初预算安排数'],
    weak: ['预算数', '本年预算数'],
  },
  final: {
    strong: ['本年决算数', '决算数', '本年支出', '支出决算数', '支出决算', '本年实际支出', '本年实际支出数'],
    weak: ['实际支出数', '本年支出数', '全年执行数', '执行数', '决算', '支出数'],
  },
  prior: {
    strong: ['上年决算数', '上年决算', '上年支出', '上年实际支出', '上年实际支出数', '上年支出决算数'],
    weak: ['上年决算支出数', '上年执行数'],
  },
};
export const FAMILY_KEYS: Record<FunctionalColumn, { strong: Set<string>; weak: Set<string> }> = {
  budget: keysOf(FAMILY.budget),
  final: keysOf(FAMILY.final),
  prior: keysOf(FAMILY.prior),
};
function keysOf(f: { strong: string[]; weak: string[] }): { strong: Set<string>; weak: Set<string> } {
  return { strong: new Set(f.strong.map(normaliseLabel)), weak: new Set(f.weak.map(normaliseLabel)) };
}
/** Sub-headings under a family that still mean the whole figure. */
export const WHOLE_SUBHEADS = new Set(
  ['合计', '小计', '总计', '金额', '数额', '本年', '本年数', '计'].map(normaliseLabel),
);
/** Words in a heading above a family heading that make the column another figure. */
export const REFUSE_ABOVE: Record<FunctionalColumn, string[]> = {
  budget: ['上年', '调整', '全年', '增减', '比上年', '变动'],
  final: ['上年', '增减', '比上年', '变动', '预算数'],
  prior: ['增减', '比上年', '变动'],
};
