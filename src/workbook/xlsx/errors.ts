/**
 * Errors of the file door. Each carries a machine-readable `code`, the input's label (its path,
 * or the file name in a browser) and, where it helps, the part, line and reason, so each door can
 * print its own localised sentence; `message` is a plain English fallback (no stack).
 */

export type WorkbookOpenErrorCode =
  /** No file at that path. */
  | 'not_found'
  /** The file is not an .xlsx package (a CSV, a text file, a zip that is not a workbook …). */
  | 'not_xlsx'
  /** It starts like a zip but is truncated or damaged (the zip structure cannot be read). */
  | 'corrupt'
  /** An OLE compound file: a password-protected .xlsx or an old binary .xls. */
  | 'encrypted'
  /** A zip whose entries carry zip's own encryption (not something Excel writes). */
  | 'zip_encrypted'
  /** A part uses a compression method other than deflate or stored (e.g. Deflate64). */
  | 'unsupported_compression'
  /** A part the workbook needs is missing from the package (`detail.part` names it). */
  | 'part_missing'
  /** A part is not well-formed XML (`detail.part`, `detail.line`, `detail.reason`). */
  | 'xml_malformed'
  /** A part carries a DOCTYPE: refused at once, since that is how XML (entity) bombs work. */
  | 'xml_doctype'
  /** A part inflates to more than the reader accepts (a zip bomb, or simply too large). */
  | 'too_large'
  /** Any other reason the file could not be read (permissions, a directory …). */
  | 'unreadable';

export interface WorkbookOpenDetail {
  /** The package part concerned, e.g. `xl/worksheets/sheet2.xml`. */
  part?: string;
  /** 1-based line and column in that part, for XML errors. */
  line?: number;
  column?: number;
  /** What is wrong, in English, from the parser or the zip reader. */
  reason?: string;
}

export class WorkbookOpenError extends Error {
  constructor(
    public readonly code: WorkbookOpenErrorCode,
    public readonly path: string,
    message: string,
    public readonly detail: WorkbookOpenDetail = {},
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
