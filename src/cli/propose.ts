/**
 * `propose <workbook.xlsx> [--json]`: the figures found by their labels and the names they would
 * get. Reads only; writes nothing. Exit codes: 0 proposals made, 3 nothing recognised, 2 failure.
 */
import { inputDef } from '../engine';
import { readForBinding } from '../workbook/binding/bindFlow';
import { DATA_INPUTS } from '../workbook/binding/dataSheet';
import { UsageError } from './evaluateFile';
import type { BindingArgs } from './bindingArgs';
import {
  BindingStop,
  openForBinding,
  proposalJson,
  shownValue,
  warningsOf,
  type CliIO,
} from './bindingCommon';
import { bindingText } from './bindingMessages';
import { WorkbookOpenError } from '../workbook/xlsx';
import { cliText } from './messages';
import { openErrorText } from './openErrorText';
import { FUNCTIONAL_TABLE_NAME } from '../engine/binding';
import { DATA_SHEET_NAME } from '../workbook/binding/dataSheet';
import { functionalJsonEntries, functionalProposeLines } from './functionalTableText';

export const BINDING_EXIT = { ok: 0, failed: 2, nothingFound: 3 } as const;

export async function runPropose(args: BindingArgs, io: CliIO): Promise<number> {
  const b = bindingText(args.lang);
  try {
    if (args.help) {
      io.out(b.usage);
      return BINDING_EXIT.ok;
    }
    if (!args.workbook) throw new UsageError('<workbook.xlsx>');
    const wb = await openForBinding(args.workbook, args.lang);
    const read = await readForBinding(wb);
    const { proposals, foundWithoutValue, functionalTable } = read.proposals;
    const proposed = new Set(proposals.map((p) => p.name));
    if (functionalTable?.proposal) proposed.add(FUNCTIONAL_TABLE_NAME);
    const existing = read.existing.map((e) => e.name);
    const unmatched = [...DATA_INPUTS.map((d) => d.name), FUNCTIONAL_TABLE_NAME].filter(
      (n) => !proposed.has(n) && !existing.includes(n),
    );
    const anything = proposed.size > 0;
    if (args.json) {
      // A choice is every candidate of that input, one entry each, most confident first. The shape
      // is the documented one exactly: warnings show in the confidence and in the human output.
      const entries = [
        ...proposals.flatMap((p) => [p, ...p.alternatives].map(proposalJson)),
        ...functionalJsonEntries(functionalTable),
      ];
      io.out(JSON.stringify({ proposals: entries, unmatched, existing }, null, 2));
    } else {
      if (!anything) io.out(b.noLabels(args.workbook));
      else {
        io.out(b.proposalsHeading(proposals.length));
        for (const p of proposals) {
          if (p.alternatives.length > 0) {
            const options = [p, ...p.alternatives].map(
              (c) => `${c.label} = ${shownValue(c, b.converted)} ← ${c.address}`,
            );
            io.out(b.choice(p.name, options));
          } else
            io.out(
              b.proposal(p.name, p.label, shownValue(p, b.converted), '', p.address, p.confidence.toFixed(2)),
            );
          const notes = warningsOf([p, ...p.alternatives], b);
          if (notes) io.out(notes);
        }
      }
      if (!existing.includes(FUNCTIONAL_TABLE_NAME))
        for (const line of functionalProposeLines(functionalTable, b, DATA_SHEET_NAME)) io.out(line);
      for (const f of foundWithoutValue)
        io.out(b.foundWithoutValue(f.name, f.label, f.labelAddress, f.address, b.reason(f.reason)));
      if (existing.length) io.out(b.existingHeading(existing));
      // The table is optional and has its own line above.
      const toType = unmatched.filter((n) => n !== FUNCTIONAL_TABLE_NAME);
      if (toType.length)
        io.out(b.unmatchedHeading(toType.map((n) => `${n}（${inputDef(n)?.label.zh ?? ''}）`)));
    }
    return anything ? BINDING_EXIT.ok : BINDING_EXIT.nothingFound;
  } catch (e) {
    return failure(e, args, io);
  }
}

export function failure(e: unknown, args: BindingArgs, io: CliIO): number {
  const t = cliText(args.lang);
  if (e instanceof UsageError) io.err(t.badArgument(e.message));
  else if (e instanceof BindingStop) io.err(e.message);
  // The reader may refuse a part only when it reaches it (a DOCTYPE in a sheet read for binding).
  else if (e instanceof WorkbookOpenError) io.err(openErrorText(e, t));
  else io.err(t.unexpected(e instanceof Error ? e.message : String(e)));
  return BINDING_EXIT.failed;
}
