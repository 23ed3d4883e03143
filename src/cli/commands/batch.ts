/** `perf-eval batch <folder|files…> --out <folder> [--jobs N] [--json] [--report]`. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../../engine';
import { DEFAULT_SHEET_NAME } from '../../workbook/layout';
import { Stop, checkSheetOption, loadRules } from '../evaluateFile';
import { cliText } from '../messages';
import { langOption, requireValues, type CommandContext, type CommandRegistration } from '../program';

interface BatchFlags {
  out: string;
  jobs?: number;
  json?: boolean;
  report?: boolean;
  lang?: Lang;
  sheet?: string;
  rules?: string;
  force?: boolean;
}

function positiveInt(v: string): number {
  if (!/^[1-9]\d{0,2}$/.test(v)) throw new InvalidArgumentError(v);
  return Number(v);
}

export const registerBatch: CommandRegistration = (program: Command, ctx: CommandContext) => {
  const h = ctx.help;
  program
    .command('batch')
    .description(h.batch.summary)
    .argument('<inputs...>', h.batch.inputs)
    .requiredOption('-o, --out <folder>', h.batch.out)
    .option('-j, --jobs <n>', h.batch.jobs, positiveInt)
    .option('--json', h.batch.json)
    .option('--report', h.batch.report)
    .addOption(langOption(h))
    .option('--sheet <name>', h.optSheet)
    .option('--rules <file>', h.optRules)
    .option('--force', h.optForce)
    .addHelpText('after', `\n${h.batch.after}`)
    .action(async (inputs: string[], flags: BatchFlags) => {
      requireValues({ ...flags }, { out: '--out', sheet: '--sheet', rules: '--rules' });
      const lang = flags.lang ?? 'zh';
      // A wrong rule set stops the batch before any file: every file would fail the same way.
      if (flags.rules) loadRules(flags.rules, cliText(lang), lang);
      // So does a --sheet name Excel would refuse.
      checkSheetOption(flags.sheet ?? DEFAULT_SHEET_NAME, cliText(lang));
      // Loaded on use: worker threads, the progress bar and the summary writer cost the other
      // commands nothing.
      const { BatchRefused, runBatch } = await import('../batch/runBatch');
      try {
        ctx.exit(
          await runBatch({
            inputs,
            out: flags.out,
            jobs: flags.jobs,
            json: flags.json === true,
            report: flags.report === true,
            lang,
            rulesPath: flags.rules,
            sheetName: flags.sheet ?? DEFAULT_SHEET_NAME,
            force: flags.force === true,
            io: ctx.io,
            tty: process.stderr.isTTY ? process.stderr : undefined,
          }),
        );
      } catch (e) {
        if (e instanceof BatchRefused) throw new Stop(e.message);
        throw e;
      }
    });
};
