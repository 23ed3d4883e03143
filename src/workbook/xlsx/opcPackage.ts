/**
 * An .xlsx package opened for reading: the zip's central directory, the package relationships,
 * `xl/workbook.xml` and its relationships, and nothing else until a part is asked for. Every
 * failure becomes a WorkbookOpenError that says what is wrong and where (browser-safe: bytes in,
 * no Node API).
 */
import { WorkbookOpenError } from './errors';
import type { WorkbookOpenDetail, WorkbookOpenErrorCode } from './errors';
import { relsPartOf, targetPart } from './partNames';
import { parseWorkbookXml } from './workbookXml';
import type { WorkbookXml } from './workbookXml';
import { PartDecoder, XmlPartError, attributeByLocal, parseXml } from './xmlStream';
import { ZipFormatError, ZipPackage } from './zipPackage';

/** The most a small part (workbook, relationships, styles) may inflate to. */
const SMALL_PART_LIMIT = 64 * 1024 * 1024;
/** The most a streamed part (a worksheet, the shared strings) may inflate to. */
const STREAMED_PART_LIMIT = 512 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface Relationship {
  id: string;
  type: string;
  /** The package path of the target (resolved against the source part). */
  target: string;
  external: boolean;
}

export type SheetKind = 'worksheet' | 'chartsheet' | 'other';

export interface SheetPart {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  kind: SheetKind;
  /** The package path of the sheet's part, or undefined when its relationship is missing. */
  part: string | undefined;
}

/** True when a relationship type ends in this name (transitional and strict URIs alike). */
function isType(type: string, name: string): boolean {
  return type.endsWith(`/${name}`);
}

/** A text feed over one part: pushes decoded text to `write` until it returns false. */
export type Feed = (write: (text: string) => boolean) => void;

export class OpcPackage {
  /** Package paths by lower case: part names compare without regard to case. */
  private readonly names = new Map<string, string>();
  readonly workbookPart: string;
  readonly workbook: WorkbookXml;
  readonly sheets: SheetPart[];
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;

  private constructor(
    readonly label: string,
    readonly zip: ZipPackage,
  ) {
    for (const name of zip.names()) {
      const key = name.toLowerCase();
      if (!this.names.has(key)) this.names.set(key, name);
    }
    const office = this.relationships('').find((r) => isType(r.type, 'officeDocument') && !r.external);
    let workbookPart = office && this.has(office.target) ? office.target : undefined;
    if (!workbookPart && this.has('xl/workbook.xml')) workbookPart = 'xl/workbook.xml';
    if (!workbookPart) {
      throw this.refuse('not_xlsx', `${label} is a zip file but not an .xlsx workbook (no workbook part)`);
    }
    this.workbookPart = workbookPart;
    this.workbook = this.guard(() => {
      const bytes = this.partBytes(workbookPart, true)!;
      return parseWorkbookXml(workbookPart, bytes);
    });
    if (!this.workbook.isWorkbook) {
      throw this.refuse('not_xlsx', `${label} is a zip file but not an .xlsx workbook (${workbookPart})`);
    }
    const rels = this.relationships(workbookPart);
    const byId = new Map(rels.map((r) => [r.id, r]));
    this.sheets = this.workbook.sheets.map((sheet) => {
      const rel = sheet.relId !== undefined ? byId.get(sheet.relId) : undefined;
      const kind: SheetKind = !rel
        ? 'worksheet'
        : isType(rel.type, 'worksheet')
          ? 'worksheet'
          : isType(rel.type, 'chartsheet')
            ? 'chartsheet'
            : 'other';
      return {
        name: sheet.name,
        state: sheet.state,
        kind,
        part: rel && !rel.external ? rel.target : undefined,
      };
    });
    this.sharedStringsPart = rels.find((r) => isType(r.type, 'sharedStrings') && !r.external)?.target;
    this.stylesPart = rels.find((r) => isType(r.type, 'styles') && !r.external)?.target;
  }

