/**
 * A 基础数据 workbook kept one sheet per topic (收支, 三公经费, 公用经费, 资产, 人员, 采购, 存量资金,
 * 绩效), each sheet holding one small table with no title: the sheet's name is the table's topic,
 * and the clerk heads its columns tersely (预算 | 实际, 年初 | 年末, 编制 | 实有, 计划 | 完成)
 * because the tab already says what they are budgets, balances or counts of. A clerk reads those
 * heads in the topic's meaning: on the 资产 tab 年末 is the year-end balance and 年初 the opening
 * one, on the 三公经费 tab 实际 is the “三公” spending, on the 存量资金 tab the 年初数 line is the
 * stock carried from last year's end. This module says which sheet names name a topic and how a
 * topic's terse terms read in the catalog's own words (catalog.ts), so the catalog's rules, with
 * their refusals, do the rest.
 *
 * It also tells a 目录 (a workbook's table of contents) apart: a list of the sheets, whose 序号
 * are no figures of any input.
 */
import type { GridSheet } from './grid';
import { normaliseLabel } from './normalise';

export type SheetTopicId =
  | 'incomeSpending'
  | 'threePublic'
  | 'publicFunds'
  | 'assets'
  | 'staff'
  | 'procurement'
  | 'stockFunds'
  | 'performance';

/** How one topic's terse terms read: row labels and column heads apart (see stockFunds). */
interface TopicLexicon {
  /** Sheet names (numbering and a trailing 情况 / 表 taken off, normalised) that name the topic. */
  names: string[];
  heads: Record<string, string>;
  rows: Record<string, string>;
}

/** The whole rows of a topic's table: 合计 on the 资产 tab is the 资产总计. */
const WHOLE_ROWS = ['合计', '总计'];
const whole = (key: string): Record<string, string> => Object.fromEntries(WHOLE_ROWS.map((w) => [w, key]));

/** The 年末 / 年初 pair of a balance, as the catalog's confirm and refuse words spell them. */
const YEAR_END = { 年末: '期末数', 年末数: '期末数', 期末: '期末数', 年末余额: '期末余额' };
const YEAR_START = {
  年初: '年初数',
  年初数: '年初数',
  期初: '年初数',
  期初数: '年初数',
  年初余额: '年初余额',
};

const LEXICONS: Record<SheetTopicId, TopicLexicon> = {
  incomeSpending: {
    // Not 预算执行: a treasury export's tab, whose 调整 column is the year's 追加 / 追减.
    names: ['收支', '预算收支', '收支预算', '部门收支', '财务收支', '收入支出'],
    // Drawn down (年初批复 | 调整预算 | 支出 under 金额) or across (年初 | 调整预算 | 支出 over
    // 合计). A bare 调整 is left as written: it may be the adjustment, not the adjusted budget.
    heads: { 年初: '年初预算数', 年初批复: '年初批复预算', 调整预算: '调整预算数', 支出: '本年支出' },
    rows: { 年初批复: '年初批复预算', 调整预算: '调整预算数', 调整后: '调整后预算数', 支出: '本年支出' },
  },
  threePublic: {
    names: ['三公经费', '三公', '三公经费支出', '三公经费预算'],
    // 上年 alone is left as written: beside 预算 and 实际 it may be either year-before figure.
    // 实际 reads as 支出数, a column head of the topic's table, never as 实际支出数: that alone is
    // the department's whole spending, and the cell would go to it.
    heads: { 实际: '支出数', 本年实际: '支出数', 支出: '支出数', 执行: '执行数' },
    rows: {},
  },
  publicFunds: {
    names: ['公用经费', '日常公用经费', '公用经费支出'],
    heads: { 实际: '支出数', 本年实际: '支出数', 支出: '支出数', 执行: '执行数' },
    rows: whole('公用经费合计'),
  },
  assets: {
    names: ['资产', '国有资产', '资产总额', '资产状况'],
    heads: { ...YEAR_END, ...YEAR_START },
    // A table drawn sideways (年初 | 年末 down the stub, the classes across) reads the same.
    rows: { ...whole('资产总计'), ...YEAR_END, ...YEAR_START },
  },
  staff: {
    names: ['人员', '人员编制', '编制', '编制人员', '人员信息', '编制及人员', '人员编制及实有'],
    heads: {
      编制: '编制数',
      核定: '编制数',
      实有: '实有人数',
      在编: '在编人数',
      在职: '在职人数',
      实际: '实际人数',
    },
    // 合计 is left as written: the catalog reads it under a 人员 heading already, and as a plain
    // whole row it keeps a 其中：行政 column beside 实有人数 the 行政 figure (match.ts, rule C).
    rows: {},
  },
  procurement: {
    names: ['采购', '政府采购'],
    heads: { 计划: '计划数', 预算: '预算金额', 实际: '实际金额', 执行: '执行金额' },
    rows: {},
  },
  stockFunds: {
    names: ['存量资金', '财政存量资金', '结转结余资金'],
    // The lines of the tab are the balances themselves (年初数 | 金额); as column heads over a
    // 存量资金 row, 年初数 / 年末数 already read so, and are left as written.
    heads: {},
    rows: {
      年初: '上年末存量资金',
      年初数: '上年末存量资金',
      年初余额: '上年末存量资金',
      上年末: '上年末存量资金',
      期初: '上年末存量资金',
      年末: '年末存量资金',
      期末: '年末存量资金',
      年末数: '年末存量资金',
      年末余额: '年末存量资金',
    },
  },
  performance: {
    names: ['绩效', '绩效目标', '绩效指标', '绩效完成', '绩效完成情况', '绩效自评'],
    heads: { 实际: '完成' },
    // 项目 on the 绩效 tab are the projects its evaluation counts (考核项目).
    rows: { 项目: '考核项目', 项目数: '考核项目' },
  },
};

