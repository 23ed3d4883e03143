import * as fs from 'fs';
import * as path from 'path';
import type { PlainFigures, PlainTable } from '../../src/engine';

/** The repository root and the shared specification folder beside it. */
export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');

export interface SampleData {
  inputs: PlainFigures;
  functional: PlainTable;
}

/** The golden sample's inputs (spec §8), read from the shared spec data. */
export function loadSample(): SampleData {
  const file = path.join(SHARED, 'spec', 'sample-pingshi-2020.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SampleData;
}
