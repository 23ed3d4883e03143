/**
 * One workbook file through the flow, shared by `evaluate`, `report` and the batch workers: open,
 * evaluate, optionally save the evaluated copy. Every failure the user can act on becomes a
 * `Stop` carrying the sentence to print, in the chosen language.
 */
import * as fs from 'fs';
import { describeRuleSetIssue, parseRuleSet, type Lang, type RuleSet } from '../engine';
import { RuleSetRefusedError, runEvaluationFlow, type FlowResult } from '../workbook/flow';
import { INPUTS_SHEET_NAME } from '../workbook/inputsSheet';
import { ForeignSheetError } from '../workbook/port';
import { RULES_SHEET_NAME } from '../workbook/rulesSheet';
import { SheetNameError, sameSheetName, sheetNameProblem } from '../workbook/sheetName';
import { WorkbookOpenError, WorkbookSaveError, openXlsxWorkbook } from '../workbook/xlsx';
import type { CliText } from './messages';
import { openErrorText } from './openErrorText';

export { openErrorText };

/** A failure the user can act on: printed as one line (or a few for a refused rule set). */
export class Stop extends Error {}

/** A command-line argument that makes no sense; printed as `badArgument`. */
export class UsageError extends Error {}

export function loadRules(file: string, t: CliText, lang: Lang): RuleSet {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Stop(t.rulesUnreadable(file, e instanceof Error ? e.message : String(e)));
  }
  const parsed = parseRuleSet(raw);
  if (!parsed.ok) {
    throw new Stop(
      [t.rulesRefused(file), ...parsed.issues.map((i) => `  ${describeRuleSetIssue(i, lang)}`)].join('\n'),
    );
  }
  return parsed.ruleSet;
}

/**
 * Checks a --sheet name before any workbook is opened: Excel's rules, and none of the other
 * sheets the command writes (输入数据) or reads (评分规则), which would overwrite one another.
 */
export function checkSheetOption(name: string, t: CliText): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new Stop(t.sheetNameRefused('--sheet', name, problem));
  const other = [INPUTS_SHEET_NAME, RULES_SHEET_NAME].find((n) => sameSheetName(n, name));
  if (other !== undefined) throw new Stop(t.sheetNameRefused('--sheet', name, { kind: 'taken', other }));
}

export interface EvaluateFileOptions {
  lang: Lang;
  ruleSet?: RuleSet;
  sheetName: string;
  force: boolean;
  /** Where to write the evaluated copy; omitted: evaluate only (the report command). */
  outPath?: string;
}

export interface EvaluatedFile {
  result: FlowResult;
  /** The 输入数据 snapshot sheet was not written: a foreign sheet of that name is in the way. */
  inputsSheetSkipped: boolean;
}

export async function evaluateFile(
  input: string,
  o: EvaluateFileOptions,
  t: CliText,
): Promise<EvaluatedFile> {
  let wb;
  try {
    wb = await openXlsxWorkbook(input);
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new Stop(openErrorText(e, t));
    throw e;
  }
  const result = await runEvaluationFlow(wb, {
    lang: o.lang,
    ruleSet: o.ruleSet,
    sheetName: o.sheetName,
    inputsSheetName: INPUTS_SHEET_NAME,
    overwriteForeign: o.force,
    dryRun: o.outPath === undefined,
  });
  if (result.snapshot.inputs.every((i) => i.status === 'missing')) throw new Stop(t.noNames(input));
  if (o.outPath !== undefined) {
    if (!result.outcome.written) throw new Stop(t.foreignSheet(o.sheetName));
    try {
      await wb.save(o.outPath);
    } catch (e) {
      if (e instanceof WorkbookSaveError) {
        throw new Stop(
          e.code === 'same_as_input' ? t.sameAsInput(o.outPath) : t.writeFailed(o.outPath, e.message),
        );
      }
      throw e;
    }
  }
  const skipped = result.outcome.written && result.outcome.inputsSheetSkipped === true;
  return { result, inputsSheetSkipped: skipped };
}

/** The sentence for any failure of one file; `null` for a usage error (the caller words those). */
export function failureText(e: unknown, t: CliText): string {
  if (e instanceof Stop) return e.message;
  if (e instanceof RuleSetRefusedError)
    return [t.rulesSheetRefused(e.sheetName), ...e.messages.map((m) => `  ${m}`)].join('\n');
  if (e instanceof ForeignSheetError) return t.foreignSheet(e.sheetName);
  if (e instanceof SheetNameError) {
    // Not reachable from --sheet (checked before opening); kept so a bad name never ends in a stack trace.
    const why =
      e.problem.kind === 'duplicate' ? { kind: 'taken' as const, other: e.problem.other } : e.problem;
    return t.sheetNameRefused('--sheet', e.sheetName, why);
  }
  // The reader opens parts lazily: a damaged worksheet is found when a name needs it.
  if (e instanceof WorkbookOpenError) return openErrorText(e, t);
  return t.unexpected(e instanceof Error ? e.message : String(e));
}
