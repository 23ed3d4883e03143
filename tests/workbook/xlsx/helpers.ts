/** Shared fixtures for the file adapter tests: temp folders, the golden sample, XML patching. */
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import type { Workbook } from 'exceljs';
import {
  buildDepartmentWorkbook,
  departmentWorkbookBytes,
} from '../../../src/workbook/xlsx/departmentWorkbook';
import type {
  DepartmentCellContent,
  DepartmentWorkbookOptions,
  FunctionalRow,
} from '../../../src/workbook/xlsx/departmentWorkbook';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface Sample {
  inputs: Record<string, DepartmentCellContent>;
  functional: FunctionalRow[];
}

export function loadSample(): Sample {
  const file = path.resolve(REPO_ROOT, '../shared/spec/sample-pingshi-2020.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Sample;
}

export async function makeTempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-adapter-'));
}

export async function writeWorkbook(dir: string, file: string, workbook: Workbook): Promise<string> {
  const target = path.join(dir, file);
  await fs.writeFile(target, await departmentWorkbookBytes(workbook));
  return target;
}

/** Writes a department workbook built from the sample with the given overrides. */
export async function writeDepartment(
  dir: string,
  file: string,
  overrides: Record<string, DepartmentCellContent> = {},
  options: DepartmentWorkbookOptions = {},
): Promise<string> {
  const sample = loadSample();
  return writeWorkbook(
    dir,
    file,
    buildDepartmentWorkbook({ ...sample.inputs, ...overrides }, sample.functional, options),
  );
}

/** Rewrites xl/workbook.xml of an .xlsx file in place (for names exceljs cannot write). */
export async function patchWorkbookXml(file: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', edit(xml));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Adds raw `<definedName>` elements to the file's `<definedNames>` block. */
export async function addDefinedNames(file: string, elements: string): Promise<void> {
  await patchWorkbookXml(file, (xml) => xml.replace('</definedNames>', `${elements}</definedNames>`));
}

export async function readZipEntry(file: string, entry: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const found = zip.file(entry);
  if (!found) throw new Error(`no ${entry} in ${file}`);
  return found.async('string');
}
