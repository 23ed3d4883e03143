/**
 * The one flow, written once and used by both doors (task pane and command line):
 *   named ranges ─read→ raw cells ─parse→ inputs ─evaluate→ Evaluation ─lay out→ SheetModel ─write→ sheet
 */
import {
  DEFAULT_RULE_SET,
  evaluate,
  inputDef,
  inputNamesOf,
  type Evaluation,
  type Lang,
  type RuleSet,
} from '../engine';
import { diffEvaluation, type ChangeReport } from './changes';
import { layoutInputsSheet } from './inputsSheet';
import { DEFAULT_SHEET_NAME, layoutEvaluationSheet } from './layout';
import { parseInputs } from './parseInputs';
import { ForeignSheetError, type WorkbookPort, type WorkbookSnapshot } from './port';
import { readPreviousSheet, type PreviousSheet } from './previousSheet';
import { RULES_SHEET_NAME, layoutRulesSheet, readRulesSheet } from './rulesSheet';
import type { SheetModel } from './sheetModel';

export interface FlowOptions {
  lang?: Lang;
  /** A rule set given by the caller (e.g. --rules); otherwise a 评分规则 sheet, else the built-in one. */
  ruleSet?: RuleSet;
  /** Name of the rule-set sheet to look for (default 评分规则). */
  rulesSheetName?: string;
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
  /** inputsSheetSkipped: a sheet of the inputs-sheet name exists that we did not create. */
  | { written: true; inputsSheetSkipped?: boolean }
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
  /** Where the rule set came from: the caller, the workbook's 评分规则 sheet, or built in. */
  ruleSource: 'option' | 'sheet' | 'builtin';
  /** The rule set the evaluation was scored with (to score the same inputs again, e.g. in zh). */
  ruleSet: RuleSet;
}

/** A 评分规则 sheet with mistakes: nothing is evaluated or written. */
export class RuleSetRefusedError extends Error {
  constructor(
    public readonly sheetName: string,
    public readonly messages: string[],
  ) {
    // The messages already name the sheet and row; the pane shows this text as it is.
    super(messages.join('\n'));
    this.name = 'RuleSetRefusedError';
  }
}

/**
 * Read everything the evaluation needs in one round trip: the inputs, the old sheet and the
 * rule-set sheet. Only a rule-set sheet that introduces new manual-score names costs a second read.
 */
export async function readForEvaluation(
  port: WorkbookPort,
  options: FlowOptions,
  sheetName: string,
): Promise<{ snapshot: WorkbookSnapshot; ruleSet: RuleSet; ruleSource: 'option' | 'sheet' | 'builtin' }> {
  const rulesSheetName = options.rulesSheetName ?? RULES_SHEET_NAME;
  const first = options.ruleSet ?? DEFAULT_RULE_SET;
  const names = inputNamesOf(first);
  const snapshot = await port.read({
    names,
    sheetName,
    extraSheets: options.ruleSet ? [] : [rulesSheetName],
    oneCell: oneCellOf(names),
  });
  if (options.ruleSet) return { snapshot, ruleSet: options.ruleSet, ruleSource: 'option' };
  const rulesCells = snapshot.extraSheets[rulesSheetName];
  if (!rulesCells) return { snapshot, ruleSet: DEFAULT_RULE_SET, ruleSource: 'builtin' };
  const read = readRulesSheet(rulesCells, options.lang ?? 'zh', rulesSheetName);
  if (!read.ok || !read.ruleSet) throw new RuleSetRefusedError(rulesSheetName, read.messages);
  const have = new Set(snapshot.inputs.map((i) => i.name));
  const more = inputNamesOf(read.ruleSet).filter((n) => !have.has(n));
  if (more.length) {
    const extra = await port.read({ names: more, sheetName, oneCell: oneCellOf(more) });
    snapshot.inputs.push(...extra.inputs);
  }
  return { snapshot, ruleSet: read.ruleSet, ruleSource: 'sheet' };
}

/** The inputs that are one cell (all but the functional table): a wider name is refused unread. */
function oneCellOf(names: readonly string[]): string[] {
  return names.filter((n) => inputDef(n)?.kind !== 'table');
}

export async function runEvaluationFlow(port: WorkbookPort, options: FlowOptions = {}): Promise<FlowResult> {
  const sheetName = options.sheetName ?? DEFAULT_SHEET_NAME;
  const { snapshot, ruleSet, ruleSource } = await readForEvaluation(port, options, sheetName);
  const evaluation = evaluate(parseInputs(snapshot.inputs), { ruleSet, lang: options.lang ?? 'zh' });
  const previous = snapshot.sheet.owned ? readPreviousSheet(snapshot.sheet.cells) : null;
  const now = options.now ?? new Date();
  const model = layoutEvaluationSheet(evaluation, { sheetName, notes: previous?.notes, generatedAt: now });
  const changes = previous ? diffEvaluation(previous, evaluation) : null;
  const base = { evaluation, model, previous, changes, snapshot, ruleSet, ruleSource };

  if (options.dryRun) return { ...base, outcome: { written: false, reason: 'dryRun' } };
  if (snapshot.sheet.exists && !snapshot.sheet.owned && !options.overwriteForeign) {
    return { ...base, outcome: { written: false, reason: 'foreignSheet' } };
  }
  await port.write(model, { overwriteForeign: options.overwriteForeign });
  let inputsSheetSkipped = false;
  if (options.inputsSheetName) {
    try {
      // Never over a department's own sheet of that name, not even when told to overwrite the
      // evaluation sheet: the snapshot is a convenience, their sheet is their data.
      await port.write(layoutInputsSheet(evaluation, now, options.inputsSheetName), {
        overwriteForeign: false,
      });
    } catch (e) {
      if (!(e instanceof ForeignSheetError)) throw e;
      inputsSheetSkipped = true;
    }
  }
  return { ...base, outcome: inputsSheetSkipped ? { written: true, inputsSheetSkipped } : { written: true } };
}

/**
 * Write the editable 评分规则 template. Never over an existing sheet of that name: it may hold
 * the clerk's edits.
 */
export async function writeRulesTemplate(
  port: WorkbookPort,
  ruleSet: RuleSet = DEFAULT_RULE_SET,
  sheetName: string = RULES_SHEET_NAME,
): Promise<'written' | 'exists'> {
  const existing = await port.read({ names: [], sheetName });
  if (existing.sheet.exists) return 'exists';
  await port.write(layoutRulesSheet(ruleSet, sheetName));
  return 'written';
}
