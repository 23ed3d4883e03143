/**
 * Small text-level helpers for the parts of an OPC package that the package writer edits:
 * relationship lists (`*.rels`), `[Content_Types].xml`, and part names. Every edit splices the
 * original text, so whatever is not changed stays exactly as it was written.
 */
import { relativePart, relsPartOf, targetPart } from './partNames';
import { decodeXml, encodeXml } from './workbookXml';

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributesOf(tagText: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of tagText.matchAll(ATTRIBUTE)) attributes[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return attributes;
}

/** One element start tag as found in the text, with its offsets. */
export interface FoundTag {
  text: string;
  start: number;
  end: number;
  attributes: Record<string, string>;
}

/** Every start tag (or empty element) of that local name, with any namespace prefix. */
export function findTags(xml: string, localName: string): FoundTag[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    attributes: attributesOf(m[0]),
  }));
}

/** The namespace prefix (with its colon, or '') of the document's root element. */
export function rootPrefix(xml: string, localName: string): string {
  return new RegExp(`<([\\w.-]+:)?${localName}\\b`).exec(xml)?.[1] ?? '';
}

export function splice(xml: string, start: number, end: number, replacement: string): string {
  return xml.slice(0, start) + replacement + xml.slice(end);
}

/** Sets (or adds) one attribute in a start tag's text. */
export function setAttribute(tagText: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(tagText))
    return tagText.replace(existing, (_m, lead: string) => `${lead}"${encodeXml(value)}"`);
  return tagText.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${name}="${encodeXml(value)}"${slash}>`);
}

/** Inserts `text` just before the closing tag of the first element of that local name. */
export function insertBeforeClose(xml: string, localName: string, text: string): string | undefined {
  const close = new RegExp(`</(?:[\\w.-]+:)?${localName}\\s*>`).exec(xml);
  if (close) return splice(xml, close.index, close.index, text);
  const empty = new RegExp(`<((?:[\\w.-]+:)?${localName})\\b([^>]*?)\\s*/>`).exec(xml);
  if (!empty) return undefined;
  return splice(
    xml,
    empty.index,
    empty.index + empty[0].length,
    `<${empty[1]}${empty[2]}>${text}</${empty[1]}>`,
  );
}

/** Where the `_rels` part of a part lives: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(partPath: string): string {
  return relsPartOf(partPath);
}

/** The package path of a relationship target, relative to the source part (or absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  return targetPart(sourcePart, target);
}

/** The relative target from a source part to a package path. */
export function relativeTarget(sourcePart: string, partPath: string): string {
  return relativePart(sourcePart, partPath);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  tag: FoundTag;
}

export function parseRelationships(xml: string): Relationship[] {
  return findTags(xml, 'Relationship').map((tag) => ({
    id: tag.attributes.Id ?? '',
    type: tag.attributes.Type ?? '',
    target: tag.attributes.Target ?? '',
    external: tag.attributes.TargetMode === 'External',
    tag,
  }));
}

/** True when a relationship type ends in this name (transitional and strict URIs alike). */
export function isType(rel: Relationship, name: string): boolean {
  return rel.type.endsWith(`/${name}`);
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * The `[Content_Types].xml` override of a part set to `contentType` (added when missing), or
 * removed when `contentType` is undefined.
 */
export function setOverride(contentTypes: string, partPath: string, contentType: string | undefined): string {
  const wanted = `/${partPath}`.toLowerCase();
  const found = findTags(contentTypes, 'Override').find(
    (tag) => (tag.attributes.PartName ?? '').toLowerCase() === wanted,
  );
  if (found) {
    if (contentType === undefined) return splice(contentTypes, found.start, found.end, '');
    if (found.attributes.ContentType === contentType) return contentTypes;
    return splice(contentTypes, found.start, found.end, setAttribute(found.text, 'ContentType', contentType));
  }
  if (contentType === undefined) return contentTypes;
  const prefix = rootPrefix(contentTypes, 'Types');
  const override = `<${prefix}Override PartName="/${encodeXml(partPath)}" ContentType="${contentType}"/>`;
  return insertBeforeClose(contentTypes, 'Types', override) ?? contentTypes;
}
