/**
 * The fake WPS 表格 (ET) host: the same in-memory workbook as the fake Excel host
 * (../fakeExcel/workbook.ts), behind a synchronous, VBA-like skin shaped like et-jsapi-declare.
 *
 * Where the door's correctness depends on it, it is as strict as the real host is documented to be:
 * - `Names.Item` / `Worksheets.Item` of a missing item throw; `RefersToRange` of a `#REF!` or
 *   constant name throws.
 * - `Value2` is a scalar for one cell and a 2-D array for several; writing a string that starts with
 *   '=' (or '+', '-', '@' followed by more) makes a formula, exactly as typing it would, unless the
 *   cell's NumberFormat is '@' (text).
 * - `Address()` is a method, `Value2` a property; colours are BGR numbers and `ColumnWidth` is in
 *   characters, as in VBA.
 * - `Range.Select()` fails unless its sheet is active; `Worksheets.Add` activates the new sheet.
 * - `SheetChange` fires asynchronously after a user edit, and after an API write while
 *   `Application.EnableEvents` is true.
 */
import {
  colCount,
  formatLocalRange,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseLocalRange,
  rowCount,
  splitSheet,
  type RangeRef,
} from '../fakeExcel/address';
import { CellError } from '../fakeExcel/formula';
import type { FakeCell, FakeName, FakeSheet, FakeWorkbook } from '../fakeExcel/workbook';
import { columnWidthPoints } from '../../workbook/office/writePlan';
import type {
  EtAddinHost,
  EtApiEvent,
  EtFont,
  EtFormatCondition,
  EtFormatConditions,
  EtInterior,
  EtName,
  EtNames,
  EtPluginStorage,
  EtRange,
  EtSheetChangeHandler,
  EtSheets,
  EtTaskPane,
  EtWorkbook,
  EtWorksheet,
} from '../../workbook/wps/etApi';

/** What ET throws: a plain Error whose message names the failing member, like a COM failure. */
export class FakeEtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Error';
  }
}

/** VBA colours are BGR longs: RGB(r, g, b) = r + g·256 + b·65536. The shared model keeps '#RRGGBB'. */
export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

export function hexToBgr(hex: string): number {
  const h = hex.replace('#', '');
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return r + g * 256 + b * 65536;
}

const ALIGN_TO_MODEL: Record<number, string> = { [-4131]: 'Left', [-4108]: 'Center', [-4152]: 'Right' };
const ALIGN_FROM_MODEL: Record<string, number> = { Left: -4131, Center: -4108, Right: -4152 };

/** Characters ↔ the points the shared model stores (Excel's conversion, see writePlan). */
function charsFromPoints(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

type Value2Scalar = number | string | boolean | undefined;

class FakeEtFont implements EtFont {
  constructor(private readonly range: FakeEtRange) {}
  get Bold(): boolean {
    return this.range.uniform((c) => c?.format.bold ?? false) === true;
  }
  set Bold(v: boolean) {
    this.range.formatEach((f) => (f.bold = v));
  }
  get Color(): number {
    return hexToBgr(String(this.range.uniform((c) => c?.format.fontColor ?? '#000000') ?? '#000000'));
  }
  set Color(v: number) {
    this.range.formatEach((f) => (f.fontColor = bgrToHex(v)));
  }
  get Size(): number {
    return Number(this.range.uniform((c) => c?.format.fontSize ?? 11) ?? 11);
  }
  set Size(v: number) {
    this.range.formatEach((f) => (f.fontSize = v));
  }
}

class FakeEtInterior implements EtInterior {
  constructor(private readonly range: FakeEtRange) {}
  get Color(): number {
    const fill = this.range.uniform((c) => c?.format.fill ?? '#FFFFFF');
    return hexToBgr(String(fill ?? '#FFFFFF'));
  }
  set Color(v: number) {
    this.range.formatEach((f) => (f.fill = bgrToHex(v)));
  }
}

class FakeEtFormatConditions implements EtFormatConditions {
  constructor(private readonly range: FakeEtRange) {}

  Add(Type: number, Operator?: number, Formula1?: string): EtFormatCondition {
    // Only what the door uses: xlCellValue (1) with xlEqual (3).
    if (Type !== 1 || Operator !== 3 || typeof Formula1 !== 'string') {
      throw new FakeEtError('FormatConditions.Add: only xlCellValue / xlEqual with a formula is faked');
    }
    const cf = {
      range: this.range.ref,
      type: 'CellValue',
      rule: { formula1: Formula1, operator: 'EqualTo' },
    } as FakeSheet['conditionalFormats'][number];
    this.range.sheet.conditionalFormats.push(cf);
    return {
      Interior: {
        get Color(): number {
          return hexToBgr(cf.fill ?? '#FFFFFF');
        },
        set Color(v: number) {
          cf.fill = bgrToHex(v);
        },
      },
      Font: {
        get Color(): number {
          return hexToBgr(cf.fontColor ?? '#000000');
        },
        set Color(v: number) {
          cf.fontColor = bgrToHex(v);
        },
        get Bold(): boolean {
          return cf.bold ?? false;
        },
        set Bold(v: boolean) {
          cf.bold = v;
        },
        Size: 11,
      },
    };
  }

  Delete(): void {
    const { sheet, ref } = this.range;
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.range, ref));
  }
}

