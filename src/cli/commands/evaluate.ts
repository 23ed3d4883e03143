/** `perf-eval evaluate [workbook.xlsx]`: the command of earlier versions, and the default one. */
import * as path from 'path';
import type { Command } from 'commander';
import { toJsonResult, type Lang } from '../../engine';
import { INPUTS_SHEET_NAME } from '../../workbook/inputsSheet';
import { DEFAULT_SHEET_NAME } from '../../workbook/layout';
import { UsageError, checkSheetOption, evaluateFile, loadRules } from '../evaluateFile';
import { cliText } from '../messages';
import { EXIT, langOption, requireValues, type CommandContext, type CommandRegistration } from '../program';
import { projectRoot } from '../projectRoot';
import { formatSummary } from '../summary';

interface EvaluateFlags {
  out?: string;
  json?: boolean;
  lang?: Lang;
  sheet?: string;
  rules?: string;
  force?: boolean;
}

export function defaultOutPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.evaluated.xlsx`);
}

export const SAMPLE_WORKBOOK = (): string => path.join(projectRoot(), 'examples', 'pingshi-2020.xlsx');

async function runEvaluate(
  workbook: string | undefined,
  flags: EvaluateFlags,
  extra: readonly string[],
  ctx: CommandContext,
): Promise<number> {
  if (extra.length) throw new UsageError(extra[0]);
  requireValues({ ...flags }, { out: '--out', sheet: '--sheet', rules: '--rules' });
  const lang = flags.lang ?? 'zh';
  const t = cliText(lang);
  const input = path.resolve(workbook ?? SAMPLE_WORKBOOK());
  const outPath = path.resolve(flags.out ?? defaultOutPath(input));
  const ruleSet = flags.rules ? loadRules(flags.rules, t, lang) : undefined;
  const sheetName = flags.sheet ?? DEFAULT_SHEET_NAME;
  checkSheetOption(sheetName, t);
  const { result, inputsSheetSkipped } = await evaluateFile(
    input,
    { lang, ruleSet, sheetName, force: flags.force === true, outPath },
    t,
  );
  const e = result.evaluation;
  if (flags.json) ctx.io.out(JSON.stringify(toJsonResult(e), null, 2));
  else {
    ctx.io.out(formatSummary(e, t, result.changes));
    ctx.io.out('');
    ctx.io.out(
      t.written(
        path.relative(process.cwd(), outPath) || outPath,
        inputsSheetSkipped ? [sheetName] : [sheetName, INPUTS_SHEET_NAME],
      ),
    );
    if (inputsSheetSkipped) ctx.io.out(t.inputsSheetSkipped(INPUTS_SHEET_NAME));
  }
  return e.complete ? EXIT.complete : EXIT.incomplete;
}

export const registerEvaluate: CommandRegistration = (program: Command, ctx: CommandContext) => {
  const h = ctx.help;
  program
    .command('evaluate', { isDefault: true })
    .description(h.evaluate.summary)
    .argument('[workbook]', h.evaluate.workbook)
    .option('-o, --out <file>', h.evaluate.out)
    .option('--json', h.evaluate.json)
    .addOption(langOption(h))
    .option('--sheet <name>', h.optSheet)
    .option('--rules <file>', h.optRules)
    .option('--force', h.optForce)
    .allowExcessArguments(true)
    .addHelpText('after', `\n${h.evaluate.after}\n${h.exitCodes}`)
    .action(async (workbook: string | undefined, flags: EvaluateFlags, cmd: Command) => {
      ctx.exit(await runEvaluate(workbook, flags, cmd.args.slice(1), ctx));
    });
};
