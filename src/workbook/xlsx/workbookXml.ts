/**
 * The parts of `xl/workbook.xml` the evaluation needs: the sheet list (with visibility and the
 * relationship id of each sheet's part), every `<definedName>` with its scope, and the 1904 date
 * system flag. Read with the streaming XML reader, so any namespace prefix (`x:sheet`) and the
 * strict namespace read alike, and `mc:AlternateContent` choices are skipped.
 *
 * `decodeXml` / `encodeXml` are the writer's small text helpers for attribute values.
 */
import { attributeByLocal, parseXml } from './xmlStream';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheetEntry {
  name: string;
  state: SheetState;
  /** 0-based position in `<sheets>`: what `localSheetId` refers to. */
  index: number;
  /** The relationship id (`r:id`) of the sheet's part. */
  relId: string | undefined;
}

export interface DefinedNameEntry {
  name: string;
  /** The sheet index of a sheet-scoped name; undefined for a workbook-scoped name. */
  localSheetId?: number;
  /** The formula text as stored (no leading '='), e.g. `基础数据!$C$5` or `#REF!`. */
  refersTo: string;
  /** Every attribute as found, so the name can be written back unchanged. */
  attributes: Record<string, string>;
}

export interface WorkbookXml {
  sheets: WorkbookSheetEntry[];
  definedNames: DefinedNameEntry[];
  /** Serial numbers count from 1904-01-01 (old Mac workbooks). */
  date1904: boolean;
  /** The part is in the strict (ISO/IEC 29500 strict) namespace. */
  strict: boolean;
  /** The root element is a `<workbook>` (a .docx or .pptx main part is not). */
  isWorkbook: boolean;
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

export function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sheetState(value: string | undefined): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export function parseWorkbookXml(part: string, bytes: Uint8Array): WorkbookXml {
  const sheets: WorkbookSheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  let strict = false;
  let isWorkbook = false;
  let inSheets = false;
  let depth = 0;
  let name: { attributes: Record<string, string>; text: string } | undefined;
  parseXml(part, bytes, {
    open({ local, attributes }) {
      depth += 1;
      if (depth === 1) {
        isWorkbook = local === 'workbook';
        strict = Object.entries(attributes).some(([k, v]) => k.startsWith('xmlns') && v === STRICT_MAIN);
      } else if (local === 'sheets') {
        inSheets = true;
      } else if (local === 'sheet' && inSheets && attributes.name !== undefined) {
        sheets.push({
          name: attributes.name,
          state: sheetState(attributes.state),
          index: sheets.length,
          relId: attributeByLocal(attributes, 'id'),
        });
      } else if (local === 'definedName' && attributes.name !== undefined) {
        name = { attributes, text: '' };
      } else if (local === 'workbookPr') {
        const flag = attributes.date1904;
        date1904 = flag === '1' || flag === 'true';
      }
    },
    text(text) {
      if (name) name.text += text;
    },
    close(local) {
      depth -= 1;
      if (local === 'sheets') inSheets = false;
      if (local !== 'definedName' || !name) return;
      const { attributes } = name;
      const local_ = attributes.localSheetId;
      const localSheetId = local_ !== undefined && /^\d+$/.test(local_) ? Number(local_) : undefined;
      definedNames.push({ name: attributes.name, localSheetId, refersTo: name.text.trim(), attributes });
      name = undefined;
    },
  });
  return { sheets, definedNames, date1904, strict, isWorkbook };
}
