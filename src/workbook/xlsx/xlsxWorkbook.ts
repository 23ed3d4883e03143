/**
 * The file door of the workbook port (Node only): an .xlsx read once into memory, resolved and
 * rewritten there, and saved to a *different* file. The input file is never written.
 */
import { promises as fs } from 'fs';
import * as nodePath from 'path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import JSZip from 'jszip';
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
import { rawFromCell } from './cellValue';
import { WorkbookOpenError, WorkbookSaveError } from './errors';
import { formatAddress, parseArea } from './reference';
import type { Area } from './reference';
import { writePackage, type DefinedNameToWrite } from './packageWriter';
import { parseWorkbookXml } from './workbookXml';
import type { WorkbookXml } from './workbookXml';
import { writeSheetModel } from './writeSheet';

export interface XlsxWorkbook extends WorkbookPort {
  /** The input path as given. */
  readonly path: string;
  /** Sheet names in workbook order with their visibility, as in the file's workbook.xml. */
  readonly sheets: ReadonlyArray<{ name: string; state: 'visible' | 'hidden' | 'veryHidden' }>;
  /**
   * Whole sheets as raw cells (row-major from A1) with their merged ranges, for binding.
   * Every worksheet in workbook order when no names are given; `limits` caps what is read.
   */
  readSheetCells(
    sheetNames?: string[],
    limits?: { maxRows: number; maxCols: number },
  ): Promise<Array<{ name: string; cells: RawCell[][]; merges: string[] }>>;
  /** Workbook-scoped names to define (or repoint) when the package is written. */
  defineNames(names: readonly DefinedNameToWrite[]): void;
  /** The input package with the written sheets patched in (every other part as it was read). */
  toBuffer(): Promise<Buffer>;
  /** Writes the workbook to `outPath`; refuses the input file itself. */
  save(outPath: string): Promise<void>;
}

/** Areas larger than this are capped to the sheet's used range instead of being materialised. */
const MAX_AREA_CELLS = 100_000;

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b]);

async function readInput(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WorkbookOpenError('not_found', path, `file not found: ${path}`);
    }
    throw new WorkbookOpenError('unreadable', path, `cannot read ${path} (${code ?? 'unknown error'})`);
  }
}

async function loadPackage(path: string, bytes: Buffer): Promise<{ zip: JSZip; xml: WorkbookXml }> {
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    throw new WorkbookOpenError(
      'encrypted',
      path,
      `${path} is a password-protected (encrypted) workbook or an old .xls file; remove the password or save it as .xlsx`,
    );
  }
  if (!bytes.subarray(0, 2).equals(ZIP_SIGNATURE)) {
    throw new WorkbookOpenError('not_xlsx', path, `${path} is not an .xlsx workbook`);
  }
  let zip: JSZip;
  try {
    // Only the central directory and xl/workbook.xml are read here; exceljs inflates the rest.
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookOpenError('corrupt', path, `${path} is damaged or truncated (the zip cannot be read)`);
  }
  const entry = zip.file('xl/workbook.xml');
  if (!entry) {
    throw new WorkbookOpenError('not_xlsx', path, `${path} is a zip file but not an .xlsx workbook`);
  }
  try {
    return { zip, xml: parseWorkbookXml(await entry.async('string')) };
  } catch {
    throw new WorkbookOpenError('corrupt', path, `${path} is damaged (xl/workbook.xml cannot be read)`);
  }
}

function usedCells(worksheet: Worksheet): RawCell[][] {
  return readArea(worksheet, 1, 1, worksheet.rowCount, worksheet.columnCount);
}

function readArea(
  worksheet: Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const row: RawCell[] = [];
    // getRow/getCell on a missing row would create it; read through findRow to stay side-effect free.
    const sheetRow = worksheet.findRow(r);
    for (let c = left; c <= right; c += 1) {
      const cell = sheetRow?.findCell(c);
      row.push(cell ? rawFromCell(cell) : { kind: 'empty' });
    }
    rows.push(row);
  }
  return rows;
}

