/**
 * A name at the last row of a large ledger sheet: what reading it costs, with the rows above it
 * parsed by saxes (as the reader did before it skipped them) and with them skipped unparsed,
 * measured side by side in one run on the same inflated text, beside a plain scan of that text
 * for `<` (the floor of any reader) and the whole reader through the file door.
 *
 *   npm run bench:lastrow            (BENCH_LASTROW_ROWS=n sets the ledger's rows, default 70,000;
 *                                     BENCH_LASTROW_RUNS=n the runs, median reported)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { projectRoot } from '../src/cli/projectRoot';
import { openXlsxWorkbook } from '../src/workbook/xlsx';
import { openXlsxBytes } from '../src/workbook/xlsx/core';
import { nativeInflater } from '../src/workbook/xlsx/nativeInflater';
import { ZipPackage, type ZipReadOptions } from '../src/workbook/xlsx/zipPackage';
import { scanSheet } from '../src/workbook/xlsx/sheetScan';
import { writeLargeWorkbook } from './largeWorkbook';

const ROOT = projectRoot(__dirname);
const SAMPLE = path.join(ROOT, 'examples', 'pingshi-2020.xlsx');
const LEDGER = 'xl/worksheets/sheet4.xml';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, body: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    body();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_LASTROW_ROWS ?? 70_000);
  const runs = Number(process.env.BENCH_LASTROW_RUNS ?? 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-bench-lastrow-'));
  const file = path.join(dir, 'last-row.xlsx');
  try {
    const figures = writeLargeWorkbook(SAMPLE, file, rows);
    // A name at the ledger's last row (column I: 本年支出数).
    const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
    parts['xl/workbook.xml'] = strToU8(
      strFromU8(parts['xl/workbook.xml']).replace(
        '<definedNames>',
        `<definedNames><definedName name="LedgerLast">支出明细!$I$${figures.rows}</definedName>`,
      ),
    );
    fs.writeFileSync(file, zipSync(parts, { level: 6 }));
    const bytes = fs.statSync(file).size;
    const xml = strFromU8(parts[LEDGER]);
    const xmlMb = parts[LEDGER].length / 1024 / 1024;

    // The same text in the same chunks for every variant, so only the parsing differs.
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i += 64 * 1024) chunks.push(xml.slice(i, i + 64 * 1024));
    const feed = (write: (text: string) => boolean): void => {
      for (const chunk of chunks) if (!write(chunk)) return;
    };
    const last = figures.rows;
    const plan = (firstRow: number): Parameters<typeof scanSheet>[1] => ({
      keep: (r, c) => r === last && c === 9,
      lastRow: last,
      firstRow,
      merges: true,
    });
    let check = '';
    const parsed = time(runs, () => {
      check = scanSheet(LEDGER, plan(1), feed).cells.get(last)?.get(9)?.value ?? '';
    });
    const skipped = time(runs, () => {
      const value = scanSheet(LEDGER, plan(last), feed).cells.get(last)?.get(9)?.value ?? '';
      if (value !== check) throw new Error(`bench: the skip read ${value}, saxes ${check}`);
    });
    let tags = 0;
    const plain = time(runs, () => {
      tags = 0;
      for (const chunk of chunks)
        for (let i = chunk.indexOf('<'); i >= 0; i = chunk.indexOf('<', i + 1)) tags += 1;
    });
    // Inflating the ledger entry alone: fflate's stream (the browser's) against Node's zlib.
    const archive = new Uint8Array(fs.readFileSync(file));
    const inflated = (options: ZipReadOptions): number => {
      let n = 0;
      ZipPackage.read(archive, options).stream(LEDGER, (c) => ((n += c.length), true), { maxBytes: 1e10 });
      return n;
    };
    const fflateMs = time(runs, () => void inflated({}));
    const nativeMs = time(runs, () => void inflated({ inflater: nativeInflater }));
    const readName = async (
      open: () => Promise<Awaited<ReturnType<typeof openXlsxBytes>>>,
    ): Promise<number> => {
      const t0 = performance.now();
      const wb = await open();
      const snapshot = await wb.read({ names: ['LedgerLast'], sheetName: '绩效自评' });
      const input = snapshot.inputs[0];
      const got = input.status === 'range' ? input.cells[0][0] : input;
      if (JSON.stringify(got) !== JSON.stringify(value ?? got)) throw new Error('bench: readers disagree');
      value = got;
      return performance.now() - t0;
    };
    let value: unknown;
    const whole: number[] = [];
    const browser: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      whole.push(await readName(() => openXlsxWorkbook(file)));
      browser.push(await readName(() => openXlsxBytes(archive, 'last-row.xlsx')));
    }
    const rate = (ms: number): string => `${(xmlMb / (ms / 1000)).toFixed(0)} MB/s`;
    console.log(
      `last-row name on a ${(bytes / 1024 / 1024).toFixed(1)} MB workbook (ledger ${last.toLocaleString('en-US')} rows, ` +
        `${xmlMb.toFixed(1)} MB of sheet XML, ${tags.toLocaleString('en-US')} tags), median of ${runs}:`,
    );
    console.log(`  scan, rows above parsed by saxes: ${parsed.toFixed(0)} ms (${rate(parsed)})`);
    console.log(
      `  scan, rows above skipped:         ${skipped.toFixed(0)} ms (${rate(skipped)}): ${(parsed / skipped).toFixed(1)}× faster`,
    );
    console.log(`  plain scan for '<':               ${plain.toFixed(0)} ms (${rate(plain)})`);
    console.log(
      `  inflate the ledger: fflate ${fflateMs.toFixed(0)} ms, Node's zlib (minizlib) ${nativeMs.toFixed(0)} ms: ` +
        `${(fflateMs / nativeMs).toFixed(1)}× faster`,
    );
    console.log(
      `  whole reader (open + read the name): Node ${median(whole).toFixed(0)} ms, ` +
        `browser build (fflate) ${median(browser).toFixed(0)} ms, value ${JSON.stringify(value)}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
