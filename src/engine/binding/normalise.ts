/**
 * Label normalisation: the same label is typed many ways in budget tables (全角/半角, spaces to
 * spread a short label over a wide cell, outline numbering, unit suffixes, column letters, a
 * trailing colon). Everything here is lossy on purpose: it maps every spelling of one label to
 * one key, and reads the unit a label or heading announces.
 */

/** Circled and parenthesised numbers (①, ⑴) that NFKC would turn into bare digits. */
const ENCLOSED_NUMBERS = /^[\u2460-\u24ff\u2776-\u2793]+/;

const QUOTES = /["'“”‘’「」『』〝〞]/g;
const SPACES = /[\s\u00a0\u3000]+/g;

/** Outline numbering at the start: 一、 (一) 1. 1、 (1) 1) 第一部分 其中: … repeated. */
const NUMBERING =
  /^(?:第[一二三四五六七八九十百\d]+[部分章节项条]?[、.:]?|[(]?[一二三四五六七八九十]+[)、.]|[(]\d{1,2}[)]|\d{1,2}(?:[、)]|\.(?!\d))|[a-zA-Z][、.)](?!\d)|其中[:、]?|[-—*•·※★☆△▲])+/;

/** Trailing decorations: (A), (B=A-C), [1], (万元), 单位:万元, colons. */
const TRAILING_UNIT =
  /(?:[([](?:单位[:]?)?(?:万元|元|人|名|个|项|件|%|百分比|分)[)\]]|(?:单位[:]?)(?:万元|元)|[([][A-Za-z0-9=+\-*/×÷]{1,8}[)\]]|[:])$/;

/**
 * What a label says its figure includes (全年预算（含追加）, 实有在编人数（含工勤）, 编制总数（含
 * 工勤人员）): the figure is still the label's whole, so the bracket is dropped like a unit. What
 * it excludes (（不含…）) changes the figure and stays.
 */
const TRAILING_INCLUDES = /[(]含[^()不]{1,12}[)]$/;

/**
 * A note marker after a label (年末财政存量资金※, 调整后预算数*, 全年支出数（注1）, 在编人数注): the
 * clerk points at a 注 line below, the label is the same. Bare 注 / 注1 only, since 注 also ends
 * words (备注, 附注, 关注): see trailingNote.
 */
const TRAILING_MARK = /(?:[*※★☆△▲]+|[([【]注\d{0,2}[)\]】])$/;
const TRAILING_NOTE = /注\d{0,2}$/;
/** Characters before 注 that make a word of it (备注, 附注, 关注 …), not a note marker. */
const NOTE_WORDS = '备附关标批加评脚旁编签校译尾';

/** The label without a bare trailing 注 / 注1, when that 注 is a marker and not part of a word. */
function trailingNote(s: string): string {
  const m = TRAILING_NOTE.exec(s);
  if (!m || m.index < 2 || NOTE_WORDS.includes(s[m.index - 1])) return s;
  return s.slice(0, m.index);
}