export class FakeEtRange implements EtRange {
  constructor(
    readonly app: FakeEtApplication,
    readonly sheet: FakeSheet,
    readonly ref: RangeRef,
  ) {}

  private get wb(): FakeWorkbook {
    return this.app.wb;
  }

  private cellCount(): number {
    return rowCount(this.ref) * colCount(this.ref);
  }

  private guardSize(what: string): void {
    if (this.cellCount() > 1_000_000) throw new FakeEtError(`${what}: range too large for the fake`);
  }

  /** The shared value of a per-cell property, or null when cells differ (as VBA reports). */
  uniform<V>(read: (cell: FakeCell | undefined) => V): V | null {
    return this.sheet.uniform(this.ref, read);
  }

  formatEach(apply: (format: FakeCell['format']) => void): void {
    this.guardSize('format');
    for (let r = this.ref.r0; r <= this.ref.r1; r += 1)
      for (let c = this.ref.c0; c <= this.ref.c1; c += 1) apply(this.sheet.touch(r, c).format);
  }

  private shown(row: number, col: number): Value2Scalar {
    const v = this.wb.value(this.sheet, row, col);
    if (v === null) return undefined;
    if (v instanceof CellError) return v.code;
    return v;
  }

  get Value2(): string | unknown[] {
    this.guardSize('Value2');
    if (this.cellCount() === 1) return this.shown(this.ref.r0, this.ref.c0) as string;
    const out: Value2Scalar[][] = [];
    for (let r = this.ref.r0; r <= this.ref.r1; r += 1) {
      const line: Value2Scalar[] = [];
      for (let c = this.ref.c0; c <= this.ref.c1; c += 1) line.push(this.shown(r, c));
      out.push(line);
    }
    return out;
  }

