/**
 * The core of the file door: an .xlsx package held as bytes, read lazily and patched on save.
 * Imports nothing Node-only (no Buffer, fs, path, zlib), so the same code serves the command line,
 * the batch, the tests and a browser page.
 *
 * Opening reads the zip's central directory, the relationships and `xl/workbook.xml`. A read
 * streams only the worksheets the requested names (and the evaluation and extra sheets) point
 * into, each only as far as the last row needed, then the shared strings up to the highest index
 * used, and the number formats only when a kept number carries a style (a date reads differently).
 */
import { ForeignSheetError } from '../port';
import type {
  ExistingSheet,
  RawCell,
  RawInput,
  ReadRequest,
  WorkbookPort,
  WorkbookSnapshot,
  WriteOptions,
} from '../port';
import { OWNER_MARK } from '../sheetModel';
import type { SheetModel } from '../sheetModel';
import { rawFromScanned } from './cellValue';
import type { CellContext } from './cellValue';
import { NO_FORMATS, readNumberFormats } from './numberFormats';
import type { NumberFormats } from './numberFormats';
import { OpcPackage } from './opcPackage';
import type { SheetPart } from './opcPackage';
import { writePackage, type DefinedNameToWrite } from './packageWriter';
import { MAX_COLUMN, MAX_ROW, formatAddress, parseArea } from './reference';
import type { Area } from './reference';
import { readSharedStrings } from './sharedStrings';
import { parseCellRef, scanSheet } from './sheetScan';
import type { ScannedCell, SheetScan } from './sheetScan';
import type { InflaterFactory } from './zipPackage';

/** Areas larger than this are capped to the sheet's used range instead of being materialised. */
export const MAX_AREA_CELLS = 100_000;

export interface SheetLimits {
  maxRows: number;
  maxCols: number;
}

/** What `readSheetCells` reads of a whole sheet unless told otherwise. */
export const DEFAULT_SHEET_LIMITS: SheetLimits = { maxRows: 2000, maxCols: 100 };

/**
 * The evaluation sheet and the extra sheets are read whole, as the port promises (a foreign sheet
 * of that name must be seen whole to say it is not ours).
 */
const WHOLE_SHEET_LIMITS: SheetLimits = { maxRows: MAX_ROW, maxCols: MAX_COLUMN };

export interface SheetCells {
  name: string;
  /** As workbook.xml states it. */
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Row-major from A1 over the used range (capped by the limits). */
  cells: RawCell[][];
  /** Merged ranges in A1 notation, as the sheet lists them. */
  merges: string[];
}

export interface XlsxWorkbookCore extends WorkbookPort {
  /** What the input is called in messages: its path, or a file name in a browser. */
  readonly label: string;
  /** Sheet names in workbook order with their visibility, as in the file's workbook.xml. */
  readonly sheets: ReadonlyArray<{ name: string; state: 'visible' | 'hidden' | 'veryHidden' }>;
  /**
   * The used cells of whole sheets (default: every worksheet, hidden ones included and marked
   * with their visibility: the caller decides what a hidden sheet is worth), capped by `limits`
   * (default 2000 rows × 100 columns), with their merged ranges: what a label matcher reads.
   */
  readSheetCells(sheetNames?: string[], limits?: SheetLimits): Promise<SheetCells[]>;
  /** Workbook-scoped names to define (or repoint) when the package is written. */
  defineNames(names: readonly DefinedNameToWrite[]): void;
  /** The input package with the written sheets patched in (every other part as it was read). */
  toBytes(): Promise<Uint8Array>;
}

function isOwned(cells: RawCell[][]): boolean {
  return cells.some((row) => row.some((cell) => cell.kind === 'text' && cell.value === OWNER_MARK));
}

/** A written sheet as a later read sees it: a formula shows its cached result, if it was given one. */
function modelCells(model: SheetModel): RawCell[][] {
  return model.rows.map((row) =>
    row.map((cell): RawCell => {
      const v = cell.value;
      if (v.t === 'text') return v.v === '' ? { kind: 'empty' } : { kind: 'text', value: v.v };
      if (v.t === 'number') return { kind: 'number', value: v.v };
      if (v.t === 'formula' && typeof v.cached === 'number') return { kind: 'number', value: v.cached };
      if (v.t === 'formula' && typeof v.cached === 'string' && v.cached !== '')
        return { kind: 'text', value: v.cached };
      return { kind: 'empty' };
    }),
  );
}

function modelUsed(model: SheetModel): { rows: number; columns: number } {
  const cells = modelCells(model);
  return { rows: cells.length, columns: cells.reduce((n, row) => Math.max(n, row.length), 0) };
}

/**
 * Caps a whole-column/row (or otherwise huge) area to the used range of its sheet, keeping at
 * least two cells so that it still reads as a multi-cell range.
 */
