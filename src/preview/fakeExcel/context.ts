/**
 * The client side of the fake Excel host: a request context and proxy objects that behave like
 * Office.js where the adapter's correctness depends on it.
 *
 * - Every write and every `load` is queued and applied, in order, at `context.sync()`.
 * - Reading a property that was not loaded and synced throws PropertyNotLoaded.
 * - `*OrNullObject` lookups give null objects; `isNullObject` is readable only after a sync, and
 *   a null parent gives null children. `getItem` of a missing item fails at sync (ItemNotFound).
 * - APIs above the configured ExcelApi version throw ApiNotFound, so degradation is testable.
 * - Each sync bumps `FakeWorkbook.syncCount`; change events fire after the sync completes.
 * - Excel's data limits hold per sync: a read of more than 5,000,000 cells fails with
 *   RangeExceedsLimit, and on the web a response or request above 5 MB fails the sync with
 *   ResponsePayloadSizeLimitExceeded / RequestPayloadSizeLimitExceeded ("Excel add-ins" in
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
import {
  colCount,
  formatAddress,
  formatLocalRange,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseLocalRange,
  rowCount,
  splitSheet,
  type RangeRef,
} from './address';
import { FakeOfficeError } from './errors';
import { CellError, type Scalar } from './formula';
import {
  TASKPANE_RUNTIME,
  type ChangeHandler,
  type FakeChange,
  type FakeCell,
  type FakeCellFormat,
  type FakeConditionalFormat,
  type FakeName,
  type FakeSheet,
  type FakeWorkbook,
} from './workbook';
import type {
  OfficeApplication,
  OfficeCellValueConditionalFormat,
  OfficeConditionalCellValueRule,
  OfficeConditionalFormat,
  OfficeConditionalFormatCollection,
  OfficeConditionalRangeFormat,
  OfficeContext,
  OfficeEventHandlerResult,
  OfficeEventHandlers,
  OfficeFreezePanes,
  OfficeNamedItem,
  OfficeNamedItemCollection,
  OfficeRange,
  OfficeRangeFill,
  OfficeRangeFont,
  OfficeRangeAreas,
  OfficeRangeCollection,
  OfficeRangeFormat,
  OfficeRuntime,
  OfficeWorkbook,
  OfficeWorksheet,
  OfficeWorksheetChangedEventArgs,
  OfficeWorksheetCollection,
} from '../../workbook/office/officeApi';

type Op = () => void;

/** Cells one read may return on any platform (RangeExceedsLimit above). */
export const READ_CELL_LIMIT = 5_000_000;
/** Excel on the web: bytes one request or one response may carry. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface RangeTarget {
  sheet: FakeSheet;
  range: RangeRef;
}

/** Guard for features of newer requirement sets (real Office fails on hosts without them). */
function requireApi(wb: FakeWorkbook, version: string, what: string): void {
  if (!wb.isSetSupported('ExcelApi', version)) {
    throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }
}

function parsePropertyNames(names: string | string[] | undefined): string[] | undefined {
  if (names === undefined) return undefined;
  const list = (Array.isArray(names) ? names : [names]).flatMap((n) => n.split(','));
  return list.map((n) => n.trim()).filter((n) => n.length > 0);
}

export class FakeRequestContext implements OfficeContext {
  readonly workbook: FakeWorkbookProxy;
  readonly runtime: FakeRuntime;
  private queue: Op[] = [];
  private changes: FakeChange[] = [];
  /** Estimated JSON bytes of what the queued commands send, and of what this sync returns. */
  private requestBytes = 0;
  private responseBytes = 0;

  constructor(
    readonly wb: FakeWorkbook,
    /** The JavaScript runtime this context belongs to (the pane's, or the ribbon's). */
    readonly runtimeId: string = TASKPANE_RUNTIME,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Queued data that travels with the request (values, formulas, formats written). */
  addRequestBytes(bytes: number): void {
    this.requestBytes += bytes;
  }

  /** Called while a sync runs, for every value set loaded: fails the sync past the web's 5 MB. */
  addResponseBytes(bytes: number): void {
    this.responseBytes += bytes;
    if (this.wb.platform === 'web' && this.responseBytes > WEB_PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit (5 MB on Excel on the web).',
      );
    }
  }

  /** Called by write ops during a sync, stamped with the runtimes whose events are off now. */
  recordChange(sheet: FakeSheet, range: RangeRef): void {
    this.changes.push({ sheet, range, muted: this.wb.mutedNow() });
  }

