/**
 * Saves written sheets by patching the original .xlsx package instead of re-serialising the whole
 * workbook: every part the evaluation does not concern (other sheets, shared strings, charts,
 * custom XML, document properties …) is carried over byte for byte, and its compressed bytes are
 * copied as they are.
 *
 * Only these parts change: the worksheet part of each written sheet (added, or replaced in place),
 * xl/workbook.xml (a `<sheet>` entry for a new sheet and `<calcPr fullCalcOnLoad="1"/>`; every
 * defined name stays as it was), the workbook's relationships, [Content_Types].xml, and
 * xl/styles.xml (formats appended, existing indexes untouched, existing entries reused). A
 * calculation chain is removed, because the formulas it lists have changed and Excel rebuilds it
 * on the full recalculation. Parts that only a replaced sheet used (its comments, VML drawings,
 * tables, drawings and what they in turn refer to) go with it.
 *
 * No Node-only API here (bytes are Uint8Array, text goes through TextEncoder/TextDecoder), so the
 * same writer runs in the browser page.
 */
import type { SheetModel } from '../sheetModel';
import { SheetNameError, sameSheetName, sheetNameProblem } from '../sheetName';
import {
  EMPTY_RELS,
  findTags,
  insertBeforeClose,
  isType,
  parseRelationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  rootPrefix,
  setAttribute,
  setOverride,
  splice,
} from './packageParts';
import type { Relationship } from './packageParts';
import { STRICT_NAMESPACES, TRANSITIONAL_NAMESPACES, renderSheetXml } from './sheetXml';
import type { SheetNamespaces } from './sheetXml';
import { MINIMAL_STYLES_XML, StylesBuilder } from './stylesXml';
import { encodeXml } from './workbookXml';
import { ZipPackage } from './zipPackage';

const WORKBOOK_PART = 'xl/workbook.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The package's parts by path, read and changed as text. */
class PackageText {
  /** Package paths by lower case: part names in a package compare without regard to case. */
  private readonly names = new Map<string, string>();

  constructor(private readonly zip: ZipPackage) {
    for (const name of zip.names()) this.names.set(name.toLowerCase(), name);
  }

  actual(path: string): string | undefined {
    return this.names.get(path.toLowerCase());
  }

  read(path: string): string | undefined {
    const name = this.actual(path);
    const bytes = name === undefined ? undefined : this.zip.read(name);
    return bytes === undefined ? undefined : decoder.decode(bytes);
  }

  write(path: string, text: string): void {
    const name = this.actual(path) ?? path;
    const bytes = encoder.encode(text);
    this.zip.write(name, bytes);
    this.names.set(name.toLowerCase(), name);
  }

  /** Every part path, as spelled in the archive. */
  all(): string[] {
    return [...this.names.values()];
  }

  remove(path: string): void {
    const name = this.actual(path);
    if (name === undefined) return;
    this.zip.remove(name);
    this.names.delete(name.toLowerCase());
  }

  /** A part path not yet used: xl/worksheets/sheet7.xml … */
  freshSheetPath(from: number): string {
    for (let n = from; ; n += 1) {
      const path = `xl/worksheets/sheet${n}.xml`;
      if (this.actual(path) === undefined) return path;
    }
  }
}

interface SheetEntry {
  name: string;
  relId: string | undefined;
}

/** The `r:id` attribute of a `<sheet>`, whatever prefix the relationships namespace has. */
function relIdOf(attributes: Record<string, string>): string | undefined {
  const key = Object.keys(attributes).find((k) => k === 'r:id' || k.endsWith(':id'));
  return key === undefined ? undefined : attributes[key];
}

