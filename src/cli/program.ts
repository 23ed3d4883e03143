/**
 * The `perf-eval` program: commander parses the arguments, each subcommand is one registration
 * (a function that adds itself to the program). Parse errors never print commander's English
 * lines or exit the process: they become our one-line `badArgument` and exit code 2.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../engine';
import { UsageError } from './evaluateFile';
import { helpText, type HelpText } from './helpText';

export const EXIT = { complete: 0, cannotEvaluate: 2, incomplete: 3 } as const;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** What a subcommand's action gets besides its own arguments. */
export interface CommandContext {
  io: CliIO;
  /** Help text in the help language. */
  help: HelpText;
  /** Sets the exit code of the whole run (the action's result). */
  exit(code: number): void;
}

/** One subcommand: adds itself (arguments, options, action) to the program. */
export type CommandRegistration = (program: Command, ctx: CommandContext) => void;

/** `--lang zh|en`, shared by every command. */
export function langOption(help: HelpText): Option {
  return new Option('--lang <lang>', help.optLang).argParser((v: string): Lang => {
    if (v !== 'zh' && v !== 'en') throw new InvalidArgumentError(v);
    return v;
  });
}

/**
 * A value option given with another flag as its value (`--out --json`) is a mistake, as the
 * parser of earlier versions said; commander would take `--json` as the file name.
 */
export function requireValues(values: Record<string, unknown>, flags: Record<string, string>): void {
  for (const [key, flag] of Object.entries(flags)) {
    const v = values[key];
    if (typeof v === 'string' && v.startsWith('--')) throw new UsageError(flag);
  }
}

export interface BuiltProgram {
  program: Command;
  /** The exit code set by the action that ran (0 when only help was shown). */
  code: () => number;
}

export function buildProgram(io: CliIO, lang: Lang, commands: readonly CommandRegistration[]): BuiltProgram {
  const help = helpText(lang);
  let code: number = EXIT.complete;
  const program = new Command('perf-eval');
  program
    .description(help.program)
    .helpOption('-h, --help', help.helpOption)
    .helpCommand('help [command]', help.helpCommand)
    .addHelpText('after', `\n${help.exitCodes}`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
      // Parse errors are worded by runProgram in the user's language instead.
      outputError: () => undefined,
    })
    .showSuggestionAfterError(false)
    // Inherited by every subcommand (commander copies the help configuration).
    .configureHelp({ styleTitle: (title: string) => help.titles[title] ?? title });
  const ctx: CommandContext = { io, help, exit: (c) => (code = c) };
  for (const register of commands) register(program, ctx);
  return { program, code: () => code };
}

/** The argument commander complained about, e.g. `--frobnicate` or `--lang fr`. */
export function offendingArgument(e: CommanderError, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1];
  if (e.code === 'commander.invalidArgument') {
    const flag = quoted?.split(' ')[0] ?? '';
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] !== undefined ? `${flag} ${argv[i + 1]}` : e.message.replace(/^error: /, '');
  }
  if (e.code === 'commander.optionMissingArgument' && quoted) return quoted.split(' ')[0];
  return quoted ?? e.message.replace(/^error: /, '');
}

export { CommanderError };