  set Value2(data: string | unknown[]) {
    this.guardSize('Value2');
    const rows = rowCount(this.ref);
    const cols = colCount(this.ref);
    const at = (r: number, c: number): unknown => {
      if (!Array.isArray(data)) return data;
      const line: unknown = data[r];
      if (!Array.isArray(line)) throw new FakeEtError('Value2: expected a 2-D array');
      return line[c];
    };
    if (Array.isArray(data)) {
      // Stricter than VBA (which pads with #N/A or truncates): a mismatch is a bug in the caller.
      const ok = data.length === rows && data.every((l) => Array.isArray(l) && l.length === cols);
      if (!ok) throw new FakeEtError(`Value2: the array does not match ${formatLocalRange(this.ref)}`);
    }
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) {
        const v = at(r, c);
        if (v !== null && v !== undefined && !['number', 'string', 'boolean'].includes(typeof v)) {
          throw new FakeEtError(`Value2: unsupported value of type ${typeof v}`);
        }
        this.wb.enter(
          this.sheet,
          this.ref.r0 + r,
          this.ref.c0 + c,
          (v ?? null) as string | number | boolean | null,
        );
      }
    }
    this.wb.changed();
    this.app.notify(this.sheet, this.ref);
  }

  get NumberFormat(): string {
    return String(this.uniform((c) => c?.numberFormat ?? 'General') ?? '');
  }

  set NumberFormat(format: string) {
    this.guardSize('NumberFormat');
    for (let r = this.ref.r0; r <= this.ref.r1; r += 1)
      for (let c = this.ref.c0; c <= this.ref.c1; c += 1)
        this.sheet.touch(r, c).numberFormat = format === '' ? 'General' : format;
    this.wb.changed();
  }

  get HasFormula(): boolean | null {
    return this.uniform((c) => c?.formula !== undefined);
  }

  get Row(): number {
    return this.ref.r0 + 1;
  }

  get Column(): number {
    return this.ref.c0 + 1;
  }

  get Rows(): { Count: number } {
    return { Count: rowCount(this.ref) };
  }

  get Columns(): { Count: number } {
    return { Count: colCount(this.ref) };
  }

  get Font(): EtFont {
    return new FakeEtFont(this);
  }

  get Interior(): EtInterior {
    return new FakeEtInterior(this);
  }

  get HorizontalAlignment(): number {
    const a = this.uniform((c) => c?.format.horizontalAlignment ?? 'General');
    return a === null ? 1 : (ALIGN_FROM_MODEL[a] ?? 1);
  }

  set HorizontalAlignment(v: number | boolean) {
    const name = typeof v === 'number' ? ALIGN_TO_MODEL[v] : undefined;
    if (!name) throw new FakeEtError(`HorizontalAlignment: value ${String(v)} is not faked`);
    this.formatEach((f) => (f.horizontalAlignment = name));
  }

  get WrapText(): boolean {
    return this.uniform((c) => c?.format.wrap ?? false) === true;
  }

  set WrapText(v: boolean) {
    this.formatEach((f) => (f.wrap = v));
  }

  get ColumnWidth(): number {
    return charsFromPoints(this.sheet.columnWidths.get(this.ref.c0) ?? 48);
  }

  set ColumnWidth(chars: number) {
    for (let c = this.ref.c0; c <= this.ref.c1; c += 1)
      this.sheet.columnWidths.set(c, columnWidthPoints(chars));
  }

  get FormatConditions(): EtFormatConditions {
    return new FakeEtFormatConditions(this);
  }

  get Worksheet(): FakeEtWorksheet {
    return new FakeEtWorksheet(this.app, this.sheet);
  }

  /**
   * false when no cell of the range is merged, true when every cell is; for a range only partly
   * merged WPS's reference says true ("contains merged cells") while Excel's VBA gives Null: the
   * application's `mixedMergeCells` option picks which (true by default, as WPS documents).
   */
  get MergeCells(): boolean {
    const meets = this.sheet.merges.filter((m) => intersects(m, this.ref));
    if (meets.length === 0) return false;
    let covered = 0;
    for (const m of meets) {
      const rows = Math.min(m.r1, this.ref.r1) - Math.max(m.r0, this.ref.r0) + 1;
      const cols = Math.min(m.c1, this.ref.c1) - Math.max(m.c0, this.ref.c0) + 1;
      covered += rows * cols;
    }
    // Typed boolean by the declarations; null is what an Excel-like bridge would hand over.
    return covered === this.cellCount() ? true : (this.app.mixedMergeCells as boolean);
  }

  /** The merged area holding this one cell, or the cell itself; refused for several cells (documented for one). */
  get MergeArea(): FakeEtRange {
    if (this.cellCount() !== 1) throw new FakeEtError('MergeArea: applies to a single cell only');
    const area = this.sheet.merges.find((m) => intersects(m, this.ref));
    return area ? new FakeEtRange(this.app, this.sheet, area) : this;
  }

  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    if (RowAbsolute !== ColumnAbsolute) throw new FakeEtError('Address: mixed references are not faked');
    return formatLocalRange(this.ref, RowAbsolute);
  }

  Clear(): boolean {
    const { sheet, ref } = this;
    for (const { row, col } of [...sheet.cellsIn(ref)]) sheet.cells.delete(row * MAX_COLS + col);
    this.wb.unmerge(sheet, ref);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.range, ref));
    this.wb.changed();
    this.app.notify(sheet, ref);
    return true;
  }

  Merge(Across = false): void {
    if (Across) throw new FakeEtError('Merge(Across): not faked');
    if (this.cellCount() < 2) return;
    this.wb.unmerge(this.sheet, this.ref);
    this.sheet.merges.push(this.ref);
    // Like Excel, a merged area keeps only its top-left value.
    for (const { row, col, cell } of this.sheet.cellsIn(this.ref)) {
      if (row === this.ref.r0 && col === this.ref.c0) continue;
      cell.constant = null;
      delete cell.formula;
    }
    this.wb.changed();
  }

  Select(): boolean {
    if (this.wb.activeSheetId !== this.sheet.id) {
      throw new FakeEtError('Select method of Range class failed: the sheet is not active');
    }
    this.wb.selection = { sheetId: this.sheet.id, range: this.ref };
    return true;
  }
}

