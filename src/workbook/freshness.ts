/**
 * Is the evaluation sheet still true to the figures? Reads the inputs and the sheet (one round
 * trip), recomputes the input fingerprint and compares it with the one the sheet recorded; lists
 * the inputs whose values differ from those the sheet shows.
 */
import { evaluate, type Lang, type RuleSet } from '../engine';
import { readForEvaluation } from './flow';
import { DEFAULT_SHEET_NAME } from './layout';
import { parseInputs } from './parseInputs';
import type { WorkbookPort } from './port';
import { readPreviousSheet } from './previousSheet';

export interface ChangedInput {
  name: string;
  label: string;
  address: string | null;
  before: string | null;
  now: string | null;
}

export interface Freshness {
  /** An evaluation sheet written by this program exists. */
  evaluated: boolean;
  /** It was made from other figures than the workbook holds now. */
  stale: boolean;
  fingerprint: string;
  recordedFingerprint: string | null;
  changedInputs: ChangedInput[];
}

export async function checkFreshness(
  port: WorkbookPort,
  options: { ruleSet?: RuleSet; sheetName?: string; lang?: Lang } = {},
): Promise<Freshness> {
  const { snapshot, ruleSet } = await readForEvaluation(
    port,
    options,
    options.sheetName ?? DEFAULT_SHEET_NAME,
  );
  const e = evaluate(parseInputs(snapshot.inputs), { ruleSet, lang: options.lang ?? 'zh' });
  if (!snapshot.sheet.owned) {
    return {
      evaluated: false,
      stale: false,
      fingerprint: e.fingerprint,
      recordedFingerprint: null,
      changedInputs: [],
    };
  }
  const previous = readPreviousSheet(snapshot.sheet.cells);
  const changedInputs: ChangedInput[] = [];
  for (const i of e.inputs) {
    const before = previous.inputs.has(i.name) ? (previous.inputs.get(i.name) as string) : null;
    const now = i.value;
    if ((before ?? '') !== (now ?? ''))
      changedInputs.push({ name: i.name, label: i.label, address: i.address, before, now });
  }
  return {
    evaluated: true,
    stale: previous.fingerprint !== e.fingerprint,
    fingerprint: e.fingerprint,
    recordedFingerprint: previous.fingerprint,
    changedInputs,
  };
}
