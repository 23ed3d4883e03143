/**
 * Errors of the file adapter. Each carries a machine-readable `code` and the path, so the command
 * line can print its own localised sentence; `message` is a plain English fallback (no stack).
 */

export type WorkbookOpenErrorCode =
  /** No file at that path. */
  | 'not_found'
  /** The file is not an .xlsx package (a CSV, a text file, a zip that is not a workbook …). */
  | 'not_xlsx'
  /** It starts like a zip but is truncated or damaged. */
  | 'corrupt'
  /** An OLE compound file: a password-protected .xlsx or an old binary .xls. */
  | 'encrypted'
  /** Any other reason the file could not be read (permissions, a directory …). */
  | 'unreadable';

export class WorkbookOpenError extends Error {
  constructor(
    public readonly code: WorkbookOpenErrorCode,
    public readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookOpenError';
  }
}

export type WorkbookSaveErrorCode =
  /** The output path is the input file: the input is never overwritten. */
  'same_as_input' | 'write_failed';

export class WorkbookSaveError extends Error {
  constructor(
    public readonly code: WorkbookSaveErrorCode,
    public readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookSaveError';
  }
}
