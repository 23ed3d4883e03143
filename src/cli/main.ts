#!/usr/bin/env node
/**
 * The command line: evaluate a department's .xlsx workbook headless, with the same flow the task
 * pane uses, and write the evaluation sheet into a *new* file. Exit codes: 0 complete,
 * 3 incomplete, 2 cannot evaluate. Failures print one clear line on stderr, never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { describeRuleSetIssue, parseRuleSet, toJsonResult, type Lang, type RuleSet } from '../engine';
import { RuleSetRefusedError, runEvaluationFlow } from '../workbook/flow';
import { INPUTS_SHEET_NAME } from '../workbook/inputsSheet';
import { DEFAULT_SHEET_NAME } from '../workbook/layout';
import { ForeignSheetError } from '../workbook/port';
import { WorkbookOpenError, WorkbookSaveError, openXlsxWorkbook } from '../workbook/xlsx';
import { UsageError, parseArgs } from './args';
import { runBind } from './bind';
import { parseBindingArgs } from './bindingArgs';
import { runPropose } from './propose';
import { cliText, type CliText } from './messages';
import { openErrorText } from './openErrorText';
import { projectRoot } from './projectRoot';
import { formatSummary } from './summary';

export const EXIT = { complete: 0, cannotEvaluate: 2, incomplete: 3 } as const;

/** A failure the user can act on: printed as one line (or a few for a refused rule set). */
class Stop extends Error {}

export function defaultOutPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.evaluated.xlsx`);
}

function loadRules(file: string, t: CliText, lang: Lang): RuleSet {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Stop(t.rulesUnreadable(file, e instanceof Error ? e.message : String(e)));
  }
  const parsed = parseRuleSet(raw);
  if (!parsed.ok) {
    throw new Stop(
      [t.rulesRefused(file), ...parsed.issues.map((i) => `  ${describeRuleSetIssue(i, lang)}`)].join('\n'),
    );
  }
  return parsed.ruleSet;
}

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let lang: Lang = 'zh';
  let t = cliText(lang);
  try {
    // Binding's subcommands live in their own modules; everything else is evaluate.
    if (argv[0] === 'propose') return await runPropose(parseBindingArgs(argv.slice(1)), io);
    if (argv[0] === 'bind') return await runBind(parseBindingArgs(argv.slice(1)), io);
    const args = parseArgs(argv);
    lang = args.lang;
    t = cliText(lang);
    if (args.help) {
      io.out(t.usage);
      return EXIT.complete;
    }
    const input = path.resolve(args.workbook ?? path.join(projectRoot(), 'examples', 'pingshi-2020.xlsx'));
    const outPath = path.resolve(args.out ?? defaultOutPath(input));
    const ruleSet = args.rules ? loadRules(args.rules, t, lang) : undefined;
    const sheetName = args.sheet ?? DEFAULT_SHEET_NAME;

    let wb;
    try {
      wb = await openXlsxWorkbook(input);
    } catch (e) {
      if (e instanceof WorkbookOpenError) throw new Stop(openErrorText(e, t));
      throw e;
    }
    const result = await runEvaluationFlow(wb, {
      lang,
      ruleSet,
      sheetName,
      inputsSheetName: INPUTS_SHEET_NAME,
      overwriteForeign: args.force,
    });
    if (result.snapshot.inputs.every((i) => i.status === 'missing')) throw new Stop(t.noNames(input));
    if (!result.outcome.written) throw new Stop(t.foreignSheet(sheetName));
    try {
      await wb.save(outPath);
    } catch (e) {
      if (e instanceof WorkbookSaveError) {
        throw new Stop(
          e.code === 'same_as_input' ? t.sameAsInput(outPath) : t.writeFailed(outPath, e.message),
        );
      }
      throw e;
    }

    const e = result.evaluation;
    if (args.json) io.out(JSON.stringify(toJsonResult(e), null, 2));
    else {
      io.out(formatSummary(e, t, result.changes));
      io.out('');
      const skipped = result.outcome.written && result.outcome.inputsSheetSkipped;
      io.out(
        t.written(
          path.relative(process.cwd(), outPath) || outPath,
          skipped ? [sheetName] : [sheetName, INPUTS_SHEET_NAME],
        ),
      );
      if (skipped) io.out(t.inputsSheetSkipped(INPUTS_SHEET_NAME));
    }
    return e.complete ? EXIT.complete : EXIT.incomplete;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(t.badArgument(e.message));
      return EXIT.cannotEvaluate;
    }
    if (e instanceof Stop) {
      io.err(e.message);
      return EXIT.cannotEvaluate;
    }
    if (e instanceof RuleSetRefusedError) {
      io.err([t.rulesSheetRefused(e.sheetName), ...e.messages.map((m) => `  ${m}`)].join('\n'));
      return EXIT.cannotEvaluate;
    }
    if (e instanceof ForeignSheetError) {
      io.err(t.foreignSheet(e.sheetName));
      return EXIT.cannotEvaluate;
    }
    // The reader opens parts lazily: a damaged worksheet is found when a name needs it.
    if (e instanceof WorkbookOpenError) {
      io.err(openErrorText(e, t));
      return EXIT.cannotEvaluate;
    }
    io.err(t.unexpected(e instanceof Error ? e.message : String(e)));
    return EXIT.cannotEvaluate;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
