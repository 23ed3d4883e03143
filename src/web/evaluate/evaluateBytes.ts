/**
 * The browser door: a workbook's bytes in, the command line's answer and the evaluated workbook's
 * bytes out, all in memory. The same flow as every other door (runEvaluationFlow), the same
 * sentences as the command line for what stops an evaluation, and nothing leaves the page.
 */
import type { Lang } from '../../engine';
import { cliText } from '../../cli/messages';
import { openErrorText } from '../../cli/openErrorText';
import { RuleSetRefusedError, runEvaluationFlow, type FlowResult } from '../../workbook/flow';
import { INPUTS_SHEET_NAME } from '../../workbook/inputsSheet';
import { DEFAULT_SHEET_NAME } from '../../workbook/layout';
import { ForeignSheetError, type WorkbookPort } from '../../workbook/port';
import { WorkbookOpenError } from '../../workbook/xlsx/errors';

/** A workbook opened from bytes: the port, and the package with what was written patched in. */
export interface BytesWorkbook extends WorkbookPort {
  toBytes(): Promise<Uint8Array>;
}

/** Opens a workbook from its bytes; `label` names it in messages (the file name). */
export type OpenBytes = (bytes: Uint8Array, label: string) => Promise<BytesWorkbook>;

export interface Evaluated {
  kind: 'evaluated';
  result: FlowResult;
  /** The evaluated workbook: the input with 绩效自评 (and 输入数据) written. */
  output: Uint8Array;
  outputName: string;
  /** The sheets written, in order. */
  sheets: string[];
  /** A sheet named 输入数据 that is not ours was left alone. */
  inputsSheetSkipped: boolean;
}

export interface Refused {
  kind: 'refused';
  /** One sentence (a few lines for a refused rule set), as the command line prints it. */
  message: string;
}

export type PageOutcome = Evaluated | Refused;

/** 预算.xlsx → 预算.evaluated.xlsx, as the command line names its output. */
export function evaluatedFileName(inputName: string): string {
  const base = inputName.replace(/\.[^./\\]*$/, '') || 'workbook';
  return `${base}.evaluated.xlsx`;
}

export async function evaluateWorkbookBytes(
  open: OpenBytes,
  bytes: Uint8Array,
  fileName: string,
  lang: Lang,
  now: Date = new Date(),
): Promise<PageOutcome> {
  const t = cliText(lang);
  try {
    const workbook = await open(bytes, fileName);
    const result = await runEvaluationFlow(workbook, {
      lang,
      sheetName: DEFAULT_SHEET_NAME,
      inputsSheetName: INPUTS_SHEET_NAME,
      now,
    });
    if (result.snapshot.inputs.every((i) => i.status === 'missing')) {
      return { kind: 'refused', message: t.noNames(fileName) };
    }
    if (!result.outcome.written) return { kind: 'refused', message: t.foreignSheet(DEFAULT_SHEET_NAME) };
    const inputsSheetSkipped = result.outcome.inputsSheetSkipped === true;
    return {
      kind: 'evaluated',
      result,
      output: await workbook.toBytes(),
      outputName: evaluatedFileName(fileName),
      sheets: inputsSheetSkipped ? [DEFAULT_SHEET_NAME] : [DEFAULT_SHEET_NAME, INPUTS_SHEET_NAME],
      inputsSheetSkipped,
    };
  } catch (e) {
    if (e instanceof WorkbookOpenError) return { kind: 'refused', message: openErrorText(e, t) };
    if (e instanceof RuleSetRefusedError) {
      return { kind: 'refused', message: [t.rulesSheetRefused(e.sheetName), ...e.messages].join('\n') };
    }
    if (e instanceof ForeignSheetError) return { kind: 'refused', message: t.foreignSheet(e.sheetName) };
    return { kind: 'refused', message: t.unexpected(e instanceof Error ? e.message : String(e)) };
  }
}