function nextRelId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.reduce((max, r) => Math.max(max, Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)), 0) + 1;
  while (used.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

/** Sets `fullCalcOnLoad="1"`, adding `<calcPr>` after the elements the schema puts before it. */
function requestFullCalculation(workbookXml: string): string {
  const calcPr = findTags(workbookXml, 'calcPr')[0];
  if (calcPr)
    return splice(workbookXml, calcPr.start, calcPr.end, setAttribute(calcPr.text, 'fullCalcOnLoad', '1'));
  const prefix = rootPrefix(workbookXml, 'workbook');
  const element = `<${prefix}calcPr fullCalcOnLoad="1"/>`;
  for (const before of ['definedNames', 'externalReferences', 'functionGroups', 'sheets']) {
    const end = new RegExp(`</(?:[\\w.-]+:)?${before}\\s*>|<(?:[\\w.-]+:)?${before}\\b[^>]*/>`).exec(
      workbookXml,
    );
    if (end) return splice(workbookXml, end.index + end[0].length, end.index + end[0].length, element);
  }
  return insertBeforeClose(workbookXml, 'workbook', element) ?? workbookXml;
}

/** The workbook root's start tag (where the namespaces every element can use are declared). */
function rootTag(workbookXml: string): string {
  return /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(workbookXml)?.[0] ?? '';
}

/** Strict ISO 29500 workbooks get strict parts; everything else the transitional namespaces. */
function namespacesOf(workbookXml: string): SheetNamespaces {
  return rootTag(workbookXml).includes(STRICT_NAMESPACES.main) ? STRICT_NAMESPACES : TRANSITIONAL_NAMESPACES;
}

/**
 * The prefix bound to the relationships namespace on the workbook's root element ('r' in
 * practice). A declaration further in (some writers put it on each `<sheet>`) is not in scope for
 * a new element, which then declares its own.
 */
function relPrefix(workbookXml: string, relationships: string): string | undefined {
  for (const m of rootTag(workbookXml).matchAll(/xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if ((m[2] ?? m[3]) === relationships) return m[1];
  }
  return undefined;
}

/** The part a `_rels` part belongs to: xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml. */
function sourceOfRels(relsPath: string): string | undefined {
  const m = /^(?:(.*)\/)?_rels\/([^/]+)\.rels$/i.exec(relsPath);
  if (!m) return undefined;
  return m[1] === undefined ? m[2] : `${m[1]}/${m[2]}`;
}

/** The package paths (lower case) a part refers to through its own relationships. */
function internalTargets(parts: PackageText, sourcePart: string): string[] {
  const rels = parts.read(relsPathOf(sourcePart));
  if (rels === undefined) return [];
  return parseRelationships(rels)
    .filter((r) => !r.external)
    .map((r) => resolveTarget(sourcePart, r.target).toLowerCase());
}

/**
 * Removes a replaced sheet's own relationships and every part reachable from them (comments,
 * VML drawings, tables, drawings, the charts and images of those drawings, printer settings …)
 * that no surviving part still refers to, with their content-type overrides. The sheet's part
 * itself is left to the caller (it is rewritten, or removed for a chart sheet).
 */
function removeSheetOwnParts(parts: PackageText, sheetPath: string, contentTypes: string): string {
  const sheetKey = sheetPath.toLowerCase();
  // Everything reachable from the sheet, breadth first.
  const reachable = new Set<string>();
  const queue = [sheetPath];
  while (queue.length > 0) {
    const part = queue.shift() as string;
    for (const target of internalTargets(parts, part)) {
      if (target === sheetKey || reachable.has(target)) continue;
      const actual = parts.actual(target);
      if (actual === undefined) continue;
      reachable.add(target);
      queue.push(actual);
    }
  }
  // Keep what a part outside the doomed set still refers to, and what that in turn refers to.
  const doomed = new Set(reachable);
  const sources = parts
    .all()
    .map(sourceOfRels)
    .filter((source): source is string => source !== undefined);
  for (let changed = true; changed;) {
    changed = false;
    for (const source of sources) {
      const key = source.toLowerCase();
      // A rels part whose source is gone says nothing about what survives.
      if (key === sheetKey || doomed.has(key) || parts.actual(source) === undefined) continue;
      for (const target of internalTargets(parts, source)) {
        if (doomed.delete(target)) changed = true;
      }
    }
  }
  let types = contentTypes;
  parts.remove(relsPathOf(sheetPath));
  for (const key of doomed) {
    const actual = parts.actual(key);
    if (actual === undefined) continue;
    parts.remove(relsPathOf(actual));
    parts.remove(actual);
    types = setOverride(types, actual, undefined);
  }
  return types;
}

/** Refuses names Excel would refuse, and two models that would be one sheet. */
function checkSheetNames(models: SheetModel[]): void {
  models.forEach((model, i) => {
    const problem = sheetNameProblem(model.name);
    if (problem) throw new SheetNameError(model.name, problem);
    const twin = models.slice(0, i).find((other) => sameSheetName(other.name, model.name));
    if (twin) throw new SheetNameError(model.name, { kind: 'duplicate', other: twin.name });
  });
}

/** A workbook-scoped name to define (or repoint): `refersTo` without the '=', e.g. `'绩效数据'!$C$6`. */
export interface DefinedNameToWrite {
  name: string;
  refersTo: string;
}

/**
 * Defines workbook-scoped names in workbook.xml: an existing workbook-scoped name of the same name
 * (without regard to case) is repointed, any other is added; sheet-scoped names stay as they are.
 */
function defineNames(workbookXml: string, names: readonly DefinedNameToWrite[]): string {
  let xml = workbookXml;
  const prefix = rootPrefix(xml, 'workbook');
  for (const { name, refersTo } of names) {
    const element = `<${prefix}definedName name="${encodeXml(name)}">${encodeXml(refersTo)}</${prefix}definedName>`;
    const same = findTags(xml, 'definedName').find(
      (t) =>
        (t.attributes.name ?? '').toUpperCase() === name.toUpperCase() &&
        t.attributes.localSheetId === undefined,
    );
    if (same) {
      // Replace the element up to its closing tag (or the empty element) with the new one.
      const close = same.text.endsWith('/>')
        ? undefined
        : /<\/(?:[\w.-]+:)?definedName\s*>/.exec(xml.slice(same.end));
      const end = close ? same.end + close.index + close[0].length : same.end;
      xml = splice(xml, same.start, end, element);
      continue;
    }
    const inList = insertBeforeClose(xml, 'definedNames', element);
    if (inList !== undefined) {
      xml = inList;
      continue;
    }
    // The schema's order: sheets, functionGroups, externalReferences, definedNames, calcPr …
    for (const before of ['externalReferences', 'functionGroups', 'sheets']) {
      const end = new RegExp(`</(?:[\\w.-]+:)?${before}\\s*>`).exec(xml);
      if (!end) continue;
      const at = end.index + end[0].length;
      xml = splice(xml, at, at, `<${prefix}definedNames>${element}</${prefix}definedNames>`);
      break;
    }
  }
  return xml;
}

/**
 * The package `original` with `models` written as worksheets. A model whose name matches a sheet of
 * the workbook (without regard to case) replaces that sheet's part and keeps its place, sheetId and
 * visibility; any other is added after the last sheet. With no models the input comes back as is.
 * Throws SheetNameError for a name Excel would not accept (checked before anything is written).
 */
export async function writePackage(
  original: Uint8Array,
  models: SheetModel[],
  definedNames: readonly DefinedNameToWrite[] = [],
): Promise<Uint8Array> {
  if (models.length === 0 && definedNames.length === 0) return Uint8Array.from(original);
  checkSheetNames(models);
  // Zip64 records and data descriptors are read as they are; untouched entries are copied.
  const zip = ZipPackage.read(original);
  const parts = new PackageText(zip);
  let workbookXml = parts.read(WORKBOOK_PART);
  if (workbookXml === undefined) throw new Error('the package has no xl/workbook.xml');
  const namespaces = namespacesOf(workbookXml);
  const WORKSHEET_TYPE = `${namespaces.relationships}/worksheet`;
  const STYLES_TYPE = `${namespaces.relationships}/styles`;
  const relsPath = relsPathOf(WORKBOOK_PART);
  const originalRels = parts.read(relsPath);
  let relsXml = originalRels ?? EMPTY_RELS;
  const originalContentTypes = parts.read(CONTENT_TYPES) ?? '';
  let contentTypes = originalContentTypes;

  const stylesRel = parseRelationships(relsXml).find((r) => isType(r, 'styles') && !r.external);
  const stylesPath = stylesRel ? resolveTarget(WORKBOOK_PART, stylesRel.target) : 'xl/styles.xml';
  const stylesXml = parts.read(stylesPath);
  const styles = new StylesBuilder(stylesXml ?? MINIMAL_STYLES_XML);
  if (stylesXml === undefined) {
    relsXml =
      insertBeforeClose(
        relsXml,
        'Relationships',
        `<Relationship Id="${nextRelId(parseRelationships(relsXml))}" Type="${STYLES_TYPE}" Target="${encodeXml(relativeTarget(WORKBOOK_PART, stylesPath))}"/>`,
      ) ?? relsXml;
    contentTypes = setOverride(contentTypes, stylesPath, STYLES_CONTENT);
  }

  const mainPrefix = rootPrefix(workbookXml, 'workbook');
  for (const model of models) {
    const sheetXml = renderSheetXml(model, styles, namespaces);
    const sheets: SheetEntry[] = findTags(workbookXml, 'sheet').map((tag) => ({
      name: tag.attributes.name ?? '',
      relId: relIdOf(tag.attributes),
    }));
    const wanted = model.name.toLocaleUpperCase();
    const existing = sheets.find((s) => s.name.toLocaleUpperCase() === wanted);
    const rels = parseRelationships(relsXml);
    const rel = existing && rels.find((r) => r.id === existing.relId && !r.external);
    if (rel) {
      // Replace in place: the <sheet> entry (position, sheetId, state) stays as it was.
      const oldPath = resolveTarget(WORKBOOK_PART, rel.target);
      // The old sheet's own relationships (comments, drawings, tables …) belonged to its content;
      // implicit ones such as comments would otherwise attach themselves to the new sheet, and
      // the parts they point at would be left over with nothing showing them.
      contentTypes = removeSheetOwnParts(parts, oldPath, contentTypes);
      let path = oldPath;
      if (!isType(rel, 'worksheet')) {
        // A chart sheet or dialog sheet of that name (only overwritten when asked to): the new
        // worksheet goes where readers look for worksheets, and the relationship follows it.
        parts.remove(oldPath);
        contentTypes = setOverride(contentTypes, oldPath, undefined);
        path = parts.freshSheetPath(sheets.length + 1);
        const retargeted = setAttribute(
          setAttribute(rel.tag.text, 'Type', WORKSHEET_TYPE),
          'Target',
          relativeTarget(WORKBOOK_PART, path),
        );
        relsXml = splice(relsXml, rel.tag.start, rel.tag.end, retargeted);
      }
      parts.write(path, sheetXml);
      contentTypes = setOverride(contentTypes, path, WORKSHEET_CONTENT);
      continue;
    }
    const path = parts.freshSheetPath(sheets.length + 1);
    const relId = nextRelId(rels);
    const sheetId =
      findTags(workbookXml, 'sheet').reduce(
        (max, t) => Math.max(max, Number(t.attributes.sheetId ?? 0) || 0),
        0,
      ) + 1;
    const rPrefix = relPrefix(workbookXml, namespaces.relationships);
    const idAttribute = rPrefix
      ? `${rPrefix}:id="${relId}"`
      : `r:id="${relId}" xmlns:r="${namespaces.relationships}"`;
    const entry = `<${mainPrefix}sheet name="${encodeXml(model.name)}" sheetId="${sheetId}" ${idAttribute}/>`;
    const withSheet = insertBeforeClose(workbookXml, 'sheets', entry);
    if (withSheet === undefined) throw new Error('xl/workbook.xml has no <sheets> list');
    workbookXml = withSheet;
    relsXml =
      insertBeforeClose(
        relsXml,
        'Relationships',
        `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${encodeXml(relativeTarget(WORKBOOK_PART, path))}"/>`,
      ) ?? relsXml;
    parts.write(path, sheetXml);
    contentTypes = setOverride(contentTypes, path, WORKSHEET_CONTENT);
  }

  // The calculation chain lists formula cells of the old sheets; Excel rebuilds it when absent.
  for (const rel of parseRelationships(relsXml)
    .filter((r) => isType(r, 'calcChain') && !r.external)
    .reverse()) {
    const path = resolveTarget(WORKBOOK_PART, rel.target);
    parts.remove(path);
    contentTypes = setOverride(contentTypes, path, undefined);
    relsXml = splice(relsXml, rel.tag.start, rel.tag.end, '');
  }

  if (definedNames.length > 0) workbookXml = defineNames(workbookXml, definedNames);
  parts.write(WORKBOOK_PART, requestFullCalculation(workbookXml));
  if (relsXml !== originalRels) parts.write(relsPath, relsXml);
  if (contentTypes !== originalContentTypes) parts.write(CONTENT_TYPES, contentTypes);
  const newStyles = styles.toXml();
  if (newStyles !== stylesXml) parts.write(stylesPath, newStyles);
  return zip.toBytes();
}
