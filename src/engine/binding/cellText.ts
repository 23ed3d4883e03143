/**
 * Figures written as text, the two ways a clerk's sheet hides a number from a plain reference:
 * - a number stored as text (`'561.58`, `561.58 ` pasted from a system export, `5,615.80`, full-width
 *   `５６１.５８`: Excel's green triangle), which a clerk reads as the number it shows;
 * - a label and its value in one cell (`编制单位：坪石办事处`, `年度：2020年`, `年初预算数：561.58万元`).
 * Everything here is exact: figures stay decimal text, read by the engine's one Decimal.
 */
import { D, type Decimal } from '../decimal';
import type { MoneyUnit } from './normalise';

export interface NumberText {
  /** The figure as exact decimal text, separators removed ('5615.80'). */
  value: string;
  /**
   * True when a spreadsheet's VALUE() reads the text as it stands in Excel, LibreOffice and the
   * preview alike: ASCII digits, ',' between thousands, ASCII spaces around. Full-width digits or
   * an ideographic space are read here (NFKC) but not by every host (Excel's ASC() that would fix
   * them is documented for DBCS languages only), so such a figure cannot be linked by a formula.
   */
  valueReadable: boolean;
}

/** A whole number or decimal, optionally signed, with ',' either never or between every 3 digits. */
const CLEAN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The number a text holds and nothing else; undefined for anything that is not a clean number. */
export function numberInText(text: string): NumberText | undefined {
  const plain = text.replace(/^ +| +$/g, '');
  if (CLEAN_NUMBER.test(plain)) return { value: plain.replace(/,/g, ''), valueReadable: true };
  // Full-width digits, commas, points and spaces (NFKC maps them to ASCII), no-break spaces.
  const folded = text.normalize('NFKC').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  if (folded !== plain && CLEAN_NUMBER.test(folded))
    return { value: folded.replace(/,/g, ''), valueReadable: false };
  return undefined;
}

/**
 * Every way to read a text as a label followed by its value: at a colon (：or :) or at a run of
 * spaces, the label first. Empty when the text has neither, or nothing follows.
 */
export function labelValueSplits(text: string): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  const re = /[:：]|[\s\u3000]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = text.slice(0, m.index);
    const value = text.slice(m.index + m[0].length).trim();
    if (label.trim() !== '' && value !== '') out.push({ label, value });
  }
  return out;
}

/** A unit line that shares the cell with the value (编制单位：XX局　　单位：万元): not the value. */
const TRAILING_UNIT_LINE = /[\s\u3000]+(?:金额)?单位[:：]\s*(?:万元|元)\s*$/;

/** The text of a text input (the department's name) after its label; undefined when it is no name. */
export function textAfterLabel(value: string): string | undefined {
  // A wide gap ends the name: 部门：XX局        2020年度        单位：万元 is a whole header line.
  const s = value
    .replace(TRAILING_UNIT_LINE, '')
    .trim()
    .split(/\s{2,}|\u3000/)[0];
  const key = s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  // A name, not a figure, a unit, a sentence or a form's placeholder (（盖章）, ______).
  if (key.length < 2 || /^[\d.,\-%]+$/.test(key) || /[。;；!?，]/.test(s)) return undefined;
  if (!/\p{L}/u.test(key) || /^[(（[【].*[)）\]】]$/.test(s) || /盖章|签章|签字|填写/.test(key))
    return undefined;
  if (/^(?:单位[:]?)?(?:万元|元|人|个|项|%)$/.test(key)) return undefined;
  return s;
}

/** A year after its label: 2020, 2020年, 2020年度. */
export function yearAfterLabel(value: string): Decimal | undefined {
  // A wide gap ends the year, as it ends a name: 预算年度：2024    单位名称：某局 is a header line.
  const first = value
    .normalize('NFKC')
    .trim()
    .split(/\s{2,}/)[0];
  const m = /^(\d{4})\s*(?:年度?)?$/.exec(first);
  return m ? new D(m[1]) : undefined;
}

/** A sum of money after its label, with the unit the text gives it (561.58万元, 5,615,800元, 561.58). */
export function moneyAfterLabel(value: string): { value: Decimal; unit?: MoneyUnit } | undefined {
  const m = /^(.*?)\s*(万元|元)?$/.exec(value.normalize('NFKC').trim());
  if (!m) return undefined;
  const n = numberInText(m[1]);
  return n ? { value: new D(n.value), unit: m[2] as MoneyUnit | undefined } : undefined;
}

/** A count after its label: 29, 29人, 31 名. */
export function countAfterLabel(value: string): Decimal | undefined {
  const m = /^(\d+)\s*(?:人|名|个|项|件|次)?$/.exec(value.normalize('NFKC').trim());
  return m ? new D(m[1]) : undefined;
}
