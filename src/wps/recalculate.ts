/**
 * What the ribbon's 重新计算 does in WPS 表格: the one flow over the ET door, without the pane.
 * A same-named sheet the add-in did not create is never overwritten from the ribbon (there is no
 * one to ask); the message says so and the pane offers the overwrite.
 */
import type { Lang } from '../engine';
import { runEvaluationFlow } from '../workbook/flow';
import { DEFAULT_SHEET_NAME } from '../workbook/layout';
import { createEtWorkbookPort, type EtApplication } from '../workbook/wps';

/** The sentence shown after a recalculation from the ribbon. */
export async function recalculateInWps(app: EtApplication, lang: Lang = 'zh'): Promise<string> {
  const result = await runEvaluationFlow(createEtWorkbookPort(app), { lang });
  const sheet = result.model.name || DEFAULT_SHEET_NAME;
  if (!result.outcome.written) {
    throw new Error(
      lang === 'zh'
        ? `工作表“${sheet}”不是本加载项创建的，未改写；请在评价窗格中确认覆盖。`
        : `The sheet "${sheet}" was not created by this add-in and was left unchanged; confirm the overwrite in the pane.`,
    );
  }
  const e = result.evaluation;
  const total = e.total.toFixed(2);
  if (lang === 'en') {
    return e.grade
      ? `Written to "${sheet}": total ${total}, grade ${e.grade}.`
      : `Written to "${sheet}": incomplete, ${total} points scored, no grade.`;
  }
  return e.grade
    ? `已写入“${sheet}”：总分 ${total}，等次 ${e.grade}。`
    : `已写入“${sheet}”：评价不完整，已计分 ${total} 分，不评定等次。`;
}
