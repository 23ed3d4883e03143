/**
 * Real .xlsx files for the flow, command-line and LibreOffice tests: department workbooks built
 * from the golden sample with chosen changes, temp folders, digests and reading sheets back.
 */
import { createHash } from 'crypto';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import {
  buildDepartmentWorkbook,
  departmentWorkbookBytes,
  type DepartmentCellContent,
  type DepartmentWorkbookOptions,
  type FunctionalRow,
} from '../../../src/workbook/xlsx/departmentWorkbook';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface DepartmentData {
  inputs: Record<string, DepartmentCellContent>;
  functional: FunctionalRow[];
}

/** The golden sample (spec §8), fresh copy each call. */
export function sampleData(): DepartmentData {
  const file = path.resolve(REPO_ROOT, '../shared/spec/sample-pingshi-2020.json');
  return JSON.parse(readFileSync(file, 'utf8')) as DepartmentData;
}

export async function makeTempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

export interface DepartmentFile {
  /** Input cell contents replacing the sample's (a value of `undefined` leaves the cell empty). */
  inputs?: Record<string, DepartmentCellContent | undefined>;
  functional?: FunctionalRow[];
  options?: DepartmentWorkbookOptions;
  /** Changes to the workbook before it is written (e.g. a foreign 绩效自评 sheet). */
  edit?: (wb: Workbook) => void;
}

/** Writes a department workbook (the sample with the given changes) to `dir/file`. */
export async function writeDepartment(dir: string, file: string, spec: DepartmentFile = {}): Promise<string> {
  const sample = sampleData();
  const inputs: Record<string, DepartmentCellContent> = { ...sample.inputs };
  for (const [name, v] of Object.entries(spec.inputs ?? {})) {
    if (v === undefined) delete inputs[name];
    else inputs[name] = v;
  }
  const wb = buildDepartmentWorkbook(inputs, spec.functional ?? sample.functional, spec.options ?? {});
  spec.edit?.(wb);
  const target = path.join(dir, file);
  await fs.writeFile(target, await departmentWorkbookBytes(wb));
  return target;
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

export async function loadWorkbook(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The address (sheet and cell) a workbook-scoped name points at, as exceljs keeps it. */
export function nameTarget(wb: Workbook, name: string): { sheet: string; cell: string } {
  const ranges = wb.definedNames.getRanges(name).ranges;
  if (ranges.length !== 1) throw new Error(`name ${name} has ${ranges.length} ranges`);
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]);
  if (!m) throw new Error(`cannot read the reference ${ranges[0]} of ${name}`);
  return { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` };
}

/** Sets the cell behind a named input of an .xlsx file with exceljs and writes it to `out`. */
export async function setNamedCell(
  file: string,
  name: string,
  value: number | string,
  out = file,
): Promise<void> {
  const wb = await loadWorkbook(file);
  const { sheet, cell } = nameTarget(wb, name);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.getCell(cell).value = value;
  await wb.xlsx.writeFile(out);
}

/** Sheet XML (xl/worksheets/sheetN.xml) of the sheet called `sheetName`, and the shared strings. */
export async function sheetXml(
  file: string,
  sheetName: string,
): Promise<{ xml: string; sharedStrings: string[] }> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${sheetName}"`));
  if (!sheet) throw new Error(`no sheet ${sheetName} in ${file}`);
  const rid = /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`Id="${rid}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no part for sheet ${sheetName}`);
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = await zip.file(part)!.async('string');
  const ssEntry = zip.file('xl/sharedStrings.xml');
  const ss = ssEntry ? await ssEntry.async('string') : '';
  const sharedStrings = [...ss.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1])).join(''),
  );
  return { xml, sharedStrings };
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