function isOwned(cells: RawCell[][]): boolean {
  return cells.some((row) => row.some((cell) => cell.kind === 'text' && cell.value === OWNER_MARK));
}

/**
 * Caps a whole-column/row (or otherwise huge) area to the used range of its sheet, keeping at
 * least two cells so that it still reads as a multi-cell range.
 */
function capArea(area: Area, worksheet: Worksheet): Area | undefined {
  const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  if (area.whole === undefined && cells <= MAX_AREA_CELLS) return undefined;
  const capped = { ...area, whole: undefined };
  const usedBottom = Math.max(worksheet.rowCount, area.top);
  const usedRight = Math.max(worksheet.columnCount, area.left);
  capped.bottom = Math.min(area.bottom, usedBottom);
  capped.right = Math.min(area.right, usedRight);
  if (capped.bottom === capped.top && capped.right === capped.left) {
    if (area.bottom > area.top) capped.bottom += 1;
    else capped.right += 1;
  }
  return capped;
}

class XlsxWorkbookImpl implements XlsxWorkbook {
  /** Sheets written in this session, by upper-case name, in the order they were first written. */
  private readonly written = new Map<string, SheetModel>();

  constructor(
    readonly path: string,
    private readonly bytes: Buffer,
    private readonly workbook: Workbook,
    private readonly xml: WorkbookXml,
  ) {}

  get sheets(): ReadonlyArray<{ name: string; state: 'visible' | 'hidden' | 'veryHidden' }> {
    return this.xml.sheets.map(({ name, state }) => ({ name, state }));
  }

