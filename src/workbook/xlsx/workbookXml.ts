/**
 * A small reader for the parts of `xl/workbook.xml` that exceljs loses: the sheet list
 * (with visibility) and every `<definedName>` with its scope. exceljs silently drops constant,
 * formula and `#REF!` names and forgets `localSheetId`, so names are resolved from the XML.
 *
 * The elements read here are flat (attributes plus text), so a tolerant regular-expression
 * reader is enough and avoids another XML dependency. Namespace prefixes (`x:sheet`) are accepted.
 */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheetEntry {
  name: string;
  state: SheetState;
  /** 0-based position in `<sheets>`: what `localSheetId` refers to. */
  index: number;
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
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SHEET = /<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g;
const DEFINED_NAME = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName\s*>)/g;

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

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) {
    attributes[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return attributes;
}

function sheetState(value: string | undefined): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

export function parseWorkbookXml(xml: string): WorkbookXml {
  const sheets: WorkbookSheetEntry[] = [];
  for (const m of xml.matchAll(SHEET)) {
    const attributes = parseAttributes(m[1]);
    if (attributes.name === undefined) continue;
    sheets.push({ name: attributes.name, state: sheetState(attributes.state), index: sheets.length });
  }
  const definedNames: DefinedNameEntry[] = [];
  for (const m of xml.matchAll(DEFINED_NAME)) {
    const attributes = parseAttributes(m[1]);
    if (attributes.name === undefined) continue;
    const local = attributes.localSheetId;
    const localSheetId = local !== undefined && /^\d+$/.test(local) ? Number(local) : undefined;
    definedNames.push({
      name: attributes.name,
      localSheetId,
      refersTo: decodeXml(m[2] ?? '').trim(),
      attributes,
    });
  }
  return { sheets, definedNames };
}
