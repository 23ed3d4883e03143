/**
 * Bilingual statements: a unit that runs a foreign-funded project (a 世行 / 亚行 贷款项目办, a GEF
 * grant) keeps its books in Chinese and English. Its row labels hold both languages in one cell
 * (支出合计 Total Expenditure, Total assets 资产总计, 人员经费\nPersonnel costs), its column heads
 * are English with the Chinese under a line break or English alone (Original Budget | Revised
 * Budget | Actual | Variance), its unit line is English (Unit: RMB 10,000, Currency: CNY Yuan) and
 * its balance sheet's columns are dates (31 Dec 2023 | 31 Dec 2022).
 *
 * Why a pre-reading: every rule of the catalog speaks Chinese. A cell that says the same label in
 * two languages is read as its Chinese half, and the few standard English finance headings (and
 * units, and year-end dates) as the Chinese heading that means the same, so the catalog's own
 * rules — with their distractors (差异, 上年, 年初数) — read the statement. English text that is not
 * one of those headings (a project's English row label with no Chinese) is left as it is: it names
 * nothing the matcher knows, so it is never guessed at.
 *
 * Only a sheet that shows itself bilingual (two cells or more holding both languages) is read so,
 * which leaves every Chinese workbook exactly as it was.
 */
import type { GridCell, GridSheet } from './grid';

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;
/** One run of English (Latin letters, digits, spaces and ASCII punctuation, 10,000 and 30%). */
const ENGLISH_RUN = /^[A-Za-z0-9 ,.'"&%()/\-:;’‘“”]+$/;

/**
 * The Chinese half of a cell holding one label in two languages: the English half first or last,
 * separated by a space, a line break or a slash. Undefined when the cell is not so (prose mixing
 * the languages, a Chinese label with a Latin code inside it, one language only).
 */
export function chineseHalf(text: string): string | undefined {
  const t = text.trim();
  if (!HAN.test(t) || !LATIN.test(t)) return undefined;
  // Where the Han text starts and ends: the English must lie wholly outside it.
  const chars = [...t];
  const first = chars.findIndex((ch) => HAN.test(ch));
  let last = chars.length - 1;
  while (last >= 0 && !HAN.test(chars[last])) last--;
  const before = chars.slice(0, first).join('');
  const after = chars.slice(last + 1).join('');
  const inner = chars.slice(first, last + 1).join('');
  if (LATIN.test(inner)) return undefined;
  const hasBefore = LATIN.test(before);
  if (hasBefore === LATIN.test(after)) return undefined;
  let zh: string;
  let eng: string;
  if (hasBefore) {
    // The English ends at its last letter and the closing marks after it ("Three public");
    // what follows (a year, an opening bracket, numbering) belongs to the Chinese half.
    const m = /^(.*[A-Za-z][")'’”%.]*)(.*)$/s.exec(before);
    if (!m) return undefined;
    eng = m[1];
    zh = `${m[2]}${inner}${after}`.trim().replace(/^[\s/|]+/, '');
  } else {
    // The English starts at its first letter, with an opening quote or bracket before it.
    const m = /^(.*?)(["('‘“]*[A-Za-z].*)$/s.exec(after);
    if (!m) return undefined;
    eng = m[2];
    // A Chinese half that comes first keeps its indentation, which tells a child from its parent.
    const indent = /^[ \u3000]*/.exec(text)?.[0] ?? '';
    zh = `${indent}${`${before}${inner}${m[1]}`.trim().replace(/[\s/|]+$/, '')}`;
  }
  if (!ENGLISH_RUN.test(eng.replace(/^[\s/|]+|[\s/|]+$/g, ''))) return undefined;
  return zh;
}

/** The standard English finance headings and labels, as the Chinese heading that means the same. */
const ENGLISH_HEADINGS: ReadonlyMap<string, string> = new Map([
  ['item', '项目'],
  ['items', '项目'],
  ['budget', '预算数'],
  ['original budget', '年初预算数'],
  ['initial budget', '年初预算数'],
  ['approved budget', '年初预算数'],
  ['revised budget', '调整后预算数'],
  ['adjusted budget', '调整后预算数'],
  ['final budget', '调整后预算数'],
  ['actual', '执行数'],
  ['actuals', '执行数'],
  ['actual expenditure', '实际支出数'],
  ['total', '合计'],
  ['grand total', '总计'],
  ['variance', '差异'],
  ['variance %', '差异率'],
  ['variance (%)', '差异率'],
  ['prior year actual', '上年实际数'],
  ['prior year', '上年数'],
  ['last year', '上年数'],
  ['opening balance', '年初数'],
  ['opening', '年初数'],
  ['closing balance', '年末数'],
  ['closing', '年末数'],
  ['beginning balance', '年初数'],
  ['ending balance', '年末数'],
  ['authorized posts', '编制数'],
  ['authorised posts', '编制数'],
  ['staff on payroll', '实有人数'],
]);

/** A year-end date heading (31 Dec 2023, 31 December 2023, Dec 31, 2023) as 2023年12月31日. */
function yearEndDate(s: string): string | undefined {
  const m =
    /^(?:as (?:at|of) )?31 dec(?:ember)?\.? ((?:19|20)\d{2})$/.exec(s) ??
    /^(?:as (?:at|of) )?dec(?:ember)?\.? 31,? ((?:19|20)\d{2})$/.exec(s);
  return m ? `${m[1]}年12月31日` : undefined;
}

/**
 * An English money unit line as the Chinese one: Unit: RMB 10,000 / Amount in RMB 10,000 Yuan /
 * Unit: CNY 10 thousand → 单位：万元; Unit: RMB Yuan / Amount in RMB / Currency: CNY Yuan → 单位：元.
 * RMB'0,000 is ten thousand yuan; a thousand (RMB'000) is no unit the evaluation reads in, so it
 * is left unread.
 */
function englishUnit(text: string): string | undefined {
  const s = text.replace(/^\((.*)\)$/, '$1').trim();
  const m =
    /^(?:(?:unit|units|currency|amount|amounts)(?: expressed)?(?: in)?:?|(?:expressed )?in) ?(.*)$/.exec(s);
  if (!m || !/\b(?:rmb|cny|yuan)\b/.test(s)) return undefined;
  // RMB'0,000 is the statements' way of writing ten thousand yuan.
  const rest = m[1]
    .replace(/\b(?:rmb|cny)\b(?:'0,000)?/g, (w) => (w.endsWith("'0,000") ? '10,000' : ''))
    .trim();
  if (/^(?:10,000|10000|10 thousand|ten thousand)(?: yuan)?$/.test(rest)) return '单位：万元';
  if (rest === '' || rest === 'yuan') return '单位：元';
  return undefined;
}

/** The Chinese reading of an English-only cell, when it is one of the standard headings. */
export function englishReading(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (HAN.test(s) || !LATIN.test(s)) return undefined;
  return ENGLISH_HEADINGS.get(s) ?? yearEndDate(s) ?? englishUnit(s);
}

/** How a bilingual sheet's text cell reads: its Chinese half, its standard meaning, or itself. */
function readCell(cell: GridCell): GridCell {
  if (cell.kind !== 'text') return cell;
  const zh = chineseHalf(cell.value);
  if (zh !== undefined) return { kind: 'text', value: zh };
  const en = englishReading(cell.value);
  return en !== undefined ? { kind: 'text', value: en } : cell;
}

/**
 * A sheet is bilingual when one cell at least holds both languages (or heads its labels Item) and
 * one more does so or is a standard English heading.
 */
function isBilingualSheet(sheet: GridSheet): boolean {
  let both = 0;
  let english = 0;
  for (const row of sheet.cells)
    for (const c of row) {
      if (c.kind !== 'text') continue;
      if (chineseHalf(c.value) !== undefined || isItemHead(c.value)) both++;
      else if (englishReading(c.value) !== undefined) english++;
      if (both >= 1 && both + english >= 2) return true;
    }
  return false;
}

/** 项目 | Item as a head in two columns counts as bilingual too. */
function isItemHead(text: string): boolean {
  return /^items?$/i.test(text.trim());
}

/**
 * Columns of English labels beside the Chinese ones: a head row 项目 | Item puts each label in
 * two columns, and the English column says again what the Chinese one says. Its cells are read as
 * empty, so the Chinese label stands straight beside its figures.
 */
function englishLabelColumns(sheet: GridSheet): Set<number> {
  const cols = new Set<number>();
  for (const row of sheet.cells)
    row.forEach((c, i) => {
      const left = row[i - 1];
      if (
        i > 0 &&
        c.kind === 'text' &&
        isItemHead(c.value) &&
        left?.kind === 'text' &&
        HAN.test(left.value) &&
        !LATIN.test(left.value)
      )
        cols.add(i);
    });
  return cols;
}

function isEnglishOnly(cell: GridCell): boolean {
  return cell.kind === 'text' && LATIN.test(cell.value) && !HAN.test(cell.value);
}

/** The sheets with each bilingual sheet read in Chinese; other sheets are returned untouched. */
export function readBilingualSheets(sheets: readonly GridSheet[]): GridSheet[] {
  return sheets.map((s) => {
    if (!isBilingualSheet(s)) return s;
    const english = englishLabelColumns(s);
    const cells = s.cells.map((row) =>
      row.map((c, i): GridCell => (english.has(i) && isEnglishOnly(c) ? { kind: 'empty' } : readCell(c))),
    );
    return { ...s, cells };
  });
}
