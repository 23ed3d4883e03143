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
import { WorkbookOpenError, WorkbookSaveError, openXlsxWorkbook } from '../workbook/xlsx';
import type { CliText } from './messages';

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

export function openErrorText(e: WorkbookOpenError, t: CliText): string {
  switch (e.code) {
    case 'not_found':
      return t.notFound(e.path);
    case 'not_xlsx':
      return t.notXlsx(e.path);
    case 'corrupt':
      return t.corrupt(e.path, e.detail.part);
    case 'encrypted':
      return t.encrypted(e.path);
    case 'zip_encrypted':
      return t.zipEncrypted(e.path, e.detail.part ?? '?');
    case 'unsupported_compression':
      return t.unsupportedCompression(e.path, e.detail.part ?? '?');
    case 'part_missing':
      return t.partMissing(e.path, e.detail.part ?? '?');
    case 'xml_malformed':
      return t.xmlMalformed(
        e.path,
        e.detail.part ?? '?',
        e.detail.line ?? 0,
        e.detail.column ?? 0,
        e.detail.reason ?? '',
      );
    case 'xml_doctype':
      return t.xmlDoctype(e.path, e.detail.part ?? '?', e.detail.line ?? 0);
    case 'too_large':
      return t.tooLarge(e.path, e.detail.part ?? '?');
    case 'unreadable':
      return t.unreadable(e.path, e.message);
  }
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
  // The reader opens parts lazily: a damaged worksheet is found when a name needs it.
  if (e instanceof WorkbookOpenError) return openErrorText(e, t);
  return t.unexpected(e instanceof Error ? e.message : String(e));
}
