/**
 * What the ribbon button 重新计算 does: the one evaluation flow against the open workbook,
 * through the Office.js workbook port (one sync to read, one to write).
 *
 * Kept apart from commands.ts so that the Office wiring (event.completed, failure reports) and
 * the evaluation can be tested separately; tests hand in the fake Excel host.
 */
import type { Lang } from '../engine';
import { runEvaluationFlow } from '../workbook/flow';
import { createOfficeWorkbookPort, type IsSetSupported, type OfficeRun } from '../workbook/office';

export interface RecalculateHost {
  /** `Excel.run`, or the fake host's. */
  run: OfficeRun;
  isSetSupported: IsSetSupported;
  /** Office's UI language, e.g. 'zh-CN' or 'en-US': the sheet is written in it (Chinese unless English). */
  displayLanguage: string;
}

/** The real host; only called inside Office, where `Excel` and `Office` exist. */
export function officeHost(): RecalculateHost {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: Office.context.displayLanguage,
  };
}

export function sheetLanguage(displayLanguage: string): Lang {
  return /^en\b/i.test(displayLanguage) ? 'en' : 'zh';
}

/**
 * Evaluates and rewrites the evaluation sheet. A same-named sheet the add-in did not create is
 * never overwritten from the ribbon (there is no one to ask): that is reported as a failure,
 * and the task pane offers the overwrite.
 */
export async function recalculateWorkbook(host: RecalculateHost = officeHost()): Promise<void> {
  const lang = sheetLanguage(host.displayLanguage);
  const port = createOfficeWorkbookPort(host.run, { isSetSupported: host.isSetSupported });
  const result = await runEvaluationFlow(port, { lang });
  if (!result.outcome.written && result.outcome.reason === 'foreignSheet') {
    const sheet = result.model.name;
    throw new Error(
      lang === 'zh'
        ? `工作表“${sheet}”不是本加载项创建的，未改写；请在任务窗格中确认覆盖。`
        : `The sheet "${sheet}" was not created by this add-in and was left unchanged; confirm the overwrite in the task pane.`,
    );
  }
}