  async sync(): Promise<void> {
    this.wb.syncCount += 1;
    const ops = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.changes = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    if (this.wb.platform === 'web' && requestBytes > WEB_PAYLOAD_LIMIT) {
      // The request never reaches the workbook: nothing of the batch is applied.
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit (5 MB on Excel on the web).',
      );
    }
    try {
      // Like Office, a failing command stops the batch; the commands before it stay applied.
      for (const op of ops) {
        op();
        this.wb.changed();
      }
    } finally {
      this.wb.dispatchChanges(this.changes);
      this.changes = [];
    }
    await Promise.resolve();
  }
}

/**
 * Base of every proxy: resolves its document object lazily at sync time and keeps the values
 * that `load` brought back.
 */
abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly resolver: () => T | null,
    orNull: boolean,
  ) {
    if (orNull) ctx.enqueue(() => (this.nullState = this.resolve() === null));
  }

  /** Property names `load()` without arguments brings back. */
  protected abstract readonly scalarProps: readonly string[];
  protected abstract readProp(target: T, prop: string, subProps: string[]): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is readable only after context.sync()');
    }
    return this.nullState;
  }

  /** The document object, or null for a null object (throws for a missing plain getItem). */
  resolve(): T | null {
    return this.resolver();
  }

  /** The document object for a command; commands on a null object are an error. */
  protected target(what: string): T {
    const t = this.resolve();
    if (t === null) throw new FakeOfficeError('InvalidOperation', `${what} on a null object`);
    return t;
  }

  load(propertyNames?: string | string[]): this {
    const props = parsePropertyNames(propertyNames) ?? [...this.scalarProps];
    for (const p of props) {
      if (!this.scalarProps.includes(p.split('/')[0])) {
        throw new FakeOfficeError('InvalidArgument', `cannot load ${p}`);
      }
    }
    // 'items/name' and 'items/id' load one list of items with both properties.
    const groups = new Map<string, string[]>();
    for (const p of props) {
      const [top, ...rest] = p.split('/');
      const subs = groups.get(top) ?? [];
      if (rest.length > 0) subs.push(rest.join('/'));
      groups.set(top, subs);
    }
    this.ctx.enqueue(() => {
      const t = this.resolve();
      this.nullState = t === null;
      for (const [top, subs] of groups) this.loaded.set(top, t === null ? null : this.readProp(t, top, subs));
    });
    return this;
  }

  /** Used by collections to hand out items whose properties are already loaded. */
  preload(props: Record<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    }
    return this.loaded.get(prop) as V;
  }

  /** Queue a command against the resolved object. */
  protected command(what: string, apply: (target: T) => void): void {
    this.ctx.enqueue(() => apply(this.target(what)));
  }
}

// ---------------------------------------------------------------- ranges

function shownValue(v: Scalar): number | string | boolean {
  if (v === null) return '';
  if (v instanceof CellError) return v.code;
  return v;
}

