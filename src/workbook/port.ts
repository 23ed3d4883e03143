/**
 * The workbook port: the only two places where the evaluation touches a spreadsheet.
 *
 * Both doors (the Office.js task pane and the .xlsx file door of the command line) implement this
 * interface; the flow (read → parse → evaluate → lay out → write) is written once against it.
 */
import type { SheetModel } from './sheetModel';

/** One cell as a spreadsheet hands it over, before any interpretation. */
export type RawCell =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string } // '#DIV/0!', '#N/A', '#REF!' …
  | { kind: 'empty' };

/** What a named range resolved to in the workbook. */
export type RawInput =
  | {
      name: string;
      status: 'missing';
      /**
       * Optional (added for the file adapter): sheets on which a *sheet-scoped* name of this name
       * exists. Such a name is not used (only workbook-scoped names count), but a message can say
       * "only defined for sheet X".
       */
      sheetScopedOn?: string[];
    }
  /** The name exists but refers to #REF! (or to something that is not a range, e.g. a constant). */
  | { name: string; status: 'invalid'; refersTo: string }
  /**
   * The name resolves to a range. `address` is `Sheet!A1` or `Sheet!A1:D4` (sheet name quoted
   * the Excel way when needed); `cells` is row-major and holds every cell of the range.
   */
  | {
      name: string;
      status: 'range';
      address: string;
      cells: RawCell[][];
      /**
       * Optional (added for the file adapter): the original reference when it was a whole column,
       * whole row or otherwise huge area that was capped to the sheet's used range (at least two
       * cells, so it still reads as a multi-cell range). `address` is then the capped area.
       */
      cappedFrom?: string;
    }
  /**
   * Optional (added for the file adapter): the name covers more than one cell (a whole column or
   * row, or a huge area) and the request said its input wants one cell (`ReadRequest.oneCell`),
   * so its cells were not read: such a name is refused whatever they hold, and a whole column of
   * a 100 MB ledger would be parsed only for that. `address` is the reference as written.
   */
  | { name: string; status: 'multiCell'; address: string };

/** The evaluation sheet that is already in the workbook, if any. */
export interface ExistingSheet {
  /** A sheet of that name exists. */
  exists: boolean;
  /** It carries our ownership marker (see sheetModel.OWNER_MARK). */
  owned: boolean;
  /** The used range as raw cells (row-major, starting at A1), empty when absent. */
  cells: RawCell[][];
}

export interface ReadRequest {
  /** Workbook-scoped names to resolve. */
  names: string[];
  /** Name of the evaluation sheet (default 绩效自评). */
  sheetName: string;
  /** Extra sheets to read whole (used range from A1), e.g. a rule-set sheet; absent ones are omitted. */
  extraSheets?: string[];
  /**
   * Of `names`, those whose input is one cell. A door may then answer a name over a whole column
   * or row (or a huge area) with status 'multiCell' instead of reading its used range.
   */
  oneCell?: readonly string[];
}

export interface WorkbookSnapshot {
  inputs: RawInput[];
  sheet: ExistingSheet;
  /** Used ranges of the requested extra sheets that exist, keyed by sheet name. */
  extraSheets: Record<string, RawCell[][]>;
}

export interface WriteOptions {
  /** Overwrite a sheet of the same name that does not carry our marker. Default false. */
  overwriteForeign?: boolean;
}

export interface WorkbookPort {
  read(request: ReadRequest): Promise<WorkbookSnapshot>;
  /** Replace the whole evaluation sheet with `model` (create it when absent). */
  write(model: SheetModel, options?: WriteOptions): Promise<void>;
}

/** Thrown by `write` when a same-named sheet exists that the add-in did not create. */
export class ForeignSheetError extends Error {
  constructor(public readonly sheetName: string) {
    super(`sheet "${sheetName}" exists and was not created by this add-in`);
    this.name = 'ForeignSheetError';
  }
}