export class FakeEtWorksheet implements EtWorksheet {
  constructor(
    readonly app: FakeEtApplication,
    readonly sheet: FakeSheet,
  ) {}

  get Name(): string {
    return this.sheet.name;
  }

  /** XlSheetVisibility (lib.et.d.ts): xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  get Visible(): number {
    const visibility = this.sheet.visibility;
    return visibility === 'Hidden' ? 0 : visibility === 'VeryHidden' ? 2 : -1;
  }

  set Name(name: string) {
    const other = this.app.wb.sheet(name);
    if (other && other !== this.sheet) throw new FakeEtError(`Name: a sheet named ${name} exists`);
    if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'"))
      throw new FakeEtError(`Name: invalid sheet name ${name}`);
    this.sheet.name = name;
    this.app.wb.changed();
  }

  /** Cells holding values or formats, merged areas included (a merge is a format), as in Excel. */
  get UsedRange(): FakeEtRange {
    let used = this.sheet.usedRange(false);
    for (const m of this.sheet.merges) {
      used = used
        ? {
            r0: Math.min(used.r0, m.r0),
            c0: Math.min(used.c0, m.c0),
            r1: Math.max(used.r1, m.r1),
            c1: Math.max(used.c1, m.c1),
          }
        : m;
    }
    return new FakeEtRange(this.app, this.sheet, used ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  get Cells(): FakeEtRange {
    return new FakeEtRange(this.app, this.sheet, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 });
  }

  Range(Cell1: string): FakeEtRange {
    const { sheet, local } = splitSheet(Cell1);
    const ref = parseLocalRange(local);
    if (!ref || (sheet !== undefined && sheet.toLowerCase() !== this.sheet.name.toLowerCase())) {
      throw new FakeEtError(`Range: bad address ${Cell1}`);
    }
    return new FakeEtRange(this.app, this.sheet, ref);
  }

  Activate(): void {
    const wb = this.app.wb;
    wb.activeSheetId = this.sheet.id;
    if (wb.selection?.sheetId !== this.sheet.id) {
      wb.selection = { sheetId: this.sheet.id, range: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }
  }
}

class FakeEtSheets implements EtSheets {
  constructor(private readonly app: FakeEtApplication) {}

  get Count(): number {
    return this.app.wb.sheets.length;
  }

  Item(Index: string | number): FakeEtWorksheet {
    const wb = this.app.wb;
    const sheet = typeof Index === 'number' ? wb.sheets[Index - 1] : wb.sheet(String(Index));
    if (!sheet) throw new FakeEtError(`Worksheets.Item: no sheet ${String(Index)}`);
    return new FakeEtWorksheet(this.app, sheet);
  }

  Add(Before?: EtWorksheet, After?: EtWorksheet): FakeEtWorksheet {
    const wb = this.app.wb;
    let name = '';
    for (let i = wb.sheets.length + 1; name === ''; i += 1) if (!wb.sheet(`Sheet${i}`)) name = `Sheet${i}`;
    const added = wb.addSheet(name);
    wb.sheets.splice(wb.sheets.indexOf(added), 1);
    const anchor = (After ?? Before) as FakeEtWorksheet | undefined;
    const active = wb.sheetById(wb.activeSheetId ?? '');
    const at = anchor
      ? wb.sheets.indexOf(anchor.sheet) + (After ? 1 : 0)
      : active
        ? wb.sheets.indexOf(active)
        : 0;
    wb.sheets.splice(Math.max(0, at), 0, added);
    // Like VBA's Worksheets.Add, the new sheet becomes the active one.
    const ws = new FakeEtWorksheet(this.app, added);
    ws.Activate();
    return ws;
  }
}

class FakeEtName implements EtName {
  constructor(
    private readonly app: FakeEtApplication,
    private readonly entry: FakeName,
  ) {}

  get Name(): string {
    return this.entry.name;
  }

  get RefersTo(): string {
    return this.entry.refersTo.startsWith('=') ? this.entry.refersTo : `=${this.entry.refersTo}`;
  }

  get RefersToRange(): FakeEtRange {
    const target = this.app.wb.nameTarget(this.entry);
    if (target !== null && typeof target === 'object' && 'range' in target) {
      const sheet = this.app.wb.sheet(target.sheet);
      if (sheet) return new FakeEtRange(this.app, sheet, target.range);
    }
    throw new FakeEtError(`RefersToRange: the name ${this.entry.name} does not refer to a range`);
  }

  Delete(): void {
    this.app.wb.deleteName(this.entry);
  }
}

/** Excel's rules for a defined name, enough to reject what Excel and ET reject in practice. */
function validName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name)
  );
}

