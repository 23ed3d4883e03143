#!/usr/bin/env node
/**
 * The command line `perf-eval`: evaluate (the default), batch, report, propose and bind, each a registration on
 * one commander program. Exit codes: 0 complete, 3 incomplete, 2 cannot evaluate. Failures print
 * one clear line on stderr in the chosen language, never a stack trace.
 */
import { registerBatch } from './commands/batch';
import { registerBind, registerPropose } from './commands/binding';
import { registerEvaluate } from './commands/evaluate';
import { registerReport } from './commands/report';
import { UsageError, failureText } from './evaluateFile';
import { helpLang } from './helpText';
import { cliText } from './messages';
import {
  CommanderError,
  EXIT,
  buildProgram,
  offendingArgument,
  type CliIO,
  type CommandRegistration,
} from './program';

export { EXIT, type CliIO } from './program';
export { defaultOutPath } from './commands/evaluate';

/** Every subcommand; a new one is one more entry here. */
export const COMMANDS: readonly CommandRegistration[] = [
  registerEvaluate,
  registerBatch,
  registerReport,
  registerPropose,
  registerBind,
];

/** The language of error messages: `--lang` when it is valid, else Chinese. */
function messageLang(argv: readonly string[]): 'zh' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    const v =
      argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  return 'zh';
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const t = cliText(messageLang(argv));
  const { program, code } = buildProgram(io, helpLang(argv, process.env), COMMANDS);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.help' ||
        e.code === 'commander.version'
      )
        return EXIT.complete;
      io.err(t.badArgument(offendingArgument(e, argv)));
      return EXIT.cannotEvaluate;
    }
    if (e instanceof UsageError) {
      io.err(t.badArgument(e.message));
      return EXIT.cannotEvaluate;
    }
    io.err(failureText(e, t));
    return EXIT.cannotEvaluate;
  }
}

/** Runs the command line on this process's arguments and streams. */
export function main(): void {
  // A reader that stops early (`perf-eval --help | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw e;
  });
  void runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) main();
