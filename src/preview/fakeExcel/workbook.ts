/**
 * The document of the fake Excel host: sheets, cells, defined names, selection, change handlers.
 *
 * This is the "server side" of the fake. Add-in code never touches it directly; it goes through
 * `run` (see context.ts), whose proxies queue work that is applied here at `sync()`. Tests and the
 * preview page use the direct helpers (`setCellValue`, `cell`, `snapshot`) to play the user.
 */
import {
  MAX_COLS,
  colCount,
  formatAddress,
  formatLocalRange,
  intersects,
  parseLocalRange,
  rowCount,
  splitSheet,
  type RangeRef,
} from './address';
import { CellError, evaluateFormula, type NameTarget, type Scalar } from './formula';
import { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';

export { FakeOfficeError } from './errors';
import type { OfficeContext, OfficeWorksheetChangedEventArgs } from '../../workbook/office/officeApi';

export interface FakeCellFormat {
  bold?: boolean;
  /** '#RRGGBB' as Office reports colours. */
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
}

export interface FakeCell {
  /** A constant (number, text, boolean, error) or null when the cell holds a formula or nothing. */
  constant: Scalar;
  /** The formula with its leading '=', when the cell holds one. */
  formula?: string;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface FakeName {
  name: string;
  /** '=基础数据!$C$5', '#REF!', or a constant formula such as '=42'. */
  refersTo: string;
  comment?: string;
}

export interface FakeConditionalFormat {
  range: RangeRef;
  type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export type ChangeHandler = (args: OfficeWorksheetChangedEventArgs) => Promise<unknown>;

export const GENERAL = 'General';
/** Excel's default column width: 8.43 characters = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

/** Excel.SheetVisibility: 'VeryHidden' sheets are hidden from the UI's unhide list too. */
export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  merges: RangeRef[] = [];
  freezeRows = 0;
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly names: FakeName[] = [];
  readonly handlers = new Set<ChangeHandler>();

  constructor(
    readonly id: string,
    public name: string,
    public visibility: FakeVisibility = 'Visible',
  ) {}

  /**
   * The value shared by every cell of `range` (the first 1000 × 1000), or null when they differ:
   * how both Office and ET report a per-cell property of a range.
   */
  uniform<V>(range: RangeRef, read: (cell: FakeCell | undefined) => V): V | null {
    let first: V | undefined;
    let seen = false;
    const rows = Math.min(rowCount(range), 1000);
    const cols = Math.min(colCount(range), 1000);
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) {
        const v = read(this.get(range.r0 + r, range.c0 + c));
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  /** The cell, created blank when absent (for writes). */
  touch(row: number, col: number): FakeCell {
    const key = FakeSheet.key(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { constant: null, numberFormat: GENERAL, format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Cells that exist in the map inside `range` (so whole-sheet ranges stay cheap). */
  *cellsIn(range: RangeRef): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      if (row >= range.r0 && row <= range.r1 && col >= range.c0 && col <= range.c1) yield { row, col, cell };
    }
  }

  /** Bounding box of cells with a value (valuesOnly) or with anything (values or formats). */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let box: RangeRef | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.formula !== undefined || cell.constant !== null;
      const hasFormat = cell.numberFormat !== GENERAL || Object.keys(cell.format).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      box = box
        ? {
            r0: Math.min(box.r0, row),
            c0: Math.min(box.c0, col),
            r1: Math.max(box.r1, row),
            c1: Math.max(box.c1, col),
          }
        : { r0: row, c0: col, r1: row, c1: col };
    }
    return box;
  }
}

export interface FakeWorkbookOptions {
  /**
   * Highest ExcelApi version the fake claims, e.g. '1.4' to test degradation. Default '1.13'
   * (merged areas readable, as in current Microsoft 365); volume-licensed Office stops lower.
   */
  maxExcelApi?: string;
  /**
   * Which Excel the fake plays (default 'desktop'). Excel on the web caps each request and each
   * response at 5 MB; desktop shows text longer than 255 characters in a cell formatted '@' as #####.
   */
  platform?: FakePlatform;
}

export type FakePlatform = 'desktop' | 'web';

/** The task pane's JavaScript runtime; the ribbon's function file runs in a runtime of its own. */
export const TASKPANE_RUNTIME = 'taskpane';

/** What the user has selected: cells (one or several areas), or a drawing object on a sheet. */
export interface FakeSelection {
  sheetId: string;
  /** The active area (the only one unless `areas` says otherwise). */
  range: RangeRef;
  /** Every selected area when the user selected several (Ctrl+click). */
  areas?: RangeRef[];
  /** A chart or shape is selected instead of cells. */
  object?: 'chart' | 'shape';
}

/** One change to report to `onChanged` handlers. */
export interface FakeChange {
  sheet: FakeSheet;
  range: RangeRef;
  /** 'Remote' for a co-author's edit (WorksheetChangedEventArgs.source). Default 'Local'. */
  source?: 'Local' | 'Remote';
  /** Runtimes whose events were switched off (Runtime.enableEvents) when the change was made. */
  muted?: ReadonlySet<string>;
}

function versionAtMost(version: string, max: string): boolean {
  const [a, b] = version.split('.').map(Number);
  const [x, y] = max.split('.').map(Number);
  return a < x || (a === x && (b ?? 0) <= (y ?? 0));
}

/** A value written by the add-in or the user, interpreted the way Excel interprets typed input. */
export type CellInput = number | string | boolean | null;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  selection: FakeSelection | null = null;
  activeSheetId: string | null = null;
  /**
   * Listeners for every change that fires events (a user edit, or a write while events are on),
   * beside the Office-shaped per-sheet handlers: the fake ET host's SheetChange is built on them.
   */
  readonly changeListeners = new Set<(sheet: FakeSheet, range: RangeRef) => void>();
  /** Number of `context.sync()` calls made through `run`, for tests to assert batching. */
  syncCount = 0;
  readonly platform: FakePlatform;
  /** `WorksheetCollection.onChanged` handlers (ExcelApi 1.9): every sheet, those added later too. */
  readonly workbookHandlers = new Set<ChangeHandler>();
  /** The runtime each handler was added from (events are switched off per runtime). */
  readonly handlerRuntimes = new WeakMap<ChangeHandler, string>();
  /** Runtimes whose Runtime.enableEvents is false. */
  private readonly mutedRuntimes = new Set<string>();
  private nextSheetId = 1;
  private readonly maxExcelApi: string;
  private readonly inflight = new Set<Promise<unknown>>();
  private valueCache = new Map<string, Scalar>();
  private evaluating = new Set<string>();

  constructor(options: FakeWorkbookOptions = {}) {
    this.maxExcelApi = options.maxExcelApi ?? '1.13';
    this.platform = options.platform ?? 'desktop';
  }

  /**
   * Runtime.enableEvents (ExcelApi 1.8) of the task pane's runtime. The flag belongs to one
   * runtime ("Toggle JavaScript events in the current task pane or content add-in", Excel.Runtime in
   * https://learn.microsoft.com/javascript/api/excel/excel.runtime): switching it off in the ribbon's
   * runtime does not silence the pane's handlers.
   */
  get eventsEnabled(): boolean {
    return this.eventsEnabledIn(TASKPANE_RUNTIME);
  }
  set eventsEnabled(on: boolean) {
    this.setEventsEnabled(TASKPANE_RUNTIME, on);
  }

  eventsEnabledIn(runtime: string): boolean {
    return !this.mutedRuntimes.has(runtime);
  }

  setEventsEnabled(runtime: string, on: boolean): void {
    if (on) this.mutedRuntimes.delete(runtime);
    else this.mutedRuntimes.add(runtime);
  }

  /** The runtimes muted right now, to stamp on a change. */
  mutedNow(): ReadonlySet<string> {
    return new Set(this.mutedRuntimes);
  }

  /** `Excel.run` as seen from another runtime, e.g. the ribbon's function file ('commands'). */
  runIn(runtime: string): <T>(batch: (context: OfficeContext) => Promise<T>) => Promise<T> {
    return async (batch) => batch(new FakeRequestContext(this, runtime));
  }

  /** Like `Office.context.requirements.isSetSupported`, limited by `maxExcelApi`. */
  readonly isSetSupported = (name: string, version = '1.1'): boolean =>
    name === 'ExcelApi' && versionAtMost(version, this.maxExcelApi);

  /** Like `Excel.run`: one request context per batch. */
  readonly run = async <T>(batch: (context: OfficeContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this, TASKPANE_RUNTIME);
    return batch(context);
  };

  // ------------------------------------------------------------ sheets

  addSheet(name: string, visibility: FakeVisibility = 'Visible'): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name}`);
    const sheet = new FakeSheet(`{fake-sheet-${this.nextSheetId}}`, name, visibility);
    this.nextSheetId += 1;
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    this.changed();
    return sheet;
  }

  /** Sheet by name, case-insensitively like Excel. */
  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  // ------------------------------------------------------------ names

  /** A workbook-scoped name, or (with `scope`) a name local to that sheet. */
  addName(name: string, refersTo: string, scope?: string): FakeName {
    const list = scope === undefined ? this.names : this.requireSheet(scope).names;
    if (list.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
    }
    const entry: FakeName = { name, refersTo };
    list.push(entry);
    this.changed();
    return entry;
  }

  workbookName(name: string): FakeName | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  deleteName(entry: FakeName): void {
    const at = this.names.indexOf(entry);
    if (at >= 0) this.names.splice(at, 1);
    this.changed();
  }

  /** What a name refers to: a range, an error, or a constant. */
  nameTarget(entry: FakeName): NameTarget {
    const text = entry.refersTo.replace(/^=/, '').trim();
    if (text.toUpperCase().includes('#REF!')) return new CellError('#REF!');
    const { sheet, local } = splitSheet(text);
    const range = parseLocalRange(local);
    if (sheet !== undefined && range) {
      return this.sheet(sheet) ? { sheet, range } : new CellError('#REF!');
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
    if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === 'TRUE';
    return new CellError('#NAME?');
  }

  // ------------------------------------------------------------ cells

  /** Excel's interpretation of typed input: '=…' and '+…'/'-…' are formulas unless the cell is text ('@'). */
  enter(sheet: FakeSheet, row: number, col: number, input: CellInput): void {
    const cell = sheet.touch(row, col);
    delete cell.formula;
    cell.constant = null;
    if (input === null || input === '') return;
    if (typeof input !== 'string') {
      cell.constant = input;
      return;
    }
    if (cell.numberFormat === '@') {
      cell.constant = input;
      return;
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(input.trim())) {
      cell.constant = Number(input.trim());
    } else if (/^(TRUE|FALSE)$/i.test(input)) {
      cell.constant = input.toUpperCase() === 'TRUE';
    } else if (input.length > 1 && input.startsWith('=')) {
      cell.formula = input;
    } else if (input.length > 1 && (input.startsWith('+') || input.startsWith('-'))) {
      cell.formula = `=${input}`;
    } else if (input.length > 1 && input.startsWith('@')) {
      // '@' is Excel's implicit-intersection operator: typed input starting with it is a formula.
      cell.formula = `=${input.slice(1)}`;
    } else if (/^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)$/.test(input)) {
      cell.constant = new CellError(input);
    } else {
      cell.constant = input;
    }
  }

  /** The value a cell shows (formulas evaluated), null when empty. */
  value(sheet: FakeSheet, row: number, col: number): Scalar {
    const cell = sheet.get(row, col);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.constant;
    const key = `${sheet.id}:${row}:${col}`;
    const cached = this.valueCache.get(key);
    if (cached !== undefined) return cached;
    // A circular reference shows 0 in Excel (after its warning); do the same instead of recursing forever.
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    try {
      const result = evaluateFormula(cell.formula, {
        rangeValues: (name, range) => {
          const target = name === undefined ? sheet : this.sheet(name);
          if (!target) return null;
          const rows: Scalar[][] = [];
          for (let r = range.r0; r <= range.r1; r += 1) {
            const line: Scalar[] = [];
            for (let c = range.c0; c <= range.c1; c += 1) line.push(this.value(target, r, c));
            rows.push(line);
          }
          return rows;
        },
        resolveName: (name) => {
          const lower = name.toLowerCase();
          const entry =
            sheet.names.find((n) => n.name.toLowerCase() === lower) ??
            this.names.find((n) => n.name.toLowerCase() === lower);
          return entry ? this.nameTarget(entry) : undefined;
        },
      });
      this.valueCache.set(key, result);
      return result;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** Any change to the document invalidates computed values. */
  changed(): void {
    this.valueCache = new Map();
  }

  // ------------------------------------------------------------ helpers for tests and the preview

  /** Type a value into a cell as a user would (`'基础数据!C5'`), then fire that sheet's change handlers. */
  setCellValue(address: string, input: CellInput): void {
    const { sheet, range } = this.resolveAddress(address);
    for (let r = range.r0; r <= range.r1; r += 1) {
      for (let c = range.c0; c <= range.c1; c += 1) this.enter(sheet, r, c, input);
    }
    this.changed();
    this.dispatchChanges([{ sheet, range, muted: this.mutedNow() }]);
  }

  /**
   * A co-author's edit arriving through co-authoring: the cells change and handlers hear
   * `source: 'Remote'` (WorksheetChangedEventArgs.source, "Gets the source of the event":
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs).
   */
  remoteEdit(address: string, input: CellInput): void {
    const { sheet, range } = this.resolveAddress(address);
    for (let r = range.r0; r <= range.r1; r += 1) {
      for (let c = range.c0; c <= range.c1; c += 1) this.enter(sheet, r, c, input);
    }
    this.changed();
    this.dispatchChanges([{ sheet, range, source: 'Remote', muted: this.mutedNow() }]);
  }

  /** The user selects cells (one area, or several with Ctrl) on a sheet, which becomes active. */
  selectCells(sheetName: string, ...addresses: string[]): void {
    const sheet = this.requireSheet(sheetName);
    const areas = addresses.map((a) => {
      const range = parseLocalRange(a);
      if (!range) throw new FakeOfficeError('InvalidArgument', `address ${a}`);
      return range;
    });
    if (areas.length === 0) throw new FakeOfficeError('InvalidArgument', 'no area to select');
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, range: areas[0], ...(areas.length > 1 ? { areas } : {}) };
  }

  /** The user clicks a chart or a shape on a sheet: the selection is no longer cells. */
  selectObject(sheetName: string, object: 'chart' | 'shape'): void {
    const sheet = this.requireSheet(sheetName);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, range: { r0: 0, c0: 0, r1: 0, c1: 0 }, object };
  }

  /**
   * The text a cell shows (Range.text). Desktop Excel shows ##### for text longer than 255
   * characters in a cell formatted as Text ('@'); the value itself is intact. This is a behaviour
   * clerks report, not one Microsoft's reference pages state (none was found): the fake plays it so
   * that the door is built not to depend on it.
   */
  displayText(sheet: FakeSheet, row: number, col: number): string {
    const v = this.value(sheet, row, col);
    if (v === null) return '';
    if (v instanceof CellError) return v.code;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') return String(v);
    const format = sheet.get(row, col)?.numberFormat;
    if (format === '@' && v.length > 255 && this.platform === 'desktop') return '#'.repeat(11);
    return v;
  }

  /** The shown value of one cell: number, text, boolean, error text, or null when empty. */
  getValue(address: string): number | string | boolean | null {
    const { sheet, range } = this.resolveAddress(address);
    const v = this.value(sheet, range.r0, range.c0);
    return v instanceof CellError ? v.code : v;
  }

  cell(address: string): FakeCell | undefined {
    const { sheet, range } = this.resolveAddress(address);
    return sheet.get(range.r0, range.c0);
  }

  resolveAddress(address: string): { sheet: FakeSheet; range: RangeRef } {
    const { sheet: name, local } = splitSheet(address);
    const sheet = name === undefined ? this.sheetById(this.activeSheetId ?? '') : this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `sheet of ${address}`);
    const range = parseLocalRange(local);
    if (!range) throw new FakeOfficeError('InvalidArgument', `address ${address}`);
    return { sheet, range };
  }

  /**
   * A plain-data picture of one sheet (cells with their shown values, formulas, formats, widths,
   * merges, names) for before/after comparisons in tests.
   */
  snapshotSheet(name: string): unknown {
    const sheet = this.requireSheet(name);
    const cells: Record<string, unknown> = {};
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      const cell = sheet.cells.get(key) as FakeCell;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      const shown = this.value(sheet, row, col);
      cells[formatLocalRange({ r0: row, c0: col, r1: row, c1: col })] = {
        value: shown instanceof CellError ? shown.code : shown,
        formula: cell.formula,
        numberFormat: cell.numberFormat,
        format: { ...cell.format },
      };
    }
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      cells,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      merges: sheet.merges.map((m) => formatLocalRange(m)),
      freezeRows: sheet.freezeRows,
      conditionalFormats: sheet.conditionalFormats.map((c) => ({ ...c, range: formatLocalRange(c.range) })),
      names: sheet.names.map((n) => ({ ...n })),
    };
  }

  snapshotNames(): FakeName[] {
    return this.names.map((n) => ({ ...n }));
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `sheet ${name}`);
    return sheet;
  }

  // ------------------------------------------------------------ events

  /**
   * Fire `onChanged` for each changed range, asynchronously as Office does: the sheet's handlers
   * and the workbook-wide ones, except those of runtimes that had events switched off when the
   * change was made. `whenIdle()` waits for the handlers.
   */
  dispatchChanges(changes: FakeChange[]): void {
    for (const { sheet, range, source, muted } of changes) {
      for (const listener of [...this.changeListeners]) listener(sheet, range);
      const args: OfficeWorksheetChangedEventArgs = {
        address: formatLocalRange(range),
        changeType: 'RangeEdited',
        source: source ?? 'Local',
        type: 'WorksheetChanged',
        worksheetId: sheet.id,
      };
      for (const handler of [...sheet.handlers, ...this.workbookHandlers]) {
        if (muted?.has(this.handlerRuntimes.get(handler) ?? TASKPANE_RUNTIME)) continue;
        // A macrotask, not a microtask: like Office, handlers run well after `sync()` has returned.
        const p: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, 0))
          .then(() => handler(args))
          .catch(() => undefined)
          .finally(() => this.inflight.delete(p));
        this.inflight.add(p);
      }
    }
  }

  /** Resolves once every change handler fired so far (and any they caused) has finished. */
  async whenIdle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }

  /** Address of a range on a sheet as Office reports it (`Sheet!A1:B2`). */
  address(sheet: FakeSheet, range: RangeRef): string {
    return formatAddress(sheet.name, range);
  }

  /** Merged areas that intersect `range` are dropped (clearing formats unmerges). */
  unmerge(sheet: FakeSheet, range: RangeRef): void {
    sheet.merges = sheet.merges.filter((m) => !intersects(m, range));
  }
}
