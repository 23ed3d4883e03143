/** What `propose` and `bind` share: opening the workbook and the JSON form of a proposal. */
import * as path from 'path';
import { inputDef, type Lang } from '../engine';
import type { BindingWarning, Candidate } from '../engine/binding';
import type { BindingText } from './bindingMessages';
import { WorkbookOpenError, openXlsxWorkbook, type XlsxWorkbook } from '../workbook/xlsx';
import { cliText } from './messages';
import { openErrorText } from './openErrorText';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** A failure the user can act on, printed as it is. */
export class BindingStop extends Error {}

export async function openForBinding(file: string, lang: Lang): Promise<XlsxWorkbook> {
  const t = cliText(lang);
  const input = path.resolve(file);
  try {
    return await openXlsxWorkbook(input);
  } catch (e) {
    if (!(e instanceof WorkbookOpenError)) throw e;
    const text = openErrorText(e, t);
    throw new BindingStop(text);
  }
}

/** The unit a figure is shown in: the source's money unit, the input's own unit otherwise. */
export function unitOf(c: Candidate): string {
  if (c.sourceUnit === '元' || c.sourceUnit === '万元') return c.sourceUnit;
  if (c.sourceUnit === '%') return '%';
  return inputDef(c.name)?.unit.zh ?? '';
}

/** A figure as printed: in the evaluation's unit, with the table's own figure when it was converted. */
export function shownValue(c: Candidate, converted: (raw: string, unit: string) => string): string {
  const def = inputDef(c.name);
  if (c.sourceUnit === '元') return `${c.value} 万元${converted(String(c.raw), '元')}`;
  if (c.sourceUnit === '%') return `${c.value}${converted(String(c.raw), '%')}`;
  return `${c.value}${def?.unit.zh ? ` ${def.unit.zh}` : ''}`;
}

/** The warnings of a proposal (and its alternatives, once each) as the line printed under it; '' for none. */
export function warningsOf(candidates: readonly Candidate[], b: BindingText): string {
  const all = new Set<BindingWarning>(candidates.flatMap((c) => c.warnings ?? []));
  const notes = [...all].map((w) => b.warning[w]);
  // Not a warning (it costs nothing: 万元 is every 部门决算 table's unit), but the clerk must know
  // the figure's unit was taken, not read, to check it against the table.
  if (candidates.some((c) => c.unitAssumed)) notes.push(b.unitAssumed);
  return notes.length > 0 ? b.warningsLine(notes) : '';
}

/** A decimal as a JSON number when that number prints back the same, as its exact text otherwise. */
export function jsonNumber(value: string): number | string {
  const n = Number(value);
  return Number.isFinite(n) && new RegExp(`^-?${String(Math.abs(n)).replace('.', '\\.')}$`).test(value)
    ? n
    : value;
}

export interface ProposalJson {
  name: string;
  address: string;
  label: string;
  labelAddress: string;
  value: number | string;
  unit: string;
  confidence: number;
}

export function proposalJson(c: Candidate): ProposalJson {
  const money = inputDef(c.name)?.kind === 'money';
  return {
    name: c.name,
    address: c.address,
    label: c.label,
    labelAddress: c.labelAddress,
    value: money || /^-?\d/.test(c.value) ? jsonNumber(c.value) : c.value,
    unit: unitOf(c),
    confidence: c.confidence,
  };
}
