/**
 * What the ribbon button 重新计算 does: the one evaluation flow against the open workbook.
 *
 * Kept apart from commands.ts so that the Office wiring (event.completed, notifications) and
 * the evaluation itself can change and be tested independently.
 *
 * NOT YET WIRED: the shared flow (`runEvaluationFlow` in src/workbook/flow.ts) and the Office
 * adapter of the workbook port do not exist yet. Until they do, this rejects, and the ribbon
 * command reports the failure and completes its event.
 */
export async function recalculateWorkbook(): Promise<void> {
  return Promise.reject(new Error('重新计算尚未接入评价流程 (the evaluation flow is not wired yet)'));
}