/** One key for every spelling of a label. */
export function normaliseLabel(text: string): string {
  let s = text.replace(ENCLOSED_NUMBERS, '');
  s = s.normalize('NFKC').replace(SPACES, '').replace(QUOTES, '');
  for (let guard = 0; guard < 4; guard++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  // Units and note markers in either order: 政府采购执行※（万元）, 核定编制人数注（人）.
  for (let guard = 0; guard < 6; guard++) {
    const next = trailingNote(
      s.replace(TRAILING_UNIT, '').replace(TRAILING_MARK, '').replace(TRAILING_INCLUDES, ''),
    );
    if (next === s) break;
    s = next;
  }
  return s;
}

export type MoneyUnit = '万元' | '元';

/**
 * The money unit a cell announces: a unit line (单位：元, 金额单位：万元), a heading with its unit
 * (金额（元）, 本年支出(万元)) or a unit cell of its own (元). Undefined when it announces none.
 */
export function announcedUnit(text: string): MoneyUnit | undefined {
  const s = text.normalize('NFKC').replace(SPACES, '');
  if (/^(?:人民币)?(?:万元|元)$/.test(s)) return s.replace('人民币', '') as MoneyUnit;
  const m = /(?:单位[:]?|[([])(?:人民币)?(万元|元)(?:[([]?人民币[)\]]?)?(?:[)\]]|$)/.exec(s);
  return m ? (m[1] as MoneyUnit) : undefined;
}

/**
 * The unit a unit line announces anywhere in its text (单位：元, 金额单位：万元, 单位：人民币元,
 * 单位：元（人民币）, 单位:人民币 元): the currency may be named before or after the unit, and
 * a line often carries more (编制单位 … 单位：元) so the unit need not end the text. A
 * 基本数字表 mixing heads and money names both (单位：人、万元): the money unit is the one named.
 */
export function unitLineUnit(text: string): MoneyUnit | undefined {
  const m = /单位:?(?:[人个项件名户次][、,/])*(?:人民币)?(万元|元)/.exec(
    text.normalize('NFKC').replace(SPACES, ''),
  );
  return m ? (m[1] as MoneyUnit) : undefined;
}

/** A cell that only names a unit (万元, 元, 人, %…): skipped between a label and its value. */
export function isUnitCell(text: string): boolean {
  const s = text.normalize('NFKC').replace(SPACES, '');
  if (/^(?:单位[:]?)?[([]?(?:人民币)?(?:万元|元)(?:[([]?人民币[)\]]?)?[)\]]?$/.test(s)) return true;
  return /^(?:单位[:]?)?[([]?(?:万元|元|人|名|个|项|件|%|分|次)[)\]]?$/.test(s);
}

/**
 * A figure written as text with its sign or unit (≥90%, ≥12项, 100%, 不低于95%): a target in an
 * indicator table's 年度指标值 column, between the indicator's name and its 实际完成值.
 */
export function isFigureText(text: string): boolean {
  const s = text.normalize('NFKC').replace(SPACES, '');
  return /^(?:[≥≤><]=?|不低于|不少于|不高于|不超过|大于|小于|达到)?\d+(?:\.\d+)?(?:%|个|项|件|人|名|次|分)?(?:以上|以下|以内)?$/.test(
    s,
  );
}

/** Prose, not a label: a note or sentence that happens to mention one. */
export function isProse(text: string): boolean {
  const s = text.normalize('NFKC').replace(SPACES, '');
  return s.length > 28 || /[。;；!?]|,.*,/.test(s) || /[，].*[，]/.test(text);
}

/** The start of a note under a table: 注：, 说明：, 填报说明：, 备注：, 附注： (or 本表… anywhere). */
const NOTE_START = /^(?:[(]?\d{0,2}[)]?)?(?:注|说明|填报说明|填表说明|编制说明|备注|附注)\d{0,2}[:、.]?/;

/**
 * The money unit a note under a table states for the table: 注：本表金额单位为元, 填报说明：1.本表
 * 金额单位为元；…, 说明：本表以万元为单位, 注：单位：元. A note about a unit column (注：单位栏为
 * "元"的，数值按元填列; 金额单位见各行"单位"栏) states none: 单位 must be followed by the unit.
 */
export function noteUnit(text: string): MoneyUnit | undefined {
  const s = text.normalize('NFKC').replace(SPACES, '').replace(QUOTES, '');
  if (!NOTE_START.test(s) && !s.includes('本表')) return undefined;
  // A note on the unit column says each row's unit is its own.
  if (/单位(?:栏|列)|各行/.test(s)) return undefined;
  // The unit ends its word: 单位：元宝区… names a place, 元/人 a rate.
  const m =
    /单位(?:为|是|:)?(?:人民币)?(万元|元)(?![/每]|(?!人民币)[\u4e00-\u9fff])|以(?:人民币)?(万元|元)为(?:计量|金额)?单位/.exec(
      s,
    );
  return m ? ((m[1] ?? m[2]) as MoneyUnit) : undefined;
}
