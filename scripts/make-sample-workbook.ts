/**
 * Generates examples/pingshi-2020.xlsx from the golden sample of the spec
 * (../shared/spec/sample-pingshi-2020.json, relative to the repository root).
 *
 * Usage: npm run make:sample [-- <output path>]
 * The output is reproducible: fixed document dates, author and zip timestamps.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  buildDepartmentWorkbook,
  departmentWorkbookBytes,
  SAMPLE_OPTIONS,
  sampleZipDate,
} from '../src/workbook/xlsx/departmentWorkbook';
import { projectRoot } from '../src/cli/projectRoot';
import { readSampleData } from './sampleData';

async function main(): Promise<void> {
  const root = projectRoot(__dirname);
  const sample = await readSampleData(root);
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
