/**
 * The Office.js implementation of the workbook port.
 *
 * Batching is the point: `read` queues every name lookup and every sheet read and syncs once
 * (names are read through their used part, and retried name by name only if Excel refuses the
 * batch: see readNames.ts); `write` queues the whole sheet and syncs once. When `write` follows a `read` of the same sheet,
 * the port reuses what the read learned about that sheet (exists? ours?), so a full evaluation
 * costs two syncs whatever the number of names.
 */
import {
  ForeignSheetError,
  type ExistingSheet,
  type RawInput,
  type ReadRequest,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteOptions,
} from '../port';
import type { SheetModel } from '../sheetModel';
import type { IsSetSupported, OfficeContext, OfficeRange, OfficeWorksheet } from './officeApi';
import type { OfficeRun } from './officeApi';
import { carriesOwnerMark, gridFromA1, rawGrid } from './rawCells';
import { inputOf, queueCells, queueName, unreadable, type QueuedName } from './readNames';
import { blockOf, columnWidthRuns, excelAlignment, formulaString, styleRuns } from './writePlan';

export interface OfficePortOptions {
  /** `Office.context.requirements.isSetSupported` (or the fake host's). */
  isSetSupported: IsSetSupported;
}

/** Optional features by requirement set; the minimum the adapter needs is ExcelApi 1.4. */
export interface OfficeFeatures {
  /** ExcelApi 1.6: conditional formats and suspendApiCalculationUntilNextSync. */
  conditionalFormats: boolean;
  suspendCalculation: boolean;
  /** ExcelApi 1.7. */
  freezePanes: boolean;
  /** ExcelApi 1.8: runtime.enableEvents. */
  disableEvents: boolean;
}

export function officeFeatures(isSetSupported: IsSetSupported): OfficeFeatures {
  return {
    conditionalFormats: isSetSupported('ExcelApi', '1.6'),
    suspendCalculation: isSetSupported('ExcelApi', '1.6'),
    freezePanes: isSetSupported('ExcelApi', '1.7'),
    disableEvents: isSetSupported('ExcelApi', '1.8'),
  };
}

type SheetState = Pick<ExistingSheet, 'exists' | 'owned'>;

interface QueuedSheet {
  name: string;
  sheet: OfficeWorksheet;
  used: OfficeRange;
}

function queueSheetRead(context: OfficeContext, name: string): QueuedSheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['address', 'values', 'valueTypes']);
  return { name, sheet, used };
}

function usedCells(q: QueuedSheet) {
  return q.used.isNullObject ? [] : gridFromA1(q.used.address, rawGrid(q.used.values, q.used.valueTypes));
}