function valueType(v: Scalar): string {
  if (v === null) return 'Empty';
  if (v instanceof CellError) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function grid<V>(t: RangeTarget, read: (row: number, col: number) => V): V[][] {
  if (rowCount(t.range) * colCount(t.range) > READ_CELL_LIMIT) {
    throw new FakeOfficeError(
      'RangeExceedsLimit',
      'The cell count in the range has exceeded the maximum supported number.',
    );
  }
  const out: V[][] = [];
  for (let r = t.range.r0; r <= t.range.r1; r += 1) {
    const line: V[] = [];
    for (let c = t.range.c0; c <= t.range.c1; c += 1) line.push(read(r, c));
    out.push(line);
  }
  return out;
}

/** Every cell of the range, created when missing (format writes need real cells). */
function eachCell(t: RangeTarget, apply: (cell: FakeCell, row: number, col: number) => void): void {
  if (rowCount(t.range) * colCount(t.range) > 1_000_000) {
    throw new FakeOfficeError('InvalidArgument', 'range too large for the fake to format cell by cell');
  }
  for (let r = t.range.r0; r <= t.range.r1; r += 1) {
    for (let c = t.range.c0; c <= t.range.c1; c += 1) apply(t.sheet.touch(r, c), r, c);
  }
}

/** The value shared by every cell of the range, or null when they differ (as Office reports). */
function uniform<V>(t: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
  return t.sheet.uniform(t.range, read);
}

/** A 2-D input must match the range's shape, as Office requires. */
function checkShape(t: RangeTarget, data: unknown[][], what: string): void {
  const ok =
    Array.isArray(data) &&
    data.length === rowCount(t.range) &&
    data.every((row) => Array.isArray(row) && row.length === colCount(t.range));
  if (!ok) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${what}: the input array does not match the size of the range ${formatLocalRange(t.range)}`,
    );
  }
}

function asInput(v: unknown): number | string | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new FakeOfficeError('InvalidArgument', `unsupported cell value of type ${typeof v}`);
}

/** JSON bytes of one loaded cell-by-cell property, estimated without building it. */
function estimatedBytes(
  t: RangeTarget,
  emptyCell: string,
  read: (row: number, col: number) => unknown,
): number {
  const cells = rowCount(t.range) * colCount(t.range);
  let bytes = rowCount(t.range) * 3; // brackets and commas of each row
  let present = 0;
  for (const { row, col } of t.sheet.cellsIn(t.range)) {
    present += 1;
    bytes += JSON.stringify(read(row, col)).length + 1;
  }
  return bytes + (cells - present) * (emptyCell.length + 1);
}

/** The cell-by-cell properties, with what an empty cell costs in the response. */
const GRID_PROPS: Record<string, string> = {
  values: '""',
  formulas: '""',
  valueTypes: '"Empty"',
  numberFormat: '"General"',
  text: '""',
};

export class FakeRange extends FakeClientObject<RangeTarget> implements OfficeRange {
  protected readonly scalarProps = [
    'address',
    'values',
    'formulas',
    'numberFormat',
    'valueTypes',
    'text',
    'rowCount',
    'columnCount',
  ] as const;
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null, orNull: boolean) {
    super(ctx, resolver, orNull);
    this.format = new FakeRangeFormat(ctx, () => this.resolve());
  }

  /** One cell of a cell-by-cell property. */
  private cellOf(t: RangeTarget, prop: string): (row: number, col: number) => unknown {
    const wb = this.ctx.wb;
    switch (prop) {
      case 'text':
        return (r, c) => wb.displayText(t.sheet, r, c);
      case 'values':
        return (r, c) => shownValue(wb.value(t.sheet, r, c));
      case 'valueTypes':
        return (r, c) => valueType(wb.value(t.sheet, r, c));
      case 'formulas':
        return (r, c) => {
          const cell = t.sheet.get(r, c);
          if (cell?.formula !== undefined) return cell.formula;
          return shownValue(cell?.constant ?? null);
        };
      default:
        return (r, c) => t.sheet.get(r, c)?.numberFormat ?? 'General';
    }
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    const empty = GRID_PROPS[prop];
    if (empty === undefined) {
      if (prop === 'address') return formatAddress(t.sheet.name, t.range);
      return prop === 'rowCount' ? rowCount(t.range) : colCount(t.range);
    }
    if (rowCount(t.range) * colCount(t.range) > READ_CELL_LIMIT) {
      throw new FakeOfficeError(
        'RangeExceedsLimit',
        `The cell count in the range ${formatLocalRange(t.range)} has exceeded the maximum supported number.`,
      );
    }
    const cell = this.cellOf(t, prop);
    // Counted before the grid is built, so an oversized response fails as early as Excel's does.
    if (this.ctx.wb.platform === 'web') this.ctx.addResponseBytes(estimatedBytes(t, empty, cell));
    return grid(t, cell);
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(data: unknown[][]) {
    this.writeInputs('values', data);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(data: unknown[][]) {
    this.writeInputs('formulas', data);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(data: unknown[][]) {
    this.ctx.addRequestBytes(JSON.stringify(data).length);
    this.command('set numberFormat', (t) => {
      checkShape(t, data, 'numberFormat');
      eachCell(t, (cell, r, c) => {
        const format = data[r - t.range.r0][c - t.range.c0];
        cell.numberFormat = typeof format === 'string' && format !== '' ? format : 'General';
      });
    });
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }

  /** values and formulas behave alike on write: input is interpreted as typed into the cell. */
  private writeInputs(what: string, data: unknown[][]): void {
    this.ctx.addRequestBytes(JSON.stringify(data).length);
    this.command(`set ${what}`, (t) => {
      checkShape(t, data, what);
      for (let r = 0; r < data.length; r += 1) {
        for (let c = 0; c < data[r].length; c += 1) {
          this.ctx.wb.enter(t.sheet, t.range.r0 + r, t.range.c0 + c, asInput(data[r][c]));
        }
      }
      this.ctx.recordChange(t.sheet, t.range);
    });
  }

  get conditionalFormats(): FakeConditionalFormats {
    requireApi(this.ctx.wb, '1.6', 'Range.conditionalFormats');
    return new FakeConditionalFormats(this.ctx, () => this.resolve());
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.command('clear', (t) => {
      const { sheet, range } = t;
      for (const { row, col, cell } of [...sheet.cellsIn(range)]) {
        if (applyTo === 'All') sheet.cells.delete(row * MAX_COLS + col);
        else if (applyTo === 'Contents') {
          cell.constant = null;
          delete cell.formula;
        } else {
          cell.numberFormat = 'General';
          cell.format = {};
        }
      }
      if (applyTo !== 'Contents') {
        // Clearing formats unmerges and drops conditional formats, as Excel's Clear All does.
        this.ctx.wb.unmerge(sheet, range);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.range, range));
      }
      if (applyTo !== 'Formats') this.ctx.recordChange(sheet, range);
    });
  }

  merge(across = false): void {
    this.command('merge', (t) => {
      const areas: RangeRef[] = across
        ? Array.from({ length: rowCount(t.range) }, (_, i) => ({
            ...t.range,
            r0: t.range.r0 + i,
            r1: t.range.r0 + i,
          }))
        : [t.range];
      for (const area of areas) {
        if (rowCount(area) * colCount(area) < 2) continue;
        this.ctx.wb.unmerge(t.sheet, area);
        t.sheet.merges.push(area);
        // Excel keeps only the top-left value of a merged area.
        for (const { row, col, cell } of t.sheet.cellsIn(area)) {
          if (row === area.r0 && col === area.c0) continue;
          cell.constant = null;
          delete cell.formula;
        }
      }
    });
  }

  /**
   * The used part of this range (ExcelApi 1.4): the bounding box of its cells that hold values
   * (valuesOnly) or anything; a null object when there are none.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.resolve();
        if (t === null) return null;
        let box: RangeRef | null = null;
        for (const { row, col, cell } of t.sheet.cellsIn(t.range)) {
          const hasValue = cell.formula !== undefined || cell.constant !== null;
          const hasFormat = cell.numberFormat !== 'General' || Object.keys(cell.format).length > 0;
          if (!hasValue && (valuesOnly || !hasFormat)) continue;
          box = box
            ? {
                r0: Math.min(box.r0, row),
                c0: Math.min(box.c0, col),
                r1: Math.max(box.r1, row),
                c1: Math.max(box.c1, col),
              }
            : { r0: row, c0: col, r1: row, c1: col };
        }
        return box ? { sheet: t.sheet, range: box } : null;
      },
      true,
    );
  }

  /**
   * ExcelApi 1.13. Only areas whose top-left cell lies in this range (office-js issue 3611,
   * answered "by design"); a null object when there are none. Over 512 areas the method "will
   * fail to return the result" (its reference): the sync fails. The reference does not name the
   * error, so the fake's code is a guess and the door must not depend on it.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    requireApi(this.ctx.wb, '1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const t = this.resolve();
        if (t === null) return null;
        const { r0, r1, c0, c1 } = t.range;
        const areas = t.sheet.merges.filter((m) => m.r0 >= r0 && m.r0 <= r1 && m.c0 >= c0 && m.c0 <= c1);
        if (areas.length > MERGED_AREAS_LIMIT) {
          throw new FakeOfficeError('GeneralException', `more than ${MERGED_AREAS_LIMIT} merged areas`);
        }
        return areas.length === 0 ? null : { sheet: t.sheet, areas };
      },
      true,
    );
  }

  /**
   * Selects the range in the Excel UI, but only on the active sheet: on another sheet Excel
   * leaves the selection where it was (https://github.com/OfficeDev/office-js/issues/5118), so
   * callers activate the sheet first.
   */
  select(): void {
    this.command('select', (t) => {
      if (t.sheet.id !== this.ctx.wb.activeSheetId) return;
      this.ctx.wb.selection = { sheetId: t.sheet.id, range: t.range };
    });
  }
}

/** What getMergedAreasOrNullObject answers for at most (@types/office-js, Range). */
export const MERGED_AREAS_LIMIT = 512;

interface AreasTarget {
  sheet: FakeSheet;
  areas: RangeRef[];
}

/** ExcelApi 1.9 RangeAreas, as far as merged areas need it: its rectangles. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements OfficeRangeAreas {
  protected readonly scalarProps = ['address', 'areaCount'] as const;

  protected readProp(t: AreasTarget, prop: string): unknown {
    if (prop === 'areaCount') return t.areas.length;
    return t.areas.map((a) => formatAddress(t.sheet.name, a)).join(',');
  }

  /** One collection per RangeAreas, as Office.js hands back the same object each time. */
  readonly areas: FakeRangeCollection;

  constructor(ctx: FakeRequestContext, resolver: () => AreasTarget | null, orNull: boolean) {
    super(ctx, resolver, orNull);
    this.areas = new FakeRangeCollection(ctx, () => this.resolve());
  }
}

/** ExcelApi 1.9 RangeCollection: `items` loads ranges with their address and size. */
export class FakeRangeCollection extends FakeClientObject<AreasTarget> implements OfficeRangeCollection {
  protected readonly scalarProps = ['items'] as const;

  constructor(ctx: FakeRequestContext, resolver: () => AreasTarget | null) {
    super(ctx, resolver, false);
  }

  protected readProp(t: AreasTarget, _prop: string, sub: string[]): unknown {
    return t.areas.map((area) => {
      const range = new FakeRange(this.ctx, () => ({ sheet: t.sheet, range: area }), false);
      const props = sub.length > 0 ? sub : ['address', 'rowCount', 'columnCount'];
      const known: Record<string, unknown> = {
        address: formatAddress(t.sheet.name, area),
        rowCount: rowCount(area),
        columnCount: colCount(area),
      };
      for (const p of props) {
        if (!(p in known))
          throw new FakeOfficeError('InvalidArgument', `the fake loads no ${p} of RangeCollection items`);
      }
      range.preload(Object.fromEntries(props.map((p) => [p, known[p]])));
      return range;
    });
  }

  get items(): FakeRange[] {
    return this.get('items');
  }
}

/** Shared shape of the format sub-objects: they resolve through their range. */
abstract class FakeFormatPart extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, false);
  }

  protected setFormat(what: string, apply: (format: FakeCellFormat) => void): void {
    this.command(what, (t) => eachCell(t, (cell) => apply(cell.format)));
  }
}

export class FakeRangeFormat extends FakeFormatPart implements OfficeRangeFormat {
  protected readonly scalarProps = ['wrapText', 'horizontalAlignment', 'columnWidth'] as const;
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;

  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
    this.font = new FakeRangeFont(ctx, resolver);
    this.fill = new FakeRangeFill(ctx, resolver);
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'columnWidth') {
      const widths = new Set<number>();
      for (let c = t.range.c0; c <= Math.min(t.range.c1, t.range.c0 + 1000); c += 1) {
        widths.add(t.sheet.columnWidths.get(c) ?? 48);
      }
      return widths.size === 1 ? [...widths][0] : null;
    }
    if (prop === 'wrapText') return uniform(t, (cell) => cell?.format.wrap ?? false);
    return uniform(t, (cell) => cell?.format.horizontalAlignment ?? 'General');
  }

  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.setFormat('set wrapText', (f) => (f.wrap = v));
  }
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setFormat('set horizontalAlignment', (f) => (f.horizontalAlignment = v));
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  /** Sets the width (points) of every column the range spans. */
  set columnWidth(points: number) {
    this.command('set columnWidth', (t) => {
      for (let c = t.range.c0; c <= t.range.c1; c += 1) t.sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeRangeFont extends FakeFormatPart implements OfficeRangeFont {
  protected readonly scalarProps = ['bold', 'color', 'size'] as const;
  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'bold') return uniform(t, (cell) => cell?.format.bold ?? false);
    if (prop === 'color') return uniform(t, (cell) => cell?.format.fontColor ?? '#000000');
    return uniform(t, (cell) => cell?.format.fontSize ?? 11);
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.setFormat('set font.bold', (f) => (f.bold = v));
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.setFormat('set font.color', (f) => (f.fontColor = v.toUpperCase()));
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.setFormat('set font.size', (f) => (f.fontSize = v));
  }
}

export class FakeRangeFill extends FakeFormatPart implements OfficeRangeFill {
  protected readonly scalarProps = ['color'] as const;
  protected readProp(t: RangeTarget): unknown {
    return uniform(t, (cell) => cell?.format.fill ?? null);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.setFormat('set fill.color', (f) => (f.fill = v.toUpperCase()));
  }
}

// ---------------------------------------------------------------- conditional formats

class FakeConditionalFormats implements OfficeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolver: () => RangeTarget | null,
  ) {}

  add(type: 'CellValue'): OfficeConditionalFormat {
    // The rule object exists only once the add command has run at sync; later commands reach it through `holder`.
    const holder: { cf?: FakeConditionalFormat } = {};
    this.ctx.enqueue(() => {
      const t = this.resolver();
      if (t === null)
        throw new FakeOfficeError('InvalidOperation', 'conditionalFormats.add on a null object');
      const cf: FakeConditionalFormat = { range: t.range, type };
      t.sheet.conditionalFormats.push(cf);
      holder.cf = cf;
    });
    const edit = (apply: (cf: FakeConditionalFormat) => void): void =>
      this.ctx.enqueue(() => {
        if (!holder.cf) throw new FakeOfficeError('InvalidOperation', 'conditional format not created');
        apply(holder.cf);
      });
    const format: OfficeConditionalRangeFormat = {
      font: {
        get color(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'conditional font colour is write-only in the fake');
        },
        set color(v: string) {
          edit((cf) => (cf.fontColor = v.toUpperCase()));
        },
        get bold(): boolean {
          throw new FakeOfficeError('PropertyNotLoaded', 'conditional bold is write-only in the fake');
        },
        set bold(v: boolean) {
          edit((cf) => (cf.bold = v));
        },
      },
      fill: {
        get color(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'conditional fill is write-only in the fake');
        },
        set color(v: string) {
          edit((cf) => (cf.fill = v.toUpperCase()));
        },
      },
    };
    const cellValue: OfficeCellValueConditionalFormat = {
      format,
      get rule(): OfficeConditionalCellValueRule {
        throw new FakeOfficeError('PropertyNotLoaded', 'conditional rule is write-only in the fake');
      },
      set rule(rule: OfficeConditionalCellValueRule) {
        if (type !== 'CellValue')
          throw new FakeOfficeError('InvalidOperation', 'cellValue on a non-CellValue format');
        edit((cf) => (cf.rule = { ...rule }));
      },
    };
    return { cellValue };
  }

  clearAll(): void {
    this.ctx.enqueue(() => {
      const t = this.resolver();
      if (t === null)
        throw new FakeOfficeError('InvalidOperation', 'conditionalFormats.clearAll on a null object');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.range, t.range));
    });
  }
}

// ---------------------------------------------------------------- worksheets

class FakeFreezePanes implements OfficeFreezePanes {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  freezeRows(count = 1): void {
    this.ctx.enqueue(() => (this.sheet().freezeRows = count));
  }
  unfreeze(): void {
    this.ctx.enqueue(() => (this.sheet().freezeRows = 0));
  }
}

class FakeChangedEvent implements OfficeEventHandlers<OfficeWorksheetChangedEventArgs> {
  constructor(
    private readonly ctx: FakeRequestContext,
    /** The handler set of a sheet (Worksheet.onChanged) or of the workbook (WorksheetCollection.onChanged). */
    private readonly handlers: () => Set<ChangeHandler>,
  ) {}

  add(handler: ChangeHandler): OfficeEventHandlerResult {
    let registeredOn: Set<ChangeHandler> | undefined;
    this.ctx.enqueue(() => {
      registeredOn = this.handlers();
      registeredOn.add(handler);
      this.ctx.wb.handlerRuntimes.set(handler, this.ctx.runtimeId);
    });
    return {
      context: this.ctx,
      remove: () => this.ctx.enqueue(() => registeredOn?.delete(handler)),
    };
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> implements OfficeWorksheet {
  protected readonly scalarProps = ['id', 'name', 'visibility', 'position'] as const;

  protected readProp(t: FakeSheet, prop: string): unknown {
    switch (prop) {
      case 'id':
        return t.id;
      case 'name':
        return t.name;
      case 'visibility':
        return t.visibility;
      default:
        return this.ctx.wb.sheets.indexOf(t);
    }
  }

  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.target('getRange');
        if (address === undefined)
          return { sheet, range: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
        const { sheet: named, local } = splitSheet(address);
        const range = parseLocalRange(local);
        if (!range || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())) {
          throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
        }
        return { sheet, range };
      },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.resolve();
        if (sheet === null) return null;
        const range = sheet.usedRange(valuesOnly);
        return range ? { sheet, range } : null;
      },
      true,
    );
  }

  get freezePanes(): FakeFreezePanes {
    requireApi(this.ctx.wb, '1.7', 'Worksheet.freezePanes');
    return new FakeFreezePanes(this.ctx, () => this.target('freezePanes'));
  }

  get onChanged(): FakeChangedEvent {
    requireApi(this.ctx.wb, '1.7', 'Worksheet.onChanged');
    return new FakeChangedEvent(this.ctx, () => this.target('onChanged.add').handlers);
  }

  /**
   * Shows the sheet in the Excel UI (Worksheet.activate, ExcelApi 1.1). Excel cannot show a
   * hidden sheet and its reference does not say what activate() does on one, so the fake refuses
   * (InvalidOperation) rather than unhide it; the door checks `visibility` before activating.
   */
  activate(): void {
    this.command('activate', (sheet) => {
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `the sheet ${sheet.name} is hidden`);
      this.ctx.wb.activeSheetId = sheet.id;
    });
  }
}

/** Resolve a sheet lookup once and keep hold of that sheet (renames do not lose it). */
function sheetResolver(
  wb: FakeWorkbook,
  find: () => FakeSheet | undefined,
  orNull: boolean,
  what: string,
): () => FakeSheet | null {
  let found: FakeSheet | undefined;
  return () => {
    if (!found || !wb.sheets.includes(found)) found = find();
    if (found) return found;
    if (orNull) return null;
    throw new FakeOfficeError('ItemNotFound', what);
  };
}

export class FakeWorksheets extends FakeClientObject<FakeWorkbook> implements OfficeWorksheetCollection {
  protected readonly scalarProps = ['items'] as const;

  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.wb, false);
  }

  protected readProp(wb: FakeWorkbook, _prop: string, sub: string[]): unknown {
    return wb.sheets.map((sheet) => {
      const item = new FakeWorksheet(this.ctx, () => sheet, false);
      const props = sub.length > 0 ? sub : ['id', 'name', 'visibility'];
      item.preload(
        Object.fromEntries(
          props.map((p) => [p, p === 'id' ? sheet.id : p === 'name' ? sheet.name : sheet.visibility]),
        ),
      );
      return item;
    });
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  /** ExcelApi 1.9: changes on any sheet of the workbook, sheets added later included. */
  get onChanged(): FakeChangedEvent {
    requireApi(this.ctx.wb, '1.9', 'WorksheetCollection.onChanged');
    return new FakeChangedEvent(this.ctx, () => this.ctx.wb.workbookHandlers);
  }

  getItem(key: string): FakeWorksheet {
    const wb = this.ctx.wb;
    return new FakeWorksheet(
      this.ctx,
      sheetResolver(wb, () => wb.sheet(key) ?? wb.sheetById(key), false, `worksheet ${key}`),
      false,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const wb = this.ctx.wb;
    return new FakeWorksheet(
      this.ctx,
      sheetResolver(wb, () => wb.sheet(key) ?? wb.sheetById(key), true, `worksheet ${key}`),
      true,
    );
  }

  add(name?: string): FakeWorksheet {
    const wb = this.ctx.wb;
    let created: FakeSheet | undefined;
    this.ctx.enqueue(() => {
      let sheetName = name;
      for (let i = wb.sheets.length + 1; sheetName === undefined; i += 1) {
        if (!wb.sheet(`Sheet${i}`)) sheetName = `Sheet${i}`;
      }
      created = wb.addSheet(sheetName);
    });
    return new FakeWorksheet(
      this.ctx,
      () => {
        if (!created) throw new FakeOfficeError('InvalidOperation', 'worksheet not added yet');
        return created;
      },
      false,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    const wb = this.ctx.wb;
    return new FakeWorksheet(
      this.ctx,
      sheetResolver(wb, () => wb.sheetById(wb.activeSheetId ?? ''), false, 'active worksheet'),
      false,
    );
  }
}

// ---------------------------------------------------------------- names

function nameInfo(wb: FakeWorkbook, entry: FakeName): { type: string; value: unknown } {
  const target = wb.nameTarget(entry);
  if (target instanceof CellError) return { type: 'Error', value: target.code };
  if (target !== null && typeof target === 'object')
    return { type: 'Range', value: formatAddress(target.sheet, target.range, true) };
  if (typeof target === 'number') return { type: 'Double', value: target };
  if (typeof target === 'boolean') return { type: 'Boolean', value: target };
  return { type: 'String', value: target ?? '' };
}

export class FakeNamedItem extends FakeClientObject<FakeName> implements OfficeNamedItem {
  protected readonly scalarProps = ['name', 'type', 'value', 'comment', 'visible'] as const;

  protected readProp(entry: FakeName, prop: string): unknown {
    switch (prop) {
      case 'name':
        return entry.name;
      case 'type':
        return nameInfo(this.ctx.wb, entry).type;
      case 'value':
        return nameInfo(this.ctx.wb, entry).value;
      case 'comment':
        return entry.comment ?? '';
      default:
        return true;
    }
  }

  get name(): string {
    return this.get('name');
  }
  get type(): string {
    return this.get('type');
  }
  get value(): unknown {
    return this.get('value');
  }

  private rangeOf(entry: FakeName): RangeTarget | null {
    const target = this.ctx.wb.nameTarget(entry);
    if (target === null || typeof target !== 'object' || !('range' in target)) return null;
    const sheet = this.ctx.wb.sheet(target.sheet);
    return sheet ? { sheet, range: target.range } : null;
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const range = this.rangeOf(this.target('getRange'));
        if (!range) throw new FakeOfficeError('InvalidArgument', 'the name does not refer to a range');
        return range;
      },
      false,
    );
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const entry = this.resolve();
        return entry === null ? null : this.rangeOf(entry);
      },
      true,
    );
  }

  delete(): void {
    this.command('delete', (entry) => this.ctx.wb.deleteName(entry));
  }
}

/** Excel's rules for a defined name, enough to reject what Excel rejects in practice. */
function checkName(name: string): void {
  const ok =
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
  if (!ok) throw new FakeOfficeError('InvalidArgument', `invalid name ${name}`);
}

export class FakeNamedItems extends FakeClientObject<FakeWorkbook> implements OfficeNamedItemCollection {
  protected readonly scalarProps = ['items'] as const;

  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.wb, false);
  }

  protected readProp(wb: FakeWorkbook, _prop: string, sub: string[]): unknown {
    return wb.names.map((entry) => {
      const item = new FakeNamedItem(this.ctx, () => (wb.names.includes(entry) ? entry : null), false);
      const info = nameInfo(wb, entry);
      const all: Record<string, unknown> = {
        name: entry.name,
        type: info.type,
        value: info.value,
        comment: entry.comment ?? '',
        visible: true,
      };
      item.preload(sub.length > 0 ? Object.fromEntries(sub.map((p) => [p, all[p]])) : all);
      return item;
    });
  }

  get items(): FakeNamedItem[] {
    return this.get('items');
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.wb.workbookName(name) ?? null, true);
  }

  add(name: string, reference: OfficeRange | string, comment?: string): FakeNamedItem {
    let created: FakeName | undefined;
    this.ctx.enqueue(() => {
      checkName(name);
      let refersTo: string;
      if (typeof reference === 'string') {
        refersTo = reference.startsWith('=') ? reference : `=${reference}`;
      } else {
        if (!(reference instanceof FakeRange))
          throw new FakeOfficeError('InvalidArgument', 'reference from another host');
        const t = reference.resolve();
        if (t === null) throw new FakeOfficeError('InvalidArgument', 'reference is a null object');
        refersTo = `=${formatAddress(t.sheet.name, t.range, true)}`;
      }
      created = this.ctx.wb.addName(name, refersTo);
      if (comment !== undefined) created.comment = comment;
    });
    return new FakeNamedItem(
      this.ctx,
      () => {
        if (!created) throw new FakeOfficeError('InvalidOperation', 'name not added yet');
        return created;
      },
      false,
    );
  }
}

// ---------------------------------------------------------------- workbook, application, runtime

class FakeApplication implements OfficeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    requireApi(this.ctx.wb, '1.6', 'Application.suspendApiCalculationUntilNextSync');
    // The fake evaluates lazily, so there is nothing to suspend; the call is only checked.
    this.ctx.enqueue(() => undefined);
  }
}

export class FakeWorkbookProxy implements OfficeWorkbook {
  readonly names: FakeNamedItems;
  readonly worksheets: FakeWorksheets;
  readonly application: FakeApplication;

  constructor(private readonly ctx: FakeRequestContext) {
    this.names = new FakeNamedItems(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.application = new FakeApplication(ctx);
  }

  getSelectedRange(): FakeRange {
    const wb = this.ctx.wb;
    return new FakeRange(
      this.ctx,
      () => {
        const sel = wb.selection;
        const sheet = sel ? wb.sheetById(sel.sheetId) : wb.sheetById(wb.activeSheetId ?? '');
        if (!sheet) throw new FakeOfficeError('ItemNotFound', 'no selection');
        // "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange,
        // https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
        // with a chart selected it throws InvalidSelection by design
        // (https://github.com/OfficeDev/office-js/issues/2268, https://github.com/OfficeDev/office-js/issues/8).
        if (sel?.object || (sel?.areas && sel.areas.length > 1)) {
          throw new FakeOfficeError(
            'InvalidSelection',
            'The current selection is invalid for this operation.',
          );
        }
        return { sheet, range: sel && sel.sheetId === sheet.id ? sel.range : { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      false,
    );
  }
}

export class FakeRuntime implements OfficeRuntime {
  private value: boolean | undefined;
  constructor(private readonly ctx: FakeRequestContext) {}
  get enableEvents(): boolean {
    if (this.value === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'runtime.enableEvents');
    return this.value;
  }
  set enableEvents(on: boolean) {
    requireApi(this.ctx.wb, '1.8', 'Runtime.enableEvents');
    this.value = on;
    // Per runtime: the pane's handlers still hear what the ribbon's runtime writes with events off.
    this.ctx.enqueue(() => this.ctx.wb.setEventsEnabled(this.ctx.runtimeId, on));
  }
}
