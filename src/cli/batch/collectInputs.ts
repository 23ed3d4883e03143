/** The workbooks a batch evaluates: every .xlsx of the folders given, and the files given as they are. */
import { promises as fs } from 'fs';
import * as path from 'path';

/** Excel's lock files (~$name.xlsx) sit beside an open workbook and are not workbooks. */
const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith('~$');

export interface CollectedInputs {
  files: string[];
  /** Folders among the arguments (the out folder must be none of them). */
  folders: string[];
}

export async function collectInputs(args: readonly string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const folders: string[] = [];
  for (const arg of args) {
    const p = path.resolve(arg);
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      // Not there: kept as a file, whose evaluation then reports "file not found" for it alone.
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    folders.push(p);
    const names = (await fs.readdir(p, { withFileTypes: true }))
      .filter((d) => d.isFile() && isWorkbookName(d.name))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, 'zh'));
    files.push(...names.map((n) => path.join(p, n)));
  }
  return { files: [...new Set(files)], folders };
}

/**
 * Output names: each input's own file name in the out folder; a second input of the same name
 * (from another folder) gets `-2`, `-3` … so that no evaluated copy overwrites another.
 */
export function outputNames(files: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set<string>(reserved.map((r) => r.toLowerCase()));
  return files.map((f) => {
    const ext = path.extname(f);
    const base = path.basename(f, ext);
    let name = `${base}${ext}`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}-${k}${ext}`;
    used.add(name.toLowerCase());
    return name;
  });
}
