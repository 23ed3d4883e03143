/**
 * The file door for Node: reads the input file once, hands its bytes to the browser-safe core
 * (xlsxBytes.ts), and saves to a *different* file. The input file is never written.
 */
import { promises as fs } from 'fs';
import * as nodePath from 'path';
import { WorkbookOpenError, WorkbookSaveError } from './errors';
import { nativeInflater } from './nativeInflater';
import { openXlsxBytes } from './xlsxBytes';
import type { XlsxWorkbookCore } from './xlsxBytes';

export interface XlsxWorkbook extends XlsxWorkbookCore {
  /** The input path as given. */
  readonly path: string;
  /** The input package with the written sheets patched in (every other part as it was read). */
  toBuffer(): Promise<Buffer>;
  /** Writes the workbook to `outPath`; refuses the input file itself. */
  save(outPath: string): Promise<void>;
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WorkbookOpenError('not_found', path, `file not found: ${path}`);
    }
    throw new WorkbookOpenError('unreadable', path, `cannot read ${path} (${code ?? 'unknown error'})`);
  }
}

/** True when both paths name the same file (same resolved path, or same inode via links). */
async function samePath(input: string, output: string): Promise<boolean> {
  if (nodePath.resolve(input) === nodePath.resolve(output)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // the output does not exist yet
  }
}

function nodeWorkbook(path: string, core: XlsxWorkbookCore): XlsxWorkbook {
  const toBuffer = async (): Promise<Buffer> => {
    const bytes = await core.toBytes();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  return {
    path,
    get label() {
      return core.label;
    },
    get sheets() {
      return core.sheets;
    },
    read: (request) => core.read(request),
    readSheetCells: (sheetNames, limits) => core.readSheetCells(sheetNames, limits),
    write: (model, options) => core.write(model, options),
    defineNames: (names) => core.defineNames(names),
    toBytes: () => core.toBytes(),
    toBuffer,
    async save(outPath: string): Promise<void> {
      if (await samePath(path, outPath)) {
        throw new WorkbookSaveError(
          'same_as_input',
          outPath,
          `refusing to overwrite the input workbook ${outPath}; choose another output file`,
        );
      }
      const bytes = await toBuffer();
      // Write beside the target and rename, so a failed write never leaves half a workbook.
      const temporary = `${outPath}.${process.pid}.tmp`;
      try {
        await fs.writeFile(temporary, bytes);
        await fs.rename(temporary, outPath);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new WorkbookSaveError('write_failed', outPath, `cannot write ${outPath} (${code})`);
      }
    },
  };
}

/** Opens an .xlsx file read-only: the bytes are read once and all work happens in memory. */
export async function openXlsxWorkbook(path: string): Promise<XlsxWorkbook> {
  const bytes = await readInput(path);
  return nodeWorkbook(path, await openXlsxBytes(bytes, path, { inflater: nativeInflater }));
}
