/**
 * LibreOffice headless as an independent spreadsheet program: it opens our output files,
 * recalculates every formula (a fresh profile tells it to, whatever the file caches) and exports
 * each sheet to CSV, which the tests then read.
 */
import { spawn } from 'child_process';
import { accessSync, constants, promises as fs } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** soffice on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}

/**
 * A fresh user profile whose settings make Calc recalculate OOXML files on load
 * (OOXMLRecalcMode 0 = always); otherwise it would show the results cached in the file.
 */
export async function makeRecalcProfile(dir: string): Promise<string> {
  const user = path.join(dir, 'user');
  await fs.mkdir(user, { recursive: true });
  await fs.writeFile(
    path.join(user, 'registrymodifications.xcu'),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
      '</oor:items>',
      '',
    ].join('\n'),
    'utf8',
  );
  return pathToFileURL(dir).href;
}

/**
 * CSV export of every sheet (the last token, -1), UTF-8 (76), comma-separated, one file per sheet
 * named `<file>-<sheet>.csv`.
 */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export interface ConvertRun {
  /** Wall time of the soffice launch in milliseconds (reported, never asserted). */
  ms: number;
  output: string;
}

/** Converts all `files` in one soffice launch; rejects with soffice's output when it fails. */
export async function convertToCsv(
  soffice: string,
  profileUrl: string,
  files: readonly string[],
  outDir: string,
): Promise<ConvertRun> {
  // soffice leaves lu*.tmp files in TMPDIR: keep them in the test's own folder, which is removed.
  const tmp = path.join(outDir, '.tmp');
  await fs.mkdir(tmp, { recursive: true });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      soffice,
      [
        `-env:UserInstallation=${profileUrl}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        CSV_ALL_SHEETS,
        '--outdir',
        outDir,
        ...files,
      ],
      // Its own process group, so a hung launch can be stopped with everything it started.
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } },
    );
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, 150_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ ms: Date.now() - started, output });
      else reject(new Error(`soffice failed (${code ?? signal}):\n${output}`));
    });
  });
}

/** The CSV file soffice wrote for one sheet of `file`. */
export function sheetCsvPath(outDir: string, file: string, sheet: string): string {
  return path.join(outDir, `${path.basename(file, path.extname(file))}-${sheet}.csv`);
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
