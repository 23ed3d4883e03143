/**
 * `bind <workbook.xlsx> --out <out.xlsx> [--min-confidence X]`: a copy of the workbook with the
 * 绩效数据 sheet (数值 linking to the department's cells, cached results included so the copy
 * evaluates at once) and the PE_ names pointing at it. The input file is never modified; the
 * department's own sheets are never written.
 */
import * as path from 'path';
import { inputDef } from '../engine';
import { planBinding, readForBinding } from '../workbook/binding/bindFlow';
import { DATA_SHEET_NAME, dataCellRef, layoutDataSheet } from '../workbook/binding/dataSheet';
import { ForeignSheetError } from '../workbook/port';
import { WorkbookSaveError } from '../workbook/xlsx';
import { UsageError } from './evaluateFile';
import type { BindingArgs } from './bindingArgs';
import { BindingStop, openForBinding, shownValue, warningsOf, type CliIO } from './bindingCommon';
import { bindingText } from './bindingMessages';
import { cliText } from './messages';
import { BINDING_EXIT, failure } from './propose';
import { functionalBindLines } from './functionalTableText';

export async function runBind(args: BindingArgs, io: CliIO): Promise<number> {
  const b = bindingText(args.lang);
  const t = cliText(args.lang);
  try {
    if (args.help) {
      io.out(b.usage);
      return BINDING_EXIT.ok;
    }
    if (!args.workbook) throw new UsageError('<workbook.xlsx>');
    if (!args.out) throw new BindingStop(b.missingOut);
    let min = 0.8;
    if (args.minConfidence !== undefined) {
      min = Number(args.minConfidence);
      if (!/^\s*\d*\.?\d+\s*$/.test(args.minConfidence) || !(min >= 0 && min <= 1))
        throw new BindingStop(b.badConfidence(args.minConfidence));
    }
    const wb = await openForBinding(args.workbook, args.lang);
    const read = await readForBinding(wb);
    if (read.dataSheet.exists && !read.dataSheet.owned)
      throw new BindingStop(b.foreignDataSheet(DATA_SHEET_NAME));
    const plan = planBinding(read, { minConfidence: min });
    try {
      await wb.write(layoutDataSheet(plan.rows, { functional: plan.functional.block }));
    } catch (e) {
      if (e instanceof ForeignSheetError) throw new BindingStop(b.foreignDataSheet(e.sheetName));
      throw e;
    }
    wb.defineNames(plan.names);
    const outPath = path.resolve(args.out);
    try {
      await wb.save(outPath);
    } catch (e) {
      if (e instanceof WorkbookSaveError)
        throw new BindingStop(
          e.code === 'same_as_input' ? t.sameAsInput(outPath) : t.writeFailed(outPath, e.message),
        );
      throw e;
    }
    const tableBound = plan.functional.status === 'bound';
    if (plan.bound.length === 0 && !tableBound) io.out(b.noLabels(args.workbook));
    else {
      io.out(b.boundHeading(plan.bound.length + (tableBound ? 1 : 0), DATA_SHEET_NAME));
      for (const p of plan.bound) {
        io.out(
          b.proposal(p.name, p.label, shownValue(p, b.converted), '', p.address, p.confidence.toFixed(2)),
        );
        const notes = warningsOf([p], b);
        if (notes) io.out(notes);
      }
    }
    for (const line of functionalBindLines(plan.functional, b, DATA_SHEET_NAME, min)) io.out(line);
    for (const p of plan.ambiguous) io.out(b.notBoundChoice(p.name));
    for (const p of plan.lowConfidence) {
      io.out(b.notBoundLow(p.name, p.confidence.toFixed(2), min.toFixed(2)));
      // Why it is low, when a warning says (a very hidden sheet, a number stored as text …).
      const notes = warningsOf([p], b);
      if (notes) io.out(notes);
    }
    if (read.existing.length) io.out(b.existingHeading(read.existing.map((e) => e.name)));
    if (plan.toType.length) {
      io.out(b.toTypeHeading(plan.toType.length, DATA_SHEET_NAME));
      for (const n of plan.toType) io.out(b.toType(n, inputDef(n)?.label.zh ?? '', dataCellRef(n) ?? ''));
    }
    io.out(t.written(path.relative(process.cwd(), outPath) || outPath, [DATA_SHEET_NAME]));
    return plan.bound.length > 0 || tableBound ? BINDING_EXIT.ok : BINDING_EXIT.nothingFound;
  } catch (e) {
    return failure(e, args, io);
  }
}
