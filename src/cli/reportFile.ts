/** Writes the 自评报告 draft of one evaluated file (used by `report` and by `batch --report`). */
import { promises as fs } from 'fs';
import * as path from 'path';
import { renderReport } from '../report';
import type { FlowResult } from '../workbook/flow';
import { parseInputs } from '../workbook/parseInputs';
import { Stop } from './evaluateFile';
import type { CliText } from './messages';

export async function writeReport(
  input: string,
  result: FlowResult,
  outPath: string,
  t: CliText,
  date: Date = new Date(),
): Promise<void> {
  if (path.resolve(outPath) === path.resolve(input)) throw new Stop(t.sameAsInput(outPath));
  // The inputs as the evaluation parsed them: the report prints the very figures it scored.
  const bytes = await renderReport(result.evaluation, { inputs: parseInputs(result.snapshot.inputs), date });
  try {
    await fs.mkdir(path.dirname(outPath), { recursive: true });
    await fs.writeFile(outPath, bytes);
  } catch (e) {
    throw new Stop(t.writeFailed(outPath, e instanceof Error ? e.message : String(e)));
  }
}
