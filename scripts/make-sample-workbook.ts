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
  // Local-time components, because zip timestamps are stored as local DOS dates.
  const fixed = new Date(2021, 2, 31, 9, 0, 0);
  const workbook = buildDepartmentWorkbook(sample.inputs, sample.functional, {
    created: new Date(Date.UTC(2021, 2, 31, 1, 0, 0)),
    creator: '乐昌市人民政府坪石办事处',
  });
  await fs.mkdir(path.dirname(outPath), { recursive: true });
  await fs.writeFile(outPath, await departmentWorkbookBytes(workbook, fixed));
  console.log(`wrote ${path.relative(process.cwd(), outPath) || outPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