export function createOfficeWorkbookPort(run: OfficeRun, options: OfficePortOptions): WorkbookPort {
  const features = officeFeatures(options.isSetSupported);
  // What the last read learned about each sheet it looked at; consumed by the next write of that sheet.
  const known = new Map<string, SheetState>();

  async function read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return run(async (context) => {
      const queueSheets = () => ({
        own: queueSheetRead(context, request.sheetName),
        extras: [...new Set(request.extraSheets ?? [])]
          .filter((n) => n !== request.sheetName)
          .map((n) => queueSheetRead(context, n)),
      });
      let names: QueuedName[] = request.names.map((name) => queueName(context, name, true));
      let sheets = queueSheets();
      let inputs: RawInput[];
      try {
        await context.sync();
        inputs = names.map(inputOf);
      } catch {
        // One read in the batch was too much for Excel (see readNames.ts): look again name by name.
        names = request.names.map((name) => queueName(context, name, false));
        sheets = queueSheets();
        await context.sync();
        inputs = [];
        for (const q of names) {
          if (q.item.isNullObject || q.range.isNullObject) {
            inputs.push(inputOf(q));
            continue;
          }
          queueCells(q);
          try {
            // Deliberately one sync per name: this is the fallback after the batch failed, and only
            // separate requests keep one oversized name from failing the others again.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            inputs.push(inputOf(q));
          } catch (error) {
            inputs.push(unreadable(q, error));
          }
        }
      }
      const { own, extras } = sheets;

      const cells = own.sheet.isNullObject ? [] : usedCells(own);
      const sheet: ExistingSheet = { exists: !own.sheet.isNullObject, owned: carriesOwnerMark(cells), cells };
      known.set(request.sheetName, { exists: sheet.exists, owned: sheet.owned });
      const extraSheets: WorkbookSnapshot['extraSheets'] = {};
      for (const q of extras) if (!q.sheet.isNullObject) extraSheets[q.name] = usedCells(q);
      if ((request.extraSheets ?? []).includes(request.sheetName) && sheet.exists)
        extraSheets[request.sheetName] = cells;
      return { inputs, sheet, extraSheets };
    });
  }

  async function write(model: SheetModel, writeOptions: WriteOptions = {}): Promise<void> {
    const remembered = known.get(model.name);
    known.delete(model.name);
    await run(async (context) => {
      let state = remembered;
      if (!state) {
        const q = queueSheetRead(context, model.name);
        await context.sync();
        state = {
          exists: !q.sheet.isNullObject,
          owned: !q.sheet.isNullObject && carriesOwnerMark(usedCells(q)),
        };
      }
      if (state.exists && !state.owned && !writeOptions.overwriteForeign)
        throw new ForeignSheetError(model.name);
      try {
        queueSheetWrite(context, model, state.exists, features);
        await context.sync();
      } catch (error) {
        // Events were switched off inside the failed batch; never leave the workbook without them.
        if (features.disableEvents) {
          context.runtime.enableEvents = true;
          await context.sync().catch(() => undefined);
        }
        throw error;
      }
    });
  }

  return { read, write };
}

/**
 * Queue the whole sheet: clear or create, one block of number formats and formulas, style runs,
 * widths, merges, then the optional features. Nothing outside this one sheet is touched.
 */
export function queueSheetWrite(
  context: OfficeContext,
  model: SheetModel,
  exists: boolean,
  features: OfficeFeatures,
): void {
  // Our own write must not look like a user edit to change handlers (ours ignore this sheet anyway).
  if (features.disableEvents) context.runtime.enableEvents = false;
  if (features.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();

  const worksheets = context.workbook.worksheets;
  const sheet = exists ? worksheets.getItem(model.name) : worksheets.add(model.name);
  if (exists) {
    // Rewrite as a whole: a co-author's partial old copy must not survive next to the new one.
    const all = sheet.getRange();
    all.clear('All');
    if (features.conditionalFormats) all.conditionalFormats.clearAll();
    if (features.freezePanes) sheet.freezePanes.unfreeze();
  }

  const block = blockOf(model);
  if (block.address) {
    const range = sheet.getRange(block.address);
    // Number formats first: a cell already formatted as text ('@') keeps '=…' input as text.
    range.numberFormat = block.numberFormat;
    range.formulas = block.formulas;
  }

  for (const run of styleRuns(model)) {
    const format = sheet.getRange(run.address).format;
    const s = run.style;
    if (s.bold) format.font.bold = true;
    if (s.color) format.font.color = `#${s.color}`;
    if (s.fontSize) format.font.size = s.fontSize;
    if (s.fill) format.fill.color = `#${s.fill}`;
    if (s.wrap) format.wrapText = true;
    if (s.align) format.horizontalAlignment = excelAlignment(s.align);
  }

  for (const w of columnWidthRuns(model.columnWidths))
    sheet.getRange(w.address).format.columnWidth = w.points;
  for (const merge of model.merges) sheet.getRange(merge).merge(false);

  if (features.freezePanes && model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
  if (features.conditionalFormats) {
    for (const h of model.highlights) {
      // CellValue = "text" rather than containsText: the rule is an exact match ('已过期' must not
      // also catch a longer status that merely contains it), which textComparison cannot express.
      const cf = sheet.getRange(h.range).conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = `#${h.fill}`;
      cf.cellValue.format.font.color = `#${h.color}`;
      cf.cellValue.rule = { formula1: formulaString(h.text), operator: 'EqualTo' };
    }
  }
  if (features.disableEvents) context.runtime.enableEvents = true;
}
