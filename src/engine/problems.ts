/**
 * Input problems (spec §5) as data, and their wording in both languages.
 *
 * A problem always names the input (label and range name), the cell where there is one, and what
 * is wrong. Errors make the input unusable; warnings (a number stored as text) keep the value.
 */
import { fmtPlain, type Decimal } from './decimal';
import { inputDef } from './inputs';
import type { Lang } from './labels';

export type ProblemCode =
  | 'missing' // the name does not exist in the workbook
  | 'invalidRef' // the name refers to #REF! or to something that is not a range
  | 'multiCell' // a one-cell input names several cells
  | 'empty'
  | 'excelError' // #DIV/0!, #N/A …
  | 'notNumber' // text that is not a plain number
  | 'boolean'
  | 'textNumber' // warning: a number stored as text, accepted
  | 'negative'
  | 'notInteger'
  | 'outOfRange'
  | 'zeroDenominator'
  | 'tableShape'; // PE_FunctionalTable is not n × 4

export interface Problem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** The named range. */
  input: string;
  /** `Sheet!C5` where the problem sits, when there is a cell. */
  address?: string;
  /** The offending content as text (the error code, the text, the number), when useful. */
  detail?: string;
  /** For outOfRange: the allowed bounds. */
  min?: Decimal;
  max?: Decimal;
  /** For missing: the sheet on which a same-named sheet-scoped name exists. */
  scopedTo?: string;
}

export function problem(
  code: ProblemCode,
  input: string,
  extra: Omit<Problem, 'code' | 'input' | 'severity'> = {},
): Problem {
  return { code, input, severity: code === 'textNumber' ? 'warning' : 'error', ...extra };
}

export function isError(p: Problem): boolean {
  return p.severity === 'error';
}

/** “政府采购计划金额”（PE_ProcurementPlan，基础数据!C12） */
export function subject(input: string, address: string | undefined, lang: Lang): string {
  const def = inputDef(input);
  const label = def ? (lang === 'en' ? def.label.en : def.label.zh) : input;
  if (lang === 'en') return `"${label}" (${address ? `${input}, ${address}` : input})`;
  return `“${label}”（${address ? `${input}，${address}` : input}）`;
}

/** What is wrong, without the subject. */
function what(p: Problem, lang: Lang): string {
  const d = p.detail ?? '';
  const zh = lang === 'zh';
  switch (p.code) {
    case 'missing':
      if (p.scopedTo) {
        return zh
          ? `只在工作表“${p.scopedTo}”内定义，工作簿级名称不存在`
          : `is defined only for sheet "${p.scopedTo}"; there is no workbook-level name`;
      }
      return zh ? '在工作簿中不存在（请定义此名称）' : 'does not exist in the workbook (define this name)';
    case 'invalidRef':
      return zh
        ? `指向无效引用（${d || '#REF!'}），不是单元格区域`
        : `refers to an invalid reference (${d || '#REF!'}), not a cell range`;
    case 'multiCell':
      return zh
        ? '指向多个单元格，此项应为单个单元格'
        : 'refers to more than one cell; this input must be a single cell';
    case 'empty':
      return zh ? '为空' : 'is empty';
    case 'excelError':
      return zh ? `为错误值 ${d}` : `holds the error value ${d}`;
    case 'notNumber':
      return zh ? `为文本“${d}”，不是数字` : `holds the text "${d}", which is not a number`;
    case 'boolean':
      return zh ? `为逻辑值 ${d}，不是数字` : `holds the logical value ${d}, not a number`;
    case 'textNumber':
      return zh
        ? `为以文本形式存储的数字“${d}”，已按数字读取`
        : `holds a number stored as text ("${d}"); it was read as a number`;
    case 'negative':
      return zh
        ? `为负数 ${d}，金额和数量不能为负`
        : `is negative (${d}); amounts and counts cannot be negative`;
    case 'notInteger':
      return zh ? `为 ${d}，人数和个数应为整数` : `is ${d}; counts must be whole numbers`;
    case 'outOfRange': {
      const lo = p.min ? fmtPlain(p.min) : '';
      const hi = p.max ? fmtPlain(p.max) : '';
      return zh ? `为 ${d}，超出允许范围 ${lo}–${hi}` : `is ${d}, outside the allowed range ${lo}–${hi}`;
    }
    case 'zeroDenominator':
      return zh ? '为0，分母为零' : 'is 0: the denominator is zero';
    case 'tableShape':
      return zh
        ? `应为 n 行 × 4 列（科目名称、年初预算数、本年决算数、上年决算数），实际为 ${d}`
        : `must be n rows × 4 columns (item, initial budget, final account, prior final account); it is ${d}`;
  }
}

/** One full sentence: subject + what is wrong. */
export function describeProblem(p: Problem, lang: Lang): string {
  const s = subject(p.input, p.address, lang);
  return lang === 'zh' ? `${s}${what(p, lang)}。` : `${s} ${what(p, lang)}.`;
}
