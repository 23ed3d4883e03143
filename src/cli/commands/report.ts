/** `perf-eval report <workbook.xlsx> [--out report.docx]`: the 自评报告 draft of one workbook. */
import * as path from 'path';
import type { Command } from 'commander';
import type { Lang } from '../../engine';
import { DEFAULT_SHEET_NAME } from '../../workbook/layout';
import { UsageError, evaluateFile, loadRules } from '../evaluateFile';
import { cliText } from '../messages';
import { EXIT, langOption, requireValues, type CommandContext, type CommandRegistration } from '../program';
import { defaultReportPath } from '../reportPath';
import { reportText } from '../batch/batchText';

interface ReportFlags {
  out?: string;
  lang?: Lang;
  rules?: string;
}

async function runReport(
  workbook: string,
  flags: ReportFlags,
  extra: readonly string[],
  ctx: CommandContext,
): Promise<number> {
  if (extra.length) throw new UsageError(extra[0]);
  requireValues({ ...flags }, { out: '--out', rules: '--rules' });
  const lang = flags.lang ?? 'zh';
  const t = cliText(lang);
  const input = path.resolve(workbook);
  const outPath = path.resolve(flags.out ?? defaultReportPath(input));
  const ruleSet = flags.rules ? loadRules(flags.rules, t, lang) : undefined;
  // The report is a Chinese document whatever the terminal's language: its commentary is zh.
  const { result } = await evaluateFile(
    input,
    { lang: 'zh', ruleSet, sheetName: DEFAULT_SHEET_NAME, force: false },
    t,
  );
  // Loaded on use: docx is the largest dependency, and only this command needs it.
  const { writeReport } = await import('../reportFile');
  await writeReport(input, result, outPath, t);
  const e = result.evaluation;
  ctx.io.out(reportText(lang).reportWritten(path.relative(process.cwd(), outPath) || outPath, e));
  return e.complete ? EXIT.complete : EXIT.incomplete;
}

export const registerReport: CommandRegistration = (program: Command, ctx: CommandContext) => {
  const h = ctx.help;
  program
    .command('report')
    .description(h.report.summary)
    .argument('<workbook>', h.report.workbook)
    .option('-o, --out <file>', h.report.out)
    .addOption(langOption(h))
    .option('--rules <file>', h.optRules)
    .allowExcessArguments(true)
    .addHelpText('after', `\n${h.report.after}\n${h.exitCodes}`)
    .action(async (workbook: string, flags: ReportFlags, cmd: Command) => {
      ctx.exit(await runReport(workbook, flags, cmd.args.slice(1), ctx));
    });
};