  static open(bytes: Uint8Array, label: string): OpcPackage {
    if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
      throw new WorkbookOpenError(
        'encrypted',
        label,
        `${label} is a password-protected (encrypted) workbook or an old .xls file; remove the password or save it as .xlsx`,
      );
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new WorkbookOpenError('not_xlsx', label, `${label} is not an .xlsx workbook (not a zip package)`);
    }
    let zip: ZipPackage;
    try {
      zip = ZipPackage.read(bytes);
    } catch (error) {
      if (error instanceof ZipFormatError) {
        throw new WorkbookOpenError('corrupt', label, `${label} is damaged or truncated: ${error.message}`, {
          reason: error.message,
        });
      }
      throw error;
    }
    const pkg = new OpcPackage(label, zip);
    return pkg;
  }

  refuse(code: WorkbookOpenErrorCode, message: string, detail: WorkbookOpenDetail = {}): WorkbookOpenError {
    return new WorkbookOpenError(code, this.label, message, detail);
  }

  /** Runs `work`, turning zip and XML failures into the door's open errors. */
  guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    const label = this.label;
    if (error instanceof XmlPartError) {
      const detail = { part: error.part, line: error.line, column: error.column, reason: error.reason };
      if (error.refusal === 'doctype') {
        return this.refuse(
          'xml_doctype',
          `${label}: ${error.part} declares a DOCTYPE (line ${error.line}); refused, as an XML bomb would be`,
          detail,
        );
      }
      return this.refuse(
        'xml_malformed',
        `${label}: ${error.part} is not well-formed XML (line ${error.line}, column ${error.column}: ${error.reason})`,
        detail,
      );
    }
    if (error instanceof ZipFormatError) {
      const detail = { part: error.entry, reason: error.message };
      switch (error.reason) {
        case 'encrypted':
          return this.refuse('zip_encrypted', `${label}: ${error.message}`, detail);
        case 'method':
          return this.refuse('unsupported_compression', `${label}: ${error.message}`, detail);
        case 'too_large':
          return this.refuse('too_large', `${label}: ${error.message}`, detail);
        case 'damaged':
          return this.refuse('corrupt', `${label} is damaged: ${error.message}`, detail);
      }
    }
    return error;
  }

  has(path: string): boolean {
    return this.names.has(path.toLowerCase());
  }

  /** The bytes of a small part, or undefined when absent (`required`: refuse instead). */
  partBytes(path: string, required = false): Uint8Array | undefined {
    const name = this.names.get(path.toLowerCase());
    if (name === undefined) {
      if (!required) return undefined;
      throw this.refuse('part_missing', `${this.label}: the part ${path} is missing from the package`, {
        part: path,
      });
    }
    return this.zip.read(name, { maxBytes: SMALL_PART_LIMIT });
  }

  /** A feed over a part's text, inflated as it is consumed; refuses a part that is absent. */
  feed(path: string): Feed {
    const name = this.names.get(path.toLowerCase());
    if (name === undefined) {
      throw this.refuse('part_missing', `${this.label}: the part ${path} is missing from the package`, {
        part: path,
      });
    }
    return (write) => {
      const decoder = new PartDecoder();
      let going = true;
      this.zip.stream(
        name,
        (chunk) => {
          going = write(decoder.decode(chunk));
          return going;
        },
        { maxBytes: STREAMED_PART_LIMIT },
      );
      if (going) write(decoder.decode(new Uint8Array(0), true));
    };
  }

  /** The relationships of a part ('' for the package's own), targets resolved; [] when absent. */
  relationships(sourcePart: string): Relationship[] {
    const relsPart = sourcePart === '' ? '_rels/.rels' : relsPartOf(sourcePart);
    return this.guard(() => {
      const bytes = this.partBytes(relsPart);
      if (!bytes) return [];
      const rels: Relationship[] = [];
      parseXml(relsPart, bytes, {
        open({ local, attributes }) {
          if (local !== 'Relationship') return;
          const external = attributeByLocal(attributes, 'TargetMode') === 'External';
          const target = attributes.Target ?? '';
          rels.push({
            id: attributes.Id ?? '',
            type: attributes.Type ?? '',
            target: external ? target : targetPart(sourcePart === '' ? '' : sourcePart, target),
            external,
          });
        },
      });
      return rels;
    });
  }
}