  private findWorksheet(name: string): Worksheet | undefined {
    // Excel compares sheet names without regard to case.
    const wanted = name.toLocaleUpperCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLocaleUpperCase() === wanted);
  }

  private resolve(name: string): RawInput {
    const wanted = name.toLocaleUpperCase();
    const same = this.xml.definedNames.filter((d) => d.name.toLocaleUpperCase() === wanted);
    const global = same.find((d) => d.localSheetId === undefined);
    if (!global) {
      const scoped = same
        .map((d) => this.xml.sheets[d.localSheetId ?? -1]?.name)
        .filter((s): s is string => s !== undefined);
      return scoped.length > 0
        ? { name, status: 'missing', sheetScopedOn: scoped }
        : { name, status: 'missing' };
    }
    const area = parseArea(global.refersTo);
    const worksheet = area && this.findWorksheet(area.sheet);
    if (!area || !worksheet) return { name, status: 'invalid', refersTo: global.refersTo };
    const located = { ...area, sheet: worksheet.name };
    const capped = capArea(located, worksheet);
    const used = capped ?? located;
    const input: RawInput = {
      name,
      status: 'range',
      address: formatAddress(used),
      cells: readArea(worksheet, used.top, used.left, used.bottom, used.right),
    };
    return capped ? { ...input, cappedFrom: global.refersTo } : input;
  }

  private existing(sheetName: string): ExistingSheet {
    const worksheet = this.findWorksheet(sheetName);
    if (!worksheet) return { exists: false, owned: false, cells: [] };
    const cells = usedCells(worksheet);
    return { exists: true, owned: isOwned(cells), cells };
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const extraSheets: Record<string, RawCell[][]> = {};
    for (const sheetName of request.extraSheets ?? []) {
      const worksheet = this.findWorksheet(sheetName);
      if (worksheet) extraSheets[sheetName] = usedCells(worksheet);
    }
    return {
      inputs: request.names.map((name) => this.resolve(name)),
      sheet: this.existing(request.sheetName),
      extraSheets,
    };
  }

  async write(model: SheetModel, options: WriteOptions = {}): Promise<void> {
    const old = this.findWorksheet(model.name);
    const wanted = model.name.toLocaleUpperCase();
    if (!old && !options.overwriteForeign) {
      // A chart sheet (or another kind exceljs does not load) of that name is not ours either.
      const other = this.xml.sheets.find((s) => s.name.toLocaleUpperCase() === wanted);
      if (other && !this.written.has(wanted)) throw new ForeignSheetError(other.name);
    }
    let position: number | undefined;
    let state: Worksheet['state'] | undefined;
    if (old) {
      if (!isOwned(usedCells(old)) && !options.overwriteForeign) throw new ForeignSheetError(old.name);
      // exceljs orders sheets by this (untyped) field; reusing it keeps the sheet where it was.
      position = (old as Worksheet & { orderNo: number }).orderNo;
      state = old.state;
      this.workbook.removeWorksheet(old.id);
    }
    // The in-memory exceljs model is kept current so that a later read sees the written sheet;
    // it is never serialised (see toBuffer).
    const worksheet = this.workbook.addWorksheet(model.name);
    if (position !== undefined) (worksheet as Worksheet & { orderNo: number }).orderNo = position;
    if (state !== undefined) worksheet.state = state;
    writeSheetModel(worksheet, model);
    this.written.set(wanted, model);
  }

  // Minimal reading of whole sheets through exceljs, enough for binding.
  async readSheetCells(
    sheetNames?: string[],
    limits: { maxRows: number; maxCols: number } = { maxRows: 2000, maxCols: 200 },
  ): Promise<Array<{ name: string; cells: RawCell[][]; merges: string[] }>> {
    const names = sheetNames ?? this.workbook.worksheets.map((ws) => ws.name);
    const out: Array<{ name: string; cells: RawCell[][]; merges: string[] }> = [];
    for (const name of names) {
      const ws = this.findWorksheet(name);
      if (!ws) continue;
      const rows = Math.min(ws.rowCount, limits.maxRows);
      const cols = Math.min(ws.columnCount, limits.maxCols);
      const merges = (ws.model as { merges?: string[] }).merges ?? [];
      out.push({ name: ws.name, cells: rows > 0 && cols > 0 ? readArea(ws, 1, 1, rows, cols) : [], merges });
    }
    return out;
  }

  private readonly names: DefinedNameToWrite[] = [];

  defineNames(names: readonly DefinedNameToWrite[]): void {
    for (const n of names) {
      const at = this.names.findIndex((x) => x.name.toUpperCase() === n.name.toUpperCase());
      if (at >= 0) this.names.splice(at, 1);
      this.names.push(n);
      // Keep the parsed names current, so that a later read in this session resolves the new name.
      const same = this.xml.definedNames.filter(
        (d) => !(d.name.toUpperCase() === n.name.toUpperCase() && d.localSheetId === undefined),
      );
      same.push({ name: n.name, refersTo: n.refersTo, attributes: { name: n.name } });
      this.xml.definedNames = same;
    }
  }

  async toBuffer(): Promise<Buffer> {
    // Patching the original package keeps every part exceljs cannot round-trip (chart sheets,
    // custom XML, names it drops …) and skips re-serialising and re-compressing the rest.
    return writePackage(this.bytes, [...this.written.values()], this.names);
  }

  async save(outPath: string): Promise<void> {
    if (await samePath(this.path, outPath)) {
      throw new WorkbookSaveError(
        'same_as_input',
        outPath,
        `refusing to overwrite the input workbook ${outPath}; choose another output file`,
      );
    }
    const bytes = await this.toBuffer();
    // Write beside the target and rename, so a failed write never leaves half a workbook.
    const temporary = `${outPath}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, outPath);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new WorkbookSaveError('write_failed', outPath, `cannot write ${outPath} (${code})`);
    }
  }
}

/** True when both paths name the same file (same resolved path, or same inode via links). */
async function samePath(input: string, output: string): Promise<boolean> {
  if (nodePath.resolve(input) === nodePath.resolve(output)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // the output does not exist yet
  }
}

/** Opens an .xlsx file read-only: the bytes are read once and all work happens in memory. */
export async function openXlsxWorkbook(path: string): Promise<XlsxWorkbook> {
  const bytes = await readInput(path);
  const { xml } = await loadPackage(path, bytes);
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it a copy of exactly the file's bytes.
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(copy);
  } catch {
    throw new WorkbookOpenError('corrupt', path, `${path} is damaged or not a valid .xlsx workbook`);
  }
  return new XlsxWorkbookImpl(path, bytes, workbook, xml);
}