/**
 * Numbering in front of a tab's name: 表1 / 附表2 / 第3 / 02 / 3. / (4) / 三、. A Chinese numeral
 * counts only with its separator: 三公经费 opens with a 三 that numbers nothing.
 */
const LEADING_NUMBER =
  /^(?:(?:附?表|第)\s*[0-9一二三四五六七八九十]+\s*[表张]?\s*[.．、\-_—:：]?|[0-9]+\s*[.．、\-_—:：]?|[一二三四五六七八九十]+\s*[.．、]|[(（]\s*[0-9一二三四五六七八九十]+\s*[)）])\s*/u;
/** What a tab's name says after its topic: 资产情况, 人员情况表, 采购明细. */
const TRAILING_WORD = /(?:情况表|情况|明细表|明细|统计表|统计|汇总表|汇总|数据|表)$/u;

const BY_NAME = new Map<string, SheetTopicId>();
for (const [id, lexicon] of Object.entries(LEXICONS) as [SheetTopicId, TopicLexicon][])
  for (const n of lexicon.names) BY_NAME.set(normaliseLabel(n), id);

/** The topic a sheet's name names (表1 收支, 02三公经费, 资产情况, 3.人员), or undefined. */
export function sheetTopicOf(sheetName: string): SheetTopicId | undefined {
  const bare = sheetName.normalize('NFKC').trim().replace(LEADING_NUMBER, '');
  const key = normaliseLabel(bare);
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(TRAILING_WORD, ''));
}

/** The least a term needs to be re-read: its key (normalised) and where it stands. */
export interface TopicTerm {
  key: string;
  raw: string;
  row: number;
  col: number;
}

/**
 * A heading of the stub column that names what the block's lines count: 矛盾纠纷 over 排查 /
 * 调处成功 / 未化解 (a 矛盾纠纷 | 件数 head). Its lines read as the full wording.
 */
const STUB_THEMES: Record<string, Record<string, string>> = {
  矛盾纠纷: {
    排查: '排查矛盾纠纷',
    排查数: '排查矛盾纠纷',
    调处成功: '调处成功',
    成功调处: '调处成功',
    化解: '调处成功',
    已化解: '调处成功',
    化解数: '调处成功',
  },
};

/** What the sheet shows around a figure, as normalised keys (undefined: no text there). */
export type KeyAt = (r: number, c: number) => string | undefined;

/**
 * The row label and headings of a figure on a topic's tab, read in the topic's meaning. `top` is
 * the row of the figure's highest heading. Terms the topic does not speak of are returned as they
 * are (the same objects).
 */
export function readInTopic<L extends TopicTerm>(
  topic: SheetTopicId,
  row: L | undefined,
  headings: L[],
  top: number,
  keyAt: KeyAt,
): { row: L | undefined; headings: L[] } {
  const lexicon = LEXICONS[topic];
  const as = (t: L, key: string | undefined): L => (key === undefined || key === t.key ? t : { ...t, key });
  let rowKey = row ? lexicon.rows[row.key] : undefined;
  if (row && topic === 'performance' && headings.length > 0 && top < row.row) {
    // The stub column's own head on the headings' row: 项目 / 指标 … or a theme (矛盾纠纷).
    const stub = keyAt(top, row.col);
    if (stub !== undefined) rowKey ??= STUB_THEMES[stub]?.[row.key];
  }
  if (row && topic === 'assets' && row.key === '在用' && /^\s*其中/.test(row.raw.normalize('NFKC')))
    if (partOfFixedAssets(row, keyAt)) rowKey = '在用固定资产';
  return {
    row: row ? as(row, rowKey) : undefined,
    headings: headings.map((h) => as(h, lexicon.heads[h.key])),
  };
}

/** 其中：在用 under 固定资产: the nearest line above it in its column that is no 其中 line. */
function partOfFixedAssets(row: TopicTerm, keyAt: KeyAt): boolean {
  for (let i = row.row - 1; i >= 0 && i >= row.row - 5; i--) {
    const k = keyAt(i, row.col);
    if (k === undefined) return false;
    if (k === '在用' || k.startsWith('其中')) continue;
    return k.includes('固定资产');
  }
  return false;
}

const CONTENTS_NAMES = new Set(
  ['目录', '表目录', '报表目录', '目次', '索引', '附表目录'].map(normaliseLabel),
);

/**
 * A 目录: a sheet named so, or a list of the workbook's other sheets (two or more of their names
 * down one column, no figure right of any of them). Its numbers are the list's 序号, never a
 * figure. A summary whose row labels happen to be tab names, a figure beside each, is no 目录.
 */
export function isContentsSheet(sheet: GridSheet, sheetNames: readonly string[]): boolean {
  if (CONTENTS_NAMES.has(normaliseLabel(sheet.name))) return true;
  const others = new Set(sheetNames.filter((n) => n !== sheet.name).map((n) => n.trim()));
  if (others.size < 2) return false;
  const byColumn = new Map<number, number>();
  for (const row of sheet.cells) {
    const at = row.findIndex((cell) => cell.kind === 'text' && others.has(cell.value.trim()));
    if (at < 0) continue;
    if (row.slice(at + 1).some((cell) => cell.kind === 'number')) return false;
    byColumn.set(at, (byColumn.get(at) ?? 0) + 1);
  }
  return [...byColumn.values()].some((n) => n >= 2);
}
