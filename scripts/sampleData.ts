/** The sample's inputs from the shared specification (../shared/spec beside the repository). */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import type { DepartmentCellContent, FunctionalRow } from '../src/workbook/xlsx/departmentWorkbook';

export interface SampleFile {
  inputs: Record<string, DepartmentCellContent>;
  functional: FunctionalRow[];
}

export async function readSampleData(root: string): Promise<SampleFile> {
  const samplePath = path.resolve(root, '../shared/spec/sample-pingshi-2020.json');
  if (!existsSync(samplePath)) {
    throw new Error(
      `sample data not found: ${path.relative(process.cwd(), samplePath)} ` +
        '(the shared spec folder must sit beside the repository)',
    );
  }
  return JSON.parse(await fs.readFile(samplePath, 'utf8')) as SampleFile;
}
