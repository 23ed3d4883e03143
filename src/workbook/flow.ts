/**
 * The one flow, written once and used by both doors (task pane and command line):
 *   named ranges ─read→ raw cells ─parse→ inputs ─evaluate→ Evaluation ─lay out→ SheetModel ─write→ sheet
 */
import { DEFAULT_RULE_SET, evaluate, inputNamesOf, type Evaluation, type Lang, type RuleSet } from '../engine';
import { diffEvaluation, type ChangeReport } from './changes';
import { layoutInputsSheet } from './inputsSheet';
import { DEFAULT_SHEET_NAME, layoutEvaluationSheet } from './layout';
import { parseInputs } from './parseInputs';
import type { WorkbookPort, WorkbookSnapshot } from './port';
import { readPreviousSheet, type PreviousSheet } from './previousSheet';
import type { SheetModel } from './sheetModel';

export interface FlowOptions {
  lang?: Lang;
  ruleSet?: RuleSet;
  sheetName?: string;
  /** Also write a snapshot of the inputs to a sheet of this name (the command line does). */
  inputsSheetName?: string;
  /** Replace a same-named sheet this program did not create (only with the user's say). */
  overwriteForeign?: boolean;
  /** Evaluate and lay out, but write nothing. */
  dryRun?: boolean;
  now?: Date;
}

export type FlowOutcome =
  | { written: true }
  /** A sheet of that name exists and is not ours: nothing was written; ask before overwriting. */
  | { written: false; reason: 'foreignSheet' | 'dryRun' };

export interface FlowResult {
  evaluation: Evaluation;
  model: SheetModel;
  /** What the sheet showed before this run, when there was a sheet of ours. */
  previous: PreviousSheet | null;
  changes: ChangeReport | null;
  outcome: FlowOutcome;
  snapshot: WorkbookSnapshot;
}

export async function runEvaluationFlow(port: WorkbookPort, options: FlowOptions = {}): Promise<FlowResult> {
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  const sheetName = options.sheetName ?? DEFAULT_SHEET_NAME;
  const snapshot = await port.read({ names: inputNamesOf(ruleSet), sheetName });
  const evaluation = evaluate(parseInputs(snapshot.inputs), { ruleSet, lang: options.lang ?? 'zh' });
  const previous = snapshot.sheet.owned ? readPreviousSheet(snapshot.sheet.cells) : null;
  const now = options.now ?? new Date();
  const model = layoutEvaluationSheet(evaluation, { sheetName, notes: previous?.notes, generatedAt: now });
  const changes = previous ? diffEvaluation(previous, evaluation) : null;
  const base = { evaluation, model, previous, changes, snapshot };

  if (options.dryRun) return { ...base, outcome: { written: false, reason: 'dryRun' } };
  if (snapshot.sheet.exists && !snapshot.sheet.owned && !options.overwriteForeign) {
    return { ...base, outcome: { written: false, reason: 'foreignSheet' } };
  }
  await port.write(model, { overwriteForeign: options.overwriteForeign });
  if (options.inputsSheetName) {
    await port.write(layoutInputsSheet(evaluation, now, options.inputsSheetName), { overwriteForeign: options.overwriteForeign });
  }
  return { ...base, outcome: { written: true } };
}
