/**
 * One batch task, run inside a worker thread (or in-process): evaluate the file, save its
 * evaluated copy (and its report draft), and hand back only the small summary row and the
 * contract JSON. The workbook itself never leaves the worker, so memory stays flat as the
 * folder grows.
 */
import * as path from 'path';
import { toJsonResult, type Evaluation, type RuleSet } from '../../engine';
import { evaluateFile, failureText, loadRules } from '../evaluateFile';
import { cliText } from '../messages';
import type { BatchOutcome, BatchTask, SummaryRow } from './task';

/** Rule sets by file, loaded once per worker. */
const rules = new Map<string, RuleSet>();

function summaryRow(file: string, e: Evaluation): SummaryRow {
  const problems = new Set<string>();
  // Problems of the inputs as read, and those only an indicator sees (a zero denominator).
  for (const i of e.inputs) for (const m of i.messages) problems.add(m);
  for (const i of e.indicators) for (const m of i.messages) problems.add(m);
  return {
    file,
    department: e.department,
    year: e.year,
    total: e.total.toFixed(2),
    grade: e.grade,
    status: e.complete ? 'complete' : 'incomplete',
    scores: e.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      score: i.score === null ? null : i.score.toFixed(2),
    })),
    failedChecks: e.checks.filter((c) => c.ok === false).map((c) => `${c.title}：${c.message}`),
    problems: [...problems],
  };
}

export async function evaluateTask(task: BatchTask): Promise<BatchOutcome> {
  const t = cliText(task.lang);
  const file = path.basename(task.input);
  try {
    let ruleSet: RuleSet | undefined;
    if (task.rulesPath) {
      ruleSet = rules.get(task.rulesPath) ?? loadRules(task.rulesPath, t, task.lang);
      rules.set(task.rulesPath, ruleSet);
    }
    const { result } = await evaluateFile(
      task.input,
      { lang: task.lang, ruleSet, sheetName: task.sheetName, force: task.force, outPath: task.outPath },
      t,
    );
    const e = result.evaluation;
    if (task.reportPath) {
      // The report is Chinese; with --lang en its commentary is re-worded from the same figures.
      const zh =
        task.lang === 'zh'
          ? result
          : (
              await evaluateFile(
                task.input,
                { lang: 'zh', ruleSet, sheetName: task.sheetName, force: task.force },
                t,
              )
            ).result;
      const { writeReport } = await import('../reportFile');
      await writeReport(task.input, zh, task.reportPath, t);
    }
    return {
      row: summaryRow(file, e),
      json: { ...toJsonResult(e), file },
      error: null,
      unscored: e.indicators.filter((i) => i.status === 'error').length,
    };
  } catch (err) {
    const error = failureText(err, t);
    return {
      row: {
        file,
        department: null,
        year: null,
        total: null,
        grade: null,
        status: 'failed',
        scores: [],
        failedChecks: [],
        problems: [error],
      },
      json: null,
      error,
      unscored: 0,
    };
  }
}
