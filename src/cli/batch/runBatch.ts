/**
 * The batch: every workbook through worker threads (piscina), a progress bar on a terminal and
 * plain lines otherwise, results.jsonl streamed as files finish, 汇总.xlsx written at the end
 * from the small summary rows. A file that fails is reported and the others go on.
 */
import { createWriteStream, existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SingleBar } from 'cli-progress';
import { Piscina } from 'piscina';
import type { Lang } from '../../engine';
import type { CliIO } from '../program';
import { REPORT_SUFFIX } from '../reportPath';
import { EXIT } from '../program';
import { batchText, type BatchText } from './batchText';
import { collectInputs, outputNames } from './collectInputs';
import { evaluateTask } from './evaluateTask';
import { summaryWorkbookBytes } from './summaryWorkbook';
import type { BatchOutcome, BatchTask, SummaryRow } from './task';

export const SUMMARY_FILE = '汇总.xlsx';
export const RESULTS_FILE = 'results.jsonl';

export interface BatchOptions {
  inputs: readonly string[];
  out: string;
  jobs?: number;
  json: boolean;
  report: boolean;
  lang: Lang;
  rulesPath?: string;
  sheetName: string;
  force: boolean;
  io: CliIO;
  /** Draw a progress bar on this stream (a terminal); otherwise one plain line per file. */
  tty?: NodeJS.WriteStream;
}

/** Raised for a batch that cannot start at all (no inputs, out folder = input folder). */
export class BatchRefused extends Error {}

function outcomeText(o: BatchOutcome, t: BatchText): string {
  if (o.error !== null) return t.failed(o.error);
  const total = o.row.total ?? '';
  return o.row.status === 'complete' ? t.complete(total, o.row.grade) : t.incomplete(total, o.unscored);
}

/** The compiled worker beside this file; absent when running from the TypeScript sources. */
function workerFile(): string | null {
  const f = path.join(__dirname, 'worker.js');
  return existsSync(f) ? f : null;
}

export async function runBatch(o: BatchOptions): Promise<number> {
  const t = batchText(o.lang);
  const started = process.hrtime.bigint();
  const { files, folders } = await collectInputs(o.inputs);
  if (files.length === 0) throw new BatchRefused(t.noInputs(o.inputs.join(' ')));
  const out = path.resolve(o.out);
  if (folders.includes(out) || files.some((f) => path.dirname(f) === out))
    throw new BatchRefused(t.outIsInput(out));
  await fs.mkdir(out, { recursive: true });

  const names = outputNames(files, [SUMMARY_FILE]);
  const tasks: BatchTask[] = files.map((input, k) => ({
    input,
    outPath: path.join(out, names[k]),
    reportPath: o.report
      ? path.join(out, `${path.basename(names[k], path.extname(names[k]))}${REPORT_SUFFIX}`)
      : undefined,
    lang: o.lang,
    rulesPath: o.rulesPath ? path.resolve(o.rulesPath) : undefined,
    sheetName: o.sheetName,
    force: o.force,
  }));

  const jobs = Math.max(1, Math.min(o.jobs ?? os.availableParallelism(), tasks.length));
  const worker = workerFile();
  const pool = worker
    ? new Piscina<BatchTask, BatchOutcome>({ filename: worker, minThreads: jobs, maxThreads: jobs })
    : null;
  const run = (task: BatchTask): Promise<BatchOutcome> => (pool ? pool.run(task) : evaluateTask(task));

  const jsonl = createWriteStream(path.join(out, RESULTS_FILE), { encoding: 'utf8' });
  const bar = o.tty
    ? new SingleBar({ stream: o.tty, format: '{bar} {value}/{total} {file}', hideCursor: true })
    : null;
  bar?.start(tasks.length, 0, { file: '' });
  const rows: SummaryRow[] = [];
  const counts = { complete: 0, incomplete: 0, failed: 0 };
  let done = 0;

  // Only `jobs` tasks are in flight at a time (plus one queued per thread), so a folder of
  // thousands never holds more than a handful of results or workbooks at once.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++];
      const result = await run(task);
      done++;
      counts[result.row.status]++;
      rows.push(result.row);
      const line = JSON.stringify(result.json ?? { file: result.row.file, error: result.error });
      if (!jsonl.write(`${line}\n`)) await new Promise<void>((r) => jsonl.once('drain', () => r()));
      if (o.json) o.io.out(line);
      const text = t.line(done, tasks.length, result.row.file, outcomeText(result, t));
      if (bar) {
        bar.update(done, { file: result.row.file });
        if (result.error !== null) {
          // A failure stays visible above the bar.
          bar.stop();
          o.io.err(text);
          if (done < tasks.length) bar.start(tasks.length, done, { file: '' });
        }
      } else if (o.json || result.error !== null) o.io.err(text);
      else o.io.out(text);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs * 2 }, lane));
  } finally {
    bar?.stop();
    await pool?.destroy();
    await new Promise<void>((resolve, reject) =>
      jsonl.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
  }

  await fs.writeFile(path.join(out, SUMMARY_FILE), await summaryWorkbookBytes(rows, t));
  const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  const say = o.json ? o.io.err : o.io.out;
  say(t.finished(tasks.length, counts.complete, counts.incomplete, counts.failed, seconds));
  say(t.wrote(path.join(out, SUMMARY_FILE), path.join(out, RESULTS_FILE), out));
  if (counts.failed) return EXIT.cannotEvaluate;
  return counts.incomplete ? EXIT.incomplete : EXIT.complete;
}
