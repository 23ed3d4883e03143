/**
 * `perf-eval propose <workbook.xlsx> [--json]` and `perf-eval bind <workbook.xlsx> --out <out.xlsx>`:
 * the figures of a department's own workbook found by their labels, proposed, and written as the
 * 绩效数据 sheet with the names. The work itself lives in ../propose.ts and ../bind.ts.
 */
import type { Command } from 'commander';
import type { Lang } from '../../engine';
import { runBind } from '../bind';
import { UsageError } from '../evaluateFile';
import { runPropose } from '../propose';
import { langOption, requireValues, type CommandContext, type CommandRegistration } from '../program';

interface ProposeFlags {
  json?: boolean;
  lang?: Lang;
}

interface BindFlags {
  out?: string;
  lang?: Lang;
  minConfidence?: string;
}

export const registerPropose: CommandRegistration = (program: Command, ctx: CommandContext) => {
  const h = ctx.help;
  program
    .command('propose')
    .description(h.propose.summary)
    .argument('<workbook>', h.propose.workbook)
    .option('--json', h.propose.json)
    .addOption(langOption(h))
    .allowExcessArguments(true)
    .addHelpText('after', `\n${h.propose.after}`)
    .action(async (workbook: string, flags: ProposeFlags, cmd: Command) => {
      if (cmd.args.length > 1) throw new UsageError(cmd.args[1]);
      const args = { workbook, json: flags.json === true, lang: flags.lang ?? 'zh', help: false } as const;
      ctx.exit(await runPropose(args, ctx.io));
    });
};

export const registerBind: CommandRegistration = (program: Command, ctx: CommandContext) => {
  const h = ctx.help;
  program
    .command('bind')
    .description(h.bind.summary)
    .argument('<workbook>', h.bind.workbook)
    .requiredOption('-o, --out <file>', h.bind.out)
    .option('--min-confidence <x>', h.bind.minConfidence)
    .addOption(langOption(h))
    .allowExcessArguments(true)
    .addHelpText('after', `\n${h.bind.after}`)
    .action(async (workbook: string, flags: BindFlags, cmd: Command) => {
      if (cmd.args.length > 1) throw new UsageError(cmd.args[1]);
      requireValues({ ...flags }, { out: '--out', minConfidence: '--min-confidence' });
      ctx.exit(
        await runBind(
          {
            workbook,
            out: flags.out,
            json: false,
            lang: flags.lang ?? 'zh',
            minConfidence: flags.minConfidence,
            help: false,
          },
          ctx.io,
        ),
      );
    });
};