function capArea(area: Area, usedRows: number, usedColumns: number): Area | undefined {
  if (!needsUsedRange(area)) return undefined;
  const capped = { ...area, whole: undefined };
  capped.bottom = Math.min(area.bottom, Math.max(usedRows, area.top));
  capped.right = Math.min(area.right, Math.max(usedColumns, area.left));
  if (capped.bottom === capped.top && capped.right === capped.left) {
    if (area.bottom > area.top) capped.bottom += 1;
    else capped.right += 1;
  }
  return capped;
}

function needsUsedRange(area: Area): boolean {
  const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  return area.whole !== undefined || cells > MAX_AREA_CELLS;
}

/** What one read needs of one sheet. */
interface SheetNeed {
  sheet: SheetPart;
  areas: Area[];
  /** Read from A1 within these limits (the evaluation sheet, extra sheets, readSheetCells). */
  whole: SheetLimits | undefined;
  merges: boolean;
}

/** A sheet's cells as read, whichever way they came (scanned from the file or a written model). */
interface SheetContent {
  cell(row: number, column: number): RawCell;
  usedRows: number;
  usedColumns: number;
  merges: string[];
}

class XlsxBytesWorkbook implements XlsxWorkbookCore {
  /** Sheets written in this session, by upper-case name, in the order they were first written. */
  private readonly written = new Map<string, SheetModel>();
  /** The shared strings read so far, by index (sparse: only the indexes some read needed). */
  private readonly strings: string[] = [];
  private readonly stringsKnown = new Set<number>();
  /** How many items the shared string table holds, once a read went to its end. */
  private stringCount: number | undefined;
  private formats: NumberFormats | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly pkg: OpcPackage,
  ) {}

  get label(): string {
    return this.pkg.label;
  }

  get sheets(): ReadonlyArray<{ name: string; state: 'visible' | 'hidden' | 'veryHidden' }> {
    return this.pkg.sheets.map(({ name, state }) => ({ name, state }));
  }

  private sheetNamed(name: string): SheetPart | undefined {
    // Excel compares sheet names without regard to case.
    const wanted = name.toLocaleUpperCase();
    return this.pkg.sheets.find((s) => s.name.toLocaleUpperCase() === wanted);
  }

  private worksheetNamed(name: string): SheetPart | undefined {
    const sheet = this.sheetNamed(name);
    return sheet?.kind === 'worksheet' ? sheet : undefined;
  }

  /** Reads what every need asks for: one pass per sheet, then strings and formats once. */
  private load(needs: SheetNeed[]): Map<SheetPart, SheetContent> {
    const scans = new Map<SheetPart, SheetScan>();
    const out = new Map<SheetPart, SheetContent>();
    for (const need of needs) {
      const model = this.written.get(need.sheet.name.toLocaleUpperCase());
      if (model) {
        const cells = modelCells(model);
        const used = modelUsed(model);
        out.set(need.sheet, {
          cell: (r, c) => cells[r - 1]?.[c - 1] ?? { kind: 'empty' },
          usedRows: used.rows,
          usedColumns: used.columns,
          merges: [...model.merges],
        });
        continue;
      }
      scans.set(need.sheet, this.scan(need));
    }
    const context = this.context([...scans.values()]);
    for (const [sheet, scan] of scans) {
      out.set(sheet, {
        cell: (r, c) => {
          const cell = scan.cells.get(r)?.get(c);
          return cell ? rawFromScanned(cell, context) : { kind: 'empty' };
        },
        usedRows: scan.usedRows,
        usedColumns: scan.usedColumns,
        merges: scan.merges,
      });
    }
    return out;
  }

  private scan(need: SheetNeed): SheetScan {
    const { sheet, areas, whole } = need;
    const part = sheet.part;
    if (part === undefined) {
      throw this.pkg.refuse(
        'part_missing',
        `${this.label}: the worksheet "${sheet.name}" has no part in the package (its relationship is missing)`,
        { part: `${this.pkg.workbookPart} → ${sheet.name}` },
      );
    }
    const usedRange = areas.some(needsUsedRange);
    const lastRow = usedRange ? Infinity : Math.max(whole ? whole.maxRows : 0, ...areas.map((a) => a.bottom));
    const keep = (row: number, column: number): boolean =>
      (whole !== undefined && row <= whole.maxRows && column <= whole.maxCols) ||
      areas.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right);
    // Rows above every area may be skipped unparsed, unless the used range must be measured.
    const firstRow = usedRange || whole || areas.length === 0 ? 1 : Math.min(...areas.map((a) => a.top));
    const feed = this.pkg.feed(part);
    return this.pkg.guard(() => scanSheet(part, { keep, lastRow, firstRow, merges: need.merges }, feed));
  }

  /** The shared strings the kept cells use, and formats if a number is styled. */
  private context(scans: SheetScan[]): CellContext {
    const needed = new Set<number>();
    let styledNumber = false;
    const visit = (cell: ScannedCell): void => {
      if (cell.type === 's') {
        const index = Number(cell.value);
        if (Number.isInteger(index) && index >= 0 && !this.stringsKnown.has(index)) {
          if (this.stringCount === undefined || index < this.stringCount) needed.add(index);
        }
      } else if ((cell.type === undefined || cell.type === 'n') && cell.style !== 0) {
        styledNumber = true;
      }
    };
    for (const scan of scans)
      for (const row of scan.cells.values()) for (const cell of row.values()) visit(cell);
    if (needed.size > 0 && this.pkg.sharedStringsPart) {
      const part = this.pkg.sharedStringsPart;
      if (this.pkg.has(part)) {
        const feed = this.pkg.feed(part);
        const read = this.pkg.guard(() => readSharedStrings(part, needed, feed));
        for (const index of needed) {
          this.stringsKnown.add(index);
          const text = read.strings.get(index);
          if (text !== undefined) this.strings[index] = text;
        }
        if (read.count !== undefined) this.stringCount = read.count;
      } else {
        throw this.pkg.refuse('part_missing', `${this.label}: the part ${part} is missing from the package`, {
          part,
        });
      }
    }
    if (styledNumber && !this.formats) {
      const part = this.pkg.stylesPart;
      if (part && this.pkg.has(part)) {
        const feed = this.pkg.feed(part);
        this.formats = this.pkg.guard(() => readNumberFormats(part, feed));
      } else {
        this.formats = NO_FORMATS;
      }
    }
    return {
      sharedStrings: this.strings,
      formats: this.formats ?? NO_FORMATS,
      date1904: this.pkg.workbook.date1904,
    };
  }

  private grid(content: SheetContent, top: number, left: number, bottom: number, right: number): RawCell[][] {
    const rows: RawCell[][] = [];
    for (let r = top; r <= bottom; r += 1) {
      const row: RawCell[] = [];
      for (let c = left; c <= right; c += 1) row.push(content.cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  private wholeGrid(content: SheetContent, limits: SheetLimits): RawCell[][] {
    return this.grid(
      content,
      1,
      1,
      Math.min(content.usedRows, limits.maxRows),
      Math.min(content.usedColumns, limits.maxCols),
    );
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const needs = new Map<SheetPart, SheetNeed>();
    const need = (sheet: SheetPart): SheetNeed => {
      let found = needs.get(sheet);
      if (!found) {
        found = { sheet, areas: [], whole: undefined, merges: false };
        needs.set(sheet, found);
      }
      return found;
    };

    type Pending = { name: string; refersTo: string; area: Area; sheet: SheetPart };
    const oneCell = new Set((request.oneCell ?? []).map((n) => n.toLocaleUpperCase()));
    const resolved: Array<RawInput | Pending> = request.names.map((name) => {
      const wanted = name.toLocaleUpperCase();
      const same = this.pkg.workbook.definedNames.filter((d) => d.name.toLocaleUpperCase() === wanted);
      const global = same.find((d) => d.localSheetId === undefined);
      if (!global) {
        const scoped = same
          .map((d) => this.pkg.workbook.sheets[d.localSheetId ?? -1]?.name)
          .filter((s): s is string => s !== undefined);
        return scoped.length > 0
          ? { name, status: 'missing', sheetScopedOn: scoped }
          : { name, status: 'missing' };
      }
      const area = parseArea(global.refersTo);
      const sheet = area && this.worksheetNamed(area.sheet);
      if (!area || !sheet) return { name, status: 'invalid', refersTo: global.refersTo };
      // A one-cell input over a whole column or a huge area is refused whatever the cells hold
      // (capped, it still spans two cells at least): measuring the used range of a ledger sheet
      // only to say so would parse all of it.
      if (oneCell.has(wanted) && needsUsedRange(area))
        return { name, status: 'multiCell', address: formatAddress({ ...area, sheet: sheet.name }) };
      need(sheet).areas.push(area);
      return { name, refersTo: global.refersTo, area: { ...area, sheet: sheet.name }, sheet };
    });

    const evaluationSheet = this.worksheetNamed(request.sheetName);
    if (evaluationSheet) need(evaluationSheet).whole = WHOLE_SHEET_LIMITS;
    const extras = (request.extraSheets ?? [])
      .map((name) => ({ name, sheet: this.worksheetNamed(name) }))
      .filter((e): e is { name: string; sheet: SheetPart } => e.sheet !== undefined);
    for (const extra of extras) need(extra.sheet).whole = WHOLE_SHEET_LIMITS;

    const contents = this.load([...needs.values()]);
    const content = (sheet: SheetPart): SheetContent => contents.get(sheet)!;

    const inputs = resolved.map((entry): RawInput => {
      if ('status' in entry) return entry;
      const sheet = content(entry.sheet);
      const capped = capArea(entry.area, sheet.usedRows, sheet.usedColumns);
      const used = capped ?? entry.area;
      const input: RawInput = {
        name: entry.name,
        status: 'range',
        address: formatAddress(used),
        cells: this.grid(sheet, used.top, used.left, used.bottom, used.right),
      };
      return capped ? { ...input, cappedFrom: entry.refersTo } : input;
    });

    let existing: ExistingSheet = { exists: false, owned: false, cells: [] };
    if (evaluationSheet) {
      const cells = this.wholeGrid(content(evaluationSheet), WHOLE_SHEET_LIMITS);
      existing = { exists: true, owned: isOwned(cells), cells };
    }
    const extraSheets: Record<string, RawCell[][]> = {};
    for (const extra of extras)
      extraSheets[extra.name] = this.wholeGrid(content(extra.sheet), WHOLE_SHEET_LIMITS);
    return { inputs, sheet: existing, extraSheets };
  }

  async readSheetCells(
    sheetNames?: string[],
    limits: SheetLimits = DEFAULT_SHEET_LIMITS,
  ): Promise<SheetCells[]> {
    const sheets =
      sheetNames === undefined
        ? this.pkg.sheets.filter((s) => s.kind === 'worksheet')
        : sheetNames.map((n) => this.worksheetNamed(n)).filter((s): s is SheetPart => s !== undefined);
    const unique = [...new Set(sheets)];
    const contents = this.load(unique.map((sheet) => ({ sheet, areas: [], whole: limits, merges: true })));
    return unique.map((sheet) => {
      const content = contents.get(sheet)!;
      // Only merges that start inside the cells handed out can matter to the caller.
      const merges = content.merges.filter((ref) => {
        const start = parseCellRef(ref.split(':')[0].replace(/\$/g, ''));
        return start !== undefined && start[0] <= limits.maxRows && start[1] <= limits.maxCols;
      });
      return { name: sheet.name, visibility: sheet.state, cells: this.wholeGrid(content, limits), merges };
    });
  }

  async write(model: SheetModel, options: WriteOptions = {}): Promise<void> {
    const wanted = model.name.toLocaleUpperCase();
    if (!this.written.has(wanted) && !options.overwriteForeign) {
      const other = this.sheetNamed(model.name);
      if (other) {
        // A chart sheet (or any other kind) of that name is not ours; a worksheet only if marked.
        if (other.kind !== 'worksheet') throw new ForeignSheetError(other.name);
        const [content] = await this.readSheetCells([other.name], WHOLE_SHEET_LIMITS);
        if (!content || !isOwned(content.cells)) throw new ForeignSheetError(other.name);
      }
    }
    // Re-writing a sheet keeps its first position in the save order.
    this.written.set(wanted, model);
  }

  private readonly names: DefinedNameToWrite[] = [];

  defineNames(names: readonly DefinedNameToWrite[]): void {
    for (const n of names) {
      const wanted = n.name.toLocaleUpperCase();
      const at = this.names.findIndex((x) => x.name.toLocaleUpperCase() === wanted);
      if (at >= 0) this.names.splice(at, 1);
      this.names.push(n);
      // Keep the parsed names current, so that a later read in this session resolves the new name.
      const kept = this.pkg.workbook.definedNames.filter(
        (d) => !(d.name.toLocaleUpperCase() === wanted && d.localSheetId === undefined),
      );
      kept.push({ name: n.name, refersTo: n.refersTo, attributes: { name: n.name } });
      this.pkg.workbook.definedNames.splice(0, this.pkg.workbook.definedNames.length, ...kept);
    }
  }

  async toBytes(): Promise<Uint8Array> {
    // Patching the original package keeps every part as it was (chart sheets, custom XML, names
    // …) and skips re-serialising and re-compressing the rest.
    return writePackage(this.bytes, [...this.written.values()], this.names);
  }
}

export interface OpenOptions {
  /**
   * A faster streaming inflater than fflate's (the Node wrapper passes zlib's native one); the
   * browser goes without and fflate does all the work.
   */
  inflater?: InflaterFactory;
}

/** Opens an .xlsx held in memory. `label` names it in messages (a path, or a file name). */
export async function openXlsxBytes(
  bytes: Uint8Array,
  label: string,
  options: OpenOptions = {},
): Promise<XlsxWorkbookCore> {
  const pkg = OpcPackage.open(bytes, label, { inflater: options.inflater });
  return new XlsxBytesWorkbook(bytes, pkg);
}