class FakeEtNames implements EtNames {
  constructor(private readonly app: FakeEtApplication) {}

  get Count(): number {
    return this.app.wb.names.length;
  }

  Item(Index: string | number): FakeEtName {
    const wb = this.app.wb;
    const entry = typeof Index === 'number' ? wb.names[Index - 1] : wb.workbookName(String(Index));
    if (!entry) throw new FakeEtError(`Names.Item: no name ${String(Index)}`);
    return new FakeEtName(this.app, entry);
  }

  Add(Name: string, RefersTo: string): FakeEtName {
    if (typeof RefersTo !== 'string') throw new FakeEtError('Names.Add: RefersTo must be a formula string');
    if (!validName(Name)) throw new FakeEtError(`Names.Add: invalid name ${Name}`);
    const wb = this.app.wb;
    const refersTo = RefersTo.startsWith('=') ? RefersTo : `=${RefersTo}`;
    // Adding an existing name redefines it, as in Excel.
    const existing = wb.workbookName(Name);
    if (existing) {
      existing.refersTo = refersTo;
      wb.changed();
      return new FakeEtName(this.app, existing);
    }
    return new FakeEtName(this.app, wb.addName(Name, refersTo));
  }
}

class FakeEtWorkbook implements EtWorkbook {
  readonly Names: FakeEtNames;
  readonly Worksheets: FakeEtSheets;

  constructor(private readonly app: FakeEtApplication) {
    this.Names = new FakeEtNames(app);
    this.Worksheets = new FakeEtSheets(app);
  }

  get ActiveSheet(): FakeEtWorksheet {
    const sheet = this.app.wb.sheetById(this.app.wb.activeSheetId ?? '');
    if (!sheet) throw new FakeEtError('ActiveSheet: no active sheet');
    return new FakeEtWorksheet(this.app, sheet);
  }
}

