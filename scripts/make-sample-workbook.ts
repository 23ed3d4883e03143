/**
 * Generates examples/pingshi-2020.xlsx from the golden sample of the spec
 * (../shared/spec/sample-pingshi-2020.json, relative to the repository root).
 *
 * Usage: npm run make:sample [-- <output path>]
 * The output is reproducible: fixed document dates, author and zip timestamps.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import {
  buildDepartmentWorkbook,
  departmentWorkbookBytes,
  SAMPLE_OPTIONS,
  sampleZipDate,
} from '../src/workbook/xlsx/departmentWorkbook';
import type { DepartmentCellContent, FunctionalRow } from '../src/workbook/xlsx/departmentWorkbook';

interface SampleFile {
  inputs: Record<string, DepartmentCellContent>;
  functional: FunctionalRow[];
}

/** The repository root: the nearest folder above this file holding package.json (works from dist/ too). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (no package.json above the script)');
    dir = parent;
  }
  return dir;
}

async function main(): Promise<void> {
  const root = repositoryRoot();
  const samplePath = path.resolve(root, '../shared/spec/sample-pingshi-2020.json');
  if (!existsSync(samplePath)) {
    throw new Error(
      `sample data not found: ${path.relative(process.cwd(), samplePath)} ` +
        '(the shared spec folder must sit beside the repository)',
    );
  }
  const sample = JSON.parse(await fs.readFile(samplePath, 'utf8')) as SampleFile;
  const outPath = path.resolve(process.argv[2] ?? path.join(root, 'examples/pingshi-2020.xlsx'));
  const workbook = buildDepartmentWorkbook(sample.inputs, sample.functional, SAMPLE_OPTIONS);
  await fs.mkdir(path.dirname(outPath), { recursive: true });
  await fs.writeFile(outPath, await departmentWorkbookBytes(workbook, sampleZipDate()));
  console.log(`wrote ${path.relative(process.cwd(), outPath) || outPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