class FakePluginStorage implements EtPluginStorage {
  private readonly items = new Map<string, string>();
  setItem(key: string, value: number | boolean | string): void {
    this.items.set(key, String(value));
  }
  getItem(key: string): string {
    return this.items.get(key) ?? '';
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface FakeTaskPane extends EtTaskPane {
  readonly url: string;
  readonly title?: string;
}

export interface FakeEtOptions {
  /** `MergeCells` of a partly merged range: true (WPS's reference, the default) or null (Excel's VBA). */
  mixedMergeCells?: true | null;
}

/** `window.Application` of a WPS 表格 add-in, over a FakeWorkbook. */
export class FakeEtApplication implements EtAddinHost {
  readonly ActiveWorkbook: FakeEtWorkbook;
  readonly PluginStorage = new FakePluginStorage();
  readonly taskPanes: FakeTaskPane[] = [];
  private readonly handlers = new Set<EtSheetChangeHandler>();
  private readonly pending = new Set<Promise<void>>();

  readonly ApiEvent: EtApiEvent = {
    AddApiEventListener: (EventName: 'SheetChange', callback: EtSheetChangeHandler) => {
      if (EventName !== 'SheetChange') throw new FakeEtError(`ApiEvent: ${String(EventName)} is not faked`);
      this.handlers.add(callback);
    },
    RemoveApiEventListener: (EventName: 'SheetChange', callback?: EtSheetChangeHandler) => {
      if (EventName !== 'SheetChange') return;
      if (callback) this.handlers.delete(callback);
      else this.handlers.clear();
    },
  };

  /** What `MergeCells` gives for a range only partly merged (see FakeEtRange.MergeCells). */
  readonly mixedMergeCells: true | null;

  constructor(
    readonly wb: FakeWorkbook,
    options: FakeEtOptions = {},
  ) {
    this.mixedMergeCells = options.mixedMergeCells === null ? null : true;
    this.ActiveWorkbook = new FakeEtWorkbook(this);
    // Every event-firing change of the shared workbook (a user's edit in a test or the preview,
    // an Office-side write) reaches SheetChange, after the current call returns.
    wb.changeListeners.add((sheet, range) => this.fire(sheet, range));
  }

  get Selection(): FakeEtRange {
    const wb = this.wb;
    const sel = wb.selection;
    const sheet = sel ? wb.sheetById(sel.sheetId) : wb.sheetById(wb.activeSheetId ?? '');
    if (!sheet) throw new FakeEtError('Selection: nothing selected');
    return new FakeEtRange(
      this,
      sheet,
      sel && sel.sheetId === sheet.id ? sel.range : { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }

  get EnableEvents(): boolean {
    return this.wb.eventsEnabled;
  }

  set EnableEvents(on: boolean) {
    this.wb.eventsEnabled = on;
  }

  /** An API write: fires SheetChange only while events are enabled. */
  notify(sheet: FakeSheet, range: RangeRef): void {
    if (this.wb.eventsEnabled) this.wb.dispatchChanges([{ sheet, range }]);
  }

  private fire(sheet: FakeSheet, range: RangeRef): void {
    for (const handler of [...this.handlers]) {
      const p: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => handler(new FakeEtWorksheet(this, sheet), new FakeEtRange(this, sheet, range)))
        .catch(() => undefined)
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  /** Resolves once every SheetChange handler fired so far has run. */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    await this.wb.whenIdle();
  }

  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    const pane: FakeTaskPane = { ID: this.taskPanes.length + 1, Visible: false, url, title };
    this.taskPanes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): FakeTaskPane {
    const pane = this.taskPanes.find((p) => p.ID === Number(id));
    if (!pane) throw new FakeEtError(`GetTaskPane: no task pane ${id}`);
    return pane;
  }
}

export function fakeEtApplication(wb: FakeWorkbook, options: FakeEtOptions = {}): FakeEtApplication {
  return new FakeEtApplication(wb, options);
}
